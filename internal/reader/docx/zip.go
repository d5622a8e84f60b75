package docx

import (
	"archive/zip"
	"baocao/internal/source"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strings"
)

// A .docx comes from outside: the parts we read are capped one by one and
// together, on the size the zip declares and on the bytes actually
// inflated, so a zip bomb costs at most this much work. Variables only so
// tests can reach the caps with small files.
var (
	maxPartBytes  int64 = 64 << 20
	maxTotalBytes int64 = 96 << 20
)

// errTooBig reports a part that inflates beyond its cap.
type errTooBig struct {
	part  string
	total bool // the package's total cap was reached, not the part's
}

func (e *errTooBig) Error() string {
	if e.total {
		return fmt.Sprintf("%s brings the parts read to more than %d MiB uncompressed, more than a .docx may hold", e.part, maxTotalBytes>>20)
	}
	return fmt.Sprintf("%s inflates to more than %d MiB, more than a .docx part may hold", e.part, maxPartBytes>>20)
}

// pkg is the zip package with the running total of bytes inflated.
type pkg struct {
	name  string
	zr    *zip.Reader
	spent int64
	// over is set once a part passes its cap: the XML decoder may report
	// the cut first (a character split in two), the cap is the cause.
	over *errTooBig
}

// maxEntries caps the zip's directory: a Word document has a few dozen
// parts (one per image), and archive/zip keeps a record for every entry
// before we can look at any.
const maxEntries = 10000

func openPackage(name string, data []byte) (*pkg, error) {
	if n, ok := zipEntries(data); ok && n > maxEntries {
		return nil, source.FileErrorf(name, "the zip archive lists %d entries, more than a .docx holds (at most %d are read)", n, maxEntries)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, source.FileErrorf(name, "not a Word .docx file: the zip archive cannot be read (%v)", err)
	}
	return &pkg{name: name, zr: zr}, nil
}

// zipEntries reads the entry count from the zip's end-of-directory record
// (in the last 64 KiB, after any comment); a ZIP64 archive counts as too
// many, no .docx needs one.
func zipEntries(data []byte) (int, bool) {
	from := max(0, len(data)-(1<<16)-22)
	i := bytes.LastIndex(data[from:], []byte("PK\x05\x06"))
	if i < 0 || from+i+22 > len(data) {
		return 0, false
	}
	rec := data[from+i:]
	n := int(rec[10]) | int(rec[11])<<8
	if n == 0xFFFF {
		return math.MaxInt, true
	}
	return n, true
}

// file returns the zip entry of a part; OPC part names compare without case.
func (p *pkg) file(part string) *zip.File {
	for _, f := range p.zr.File {
		if strings.EqualFold(f.Name, part) {
			return f
		}
	}
	return nil
}

// open returns a reader of the part's bytes that fails with errTooBig once
// the part or the package total exceeds its cap; nil, nil when the part is
// absent.
func (p *pkg) open(part string) (io.ReadCloser, error) {
	f := p.file(part)
	if f == nil {
		return nil, nil
	}
	if f.Flags&0x1 != 0 {
		return nil, source.FileErrorf(p.name, "%s is encrypted inside the zip; save the document again without a password", part)
	}
	if f.UncompressedSize64 > uint64(maxPartBytes) {
		return nil, source.FileErrorf(p.name, "%s declares %d MiB uncompressed, more than the %d MiB a .docx part may hold", part, f.UncompressedSize64>>20, maxPartBytes>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, source.FileErrorf(p.name, "%s cannot be opened in the zip: %v", part, err)
	}
	limit := min(maxPartBytes, maxTotalBytes-p.spent)
	return &capped{rc: rc, p: p, part: part, left: limit, total: limit < maxPartBytes}, nil
}

// capped counts inflated bytes against the part's and the package's cap.
type capped struct {
	rc    io.ReadCloser
	p     *pkg
	part  string
	left  int64
	total bool
}

func (c *capped) Read(b []byte) (int, error) {
	if c.left <= 0 {
		// One byte more than allowed tells a part at the cap from one above it.
		var one [1]byte
		if n, _ := c.rc.Read(one[:]); n > 0 {
			c.p.over = &errTooBig{part: c.part, total: c.total}
			return 0, c.p.over
		}
		return c.rc.Read(b)
	}
	if int64(len(b)) > c.left {
		b = b[:c.left]
	}
	n, err := c.rc.Read(b)
	c.left -= int64(n)
	c.p.spent += int64(n)
	return n, err
}

func (c *capped) Close() error { return c.rc.Close() }

// readAll reads a small part (relationships) whole.
func (p *pkg) readAll(part string) ([]byte, error) {
	rc, err := p.open(part)
	if err != nil || rc == nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, p.partErr(part, err)
	}
	return b, nil
}

// partErr names the file and the part in an error met while reading it.
func (p *pkg) partErr(part string, err error) error {
	if p.over != nil {
		return source.FileErrorf(p.name, "%v", p.over)
	}
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		return source.FileErrorf(p.name, "%s is not well-formed XML (line %d: %s)", part, syn.Line, syn.Msg)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return source.FileErrorf(p.name, "%s ends before its XML is complete", part)
	}
	if errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrAlgorithm) {
		return source.FileErrorf(p.name, "%s is damaged in the zip: %v", part, err)
	}
	return source.FileErrorf(p.name, "%s cannot be read: %v", part, err)
}

// relationship is one entry of a .rels part.
type relationship struct {
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
}

// rels returns the relationships of a part (source "" for the package),
// targets resolved to part names. A missing or unreadable .rels gives none:
// the caller falls back to the conventional part names.
func (p *pkg) rels(source string) []relationship {
	dir, file := path.Split(source)
	b, err := p.readAll(dir + "_rels/" + file + ".rels")
	if err != nil || b == nil {
		return nil
	}
	var doc struct {
		Rels []relationship `xml:"Relationship"`
	}
	if xml.Unmarshal(b, &doc) != nil {
		return nil
	}
	out := doc.Rels[:0]
	for _, r := range doc.Rels {
		if strings.EqualFold(r.TargetMode, "External") || r.Target == "" {
			continue
		}
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = t[1:]
		} else {
			t = path.Join(dir, t)
		}
		r.Target = path.Clean(t)
		out = append(out, r)
	}
	return out
}

// target returns the first relationship target whose type ends with kind
// ("/officeDocument", "/styles"), or fallback.
func target(rels []relationship, kind, fallback string) string {
	for _, r := range rels {
		if strings.HasSuffix(r.Type, kind) {
			return r.Target
		}
	}
	return fallback
}
