package cli

import (
	"baocao/internal/config"
	"baocao/internal/program"
	"baocao/internal/progress"
)

// job is one command on its way from the command line to its files, built
// step by step (see jobsteps.go): each step fills in what the next needs.
// The commands take the steps they need in one shared order, so that the
// same mistake (a bad flag, a misspelt key, an empty programme) is found at
// the same point and reported in the same words by every command.
type job struct {
	a    *app
	args []string
	f    *flagSet
	c    common

	file    string // the programme named on the command line, "" for the bundled one
	cfg     *config.Config
	rep     *reporter
	date    program.Date
	quarter program.Quarter
	in      inputFile
	led     inputFile // the programme's ledger, read by review
	p       *program.Programme
	rv      *progress.Review
	office  officeFile // the office's own text of the quarter (report)
	style   *style
}

// newJob starts a command: its help text, and flags that each command then
// adds. Every such command prints the exit codes in --help, as schedulers
// act on them.
func (a *app) newJob(args []string, usage, about, example string) *job {
	f := a.flags(usage, about, example)
	f.exitHelp = true
	return &job{a: a, args: args, f: f}
}

// do runs steps in order and stops at the first that fails.
func do(steps ...func() error) error {
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}
