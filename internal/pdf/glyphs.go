package pdf

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"baocao/internal/program"
)

// CheckGlyphs reports, for every face of fs, the characters of texts the face
// has no glyph for. The error names the font, the face and each missing
// character as itself and as U+XXXX, so an office that configured its own
// font knows what to fix. Spaces, line breaks and the characters the
// document drops (program.Unprintable) need no glyph.
func CheckGlyphs(fs FontSet, texts ...string) error {
	runes := map[rune]bool{}
	for _, t := range texts {
		addRunes(runes, t)
	}
	var faces []faceRunes
	for _, f := range fs.faces() {
		faces = append(faces, faceRunes{f, runes})
	}
	return checkFaces(fs.Family, faces)
}

// faceRunes is the characters one face is about to print.
type faceRunes struct {
	face  face
	runes map[rune]bool
}

// addRunes records the printable characters of s.
func addRunes(set map[rune]bool, s string) {
	for _, r := range s {
		if r == '\n' || r == '\t' || r == '\r' || r == ' ' || program.Unprintable(r) {
			continue
		}
		set[r] = true
	}
}

// errNoFontFile is a face the configuration names no file for.
var errNoFontFile = errors.New("no font file given")

// GlyphError lists the characters some faces of a font cannot print.
type GlyphError struct {
	Family  string
	Missing []FaceMissing // in face order
}

// FaceMissing is the characters one face lacks, or why it could not be read.
type FaceMissing struct {
	Face  string // "regular", "bold", "italic", "bold italic"
	Runes []rune // sorted
	Err   error  // the face is not a usable TrueType file
}

func (e *GlyphError) Error() string { return e.Localized(fmt.Sprintf) }

// Localized is the message in the reader's language, tr translating each
// format as i18n.Printer.Sprintf does (the command line's localizer); the
// face names are translated too, the characters and codes stay as they are.
func (e *GlyphError) Localized(tr func(format string, args ...any) string) string {
	var b strings.Builder
	b.WriteString(tr("font %q cannot print this document:", e.Family))
	for _, m := range e.Missing {
		face := faceWord(tr, m.Face)
		if m.Err != nil {
			why := m.Err.Error()
			if errors.Is(m.Err, errNoFontFile) {
				why = tr("no font file given")
			}
			b.WriteString(tr("\n  %s face: %s", face, why))
			continue
		}
		b.WriteString(tr("\n  %s face has no glyph for %d character(s):", face, len(m.Runes)))
		for _, r := range m.Runes {
			fmt.Fprintf(&b, " %s U+%04X", quoteRune(r), r)
		}
	}
	return b.String()
}

// faceWord is a face's name in the reader's language.
func faceWord(tr func(format string, args ...any) string, face string) string {
	switch face {
	case "regular":
		return tr("regular")
	case "bold":
		return tr("bold")
	case "italic":
		return tr("italic")
	case "bold italic":
		return tr("bold italic")
	}
	return face
}

// quoteRune shows r itself, or nothing printable for control characters.
func quoteRune(r rune) string {
	if unicode.IsPrint(r) {
		return "«" + string(r) + "»"
	}
	return "«?»"
}

// checkFaces parses each face's cmap and collects what it lacks.
func checkFaces(family string, faces []faceRunes) error {
	e := &GlyphError{Family: family}
	for _, fr := range faces {
		if len(fr.runes) == 0 {
			continue
		}
		if len(fr.face.data) == 0 {
			e.Missing = append(e.Missing, FaceMissing{Face: fr.face.name, Err: errNoFontFile})
			continue
		}
		cm, err := coverage(fr.face.data)
		if err != nil {
			e.Missing = append(e.Missing, FaceMissing{Face: fr.face.name, Err: err})
			continue
		}
		var missing []rune
		for r := range fr.runes {
			if !cm.Has(r) {
				missing = append(missing, r)
			}
		}
		if len(missing) > 0 {
			sort.Slice(missing, func(i, j int) bool { return missing[i] < missing[j] })
			e.Missing = append(e.Missing, FaceMissing{Face: fr.face.name, Runes: missing})
		}
	}
	if len(e.Missing) == 0 {
		return nil
	}
	return e
}
