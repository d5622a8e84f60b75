package vocab

import (
	"fmt"
	"strings"
	"testing"

	"baocao/internal/program"
)

func TestDeadline(t *testing.T) {
	tests := []struct {
		text       string
		kind       program.DeadlineKind
		due        string // "" when the deadline has none
		milestones []string
		qualifier  string
		recurrence string
	}{
		{"quý II-2021", program.DeadlineFixed, "2021-06-30", []string{"quý II-2021"}, "", ""},
		{"Đầu quý III/2022", program.DeadlineFixed, "2022-07-31", []string{"Đầu quý III/2022"}, "", ""},
		{"giữa quý IV năm 2022", program.DeadlineFixed, "2022-11-30", []string{"giữa quý IV năm 2022"}, "", ""},
		{"Quý I/2023 và hằng năm", program.DeadlineRecurring, "", nil, "", program.RecurAnnual},
		{"Thường xuyên, hằng năm", program.DeadlineRecurring, "", nil, "", program.RecurAnnual},
		{"quý II/2021", program.DeadlineFixed, "2021-06-30", []string{"quý II/2021"}, "", ""},
		{"quý 2 năm 2021", program.DeadlineFixed, "2021-06-30", []string{"quý 2 năm 2021"}, "", ""},
		{"Quý II năm 2021", program.DeadlineFixed, "2021-06-30", []string{"Quý II năm 2021"}, "", ""},
		{"Hoàn thành trong quý II-2021", program.DeadlineFixed, "2021-06-30", []string{"quý II-2021"}, "", ""},
		{"thời gian hoàn thành trong quý II-2021", program.DeadlineFixed, "2021-06-30", []string{"quý II-2021"}, "", ""},
		{"quý I-2021", program.DeadlineFixed, "2021-03-31", []string{"quý I-2021"}, "", ""},
		{"quý III-2021", program.DeadlineFixed, "2021-09-30", []string{"quý III-2021"}, "", ""},
		{"quý IV-2021", program.DeadlineFixed, "2021-12-31", []string{"quý IV-2021"}, "", ""},
		{"quý I và quý II-2021", program.DeadlineFixed, "2021-06-30", []string{"quý I", "quý II-2021"}, "", ""},
		{"quý IV-2021 và quý I-2022", program.DeadlineFixed, "2022-03-31", []string{"quý IV-2021", "quý I-2022"}, "", ""},
		{"quý III và IV/2021", program.DeadlineFixed, "2021-12-31", []string{"quý III", "IV/2021"}, "", ""},
		{"tháng 6 và 7/2021", program.DeadlineFixed, "2021-07-31", []string{"tháng 6", "7/2021"}, "", ""},
		{"quý I, quý II và quý III năm 2022", program.DeadlineFixed, "2022-09-30", []string{"quý I", "quý II", "quý III năm 2022"}, "", ""},
		{"chậm nhất trong quý IV-2021", program.DeadlineFixed, "2021-12-31", []string{"quý IV-2021"}, "no_later_than", ""},
		{"Hoàn thành chậm nhất trong quý IV-2021", program.DeadlineFixed, "2021-12-31", []string{"quý IV-2021"}, "no_later_than", ""},
		{"tháng 6/2021", program.DeadlineFixed, "2021-06-30", []string{"tháng 6/2021"}, "", ""},
		{"tháng 9-2021", program.DeadlineFixed, "2021-09-30", []string{"tháng 9-2021"}, "", ""},
		{"tháng 2 năm 2024", program.DeadlineFixed, "2024-02-29", []string{"tháng 2 năm 2024"}, "", ""},
		{"30/6/2021", program.DeadlineFixed, "2021-06-30", []string{"30/6/2021"}, "", ""},
		{"30-6-2021", program.DeadlineFixed, "2021-06-30", []string{"30-6-2021"}, "", ""},
		{"ngày 30 tháng 6 năm 2021", program.DeadlineFixed, "2021-06-30", []string{"ngày 30 tháng 6 năm 2021"}, "", ""},
		{"trước ngày 30/4/2021", program.DeadlineFixed, "2021-04-29", []string{"ngày 30/4/2021"}, "before", ""},
		{"năm 2022", program.DeadlineFixed, "2022-12-31", []string{"năm 2022"}, "", ""},
		{"trong năm 2021", program.DeadlineFixed, "2021-12-31", []string{"năm 2021"}, "", ""},
		{"hằng năm", program.DeadlineRecurring, "", nil, "", "annual"},
		{"hàng năm", program.DeadlineRecurring, "", nil, "", "annual"},
		{"Hằng năm", program.DeadlineRecurring, "", nil, "", "annual"},
		{"hằng quý", program.DeadlineRecurring, "", nil, "", "quarterly"},
		{"thường xuyên", program.DeadlineOngoing, "", nil, "", ""},
		{"2021-2025", program.DeadlineSpan, "2025-12-31", []string{"2021-2025"}, "", ""},
		{"giai đoạn 2021-2025", program.DeadlineSpan, "2025-12-31", []string{"giai đoạn 2021-2025"}, "", ""},
		{"  quý  II-2021. ", program.DeadlineFixed, "2021-06-30", []string{"quý II-2021"}, "", ""},
		// The phrases of the UBND Kế hoạch, Thành ủy and Đảng ủy Khối programmes.
		{"Cuối năm 2021", program.DeadlineFixed, "2021-12-31", []string{"năm 2021"}, "", ""},
		{"Trước 30/9/2021", program.DeadlineFixed, "2021-09-29", []string{"30/9/2021"}, "before", ""},
		{"Quý I và quý II năm 2022", program.DeadlineFixed, "2022-06-30", []string{"Quý I", "quý II năm 2022"}, "", ""},
		{"Quý I và\nquý  II\u00a0năm 2022", program.DeadlineFixed, "2022-06-30", []string{"Quý I", "quý II năm 2022"}, "", ""},
		{"Quý I và quý II -\tnăm 2022", program.DeadlineFixed, "2022-06-30", []string{"Quý I", "quý II - năm 2022"}, "", ""},
		{"Tháng 6 - 2021", program.DeadlineFixed, "2021-06-30", []string{"Tháng 6 - 2021"}, "", ""},
		{"Quý III/2022", program.DeadlineFixed, "2022-09-30", []string{"Quý III/2022"}, "", ""},
		{"Hoàn thành trong tháng 12/2021", program.DeadlineFixed, "2021-12-31", []string{"tháng 12/2021"}, "", ""},
		{"Trong năm 2022", program.DeadlineFixed, "2022-12-31", []string{"năm 2022"}, "", ""},
		{"Năm 2021-2022", program.DeadlineSpan, "2022-12-31", []string{"Năm 2021-2022"}, "", ""},
		{"Từ năm 2021 đến năm 2025", program.DeadlineSpan, "2025-12-31", []string{"Từ năm 2021 đến năm 2025"}, "", ""},
		{"6 tháng đầu năm 2021", program.DeadlineFixed, "2021-06-30", []string{"6 tháng đầu năm 2021"}, "", ""},
		{"6 tháng cuối năm 2021", program.DeadlineFixed, "2021-12-31", []string{"6 tháng cuối năm 2021"}, "", ""},
		{"Sáu tháng đầu năm 2022", program.DeadlineFixed, "2022-06-30", []string{"Sáu tháng đầu năm 2022"}, "", ""},
		{"Hoàn thành trong 6 tháng cuối năm 2021", program.DeadlineFixed, "2021-12-31", []string{"6 tháng cuối năm 2021"}, "", ""},
		{"6 tháng đầu và 6 tháng cuối năm 2021", program.DeadlineFixed, "2021-12-31", []string{"6 tháng đầu", "6 tháng cuối năm 2021"}, "", ""},
		{"6 tháng đầu và cuối năm 2021", program.DeadlineFixed, "2021-12-31", []string{"6 tháng đầu", "cuối năm 2021"}, "", ""},
		{"Năm 2021 và các năm tiếp theo", program.DeadlineRecurring, "", nil, "", "annual"},
		{"Từ năm 2021 và những năm tiếp theo", program.DeadlineRecurring, "", nil, "", "annual"},
		{"Tháng 10 hằng năm", program.DeadlineRecurring, "", nil, "", "annual"},
		{"Quý IV hàng năm", program.DeadlineRecurring, "", nil, "", "annual"},
		{"Định kỳ 6 tháng", program.DeadlineRecurring, "", nil, "", "semiannual"},
		{"6 tháng một lần", program.DeadlineRecurring, "", nil, "", "semiannual"},
		{"Định kỳ hằng tháng", program.DeadlineRecurring, "", nil, "", "monthly"},
		{"Từ năm 2021", program.DeadlineOpen, "", nil, "", ""},
		{"quý II – 2021", program.DeadlineFixed, "2021-06-30", []string{"quý II – 2021"}, "", ""},
		{"Tháng 6 — 2021", program.DeadlineFixed, "2021-06-30", []string{"Tháng 6 — 2021"}, "", ""},
		{"30–6–2021", program.DeadlineFixed, "2021-06-30", []string{"30–6–2021"}, "", ""},
		{"Đến hết năm 2021", program.DeadlineFixed, "2021-12-31", []string{"năm 2021"}, "", ""},
		{"Từ quý IV/2021 đến quý I/2022", program.DeadlineSpan, "2022-03-31", []string{"quý IV/2021 đến quý I/2022"}, "", ""},
		{"tháng 6 đến hết tháng 9/2021", program.DeadlineSpan, "2021-09-30", []string{"tháng 6 đến hết tháng 9/2021"}, "", ""},
		{"thời gian hoàn thành: 6 tháng đầu năm 2021", program.DeadlineFixed, "2021-06-30", []string{"6 tháng đầu năm 2021"}, "", ""},
		{"thời gian: tháng 10 hằng năm", program.DeadlineRecurring, "", nil, "", "annual"},
		{"Từ quý II/2021 trở đi", program.DeadlineOpen, "", nil, "", ""},
		// The phrases the audit's programmes use: early year is the first
		// quarter, mid-year the first half, a week of a month its 7 days.
		{"Đầu năm 2025", program.DeadlineFixed, "2025-03-31", []string{"Đầu năm 2025"}, "", ""},
		{"Giữa năm 2024", program.DeadlineFixed, "2024-06-30", []string{"Giữa năm 2024"}, "", ""},
		{"Tuần đầu tháng 3/2024", program.DeadlineFixed, "2024-03-07", []string{"Tuần đầu tháng 3/2024"}, "", ""},
		{"Tuần cuối tháng 2/2024", program.DeadlineFixed, "2024-02-29", []string{"Tuần cuối tháng 2/2024"}, "", ""},
		{"Tháng 9 - 10/2024", program.DeadlineSpan, "2024-10-31", []string{"Tháng 9 - 10/2024"}, "", ""},
		{"Tháng 9-10/2024", program.DeadlineSpan, "2024-10-31", []string{"Tháng 9-10/2024"}, "", ""},
		{"15/8/2024 (dự kiến)", program.DeadlineFixed, "2024-08-15", []string{"15/8/2024"}, "", ""},
		{"Quý I/2025 - Quý II/2025", program.DeadlineSpan, "2025-06-30", []string{"Quý I/2025 - Quý II/2025"}, "", ""},
		{"quý II-2021 – quý III-2021", program.DeadlineSpan, "2021-09-30", []string{"quý II-2021 – quý III-2021"}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d, err := Deadline(tc.text)
			if err != nil {
				t.Fatalf("Deadline(%q): %v", tc.text, err)
			}
			if d.Kind != tc.kind {
				t.Errorf("kind = %q, want %q", d.Kind, tc.kind)
			}
			due := ""
			if d.Due != nil {
				due = d.Due.String()
			}
			if due != tc.due {
				t.Errorf("due = %q, want %q", due, tc.due)
			}
			var ms []string
			for _, m := range d.Milestones {
				ms = append(ms, m.Text)
			}
			if strings.Join(ms, "|") != strings.Join(tc.milestones, "|") {
				t.Errorf("milestones = %q, want %q", ms, tc.milestones)
			}
			if d.Qualifier != tc.qualifier || d.Recurrence != tc.recurrence {
				t.Errorf("qualifier, recurrence = %q, %q; want %q, %q", d.Qualifier, d.Recurrence, tc.qualifier, tc.recurrence)
			}
			if d.Text != FoldSpaces(tc.text) {
				t.Errorf("text = %q, want the words as written", d.Text)
			}
		})
	}
}

func TestParseDeadlineMilestones(t *testing.T) {
	d, err := Deadline("quý I và quý II-2021")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Milestones[0]; got.Start.String() != "2021-01-01" || got.Due.String() != "2021-03-31" || got.Granularity != program.ByQuarter {
		t.Errorf("first milestone = %+v, want quý I of 2021 (the year written once applies to both)", got)
	}
	d, _ = Deadline("giai đoạn 2021-2025")
	if m := d.Milestones[0]; m.Start.String() != "2021-01-01" || m.Granularity != program.BySpan {
		t.Errorf("span milestone = %+v", m)
	}
}

func TestParseDeadlineErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"31/2/2021", `"31/2/2021"`},
		{"30/13/2021", `"30/13/2021"`},
		{"tháng 13/2021", `"tháng 13/2021"`},
		{"sớm nhất có thể", `"sớm nhất có thể"`},
		{"Sau khi có hướng dẫn của Huyện ủy", `"Sau khi có hướng dẫn của Huyện ủy"`},
		{"(dự kiến)", `names no period`},
		{"Quý II/2025 - Quý I/2025", `"Quý II/2025 - Quý I/2025"`},
		{"Tuần đầu tháng 13/2024", `"Tuần đầu tháng 13/2024"`},
		{"quý II", `"quý II" has no year`},
		{"quý V-2021", `"quý V-2021"`},
		{"", `names no period`},
		{"Hoàn thành trong", `names no period`},
		{"2025-2021", `not a span`},
		{"năm 0021", `plausible`},
		{"6 tháng đầu năm", `has no year`},
		{"6 tháng giữa năm 2021", `not a period`},
		{"Từ quý I và quý II-2021", `more than one period`},
		{"Từ", `not a period`},
		{"Từ quý II/2022 đến quý I/2022", `one period to another`},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d, err := Deadline(tc.text)
			if err == nil {
				t.Fatalf("Deadline(%q) = %+v, want an error", tc.text, d)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
			if d.Kind != program.DeadlineUnknown || d.Due != nil {
				t.Errorf("deadline on error = %+v, want kind unknown and no due date", d)
			}
		})
	}
}

// TestDeadlineGranularity checks what the new forms mean beyond their due
// date: the half-year milestones, where open and recurring deadlines start.
func TestDeadlineGranularity(t *testing.T) {
	tests := []struct {
		text        string
		granularity []program.Granularity
		start       string // first milestone's first day
		from        string
	}{
		{"6 tháng đầu năm 2021", []program.Granularity{program.ByHalf}, "2021-01-01", ""},
		{"6 tháng cuối năm 2021", []program.Granularity{program.ByHalf}, "2021-07-01", ""},
		{"6 tháng đầu và cuối năm 2021", []program.Granularity{program.ByHalf, program.ByHalf}, "2021-01-01", ""},
		{"Quý I và quý II năm 2022", []program.Granularity{program.ByQuarter, program.ByQuarter}, "2022-01-01", ""},
		{"Tháng 6 - 2021", []program.Granularity{program.ByMonth}, "2021-06-01", ""},
		{"Cuối năm 2021", []program.Granularity{program.ByYear}, "2021-01-01", ""},
		{"Trước 30/9/2021", []program.Granularity{program.ByDay}, "2021-09-30", ""},
		{"Năm 2021-2022", []program.Granularity{program.BySpan}, "2021-01-01", ""},
		{"Từ năm 2021", nil, "", "2021-01-01"},
		{"Từ quý II/2021 trở đi", nil, "", "2021-04-01"},
		{"Năm 2021 và các năm tiếp theo", nil, "", "2021-01-01"},
		{"Tháng 10 hằng năm", nil, "", ""},
		{"Định kỳ 6 tháng", nil, "", ""},
		{"Đầu quý III/2022", []program.Granularity{program.ByMonth}, "2022-07-01", ""},
		{"giữa quý IV năm 2022", []program.Granularity{program.ByMonth}, "2022-11-01", ""},
		{"Quý I/2023 và hằng năm", nil, "", "2023-01-01"},
		{"Tháng 6/2022, hằng năm", nil, "", "2022-06-01"},
		{"Thường xuyên, hằng năm", nil, "", ""},
	}
	for _, tc := range tests {
		d, err := Deadline(tc.text)
		if err != nil {
			t.Errorf("Deadline(%q): %v", tc.text, err)
			continue
		}
		var gs []program.Granularity
		for _, m := range d.Milestones {
			gs = append(gs, m.Granularity)
		}
		if fmt.Sprint(gs) != fmt.Sprint(tc.granularity) {
			t.Errorf("Deadline(%q) granularities = %v, want %v", tc.text, gs, tc.granularity)
		}
		if len(d.Milestones) > 0 && d.Milestones[0].Start.String() != tc.start {
			t.Errorf("Deadline(%q) starts %v, want %s", tc.text, d.Milestones[0].Start, tc.start)
		}
		from := ""
		if d.From != nil {
			from = d.From.String()
		}
		if from != tc.from {
			t.Errorf("Deadline(%q) from = %q, want %q", tc.text, from, tc.from)
		}
	}
}

func TestDeadlineEvery(t *testing.T) {
	for text, want := range map[string]string{"Tháng 10 hằng năm": "tháng 10", "Quý IV hàng năm": "quý iv", "hằng năm": "", "ngày 15/12 hằng năm": "ngày 15/12"} {
		d, err := Deadline(text)
		if err != nil || d.Every != want {
			t.Errorf("Deadline(%q).Every = %q, %v; want %q", text, d.Every, err, want)
		}
	}
}
