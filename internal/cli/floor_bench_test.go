package cli

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"baocao/internal/cpuclock"
)

// The floor of a run is the work no renderer can avoid: compressing the
// parts of every file it writes and writing the files. floorSet holds a
// run's output; doing the floor unpacks each file (not counted), then
// re-deflates its workbook's deflated entries and its PDF's FlateDecode
// streams at the level baocao uses (BestSpeed for both), checksums the zip
// parts as a zip writer must, and writes and syncs the file as baocao does
// (counted). Parsing, layout, XML and the manifest are baocao's own cost.
// The files are unpacked a batch at a time so that the benchmark's memory
// stays near baocao's own.
type floorSet struct {
	files []floorFile
	bytes int64 // total size of the files
}

type floorFile struct {
	rel  string
	data []byte
}

// loadFloor reads every file under dir.
func loadFloor(tb testing.TB, dir string) *floorSet {
	tb.Helper()
	fs := &floorSet{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || e.Name() == ".baocao.lock" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fs.files = append(fs.files, floorFile{rel: rel, data: data})
		fs.bytes += int64(len(data))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return fs
}

// zipParts returns the uncompressed bytes of the deflated entries.
func zipParts(data []byte) ([][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var parts [][]byte
	for _, f := range zr.File {
		if f.Method != zip.Deflate {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		parts = append(parts, b)
	}
	return parts, nil
}

// pdfStreams returns the uncompressed bytes of the FlateDecode streams of
// a PDF as fpdf writes them (dictionary, "stream\n", data, "\nendstream").
func pdfStreams(data []byte) ([][]byte, error) {
	var out [][]byte
	rest := data
	for {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			return out, nil
		}
		dict := rest[max(0, bytes.LastIndex(rest[:i], []byte("<<"))):i]
		body := rest[i+len("stream\n"):]
		j := bytes.Index(body, []byte("\nendstream"))
		if j < 0 {
			return out, nil
		}
		if bytes.Contains(dict, []byte("/FlateDecode")) {
			zr, err := zlib.NewReader(bytes.NewReader(body[:j]))
			if err != nil {
				return nil, err
			}
			b, err := io.ReadAll(zr)
			if err != nil {
				return nil, err
			}
			out = append(out, b)
		}
		rest = body[j+len("\nendstream"):]
	}
}

// do compresses every part and writes every file into dir; it returns the
// CPU time that took. The files are unpacked in batches, outside the
// count, and each batch is then compressed and written with the collector
// idle (a full collection first, then none until the batch is done), so
// that collecting the unpacking's garbage is not counted as the floor's.
func (fs *floorSet) do(tb testing.TB, dir string) time.Duration {
	fw, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	zw, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
	type unpacked struct {
		f                floorFile
		deflate, streams [][]byte
	}
	var spent time.Duration
	var batch []unpacked
	size := 0
	flush := func() {
		runtime.GC()
		gc := debug.SetGCPercent(-1)
		cpu0 := cpuclock.Process()
		for _, u := range batch {
			for _, p := range u.deflate {
				crc32.ChecksumIEEE(p)
				fw.Reset(io.Discard)
				fw.Write(p)
				fw.Close()
			}
			for _, p := range u.streams {
				zw.Reset(io.Discard)
				zw.Write(p)
				zw.Close()
			}
			path := filepath.Join(dir, u.f.rel)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				tb.Fatal(err)
			}
			out, err := os.Create(path)
			if err != nil {
				tb.Fatal(err)
			}
			if _, err := out.Write(u.f.data); err != nil {
				tb.Fatal(err)
			}
			if err := out.Sync(); err != nil {
				tb.Fatal(err)
			}
			out.Close()
		}
		spent += cpuclock.Process() - cpu0
		debug.SetGCPercent(gc)
		batch, size = batch[:0], 0
	}
	for _, f := range fs.files {
		u := unpacked{f: f}
		var err error
		switch filepath.Ext(f.rel) {
		case ".xlsx":
			u.deflate, err = zipParts(f.data)
		case ".pdf":
			u.streams, err = pdfStreams(f.data)
		}
		if err != nil {
			tb.Fatalf("%s: %v", f.rel, err)
		}
		batch = append(batch, u)
		for _, p := range append(u.deflate, u.streams...) {
			size += len(p)
		}
		if size > 32<<20 {
			flush()
		}
	}
	flush()
	return spent
}

// BenchmarkFloor100Programmes is the floor of BenchmarkRun100Programmes
// alone: its 1,500 files compressed and written.
func BenchmarkFloor100Programmes(b *testing.B) {
	cfg, out := runSetup(b, 100, "")
	first := filepath.Join(out, "first")
	if r := cli(b, "run", "--config", cfg, "--date", "2021-06-30", "-q", "-o", first); r.code != ExitOK {
		b.Fatalf("%s", r)
	}
	fs := loadFloor(b, first)
	b.SetBytes(fs.bytes)
	var spent time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		spent += fs.do(b, filepath.Join(out, "floor", fmt.Sprint(i)))
	}
	b.StopTimer()
	b.ReportMetric(spent.Seconds()/float64(b.N), "cpu-s/op")
}

// process is one child process's CPU time (user + system) and peak RSS.
type process struct {
	cpu time.Duration
	rss int64 // bytes
}

// runProcess runs a command to the end and measures it. The peak RSS comes
// from /usr/bin/time when it is installed (0 otherwise): a child's own
// rusage counts the memory of the test process it was forked from.
func runProcess(tb testing.TB, name string, args ...string) process {
	tb.Helper()
	timeBin, timeErr := exec.LookPath("/usr/bin/time")
	cmd := exec.Command(name, args...)
	if timeErr == nil {
		cmd = exec.Command(timeBin, append([]string{"-f", "\nbaocao-peak-rss %M", name}, args...)...)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	st := cmd.ProcessState // includes the grandchild /usr/bin/time waited for
	p := process{cpu: st.UserTime() + st.SystemTime()}
	if i := strings.LastIndex(stderr.String(), "baocao-peak-rss "); i >= 0 {
		var kb int64
		fmt.Sscan(stderr.String()[i+len("baocao-peak-rss "):], &kb)
		p.rss = kb * 1024
	}
	return p
}

// buildBaocao builds the command into a temporary folder, so that the
// process benchmarks measure the binary a user runs.
func buildBaocao(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "baocao")
	cmd := exec.Command("go", "build", "-o", bin, "baocao/cmd/baocao")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkAnnexSeedProcess is `baocao annex` on the bundled programme as a
// whole process (start-up, parse, PDF, workbook, writing), the cost an
// office sees per command: cpu-ms/op per process, peak-MB its peak RSS.
func BenchmarkAnnexSeedProcess(b *testing.B) {
	bin := buildBaocao(b)
	out := b.TempDir()
	var cpu time.Duration
	var rss int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := runProcess(b, bin, "annex", "-q", "--date", "2021-06-30", "-o", filepath.Join(out, "a"))
		cpu += p.cpu
		rss = max(rss, p.rss)
	}
	b.StopTimer()
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(rss)/(1<<20), "peak-MB")
}

// peersEnv names the folder holding the peer programs of issue 12: a copy
// of the shared bench/peers with `npm install` done and annex-rows.json
// beside the scripts (make peers sets one up in /tmp/baocao-peers).
const peersEnv = "BAOCAO_PEERS"

// BenchmarkAnnex10800Peers compares the 10,800-row annex (PDF and
// workbook, whole process) with what an office would otherwise use, whole
// processes too, run alternately in one benchmark: the workbook alone with
// exceljs and the PDF alone with pdfmake, both from the bundled 27 rows
// repeated 400 times. It reports baocao's CPU per run and the ratios
// x-exceljs and x-pdfmake (baocao's CPU over the peer's), and peak RSS.
func BenchmarkAnnex10800Peers(b *testing.B) {
	dir := os.Getenv(peersEnv)
	if dir == "" {
		dir = "/tmp/baocao-peers"
	}
	for _, need := range []string{"annex-exceljs.js", "annex-pdfmake.js", "annex-rows.json", "node_modules"} {
		if _, err := os.Stat(filepath.Join(dir, need)); err != nil {
			b.Skipf("peers not installed (%s has no %s; run make peers or set %s)", dir, need, peersEnv)
		}
	}
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not installed: the peers need it")
	}
	bin := buildBaocao(b)
	tmp := b.TempDir()
	prog := filepath.Join(tmp, "gen-10800.txt")
	runProcess(b, bin, "gen", "--rows", "10800", "-o", prog)
	rows := filepath.Join(dir, "annex-rows.json")
	var own, excel, pdf process
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := runProcess(b, bin, "annex", prog, "-q", "--date", "2021-06-30", "-o", filepath.Join(tmp, "out"))
		own.cpu += p.cpu
		own.rss = max(own.rss, p.rss)
		p = runProcess(b, node, filepath.Join(dir, "annex-exceljs.js"), rows, filepath.Join(tmp, "peer.xlsx"), "400")
		excel.cpu += p.cpu
		excel.rss = max(excel.rss, p.rss)
		p = runProcess(b, node, filepath.Join(dir, "annex-pdfmake.js"), rows, filepath.Join(tmp, "peer.pdf"), "400")
		pdf.cpu += p.cpu
		pdf.rss = max(pdf.rss, p.rss)
	}
	b.StopTimer()
	b.ReportMetric(own.cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(own.rss)/(1<<20), "peak-MB")
	b.ReportMetric(own.cpu.Seconds()/excel.cpu.Seconds(), "x-exceljs")
	b.ReportMetric(own.cpu.Seconds()/pdf.cpu.Seconds(), "x-pdfmake")
}
