package progress

import (
	"os"
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/source"
)

const sampleLedgerPath = "../../seeds/07-CTr-TU-2021.progress.toml"

func readSample(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(sampleLedgerPath)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoadSampleLedgerAgainstFixture(t *testing.T) {
	l, diags := LoadLedger("07-CTr-TU-2021.progress.toml", readSample(t), seedLike())
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	if l.Number != "07-CTr/TU" || l.ProgrammeDate != (program.Date{Year: 2021, Month: 4, Day: 2}) {
		t.Errorf("header = %q %v", l.Number, l.ProgrammeDate)
	}
	if len(l.Updates) < 20 {
		t.Errorf("only %d records loaded", len(l.Updates))
	}
	first := l.Updates[0]
	if first.Item != "08.1" || first.State != StateDone || first.Completed.String() != "2021-04-15" || first.Pos.Line == 0 ||
		!strings.HasPrefix(first.Document, "Chương trình số 09-CTr/TU") {
		t.Errorf("first record = %+v", first)
	}
}

// ledgerHead is a valid header for the error cases.
const ledgerHead = "[programme]\nnumber = \"07-CTr/TU\"\n\n"

func TestLoadLedgerErrors(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string // each must appear among the diagnostics, in order
	}{
		{"unknown item with suggestion", ledgerHead + "[[update]]\nitem = \"04.3\"\ndate = 2021-05-10\nstatus = \"in_progress\"\n",
			[]string{`l.toml:5:1: error: item: unknown item "04.3": did you mean "04.2"?`}},
		{"unpadded item", ledgerHead + "[[update]]\nitem = \"4.1\"\ndate = 2021-05-10\nstatus = \"in_progress\"\n",
			[]string{`l.toml:5:1: error: item: unknown item "4.1": did you mean "04.1"?`}},
		{"unknown key with suggestion", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-05-10\n  statu = \"in_progress\"\n",
			[]string{`l.toml:7:3: error: statu: unknown key in [[update]]: did you mean "status"?`}},
		{"key case matters", ledgerHead + "[[update]]\nItem = \"04.1\"\ndate = 2021-05-10\nstatus = \"done\"\ncompleted = 2021-05-09\n",
			[]string{`l.toml:4:1: error: item: missing`, `l.toml:5:1: error: Item: unknown key in [[update]]: did you mean "item"?`}},
		{"impossible date", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-02-30\nstatus = \"in_progress\"\n",
			[]string{`l.toml:6:8: error: date: 2021-02-30 is not a day of the calendar: February 2021 has 28 days`}},
		{"unpadded date", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-5-10\nstatus = \"in_progress\"\n",
			[]string{`l.toml:6:8: error: date: 2021-5-10: write dates as YYYY-MM-DD`}},
		{"quoted date", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = \"15-6-2021\"\nstatus = \"in_progress\"\n",
			[]string{`l.toml:6:1: error: date: expected a date without quotes, got the string "15-6-2021": write date = 2021-06-15`}},
		{"date with time", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15T08:00:00\nstatus = \"in_progress\"\n",
			[]string{`l.toml:6:1: error: date: expected a date without time of day`}},
		{"implausible year", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 0021-06-15\nstatus = \"in_progress\"\n",
			[]string{`l.toml:6:1: error: date: year 21 is outside 1945–2100`}},
		{"wrong type", ledgerHead + "[[update]]\nitem = 4.1\ndate = 2021-06-15\nstatus = \"in_progress\"\n",
			[]string{`l.toml:5:1: error: item: expected a string in quotes, got the number 4.1 (put it in quotes: item = "4.1")`}},
		{"done without completion", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = \"done\"\n",
			[]string{`l.toml:4:1: error: completed: missing: status = "done" needs the completion date`}},
		{"completion without done", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = \"in_progress\"\ncompleted = 2021-06-14\n",
			[]string{`l.toml:8:1: error: completed: a completion date needs status = "done" in the same record`}},
		{"completion after record", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = \"done\"\ncompleted = 2021-06-16\n",
			[]string{`l.toml:8:1: error: completed: 2021-06-16 is after the record's date 2021-06-15`}},
		{"report status written", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = \"done_on_time\"\n",
			[]string{`l.toml:7:1: error: status: "done_on_time" is not a ledger status: expected one of not_started, in_progress, done, paused, resumed`}},
		{"deadline without reason", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nnew_deadline = 2021-09-30\n",
			[]string{`l.toml:4:1: error: reason: missing: a new_deadline needs the reason`}},
		{"reason without deadline", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nnote = \"x\"\nreason = \"COVID\"\n",
			[]string{`l.toml:8:1: error: reason: a reason belongs to a new_deadline`}},
		{"missing item and date", ledgerHead + "[[update]]\nnote = \"x\"\n",
			[]string{`l.toml:4:1: error: item: missing`, `l.toml:4:1: error: date: missing`}},
		{"sets nothing", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\n",
			[]string{`l.toml:4:1: warning: update: the record sets nothing`}},
		{"other programme", "[programme]\nnumber = \"08-CTr/TU\"\ndate = 2021-04-03\n",
			[]string{`l.toml:2:1: error: number: "08-CTr/TU" does not match the programme "07-CTr/TU" (seeds/07-CTr-TU-2021.txt): this ledger belongs to another programme`,
				`l.toml:3:1: error: date: 2021-04-03 does not match the programme's date 2021-04-02`}},
		{"missing header", "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = \"in_progress\"\n",
			[]string{`l.toml: error: programme: missing: the ledger starts with its programme's number`}},
		{"misspelt table", "[program]\nnumber = \"07-CTr/TU\"\n",
			[]string{`l.toml: error: programme: missing`, `l.toml:1:1: error: program: unknown key: did you mean "programme"?`}},
		{"unknown header key", "[programme]\nnumber = \"07-CTr/TU\"\nnumbr = 3\n",
			[]string{`l.toml:3:1: error: numbr: unknown key in [programme]: did you mean "number"?`}},
		{"empty", "  \n\n", []string{`l.toml: error: the ledger is empty`}},
		{"binary", "\x00\x01\x02", []string{`l.toml: error: the file is binary`}},
		{"syntax errors collected", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = done\n\n[[update]]\nitem = \"05.1\"\ndate = 2021-06-15\nnote = \"unterminated\n",
			[]string{`l.toml:7:10: error: status: TOML syntax:`, `l.toml:12:21: error: note: TOML syntax: strings cannot contain newlines`}},
		{"vietnamese bare key", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nghi_chú = \"x\"\n",
			[]string{"l.toml:7:7: error: TOML syntax: expected '.' or '=', but got 'ú' instead (keys are plain ASCII"}},
		{"errors in several records collected", ledgerHead +
			"[[update]]\nitem = \"04.9\"\ndate = 2021-06-15\nstatus = \"done\"\n\n[[update]]\nitem = \"05.1\"\ndate = 2021-06-15\nstatus = \"finished\"\n",
			[]string{`l.toml:4:1: error: completed: missing`, `l.toml:5:1: error: item: unknown item "04.9"`, `l.toml:12:1: error: status: "finished"`}},
		{"error after a syntax error still reported", ledgerHead +
			"[[update]]\nitem = \"09.1\"\ndate = 2021-06-20\nnew_deadline = 2021-09-30\n\n[update]\nx = 1\n",
			[]string{`l.toml:4:1: error: reason: missing`, `l.toml:9:2: error: TOML syntax: Key 'update' has already been defined.`}},
		{"form wording as status", ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = \"Đã hoàn thành\"\n",
			[]string{`l.toml:7:1: error: status: "Đã hoàn thành" is the form's wording: in the ledger write status = "done"`}},
		{"inline records inside the header", "[programme]\nnumber=\"07-CTr/TU\"\nupdate = [{item = \"01.1\", date = 2021-06-15, status = \"in_progress\"}]\n",
			[]string{`l.toml:3:1: error: update: belongs at the top level, not in [programme]`}},
		{"multi-line note keeps key lines right", ledgerHead +
			"[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nnote = \"\"\"\nstatus = not a key\n\"\"\"\nstatuss = \"done\"\n",
			[]string{`l.toml:10:1: error: statuss: unknown key`}},
	}
	p := seedLike()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, diags := LoadLedger("l.toml", []byte(c.text), p)
			got := diagLines(diags)
			rest := got
			for _, w := range c.want {
				i := indexContaining(rest, w)
				if i < 0 {
					t.Fatalf("missing %q in:\n%s", w, strings.Join(got, "\n"))
				}
				rest = rest[i+1:]
			}
		})
	}
}

func diagLines(diags source.Diagnostics) []string {
	out := make([]string, len(diags))
	for i, d := range diags {
		out[i] = d.String()
	}
	return out
}

func indexContaining(lines []string, s string) int {
	for i, l := range lines {
		if strings.Contains(l, s) {
			return i
		}
	}
	return -1
}

func TestLoadLedgerValidRecordsOnly(t *testing.T) {
	text := ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nstatus = \"in_progress\"\n\n" +
		"[[update]]\nitem = \"04.9\"\ndate = 2021-06-15\nstatus = \"in_progress\"\n"
	l, diags := LoadLedger("l.toml", []byte(text), seedLike())
	if diags.Count(source.Error) != 1 || len(l.Updates) != 1 || l.Updates[0].Item != "04.1" {
		t.Fatalf("diags %v, updates %+v", diags, l.Updates)
	}
}

func TestLoadLedgerNFCAndCRLF(t *testing.T) {
	// "Đề án" with a decomposed ề (e + combining circumflex + grave), CRLF line ends.
	text := strings.ReplaceAll(ledgerHead+"[[update]]\nitem = \"01.1\"\ndate = 2021-06-15\nstatus = \"in_progress\"\nnote = \"Đe\u0302\u0300 án\"\n", "\n", "\r\n")
	l, diags := LoadLedger("l.toml", []byte("\xEF\xBB\xBF"+text), seedLike())
	if diags.HasErrors() || len(l.Updates) != 1 {
		t.Fatalf("%v", diags)
	}
	if l.Updates[0].Note != "Đề án" {
		t.Errorf("note %q is not NFC", l.Updates[0].Note)
	}
}

func TestLoadLedgerWithoutProgramme(t *testing.T) {
	text := "[programme]\nnumber = \"99-CTr/TU\"\n\n[[update]]\nitem = \"77.7\"\ndate = 2021-06-15\nstatus = \"in_progress\"\n"
	if _, diags := LoadLedger("l.toml", []byte(text), nil); len(diags) != 0 {
		t.Errorf("programme checks ran without a programme: %v", diags)
	}
}
