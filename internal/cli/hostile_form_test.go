package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The hostile-input tests of issue 9: each builds a crafted input (small
// ones are in testdata/hostile, large ones are generated here), runs the
// real command line in a child process under a memory cap and a timeout,
// and asserts on the message, the time and the peak memory.

// hostileForm is a copy of an agency form of the bundled programme for
// 2021-Q4, and a copy of the sample ledger to import it into.
func hostileForm(t *testing.T) (form, ledger string) {
	t.Helper()
	dir := t.TempDir()
	form = copyTo(t, formOf(t, "2021-Q4", "phieu-ban-tuyen-giao-tinh-uy.xlsx"), dir)
	return form, sampleLedgerIn(t)
}

// importBounded imports form into ledger in a child process.
func importBounded(t *testing.T, limitMB int, timeout time.Duration, form, ledger string) bounded {
	t.Helper()
	return runBounded(t, limitMB, timeout, "import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
}

// assertUnchanged fails when the ledger is not the sample any more.
func assertUnchanged(t *testing.T, ledger string) {
	t.Helper()
	sample, _ := bundledLedger()
	if got, _ := os.ReadFile(ledger); !bytes.Equal(got, sample) {
		t.Errorf("the ledger was changed")
	}
}

// Case 1: a form whose item sheet has 200,000 rows, each with one empty
// cell at column XFD (7 MB of XML, a 1 MB file). Read as a whole sheet,
// every row was padded to 16,384 cells: over 24 GB for 400,000 rows.
func TestHostileFormWideEmptyRows(t *testing.T) {
	form, ledger := hostileForm(t)
	rezip(t, form, func(name string, b []byte) []byte {
		if name != sheetPart(1) {
			return b
		}
		var rows bytes.Buffer
		for r := 1000; r < 201000; r++ {
			fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d"/></row>`, r, r)
		}
		return bytes.Replace(b, []byte("</sheetData>"), append(rows.Bytes(), "</sheetData>"...), 1)
	})
	r := importBounded(t, 3072, 60*time.Second, form, ledger)
	if r.timedOut || r.elapsed > 10*time.Second {
		t.Errorf("took %v, want under 10 s", r.elapsed)
	}
	if r.maxRSS > 300<<10 {
		t.Errorf("peak memory %d MB, want under 300 MB", r.maxRSS>>10)
	}
	// Empty cells are no answer: the form's own rows import as usual.
	if r.code != ExitOK {
		t.Errorf("want the form imported (its rows are untouched; the empty cells are no answer): exit %d\n%s", r.code, r.stderr)
	}
}

// Case 2: the identity sheet's row number of the last item set to 2^63-1
// made import walk every row up to it, holding the ledger's lock; 1e9 took
// a minute. Every number of the form is checked against what it can hold.
func TestHostileFormHugeRowNumber(t *testing.T) {
	for _, n := range []string{"9223372036854775807", "1000000000", "-3", "5"} {
		t.Run(n, func(t *testing.T) {
			form, ledger := hostileForm(t)
			rezip(t, form, func(name string, b []byte) []byte {
				if name != sheetPart(2) {
					return b
				}
				return bytes.Replace(b, []byte(`<c r="A10"><v>9</v></c>`), []byte(`<c r="A10"><v>`+n+`</v></c>`), 1)
			})
			r := importBounded(t, 3072, 30*time.Second, form, ledger)
			if r.timedOut || r.elapsed > 10*time.Second {
				t.Errorf("took %v, want under 10 s", r.elapsed)
			}
			want := filepath.Base(form) + "!Mã phiếu!A10: error: row number \"" + n + "\": expected a row from 7 to 9 of sheet Phần việc"
			if r.code != ExitInvalid || !strings.Contains(r.stderr, want) {
				t.Errorf("want exit 1 and %q:\nexit %d\n%s", want, r.code, r.stderr)
			}
			assertUnchanged(t, ledger)
		})
	}
}

// Case 9: a billion-laughs or XXE form (a DTD in a sheet) said "unknown
// work item ID \"\"": the cell it hid read as empty. It is not XML any
// spreadsheet program writes, and the message says so.
func TestHostileFormDTD(t *testing.T) {
	for _, c := range []struct{ dtd, entity string }{{"billion-laughs.dtd", "&lol9;"}, {"xxe.dtd", "&xxe;"}} {
		t.Run(c.dtd, func(t *testing.T) {
			dtd, err := os.ReadFile(filepath.Join("testdata", "hostile", c.dtd))
			if err != nil {
				t.Fatal(err)
			}
			form, ledger := hostileForm(t)
			rezip(t, form, func(name string, b []byte) []byte {
				if name != sheetPart(1) {
					return b
				}
				b = bytes.Replace(b, []byte("<worksheet "), append(dtd, "<worksheet "...), 1)
				return bytes.Replace(b, []byte("<t>04.1</t>"), []byte("<t>"+c.entity+"</t>"), 1)
			})
			r := importBounded(t, 3072, 30*time.Second, form, ledger)
			want := filepath.Base(form) + ": error: the form is not readable XML (xl/worksheets/sheet1.xml: "
			if r.code != ExitInvalid || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "unknown work item") {
				t.Errorf("want exit 1 and %q:\nexit %d\n%s", want, r.code, r.stderr)
			}
			if r.elapsed > 10*time.Second || r.maxRSS > 300<<10 {
				t.Errorf("took %v and %d MB", r.elapsed, r.maxRSS>>10)
			}
			assertUnchanged(t, ledger)
		})
	}
}

// 60,000 rows added below the items, each with values, gave two errors
// a row; the first is reported and the reading stops there.
func TestHostileFormAddedRowsFlood(t *testing.T) {
	form, ledger := hostileForm(t)
	rezip(t, form, func(name string, b []byte) []byte {
		if name != sheetPart(1) {
			return b
		}
		var rows bytes.Buffer
		for r := 20; r < 60020; r++ {
			fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c><c r="Z%d"><v>1</v></c></row>`, r, r, r)
		}
		return bytes.Replace(b, []byte("</sheetData>"), append(rows.Bytes(), "</sheetData>"...), 1)
	})
	r := importBounded(t, 3072, 60*time.Second, form, ledger)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	want := "!Phần việc!A20: error: row 20 is not one of the form's items: do not add rows to the form"
	if r.code != ExitInvalid || len(lines) > 60 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, %d lines, want exit 1 and at most 60 lines with %q:\n%s", r.code, len(lines), want, r.stderr)
	}
	if r.elapsed > 10*time.Second || r.maxRSS > 300<<10 {
		t.Errorf("took %v and %d MB", r.elapsed, r.maxRSS>>10)
	}
	assertUnchanged(t, ledger)
}

// The due date the identity sheet keeps is range-checked too.
func TestHostileFormHugeDueSerial(t *testing.T) {
	form, ledger := hostileForm(t)
	rezip(t, form, func(name string, b []byte) []byte {
		if name != sheetPart(2) {
			return b
		}
		return bytes.Replace(b, []byte(`<c r="C9"><v>44377</v></c>`), []byte(`<c r="C9"><v>9223372036854775807</v></c>`), 1)
	})
	r := cli(t, "import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
	want := "!Mã phiếu!C9: error: due date \"9223372036854775807\": expected a day as Excel numbers them"
	if r.code != ExitInvalid || !strings.Contains(r.stderr, want) {
		t.Errorf("want %q: %s", want, r)
	}
	assertUnchanged(t, ledger)
}
