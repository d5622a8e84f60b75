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
// workbookBase) and each workbook is opened from it.
func newWorkbook(font Font, first string, more ...string) (*excelize.File, *styleSet, error) {
	b, err := workbookBases.get(font, first, more)
	if err != nil {
		return nil, nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.zip))
	if err != nil {
		return nil, nil, err
	}
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

// A workbookBase is a starting workbook as excelize writes it, kept as an
// uncompressed archive without its theme part. Building a workbook with
// excelize.NewFile decoded excelize's theme, styles, workbook and sheet
// templates every time, and made the dozen cell styles again; opening the
// written base decodes only the styles, workbook and relationships, and
// the theme, which nothing here reads or changes, is left out of the base
// so that excelize neither decodes it nor marshals it back. collectParts
// puts the theme's bytes, as excelize wrote them for the base, back into
// every workbook made from a base. The cli's bundled-output hashes check
// that the workbooks' bytes are those of workbooks built from NewFile.
type workbookBase struct {
	zip []byte   // the base's parts but the theme, stored
	st  styleSet // the cell styles newStyleSet made in it
}

type baseKey struct {
	font   Font
	sheets string // the sheet names, joined by "\x00"
}

// workbookBases holds the bases built so far (a run uses three: annex,
// report, form).
var workbookBases = baseCache{m: map[baseKey]*workbookBase{}}

type baseCache struct {
	mu sync.Mutex
	m  map[baseKey]*workbookBase
}

func (c *baseCache) get(font Font, first string, more []string) (*workbookBase, error) {
	k := baseKey{font, strings.Join(append([]string{first}, more...), "\x00")}
	c.mu.Lock()
	b := c.m[k]
	c.mu.Unlock()
	if b != nil {
		return b, nil
	}
	b, err := newWorkbookBase(font, first, more)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= 16 { // fonts vary only in tests
		c.m = map[baseKey]*workbookBase{}
	}
	if old := c.m[k]; old != nil {
		return old, nil
	}
	c.m[k] = b
	return b, nil
}

// themePart is the workbook's theme, and workbookRels the relationships
// that name it.
const (
	themePart    = "xl/theme/theme1.xml"
	workbookRels = "xl/_rels/workbook.xml.rels"
)

// baseTheme is the theme part excelize writes, taken from the first base
// built: it does not depend on the font or the sheets.
var baseTheme struct {
	sync.Mutex
	b []byte
}

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
	theme, ok := parts[themePart]
	if !ok {
		return nil, errNoTheme
	}
	baseTheme.Lock()
	if baseTheme.b == nil {
		baseTheme.b = theme
	}
	baseTheme.Unlock()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range sortedNames(parts) {
		if n == themePart {
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
	return &workbookBase{zip: buf.Bytes(), st: *st}, nil
}

var errNoTheme = errors.New("excelize wrote a workbook without its theme")

// addBaseTheme puts the theme back into the parts of a workbook made from
// a base: one whose relationships name the theme but which has none.
func addBaseTheme(parts map[string][]byte) {
	if _, ok := parts[themePart]; ok {
		return
	}
	if !bytes.Contains(parts[workbookRels], []byte(`Target="theme/theme1.xml"`)) {
		return
	}
	baseTheme.Lock()
	defer baseTheme.Unlock()
	if baseTheme.b != nil {
		parts[themePart] = baseTheme.b
	}
}
