package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// newWorkbook starts a workbook the way every workbook here starts: the
// document font as the Normal style (so column widths mean the same in
// Excel and LibreOffice), the shared cell styles, and the sheets in the
// order given, the first one taking the place of excelize's "Sheet1".
// The caller closes the file.
//
// The starting workbook is built once per font and list of sheets (see
// workbookBase) and each workbook but the first of its kind is opened from
// it: a command that writes one workbook of a kind builds it directly.
func newWorkbook(font Font, first string, more ...string) (*excelize.File, *styleSet, error) {
	b := workbookBases.get(font, first, more)
	if b == nil { // the first of its kind
		return buildWorkbook(font, first, more...)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.zip))
	if err != nil {
		return nil, nil, err
	}
	// The parts opened as they were written: excelize decodes them if
	// something asks for them and otherwise writes these bytes back. Each
	// workbook has its own copy, so no workbook can change another's.
	f.Styles = nil // decoded from the empty part OpenReader found
	f.Pkg.Store(stylesPart, bytes.Clone(b.styles))
	f.Pkg.Store(themePart, bytes.Clone(b.theme))
	st := b.st
	return f, &st, nil
}

// buildWorkbook makes the starting workbook with excelize from its own
// template.
func buildWorkbook(font Font, first string, more ...string) (*excelize.File, *styleSet, error) {
	f := excelize.NewFile()
	fail := func(err error) (*excelize.File, *styleSet, error) {
		f.Close()
		return nil, nil, err
	}
	if err := setDefaultFont(f, font); err != nil {
		return fail(err)
	}
	st, err := newStyleSet(f, font)
	if err != nil {
		return fail(err)
	}
	if err := f.SetSheetName("Sheet1", first); err != nil {
		return fail(err)
	}
	for _, s := range more {
		if _, err := f.NewSheet(s); err != nil {
			return fail(err)
		}
	}
	return f, st, nil
}

// A workbookBase is a starting workbook as excelize writes it. Building a
// workbook with excelize.NewFile decoded excelize's theme, styles, workbook
// and sheet templates every time, made the dozen cell styles again, and on
// writing marshalled the styles and theme back. Now the starting workbook
// is built once and kept as an uncompressed archive without its styles and
// theme, which each workbook opened from it gets as written bytes: excelize
// decodes the styles only when asked for them (the report's conditional
// format adds one; the annex and forms use the styles made here) and never
// reads the theme, and it writes both back as they are when they were not
// decoded. The cli's bundled-output hashes check that the workbooks' bytes
// are those of workbooks built from NewFile.
type workbookBase struct {
	zip    []byte   // the base's parts but the styles and theme, stored
	styles []byte   // the styles part
	theme  []byte   // the theme part
	st     styleSet // the cell styles newStyleSet made in it
}

type baseKey struct {
	font   Font
	sheets string // the sheet names, joined by "\x00"
}

// workbookBases holds the bases built so far (a run uses three: annex,
// report, form), and nil for a kind asked for once.
var workbookBases = baseCache{m: map[baseKey]*workbookBase{}}

type baseCache struct {
	mu sync.Mutex
	m  map[baseKey]*workbookBase
}

// get returns the base for the font and sheets, making it the second time
// it is asked for; it returns nil the first time (making a base costs more
// than building one workbook) and when the base could not be made (then
// every workbook of the kind is built from excelize's template, as the
// first one is).
func (c *baseCache) get(font Font, first string, more []string) *workbookBase {
	k := baseKey{font, strings.Join(append([]string{first}, more...), "\x00")}
	c.mu.Lock()
	b, seen := c.m[k]
	if !seen {
		if len(c.m) >= 16 { // fonts vary only in tests
			c.m = map[baseKey]*workbookBase{}
		}
		c.m[k] = nil
	}
	c.mu.Unlock()
	if !seen {
		return nil
	}
	if b != nil {
		if b == noBase {
			return nil
		}
		return b
	}
	b, err := newWorkbookBase(font, first, more)
	if err != nil {
		b = noBase
	}
	c.mu.Lock()
	if old := c.m[k]; old != nil {
		b = old // made meanwhile by another workbook of the kind
	} else {
		c.m[k] = b
	}
	c.mu.Unlock()
	if b == noBase {
		return nil
	}
	return b
}

// noBase marks a kind whose base could not be made.
var noBase = new(workbookBase)

// The parts a workbook opened from a base gets as bytes.
const (
	stylesPart = "xl/styles.xml"
	themePart  = "xl/theme/theme1.xml"
)

func newWorkbookBase(font Font, first string, more []string) (*workbookBase, error) {
	f, st, err := buildWorkbook(font, first, more...)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	parts, err := collectParts(f)
	if err != nil {
		return nil, err
	}
	styles, ok := parts[stylesPart]
	theme, ok2 := parts[themePart]
	if !ok || !ok2 {
		return nil, errNoStylesOrTheme
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range sortedNames(parts) {
		if n == stylesPart || n == themePart {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Store})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(parts[n]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return &workbookBase{zip: buf.Bytes(), styles: styles, theme: theme, st: *st}, nil
}

var errNoStylesOrTheme = errors.New("excelize wrote a workbook without its styles or theme")
