package output

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteFileReplacesAndSkipsUnchanged(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sub", "a.pdf")
	changed, err := WriteFile(p, []byte("one"))
	if err != nil || !changed {
		t.Fatalf("first write: changed=%v err=%v", changed, err)
	}
	old := time.Unix(1_000_000_000, 0)
	os.Chtimes(p, old, old)
	changed, err = WriteFile(p, []byte("one"))
	if err != nil || changed {
		t.Fatalf("same bytes: changed=%v err=%v", changed, err)
	}
	if st, _ := os.Stat(p); !st.ModTime().Equal(old) {
		t.Errorf("unchanged file was rewritten: mtime %v", st.ModTime())
	}
	changed, err = WriteFile(p, []byte("two"))
	if err != nil || !changed {
		t.Fatalf("new bytes: changed=%v err=%v", changed, err)
	}
	if b, _ := os.ReadFile(p); string(b) != "two" {
		t.Errorf("content %q", b)
	}
	assertNoTemp(t, filepath.Dir(p))
}

func TestWriteFileFailureLeavesOldContent(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.xlsx")
	WriteFile(p, []byte("old"))
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if _, err := WriteFile(p, []byte("new")); err == nil {
		t.Fatal("write into a read-only folder succeeded")
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("old content lost: %q", b)
	}
	assertNoTemp(t, dir)
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestWriterRecordsAndStopsOnHookError(t *testing.T) {
	dir := t.TempDir()
	stop := errors.New("injected")
	n := 0
	w := NewWriter(dir, AfterWrite(func(full string, e Entry) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	}))
	if _, err := w.Write("b.txt", []byte("b")); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write("a/a.txt", []byte("a")); !errors.Is(err, stop) {
		t.Fatalf("hook error not returned: %v", err)
	}
	got := w.Entries()
	if len(got) != 2 || got[0].Path != "a/a.txt" || got[1].SHA256 != Sum([]byte("b")) || !got[0].Changed {
		t.Errorf("entries %+v", got)
	}
}

func TestManifestIsSortedAndDeterministic(t *testing.T) {
	m := Manifest{Tool: "baocao test", Programme: "07-CTr/TU", Date: "2021-06-30", Quarter: "2021-Q2",
		Inputs: []Input{InputOf("programme", "p.txt", []byte("p")), InputOf("config", "built-in", []byte("c"))},
		Files:  []File{{Path: "z.pdf", Size: 1, SHA256: "x"}, {Path: "a.pdf", Size: 2, SHA256: "y"}}}
	a := m.Bytes()
	m.Files[0], m.Files[1] = m.Files[1], m.Files[0]
	if b := m.Bytes(); !bytes.Equal(a, b) {
		t.Errorf("order of files changed the bytes")
	}
	s := string(a)
	if strings.Index(s, `"a.pdf"`) > strings.Index(s, `"z.pdf"`) || strings.Index(s, `"role": "config"`) > strings.Index(s, `"role": "programme"`) {
		t.Errorf("not sorted:\n%s", s)
	}
	if !strings.HasSuffix(s, "}\n") {
		t.Errorf("no final newline")
	}
}

func TestLockExcludesSecondHolderUntilReleased(t *testing.T) {
	dir := t.TempDir()
	l1, err := AcquireLock(context.Background(), dir, time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err = AcquireLock(ctx, dir, time.Millisecond)
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second lock: %v", err)
	}
	if le.PID != os.Getpid() || !strings.Contains(le.Error(), "PID") {
		t.Errorf("message does not name the holder: %v", le)
	}
	// A waiter gets the lock once the holder lets go.
	got := make(chan error, 1)
	go func() {
		l, err := AcquireLock(context.Background(), dir, time.Millisecond)
		if err == nil {
			l.Release()
		}
		got <- err
	}()
	if err := l1.Release(); err != nil {
		t.Fatal(err)
	}
	if err := <-got; err != nil {
		t.Fatalf("waiter: %v", err)
	}
}

func TestWriteAllRenamesInOrderAndStopsCleanly(t *testing.T) {
	dir := t.TempDir()
	files := []Content{{"a.pdf", []byte("A1")}, {"sub/b.xlsx", []byte("B1")}, {"c.json", []byte("C1")}}
	if err := NewWriter(dir).WriteAll(files); err != nil {
		t.Fatal(err)
	}
	// Second set: a unchanged, b and c new; the hook stops after b.
	stop := errors.New("stop")
	var seen []string
	w := NewWriter(dir, AfterWrite(func(full string, e Entry) error {
		seen = append(seen, e.Path)
		if e.Path == "sub/b.xlsx" {
			return stop
		}
		return nil
	}))
	err := w.WriteAll([]Content{{"a.pdf", []byte("A1")}, {"sub/b.xlsx", []byte("B2")}, {"c.json", []byte("C2")}})
	if !errors.Is(err, stop) {
		t.Fatalf("err %v", err)
	}
	if strings.Join(seen, ",") != "a.pdf,sub/b.xlsx" {
		t.Errorf("hook saw %v", seen)
	}
	for name, want := range map[string]string{"a.pdf": "A1", "sub/b.xlsx": "B2", "c.json": "C1"} {
		if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != want {
			t.Errorf("%s = %q, want %q", name, b, want)
		}
	}
	assertNoTemp(t, dir)
	assertNoTemp(t, filepath.Join(dir, "sub"))
	got := w.Entries()
	if len(got) != 2 || got[0].Changed || !got[1].Changed {
		t.Errorf("entries %+v", got)
	}
}

func TestWriteAllStagingFailureRenamesNothing(t *testing.T) {
	dir := t.TempDir()
	NewWriter(dir).WriteAll([]Content{{"a.pdf", []byte("A1")}})
	// "a.pdf/x" cannot be created: a.pdf is a file, so staging fails.
	err := NewWriter(dir).WriteAll([]Content{{"b.pdf", []byte("B")}, {"a.pdf/x", []byte("X")}})
	if err == nil {
		t.Fatal("no error")
	}
	if _, err := os.Stat(filepath.Join(dir, "b.pdf")); err == nil {
		t.Errorf("b.pdf was renamed into place although staging failed")
	}
	assertNoTemp(t, dir)
}

// A write that fails after its temporary file is complete (here the rename:
// the target is a folder, which even root cannot replace with a file) leaves
// what was there whole and no temporary file behind.
func TestWriteFileFailingRenameLeavesTargetAndNoTemp(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.xlsx")
	if err := os.MkdirAll(filepath.Join(p, "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteFile(p, []byte("new")); err == nil {
		t.Fatal("replacing a folder with a file succeeded")
	}
	if fi, err := os.Stat(filepath.Join(p, "inside")); err != nil || !fi.IsDir() {
		t.Errorf("the folder in the way was damaged: %v", err)
	}
	assertNoTemp(t, dir)
}
