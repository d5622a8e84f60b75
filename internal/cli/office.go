package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"baocao/internal/config"
	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/report"
)

// officeFile is the office's own text of a quarter (assessment, direction,
// recommendations: see report.ReadOffice) and where it is kept: beside the
// programme's ledger, "theo-doi/07-CTr-TU-2021.2021-Q3.md" in a workspace,
// so that a workspace and --ledger find it by the same rule as the ledger.
type officeFile struct {
	path  string // on disk; "" when the programme has no ledger folder (the bundled one outside a workspace)
	shown string // as the report names it (shownPath)
	data  []byte // nil when the file does not exist
	text  report.OfficeText
}

// officePath is the office's file of quarter q beside a ledger:
// "theo-doi/07-CTr-TU-2021.progress.toml" → "theo-doi/07-CTr-TU-2021.2021-Q3.md".
func officePath(ledgerPath string, q program.Quarter) string {
	base := filepath.Base(ledgerPath)
	stem := strings.TrimSuffix(base, ".progress.toml")
	if stem == base {
		stem = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return filepath.Join(filepath.Dir(ledgerPath), stem+"."+q.String()+".md")
}

// shownPath is how the report names the office's file: relative to the
// workspace's root, as a clerk who opens the workspace folder finds it;
// outside a workspace by its name alone (the terminal gives the whole
// path), so that the report's bytes do not depend on where the folders
// happen to be.
func shownPath(cfg *config.Config, p string) string {
	if cfg.Dir != "" {
		if rel, err := filepath.Rel(cfg.Dir, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(p)
}

// readOffice reads the office's text of quarter q for a programme. A file
// that does not exist is no error (nothing is written yet); one that
// cannot be read as text is, as an unreadable ledger is: a report signed
// without the text the office wrote would say less than it meant to.
// Warnings (an unknown heading, text before the first) are reported and the
// rest of the text is used.
func (a *app) readOffice(rep *reporter, cfg *config.Config, in inputFile, flagLedger string, q program.Quarter) (officeFile, error) {
	lp := ledgerWritePath(cfg, in, flagLedger)
	if lp == "" {
		return officeFile{}, nil
	}
	o := officeFile{path: officePath(lp, q)}
	o.shown = shownPath(cfg, o.path)
	data, err := readInput(o.path, officeInput)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return o, nil
	case isRefused(err):
		return o, invalidErrorf("cannot read the office's text %v", err)
	case err != nil:
		return o, invalidErrorf("cannot read the office's text %s", openError(o.path, err))
	}
	o.data = data
	text, diags := report.ReadOffice(o.path, data)
	if err := cappedError(diags); err != nil {
		return o, withCode(ExitInvalid, err)
	}
	for _, line := range cappedLinesIn(rep.lang, diags, nil) {
		rep.warn(o.path, line)
	}
	o.text = text
	return o, nil
}

// readOffice is the step reading the office's text of the job's quarter.
func (j *job) readOffice() (err error) {
	j.office, err = j.a.readOffice(j.rep, j.cfg, j.in, j.c.ledger, j.quarter)
	return err
}

// forReport is the office's text as the report's templates receive it.
func (o officeFile) forReport() report.OfficeData {
	return report.OfficeData{OfficeText: o.text, Path: o.shown, Written: o.written()}
}

// written reports whether the office has written any of its text.
func (o officeFile) written() bool { return o.data != nil && !o.text.Empty() }

// officeFor is what the skeleton's guidance names: the programme, the
// quarter and the next in the configured style, and the difficulties.
func officeFor(cfg *config.Config, rv *progress.Review) report.OfficeFor {
	qs, err := report.ParseQuarterStyle(cfg.Wording.QuarterStyle)
	if err != nil { // validated with the configuration
		qs = 0
	}
	p := rv.Programme
	return report.OfficeFor{
		Programme:    strings.TrimSpace(p.Type + " số " + p.Number),
		Quarter:      qs.Format(rv.Quarter),
		NextQuarter:  qs.Format(rv.Quarter.Next()),
		Difficulties: report.DifficultiesOf(rv),
	}
}

// writeSkeleton starts the office's file of the quarter the first time a
// report is made for it: the headings with what goes under each, and the
// agencies' difficulties for the drafter. It never replaces a file, not
// even one written between the check and the write (see createNew).
func (j *job) writeSkeleton() error {
	o := j.office
	if o.path == "" || o.data != nil {
		return nil
	}
	created, err := createNew(o.path, report.Skeleton(officeFor(j.cfg, j.rv)))
	if err != nil {
		return withCode(ExitWrite, trWrapf(err, "the office's text"))
	}
	if created {
		j.rep.say(o.path, j.a.tr("wrote %s: the office's own text for %s (Đánh giá chung, Phương hướng, nhiệm vụ quý tới, Kiến nghị, đề xuất); write it under the headings there and run baocao report again", o.path, quarterName(j.rep.lang, j.quarter)))
	}
	return nil
}

// sayOffice tells the clerk, after the report, what is left for the office
// to write and which difficulties the agencies recorded in the quarter: the
// skeleton lists them once, forms imported later show here.
func (j *job) sayOffice() {
	o := j.office
	switch {
	case o.path == "":
		j.rep.say(j.in.name, j.a.tr("the office's own text (assessment, direction, recommendations) is kept beside the ledger, and %s has none on disk: the report leaves those parts for the office to write. Make a workspace (baocao init --sample) or name a ledger with --ledger", j.in.name))
	case o.data != nil && !o.written():
		j.rep.say(o.path, j.a.tr("%s has nothing written yet: the report says under each heading where to write it", o.path))
	case o.data != nil:
		if missing := emptySections(o.text); len(missing) > 0 {
			j.rep.say(o.path, j.a.tr("%s: nothing written under %s yet: the report says where to write it", o.path, strings.Join(missing, ", ")))
		}
	}
	ds := report.DifficultiesOf(j.rv)
	if len(ds) == 0 {
		return
	}
	where := o.path
	if where == "" {
		where = j.in.name
	}
	j.rep.say(where, j.a.tr("%d difficulty(ies) (khó khăn, vướng mắc, đề xuất) recorded by the agencies for %s, for the office's assessment in %s:", len(ds), quarterName(j.rep.lang, j.quarter), where))
	for _, d := range ds {
		lead := d.Lead
		if lead == "" {
			lead = "-"
		}
		j.rep.say(where, fmt.Sprintf("  %s, %s, %s: %s", d.ItemID, lead, d.Date, d.Text))
	}
}

// emptySections names the headings of the office's file with nothing
// under them, as the report shows them: the opening of "Đánh giá chung" is
// optional, its three parts are not.
func emptySections(t report.OfficeText) []string {
	titles := report.OfficeHeadingTitles()
	parts := [][]string{t.Assessment, t.Highlights, t.Shortcomings, t.Causes, t.Direction, t.Recommendations}
	var out []string
	for i, p := range parts {
		if i > 0 && len(p) == 0 {
			out = append(out, "“"+titles[i]+"”")
		}
	}
	return out
}

// createNew writes a new file atomically without ever replacing one: the
// bytes go to a temporary file that is then linked under the name, which
// fails if the name exists. created is false when the file was there.
func createNew(name string, data []byte) (created bool, err error) {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(dir, "."+path.Base(filepath.ToSlash(name))+".*.tmp")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return false, err
	}
	err = os.Link(tmp.Name(), name)
	switch {
	case errors.Is(err, fs.ErrExist):
		return false, nil
	case err != nil:
		// A file system without hard links (some network shares): create
		// the name exclusively instead; a reader may then see it half
		// written, but nothing is ever replaced.
		return createExclusive(name, data)
	}
	return true, nil
}

// createExclusive writes a file only if the name is free.
func createExclusive(name string, data []byte) (bool, error) {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return true, err
	}
	return true, f.Close()
}

// say reports a note for the clerk on the output stream (nothing with -q).
func (r *reporter) say(what, msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.json != nil {
		r.json.Info(msg, "input", what)
		return
	}
	if r.quiet {
		return
	}
	r.clearProgress()
	fmt.Fprintln(r.out, msg)
}
