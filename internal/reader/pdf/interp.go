package pdf

import (
	"errors"
	"io"
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// glyph is one character drawn on a page, in page space (points, y up).
type glyph struct {
	x, y, w, size float64
	s             string
	font          *font
}

// segment is a ruling line: horizontal (y0 == y1) or vertical (x0 == x1),
// with x0 ≤ x1 and y0 ≤ y1.
type segment struct {
	x0, y0, x1, y1 float64
}

func (s segment) horizontal() bool { return s.y1-s.y0 < s.x1-s.x0 }

// pageContent is what a page draws that the reader uses.
type pageContent struct {
	glyphs []glyph
	rules  []segment
	images int
}

// Work limits: a hostile PDF must not hang the reader or exhaust memory.
const (
	maxOpsPerPage    = 4_000_000
	maxGlyphsPerPage = 200_000
	maxRulesPerPage  = 50_000
	maxStreamBytes   = 16 << 20 // decoded content of one page, forms included (a page of text is tens of KB)
	maxDocBytes      = 128 << 20
	maxDocOps        = 20_000_000
	maxDocGlyphs     = 4_000_000 // a 100-page programme draws about 200,000
	maxFormDepth     = 6
	maxStateDepth    = 256
)

var errPageLimit = errors.New("the page draws more than the reader's work limit")

type matrix [6]float64 // a b c d e f

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

type gstate struct {
	ctm                  matrix
	font                 *font
	size                 float64
	tc, tw, th, tl, rise float64
}

// interp interprets one page's content stream (and the forms it draws).
type interp struct {
	out    *pageContent
	cache  map[string]*font
	ops    int
	budget int64   // decoded bytes the page may still read
	doc    *budget // what the whole document may still spend
}

// budget is the work a whole document may cost: a page tree that lists
// one heavy page a thousand times must not cost a thousand heavy pages.
type budget struct {
	bytes  int64
	ops    int
	glyphs int
	fonts  map[string]*font // the fonts read, shared by the pages
	// hint is the most glyphs a page has drawn so far, to size the next
	// page's slice once rather than grow it glyph by glyph.
	hint int
}

// spent reports whether the document has used up its work.
func (b *budget) spent() bool { return b.bytes <= 0 || b.ops < 0 || b.glyphs <= 0 }

// maxFonts caps the fonts kept for the whole document.
const maxFonts = 4096

func newBudget() *budget {
	return &budget{bytes: maxDocBytes, ops: maxDocOps, glyphs: maxDocGlyphs, fonts: map[string]*font{}}
}

// limitedReader counts the bytes read against the page's budget.
type limitedReader struct {
	r  io.Reader
	in *interp
}

func (l *limitedReader) Read(p []byte) (int, error) {
	left := min(l.in.budget, l.in.doc.bytes)
	if left <= 0 {
		return 0, errPageLimit
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := l.r.Read(p)
	l.in.budget -= int64(n)
	l.in.doc.bytes -= int64(n)
	return n, err
}

func newInterp(doc *budget) *interp {
	out := &pageContent{glyphs: make([]glyph, 0, min(max(doc.hint, 1024), maxGlyphsPerPage))}
	return &interp{out: out, cache: map[string]*font{}, budget: maxStreamBytes, doc: doc}
}

// limit counts what r gives against the page's and the document's budget:
// a font's CMap inflated from a few bytes costs as much as content does.
func (in *interp) limit(r io.Reader) io.Reader { return &limitedReader{r, in} }

// streamReader opens a content stream (or an array of them).
func (in *interp) streamReader(v lpdf.Value) io.Reader {
	if v.Kind() == lpdf.Array {
		var rs []io.Reader
		for i := 0; i < v.Len() && i < 4096; i++ {
			if s := v.Index(i); s.Kind() == lpdf.Stream {
				rs = append(rs, s.Reader(), space{})
			}
		}
		return &limitedReader{io.MultiReader(rs...), in}
	}
	if v.Kind() != lpdf.Stream {
		return &limitedReader{eofReader{}, in}
	}
	return &limitedReader{v.Reader(), in}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// space separates the streams of an array: a token may not run across them.
type space struct{}

func (space) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = ' '
	return 1, io.EOF
}

// run interprets content with resources res under the matrix ctm.
func (in *interp) run(content io.Reader, res lpdf.Value, ctm matrix, depth int, formKey string) error {
	l := newLexer(content)
	g := gstate{ctm: ctm, th: 1}
	var stack []gstate
	var tm, tlm matrix
	var args []token
	var arr []token // the TJ array
	inArr := false
	dictDepth := 0
	// path state
	var cx, cy, sx, sy float64
	var pending []segment
	var pendingRects [][4]float64
	fontKey := func(name string) string { return formKey + "/" + name }

	showString := func(s string) {
		f := g.font
		if f == nil {
			return
		}
		step := 1
		if f.twoByte {
			step = 2
		}
		// Within one string the text matrix only moves along x: the
		// string's matrix is computed once and each glyph offset by d.
		m := tm.mul(g.ctm)
		horizontal := math.Abs(m[1]) < 0.1*math.Abs(m[0]) && m[0] > 0
		size := math.Abs(g.size * m[3])
		d := 0.0
		for i := 0; i+step <= len(s); i += step {
			var code uint32
			if step == 2 {
				code = uint32(s[i])<<8 | uint32(s[i+1])
			} else {
				code = uint32(s[i])
			}
			w0 := f.width(code)
			text := f.text(code)
			if text == "" {
				f.unmapped++
			}
			// Only horizontal text is read; rotated text (a watermark,
			// a vertical column label) is left out.
			if text != "" && horizontal && len(in.out.glyphs) < maxGlyphsPerPage && in.doc.glyphs > 0 {
				in.doc.glyphs--
				x, y := m.apply(d, g.rise)
				in.out.glyphs = append(in.out.glyphs, glyph{
					x: x, y: y, w: w0 * g.size * g.th * m[0], size: size, s: text, font: f,
				})
			}
			tx := w0*g.size + g.tc
			if step == 1 && code == 32 {
				tx += g.tw
			}
			d += tx * g.th
		}
		tm = matrix{1, 0, 0, 1, d, 0}.mul(tm)
	}
	num := func(i int) float64 {
		if i < len(args) && args[i].kind == tokNum {
			return args[i].num
		}
		return 0
	}
	flushPath := func(stroke, fill bool) {
		if stroke || fill {
			for _, s := range pending {
				in.addRule(s)
			}
			for _, r := range pendingRects {
				in.addRect(r, g.ctm, stroke)
			}
		}
		pending, pendingRects = pending[:0], pendingRects[:0]
	}

	for {
		t := l.next()
		switch t.kind {
		case tokEOF:
			return nil
		case tokArrOpen:
			inArr, arr = true, arr[:0]
			continue
		case tokArrClose:
			inArr = false
			continue
		case tokDictOpen:
			dictDepth++
			continue
		case tokDictClose:
			if dictDepth > 0 {
				dictDepth--
			}
			continue
		case tokNum, tokStr, tokName:
			if dictDepth > 0 {
				continue
			}
			if inArr {
				if len(arr) < 1<<16 {
					arr = append(arr, t)
				}
			} else if len(args) < 16 {
				args = append(args, t)
			}
			continue
		}
		if dictDepth > 0 {
			continue
		}
		in.doc.ops--
		if in.ops++; in.ops > maxOpsPerPage || in.doc.ops < 0 {
			return errPageLimit
		}
		switch t.s {
		case "q":
			if len(stack) < maxStateDepth {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 && args[0].kind == tokName {
				g.font = in.fontFor(res, args[0].s, fontKey(args[0].s))
				g.size = num(1)
			}
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Td", "TD":
			if t.s == "TD" {
				g.tl = -num(1)
			}
			tlm = matrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) == 6 {
				tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
				tm = tlm
			}
		case "T*":
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "Tj":
			if len(args) >= 1 && args[len(args)-1].kind == tokStr {
				showString(args[len(args)-1].s)
			}
		case "'", "\"":
			if t.s == "\"" && len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
			}
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
			if len(args) >= 1 && args[len(args)-1].kind == tokStr {
				showString(args[len(args)-1].s)
			}
		case "TJ":
			for _, a := range arr {
				switch a.kind {
				case tokStr:
					showString(a.s)
				case tokNum:
					tm = matrix{1, 0, 0, 1, -a.num / 1000 * g.size * g.th, 0}.mul(tm)
				}
			}
			arr = arr[:0]
		case "m":
			cx, cy = num(0), num(1)
			sx, sy = cx, cy
		case "l":
			x, y := num(0), num(1)
			if len(pending) < maxRulesPerPage {
				pending = append(pending, in.transform(cx, cy, x, y, g.ctm))
			}
			cx, cy = x, y
		case "h":
			if len(pending) < maxRulesPerPage {
				pending = append(pending, in.transform(cx, cy, sx, sy, g.ctm))
			}
			cx, cy = sx, sy
		case "re":
			if len(pendingRects) < maxRulesPerPage {
				pendingRects = append(pendingRects, [4]float64{num(0), num(1), num(2), num(3)})
			}
			cx, cy = num(0), num(1)
			sx, sy = cx, cy
		case "c", "v", "y":
			// Curves draw no ruling lines; move the current point.
			if len(args) >= 2 {
				cx, cy = num(len(args)-2), num(len(args)-1)
			}
		case "S", "s":
			flushPath(true, false)
		case "f", "F", "f*", "B", "B*", "b", "b*":
			flushPath(t.s[0] == 'B' || t.s[0] == 'b', true)
		case "n":
			flushPath(false, false)
		case "ID":
			l.skipInlineImage()
			in.out.images++
		case "Do":
			if len(args) >= 1 && args[0].kind == tokName {
				in.doXObject(res, args[0].s, g.ctm, depth, formKey)
			}
		}
		args = args[:0]
	}
}

// transform maps a path segment to page space.
func (in *interp) transform(x0, y0, x1, y1 float64, ctm matrix) segment {
	ax, ay := ctm.apply(x0, y0)
	bx, by := ctm.apply(x1, y1)
	return segment{math.Min(ax, bx), math.Min(ay, by), math.Max(ax, bx), math.Max(ay, by)}
}

// ruleWidth is how far off straight a segment may be and still count as a
// horizontal or vertical ruling line, and how thin a filled rectangle must
// be to count as one (Word draws borders as thin filled rectangles).
const ruleWidth = 2.5

func (in *interp) addRule(s segment) {
	if len(in.out.rules) >= maxRulesPerPage {
		return
	}
	dx, dy := s.x1-s.x0, s.y1-s.y0
	switch {
	case dy <= ruleWidth && dx > dy:
		y := (s.y0 + s.y1) / 2
		in.out.rules = append(in.out.rules, segment{s.x0, y, s.x1, y})
	case dx <= ruleWidth && dy > dx:
		x := (s.x0 + s.x1) / 2
		in.out.rules = append(in.out.rules, segment{x, s.y0, x, s.y1})
	}
}

// addRect adds a rectangle's edges when it is stroked, or the rectangle
// itself as a line when it is a thin filled bar.
func (in *interp) addRect(r [4]float64, ctm matrix, stroked bool) {
	x, y, w, h := r[0], r[1], r[2], r[3]
	if stroked {
		in.addRule(in.transform(x, y, x+w, y, ctm))
		in.addRule(in.transform(x, y+h, x+w, y+h, ctm))
		in.addRule(in.transform(x, y, x, y+h, ctm))
		in.addRule(in.transform(x+w, y, x+w, y+h, ctm))
		return
	}
	s := in.transform(x, y, x+w, y+h, ctm)
	if s.x1-s.x0 <= ruleWidth || s.y1-s.y0 <= ruleWidth {
		in.addRule(s)
	}
}

// fontFor returns the font named in the resources, read once per page.
func (in *interp) fontFor(res lpdf.Value, name, key string) *font {
	if f, ok := in.cache[key]; ok {
		return f
	}
	v := res.Key("Font").Key(name)
	var f *font
	if v.Kind() == lpdf.Dict {
		// Pages share their fonts; reading a font's widths and CMap once
		// per document, not per page, is most of the time saved. The
		// subset tag in BaseFont tells two embedded subsets apart.
		dk := key + "|" + v.Key("BaseFont").Name() + "|" + v.Key("Subtype").Name()
		if f = in.doc.fonts[dk]; f == nil && len(in.doc.fonts) < maxFonts {
			f = newFont(v, in.limit)
			in.doc.fonts[dk] = f
		} else if f == nil {
			f = newFont(v, in.limit)
		}
	}
	in.cache[key] = f
	return f
}

// doXObject draws a form (whose text and lines count) or counts an image.
func (in *interp) doXObject(res lpdf.Value, name string, ctm matrix, depth int, formKey string) {
	x := res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		in.out.images++
	case "Form":
		if depth >= maxFormDepth {
			return
		}
		m := identity
		if mv := x.Key("Matrix"); mv.Len() == 6 {
			for i := range 6 {
				m[i] = mv.Index(i).Float64()
			}
		}
		fres := x.Key("Resources")
		if fres.IsNull() {
			fres = res
		}
		in.run(in.streamReader(x), fres, m.mul(ctm), depth+1, formKey+"/"+name)
	}
}
