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
