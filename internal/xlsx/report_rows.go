package xlsx

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// sheetRows collects the rows of a stream-written sheet and writes them at
// the end: as the XML excelize's StreamWriter would write (SetRow, then
// writeCell), spliced in by fastRows' marker, when every cell is a text
// excelize writes plainly, an empty styled cell, a whole number, a day
// (dateCell) or a formula with a number; otherwise through the
// StreamWriter row by row. Per cell, SetRow parses and formats the cell's
// name and copies its text three times; on the "Báo cáo" sheet, a row of
// thirteen cells most of them merged, that was most of the sheet's cost.
// A sheet's merges and page breaks are kept apart from its rows by the
// StreamWriter, so writing the rows later changes nothing else.
type sheetRows struct {
	fr   fastRows // the rows' XML while fr.ok
	rows []keptRow
	esc  bytes.Buffer // a text with line breaks, escaped
}

// keptRow is a row as SetRow takes it, for the StreamWriter.
type keptRow struct {
	n      int
	values []any
	height float64
}

func newSheetRows() *sheetRows { return &sheetRows{fr: fastRows{ok: fastRowsOn}} }

// add adds row n, height points high, of the given values (nil, or an
// excelize.Cell), in SetRow's terms; rows come in ascending order, the
// sheet has no column or row styles (SetRow would give them to a cell of
// style 0) and the workbook counts dates from 1900, as excelize makes it. A formula's cell
// holds its cached value, a whole number or a float.
func (s *sheetRows) add(n int, values []any, height float64) {
	s.rows = append(s.rows, keptRow{n, values, height})
	if !s.fr.ok {
		return
	}
	b := &s.fr.buf
	if height <= 0 || height > excelize.MaxRowHeight {
		s.fr.ok = false // SetRow writes no height, or refuses it
		return
	}
	b.WriteString(`<row r="`)
	b.WriteString(strconv.Itoa(n))
	b.WriteString(`" ht="`)
	b.WriteString(strconv.FormatFloat(height, 'f', -1, 64))
	b.WriteString(`" customHeight="1">`)
	for i, v := range values {
		if v == nil {
			continue
		}
		c, ok := v.(excelize.Cell)
		if !ok || c.StyleID < 0 {
			s.fr.ok = false
			return
		}
		if c.Formula != "" {
			if !s.formula(i+1, n, c) {
				s.fr.ok = false
				return
			}
			continue
		}
		switch v := c.Value.(type) {
		case nil:
			s.cellStart(i+1, n, c.StyleID, "")
		case string:
			if !s.text(i+1, n, c.StyleID, v) {
				s.fr.ok = false
				return
			}
			continue
		case int:
			s.cellStart(i+1, n, c.StyleID, "")
			b.WriteString(`<v>`)
			b.WriteString(strconv.Itoa(v))
			b.WriteString(`</v>`)
		case time.Time:
			// A day as dateCell makes it: midnight UTC, in a styled cell
			// (excelize gives an unstyled one a style of its own), after
			// February 1900 (excelize counts the days before its own way).
			h, m, sec := v.Clock()
			serial := excelSerial(program.DateOf(v))
			if v.Location() != time.UTC || h != 0 || m != 0 || sec != 0 || v.Nanosecond() != 0 || c.StyleID == 0 || serial < 61 {
				s.fr.ok = false
				return
			}
			s.cellStart(i+1, n, c.StyleID, "")
			b.WriteString(`<v>`)
			b.WriteString(strconv.Itoa(serial))
			b.WriteString(`</v>`)
		default:
			s.fr.ok = false
			return
		}
		b.WriteString(`</c>`)
	}
	b.WriteString(`</row>`)
}

// formula writes a formula cell with its cached value, a whole number or a
// float, as SetRow writes it (the number's cell type, "str", replaced by
// the number's, none).
func (s *sheetRows) formula(col, row int, c excelize.Cell) bool {
	var v string
	switch x := c.Value.(type) {
	case int:
		v = strconv.Itoa(x)
	case float64:
		var ok bool
		if v, ok = excelFloat(x); !ok {
			return false
		}
	default:
		return false
	}
	b := &s.fr.buf
	s.cellStart(col, row, c.StyleID, "")
	b.WriteString(`<f>`)
	if plainXML(c.Formula) {
		b.WriteString(c.Formula)
	} else {
		_ = xml.EscapeText(b, []byte(c.Formula))
	}
	b.WriteString(`</f><v>`)
	b.WriteString(v)
	b.WriteString(`</v></c>`)
	return true
}

// excelFloat is a float as excelize writes a cell's: the shortest decimal
// cut to Excel's 15 significant digits; not ok for what it writes another
// way (not a number, infinite, over 15 digits before the point).
func excelFloat(x float64) (string, bool) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) == math.MaxFloat64 {
		return "", false
	}
	str := strconv.FormatFloat(x, 'f', -1, 64)
	point := strings.IndexByte(str, '.')
	significant := 0
	for i := 0; i < len(str); i++ {
		if c := str[i]; c < '0' || c > '9' || significant == 0 && c == '0' {
			continue
		}
		significant++
		if significant <= 15 {
			continue
		}
		if point >= 0 && i > point {
			return strings.TrimSuffix(str[:i], "."), true
		}
		return "", false
	}
	return str, true
}

// cellStart opens a cell as writeCell does.
func (s *sheetRows) cellStart(col, row, style int, typ string) {
	b := &s.fr.buf
	b.WriteString(`<c r="`)
	writeRef(b, col, row)
	b.WriteString(`"`)
	if style != 0 {
		b.WriteString(` s="`)
		b.WriteString(strconv.Itoa(style))
		b.WriteString(`"`)
	}
	if typ != "" {
		b.WriteString(` t="`)
		b.WriteString(typ)
		b.WriteString(`"`)
	}
	b.WriteString(`>`)
}

// text writes an inline string cell as setInlineStr and writeCell make it:
// the text escaped, line breaks kept as they are, and xml:space="preserve"
// when it starts or ends with white space. Not ok for a text excelize
// changes further (one that may hold an "_xHHHH_" escape, or too long).
func (s *sheetRows) text(col, row, style int, text string) bool {
	if len(text) > excelize.TotalCellChars || strings.Contains(text, "_x") {
		return false
	}
	s.cellStart(col, row, style, "inlineStr")
	b := &s.fr.buf
	b.WriteString(`<is><t`)
	if text != "" && (xmlSpace(text[0]) || xmlSpace(text[len(text)-1])) {
		b.WriteString(` xml:space="preserve"`)
	}
	b.WriteString(`>`)
	switch {
	case plainXML(text):
		b.WriteString(text)
	case strings.IndexByte(text, '\n') < 0:
		_ = xml.EscapeText(b, []byte(text))
	default:
		s.esc.Reset()
		_ = xml.EscapeText(&s.esc, []byte(text))
		b.Write(bytes.ReplaceAll(s.esc.Bytes(), []byte("&#xA;"), []byte("\n")))
	}
	b.WriteString(`</t></is></c>`)
	return true
}

// writeRef writes the reference of a cell, as ref makes it.
func writeRef(b *bytes.Buffer, col, row int) {
	var name [8]byte
	i := len(name)
	for col > 0 && i > 0 {
		col--
		i--
		name[i] = byte('A' + col%26)
		col /= 26
	}
	b.Write(name[i:])
	b.Write(strconv.AppendInt(name[:0], int64(row), 10))
}

// plainXML reports whether xml.EscapeText would write text as it is: no
// markup characters, controls or quotes, valid UTF-8 and no U+FFFE or
// U+FFFF (outside XML's characters).
func plainXML(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\'' || c == '&' || c == '<' || c == '>' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
			return false
		}
		i += n
	}
	return true
}

// xmlSpace are the bytes at a text's ends that make excelize keep its spaces.
func xmlSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// flush writes the rows into sw, the sheet of f named sheet.
func (s *sheetRows) flush(f *excelize.File, sw *excelize.StreamWriter, sheet string) error {
	if len(s.rows) == 0 {
		return nil
	}
	if s.fr.ok {
		return s.fr.place(f, sw, s.rows[0].n, sheet)
	}
	for _, r := range s.rows {
		if err := sw.SetRow(ref(1, r.n), r.values, excelize.RowOpts{Height: r.height}); err != nil {
			return err
		}
	}
	return nil
}
