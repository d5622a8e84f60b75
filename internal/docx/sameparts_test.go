package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"baocao/internal/report"
)

// sameParts reports the first difference between two zip archives in
// what they unzip to: the parts' number, order, names, headers (method,
// flags, versions, modes, times, checksums, sizes, extra fields, comments)
// and contents. How each part is compressed may differ.
func sameParts(a, b []byte) error {
	za, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		return fmt.Errorf("first archive: %v", err)
	}
	zb, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return fmt.Errorf("second archive: %v", err)
	}
	if za.Comment != zb.Comment {
		return fmt.Errorf("archive comments %q and %q", za.Comment, zb.Comment)
	}
	if len(za.File) != len(zb.File) {
		return fmt.Errorf("%d parts and %d", len(za.File), len(zb.File))
	}
	for i, fa := range za.File {
		fb := zb.File[i]
		// Every field of the header but the compressed sizes (the legacy
		// MS-DOS time and the 32-bit sizes included, without naming them).
		ha := compressedSize.ReplaceAllString(fmt.Sprintf("%#v", fa.FileHeader), "")
		hb := compressedSize.ReplaceAllString(fmt.Sprintf("%#v", fb.FileHeader), "")
		if ha != hb {
			return fmt.Errorf("part %d: headers\n%s\n%s", i+1, ha, hb)
		}
		if fa.Mode() != fb.Mode() || !fa.Modified.Equal(fb.Modified) {
			return fmt.Errorf("part %d %s: mode %v or time %v, and %v, %v", i+1, fa.Name, fa.Mode(), fa.Modified, fb.Mode(), fb.Modified)
		}
		ca, err := read(fa)
		if err != nil {
			return err
		}
		cb, err := read(fb)
		if err != nil {
			return err
		}
		if !bytes.Equal(ca, cb) {
			return fmt.Errorf("part %d %s: contents differ (%d and %d bytes)", i+1, fa.Name, len(ca), len(cb))
		}
	}
	return nil
}

var compressedSize = regexp.MustCompile(`CompressedSize(64)?:0x[0-9a-f]+`)

func read(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc) // checks the CRC-32 too
	if err != nil {
		return nil, fmt.Errorf("%s: %v", f.Name, err)
	}
	return b, nil
}

// TestSamePartsAs compares the .docx files named in $BAOCAO_DOCX_SAME
// ("before.docx,after.docx", more pairs separated by ";") part by part,
// as sameParts does: how a change to compression was checked on the
// bundled programme's reports, written by the binary before and after.
func TestSamePartsAs(t *testing.T) {
	pairs := os.Getenv("BAOCAO_DOCX_SAME")
	if pairs == "" {
		t.Skip("set BAOCAO_DOCX_SAME=before.docx,after.docx to compare two reports part by part")
	}
	for _, pair := range strings.Split(pairs, ";") {
		names := strings.Split(pair, ",")
		if len(names) != 2 {
			t.Fatalf("%q is not two files", pair)
		}
		a, err := os.ReadFile(names[0])
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(names[1])
		if err != nil {
			t.Fatal(err)
		}
		if err := sameParts(a, b); err != nil {
			t.Errorf("%s and %s: %v", names[0], names[1], err)
		} else {
			t.Logf("%s (%d bytes) and %s (%d bytes) unzip to the same parts", names[0], len(a), names[1], len(b))
		}
	}
}

// TestSamePartsSeesDifferences: sameParts tells two archives apart when a
// part's bytes, name, time or order differ, and not for the compression.
func TestSamePartsSeesDifferences(t *testing.T) {
	parts := map[string]string{contentTypesPart: "<Types/>", "a.xml": strings.Repeat("<a/>", 100), "b.xml": "<b/>"}
	zipOf := func(p map[string]string, edit func(*zip.FileHeader)) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, n := range []string{contentTypesPart, "a.xml", "b.xml"} {
			if _, ok := p[n]; !ok {
				continue
			}
			h := &zip.FileHeader{Name: n, Method: zip.Deflate, Modified: epoch}
			edit(h)
			w, err := zw.CreateHeader(h)
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(w, p[n])
		}
		zw.Close()
		return buf.Bytes()
	}
	base := zipOf(parts, func(*zip.FileHeader) {})
	var fast bytes.Buffer
	if err := writeArchive(&fast, parts); err != nil {
		t.Fatal(err)
	}
	if err := sameParts(base, fast.Bytes()); err != nil {
		t.Errorf("the same parts compressed otherwise: %v", err)
	}
	changed := map[string]string{contentTypesPart: "<Types/>", "a.xml": strings.Repeat("<a/>", 99) + "<b/>", "b.xml": "<b/>"}
	for name, other := range map[string][]byte{
		"contents": zipOf(changed, func(*zip.FileHeader) {}),
		"time":     zipOf(parts, func(h *zip.FileHeader) { h.Modified = epoch.Add(2 * 1e9) }),
		"name":     zipOf(parts, func(h *zip.FileHeader) { h.Name = strings.ToUpper(h.Name) }),
		"mode":     zipOf(parts, func(h *zip.FileHeader) { h.SetMode(0o600) }),
		"method":   zipOf(parts, func(h *zip.FileHeader) { h.Method = zip.Store }),
	} {
		if sameParts(base, other) == nil {
			t.Errorf("a change of %s went unseen", name)
		}
	}
}

// TestArchiveMatchesReference: compressed at BestSpeed, the report's
// archive unzips to what the default level's did: the same parts in the
// same order, with the same names, headers (method, times, modes, flags)
// and bytes. Only the compressed stream differs.
func TestArchiveMatchesReference(t *testing.T) {
	for _, r := range []*report.Report{sample(), largeSample()} {
		parts, err := reportParts(r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got, want bytes.Buffer
		if err := writeArchive(&got, parts); err != nil {
			t.Fatal(err)
		}
		if err := refWriteArchive(&want, parts); err != nil {
			t.Fatal(err)
		}
		if err := sameParts(got.Bytes(), want.Bytes()); err != nil {
			t.Error(err)
		}
		if got.Len() >= want.Len()*2 {
			t.Errorf("BestSpeed archive is %d bytes, the default level's %d", got.Len(), want.Len())
		} else {
			t.Logf("BestSpeed archive is %d bytes, the default level's %d", got.Len(), want.Len())
		}
	}
}

// TestKnownPartsAsCompressedAnew: the parts every report shares, copied
// compressed from an earlier report, give the very bytes a fresh
// BestSpeed compressor gives for every part: the archive is the same
// whether or not a report was written before in the process.
func TestKnownPartsAsCompressedAnew(t *testing.T) {
	parts, err := reportParts(sample(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Fresh compressors, nothing remembered, in the order writeArchive uses.
	var fresh bytes.Buffer
	zw := zip.NewWriter(&fresh)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	names := []string{}
	for n := range parts {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if (a == contentTypesPart) != (b == contentTypesPart) {
			if a == contentTypesPart {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	for _, n := range names {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: epoch})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(f, parts[n])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	deflatedMu.Lock()
	clear(deflatedParts)
	deflatedMu.Unlock()
	for i := range 3 { // compressing, then copying the shared parts
		var got bytes.Buffer
		if err := writeArchive(&got, parts); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), fresh.Bytes()) {
			t.Fatalf("archive %d differs from the one compressed anew", i+1)
		}
	}
	deflatedMu.Lock()
	n := len(deflatedParts)
	deflatedMu.Unlock()
	if n != len(sameInEveryReport) {
		t.Errorf("%d parts remembered, want %d", n, len(sameInEveryReport))
	}
	// A part that is not the one remembered is refused, not written wrong.
	d, err := deflatedOnce(parts[settingsPart])
	if err != nil {
		t.Fatal(err)
	}
	k := &knownPart{w: io.Discard, d: d}
	if _, err := io.WriteString(k, strings.Replace(parts[settingsPart], "720", "721", 1)); err == nil {
		t.Error("a changed part was taken for the remembered one")
	}
	k = &knownPart{w: io.Discard, d: d}
	io.WriteString(k, parts[settingsPart][:10])
	if k.Close() == nil {
		t.Error("a cut part was taken for the remembered one")
	}
}
