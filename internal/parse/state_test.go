package parse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/golden"
)

// A UBND tỉnh Kế hoạch: the State header (issuer and number in the left
// column, the national motto and place-date in the right one, delivered
// left then right), "Số: 125/KH-UBND", a title split by a blank line, a
// body with no bold (products read by wording), half-year, recurring, open
// and span deadlines, a deputy's signature beside the Nơi nhận, and a Ghi
// chú that counts in words.
func TestGoldenStateLayout(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "125-KH-UBND-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, diags := Parse("125-KH-UBND-2021.txt", data)
	if p == nil {
		t.Fatalf("no programme: %v", diags)
	}
	if diags.HasErrors() {
		t.Errorf("errors: %s", diagText(diags))
	}
	j, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "125-KH-UBND-2021.json", append(j, '\n'))
	golden.Check(t, "125-KH-UBND-2021.diag", diagText(diags))
	for _, c := range []struct{ what, got, want string }{
		{"number", p.Number, "125/KH-UBND"},
		{"type", p.Type + "/" + p.TypeCode, "Kế hoạch/KH"},
		{"issuer", p.Issuer, "Ủy ban nhân dân tỉnh Kiên Giang"},
		{"date", p.Date.String(), "2021-04-02"},
		{"signer", p.Signer.Authority + "|" + p.Signer.Position + "|" + p.Signer.Name, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH|PHÓ CHỦ TỊCH|Lê Quốc Anh"},
		{"subject", p.Subject, "Triển khai thực hiện Chương trình hành động số 07-CTr/TU của Tỉnh ủy về cải cách hành chính giai đoạn 2021-2025"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if len(p.WorkItems) != 12 || p.DeclaredTotal != 11 {
		t.Errorf("%d work items, %d declared; want 12 and 11", len(p.WorkItems), p.DeclaredTotal)
	}
}

// TestHeaderColumnsInAnyOrder reads the same header laid out three ways: the
// left column's lines then the right one's, the right one's first, and
// both columns on each line split by a tab (Word's Plain Text export).
func TestHeaderColumnsInAnyOrder(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "125-KH-UBND-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	rest := strings.Join(lines[6:], "")
	layouts := map[string]string{
		"left then right": strings.Join(lines[:6], ""),
		"right then left": strings.Join(lines[3:6], "") + strings.Join(lines[:3], ""),
		"tabs": "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KIÊN GIANG\tĐộc lập - Tự do - Hạnh phúc\n" +
			"Số: 125/KH-UBND\tRạch Giá, ngày 02 tháng 4 năm 2021\n",
	}
	for name, header := range layouts {
		p, diags := Parse("h.txt", []byte(header+rest))
		if p == nil || diags.HasErrors() {
			t.Fatalf("%s: %s", name, diagText(diags))
		}
		got := strings.Join([]string{p.Number, p.TypeCode, p.IssuerCode, p.Issuer, p.Date.String(), strings.Join(p.Title, "|")}, " / ")
		want := "125/KH-UBND / KH / UBND / Ủy ban nhân dân tỉnh Kiên Giang / 2021-04-02 / KẾ HOẠCH|Triển khai thực hiện Chương trình hành động số 07-CTr/TU|của Tỉnh ủy về cải cách hành chính giai đoạn 2021-2025"
		if got != want {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
}
