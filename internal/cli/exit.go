package cli

import (
	"errors"
)

// Exit codes, the contract with schedulers (documented in 'baocao --help'
// and docs/operations.md).
const (
	ExitOK      = 0 // everything was done
	ExitInvalid = 1 // some input (programme, ledger, form) was invalid; valid ones were still processed
	ExitUsage   = 2 // wrong command line or configuration
	ExitWrite   = 3 // an output could not be written (disk, permissions, another run holding the lock)
)

const exitCodesHelp = `Exit codes:
  0  all done
  1  some input was invalid (programme, ledger or form); the valid ones were still processed
  2  usage or configuration error (bad flag, missing file, error in baocao.toml)
  3  could not write output (disk full, permissions, another run holds the lock)
`

// exitError carries the exit code an error should end the program with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return err
	}
	return &exitError{code: code, err: err}
}

// usageErrorf and invalidErrorf make an error with its exit code whose
// message goes through the catalogue when printed (see trError): format is
// the English text; an error among args is translated too.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: ExitUsage, err: trErrorf(format, args...)}
}

func invalidErrorf(format string, args ...any) error {
	return &exitError{code: ExitInvalid, err: trErrorf(format, args...)}
}

// codeOf maps an error to its exit code; errors without one are write failures,
// the only kind left once inputs and usage have been checked.
func codeOf(err error) int {
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return ExitWrite
}

// silentError is an exitError whose details were already printed.
func silent(code int) error { return &exitError{code: code, err: errSilent} }

var errSilent = errors.New("")
