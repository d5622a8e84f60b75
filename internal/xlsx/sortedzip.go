package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/maphash"
	"io"
	"io/fs"
	"sort"
	"sync"

	"github.com/xuri/excelize/v2"
)

// sortedZip is the zip writer excelize is given (File.SetZipWriter) by
// collectParts: it keeps every part in memory, and writeParts then writes
// them in name order ([Content_Types].xml first, as Office does) with the
// content-type list sorted. excelize writes streamed sheets and a drawing's
// image types in map order, so without this the same workbook would come
// out in different bytes from run to run. Writing the archive once, in
// order, costs less than letting excelize compress it and then re-packing
// it.
type sortedZip struct {
	parts map[string]*bytes.Buffer
}

// Create starts a part; a second Create of the same name replaces it.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	b := new(bytes.Buffer)
	z.parts[name] = b
	return b, nil
}

// AddFS adds every regular file of fsys as a part.
func (z *sortedZip) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		z.parts[name] = bytes.NewBuffer(b)
		return nil
	})
}

// Close does nothing: collectParts takes the parts.
func (z *sortedZip) Close() error { return nil }

// collectParts runs excelize's writer on f and returns every part it
// would have written, uncompressed, without writing an archive.
func collectParts(f *excelize.File) (map[string][]byte, error) {
	var z *sortedZip
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		z = &sortedZip{parts: map[string]*bytes.Buffer{}}
		return z
	})
	if _, err := f.WriteTo(io.Discard); err != nil {
		return nil, err
	}
	parts := make(map[string][]byte, len(z.parts))
	for n, b := range z.parts {
		parts[n] = b.Bytes()
	}
	return parts, nil
}

// writeParts writes parts as a zip archive in name order,
// [Content_Types].xml first with its lists sorted.
func writeParts(w io.Writer, parts map[string][]byte) error {
	names := sortedNames(parts)
	zw := zip.NewWriter(w)
	// BestSpeed: the parts are small XML; the default level spent most of a
	// form's rendering time compressing for a few per cent of size.
	zw.RegisterCompressor(zip.Deflate, fastDeflate)
	for _, n := range names {
		data := parts[n]
		if n == contentTypes {
			data = sortedContentTypes(data)
		}
		method := zip.Deflate
		if len(data) < storeBelow {
			method = zip.Store
		}
		dst, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: method})
		if err != nil {
			return err
		}
		if _, err := dst.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// sortedNames returns the names of parts in archive order: name order,
// [Content_Types].xml first.
func sortedNames(parts map[string][]byte) []string {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if (a == contentTypes) != (b == contentTypes) {
			return a == contentTypes
		}
		return a < b
	})
	return names
}

// storeBelow is the part size under which compressing saves a few hundred
// bytes at most but costs a compressor reset (relationships, doc props).
const storeBelow = 1024

var flatePool sync.Pool

// fastDeflate compresses a part at BestSpeed with a pooled compressor (a
// flate.Writer holds about a megabyte of tables, too much to allocate for
// every part), or copies the compressed bytes of an identical part written
// before: the theme, styles, relationships and content types of a kind of
// workbook are the same in every workbook of a run. The zip writer still
// counts and checksums the part itself, and deflate gives the same bytes
// for the same input, so the archive does not change.
func fastDeflate(w io.Writer) (io.WriteCloser, error) {
	return &deflatePart{w: w}, nil
}

// deflatePart gathers one part (the zip writer hands it over in one Write)
// and compresses it on Close. A part too long for the cache (a sheet) is
// compressed as it is handed over, rather than copied first.
type deflatePart struct {
	w       io.Writer
	buf     []byte
	written bool // the part was compressed by Write
}

func (p *deflatePart) Write(b []byte) (int, error) {
	if p.written {
		return 0, errPartWritten
	}
	if len(p.buf) == 0 && len(b) > deflateCacheMax {
		p.written = true
		if err := deflateTo(p.w, b); err != nil {
			return 0, err
		}
		return len(b), nil
	}
	p.buf = append(p.buf, b...)
	return len(b), nil
}

var errPartWritten = errors.New("workbook part written in more than one piece")

func (p *deflatePart) Close() error {
	if p.written {
		return nil
	}
	if c, ok := deflated.get(p.buf); ok {
		_, err := p.w.Write(c)
		return err
	}
	if len(p.buf) > deflateCacheMax { // a sheet: straight through
		return deflateTo(p.w, p.buf)
	}
	var out bytes.Buffer
	if err := deflateTo(&out, p.buf); err != nil {
		return err
	}
	deflated.put(p.buf, out.Bytes())
	_, err := p.w.Write(out.Bytes())
	return err
}

// deflateTo compresses b into w at BestSpeed with a pooled compressor.
func deflateTo(w io.Writer, b []byte) error {
	fw, ok := flatePool.Get().(*flate.Writer)
	if ok {
		fw.Reset(w)
	} else {
		var err error
		if fw, err = flate.NewWriter(w, flate.BestSpeed); err != nil {
			return err
		}
	}
	defer flatePool.Put(fw)
	if _, err := fw.Write(b); err != nil {
		return err
	}
	return fw.Close()
}

// deflated remembers the compressed bytes of parts up to deflateCacheMax
// bytes long, at most deflateCacheEntries of them (then it starts afresh,
// so a long run with ever new parts does not grow without end).
var deflated = deflateCache{m: map[uint64][]deflatedPart{}, seed: maphash.MakeSeed()}

const (
	deflateCacheMax     = 16 << 10
	deflateCacheEntries = 512
)

type deflateCache struct {
	mu   sync.Mutex
	seed maphash.Seed
	m    map[uint64][]deflatedPart
	n    int
}

type deflatedPart struct{ plain, packed []byte }

func (c *deflateCache) get(plain []byte) ([]byte, bool) {
	if len(plain) > deflateCacheMax {
		return nil, false
	}
	h := maphash.Bytes(c.seed, plain)
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.m[h] {
		if bytes.Equal(e.plain, plain) {
			return e.packed, true
		}
	}
	return nil, false
}

func (c *deflateCache) put(plain, packed []byte) {
	if len(plain) > deflateCacheMax {
		return
	}
	h := maphash.Bytes(c.seed, plain)
	e := deflatedPart{bytes.Clone(plain), bytes.Clone(packed)}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= deflateCacheEntries {
		c.m, c.n = map[uint64][]deflatedPart{}, 0
	}
	c.m[h] = append(c.m[h], e)
	c.n++
}
