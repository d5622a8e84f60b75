package progress

import (
	"bytes"
	"strings"

	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// The keys a ledger may hold; anything else is an error (a typo would
// otherwise silently drop a fact from the report).
var (
	topKeys       = []string{"programme", "update"}
	programmeKeys = []string{"number", "date", "title"}
	updateKeys    = []string{"item", "date", "status", "completed", "document", "note", "difficulties", "new_deadline", "reason", "source"}
)

// maxSyntaxErrors bounds the syntax-error recovery loop.
const maxSyntaxErrors = 10

// LoadLedger reads a progress ledger strictly and collects every problem as a
// diagnostic `file:line:col: key: message`, sorted by position: TOML syntax
// (several, by blanking each bad line and reading again), unknown keys (with
// the nearest known key), wrong types, impossible dates, unknown work-item
// IDs (with the nearest existing ID), a completion without a date or a date
// without "done", and a header naming another programme. With p nil the
// checks against the programme are skipped.
//
// The returned Ledger is never nil and holds the records that passed every
// check; callers must not use it when the diagnostics hold errors.
func LoadLedger(name string, data []byte, p *program.Programme) (l *Ledger, diags source.Diagnostics) {
	l = &Ledger{Name: name, programme: p}
	defer func() {
		// A panic is a bug, never the input's fault: report it as an error
		// rather than crash a cron job, and return an empty ledger.
		if r := recover(); r != nil {
			l = &Ledger{Name: name, programme: p}
			l.index()
			diags.Add(source.Pos{File: name}, source.Error, "ledger-internal", "internal error while reading the ledger: %v", r)
		}
	}()
	l.load(data, &diags)
	l.index()
	diags.Sort()
	return l, diags
}

func (l *Ledger) load(data []byte, diags *source.Diagnostics) {
	name := l.Name
	if len(bytes.TrimSpace(data)) == 0 {
		diags.Add(source.Pos{File: name}, source.Error, "ledger-empty",
			"the ledger is empty: expected a [programme] table with number = \"…\" and [[update]] records")
		return
	}
	text, dd, err := source.Decode(name, data)
	*diags = append(*diags, dd...)
	if err != nil {
		var why any = strings.TrimPrefix(err.Error(), name+": ")
		if m, ok := source.Reason(err); ok {
			why = m // translated where printed
		}
		diags.Add(source.Pos{File: name}, source.Error, "ledger-unreadable", "%s", why)
		return
	}
	lines := append([]string(nil), text.Lines...)
	doc, blanked := decodeRecovering(name, lines, diags)
	if doc == nil {
		return
	}
	ix := tomlfile.NewIndex(lines)
	r := &reader{name: name, ix: ix, records: ix.Records("update"), diags: diags, blanked: blanked, p: l.programme}
	r.read(doc, l)
}
