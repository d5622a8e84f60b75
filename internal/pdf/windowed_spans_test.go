package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// slowSpans is protectedSpans by the case-insensitive expressions on the whole text.
func slowSpans(text string) [][]int {
	var all [][]int
	for _, ph := range protectedPhrases {
		all = append(all, ph.fold().FindAllStringIndex(text, -1)...)
	}
	return all
}

// TestProtectedSpansAsWholeTextSearch: the lower-case, windowed search of
// protectedSpans finds exactly the spans the case-insensitive expressions
// find in the whole text, on generated and varied programmes, in upper case
// too.
func TestProtectedSpansAsWholeTextSearch(t *testing.T) {
	p := generatedProgramme(t, 1000)
	var texts []string
	for _, r := range p.Annex.Rows {
		texts = append(texts, r.AgencyText, r.Title, r.Deadline.Text, strings.ToUpper(r.Title))
	}
	b := bigProgramme(100)
	for _, r := range b.Annex.Rows {
		texts = append(texts, r.AgencyText, r.Title, r.Deadline.Text)
	}
	n := 0
	for _, text := range texts {
		want := slowSpans(text)
		n += len(want)
		if got := protectedSpans(text); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q:\n%v\n%v", text, got, want)
		}
	}
	if n < 1000 {
		t.Errorf("only %d spans in %d texts: the test checks too little", n, len(texts))
	}
}
