package parse

import (
	"strings"
	"testing"

	"baocao/internal/program"
)

func TestParseDeadline(t *testing.T) {
	tests := []struct {
		text       string
		kind       program.DeadlineKind
		due        string // "" when the deadline has none
		milestones []string
		qualifier  string
		recurrence string
	}{
		{"quý II-2021", program.DeadlineFixed, "2021-06-30", []string{"quý II-2021"}, "", ""},
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
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d, err := ParseDeadline(tc.text)
			if err != nil {
				t.Fatalf("ParseDeadline(%q): %v", tc.text, err)
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
			if d.Text != strings.Join(strings.Fields(tc.text), " ") {
				t.Errorf("text = %q, want the words as written", d.Text)
			}
		})
	}
}

func TestParseDeadlineMilestones(t *testing.T) {
	d, err := ParseDeadline("quý I và quý II-2021")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Milestones[0]; got.Start.String() != "2021-01-01" || got.Due.String() != "2021-03-31" || got.Granularity != program.ByQuarter {
		t.Errorf("first milestone = %+v, want quý I of 2021 (the year written once applies to both)", got)
	}
	d, _ = ParseDeadline("giai đoạn 2021-2025")
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
		{"quý II", `"quý II" has no year`},
		{"quý V-2021", `"quý V-2021"`},
		{"", `names no period`},
		{"Hoàn thành trong", `names no period`},
		{"2025-2021", `not a span`},
		{"năm 0021", `plausible`},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			d, err := ParseDeadline(tc.text)
			if err == nil {
				t.Fatalf("ParseDeadline(%q) = %+v, want an error", tc.text, d)
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
