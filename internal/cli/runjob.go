package cli

import (
	"fmt"
	"path/filepath"
	"sync"

	"baocao/internal/output"
)

// runJob is one 'baocao run': the command's job (configuration, date,
// quarter, style, reporter, output root), shared by the workers, and the
// programmes' slugs. The job's one-programme fields (in, p, rv) stay unset:
// each worker keeps its programme in local variables.
type runJob struct {
	*job
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
	j.a.warnLongCells(j.rep, in, p)
	slug := p.Slug()
	j.mu.Lock()
	other, taken := j.claimed[slug]
	if !taken {
		j.claimed[slug] = in.name
	}
	j.mu.Unlock()
	if taken {
		return nil, invalidErrorf("%s: programme %s has the same number as %s; both would write to %s",
			in.name, p.Number, other, filepath.Join(j.outputRoot(), slug))
	}
	led, _, err := ledgerFor(j.cfg, in, "")
	if err != nil {
		return nil, err
	}
	rv, err := j.a.review(p, led, j.cfg, j.quarter, j.date)
	if err != nil {
		return nil, err
	}
	j.a.noLedger(j.rep, in, led, rv)
	j.a.warnLongNotes(j.rep, led.name, rv)
	office, err := j.a.readOffice(j.rep, j.cfg, in, "", j.quarter)
	if err != nil {
		return nil, err
	}
	// The annex carries the programme's own date, so its bytes do not change
	// with the report date.
	adocs, err := j.style.annexDocs(p, annexSpec{date: p.Date, landscape: j.cfg.Page.AnnexOrientation == "landscape"})
	if err != nil {
		return nil, withCode(ExitInvalid, err)
	}
	rdocs, err := j.style.reportDocs(rv, office.forReport())
	if err != nil {
		return nil, withCode(ExitInvalid, err)
	}
	fdocs, err := j.style.formDocs(rv)
	if err != nil {
		return nil, withCode(ExitInvalid, err)
	}
	docs := append(rdocs, fdocs...)

	// The annex goes to the programme's folder, the quarter's files to its
	// quarter folder (see quarterdir.go); the manifest lists both.
	dir := j.quarterDir(slug)
	old := readManifest(dir)
	j.a.sayOtherDate(j.rep, dir, old, j.date.String(), docNames(docs))
	aentries, err := j.a.writeDocs(j.rep, j.programmeDir(slug), adocs)
	if err != nil {
		return aentries, fmt.Errorf("%s: %w", in.name, err)
	}
	entries, err := j.a.writeDocs(j.rep, dir, docs)
	entries = append(inParent(aentries), entries...)
	if err != nil {
		return entries, fmt.Errorf("%s: %w", in.name, err)
	}
	m := output.Manifest{Tool: "baocao " + Version, Programme: p.Number, Date: j.date.String(), Quarter: j.quarter.String(),
		Files: output.FilesOf(entries)}
	m.Inputs = append(m.Inputs, output.InputOf("programme", in.name, in.data))
	if led.data != nil {
		m.Inputs = append(m.Inputs, output.InputOf("ledger", led.name, led.data))
	}
	if office.data != nil {
		m.Inputs = append(m.Inputs, output.InputOf("office", office.path, office.data))
	}
	cname, cdata := configInput(j.cfg)
	m.Inputs = append(m.Inputs, output.InputOf("config", cname, cdata))
	m.Inputs = append(m.Inputs, j.templateInputs...)
	me, err := j.a.writeManifest(j.rep, dir, mergeManifest(old, m, dir))
	if err != nil {
		return entries, fmt.Errorf("%s: %w", in.name, err)
	}
	return append(entries, me), nil
}
