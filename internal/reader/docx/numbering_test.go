package docx

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		v    int
		f    string
		want string
	}{
		{1, "decimal", "1"}, {4, "upperRoman", "IV"}, {14, "lowerRoman", "xiv"}, {1994, "upperRoman", "MCMXCIV"},
		{0, "upperRoman", "0"}, {1, "lowerLetter", "a"}, {26, "upperLetter", "Z"}, {27, "lowerLetter", "aa"},
		{53, "upperLetter", "AAA"}, {0, "lowerLetter", "0"}, {7, "decimalZero", "07"}, {12, "decimalZero", "12"},
		{3, "ordinalText", "3"}, {100000, "lowerLetter", "100000"},
	} {
		if got := formatNumber(c.v, c.f); got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q; want %q", c.v, c.f, got, c.want)
		}
	}
}

func readNum(t *testing.T, s string) *numbering {
	t.Helper()
	n, err := readNumbering(xml.NewDecoder(strings.NewReader(`<w:numbering ` + wns + `>` + s + `</w:numbering>`)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// labels advances the lists in order, "numID/ilvl" each, and returns the labels.
func labels(n *numbering, steps ...string) string {
	var out []string
	for _, s := range steps {
		id, lvl, _ := strings.Cut(s, "/")
		l, _ := n.next(id, int(lvl[0]-'0'))
		if l = strings.TrimSpace(l); l == "" {
			l = "·"
		}
		out = append(out, l)
	}
	return strings.Join(out, " ")
}

func TestNumberingCounters(t *testing.T) {
	n := readNum(t, `
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlRestart w:val="1"/></w:lvl>
 <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%4."/><w:isLgl/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1:"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="9"><w:abstractNumId w:val="404"/></w:num>`)
	// Level 2 restarts only after level 0 (lvlRestart 1), not after level 1.
	got := labels(n, "1/0", "1/1", "1/2", "1/1", "1/2", "1/0", "1/2", "1/1", "1/3", "1/3")
	if want := "I. 1. a) 2. b) II. a) 1. 1.1. 1.2."; got != want {
		t.Errorf("levels: %q; want %q", got, want)
	}
	// Another instance of the same list continues it; one with
	// startOverride counts on its own.
	if got, want := labels(n, "2/0", "3/0", "3/0", "2/0"), "III. III. IV. IV."; got != want {
		t.Errorf("instances: %q; want %q", got, want)
	}
	// A level overridden whole; text around the number; unknown lists.
	if got, want := labels(n, "4/0", "4/0", "5/0", "9/0", "0/0", "77/0", "5/8"), "A. B. Điều 5: · · · ·"; got != want {
		t.Errorf("overrides: %q; want %q", got, want)
	}
}
