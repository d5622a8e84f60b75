package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"baocao/internal/document"
	"baocao/internal/source"
)

// maxPages caps the pages read; a programme is tens of pages.
const maxPages = 2000

// page is one page read: its lines and ruling lines, in points.
type page struct {
	num    int
	lines  []line
	rules  []segment
	images int
	width  float64
	height float64
}

// Read reads the text layer of the PDF data into blocks. The error is
// returned only when nothing could be read; it names the file and says
// what was expected. Read never panics: the library panics on some broken
// files, and every call into it is recovered.
func Read(name string, data []byte) (doc *document.Document, diags source.Diagnostics, err error) {
	defer func() {
		// The last guard: a bug of ours on a strange file must cost the
		// file, not the run.
		if p := recover(); p != nil {
			doc, err = nil, source.FileErrorf(name, "the PDF could not be read (internal error: %v); please report it with the file", p)
		}
	}()
	data, err = prepare(name, data)
	if err != nil {
		return nil, nil, err
	}
	encrypted := bytes.Contains(data, []byte("/Encrypt"))
	r, err := open(data)
	if err != nil {
		switch {
		case errors.Is(err, lpdf.ErrInvalidPassword):
			return nil, nil, source.FileErrorf(name, "the PDF is encrypted with a password that opens it; baocao does not ask for passwords: ask the sender for an unprotected copy or the Word file")
		case encrypted && strings.Contains(err.Error(), "encrypt"):
			return nil, nil, source.FileErrorf(name, "the PDF is encrypted in a way baocao cannot read (%v); ask the sender for an unprotected copy or the Word file", err)
		}
		return nil, nil, source.FileErrorf(name, "the PDF is damaged or truncated and cannot be read (%v); open it in a PDF viewer and save it again, or ask the sender for the Word file", err)
	}
	pages, nPages, err := walkPages(r)
	if err != nil {
		return nil, nil, source.FileErrorf(name, "the PDF's page list is damaged (%v)", err)
	}
	if nPages > len(pages) && len(pages) == maxPages {
		diags.Add(source.Pos{File: name}, source.Warning, "pdf-too-many-pages",
			"the PDF has more than %d pages; only the first %d are read", maxPages, maxPages)
	}
	var read []page
	images, glyphs := 0, 0
	unmapped := map[string]int{}
	work := newBudget()
	for i, pv := range pages {
		if work.spent() {
			diags.Add(source.Pos{File: name, Where: fmt.Sprintf("page %d", i+1)}, source.Warning, "pdf-work-limit",
				"the PDF draws more than the reader's work limit; pages %d to %d are not read", i+1, len(pages))
			break
		}
		p, perr := readPage(pv, i+1, work)
		if perr != nil {
			diags.Add(source.Pos{File: name, Where: fmt.Sprintf("page %d", i+1)}, source.Warning, "pdf-page-unreadable",
				"page %d could not be read completely (%v); text on it may be missing", i+1, perr)
		}
		images += p.images
		for _, l := range p.lines {
			glyphs += len(l.words)
		}
		read = append(read, p)
	}
	for _, f := range work.fonts {
		if f.unmapped > 0 {
			unmapped[f.name] += f.unmapped
		}
	}
	names := make([]string, 0, len(unmapped))
	for f := range unmapped {
		names = append(names, f)
	}
	slices.Sort(names)
	for _, f := range names {
		n := unmapped[f]
		diags.Add(source.Pos{File: name}, source.Warning, "pdf-font-no-unicode",
			"font %s gives no text for %d characters (it has no Unicode mapping); those characters are missing", f, n)
	}
	if glyphs == 0 {
		if images > 0 {
			return nil, diags, source.FileErrorf(name, "the PDF has no text layer: its %d page(s) are only images, as a scanned document is; baocao cannot read text from images: run OCR on it first (for example ocrmypdf -l vie %s out.pdf), or better, ask the sender for the Word file", len(pages), name)
		}
		return nil, diags, source.FileErrorf(name, "no text found on the PDF's %d page(s); expected a PDF with a text layer", len(pages))
	}
	doc = &document.Document{Name: name, Format: "pdf", Blocks: layout(name, read)}
	return doc, diags, nil
}

// prepare checks that data looks like a PDF and trims it to what the
// library reads: the header at offset 0 as "%PDF-1.x" and "%%EOF" within
// the last bytes.
func prepare(name string, data []byte) ([]byte, error) {
	head := data[:min(len(data), 1024)]
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return nil, source.FileErrorf(name, "not a PDF file (it does not start with %%PDF-)")
	}
	data = data[i:]
	e := bytes.LastIndex(data, []byte("%%EOF"))
	if e < 0 || !bytes.Contains(data, []byte("startxref")) {
		return nil, source.FileErrorf(name, "the PDF is truncated (no end-of-file marker); the download or copy was probably cut short: get the file again")
	}
	data = data[:e+5]
	// The library accepts only "%PDF-1.0" to "%PDF-1.7" followed by an end
	// of line; PDF 2.0 files and headers followed by a space read the same.
	if len(data) > 9 && (data[5] != '1' || data[7] < '0' || data[7] > '7' || data[8] != '\n' && data[8] != '\r') {
		c := append([]byte(nil), data...)
		copy(c, "%PDF-1.7\n")
		data = c
	}
	return data, nil
}

// open opens the PDF with the library, turning its panics into errors.
func open(data []byte) (r *lpdf.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%v", p)
		}
	}()
	if err := guard(data); err != nil {
		return nil, err
	}
	if bytes.Contains(data, []byte("/Extends")) {
		// The library follows an object stream's Extends chain without
		// a limit; a cycle would never end.
		return nil, errors.New("it uses object-stream extensions, which are not read")
	}
	return lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

// walkPages lists the page dictionaries in order, with a depth and count
// limit so a cyclic page tree ends.
func walkPages(r *lpdf.Reader) (pages []pageRef, total int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	root := r.Trailer().Key("Root").Key("Pages")
	total = int(root.Key("Count").Int64())
	visited := 0
	// The page count the tree states bounds the walk: a tree whose kids
	// point back at their parent lists its pages again and again.
	limit := maxPages
	if total > 0 && total < limit {
		limit = total
	}
	// Attributes a page inherits are carried down the walk: looking them
	// up through /Parent re-reads the parent, kids and all, for every page.
	var walk func(v lpdf.Value, depth int, inh pageRef)
	walk = func(v lpdf.Value, depth int, inh pageRef) {
		if depth > 32 || len(pages) >= limit || visited > 4*maxPages {
			return
		}
		visited++
		for _, a := range []struct {
			key string
			to  *lpdf.Value
		}{{"Resources", &inh.resources}, {"MediaBox", &inh.mediaBox}, {"Rotate", &inh.rotate}} {
			if x := v.Key(a.key); !x.IsNull() {
				*a.to = x
			}
		}
		kids := v.Key("Kids")
		if kids.Kind() != lpdf.Array {
			if v.Key("Type").Name() == "Page" || v.Key("Contents").Kind() != lpdf.Null {
				inh.v = v
				pages = append(pages, inh)
			}
			return
		}
		for i := 0; i < kids.Len() && len(pages) < limit; i++ {
			walk(kids.Index(i), depth+1, inh)
		}
	}
	walk(root, 0, pageRef{})
	if len(pages) == 0 {
		return nil, total, errors.New("no pages found")
	}
	return pages, max(total, len(pages)), nil
}

// pageRef is a page dictionary with the attributes it inherits.
type pageRef struct {
	v, resources, mediaBox, rotate lpdf.Value
}

// readPage interprets one page; a panic in the library ends the page with
// what was read so far.
func readPage(ref pageRef, num int, doc *budget) (p page, err error) {
	p = page{num: num, width: 595, height: 842}
	in := newInterp(doc)
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
		doc.hint = max(doc.hint, len(in.out.glyphs))
		p.lines = buildLines(in.out.glyphs)
		p.rules = in.out.rules
		p.images = in.out.images
	}()
	if mb := ref.mediaBox; mb.Len() == 4 {
		w := mb.Index(2).Float64() - mb.Index(0).Float64()
		h := mb.Index(3).Float64() - mb.Index(1).Float64()
		if w > 0 && h > 0 && !math.IsInf(w, 0) && !math.IsInf(h, 0) {
			p.width, p.height = w, h
		}
	}
	// A rotated page is read as it is shown: its text becomes horizontal.
	start := identity
	switch ((ref.rotate.Int64() % 360) + 360) % 360 {
	case 90:
		start = matrix{0, -1, 1, 0, 0, p.width}
		p.width, p.height = p.height, p.width
	case 180:
		start = matrix{-1, 0, 0, -1, p.width, p.height}
	case 270:
		start = matrix{0, 1, -1, 0, p.height, 0}
		p.width, p.height = p.height, p.width
	}
	err = in.run(in.streamReader(ref.v.Key("Contents")), ref.resources, start, 0, "")
	if err == nil && (in.budget <= 0 || doc.bytes <= 0 || doc.glyphs <= 0 || len(in.out.glyphs) >= maxGlyphsPerPage) {
		err = errPageLimit
	}
	return p, err
}
