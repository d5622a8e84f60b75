package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sampleWorkspace makes a workspace with the bundled programme and its
// sample ledger and moves into it.
func sampleWorkspace(t *testing.T) string {
	t.Helper()
	ws := t.TempDir()
	t.Chdir(ws)
	if r := cli(t, "init", "--sample"); r.code != ExitOK {
		t.Fatal(r)
	}
	return ws
}

// TestImportTakesQuarterAndProgrammeFromTheForm: in a workspace, a form is
// imported with no flag at all; --quarter only checks, and a wrong one is
// refused naming the form and its quarter.
func TestImportTakesQuarterAndProgrammeFromTheForm(t *testing.T) {
	sampleWorkspace(t)
	if r := cli(t, "forms", "--quarter", "2021-Q2", "-q"); r.code != ExitOK {
		t.Fatal(r)
	}
	form := filepath.Join("output", "07-CTr-TU", "2021-Q2", "phieu-ban-to-chuc-tinh-uy.xlsx")
	fillNote(t, form, "Đã trình Ban Thường vụ")

	r := cli(t, "import", form, "--quarter", "2021-Q3")
	if r.code != ExitInvalid || !strings.Contains(r.stderr, form+" is the form for quý II-2021 (2021-Q2), not for --quarter 2021-Q3") {
		t.Errorf("a --quarter the form is not for:\n%s", r)
	}
	r = cli(t, "import", form)
	if r.code != ExitOK || !strings.Contains(r.stdout, "imported 1 update(s) from 1 form(s) into "+filepath.Join("theo-doi", "07-CTr-TU-2021.progress.toml")) {
		t.Fatalf("import without flags:\n%s", r)
	}
	led, _ := os.ReadFile(filepath.Join("theo-doi", "07-CTr-TU-2021.progress.toml"))
	if !strings.Contains(string(led), "Đã trình Ban Thường vụ") || !strings.Contains(string(led), "date = 2021-06-30") {
		t.Errorf("the answer is not in the workspace's ledger, dated the day the form was made for")
	}
}

// TestImportRefusesAFormOfAnEarlierQuarter: once the quý II forms have
// gone out, a quý I form that comes back is refused with what to do.
func TestImportRefusesAFormOfAnEarlierQuarter(t *testing.T) {
	sampleWorkspace(t)
	for _, q := range []string{"2021-Q1", "2021-Q2"} {
		if r := cli(t, "forms", "--quarter", q, "-q"); r.code != ExitOK {
			t.Fatal(r)
		}
	}
	old := filepath.Join("output", "07-CTr-TU", "2021-Q1", "phieu-ban-to-chuc-tinh-uy.xlsx")
	fillNote(t, old, "Ghi chú cũ")
	led := filepath.Join("theo-doi", "07-CTr-TU-2021.progress.toml")
	before, _ := os.ReadFile(led)
	r := cli(t, "import", old)
	for _, want := range []string{old + ": the form of Ban Tổ chức Tỉnh ủy for quý I-2021, an earlier quarter",
		"the forms for quý II-2021 have been sent since (" + filepath.Join("output", "07-CTr-TU", "2021-Q2") + ")",
		"Ask Ban Tổ chức Tỉnh ủy to fill in the quý II-2021 form instead", "nothing written"} {
		if r.code != ExitInvalid || !strings.Contains(r.stderr, want) {
			t.Errorf("want …%s…\n%s", want, r)
		}
	}
	if after, _ := os.ReadFile(led); string(after) != string(before) {
		t.Error("the ledger changed")
	}

	// Forms of two quarters in one import are refused, each named.
	cur := filepath.Join("output", "07-CTr-TU", "2021-Q2", "phieu-ban-to-chuc-tinh-uy.xlsx")
	r = cli(t, "import", cur, old)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "the forms are for different quarters ("+cur+" is for quý II-2021; "+old+" is for quý I-2021)") {
		t.Errorf("forms of two quarters:\n%s", r)
	}
	// Answers cannot be dated before the day the form was made for.
	r = cli(t, "import", cur, "--date", "2021-06-01")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "the forms were made for 2021-06-30") {
		t.Errorf("a --date before the form's date:\n%s", r)
	}
}

// TestImportRefusesAnEarlierQuarterWithLedgerOutsideAWorkspace: without a
// workspace nothing says which forms were sent, but the ledger says which
// came back: once it holds answers imported from the quý IV forms, a
// quý III form is refused as a whole, as in a workspace, also where the
// quý IV form left its rows unchanged. (A new ledger starts from the
// bundled sample, whose answers came from the quý III forms.)
func TestImportRefusesAnEarlierQuarterWithLedgerOutsideAWorkspace(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, q := range []string{"2021-Q3", "2021-Q4"} {
		if r := cli(t, "forms", "--quarter", q, "-q", "-o", q); r.code != ExitOK {
			t.Fatal(r)
		}
	}
	old := filepath.Join("2021-Q3", "phieu-ban-tuyen-giao-tinh-uy.xlsx")
	cur := filepath.Join("2021-Q4", "phieu-ban-to-chuc-tinh-uy.xlsx")
	fillNote(t, old, "Ghi chú cũ")
	fillNote(t, cur, "Ghi chú quý IV")
	const led = "so-theo-doi.progress.toml"
	if r := cli(t, "import", old, "--ledger", led); r.code != ExitOK {
		t.Fatalf("the quý III form before the quý IV answers:\n%s", r)
	}
	os.Remove(led)
	// The tests' today is 2021-06-30: the answers are dated as if the
	// clerk imported them when quý IV was over.
	if r := cli(t, "import", cur, "--ledger", led, "--date", "2021-12-31"); r.code != ExitOK {
		t.Fatalf("the quý IV form:\n%s", r)
	}
	before, _ := os.ReadFile(led)
	r := cli(t, "import", old, "--ledger", led)
	for _, want := range []string{old + ": the form of Ban Tuyên giáo Tỉnh ủy for quý III-2021, an earlier quarter",
		"the ledger " + led + " already holds answers to the quý IV-2021 forms",
		"Ask Ban Tuyên giáo Tỉnh ủy to fill in the quý IV-2021 form instead", "nothing written"} {
		if r.code != ExitInvalid || !strings.Contains(r.stderr, want) {
			t.Errorf("want …%s…\n%s", want, r)
		}
	}
	if after, _ := os.ReadFile(led); string(after) != string(before) {
		t.Error("the ledger changed")
	}
}
