package pdf

import (
	"fmt"
	"math/rand/v2"
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

// TestProtectedSpansMemoAsWholeTextSearch: with one memo of windows for
// all the texts, as a document keeps it, and each text searched twice
// (the second time from the memo), protectedSpansIn finds what the
// case-insensitive expressions find in the whole text; and the memo is
// used, holding fewer windows than were searched.
func TestProtectedSpansMemoAsWholeTextSearch(t *testing.T) {
	p := generatedProgramme(t, 1000)
	texts := []string{
		"Tỉnh ủy", "tỉnh ủy ban", "Đảng ủy, Tỉnh ủy và Huyện ủy", "quý I", "quý I-2021", "quý I-2021 và quý II năm 2022",
		"số 07-CTr/TU", "số \u00a0\u00a0-BC/TU", "GIAI ĐOẠN 2021-2025", "giai đoạn 2021-2025, nhiệm kỳ 2020-2025",
		"Báo cáo ſố 07-CTr/TU, ĐẢNG ỦY, quý Ⅳ-2021 và quý II năm 2021 – \u212ahóa XI",
	}
	for _, r := range p.Annex.Rows {
		texts = append(texts, r.AgencyText, r.Title, r.Deadline.Text, strings.ToUpper(r.Title), r.Title+" của Tỉnh ủy, quý IV-2021")
	}
	memo := windowMemo{}
	n := 0
	for round := range 2 {
		for _, text := range texts {
			want := slowSpans(text)
			n += len(want)
			if got := protectedSpansIn(text, memo); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("round %d, %q:\n%v\n%v", round, text, got, want)
			}
		}
	}
	if n < 2000 {
		t.Errorf("only %d spans: the test checks too little", n)
	}
	if len(memo) == 0 || len(memo) > len(texts) {
		t.Errorf("%d windows kept for %d texts: the memo is not what is used", len(memo), len(texts))
	}
}

// phrasesKeyed, which looks at the keys only where two bytes start one,
// marks what a search for each key marks: on the generated annex's
// cells lower-cased, each key alone, at the start, at the end and cut
// short, and random texts made of the keys' pieces.
func TestPhrasesKeyedIsContains(t *testing.T) {
	naive := func(lower string) uint64 {
		var has uint64
		for i, p := range protectedPhrases {
			for _, k := range p.keys {
				if strings.Contains(lower, k) {
					has |= 1 << i
				}
			}
		}
		return has
	}
	var texts []string
	var bits []string
	for _, p := range protectedPhrases {
		for _, k := range p.keys {
			texts = append(texts, k, "x"+k, k[:len(k)-1], "a "+k[:len(k)-1]+" "+k)
			bits = append(bits, k, k[:1], k[1:2], k[:len(k)/2], k[len(k)/2:])
		}
	}
	for _, r := range generatedProgramme(t, 300).Annex.Rows {
		for _, s := range []string{r.AgencyText, r.Title, r.Deadline.Text} {
			lower, _ := lowerText(s)
			texts = append(texts, lower)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(bits[rng.IntN(len(bits))])
		}
		texts = append(texts, b.String())
	}
	marked := 0
	for _, s := range texts {
		got, want := phrasesKeyed(s), naive(s)
		if got != want {
			t.Fatalf("phrasesKeyed(%q) = %b, want %b", s, got, want)
		}
		if got != 0 {
			marked++
		}
	}
	if marked < len(texts)/10 {
		t.Errorf("only %d of %d texts hold a key: the test checks too little", marked, len(texts))
	}
}
