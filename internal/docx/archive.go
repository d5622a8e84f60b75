package docx

import (
	"archive/zip"
	"compress/flate"
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
	zw.RegisterCompressor(zip.Deflate, fastDeflate)
	for _, n := range names {
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
