package cli

import (
	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/internal/source"
)

// readArgs reads the flags and at most one programme file, anywhere on the line.
func (j *job) readArgs() error {
	pos, err := j.f.parse(j.args)
	if err != nil {
		return err
	}
	j.file, err = j.f.atMostOne(pos)
	return err
}

// noArgs reads the flags of a command that takes no file.
func (j *job) noArgs() error {
	pos, err := j.f.parse(j.args)
	if err != nil {
		return err
	}
	return j.f.none(pos)
}

// configure checks --log-format and loads the configuration. The reporter
// is made here, once --log-format and -q are known to be good.
func (j *job) configure() error {
	if err := j.c.checkLogFormat(); err != nil {
		return err
	}
	cfg, err := j.a.loadConfig(configPath(j.c.configPath))
	if err != nil {
		return err
	}
	j.cfg = cfg
	j.rep = j.a.newReporter(&j.c)
	return nil
}

// when resolves --date and --quarter.
func (j *job) when() (err error) {
	j.date, j.quarter, err = j.a.dateAndQuarter(&j.c)
	return err
}

// read reads the programme file, or the bundled programme.
func (j *job) read() (err error) {
	j.in, err = j.programmeInput()
	return err
}

// load reads and parses the programme; errors stop the command, warnings
// are mentioned in one line (see warnDiagnostics).
func (j *job) load() error {
	if err := j.read(); err != nil {
		return err
	}
	p, diags, err := parseProgramme(j.in)
	if err != nil {
		return err
	}
	j.a.warnDiagnostics(j.rep, j.in, diags)
	j.a.warnLongCells(j.rep, j.in, p)
	j.p = p
	return nil
}

// review reads the programme's ledger (--ledger must name a file that
// exists) and computes every item's status at the report date.
func (j *job) review() error {
	led, err := existingLedger(j.cfg, j.in, j.c.ledger)
	if err != nil {
		return err
	}
	j.led = led
	if j.rv, err = j.a.review(j.p, led, j.cfg, j.quarter, j.date); err != nil {
		return err
	}
	j.a.noLedger(j.rep, j.in, led, j.rv)
	j.a.warnLongNotes(j.rep, led.name, j.rv)
	return nil
}

// makeStyle reads what the renderers need from the configuration (fonts).
func (j *job) makeStyle() (err error) {
	j.style, err = newStyle(j.cfg)
	return err
}

// reviewed takes every step report and forms share, from the command line
// to each item's status and the document style.
func (j *job) reviewed() error {
	return do(j.readArgs, j.configure, j.when, j.load, j.review, j.makeStyle)
}

// parsedAsIs is the programme as the parser read it, problems and all, for
// the commands whose work is to show those problems (parse, check): p is
// nil when nothing could be read.
func (j *job) parsedAsIs() (*program.Programme, source.Diagnostics, error) {
	if err := do(j.readArgs, j.read); err != nil {
		return nil, nil, err
	}
	p, diags := parse.Parse(j.in.name, j.in.data)
	return p, diags, nil
}
