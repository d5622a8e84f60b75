package cli

import (
	"runtime"

	"baocao/internal/config"
	"baocao/internal/gctune"
	"baocao/internal/output"
)

func (a *app) cmdRun(args []string) error {
	j := a.newJob(args, "baocao run [--date D] [--quarter Q] [--config FILE] [-o DIR] [-q] [--log-format json]",
		`The quarterly job, made for cron and systemd. For every programme (.txt, .docx, .pdf, …)
in the configured seeds folder (default: the programme bundled in the
binary), write:
  <output>/<programme>/danh-muc.pdf, .xlsx               the annex
  <output>/<programme>/<YYYY-Qn>/bao-cao-<YYYY-Qn>.pdf, .xlsx, .docx
                                                         the quarterly progress report
  <output>/<programme>/<YYYY-Qn>/phieu-<agency>.xlsx     one progress form per lead agency
  <output>/<programme>/<YYYY-Qn>/manifest.json           each file's size and SHA-256,
                                                         the inputs and their SHA-256
Programmes are processed in parallel (run.workers). One bad programme does
not stop the others, but the exit code says so. Every file is written to a
temporary name and renamed into place, files whose content has not changed
are left alone, and a lock stops two runs writing the same output folder at
once. The same inputs and --date give byte-identical files; files made for another
--date in the same quarter folder are replaced with a warning naming them.
Without --date and --quarter the report is dated today (the cron job).

On a terminal one line is printed per file ("wrote …", "unchanged …") with a
progress line while many programmes run; -q prints only errors;
--log-format json prints one JSON object a line for log collectors.`,
		"  baocao run\n  baocao run --quarter previous --date quarter-end -q --config /etc/baocao/baocao.toml   (the cron job)\n  baocao run --date 2021-06-30 -o /srv/baocao/output --log-format json")
	j.f.configDateQuarterFlags(&j.c)
	j.f.outputFlags(&j.c, "output `folder` (default: paths.output of the configuration)")
	if err := do(j.noArgs, j.configure, j.when); err != nil {
		return err
	}
	progs, err := programmes(j.cfg)
	if err != nil {
		return withCode(ExitUsage, err)
	}
	if err := j.makeStyle(); err != nil {
		return err
	}
	// Loaded before the workers start: they share the parsed templates.
	if err := j.style.loadTemplates(); err != nil {
		return err
	}
	tmplInputs, err := templateInputs(j.cfg)
	if err != nil {
		return err
	}
	l, err := j.lock()
	if err != nil {
		return err
	}
	defer l.Release()
	// A run killed while writing (SIGKILL, power loss) leaves hidden
	// temporary files; none of ours can be in use while the lock is held.
	j.removeStale(j.outputRoot(), 2)

	gctune.Hold(200)
	batch := &runJob{job: j, templateInputs: tmplInputs, claimed: map[string]string{}}
	results := batch.all(progs, workers(j.cfg, len(progs)))

	sum := runSummary{programmes: len(progs), date: j.date.String(), quarter: j.quarter.String(),
		d: j.date, q: j.quarter}
	for _, s := range strayLedgers(j.cfg, progs) {
		err := a.invalidf("%s: this ledger belongs to no programme: a ledger is named after its programme, <name>.progress.toml for <name>.txt", s)
		j.rep.failed(s, err)
		sum.code = max(sum.code, ExitInvalid)
	}
	for _, r := range results {
		if r.err != nil {
			sum.failed++
			sum.code = max(sum.code, codeOf(r.err))
		}
		for _, e := range r.entries {
			if e.Changed {
				sum.written++
			} else {
				sum.unchanged++
			}
		}
	}
	j.rep.summary(sum)
	if sum.code != ExitOK {
		return silent(sum.code)
	}
	return nil
}

// workers is the size of the pool: run.workers, or two per CPU so that one
// programme's waits for the disk (each file is synced before its rename)
// overlap another's rendering.
func workers(cfg *config.Config, jobs int) int {
	n := cfg.Run.Workers
	if n <= 0 {
		n = 2 * runtime.GOMAXPROCS(0)
	}
	return max(1, min(n, jobs))
}

// removeStale removes our temporary files left in dir and the folders
// depth levels below it, saying how many.
func (j *job) removeStale(dir string, depth int) {
	if gone := output.RemoveStale(dir, depth); len(gone) > 0 {
		j.rep.warnf(dir, "%s: removed %d temporary file(s) left by an interrupted run", dir, len(gone))
	}
}
