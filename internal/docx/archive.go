package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"sort"
	"sync"
	"time"
)

// epoch is every part's modification time. Word ignores it; a fixed value
// keeps the same report in the same bytes, so the bundled programme's
// outputs can be pinned by hash and a re-run shows no change.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// writeArchive writes parts as a zip archive, [Content_Types].xml first (as
// Office does; some readers sniff it) and the rest in name order. The parts
// are deflated at BestSpeed, as the workbooks' and the PDFs' are: the
// default level spent as long compressing a report as writing it, for a few
// per cent of its size.
func writeArchive(w io.Writer, parts map[string]string) error {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if (a == contentTypesPart) != (b == contentTypesPart) {
			return a == contentTypesPart
		}
		return a < b
	})
	zw := zip.NewWriter(w)
	var known *deflated // the next part's compressed bytes, when known
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		if known != nil {
			return &knownPart{w: w, d: known}, nil
		}
		return fastDeflate(w)
	})
	for _, n := range names {
		known = nil
		if sameInEveryReport[n] {
			var err error
			if known, err = deflatedOnce(parts[n]); err != nil {
				return err
			}
		}
		f, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: epoch})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, parts[n]); err != nil {
			return err
		}
	}
	return zw.Close()
}

// sameInEveryReport are the parts whose bytes depend on nothing or only
// on the options: one run's reports share them, so each is compressed
// once and its compressed bytes copied into every report.
var sameInEveryReport = map[string]bool{
	contentTypesPart: true, "_rels/.rels": true, "word/_rels/document.xml.rels": true,
	settingsPart: true, numberHeaderPart: true, firstHeaderPart: true, stylesPart: true,
}

// deflated is a part and its bytes compressed at BestSpeed.
type deflated struct {
	part       string
	compressed []byte
}

// deflatedParts remembers up to maxDeflatedParts parts compressed (the
// styles differ with the options, so a process that writes reports of
// many house styles keeps the first few and compresses the rest anew).
var (
	deflatedMu    sync.Mutex
	deflatedParts = map[string]*deflated{}
)

const maxDeflatedParts = 32

// deflatedOnce is part compressed at BestSpeed, compressed the first time
// it is seen. Deflate gives the same bytes for the same input, so the
// archive is what compressing the part again would give.
func deflatedOnce(part string) (*deflated, error) {
	deflatedMu.Lock()
	defer deflatedMu.Unlock()
	if d, ok := deflatedParts[part]; ok {
		return d, nil
	}
	var b bytes.Buffer
	fw, err := fastDeflate(&b)
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(fw, part); err != nil {
		return nil, err
	}
	if err := fw.Close(); err != nil {
		return nil, err
	}
	d := &deflated{part: part, compressed: b.Bytes()}
	if len(deflatedParts) < maxDeflatedParts {
		deflatedParts[part] = d
	}
	return d, nil
}

// knownPart is the zip writer's compressor for a part compressed before:
// it checks that it is given that part (the zip writer counts and
// checksums what it is given) and writes the compressed bytes on Close.
type knownPart struct {
	w    io.Writer
	d    *deflated
	seen int // bytes of the part given so far
}

func (k *knownPart) Write(b []byte) (int, error) {
	if len(b) > len(k.d.part)-k.seen || k.d.part[k.seen:k.seen+len(b)] != string(b) {
		return 0, errors.New("docx: a part other than the one compressed before")
	}
	k.seen += len(b)
	return len(b), nil
}

func (k *knownPart) Close() error {
	if k.seen != len(k.d.part) {
		return errors.New("docx: a part shorter than the one compressed before")
	}
	_, err := k.w.Write(k.d.compressed)
	return err
}

// flateWriters are BestSpeed compressors for reuse: a flate.Writer holds
// about a megabyte of tables, too much to allocate for every part.
var flateWriters sync.Pool

// fastDeflate is the zip writer's compressor: a pooled flate.Writer at
// BestSpeed, back in the pool when the part is closed.
func fastDeflate(w io.Writer) (io.WriteCloser, error) {
	fw, ok := flateWriters.Get().(*flate.Writer)
	if ok {
		fw.Reset(w)
	} else {
		var err error
		if fw, err = flate.NewWriter(w, flate.BestSpeed); err != nil {
			return nil, err
		}
	}
	return &pooledFlate{fw: fw}, nil
}

// pooledFlate is one part's compressor.
type pooledFlate struct{ fw *flate.Writer }

func (p *pooledFlate) Write(b []byte) (int, error) { return p.fw.Write(b) }

func (p *pooledFlate) Close() error {
	err := p.fw.Close()
	flateWriters.Put(p.fw)
	p.fw = nil
	return err
}
