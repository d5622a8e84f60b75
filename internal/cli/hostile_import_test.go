package cli

import (
	"os"
	"strings"
	"testing"

	"baocao/internal/progress"
	"baocao/seeds"
)

// lastState is the item's status after every ledger record, as reports
// see it.
func lastState(t *testing.T, ledger, item string) progress.State {
	t.Helper()
	data, _ := os.ReadFile(ledger)
	text, _ := seeds.FS.ReadFile(seeds.Default)
	p, _, err := parseProgramme(inputFile{name: seeds.Default, data: text, bundled: true})
	if err != nil {
		t.Fatal(err)
	}
	l, diags := progress.LoadLedger(ledger, data, p)
	if diags.HasErrors() {
		t.Fatalf("ledger: %v", diags)
	}
	var st progress.State
	for _, u := range l.ItemUpdates(item) {
		if u.State != "" {
			st = u.State
		}
	}
	return st
}

// Case 6 of issue 9: an agency returns phieu.xlsx saying "Đang thực hiện",
// then a corrected phieu.xlsx saying "Tạm dừng", then again "Đang thực
// hiện": the third import said "nothing new" and reports kept "Tạm dừng".
func TestHostileCorrectedFormReturnsToAnEarlierAnswer(t *testing.T) {
	form, ledger := hostileForm(t)
	sent, _ := os.ReadFile(form)
	// Row 8 is item 05.1, done in the sample ledger: the agency reopens it.
	for i, answer := range []struct {
		label string
		state progress.State
	}{{"Đang thực hiện", progress.StateInProgress}, {"Tạm dừng", progress.StatePaused}, {"Đang thực hiện", progress.StateInProgress}} {
		os.WriteFile(form, sent, 0o644)
		fillCells(t, form, map[string]any{"E9": answer.label, "F9": ""})
		r := cli(t, "import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
		if r.code != ExitOK || strings.Contains(r.stdout, "nothing new") {
			t.Fatalf("import %d (%s): %s", i+1, answer.label, r)
		}
		if got := lastState(t, ledger, "05.1"); got != answer.state {
			t.Errorf("after import %d (%s) the ledger says %q", i+1, answer.label, got)
		}
	}
	// The same form once more is a repeat: nothing new.
	r := cli(t, "import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
	if r.code != ExitOK || !strings.Contains(r.stdout, "nothing new") {
		t.Errorf("the same form again: %s", r)
	}
}
