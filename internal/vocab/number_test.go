package vocab

import (
	"fmt"
	"testing"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		text string
		want string // value:words, separated by |
	}{
		{"mười một phần việc", "11:mười một"},
		{"ba kế hoạch", "3:ba"},
		{"hai mươi mốt nhiệm vụ", "21:hai mươi mốt"},
		{"một quy chế", "1:một"},
		{"03 đề án", "3:03"},
		{"mười lăm đề án, hai mươi tư kế hoạch", "15:mười lăm|24:hai mươi tư"},
		{"một trăm linh năm nhiệm vụ", "105:một trăm linh năm"},
		{"một trăm hai mươi nhiệm vụ", "120:một trăm hai mươi"},
		{"năm báo cáo", "5:năm"},
		{"hằng năm báo cáo", ""},
		{"trong năm nay", ""},
		{"năm 2021", "2021:2021"},
		{"một số chủ trương", ""},
		{"đề ra ba", ""}, // a number word at the end counts nothing
		{"ba, bốn kế hoạch", "4:bốn"},
		{"mười đề án", "10:mười"},
		{"ba (03) kế hoạch, mười một (11) đề án", "3:ba (03)|11:mười một (11)"},
		{"ba (04) kế hoạch", "4:04"},
	}
	for _, tc := range tests {
		got := ""
		for i, n := range Numbers(tc.text) {
			if i > 0 {
				got += "|"
			}
			got += fmt.Sprintf("%d:%s", n.Value, tc.text[n.Start:n.End])
		}
		if got != tc.want {
			t.Errorf("Numbers(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
