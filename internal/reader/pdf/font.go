package pdf

import (
	"io"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// font is what the reader needs of a PDF font: how many bytes a character
// code takes, each code's advance width and text, and the emphasis its
// name or descriptor states.
type font struct {
	name         string // BaseFont without the subset prefix ("ABCDEF+")
	bold, italic bool
	twoByte      bool    // Type0 fonts: 2-byte codes (Identity-H and the like)
	scale        float64 // width units to text space (1/1000; Type3 fonts state their own)
	first        int
	widths       []float64
	cidW         map[uint32]float64
	cidRanges    []cidRange
	defaultW     float64
	uni          *toUnicode
	simple       *[256]string // the library's decoding of each byte, for fonts without ToUnicode
	cache        map[uint32]string
	unmapped     int // codes that had no text
}

type cidRange struct {
	lo, hi uint32
	w      float64
}

// maxWidths caps the widths kept from one font.
const maxWidths = 1 << 16

// newFont reads a font dictionary; wrap limits the CMap's decoded bytes.
func newFont(v lpdf.Value, wrap func(io.Reader) io.Reader) *font {
	f := &font{scale: 0.001, cache: map[uint32]string{}}
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	f.name = base
	desc := v.Key("FontDescriptor")
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		desc = d.Key("FontDescriptor")
		f.defaultW = 1000
		if dw := d.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
			f.defaultW = dw.Float64()
		}
		f.readCIDWidths(d.Key("W"))
	case "Type3":
		if m := v.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() > 0 {
			f.scale = m.Index(0).Float64()
		}
		fallthrough
	default:
		f.first = int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		for i := 0; i < ws.Len() && i < 256; i++ {
			f.widths = append(f.widths, ws.Index(i).Float64())
		}
		f.defaultW = desc.Key("MissingWidth").Float64()
		if len(f.widths) == 0 && f.defaultW == 0 {
			// A standard font without widths: an average advance keeps
			// words apart, which is all positions are used for.
			f.defaultW = 500
		}
	}
	f.bold, f.italic = styleOf(base, desc)
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		f.uni = parseToUnicode(wrap(io.LimitReader(tu.Reader(), 4<<20)))
	}
	if f.uni == nil && !f.twoByte {
		ff := lpdf.Font{V: v}
		enc := ff.Encoder()
		var t [256]string
		for b := 0; b < 256; b++ {
			t[b] = enc.Decode(string([]byte{byte(b)}))
		}
		f.simple = &t
	}
	return f
}

func (f *font) readCIDWidths(w lpdf.Value) {
	f.cidW = map[uint32]float64{}
	n := w.Len()
	for i := 0; i < n && len(f.cidW)+len(f.cidRanges) < maxWidths; {
		c := w.Index(i)
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			start := uint32(c.Int64())
			for j := 0; j < next.Len() && j < maxWidths; j++ {
				f.cidW[start+uint32(j)] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		f.cidRanges = append(f.cidRanges, cidRange{uint32(c.Int64()), uint32(next.Int64()), w.Index(i + 2).Float64()})
		i += 3
	}
}

// styleOf reads bold and italic from the font's name (Arial-BoldMT,
// TimesNewRomanPS-BoldItalicMT, Times-Bold, Arial,Bold, …-Oblique) and,
// when the name says nothing, from its descriptor: the ForceBold and
// Italic flags, FontWeight, ItalicAngle.
func styleOf(name string, desc lpdf.Value) (bold, italic bool) {
	n := strings.ToLower(name)
	// The style is in the part after the family: "-", "," or a run of
	// capitals as in "utf8liberationserifBI" is not reliable, so the
	// whole name is searched for style words.
	bold = strings.Contains(n, "bold") || strings.Contains(n, "black") || strings.Contains(n, "heavy") ||
		strings.Contains(n, "semibold") || strings.Contains(n, "demi")
	italic = strings.Contains(n, "italic") || strings.Contains(n, "oblique") ||
		strings.HasSuffix(n, "-it") || strings.HasSuffix(n, "boldit") || strings.Contains(n, ",it")
	if desc.IsNull() {
		return
	}
	flags := desc.Key("Flags").Int64()
	if flags&(1<<18) != 0 || desc.Key("FontWeight").Float64() >= 600 {
		bold = true
	}
	if flags&(1<<6) != 0 || desc.Key("ItalicAngle").Float64() < -3 {
		italic = true
	}
	return
}

// width returns code's advance in text-space units per unit of font size.
func (f *font) width(code uint32) float64 {
	if f.twoByte {
		if w, ok := f.cidW[code]; ok {
			return w * f.scale
		}
		for _, r := range f.cidRanges {
			if code >= r.lo && code <= r.hi {
				return r.w * f.scale
			}
		}
		return f.defaultW * f.scale
	}
	i := int(code) - f.first
	if i >= 0 && i < len(f.widths) {
		return f.widths[i] * f.scale
	}
	return f.defaultW * f.scale
}

// text returns the text code shows, "" when the font does not say.
func (f *font) text(code uint32) string {
	if s, ok := f.cache[code]; ok {
		return s
	}
	var s string
	ok := false
	if f.uni != nil {
		s, ok = f.uni.lookup(code)
	}
	if !ok && f.simple != nil && code < 256 {
		s, ok = f.simple[code], true
	}
	if !ok || s == "\uFFFD" {
		s = ""
	}
	if r, ok := symbolBullets[s]; ok {
		s = r
	}
	if len(f.cache) < maxWidths {
		f.cache[code] = s
	}
	return s
}

// symbolBullets maps the private-use code points Word's Symbol and
// Wingdings bullets come out as to the characters they show.
var symbolBullets = map[string]string{
	"\uF0B7": "•", "\uF0A7": "▪", "\uF0D8": "➢", "\uF0FC": "✓", "\uF02D": "-",
	"\uF0A8": "□", "\uF06C": "●", "\uF06E": "■", "\uF076": "❖", "\uF0E0": "→",
}
