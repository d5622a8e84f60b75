package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/seeds"
)

// TestMakeRunShowsTheLatestQuarterOfTheSampleLedger keeps 'make run' a
// meaningful demo: it reports the latest quarter the bundled sample ledger
// has records in (not today's quarter of a 2021 programme, all overdue), and
// the README names the files and folders it writes.
func TestMakeRunShowsTheLatestQuarterOfTheSampleLedger(t *testing.T) {
	mk, err := os.ReadFile(filepath.Join("..", "..", "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^DEMO_QUARTER := (\S+)$`).FindSubmatch(mk)
	if m == nil || !strings.Contains(string(mk), "run --quarter $(DEMO_QUARTER)") {
		t.Fatal("the Makefile's run target does not report on DEMO_QUARTER")
	}
	demo := string(m[1])

	p, _, err := parseProgramme(inputFile{name: bundledPrefix + seeds.Default, data: seedText(t), bundled: true})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := seeds.FS.ReadFile(ledgerName(seeds.Default))
	l, diags := progress.LoadLedger("sample", data, p)
	if diags.HasErrors() || len(l.Updates) == 0 {
		t.Fatalf("sample ledger: %v", diags.Err())
	}
	last := l.Updates[0].Date
	for _, u := range l.Updates {
		if u.Date.After(last) {
			last = u.Date
		}
	}
	if got := program.QuarterOf(last).String(); got != demo {
		t.Errorf("DEMO_QUARTER is %s, but the sample ledger's latest record (%s) is in %s", demo, last, got)
	}

	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"output/07-CTr-TU/" + demo + "/", "bao-cao-" + demo + ".pdf", "output/07-CTr-TU/danh-muc.pdf"} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("the README does not name %s, which make run writes", want)
		}
	}
}
