package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// LockName is the lock file kept in an output folder.
const LockName = ".baocao.lock"

// Lock is an exclusive hold on an output folder. It is an flock(2) on
// LockName, so the kernel drops it when the holder exits or is killed: a
// lock can never be left stale by a crash. The holder's PID is written into
// the file only to tell the next run who is holding it.
type Lock struct {
	f    *os.File
	path string
}

// LockedError says another process holds the folder's lock.
type LockedError struct {
	Path string // the lock file
	PID  int    // the holder's PID as it wrote it, 0 if unknown
}

func (e *LockedError) Error() string {
	who := "another baocao run"
	if e.PID > 0 {
		who = fmt.Sprintf("another baocao run (PID %d)", e.PID)
	}
	return fmt.Sprintf("%s is writing to this folder (lock file %s)", who, e.Path)
}

// AcquireLock takes the lock of dir (created if missing), retrying every
// poll until ctx is done; then it returns a *LockedError. Callers give ctx
// the deadline they are prepared to wait.
func AcquireLock(ctx context.Context, dir string, poll time.Duration) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating folder %s: %w", dir, err)
	}
	return AcquireLockFile(ctx, filepath.Join(dir, LockName), poll)
}

// AcquireLockFile is AcquireLock on a lock file of the caller's choosing,
// for guarding one file (a ledger) rather than a whole folder.
func AcquireLockFile(ctx context.Context, path string, poll time.Duration) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("opening lock file: %w", err)
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, &LockedError{Path: path, PID: readPID(path)}
		case <-time.After(poll):
		}
	}
	// Record who holds it, for the next run's message.
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return &Lock{f: f, path: path}, nil
}

// Release lets the next run in. The file stays: removing it would let two
// runs lock two different files of the same name.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	err := syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}

func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return n
}
