package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// inputError is an input refused before it was read: not a regular file,
// or larger than its kind's cap. Its message names the file.
type inputError struct {
	path string
	msg  *trError
}

func (e *inputError) Error() string { return e.path + ": " + e.msg.Error() }
func (e *inputError) Unwrap() error { return e.msg }

// readInput reads an input file of the given kind: only a regular file
// (a FIFO would block for ever, /dev/zero never ends), only up to the
// kind's cap, checked on the file's size before reading and again while
// reading. The file is opened without blocking and checked again on the
// open descriptor, so swapping it for a FIFO between the two checks
// gains nothing. Errors opening the file are returned as they are (so
// callers can tell a missing file); refusals are *inputError.
func readInput(path string, kind inputKind) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := plainAndSmall(path, st, kind); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := plainAndSmall(path, st, kind); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, kind.max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > kind.max {
		return nil, &inputError{path, trErrorf("grew past %s while being read, the most a %s may be", humanSize(kind.max), kind.what)}
	}
	return data, nil
}

func plainAndSmall(path string, st fs.FileInfo, kind inputKind) error {
	if !st.Mode().IsRegular() {
		return &inputError{path, trErrorf("not a regular file (%s): expected a %s file", fileType(st.Mode()), kind.what)}
	}
	if st.Size() > kind.max {
		return &inputError{path, trErrorf("%s is larger than the %s a %s may be", humanSize(st.Size()), humanSize(kind.max), kind.what)}
	}
	return nil
}

// fileType names what a non-regular file is.
func fileType(m fs.FileMode) word {
	switch {
	case m.IsDir():
		return word("a folder")
	case m&fs.ModeNamedPipe != 0:
		return word("a FIFO")
	case m&fs.ModeCharDevice != 0:
		return word("a character device")
	case m&fs.ModeDevice != 0:
		return word("a device")
	case m&fs.ModeSocket != 0:
		return word("a socket")
	}
	return word("not a plain file")
}

// isRefused reports whether err is a refusal by readInput.
func isRefused(err error) bool {
	var ie *inputError
	return errors.As(err, &ie)
}
