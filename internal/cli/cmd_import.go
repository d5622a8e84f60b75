package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"baocao/internal/output"
	"baocao/internal/progress"
	"baocao/internal/source"
	"baocao/seeds"
)

func (a *app) cmdImport(args []string) error {
	var ledger string
	j := a.newJob(args, "baocao import FORM.xlsx… [--programme FILE] [--ledger F] [--quarter Q]",
		`Read progress forms returned by the agencies and add their answers to the
progress ledger. Each form says which programme, quarter and report date it
was made for: the quarter is taken from the forms (--quarter only checks
it), the programme is found in the workspace (--programme only needed
elsewhere), and forms of different quarters or programmes are refused, as
is a form of an earlier quarter than the latest whose forms were sent
from the workspace. Every cell of every file is checked first (unknown item,
a row edited outside its columns, a status not in the list, a date that is
not a date, a form of another programme or quarter); each problem is
printed as file!sheet!cell: message, and if there is any, nothing is
written (exit code 1). Otherwise the answers are appended to the ledger as
new records (hand-written comments and records are kept byte for byte), a
dated copy of the old ledger is kept beside it as
<ledger>.bak-YYYYMMDD-HHMMSS, and the new ledger replaces the old one
atomically. Formula text in a cell is read as text, never evaluated.
The new records are dated --date: by default today, or the last day of the
forms' quarter once it has ended, so that its report counts them.`,
		"  baocao import output/07-CTr-TU/2021-Q3/phieu-*.xlsx      (in a workspace)\n  baocao import phieu-*.xlsx --ledger seeds/07-CTr-TU-2021.progress.toml")
	j.f.configDateQuarterFlags(&j.c)
	// The programme is named by a flag here: the arguments are the forms.
	j.f.StringVar(&j.file, "programme", "", "the programme `file` the forms belong to (default: the workspace's programme the forms name, else the bundled programme)")
	j.f.StringVar(&ledger, "ledger", "", "ledger `file` to update (default: <programme>.progress.toml beside the programme, or in paths.ledgers)")
	j.f.BoolVar(&j.c.quiet, "q", false, "quiet: print only errors")
	j.f.Var(&j.c.lockTimeout, "lock-timeout", "how long to wait for another import of the same ledger, a `duration` such as 30s (default: run.lock_timeout of the configuration)")
	forms, err := j.f.parse(args)
	if err != nil {
		return err
	}
	if len(forms) == 0 {
		return usageErrorf("no form given\nUsage: %s", j.f.usage)
	}
	j.c.logFormat = "text" // import reports in plain lines only
	// The forms say their programme, quarter and date (import_identity.go).
	fi := &importForms{}
	if err := do(j.configure, fi.identify(j, forms), j.when, j.read, fi.checkWhen(j)); err != nil {
		return err
	}
	// Unlike the document commands, import does not mention the programme's
	// warnings: all it prints is about the forms and the ledger.
	cfg, q, in, c := j.cfg, j.quarter, j.in, &j.c
	p, _, err := parseProgramme(in)
	if err != nil {
		return err
	}
	led, writePath, err := ledgerFor(cfg, in, ledger)
	if err != nil {
		return err
	}
	if writePath == "" {
		return usageErrorf("the bundled programme's ledger is inside the binary and cannot be updated: give --ledger FILE (a new file starts from the bundled sample ledger) or set paths.ledgers in baocao.toml")
	}
	// A ledger linked into place (kept in a synced or versioned folder) is
	// updated where it really is: the atomic rename would otherwise replace
	// the link with a new file and leave the real ledger without the records.
	if real, err := filepath.EvalSymlinks(writePath); err == nil && real != filepath.Clean(writePath) {
		writePath = real
	}
	// Two imports into one ledger at once would each append to the text they
	// read; so the ledger is read again once the lock is held.
	l, err := a.lockFile(writePath+".lock", c.timeout(cfg))
	if err != nil {
		return err
	}
	defer l.Release()
	if gone := output.RemoveStaleOf(writePath); len(gone) > 0 && !c.quiet {
		fmt.Fprintln(a.stderr, a.tr("%s: removed %d temporary file(s) left by an interrupted import", writePath, len(gone)))
	}
	if led, _, err = ledgerFor(cfg, in, ledger); err != nil {
		return err
	}
	if led.data == nil {
		led.data = newLedgerText(p)
		// The bundled programme's forms are prefilled from the bundled
		// sample ledger: a new ledger starts as its copy (as the refusal
		// above promises), or it would lack every record they came from.
		if in.bundled {
			if sample, err := seeds.FS.ReadFile(ledgerName(in.name)); err == nil {
				led.data = sample
			}
		}
	}
	current, ldiags := progress.LoadLedger(led.name, led.data, p)
	if ldiags.HasErrors() {
		return withCode(ExitInvalid, errors.New(a.tr("%v\nthe ledger has errors: fix them before importing (nothing written)", diagError(ldiags))))
	}
	if err := fi.refuseAfterLedger(j, current, writePath); err != nil {
		return err
	}

	// Validate every form before writing anything.
	now := a.stamp()
	// The records are dated at --date (see importer).
	imp := newImporter(current, q, j.date, a.tr)
	imp.opened = fi.opened // each form opened once, by the identity step
	var missing []string
	for _, name := range forms {
		if a.ctx.Err() != nil {
			return withCode(ExitWrite, errInterrupted)
		}
		data, err := readInput(name, formInput)
		if isRefused(err) {
			imp.diags.Add(source.Pos{File: name}, source.Error, "form-refused", "%s", strings.TrimPrefix(localize(a.lang(), err), name+": "))
			continue
		}
		if err != nil {
			missing = append(missing, a.openErrorText(name, err))
			continue
		}
		imp.form(a.ctx, name, data, p)
		if a.ctx.Err() != nil {
			return withCode(ExitWrite, errInterrupted)
		}
	}
	// The import policy: which answers become records (progress.Merge).
	fresh, err := imp.merge()
	if err != nil {
		return withCode(ExitInvalid, err)
	}
	diags := imp.diags
	diags.Sort()
	for _, m := range missing {
		fmt.Fprintln(a.stderr, a.tr("cannot read form %s", m))
	}
	for _, line := range cappedLinesIn(a.lang(), diags, func(dg source.Diagnostic) bool { return dg.Severity == source.Error || !c.quiet }) {
		fmt.Fprintln(a.stderr, line)
	}
	if len(missing) > 0 {
		fmt.Fprintln(a.stderr, a.tr("nothing written"))
		return silent(ExitUsage)
	}
	if n := diags.Count(source.Error); n > 0 {
		fmt.Fprintln(a.stderr, a.tr("%d problem(s) in %d form(s): nothing written", n, len(forms)))
		return silent(ExitInvalid)
	}
	// Re-importing the same form, or rows left as they were, adds nothing.
	if len(fresh) == 0 {
		if !c.quiet {
			fmt.Fprintln(a.stdout, a.tr("nothing new in %d form(s): %s unchanged", len(forms), writePath))
		}
		return nil
	}

	if a.ctx.Err() != nil {
		return withCode(ExitWrite, errInterrupted)
	}
	bases := make([]string, len(forms))
	for i, f := range forms {
		bases[i] = filepath.Base(f)
	}
	stamp := fmt.Sprintf("Nhập từ %s ngày %s", strings.Join(bases, ", "), now.Format("2006-01-02 15:04"))
	next, err := progress.AppendUpdates(led.data, fresh, stamp)
	if err != nil {
		return withCode(ExitInvalid, errors.New(a.tr("%s: %v (nothing written)", led.name, err)))
	}

	backup := ""
	if old, err := readInput(writePath, ledgerInput); err == nil {
		backup = freeBackupName(writePath + ".bak-" + now.Format("20060102-150405"))
		if _, err := output.WriteFile(backup, old); err != nil {
			return withCode(ExitWrite, errors.New(a.tr("keeping a copy of the ledger: %v (nothing written)", err)))
		}
	}
	if _, err := output.WriteFile(writePath, next); err != nil {
		return withCode(ExitWrite, err)
	}
	if !c.quiet {
		fmt.Fprintln(a.stdout, a.tr("imported %d update(s) from %d form(s) into %s", len(fresh), len(forms), writePath))
		if backup != "" {
			fmt.Fprintln(a.stdout, a.tr("previous ledger kept as %s", backup))
		}
	}
	return nil
}

// freeBackupName returns name, or name-2, name-3… when a backup of that
// second exists: two imports in one second would otherwise overwrite the
// first one's backup, the only copy of the ledger before both. The ledger's
// lock is held, so no other import picks the same name meanwhile.
func freeBackupName(name string) string {
	try := name
	for n := 2; ; n++ {
		if _, err := os.Lstat(try); err != nil {
			return try // free, or unreadable: writing it will say why
		}
		try = fmt.Sprintf("%s-%d", name, n)
	}
}
