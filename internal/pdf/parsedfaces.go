package pdf

import (
	"bytes"
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// parsedFaces keeps each face as fpdf read it (fpdf.ParseUTF8Font), for
// every document the process paints: fpdf's own cache, behind
// AddUTF8FontFromBytes, confirms a hit by comparing every byte of the font
// file against its private copy, four faces of some 400 KB for every
// document (6% of the PDFs' time in a 100-programme run). Keyed as
// widthCache is, on the same terms: a hit is confirmed by comparing the
// bytes, which costs nothing when they are the very slice seen before, so
// the bytes of a FontSet must not change once a document has used them.
var parsedFaces = struct {
	sync.Mutex
	faces map[parsedKey][]parsedFace
	n     int
}{faces: map[parsedKey][]parsedFace{}}

type parsedKey struct {
	family, style string
	sum           uint64 // fontKey of the bytes
}

type parsedFace struct {
	data []byte
	font *fpdf.UTF8Font
}

// parsedFont is fc read by fpdf for family, once per font bytes. Like
// fpdf's reader it may panic on a malformed file (see addFace).
func parsedFont(family string, fc face) (*fpdf.UTF8Font, error) {
	key := parsedKey{family, fc.style, fontKey(fc.data)}
	parsedFaces.Lock()
	for _, c := range parsedFaces.faces[key] {
		if bytes.Equal(c.data, fc.data) {
			parsedFaces.Unlock()
			return c.font, nil
		}
	}
	parsedFaces.Unlock()
	font, err := fpdf.ParseUTF8Font(family, fc.style, fc.data)
	if err != nil {
		return nil, err
	}
	parsedFaces.Lock()
	defer parsedFaces.Unlock()
	if parsedFaces.n >= 64 {
		parsedFaces.faces, parsedFaces.n = map[parsedKey][]parsedFace{}, 0
	}
	parsedFaces.faces[key] = append(parsedFaces.faces[key], parsedFace{fc.data, font})
	parsedFaces.n++
	return font, nil
}
