package cli

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"baocao/internal/config"
	"baocao/internal/lazyre"
	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/xlsx"
	"baocao/seeds"
)

// importForms is what an import learns from its forms before checking them
// cell by cell: the programme, quarter and date each was made for. The
// forms say what they are, so the clerk need not repeat it (and cannot get
// it wrong): --quarter only checks it, --programme is needed only outside a
// workspace for a programme that is not bundled.
type importForms struct {
	names []string
	ids   map[string]xlsx.FormIdentity // by form; a form missing here is reported by ReadForm
	sent  map[string]*xlsx.SentForm    // the forms opened to read their identity, for reading their answers
	q     program.Quarter
	date  program.Date // the latest report date the forms were made for; zero when none says
}

// opened returns the form name as opened for its identity when it was
// opened from these bytes, else opens it now. The caller closes it.
func (fi *importForms) opened(name string, data []byte) *xlsx.SentForm {
	if s, ok := fi.sent[name]; ok {
		delete(fi.sent, name)
		if s.Same(data) {
			return s
		}
		s.Close()
	}
	return xlsx.OpenForm(name, data)
}

// identify is the import step that reads every form's identity, checks the
// forms agree and match --quarter, and sets the quarter (and, when not
// given, the programme file) for the steps after it.
func (fi *importForms) identify(j *job, names []string) func() error {
	return func() error {
		fi.names, fi.ids, fi.sent = names, map[string]xlsx.FormIdentity{}, map[string]*xlsx.SentForm{}
		var first string
		for _, n := range names {
			if j.a.ctx.Err() != nil {
				return withCode(ExitWrite, errInterrupted)
			}
			// Capped and regular files only, as every input; a refused form
			// is reported with the form's other problems.
			data, err := readInput(n, formInput)
			if err != nil || len(data) > xlsx.MaxFormIdentityBytes {
				continue
			}
			sf := xlsx.OpenForm(n, data)
			if old, ok := fi.sent[n]; ok { // the same form named twice
				old.Close()
			}
			fi.sent[n] = sf
			id, err := sf.Identity()
			if err != nil {
				continue
			}
			fi.ids[n] = id
			if first == "" {
				first = n
			}
		}
		if first == "" {
			return nil // no form says anything: the check of each form says why
		}
		want := fi.ids[first]
		var quarters, numbers []string
		for _, n := range names {
			id, ok := fi.ids[n]
			if !ok {
				continue
			}
			quarters = append(quarters, j.a.tr("%s is for %s", n, id.Quarter.Label()))
			numbers = append(numbers, j.a.tr("%s is for programme %s", n, id.Programme))
			if id.Date.After(fi.date) {
				fi.date = id.Date
			}
		}
		for _, n := range names {
			if id, ok := fi.ids[n]; ok && id.Programme != want.Programme {
				return j.a.invalidf("the forms belong to different programmes (%s): import each programme's forms separately (nothing written)", strings.Join(numbers, "; "))
			}
		}
		for _, n := range names {
			if id, ok := fi.ids[n]; ok && id.Quarter != want.Quarter {
				return j.a.invalidf("the forms are for different quarters (%s): import each quarter's forms separately (nothing written)", strings.Join(quarters, "; "))
			}
		}
		fi.q = want.Quarter
		if strings.TrimSpace(j.c.quarter) != "" {
			given, err := reportQuarter(j.c.quarter, j.a.today())
			if err != nil {
				return err
			}
			if given != fi.q {
				return j.a.invalidf("%s is the form for %s (%s), not for --quarter %s: leave --quarter out (every form says its quarter) or check that this is the form you meant (nothing written)",
					first, fi.q.Label(), fi.q, given)
			}
		}
		j.c.quarter = fi.q.String()
		if j.file == "" {
			file, err := j.a.programmeNumbered(j.cfg, want.Programme)
			if err != nil {
				return err
			}
			j.file = file
		}
		return nil
	}
}

// programmeNumbered finds the file of the programme the forms name: in a
// workspace, among its programmes; elsewhere the bundled programme when it
// is that one ("" stands for it).
func (a *app) programmeNumbered(c *config.Config, number string) (string, error) {
	if c.Paths.Seeds == "" {
		data, err := seeds.FS.ReadFile(seeds.Default)
		if err == nil {
			if p, _ := parse.Parse(seeds.Default, data); p != nil && p.Number == number {
				return "", nil
			}
		}
		return "", a.usagef("the forms are for programme %s: give its file with --programme FILE", number)
	}
	dir := c.Resolve(c.Paths.Seeds)
	names, err := programmeFiles(dir)
	if err != nil {
		return "", usageErrorf("paths.seeds %q: %v", dir, err)
	}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			continue
		}
		if p, _ := parse.Parse(n, data); p != nil && p.Number == number {
			return n, nil
		}
	}
	return "", a.usagef("the forms are for programme %s, which is not in %s: copy that programme's file there, or give it with --programme FILE (nothing written)", number, dir)
}

// checkWhen is the import step after the date and programme are known: the
// answers cannot be dated before the forms were made, and a form of an
// earlier quarter than the latest whose forms were sent is refused.
func (fi *importForms) checkWhen(j *job) func() error {
	return func() error {
		if len(fi.ids) == 0 {
			return nil
		}
		// A form made ahead of its date (quarter-end, written in advance) may
		// come back before it: only a --date given by hand is checked.
		if !fi.date.IsZero() && strings.TrimSpace(j.c.date) != "" && j.date.Before(fi.date) {
			return j.a.usagef("the forms were made for %s: their answers cannot be dated --date %s, before that; leave --date out or give %s or later (nothing written)",
				fi.date, j.date, fi.date)
		}
		// The rule is the import policy's (progress.Merge); it is asked here,
		// before the ledger is locked and read, so old forms are refused first.
		later, dir := fi.latestFormsSent(j)
		if (progress.MergeOptions{Quarter: fi.q, Sent: later}).Refused() == nil {
			return nil
		}
		old, names := fi.refusedForms(j)
		return j.a.invalidf("%s: the form of %s for %s, an earlier quarter: the forms for %s have been sent since (%s). Ask %s to fill in the %s form instead; if this old form holds news, write it in the ledger by hand (nothing written)",
			old, names, fi.q.Label(), later.Label(), dir, names, later.Label())
	}
}

// refuseAfterLedger is the refusal of checkWhen outside a workspace, once
// the ledger is read. There no output folder says which forms were sent
// (laterFormsSent), but the ledger says which came back: a record imported
// from a form (source "import: …") is dated within its form's quarter
// (--date must be), so one dated after the forms' quarter came from a later
// quarter's form. Without this an old form's rows that the later forms
// left unchanged would be imported as news; the rows they did change were
// already refused one by one (conflicts). In a workspace the output folder
// decides, as before: its sample ledger holds quý III answers without the
// quý III forms having been sent from it.
func (fi *importForms) refuseAfterLedger(j *job, l *progress.Ledger, ledgerName string) error {
	if len(fi.ids) == 0 || l == nil || (j.cfg.Name != "" && j.cfg.Paths.Seeds != "") {
		return nil
	}
	var later program.Quarter
	for _, u := range l.Updates {
		if !strings.HasPrefix(u.Source, "import:") || !u.Date.After(fi.q.Last()) {
			continue
		}
		if q := program.QuarterOf(u.Date); later == (program.Quarter{}) || q.First().After(later.First()) {
			later = q
		}
	}
	if later == (program.Quarter{}) {
		return nil
	}
	old, names := fi.refusedForms(j)
	return j.a.invalidf("%s: the form of %s for %s, an earlier quarter: the ledger %s already holds answers to the %s forms. Ask %s to fill in the %s form instead; if this old form holds news, write it in the ledger by hand (nothing written)",
		old, names, fi.q.Label(), ledgerName, later.Label(), names, later.Label())
}

// refusedForms names the forms of an import refused as a whole (an earlier
// quarter's), and their agencies, as the refusal message lists them.
func (fi *importForms) refusedForms(j *job) (forms, agencies string) {
	var old []string
	seen := map[string]bool{}
	for _, n := range fi.names {
		if id, ok := fi.ids[n]; ok {
			old = append(old, n)
			seen[id.Agency] = true
		}
	}
	return strings.Join(old, ", "), agencyNames(j, seen)
}

// quarterFolder matches a quarter folder's name.
var quarterFolder = lazyre.New(`^\d{4}-Q[1-4]$`)

// latestFormsSent returns the latest quarter for which 'baocao forms' or
// 'baocao run' wrote forms into the workspace's output (its manifest lists
// phieu-*.xlsx), with that folder. Only in a workspace (paths.seeds set):
// elsewhere the output folder may be anyone's.
func (fi *importForms) latestFormsSent(j *job) (program.Quarter, string) {
	if j.cfg.Name == "" || j.cfg.Paths.Seeds == "" {
		return program.Quarter{}, ""
	}
	p, _, err := parseProgramme(j.in)
	if err != nil {
		return program.Quarter{}, ""
	}
	root := filepath.Join(j.cfg.Resolve(j.cfg.Paths.Output), p.Slug())
	entries, _ := os.ReadDir(root)
	var found []string
	for _, e := range entries {
		if !e.IsDir() || !quarterFolder().MatchString(e.Name()) {
			continue
		}
		if _, err := program.ParseQuarter(e.Name()); err != nil {
			continue
		}
		m := readManifest(filepath.Join(root, e.Name()))
		if m == nil {
			continue
		}
		for _, f := range m.Files {
			if strings.HasPrefix(f.Path, "phieu-") {
				found = append(found, e.Name())
				break
			}
		}
	}
	if len(found) == 0 {
		return program.Quarter{}, ""
	}
	sort.Strings(found)
	last := found[len(found)-1]
	q, _ := program.ParseQuarter(last)
	return q, filepath.Join(root, last)
}

// agencyNames names the agencies of the forms, for the message.
func agencyNames(j *job, keys map[string]bool) string {
	if len(keys) == 0 {
		return ""
	}
	p, _, err := parseProgramme(j.in)
	var names []string
	seen := map[string]bool{}
	if err == nil {
		for _, it := range p.WorkItems {
			if keys[it.Lead.Key] && !seen[it.Lead.Key] {
				seen[it.Lead.Key] = true
				names = append(names, it.Lead.Name)
			}
		}
	}
	if len(names) == 0 {
		return j.a.tr("the agency")
	}
	return strings.Join(names, ", ")
}
