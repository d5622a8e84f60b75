package xlsx

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// gridCell is one cell of a returned form as read.
type gridCell struct {
	value   string // raw value (shared strings resolved), NFC, without surrounding spaces
	formula bool   // the cell holds a formula
	fText   string // its text without "=" ("" for a cell sharing another cell's formula)
	typ     string // the t attribute: "" or "n" a number, "d" a date, "s"/"str"/"inlineStr" text, "b", "e"
}

// text is the cell as ReadForm compares it: a formula as "=…" (never
// evaluated), otherwise the value.
func (c gridCell) text() string {
	if c.formula {
		return "=" + c.fText
	}
	return c.value
}

// numeric reports whether the cell is typed as a number or date.
func (c gridCell) numeric() bool { return c.typ == "" || c.typ == "n" || c.typ == "d" }

// grid is the part of a sheet a form can use: rows up to last, columns up
// to cols. It is read as a stream and never as a whole worksheet, since
// excelize's cell functions load the sheet and pad every row to its last
// column: one empty cell at column XFD on each of 400,000 rows took over
// 24 GB.
type grid struct {
	cells map[[2]int]gridCell // by (row, column), 1-based
	// outside is the first cell with a value beyond cols, by row.
	outside map[int]int
	// extra is the first row after last that holds a value (0 for none),
	// and extraCol its first such column.
	extra, extraCol int
}

func (g *grid) at(row, col int) gridCell { return g.cells[[2]int{row, col}] }

// readGrid reads sheet rows 1 to last, columns 1 to cols, of the sheet in
// zip part part, with excelize's row iterator (values, shared strings
// resolved) and a second stream over the part's XML for what the iterator
// does not give (a cell's type and formula). Past last it reads on only to
// find the first row holding a value, so that rows added below the form are
// reported, keeping nothing of them. ctx is checked every few rows.
func readGrid(ctx context.Context, f *excelize.File, sheet, part string, last, cols int) (*grid, error) {
	g := &grid{cells: map[[2]int]gridCell{}, outside: map[int]int{}}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for row := 1; rows.Next(); row++ {
		if row%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		vals, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		if row > last {
			for c, v := range vals {
				if strings.TrimSpace(v) != "" {
					g.extra, g.extraCol = row, c+1
					break
				}
			}
			if g.extra != 0 {
				break
			}
			continue
		}
		for c, v := range vals {
			if c >= cols {
				if strings.TrimSpace(v) != "" {
					g.outside[row] = c + 1
					break
				}
				continue
			}
			if v != "" {
				g.cells[[2]int{row, c + 1}] = gridCell{value: strings.TrimSpace(norm.NFC.String(v))}
			}
		}
	}
	if err := rows.Error(); err != nil {
		return nil, err
	}
	if part == "" {
		return g, nil
	}
	b, _ := f.Pkg.Load(part)
	data, _ := b.([]byte)
	return g, g.kinds(ctx, data, last, cols)
}

// kinds streams the sheet's XML for each cell's type and formula, up to row
// last. A formula outside the form's columns counts as a value there.
func (g *grid) kinds(ctx context.Context, data []byte, last, cols int) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	row, col, n := 0, 0, 0
	var cur *gridCell
	inF := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if n++; n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row++
				if r, err := strconv.Atoi(attr(t, "r")); err == nil && r > 0 {
					row = r
				}
				if row > last {
					return nil
				}
				col = 0
			case "c":
				col++
				if c, _, err := excelize.CellNameToCoordinates(attr(t, "r")); err == nil {
					col = c
				}
				cell := g.at(row, col)
				cell.typ = attr(t, "t")
				cur = &cell
			case "f":
				inF = cur != nil
				if cur != nil {
					cur.formula = true
				}
			}
		case xml.CharData:
			if inF {
				cur.fText += string(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "f":
				inF = false
			case "c":
				if cur != nil && row >= 1 {
					switch {
					case col <= cols:
						cur.fText = strings.TrimSpace(norm.NFC.String(cur.fText))
						g.cells[[2]int{row, col}] = *cur
					case cur.formula:
						if _, seen := g.outside[row]; !seen {
							g.outside[row] = col
						}
					}
				}
				cur = nil
			}
		}
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
