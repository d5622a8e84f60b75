package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"io/fs"
	"sort"
	"sync"

	"github.com/xuri/excelize/v2"
)

// sortedZip is the zip writer excelize is given (File.SetZipWriter): it
// keeps every part in memory and, on Close, writes them in name order
// ([Content_Types].xml first, as Office does) with the content-type list
// sorted. excelize writes streamed sheets and a drawing's image types in map
// order, so without this the same workbook would come out in different
// bytes from run to run. Writing the archive once, in order, costs less
// than letting excelize compress it and then re-packing it.
type sortedZip struct {
	w     io.Writer
	parts map[string]*bytes.Buffer
}

func newSortedZip(w io.Writer) excelize.ZipWriter {
	return &sortedZip{w: w, parts: map[string]*bytes.Buffer{}}
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

// Close writes the archive.
func (z *sortedZip) Close() error {
	names := make([]string, 0, len(z.parts))
	for n := range z.parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if (a == contentTypes) != (b == contentTypes) {
			return a == contentTypes
		}
		return a < b
	})
	zw := zip.NewWriter(z.w)
	// BestSpeed: the parts are small XML; the default level spent most of a
	// form's rendering time compressing for a few per cent of size.
	zw.RegisterCompressor(zip.Deflate, fastDeflate)
	for _, n := range names {
		data := z.parts[n].Bytes()
		if n == contentTypes {
			data = sortElements(data, defaultType)
			data = sortElements(data, overrideType)
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

// storeBelow is the part size under which compressing saves a few hundred
// bytes at most but costs a compressor reset (relationships, doc props).
const storeBelow = 1024

var flatePool sync.Pool

// fastDeflate hands out pooled BestSpeed compressors: a flate.Writer holds
// about a megabyte of tables, too much to allocate for every part.
func fastDeflate(w io.Writer) (io.WriteCloser, error) {
	if fw, ok := flatePool.Get().(*flate.Writer); ok {
		fw.Reset(w)
		return pooledFlate{fw}, nil
	}
	fw, err := flate.NewWriter(w, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	return pooledFlate{fw}, nil
}

type pooledFlate struct{ *flate.Writer }

func (p pooledFlate) Close() error {
	err := p.Writer.Close()
	flatePool.Put(p.Writer)
	return err
}
