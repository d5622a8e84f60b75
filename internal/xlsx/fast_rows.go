package xlsx

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"sync"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// A long table's rows are most of a workbook's cost when excelize's
// StreamWriter writes them (per cell: cell names parsed and formatted, the
// text escaped through a strings.Builder and scanned with a regular
// expression for "_xHHHH_"). fastRows writes the same XML for rows whose
// cells are plain texts and dates, the way the form template does (see
// plainText, inlineCell, dateCellXML); the stream writer gets one marker
// row in their place, and writeEdited (annexParts for the annex) puts the
// rows where the marker is. A table with any text excelize writes specially goes through the
// StreamWriter as before, so the bytes are always excelize's; the
// bundled-output hashes (internal/cli) check them.
type fastRows struct {
	buf bytes.Buffer
	ok  bool
}

func newFastRows() *fastRows { return &fastRows{ok: fastRowsOn} }

// fastRowsOn is turned off by the test that compares fastRows with the
// StreamWriter.
var fastRowsOn = true

// fastCell is a styled text, or a date when date is set or isDate is true.
type fastCell struct {
	style  int
	text   string
	isDate bool
	date   *program.Date
}

// row adds a row of the given height.
func (fr *fastRows) row(n int, height float64, cells ...fastCell) {
	if !fr.ok {
		return
	}
	rowStart(&fr.buf, n, height)
	for i, c := range cells {
		var ok bool
		if c.isDate {
			ok = dateCellXML(&fr.buf, i+1, n, c.style, c.date)
		} else {
			ok = inlineCell(&fr.buf, i+1, n, c.style, c.text)
		}
		if !ok {
			fr.ok = false
			return
		}
	}
	fr.buf.WriteString(`</row>`)
}

// rowMarker is the text of the marker row; random per process so that no
// text of a programme can be mistaken for it.
var rowMarker = func() string {
	b := make([]byte, 12)
	rand.Read(b)
	return "baocao-rows-" + hex.EncodeToString(b)
}()

// place writes the marker row at row n in sw and remembers fr's rows for
// writeEdited or annexParts, which replace the marker row with them.
func (fr *fastRows) place(f *excelize.File, sw *excelize.StreamWriter, n int, sheet string) error {
	marker := rowMarker + "-" + strconv.Itoa(n) + "-" + hex.EncodeToString([]byte(sheet))
	if err := sw.SetRow(ref(1, n), []any{marker}); err != nil {
		return err
	}
	rowSplices.add(f, rowSplice{marker, fr.buf.Bytes()})
	return nil
}

type rowSplice struct {
	marker string
	rows   []byte
}

// rowSplices are the rows waiting for their workbook to be written.
var rowSplices = spliceSet{m: map[*excelize.File][]rowSplice{}}

type spliceSet struct {
	mu sync.Mutex
	m  map[*excelize.File][]rowSplice
}

func (s *spliceSet) add(f *excelize.File, sp rowSplice) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[f] = append(s.m[f], sp)
}

// take returns and forgets f's splices.
func (s *spliceSet) take(f *excelize.File) []rowSplice {
	s.mu.Lock()
	defer s.mu.Unlock()
	sp := s.m[f]
	delete(s.m, f)
	return sp
}

// apply replaces the marker row of each splice in parts with its rows.
func applySplices(parts map[string][]byte, splices []rowSplice) error {
	for _, sp := range splices {
		done := false
		for name, b := range parts {
			i := bytes.Index(b, []byte(sp.marker))
			if i < 0 {
				continue
			}
			start := bytes.LastIndex(b[:i], []byte("<row "))
			end := bytes.Index(b[i:], []byte("</row>"))
			if start < 0 || end < 0 || done {
				return fmt.Errorf("workbook part %s: row marker not found once", name)
			}
			end += i + len("</row>")
			out := make([]byte, 0, len(b)-(end-start)+len(sp.rows))
			out = append(append(append(out, b[:start]...), sp.rows...), b[end:]...)
			parts[name] = out
			done = true
		}
		if !done {
			return fmt.Errorf("workbook: row marker not found")
		}
	}
	return nil
}
