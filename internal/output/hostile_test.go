package output

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// victim is a file an attacker points a lock or temporary file at.
func victim(t *testing.T) (path string, content []byte) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", "victim.txt"))
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "victim.txt")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, b
}

func assertVictim(t *testing.T, path string, want []byte) {
	t.Helper()
	if got, _ := os.ReadFile(path); string(got) != string(want) {
		t.Errorf("the file the lock pointed at was changed: %q", got)
	}
}

// Case 4 of issue 9: `ln -s ../victim out/.baocao.lock` made a run empty
// the victim (the lock was opened through the link and truncated). A lock
// path that is a link, or a file with other names (a hard link), is
// refused, and a lock is never truncated.
func TestLockRefusesLinks(t *testing.T) {
	for _, kind := range []string{"symlink", "hardlink", "fifo", "folder"} {
		t.Run(kind, func(t *testing.T) {
			v, content := victim(t)
			dir := filepath.Join(filepath.Dir(v), "out")
			os.Mkdir(dir, 0o755)
			lock := filepath.Join(dir, LockName)
			var err error
			switch kind {
			case "symlink":
				err = os.Symlink(v, lock)
			case "hardlink":
				err = os.Link(v, lock)
			case "fifo":
				err = syscall.Mkfifo(lock, 0o644)
			case "folder":
				err = os.Mkdir(lock, 0o755)
			}
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			l, err := AcquireLock(ctx, dir, 10*time.Millisecond)
			if err == nil {
				l.Release()
				t.Fatal("a lock that is not a plain file of its own was taken")
			}
			if !strings.Contains(err.Error(), lock) || !strings.Contains(err.Error(), "refusing") {
				t.Errorf("message: %v", err)
			}
			assertVictim(t, v, content)
		})
	}
}

// A lock file of our own keeps its bytes when it is taken and released:
// only the holder's PID is written over its start.
func TestLockIsNeverTruncated(t *testing.T) {
	dir := t.TempDir()
	lock := filepath.Join(dir, LockName)
	if err := os.WriteFile(lock, []byte("12345678901234567890123 and more\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := AcquireLock(context.Background(), dir, time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if got := readPID(lock); got != os.Getpid() {
		t.Errorf("PID read back %d, want %d", got, os.Getpid())
	}
	l.Release()
	if st, _ := os.Stat(lock); st.Size() != 33 {
		t.Errorf("lock file size %d after release, want 33 (never truncated)", st.Size())
	}
}

// A temporary file name already taken by a link is never written through:
// each temporary file is created new (O_EXCL) and links are not followed.
// And a FIFO where an output goes does not hang the write.
func TestWriteFileDoesNotFollowOrBlock(t *testing.T) {
	v, content := victim(t)
	dir := filepath.Dir(v)
	fifo := filepath.Join(dir, "a.pdf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := WriteFile(fifo, []byte("new")); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("WriteFile hung on a FIFO at the output path")
	}
	if b, _ := os.ReadFile(fifo); string(b) != "new" {
		t.Errorf("content %q", b)
	}
	assertVictim(t, v, content)
}
