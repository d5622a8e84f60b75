package docx

import "strings"

// para is one w:p: a style, the few direct properties the report needs
// beyond its style, and runs. Fields are written in the schema's order
// (Word rejects a w:pPr whose children are out of order).
type para struct {
	style    string
	keepNext bool
	before   int    // twips above, 0 for the style's
	jc       string // "left", "center", "right", "both"; "" for the style's
	mark     string // the paragraph mark's w:rPr children
	sectPr   string // a section break: the section that ends here
	runs     []run
}

// run is a stretch of text with one character format.
type run struct {
	text      string
	bold      bool
	italic    bool
	underline bool
	size      float64 // points; 0 for the style's
	fill      string  // background shading, "0D400D"; "" for none
	boxed     bool    // a thin border round the run (a legend swatch)
	white     bool    // white letters, on a dark fill
}

// write appends the paragraph to b.
func (p para) write(b *strings.Builder) {
	b.WriteString("<w:p>")
	if p.style != "" || p.keepNext || p.before > 0 || p.jc != "" || p.mark != "" || p.sectPr != "" {
		b.WriteString("<w:pPr>")
		if p.style != "" {
			b.WriteString(`<w:pStyle w:val="`)
			b.WriteString(p.style)
			b.WriteString(`"/>`)
		}
		if p.keepNext {
			b.WriteString("<w:keepNext/>")
		}
		if p.before > 0 {
			b.WriteString(`<w:spacing w:before="`)
			writeInt(b, p.before)
			b.WriteString(`"/>`)
		}
		if p.jc != "" {
			b.WriteString(`<w:jc w:val="`)
			b.WriteString(p.jc)
			b.WriteString(`"/>`)
		}
		if p.mark != "" {
			b.WriteString("<w:rPr>")
			b.WriteString(p.mark)
			b.WriteString("</w:rPr>")
		}
		b.WriteString(p.sectPr)
		b.WriteString("</w:pPr>")
	}
	for i := range p.runs {
		p.runs[i].write(b)
	}
	b.WriteString("</w:p>")
}

// write appends the run to b; a line feed in the text becomes a line
// break and a tab a tab, so no text is lost to XML whitespace rules.
func (r *run) write(b *strings.Builder) {
	if r.text == "" {
		return
	}
	b.WriteString("<w:r>")
	if r.bold || r.italic || r.white || r.size > 0 || r.underline || r.boxed || r.fill != "" {
		b.WriteString("<w:rPr>")
		if r.bold {
			b.WriteString("<w:b/><w:bCs/>")
		}
		if r.italic {
			b.WriteString("<w:i/><w:iCs/>")
		}
		if r.white {
			b.WriteString(`<w:color w:val="FFFFFF"/>`)
		}
		if r.size > 0 {
			hp := halfPoints(r.size)
			b.WriteString(`<w:sz w:val="`)
			writeInt(b, hp)
			b.WriteString(`"/><w:szCs w:val="`)
			writeInt(b, hp)
			b.WriteString(`"/>`)
		}
		if r.underline {
			b.WriteString(`<w:u w:val="single"/>`)
		}
		if r.boxed {
			b.WriteString(`<w:bdr w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
		}
		if r.fill != "" {
			b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="`)
			b.WriteString(r.fill)
			b.WriteString(`"/>`)
		}
		b.WriteString("</w:rPr>")
	}
	if !strings.ContainsAny(r.text, "\n\t") { // one line, one stretch: most text
		writeText(b, r.text)
	} else {
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
					writeText(b, part)
				}
			}
		}
	}
	b.WriteString("</w:r>")
}

// writeText appends a w:t of s, which holds no line feed or tab.
func writeText(b *strings.Builder, s string) {
	b.WriteString(`<w:t xml:space="preserve">`)
	writeEsc(b, s)
	b.WriteString(`</w:t>`)
}

// text is a paragraph of one plain run.
func text(style, s string) para { return para{style: style, runs: []run{{text: s}}} }
