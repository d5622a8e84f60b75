package docx

import (
	"strings"
	"testing"

	"baocao/internal/golden"
)

// TestGoldenParts: the sample's document and styles, a block element a
// line, under testdata/ (go test -update rewrites them), so every change
// to what Word is given is a reviewable diff.
func TestGoldenParts(t *testing.T) {
	_, raw := render(t, sample())
	parts, _ := unzip(t, raw)
	for part, file := range map[string]string{documentPart: "sample-document.xml", stylesPart: "sample-styles.xml"} {
		golden.Check(t, file, []byte(lines(string(parts[part]))))
	}
}

// lines starts each paragraph, table, row, cell, section and style on a
// line of its own.
func lines(x string) string {
	for _, tag := range []string{"<w:p>", "<w:tbl>", "<w:tr>", "<w:tc>", "<w:sectPr>", "<w:style ", "<w:docDefaults>", "</w:body>", "</w:styles>"} {
		x = strings.ReplaceAll(x, tag, "\n"+tag)
	}
	return x + "\n"
}
