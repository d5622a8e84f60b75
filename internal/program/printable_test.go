package program

import "testing"

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"Kế hoạch số 12-KH/TU":          "Kế hoạch số 12-KH/TU",
		"a\x00b\x01c\x1b[31md\x7fe":     "abc[31mde",
		"\ufeffBOM \u0085NEL \u009bCSI": "BOM NEL CSI",
		"x\ufffey\uffffz\ufdd0":         "xyz",
		"tab\tand\nline":                "tab\tand\nline",
		"cr\r\nlf and cr\ralone":        "cr\nlf and cr\nalone",
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}
