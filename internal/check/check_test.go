package check

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/gen"
	"baocao/internal/golden"
	"baocao/internal/parse"
	"baocao/seeds"
)

func seedReport(t *testing.T) Report {
	t.Helper()
	data, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse("seeds/"+seeds.Default, data)
	if p == nil || diags.HasErrors() {
		t.Fatalf("seed: %v", diags)
	}
	return Check(p)
}

func TestGoldenSeedText(t *testing.T) {
	var b bytes.Buffer
	if err := seedReport(t).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "07-CTr-TU-2021.txt", b.Bytes())
}

func TestSeedFindings(t *testing.T) {
	r := seedReport(t)
	if r.Rows != 27 || r.Linked != 27 {
		t.Errorf("rows %d, linked %d; want 27, 27", r.Rows, r.Linked)
	}
	rec := r.Reconciliation
	if rec.DeclaredTotal != 33 || rec.FoundTotal != 34 {
		t.Errorf("total declared %d found %d; want 33, 34", rec.DeclaredTotal, rec.FoundTotal)
	}
	var reviews *KindLine
	for i, l := range rec.Lines {
		if l.Label == "Sơ kết, Tổng kết" {
			reviews = &rec.Lines[i]
		} else if l.Differs() {
			t.Errorf("%s differs: declared %d, found %d", l.Label, l.Declared, l.Found)
		}
	}
	if reviews == nil || reviews.Declared != 6 || reviews.Found != 7 || len(reviews.Items) != 1 || reviews.Items[0].ID != "02.1" {
		t.Errorf("Sơ kết, Tổng kết line = %+v, want 6 declared, 7 found, item 02.1", reviews)
	}
	want := []struct{ tt, field, contains string }{
		{"02", "products", "02.1"},
		{"02", "words", `"và tầm nhìn đến 2050"`},
		{"06", "coordinators", `annex names "các cơ quan liên tỉnh", body names "các cơ quan liên quan"`},
		{"07", "deadline", "same deadline (due 2021-12-31), different words"},
		{"07", "coordinators", "coordinate with itself"},
		{"08", "coordinators", "the annex names coordinators the body does not"},
		{"08", "deadline", "due 2021-03-31 (\"Hoàn thành trong quý I-2021\"), before the programme's own date 2021-04-02"},
		{"14", "words", `"Dự án điều tra các nghề khai thác`},
	}
	for _, w := range want {
		found := false
		for _, f := range r.Findings {
			found = found || f.TT == w.tt && f.Field == w.field && bytes.Contains([]byte(f.Message), []byte(w.contains))
		}
		if !found {
			t.Errorf("no %s finding on row %s containing %q", w.field, w.tt, w.contains)
		}
	}
	for _, f := range r.Findings {
		if f.TT == "07" && bytes.Contains([]byte(f.Message), []byte("Thường vụ")) {
			t.Errorf("BTV and Ban Thường vụ are the same words, yet: %s", f.Message)
		}
		if f.TT == "21" {
			t.Errorf("row 21 is the same in body and annex once cleaned, yet: %s", f.Message)
		}
	}
	if len(r.Unplaced) != 0 {
		t.Errorf("unplaced: %+v", r.Unplaced)
	}
	if r.Warnings() != 14 {
		t.Errorf("Warnings() = %d, want 14", r.Warnings())
	}
}

func TestGoldenSecondLayoutText(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "parse", "testdata", "12-CTr-HU-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse("12-CTr-HU-2022.txt", data)
	if p == nil || diags.HasErrors() {
		t.Fatalf("%v", diags)
	}
	var b bytes.Buffer
	if err := Check(p).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "12-CTr-HU-2022.txt", b.Bytes())
}

func TestCheckNil(t *testing.T) {
	r := Check(nil)
	if r.Warnings() != 0 {
		t.Errorf("nil programme gave %d warnings", r.Warnings())
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil || b.Len() == 0 {
		t.Errorf("WriteText on an empty report: %v, %q", err, b.String())
	}
}

// A generated programme agrees with itself: the check finds nothing but
// rows due before the programme's date, which the generator does not avoid.
func TestGeneratedProgrammeAgrees(t *testing.T) {
	p, diags := parse.Parse("gen.txt", gen.Programme(300, 5))
	if p == nil || diags.HasErrors() {
		t.Fatalf("%v", diags)
	}
	r := Check(p)
	for _, f := range r.Findings {
		if !strings.Contains(f.Message, "before the programme's own date") {
			t.Errorf("row %s: %s", f.TT, f.Message)
		}
	}
	for _, l := range r.Reconciliation.Lines {
		if l.Differs() {
			t.Errorf("%s: declared %d, found %d", l.Label, l.Declared, l.Found)
		}
	}
	if len(r.Unplaced) != 0 || r.Linked != 300 {
		t.Errorf("linked %d, unplaced %v", r.Linked, r.Unplaced)
	}
}
