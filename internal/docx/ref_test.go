package docx

// The docx writer as it was before issue 12's speed-ups, kept verbatim
// (renamed ref…) as the reference its fast paths are compared with in
// fastpath_test.go: the same layout, the same XML, the same unzipped parts.

import (
	"archive/zip"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/report"
)

func refTextTw(s string, pt float64) int {
	em := 0.0
	for _, r := range s {
		switch {
		case r == '%' || r == 'M' || r == 'W':
			em += 0.85
		case unicode.IsUpper(r):
			em += 0.7
		case r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' || r == '-' || r == '(' || r == ')':
			em += 0.3
		default:
			em += letterEm
		}
	}
	return int(em * pt * 20)
}

func refLongestWord(s string, pt float64) int {
	w := 0
	for _, f := range strings.Fields(s) {
		w = max(w, refTextTw(f, pt))
	}
	return w
}

func refColumnWidths(t *report.Table, width int, o Options) layout {
	n := len(t.Columns)
	l := layout{widths: make([]int, n), vertical: make([]bool, n)}
	if n == 0 {
		return l
	}
	pad := 2 * twips(1.5)
	cellPt, headPt := o.TableSize, o.TableSize+1
	headLine := pointsTw(headPt * 1.2)
	// cells[r][i] are the widths of cell i's words on row r, the heading
	// row first: a heading set one word per line is as costly as a tall row.
	cells := make([][][]int, len(t.Rows)+1)
	for r := range cells {
		cells[r] = make([][]int, n)
	}
	minW := make([]int, n)    // no word broken
	natural := make([]int, n) // the longest cell (or heading) on one line
	for i, c := range t.Columns {
		head := refTextTw(c.Heading, headPt*1.05)
		minW[i] = refLongestWord(c.Heading, headPt*1.05) + pad
		if c.Align != report.Figure {
			cells[0][i] = refWords(c.Heading, headPt*1.05)
			natural[i] = head + pad
			// never a heading one word per line: two lines at most
			minW[i] = max(minW[i], head*115/200+pad)
		}
		for r, row := range t.Rows {
			if i >= len(row.Cells) {
				continue
			}
			s := row.Cells[i]
			cells[r+1][i] = refWords(s, cellPt)
			minW[i] = max(minW[i], refLongestWord(s, cellPt*1.1)+pad)   // a date or code never broken at its hyphens
			natural[i] = max(natural[i], refTextTw(s, cellPt*1.05)+pad) // bold on the total row
		}
		minW[i] = min(minW[i], max(natural[i], refLongestWord(c.Heading, headPt*1.05)+pad))
	}
	fixed, flexible := 0, []int{}
	for i, c := range t.Columns {
		if c.Align != report.Figure {
			flexible = append(flexible, i)
			l.widths[i] = minW[i]
			fixed += minW[i]
			continue
		}
		// Two heading lines across, or the heading turned.
		w := max(natural[i], 2*headLine+pad)
		if head := refTextTw(c.Heading, headPt*1.05); head+pad > 2*w {
			l.vertical[i] = true
			// turned, the heading wraps on the row's height: about half its length
			l.headH = max(l.headH, head/2+pointsTw(headPt)+pad)
		} else {
			w = max(w, minW[i])
		}
		l.widths[i] = w
		fixed += w
	}
	if rest := width - fixed; rest > 0 {
		refShorten(l.widths, flexible, rest, cells, natural, pad, refTextTw(" ", cellPt))
	}
	scaleTo(l.widths, width)
	return l
}

func refWords(s string, pt float64) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		out = append(out, refTextTw(f, pt))
	}
	return out
}

func refShorten(widths, cols []int, rest int, cells [][][]int, natural []int, pad, space int) {
	step := max(rest/120, twips(1))
	// Lines are wrapped word by word, and counted in fractions (the last
	// line by how full it is), so a step that only shortens a cell's last
	// line still counts and a short name column is not passed over.
	wrap := func(ws []int, w int) float64 {
		room := max(w-pad, 1)
		if len(ws) == 0 {
			return 1
		}
		count, line := 1, 0
		for _, x := range ws {
			switch {
			case line == 0:
				line = x
			case line+space+x <= room:
				line += space + x
			default:
				count++
				line = x
			}
		}
		return float64(count-1) + min(1, float64(line)/float64(room))
	}
	n := len(widths)
	lines := make([][]float64, len(cells)) // each cell's lines at the current widths
	for r := range cells {
		lines[r] = make([]float64, n)
		for i := range n {
			lines[r][i] = wrap(cells[r][i], widths[i])
		}
	}
	cost := func(col int, w int) (rows, all float64) {
		for r := range cells {
			tallest := 1.0
			for i := range n {
				x := lines[r][i]
				if i == col {
					x = wrap(cells[r][i], w)
				}
				tallest = max(tallest, x)
				all += x
			}
			rows += tallest
		}
		return rows, all
	}
	for rest >= step {
		best, bestRows, bestAll := -1, 0.0, 0.0
		for _, i := range cols {
			if widths[i] >= natural[i] {
				continue
			}
			r, a := cost(i, widths[i]+step)
			if best < 0 || r < bestRows || r == bestRows && a < bestAll {
				best, bestRows, bestAll = i, r, a
			}
		}
		if best < 0 {
			return
		}
		widths[best] += step
		rest -= step
		for r := range cells {
			lines[r][best] = wrap(cells[r][best], widths[best])
		}
	}
}

func refEsc(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			// not a character of XML 1.0: leave it out
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func refParaWrite(p para, b *strings.Builder) {
	b.WriteString("<w:p>")
	if p.style != "" || p.keepNext || p.before > 0 || p.jc != "" || p.mark != "" || p.sectPr != "" {
		b.WriteString("<w:pPr>")
		if p.style != "" {
			b.WriteString(`<w:pStyle w:val="` + p.style + `"/>`)
		}
		if p.keepNext {
			b.WriteString("<w:keepNext/>")
		}
		if p.before > 0 {
			fmt.Fprintf(b, `<w:spacing w:before="%d"/>`, p.before)
		}
		if p.jc != "" {
			b.WriteString(`<w:jc w:val="` + p.jc + `"/>`)
		}
		if p.mark != "" {
			b.WriteString("<w:rPr>" + p.mark + "</w:rPr>")
		}
		b.WriteString(p.sectPr)
		b.WriteString("</w:pPr>")
	}
	for _, r := range p.runs {
		refRunWrite(r, b)
	}
	b.WriteString("</w:p>")
}

func refRunWrite(r run, b *strings.Builder) {
	if r.text == "" {
		return
	}
	b.WriteString("<w:r>")
	var pr strings.Builder
	if r.bold {
		pr.WriteString("<w:b/><w:bCs/>")
	}
	if r.italic {
		pr.WriteString("<w:i/><w:iCs/>")
	}
	if r.white {
		pr.WriteString(`<w:color w:val="FFFFFF"/>`)
	}
	if r.size > 0 {
		fmt.Fprintf(&pr, `<w:sz w:val="%[1]d"/><w:szCs w:val="%[1]d"/>`, halfPoints(r.size))
	}
	if r.underline {
		pr.WriteString(`<w:u w:val="single"/>`)
	}
	if r.boxed {
		pr.WriteString(`<w:bdr w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	if r.fill != "" {
		pr.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + r.fill + `"/>`)
	}
	if pr.Len() > 0 {
		b.WriteString("<w:rPr>" + pr.String() + "</w:rPr>")
	}
	text := strings.ReplaceAll(r.text, "\r\n", "\n")
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			if part != "" {
				b.WriteString(`<w:t xml:space="preserve">` + refEsc(part) + `</w:t>`)
			}
		}
	}
	b.WriteString("</w:r>")
}

func refTableWrite(t table, b *strings.Builder) {
	b.WriteString("<w:tbl><w:tblPr>")
	b.WriteString(`<w:tblStyle w:val="` + t.style + `"/>`)
	fmt.Fprintf(b, `<w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>`, t.width())
	b.WriteString(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`)
	if t.caption != "" {
		b.WriteString(`<w:tblCaption w:val="` + refEsc(t.caption) + `"/>`)
	}
	b.WriteString("</w:tblPr><w:tblGrid>")
	for _, g := range t.grid {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, g)
	}
	b.WriteString("</w:tblGrid>")
	for _, r := range t.rows {
		b.WriteString("<w:tr>")
		if r.header || r.cantSplit || r.height > 0 {
			b.WriteString("<w:trPr>")
			if r.cantSplit {
				b.WriteString("<w:cantSplit/>")
			}
			if r.height > 0 {
				rule := "atLeast"
				if r.exact {
					rule = "exact"
				}
				fmt.Fprintf(b, `<w:trHeight w:val="%d" w:hRule="%s"/>`, r.height, rule)
			}
			if r.header {
				b.WriteString("<w:tblHeader/>")
			}
			b.WriteString("</w:trPr>")
		}
		col := 0
		for _, c := range r.cells {
			span := max(c.span, 1)
			w := 0
			for i := col; i < col+span && i < len(t.grid); i++ {
				w += t.grid[i]
			}
			col += span
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
			if span > 1 {
				fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
			}
			if c.borders != "" {
				b.WriteString("<w:tcBorders>" + c.borders + "</w:tcBorders>")
			}
			if c.fill != "" {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + c.fill + `"/>`)
			}
			if c.noMargin {
				b.WriteString(`<w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>`)
			}
			if c.vertical {
				b.WriteString(`<w:textDirection w:val="btLr"/>`)
			}
			if c.top {
				b.WriteString(`<w:vAlign w:val="top"/>`)
			} else {
				b.WriteString(`<w:vAlign w:val="center"/>`)
			}
			b.WriteString("</w:tcPr>")
			if len(c.paras) == 0 { // a cell must hold a paragraph
				c.paras = []para{{}}
			}
			for _, p := range c.paras {
				refParaWrite(p, b)
			}
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
}

func refWriteArchive(w io.Writer, parts map[string]string) error {
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
