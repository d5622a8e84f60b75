package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The configuration's header, signer and recipients, and --number, reach the
// printed report.
func TestReportCarriesConfigurationAndNumber(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "[issuer]\nplace = \"Phú Quốc\"\n[signer]\nauthority = \"T/L BAN THƯỜNG VỤ\"\nposition = \"CHÁNH VĂN PHÒNG\"\nname = \"Nguyễn Văn An\"\n[recipients]\nlist = [\"Thường trực Tỉnh ủy\", \"Lưu Văn phòng Tỉnh ủy\"]\n")
	out := filepath.Join(dir, "out")
	if r := cli(t, "report", "--config", cfg, "--quarter", "2021-Q2", "--date", "2021-06-30", "--number", "15", "-o", out, "-q"); r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	text, err := exec.Command("pdftotext", "-layout", filepath.Join(out, "bao-cao-2021-Q2.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Số 15-BC/TU", "Phú Quốc, ngày 30 tháng 6 năm 2021", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
		"Nguyễn Văn An", "- Thường trực Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy."} {
		if !strings.Contains(string(text), want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// wording.quarter_style reaches the report: one quarter wording per document.
func TestReportFollowsQuarterStyle(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	for style, other := range map[string]string{"quý II năm 2021": "quý II-2021", "quý II/2021": "quý II-2021", "quý II-2021": "quý II năm 2021"} {
		dir := t.TempDir()
		cfg := writeConfig(t, dir, "[wording]\nquarter_style = \""+style+"\"\n")
		out := filepath.Join(dir, "out")
		if r := cli(t, "report", "--config", cfg, "--quarter", "2021-Q2", "--date", "2021-06-30", "-o", out, "-q"); r.code != ExitOK {
			t.Fatalf("%s: %s", style, r)
		}
		raw, err := exec.Command("pdftotext", filepath.Join(out, "bao-cao-2021-Q2.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(raw)), " ")
		if !strings.Contains(text, style) {
			t.Errorf("style %q: the report never writes %q", style, style)
		}
		if strings.Contains(text, other) {
			t.Errorf("style %q: the report also writes %q", style, other)
		}
	}
}
