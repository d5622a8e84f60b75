package xlsx

import (
	"math/rand/v2"
	"testing"
)

// oldCountLines is countLines as it was before the advances were read from
// fontMetrics' own table: the reference the fast count must agree with.
func oldCountLines(m *fontMetrics, text string, size, width float64) int {
	scale := size / m.UnitsPerEm
	space := float64(m.Advance(' ')) * scale
	lines := 1
	line := 0.0
	glue := 0.0
	piece := 0.0
	start := -1
	place := func(end int) {
		if start < 0 {
			return
		}
		switch {
		case line == 0 && piece <= width:
			line = piece
		case line > 0 && line+glue+piece <= width:
			line += glue + piece
		case piece <= width:
			lines++
			line = piece
		default:
			if line > 0 {
				lines++
			}
			line = 0
			for _, r := range text[start:end] {
				rw := float64(m.Advance(r)) * scale
				if line > 0 && line+rw > width {
					lines++
					line = 0
				}
				line += rw
			}
		}
		start, piece = -1, 0
	}
	for i, r := range text {
		switch r {
		case '\n':
			place(i)
			lines++
			line, glue = 0, 0
		case ' ', '\t':
			place(i)
			glue = space
		default:
			if start < 0 {
				start = i
			}
			piece += float64(m.Advance(r)) * scale
			if r == '-' && i > start && i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\t' && text[i+1] != '\n' && text[i+1] != '-' {
				place(i + 1)
				glue = 0
			}
		}
	}
	place(len(text))
	return lines
}

// oddRunes are characters beyond the Vietnamese range and broken UTF-8,
// for the random texts.
var oddRunes = []string{"€", "漢", "😀", "\xff", "\u00a0", "ﬁ", "\u0301"}

// TestCountLinesMatchesOld: on random texts, widths and sizes, both fonts
// count as the old countLines did, and so do the text's pieces (wrapText).
func TestCountLinesMatchesOld(t *testing.T) {
	mr, mb, err := serifMetrics()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 12))
	iters := 20000
	if testing.Short() {
		iters = 2000
	}
	var wt wrapText // reused, as the layout reuses it
	for i := range iters {
		text := randomText(rng, 40)
		if rng.IntN(4) == 0 {
			text += oddRunes[rng.IntN(len(oddRunes))] + randomText(rng, 5)
		}
		size := []float64{9, 10.5, 11, 12, 13, 14}[rng.IntN(6)]
		width := rng.Float64() * 400
		if i%5 == 0 {
			width = float64(rng.IntN(200)) // whole points: the edges of words fall on them
		}
		for _, m := range []*fontMetrics{mr, mb} {
			want := oldCountLines(m, text, size, width)
			if got := m.countLines(text, size, width); got != want {
				t.Fatalf("countLines(%q, %v, %v) = %d, the old count %d", text, size, width, got, want)
			}
			m.cut(&wt, text, size)
			if got := wt.lines(width); got != want {
				t.Fatalf("cut %q at %v pt, lines at %v = %d, the old count %d", text, size, width, got, want)
			}
		}
	}
}

// BenchmarkCountLines counts the lines of a long Vietnamese title at a
// few widths, as the report's tables do.
func BenchmarkCountLines(b *testing.B) {
	m, err := serifRegular()
	if err != nil {
		b.Fatal(err)
	}
	text := "Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI), chỉ số hiệu quả quản trị và hành chính công (PAPI) giai đoạn 2021-2025"
	for b.Loop() {
		for _, w := range []float64{50, 100, 200, 400} {
			m.countLines(text, 12, w)
		}
	}
}
