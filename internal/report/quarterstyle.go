package report

import (
	"fmt"
	"strconv"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// QuarterStyle is how a document writes a quarter. The spec allows three
// forms but one per document; the zero value is the seed's.
type QuarterStyle int

// The quarter styles, named by how they write the second quarter of 2021.
const (
	QuarterDash  QuarterStyle = iota // "quý II-2021", as the seed writes (the default)
	QuarterYear                      // "quý II năm 2021"
	QuarterSlash                     // "quý II/2021"
)

// quarterStyleNames are the configuration's spellings (wording.quarter_style).
var quarterStyleNames = [...]string{
	QuarterDash:  "quý II-2021",
	QuarterYear:  "quý II năm 2021",
	QuarterSlash: "quý II/2021",
}

// ParseQuarterStyle maps the configuration's wording.quarter_style to a
// style: exactly "quý II-2021", "quý II năm 2021" or "quý II/2021" (accepted
// composed or decomposed, as an editor may save either).
func ParseQuarterStyle(s string) (QuarterStyle, error) {
	n := norm.NFC.String(s)
	for i, name := range quarterStyleNames {
		if n == name {
			return QuarterStyle(i), nil
		}
	}
	return QuarterDash, fmt.Errorf("quarter style %q: expected %q, %q or %q",
		s, quarterStyleNames[QuarterDash], quarterStyleNames[QuarterYear], quarterStyleNames[QuarterSlash])
}

// String is the configuration's spelling of the style: "quý II năm 2021".
func (s QuarterStyle) String() string {
	if s < 0 || int(s) >= len(quarterStyleNames) {
		return fmt.Sprintf("QuarterStyle(%d)", int(s))
	}
	return quarterStyleNames[s]
}

// separator is what the style puts between the Roman numeral and the year;
// an unknown style falls back to the seed's.
func (s QuarterStyle) separator() string {
	switch s {
	case QuarterYear:
		return " năm "
	case QuarterSlash:
		return "/"
	}
	return "-"
}

// Format writes q in the style: "quý II-2021", "quý II năm 2021", "quý II/2021".
func (s QuarterStyle) Format(q program.Quarter) string {
	return "quý " + q.Roman() + s.separator() + strconv.Itoa(q.Year)
}

// quarterPhrase finds a quarter written in any of the three styles, also
// when it names several quarters of one year; the phrase is the shared
// vocabulary's.
var quarterPhrase = vocab.QuarterPhrase

// restyle rewrites every quarter phrase in s to the style, so words quoted
// from the programme or the ledger ("Hoàn thành trong quý II-2021") do not
// mix forms with the report's own sentences.
func (s QuarterStyle) restyle(text string) string {
	return quarterPhrase.ReplaceAllString(text, "${1}"+s.separator()+"${2}")
}
