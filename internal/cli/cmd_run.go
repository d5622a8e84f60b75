package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"baocao/internal/config"
	"baocao/internal/output"
	"baocao/internal/program"
	"baocao/internal/source"
)

func (a *app) cmdRun(args []string) error {
	var c common
	f := a.flags("baocao run [--date D] [--quarter Q] [--config FILE] [-o DIR] [-q] [--log-format json]",
		`The quarterly job, made for cron and systemd. For every programme (*.txt)
in the configured seeds folder (default: the programme bundled in the
binary), write into <output>/<programme>/<YYYY-Qn>/:
  danh-muc.pdf, danh-muc.xlsx          the annex
  bao-cao-<YYYY-Qn>.pdf, .xlsx         the quarterly progress report
  phieu-<agency>.xlsx                  one progress form per lead agency
  manifest.json                        each file's size and SHA-256, the inputs and their SHA-256
Programmes are processed in parallel (run.workers). One bad programme does
not stop the others, but the exit code says so. Every file is written to a
temporary name and renamed into place, files whose content has not changed
are left alone, and a lock stops two runs writing the same output folder at
once. The same inputs and --date give byte-identical files.

On a terminal one line is printed per file ("wrote …", "unchanged …") with a
progress line while many programmes run; -q prints only errors;
--log-format json prints one JSON object a line for log collectors.`,
		"  baocao run\n  baocao run --quarter previous --date quarter-end -q --config /etc/baocao/baocao.toml   (the cron job)\n  baocao run --date 2021-06-30 -o /srv/baocao/output --log-format json")
	f.configFlag(&c)
	f.dateFlag(&c)
	f.quarterFlag(&c)
	f.outputFlags(&c, "output `folder` (default: paths.output of the configuration)")
	f.exitHelp = true
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if err := f.none(pos); err != nil {
		return err
	}
	if err := c.checkLogFormat(); err != nil {
		return err
	}
	cfg, err := a.loadConfig(c.configPath)
	if err != nil {
		return err
	}
	d, q, err := a.dateAndQuarter(&c)
	if err != nil {
		return err
	}
	progs, err := programmes(cfg)
	if err != nil {
		return withCode(ExitUsage, err)
	}
	st, err := newStyle(cfg)
	if err != nil {
		return err
	}
	// Loaded before the workers start: they share the parsed templates.
	if err := st.loadTemplates(); err != nil {
		return err
	}
	tmplInputs, err := templateInputs(cfg)
	if err != nil {
		return err
	}
	root := cfg.Resolve(cfg.Paths.Output)
	if c.outDir != "" {
		root = c.outDir
	}
	rep := a.newReporter(&c)
	l, err := a.lock(root, c.timeout(cfg))
	if err != nil {
		return err
	}
	defer l.Release()

	tuneGC()
	job := &runJob{a: a, cfg: cfg, style: st, rep: rep, root: root, date: d, quarter: q,
		templateInputs: tmplInputs, claimed: map[string]string{}}
	results := job.all(progs, workers(cfg, len(progs)))

	sum := runSummary{programmes: len(progs), date: d.String(), quarter: q.String()}
	for _, s := range strayLedgers(cfg, progs) {
		err := invalidErrorf("%s: this ledger belongs to no programme: a ledger is named after its programme, <name>.progress.toml for <name>.txt", s)
		rep.failed(s, err)
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
	rep.summary(sum)
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

// runJob is one 'baocao run': shared settings and the programmes' slugs.
type runJob struct {
	a       *app
	cfg     *config.Config
	style   *style
	rep     *reporter
	root    string
	date    program.Date
	quarter program.Quarter
	// templateInputs are the office's wording files, recorded in each manifest.
	templateInputs []output.Input

	mu      sync.Mutex
	claimed map[string]string // output slug → programme that claimed it
	done    int
}

type runResult struct {
	entries []output.Entry
	err     error
}

// all processes the programmes with a bounded pool; results keep input order.
func (j *runJob) all(progs []inputFile, n int) []runResult {
	results := make([]runResult, len(progs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if j.a.ctx.Err() != nil {
					results[i] = runResult{nil, withCode(ExitWrite, errInterrupted)}
					continue
				}
				entries, err := j.one(progs[i])
				if err != nil {
					j.rep.failed(progs[i].name, err)
				}
				results[i] = runResult{entries, err}
				j.mu.Lock()
				j.done++
				done := j.done
				j.mu.Unlock()
				j.rep.step(done, len(progs))
			}
		}()
	}
	for i := range progs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// one renders every document of a programme in memory, then writes them
// and finally the manifest.
func (j *runJob) one(in inputFile) ([]output.Entry, error) {
	if err := in.load(); err != nil {
		return nil, err
	}
	p, diags, err := parseProgramme(in)
	if err != nil {
		return nil, err
	}
	j.a.warnDiagnostics(j.rep, in, diags)
	slug := p.Slug()
	j.mu.Lock()
	other, taken := j.claimed[slug]
	if !taken {
		j.claimed[slug] = in.name
	}
	j.mu.Unlock()
	if taken {
		return nil, invalidErrorf("%s: programme %s has the same number as %s; both would write to %s",
			in.name, p.Number, other, filepath.Join(j.root, slug))
	}
	led, _, err := ledgerFor(j.cfg, in, "")
	if err != nil {
		return nil, err
	}
	if led.data == nil {
		j.rep.warn(in.name, fmt.Sprintf("%s: no progress ledger %s yet: every item is reported from its deadline alone", in.name, led.name))
	}
	rv, err := j.a.review(p, led, j.cfg, j.quarter, j.date)
	if err != nil {
		return nil, err
	}
	// The annex carries the programme's own date, so its bytes do not change
	// with the report date.
	docs, err := j.style.annexDocs(p, annexSpec{date: p.Date, landscape: j.cfg.Page.AnnexOrientation == "landscape"})
	if err != nil {
		return nil, withCode(ExitInvalid, err)
	}
	rdocs, err := j.style.reportDocs(rv)
	if err != nil {
		return nil, withCode(ExitInvalid, err)
	}
	fdocs, err := j.style.formDocs(rv)
	if err != nil {
		return nil, withCode(ExitInvalid, err)
	}
	docs = append(append(docs, rdocs...), fdocs...)

	dir := filepath.Join(j.root, slug, j.quarter.String())
	entries, err := j.a.writeDocs(j.rep, dir, docs)
	if err != nil {
		return entries, fmt.Errorf("%s: %w", in.name, err)
	}
	m := output.Manifest{Tool: "baocao " + Version, Programme: p.Number, Date: j.date.String(), Quarter: j.quarter.String(),
		Files: output.FilesOf(entries)}
	m.Inputs = append(m.Inputs, output.InputOf("programme", in.name, in.data))
	if led.data != nil {
		m.Inputs = append(m.Inputs, output.InputOf("ledger", led.name, led.data))
	}
	cname, cdata := configInput(j.cfg)
	m.Inputs = append(m.Inputs, output.InputOf("config", cname, cdata))
	m.Inputs = append(m.Inputs, j.templateInputs...)
	if err := j.a.writeManifest(j.rep, dir, m); err != nil {
		return entries, fmt.Errorf("%s: %w", in.name, err)
	}
	return entries, nil
}

// warnDiagnostics mentions a programme's warnings in one line: a batch run
// over many programmes must stay readable; 'baocao check' lists them.
func (a *app) warnDiagnostics(rep *reporter, in inputFile, diags source.Diagnostics) {
	n := diags.Count(source.Warning)
	if n == 0 {
		return
	}
	how := "'baocao check " + in.name + "' lists them"
	if in.bundled {
		how = "'baocao check' lists them"
	}
	rep.warn(in.name, fmt.Sprintf("%s: %d warning(s); %s", in.name, n, how))
}
