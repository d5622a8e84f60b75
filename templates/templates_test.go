package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestBuiltinHasEveryNamedTemplate(t *testing.T) {
	tt, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range Names {
		if tt.Lookup(n) == nil {
			t.Errorf("built-in templates lack %s", n)
		}
	}
}

func TestBuiltinWordingIsNFCAndDocumented(t *testing.T) {
	entries, err := FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, _ := FS.ReadFile(e.Name())
		if !norm.NFC.IsNormal(data) {
			t.Errorf("%s is not NFC: decomposed accents print badly", e.Name())
		}
		if !strings.HasPrefix(string(data), "{{- /*\n"+e.Name()+" — ") {
			t.Errorf("%s does not open with the comment documenting what it receives", e.Name())
		}
	}
}

func TestLoadOverlaysAFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "title.tmpl"), []byte("BÁO CÁO\nkết quả {{.X}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	tt, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := tt.ExecuteTemplate(&b, "title.tmpl", map[string]string{"X": "quý II"}); err != nil {
		t.Fatal(err)
	}
	if b.String() != "BÁO CÁO\nkết quả quý II" {
		t.Errorf("overlay not used: %q", b.String())
	}
	if tt.Lookup("results.tmpl") == nil {
		t.Error("files missing from the folder lost their built-in wording")
	}
}

func TestLoadNamesFileAndLineOfAParseError(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "next.tmpl"), []byte("một\nhai {{if}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(dir)
	if err == nil || !strings.Contains(err.Error(), "next.tmpl:2") {
		t.Fatalf("err = %v, want next.tmpl:2", err)
	}
}

func TestLoadMissingFolder(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Fatal("a missing templates folder was accepted")
	}
}

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{"Đã hoàn thành": "đã hoàn thành", "Ủy ban": "ủy ban", "": ""} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q", in, got)
		}
	}
}

func TestPad2(t *testing.T) {
	for n, want := range map[int]string{0: "0", 1: "01", 9: "09", 10: "10", 34: "34", 120: "120"} {
		if got := pad2(n); got != want {
			t.Errorf("pad2(%d) = %q, want %q", n, got, want)
		}
	}
}

// The office's words stay text: a paragraph starting with markup gets the
// backslash the markup drops, and a paragraph is one line.
func TestPlainEscapesMarkup(t *testing.T) {
	for in, want := range map[string]string{
		"Hoàn thành 05 phần việc.":   "Hoàn thành 05 phần việc.",
		"# 5 phần việc":              `\# 5 phần việc`,
		"^ giữa":                     `\^ giữa`,
		"~ nghiêng":                  `\~ nghiêng`,
		"[[table areas]]":            `\[[table areas]]`,
		`\ đã có gạch`:               `\\ đã có gạch`,
		"- ý một\n\ntiếp  theo":      "- ý một tiếp theo",
		"":                           "",
		"  # sau khoảng trắng":       `\# sau khoảng trắng`,
		"Mục [[chart kinds]] ở giữa": "Mục [[chart kinds]] ở giữa",
	} {
		if got := Plain(in); got != want {
			t.Errorf("Plain(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDict(t *testing.T) {
	m, err := dict("Path", "a.md", "Part", "Hạn chế")
	if err != nil || m["Path"] != "a.md" || m["Part"] != "Hạn chế" {
		t.Errorf("%v %v", m, err)
	}
	if _, err := dict("odd"); err == nil {
		t.Error("an odd number of arguments was accepted")
	}
	if _, err := dict(1, 2); err == nil {
		t.Error("a key that is not a string was accepted")
	}
}

// The office's parts: its paragraphs as written, or where to write them.
func TestOfficeParts(t *testing.T) {
	tt, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	quarter := map[string]any{"Text": "quý IV-2021"}
	office := map[string]any{"Path": "theo-doi/07.2021-Q3.md", "Written": true,
		"Assessment": []string{"Nhìn chung tốt."}, "Highlights": []string{"# 5 phần việc xong.", "- ý hai"},
		"Shortcomings": []string(nil), "Causes": []string(nil), "Direction": []string{"Tập trung."}, "Recommendations": []string(nil)}
	data := map[string]any{"Office": office, "NextQuarter": quarter, "Quarter": map[string]any{"Text": "quý III-2021"},
		"Programme": map[string]any{"Type": "Chương trình hành động", "Number": "07-CTr/TU"}}
	var b strings.Builder
	for _, n := range []string{"assessment.tmpl", "direction.tmpl"} {
		if err := tt.ExecuteTemplate(&b, n, data); err != nil {
			t.Fatal(err)
		}
	}
	var paras []string
	for _, p := range strings.Split(b.String(), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	want := []string{"# 4. Đánh giá chung", "Nhìn chung tốt.", "# a) Kết quả nổi bật", `\# 5 phần việc xong.`, "- ý hai",
		"# b) Hạn chế", "(Chưa có nội dung: Văn phòng ghi phần này vào tệp theo-doi/07.2021-Q3.md, mục “Hạn chế”.)",
		"# c) Nguyên nhân", "(Chưa có nội dung: Văn phòng ghi phần này vào tệp theo-doi/07.2021-Q3.md, mục “Nguyên nhân”.)",
		"# IV- PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV-2021", "Tập trung.",
		"# V- KIẾN NGHỊ, ĐỀ XUẤT", "(Chưa có nội dung: Văn phòng ghi phần này vào tệp theo-doi/07.2021-Q3.md, mục “Kiến nghị, đề xuất”.)",
		"Trên đây là báo cáo tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý III-2021; danh sách đầy đủ các phần việc và tình hình thực hiện kèm theo tại Phụ lục."}
	if strings.Join(paras, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(paras, "\n"), strings.Join(want, "\n"))
	}
	office["Path"] = ""
	b.Reset()
	if err := tt.ExecuteTemplate(&b, "direction.tmpl", data); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "(Chưa có nội dung: Văn phòng ghi phần này vào tệp ghi chép của quý đặt cạnh sổ theo dõi (theo-doi/ của thư mục làm việc), mục “Kiến nghị, đề xuất”.)") {
		t.Errorf("without a file:\n%s", b.String())
	}
}

// Every template file is in the README's table, every body template is
// among those rendered, and the README names each function templates may call.
func TestReadmeAndNamesCoverEveryTemplate(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, n := range Names {
		names[n] = true
	}
	for _, e := range entries {
		if !strings.Contains(string(readme), "| `"+e.Name()+"` |") {
			t.Errorf("README.md does not describe %s", e.Name())
		}
	}
	for _, b := range Body {
		if !names[b] {
			t.Errorf("body template %s is not in Names", b)
		}
	}
	for f := range Funcs() {
		if !strings.Contains(string(readme), "`"+f+"`") {
			t.Errorf("README.md does not name the function %s", f)
		}
	}
}
