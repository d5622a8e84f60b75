package output

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
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
//
// The lock file is created if missing and otherwise must be a plain file of
// its own: a symbolic link (not followed: O_NOFOLLOW), a file with other
// names (a hard link), a FIFO, a device or a folder is refused, since baocao
// often runs as root in folders others can write to, and a lock opened
// through a link planted there would write into whatever it points at. The
// file is never truncated; the PID is written over its first bytes.
func AcquireLockFile(ctx context.Context, path string, poll time.Duration) (*Lock, error) {
	if st, err := os.Lstat(path); err == nil && !st.Mode().IsRegular() {
		return nil, notPlainLock(path, st.Mode())
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0o644)
	if errors.Is(err, syscall.ELOOP) {
		return nil, notPlainLock(path, fs.ModeSymlink)
	}
	if err != nil {
		return nil, fmt.Errorf("opening lock file: %w", err)
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || links(st) != 1 {
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("opening lock file: %w", err)
		}
		if !st.Mode().IsRegular() {
			return nil, notPlainLock(path, st.Mode())
		}
		return nil, fmt.Errorf("refusing lock file %s: it has %d names (a hard link to another file): remove it, baocao makes its own", path, links(st))
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
	// Record who holds it, for the next run's message: a fixed width, so a
	// shorter PID overwrites a longer one's digits without truncating.
	f.WriteAt([]byte(fmt.Sprintf("%-20d\n", os.Getpid())), 0)
	return &Lock{f: f, path: path}, nil
}

// notPlainLock refuses a lock path that is not a plain file.
func notPlainLock(path string, mode fs.FileMode) error {
	what := "not a regular file"
	switch {
	case mode&fs.ModeSymlink != 0:
		what = "a symbolic link"
	case mode.IsDir():
		what = "a folder"
	case mode&fs.ModeNamedPipe != 0:
		what = "a FIFO"
	case mode&fs.ModeDevice != 0:
		what = "a device"
	}
	return fmt.Errorf("refusing lock file %s: it is %s, not a plain file: remove it, baocao makes its own", path, what)
}

// links is the file's number of hard links (names).
func links(st fs.FileInfo) uint64 {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(sys.Nlink)
	}
	return 1
}

// Release lets the next run in. The file stays: removing it would let two
// runs lock two different files of the same name.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
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
	fields := strings.Fields(string(b))
	if len(fields) == 0 {
		return 0
	}
	n, _ := strconv.Atoi(fields[0])
	return n
}
