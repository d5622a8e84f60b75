package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// bounded is the outcome of a child baocao run under limits.
type bounded struct {
	code           int // -1 when killed
	stdout, stderr string
	elapsed        time.Duration
	maxRSS         int64 // peak resident memory in KB
	timedOut       bool
}

// runBounded runs the test binary as baocao (see TestMain) in a child
// process with its address space capped at limitMB (ulimit -v, so a
// runaway allocation fails fast instead of taking the machine down) and
// killed after timeout. The hostile-input tests assert on its time and
// peak memory.
func runBounded(t *testing.T, limitMB int, timeout time.Duration, args ...string) bounded {
	t.Helper()
	return runBoundedIn(t, "", limitMB, timeout, nil, args...)
}

// runBoundedIn is runBounded in folder dir (the test's own when ""), with
// start called once the child has started (to signal it).
func runBoundedIn(t *testing.T, dir string, limitMB int, timeout time.Duration, start func(*exec.Cmd), args ...string) bounded {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", `ulimit -v "$1" && shift && exec "$@"`, "sh",
		strconv.Itoa(limitMB*1024), os.Args[0], "-test.run=^$")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), helperEnv+"="+strings.Join(args, "\x1f"), "GOMAXPROCS=2", langEnv+"=en")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if start != nil {
		start(cmd)
	}
	err := cmd.Wait()
	b := bounded{code: -1, stdout: out.String(), stderr: errb.String(), elapsed: time.Since(t0), timedOut: ctx.Err() != nil}
	var ee *exec.ExitError
	switch {
	case err == nil:
		b.code = 0
	case errors.As(err, &ee):
		b.code = ee.ExitCode()
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		b.maxRSS = ru.Maxrss
	}
	t.Logf("baocao %s: exit %d in %v, peak %d MB", args[0], b.code, b.elapsed.Round(time.Millisecond), b.maxRSS/1024)
	return b
}

// rezip rewrites a workbook: edit returns each part's new bytes (nil drops
// the part). It stands in for an attacker editing the XML inside a form.
func rezip(t *testing.T, path string, edit func(name string, b []byte) []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if b = edit(f.Name, b); b == nil {
			continue
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sheetPart is the zip part of a form's sheet: the item sheet is the first,
// the identity sheet the second.
func sheetPart(n int) string { return "xl/worksheets/sheet" + strconv.Itoa(n) + ".xml" }

// copyTo copies a file into dir and returns the new path.
func copyTo(t *testing.T, src, dir string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}
