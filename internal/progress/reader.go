package progress

import (
	"fmt"
	"strings"

	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// reader checks a decoded ledger against the schema and the programme.
type reader struct {
	name    string
	ix      *tomlfile.Index   // where keys are written: the decoder gives no positions
	records []*tomlfile.Table // the [[update]] headers; the i-th is the i-th record
	diags   *source.Diagnostics
	blanked map[int]string // line → its text before a syntax error blanked it
	p       *program.Programme
	ids     map[string]bool
	idList  []string
}

// errorAt and warnAt name the key first ("status: …"); the format stays
// one literal with the key's verb in front, so that it is translated as a
// whole (internal/i18n).
func (r *reader) errorAt(pos tomlfile.Pos, key, format string, args ...any) {
	r.diags.Add(source.Pos{File: r.name, Line: pos.Line, Col: pos.Col}, source.Error, "ledger-"+key,
		"%s: "+format, append([]any{key}, args...)...)
}

func (r *reader) warnAt(pos tomlfile.Pos, key, format string, args ...any) {
	r.diags.Add(source.Pos{File: r.name, Line: pos.Line, Col: pos.Col}, source.Warning, "ledger-"+key,
		"%s: "+format, append([]any{key}, args...)...)
}

func (r *reader) read(doc map[string]any, l *Ledger) {
	if r.p != nil {
		r.ids = make(map[string]bool, len(r.p.WorkItems))
		for _, w := range r.p.WorkItems {
			r.ids[w.ID] = true
			r.idList = append(r.idList, w.ID)
		}
	}
	for _, k := range sortedKeys(doc) {
		if !contains(topKeys, k) {
			r.errorAt(r.ix.Find(k), k, "unknown key%s (a ledger holds a [programme] table and [[update]] records)",
				didYouMean(nearest(k, topKeys, nil)))
		}
	}
	r.readHeader(doc["programme"], l)
	switch v := doc["update"].(type) {
	case nil:
	case []map[string]any:
		for i, rec := range v {
			if u, ok := r.readUpdate(i, rec); ok {
				l.Updates = append(l.Updates, u)
			}
		}
	default:
		r.errorAt(r.ix.Find("update"), "update", "expected [[update]] records (double brackets), got %s", tomlfile.Describe(v))
	}
}

func (r *reader) readHeader(v any, l *Ledger) {
	tl := r.ix.Table("programme")
	var at tomlfile.Pos
	if tl != nil {
		at = tomlfile.Pos{Line: tl.Header.Line, Col: 1}
	}
	want := ""
	if r.p != nil {
		want = fmt.Sprintf("\n[programme]\nnumber = %q", r.p.Number)
	}
	tbl, ok := v.(map[string]any)
	if !ok {
		if v == nil {
			r.errorAt(tomlfile.Pos{}, "programme", "missing: the ledger starts with its programme's number, to guard against pairing it with another programme:%s", want)
		} else {
			r.errorAt(r.ix.Find("programme"), "programme", "expected a table [programme], got %s", tomlfile.Describe(v))
		}
		return
	}
	pos := func(key string) tomlfile.Pos {
		if tl != nil {
			if p, ok := tl.Key(key); ok {
				return p
			}
		}
		return at
	}
	for _, k := range sortedKeys(tbl) {
		if contains(topKeys, k) {
			r.errorAt(pos(k), k, "belongs at the top level, not in [programme]: write each record as its own [[update]] table")
			continue
		}
		if !contains(programmeKeys, k) {
			r.errorAt(pos(k), k, "unknown key in [programme]%s (expected %s)",
				didYouMean(nearest(k, programmeKeys, nil)), strings.Join(programmeKeys, ", "))
		}
	}
	if s, ok := r.str(tbl, "number", pos("number")); ok {
		l.Number = s
		if s == "" {
			r.errorAt(pos("number"), "number", "empty: expected the programme's number%s", want)
		} else if r.p != nil && !sameNumber(s, r.p.Number) {
			r.errorAt(pos("number"), "number", "%q does not match the programme %q (%s): this ledger belongs to another programme",
				s, r.p.Number, r.p.Source)
		}
	} else if _, present := tbl["number"]; !present && !r.blankedIn(tl) {
		r.errorAt(at, "number", "missing: the [programme] table needs the programme's number%s", want)
	}
	if d, ok := r.date(tbl, "date", pos("date")); ok && !d.IsZero() {
		l.ProgrammeDate = d
		if r.p != nil && !r.p.Date.IsZero() && d != r.p.Date {
			r.errorAt(pos("date"), "date", "%s does not match the programme's date %s: this ledger belongs to another programme", d, r.p.Date)
		}
	}
	if s, ok := r.str(tbl, "title", pos("title")); ok {
		l.Title = s
	}
}

// sameNumber compares programme numbers ignoring spaces and letter case.
func sameNumber(a, b string) bool {
	clean := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return strings.EqualFold(clean(a), clean(b))
}

func (r *reader) readUpdate(i int, rec map[string]any) (Update, bool) {
	var tl *tomlfile.Table
	var at tomlfile.Pos
	if i < len(r.records) {
		tl = r.records[i]
		at = tomlfile.Pos{Line: tl.Header.Line, Col: 1}
	} else {
		at = r.ix.Find("update")
	}
	pos := func(key string) tomlfile.Pos {
		if tl != nil {
			if p, ok := tl.Key(key); ok {
				return p
			}
		}
		return at
	}
	u := Update{Pos: source.Pos{File: r.name, Line: at.Line}}
	bad := map[string]bool{}
	nerr := r.diags.Count(source.Error)
	for _, k := range sortedKeys(rec) {
		if !contains(updateKeys, k) {
			r.errorAt(pos(k), k, "unknown key in [[update]]%s (expected %s)",
				didYouMean(nearest(k, updateKeys, nil)), strings.Join(updateKeys, ", "))
		}
	}
	strField := func(key string, dst *string) {
		if s, ok := r.str(rec, key, pos(key)); ok {
			*dst = s
		} else if _, present := rec[key]; present {
			bad[key] = true
		}
	}
	dateField := func(key string, dst *program.Date) {
		if d, ok := r.date(rec, key, pos(key)); ok {
			*dst = d
		} else if _, present := rec[key]; present {
			bad[key] = true
		}
	}
	strField("item", &u.Item)
	u.Item = strings.TrimSpace(u.Item)
	dateField("date", &u.Date)
	var st string
	strField("status", &st)
	u.State = State(strings.TrimSpace(st))
	dateField("completed", &u.Completed)
	strField("document", &u.Document)
	strField("note", &u.Note)
	strField("difficulties", &u.Difficulties)
	dateField("new_deadline", &u.NewDeadline)
	strField("reason", &u.Reason)
	strField("source", &u.Source)

	if u.Item != "" && r.ids != nil && !r.ids[u.Item] {
		r.errorAt(pos("item"), "item", "unknown item %q%s", u.Item, didYouMean(nearest(u.Item, r.idList, closerItem(u.Item))))
	}
	damaged := r.blankedIn(tl)
	for _, pr := range u.problems() {
		if bad[pr.Key] || strings.HasPrefix(pr.Message.Format, "missing") && r.lostKey(tl, pr.Key) {
			continue // already reported, or the key was on a line with a syntax error
		}
		if pr.Key == "update" {
			if !damaged {
				r.warnAt(at, pr.Key, "%s", pr.Message)
			}
			continue
		}
		r.errorAt(pos(pr.Key), pr.Key, "%s", pr.Message)
	}
	return u, r.diags.Count(source.Error) == nerr
}

// lostKey reports whether a line of the table that held key was blanked
// after a syntax error (its "missing" error would only repeat that one).
func (r *reader) lostKey(tl *tomlfile.Table, key string) bool {
	for ln, text := range r.blanked {
		if tl != nil && (ln < tl.Header.Line || ln > tl.End) {
			continue
		}
		if k, ok := tomlfile.LineKey(text); ok && firstPart(k) == key {
			return true
		}
	}
	return false
}

// blankedIn reports whether a syntax error removed a line of the table.
func (r *reader) blankedIn(tl *tomlfile.Table) bool {
	if tl == nil {
		return len(r.blanked) > 0
	}
	for ln := range r.blanked {
		if ln >= tl.Header.Line && ln <= tl.End {
			return true
		}
	}
	return false
}

// firstPart is the table a dotted key `a.b` sets a key in: "a".
func firstPart(key string) string {
	first, _, _ := strings.Cut(key, ".")
	return first
}
