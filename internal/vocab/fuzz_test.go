package vocab

import (
	"testing"

	"baocao/internal/program"
	"golang.org/x/text/unicode/norm"
)

// FuzzDeadline checks that any phrase gives a deadline that keeps its
// words, and either a reading whose dates exist or an error with kind
// unknown and no due date.
func FuzzDeadline(f *testing.F) {
	for _, s := range []string{"quý II-2021", "6 tháng đầu năm 2021", "Từ năm 2021", "Tháng 10 hằng năm",
		"Quý I và\nquý II năm 2022", "Năm 2021 và các năm tiếp theo", "trước 30/9/2021", "2021-2025", "định kỳ 6 tháng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Deadline(s)
		if d.Text != FoldSpaces(norm.NFC.String(s)) {
			t.Fatalf("Deadline(%q).Text = %q: the words are not kept", s, d.Text)
		}
		if err != nil {
			if d.Kind != program.DeadlineUnknown || d.Due != nil {
				t.Fatalf("Deadline(%q) failed with %+v", s, d)
			}
			return
		}
		if d.Due != nil && !d.Due.Valid() {
			t.Fatalf("Deadline(%q) due %v is no date", s, *d.Due)
		}
		for _, m := range d.Milestones {
			if !m.Start.Valid() || !m.Due.Valid() || m.Due.Before(m.Start) {
				t.Fatalf("Deadline(%q) milestone %+v", s, m)
			}
		}
		if (d.Kind == program.DeadlineFixed || d.Kind == program.DeadlineSpan) && (d.Due == nil || len(d.Milestones) == 0) {
			t.Fatalf("Deadline(%q) = %+v: a fixed deadline without due date", s, d)
		}
	})
}

// FuzzNumbers checks that counts lie inside the text, in order, without
// overlapping.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"mười một phần việc", "gồm ba kế hoạch, 03 đề án", "hai mươi mốt nhiệm vụ", "một trăm linh năm đề án"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := Lower(s)
		prev := 0
		for _, n := range Numbers(low) {
			if n.Start < prev || n.End <= n.Start || n.End > len(low) || n.Value < 0 {
				t.Fatalf("Numbers(%q): bad span %+v after %d", low, n, prev)
			}
			prev = n.End
		}
	})
}
