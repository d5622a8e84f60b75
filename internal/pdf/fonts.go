package pdf

import "baocao/fonts"

// FontSet is one typeface in its four styles, as TrueType (.ttf) bytes.
// An office may swap in its own Times New Roman; every face is checked for
// the glyphs a document needs before anything is written.
type FontSet struct {
	Family                            string
	Regular, Bold, Italic, BoldItalic []byte
}

// DefaultFonts returns the embedded Liberation Serif 2 faces, which cover
// Vietnamese and are metric-compatible with Times New Roman.
func DefaultFonts() FontSet {
	return FontSet{
		Family:     fonts.Family,
		Regular:    fonts.SerifRegular,
		Bold:       fonts.SerifBold,
		Italic:     fonts.SerifItalic,
		BoldItalic: fonts.SerifBoldItalic,
	}
}

// face is one style of a FontSet with the fpdf style code it registers under.
type face struct {
	style string // "", "B", "I", "BI" as fpdf spells them
	name  string // "regular", "bold", … for error messages
	data  []byte
}

// faces lists the four styles in a fixed order.
func (fs FontSet) faces() []face {
	return []face{
		{"", "regular", fs.Regular},
		{"B", "bold", fs.Bold},
		{"I", "italic", fs.Italic},
		{"BI", "bold italic", fs.BoldItalic},
	}
}
