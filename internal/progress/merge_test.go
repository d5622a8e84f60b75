package progress

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/source"
)

// q3 is the quarter of the forms in the merge tests; their records are
// dated at its end unless a case says otherwise.
var q3 = program.Quarter{Year: 2021, Q: 3}

// mergeLedger loads records written as the ledger's TOML after its header,
// against the seed-like programme (06.1 is due at the end of quý III).
func mergeLedger(t *testing.T, records string) *Ledger {
	t.Helper()
	l, diags := LoadLedger("l.toml", []byte("[programme]\nnumber = \"07-CTr/TU\"\n"+records), seedLike())
	if len(diags) != 0 {
		t.Fatalf("the test's ledger does not load: %v", diags)
	}
	return l
}

// answer is a row of form (in a folder, as the command line names it)
// about item, its cells on row 7 of the sheet "Phần việc".
func answer(form, item string) Answer {
	cell := func(col string) source.Pos { return source.Pos{File: form + "!Phần việc!" + col + "7"} }
	return Answer{Form: form, Item: item, At: AnswerCells{
		Item: cell("B"), State: cell("E"), Completed: cell("F"), Document: cell("G"), Note: cell("H"), Difficulties: cell("I")}}
}

// with* return a copy of the answer with one field set.
func (a Answer) withState(s State) Answer { a.State = s; return a }
func (a Answer) withDone(on string) Answer {
	a.State, a.Completed = StateDone, day(on)
	return a
}
func (a Answer) withNote(n string) Answer         { a.Note = n; return a }
func (a Answer) withDifficulties(d string) Answer { a.Difficulties = d; return a }

// wantDiag is a diagnostic expected of Merge: its code, its cell and a
// part of its message.
type wantDiag struct {
	code, at, says string
}

func TestMerge(t *testing.T) {
	const (
		formA = "tra-ve/phieu-ban-truong-chinh-tri.xlsx"
		formB = "tra-ve/phieu-ban-truong-chinh-tri (1).xlsx"
	)
	sourceA := "import: phieu-ban-truong-chinh-tri.xlsx"
	end := q3.Last()
	for _, tc := range []struct {
		name     string
		ledger   string // records after the ledger's header
		answers  []Answer
		recorded string // the records' date; the quarter's end when ""
		want     []Update
		diags    []wantDiag
	}{
		{
			name:    "an answer the ledger lacks is a new record, dated at --date, its source the form's base name",
			answers: []Answer{answer(formA, "06.1").withState(StateInProgress).withNote("Đang lấy ý kiến")},
			want:    []Update{{Item: "06.1", Date: end, State: StateInProgress, Note: "Đang lấy ý kiến", Source: sourceA}},
		},
		{
			name:    "a completion becomes a done record with its date",
			answers: []Answer{answer(formA, "06.1").withDone("2021-09-15")},
			want:    []Update{{Item: "06.1", Date: end, State: StateDone, Completed: day("2021-09-15"), Source: sourceA}},
		},
		{
			name:    "a blank row adds nothing",
			answers: []Answer{answer(formA, "06.1")},
		},
		{
			name:    "an answer that says what the ledger says adds nothing",
			ledger:  "[[update]]\nitem = \"06.1\"\ndate = 2021-08-02\nstatus = \"in_progress\"\nnote = \"Đang lấy ý kiến\"\n",
			answers: []Answer{answer(formA, "06.1").withState(StateResumed).withNote("Đang lấy ý kiến")},
		},
		{
			name: "a repeat of the form's earlier answer is skipped, so a hand correction made since stays",
			ledger: "[[update]]\nitem = \"06.1\"\ndate = 2021-09-30\nstatus = \"in_progress\"\nsource = \"" + sourceA + "\"\n" +
				"[[update]]\nitem = \"06.1\"\ndate = 2021-09-30\nstatus = \"paused\"\nnote = \"Sửa tay: tạm dừng theo chỉ đạo\"\n",
			answers: []Answer{answer(formA, "06.1").withState(StateInProgress)},
		},
		{
			name: "a corrected form that returns to an earlier answer is new: only the form's latest answer counts",
			ledger: "[[update]]\nitem = \"06.1\"\ndate = 2021-08-02\nstatus = \"in_progress\"\nsource = \"" + sourceA + "\"\n" +
				"[[update]]\nitem = \"06.1\"\ndate = 2021-08-20\nstatus = \"paused\"\nsource = \"" + sourceA + "\"\n",
			answers: []Answer{answer(formA, "06.1").withState(StateInProgress)},
			want:    []Update{{Item: "06.1", Date: end, State: StateInProgress, Source: sourceA}},
		},
		{
			name:    "a repeat of the last quarter's answer is an answer of this quarter",
			ledger:  "[[update]]\nitem = \"06.1\"\ndate = 2021-06-30\nstatus = \"in_progress\"\nsource = \"" + sourceA + "\"\n[[update]]\nitem = \"06.1\"\ndate = 2021-07-15\nstatus = \"paused\"\n",
			answers: []Answer{answer(formA, "06.1").withState(StateInProgress)},
			want:    []Update{{Item: "06.1", Date: end, State: StateInProgress, Source: sourceA}},
		},
		{
			name: "two forms that disagree about an item: the later cell is named, with the earlier one, and nothing is merged",
			answers: []Answer{
				answer(formA, "06.1").withState(StateInProgress),
				answer(formB, "06.1").withState(StatePaused),
				answer(formB, "11.1").withState(StateInProgress),
			},
			diags: []wantDiag{{"form-conflict", formB + "!Phần việc!E7",
				`item 06.1: this form says "Tạm dừng", but ` + formA + `!Phần việc!E7 says "Đang thực hiện"`}},
		},
		{
			name: "two forms that give different completion dates disagree",
			answers: []Answer{
				answer(formA, "06.1").withDone("2021-09-15"),
				answer(formB, "06.1").withDone("2021-09-20"),
			},
			diags: []wantDiag{{"form-conflict", formB + "!Phần việc!E7", `"Đã hoàn thành 20/09/2021", but`}},
		},
		{
			name: "two forms that disagree about the difficulties",
			answers: []Answer{
				answer(formA, "06.1").withDifficulties("Thiếu kinh phí"),
				answer(formB, "06.1").withDifficulties("Thiếu nhân lực"),
			},
			diags: []wantDiag{{"form-conflict", formB + "!Phần việc!I7", `this form says "Thiếu nhân lực"`}},
		},
		{
			name: "two forms that add to each other, or agree, are no conflict",
			answers: []Answer{
				answer(formA, "06.1").withState(StateInProgress),
				answer(formB, "06.1").withState(StateInProgress).withNote("Đã trình Thường trực"),
			},
			want: []Update{
				{Item: "06.1", Date: end, State: StateInProgress, Source: sourceA},
				{Item: "06.1", Date: end, State: StateInProgress, Note: "Đã trình Thường trực", Source: "import: phieu-ban-truong-chinh-tri (1).xlsx"},
			},
		},
		{
			name:     "a completion after the records' date is refused at its cell",
			recorded: "2021-09-20",
			answers:  []Answer{answer(formA, "06.1").withDone("2021-09-25")},
			diags: []wantDiag{{"form-completed-later", formA + "!Phần việc!F7",
				"item 06.1 completed on 25/09/2021, after 20/09/2021, the date the import records it on (--date): a form for quý III-2021"}},
		},
		{
			name:     "an answer that a later record of the quarter would hide is refused",
			recorded: "2021-09-20",
			ledger:   "[[update]]\nitem = \"06.1\"\ndate = 2021-09-25\nstatus = \"paused\"\n",
			answers:  []Answer{answer(formA, "06.1").withState(StateInProgress)},
			diags: []wantDiag{{"form-hidden", formA + "!Phần việc!B7",
				"the ledger already has a record of 2021-09-25, after 2021-09-20 that --date gives this import's records"}},
		},
		{
			name:    "an answer that would undo a record made after the quarter conflicts with the ledger",
			ledger:  "[[update]]\nitem = \"06.1\"\ndate = 2021-10-05\nstatus = \"done\"\ncompleted = 2021-10-04\n",
			answers: []Answer{answer(formA, "06.1").withState(StateInProgress)},
			diags: []wantDiag{{"form-outdated", formA + "!Phần việc!B7",
				"the ledger already has a record of 2021-10-05, after 2021-Q3 that this form reports on; importing it would undo that record. Send a new form (baocao forms --quarter 2021-Q4)"}},
		},
		{
			name:    "an answer that agrees with a later record is no conflict and adds nothing",
			ledger:  "[[update]]\nitem = \"06.1\"\ndate = 2021-10-05\nstatus = \"in_progress\"\n",
			answers: []Answer{answer(formA, "06.1").withState(StateInProgress)},
		},
		{
			name:    "a moved deadline stays: the answer adds its state beside it",
			ledger:  "[[update]]\nitem = \"06.1\"\ndate = 2021-08-02\nnew_deadline = 2021-12-31\nreason = \"Theo Kết luận của Ban Thường vụ\"\n",
			answers: []Answer{answer(formA, "06.1").withState(StateInProgress)},
			want:    []Update{{Item: "06.1", Date: end, State: StateInProgress, Source: sourceA}},
		},
		{
			name:    "difficulties are kept; what the form said of them before is not repeated",
			ledger:  "[[update]]\nitem = \"06.1\"\ndate = 2021-08-02\nstatus = \"in_progress\"\ndifficulties = \"Thiếu kinh phí\"\nsource = \"" + sourceA + "\"\n",
			answers: []Answer{answer(formA, "06.1").withState(StatePaused).withDifficulties("Thiếu kinh phí"), answer(formA, "11.1").withDifficulties("Chờ hướng dẫn của Trung ương")},
			want: []Update{
				{Item: "06.1", Date: end, State: StatePaused, Source: sourceA},
				{Item: "11.1", Date: end, Difficulties: "Chờ hướng dẫn của Trung ương", Source: sourceA},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := mergeLedger(t, tc.ledger)
			before := append([]Update(nil), l.Updates...)
			o := MergeOptions{Quarter: q3, Recorded: end}
			if tc.recorded != "" {
				o.Recorded = day(tc.recorded)
			}
			merged, diags, err := Merge(l, tc.answers, o)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(l.Updates, before) {
				t.Error("Merge changed the ledger it was given")
			}
			if !reflect.DeepEqual(merged.Records, tc.want) {
				t.Errorf("records:\n got %+v\nwant %+v", merged.Records, tc.want)
			}
			if len(diags) != len(tc.diags) {
				t.Fatalf("diagnostics: got %v, want %d", diags, len(tc.diags))
			}
			for i, w := range tc.diags {
				d := diags[i]
				if d.Code != w.code || d.Pos.File != w.at || d.Severity != source.Error || !strings.Contains(d.Message, w.says) {
					t.Errorf("diagnostic %d: got %s [%s]\nwant %s at %s saying %q", i, d, d.Code, w.code, w.at, w.says)
				}
			}
			if len(tc.want) == 0 && merged.Ledger != l {
				t.Error("nothing merged, yet the ledger returned is another one")
			}
			if got, want := len(merged.Ledger.Updates), len(l.Updates)+len(tc.want); got != want {
				t.Errorf("the merged ledger has %d records, want %d", got, want)
			}
		})
	}
}

// TestMergedLedgerCountsTheImport: the ledger Merge returns is the old one
// with the new records after it, as loading the appended text gives: the
// moved deadline and the earlier difficulties stay, the answer's state is
// the item's now.
func TestMergedLedgerCountsTheImport(t *testing.T) {
	l := mergeLedger(t, "[[update]]\nitem = \"06.1\"\ndate = 2021-08-02\nnew_deadline = 2021-12-31\nreason = \"Theo Kết luận của Ban Thường vụ\"\ndifficulties = \"Thiếu kinh phí\"\n")
	merged, diags, err := Merge(l, []Answer{answer("phieu.xlsx", "06.1").withState(StatePaused).withNote("Chờ Trung ương")}, MergeOptions{Quarter: q3, Recorded: q3.Last()})
	if err != nil || len(diags) != 0 {
		t.Fatal(err, diags)
	}
	next := merged.Ledger
	st := next.stateAt("06.1", next.programmeDue("06.1"), program.Date{})
	if st.State != StatePaused || st.Note != "Chờ Trung ương" || st.Difficulties != "Thiếu kinh phí" {
		t.Errorf("state after the merge: %+v", st)
	}
	if st.Due == nil || *st.Due != day("2021-12-31") || len(st.Changes) != 1 || st.Changes[0].From == nil || *st.Changes[0].From != q3.Last() {
		t.Errorf("the moved deadline is lost: due %v, changes %+v", st.Due, st.Changes)
	}
	if next.Number != l.Number || next.Name != l.Name {
		t.Errorf("header: %q %q", next.Number, next.Name)
	}
	text, err := AppendUpdates([]byte("[programme]\nnumber = \"07-CTr/TU\"\n[[update]]\nitem = \"06.1\"\ndate = 2021-08-02\nnew_deadline = 2021-12-31\nreason = \"Theo Kết luận của Ban Thường vụ\"\ndifficulties = \"Thiếu kinh phí\"\n"), merged.Records, "import")
	if err != nil {
		t.Fatal(err)
	}
	loaded, _ := LoadLedger("l.toml", text, seedLike())
	if got := loaded.stateAt("06.1", loaded.programmeDue("06.1"), program.Date{}); !reflect.DeepEqual(got, st) {
		t.Errorf("the merged ledger and the appended text differ:\n%+v\n%+v", st, got)
	}
	// From a ledger that does not exist yet.
	merged, _, err = Merge(nil, []Answer{answer("phieu.xlsx", "06.1").withState(StatePaused)}, MergeOptions{Quarter: q3, Recorded: q3.Last()})
	if err != nil || len(merged.Records) != 1 || len(merged.Ledger.ItemUpdates("06.1")) != 1 {
		t.Errorf("from no ledger: %v %+v", err, merged)
	}
}

// TestMergeRefusesFormsOfAnEarlierQuarter: once the forms for a later
// quarter have been sent, the old quarter's forms are refused whole; forms
// of the quarter sent, or of a later one, are not.
func TestMergeRefusesFormsOfAnEarlierQuarter(t *testing.T) {
	l := mergeLedger(t, "")
	answers := []Answer{answer("phieu.xlsx", "06.1").withState(StateInProgress)}
	for _, tc := range []struct {
		sent    program.Quarter
		refused bool
	}{
		{program.Quarter{Year: 2021, Q: 4}, true},
		{program.Quarter{Year: 2022, Q: 1}, true},
		{q3, false},
		{program.Quarter{Year: 2021, Q: 2}, false},
		{program.Quarter{}, false},
	} {
		o := MergeOptions{Quarter: q3, Recorded: q3.Last(), Sent: tc.sent}
		merged, diags, err := Merge(l, answers, o)
		var early *EarlierQuarterError
		switch {
		case tc.refused && (!errors.As(err, &early) || early.Quarter != q3 || early.Sent != tc.sent):
			t.Errorf("sent %v: got %v, want the forms of %v refused", tc.sent, err, q3)
		case tc.refused && (len(merged.Records) != 0 || merged.Ledger != l || len(diags) != 0):
			t.Errorf("sent %v: refused, yet merged %+v %v", tc.sent, merged, diags)
		case tc.refused && !strings.Contains(err.Error(), "forms for 2021-Q3, an earlier quarter: the forms for "+tc.sent.String()+" have been sent since"):
			t.Errorf("sent %v: %v", tc.sent, err)
		case !tc.refused && (err != nil || len(merged.Records) != 1):
			t.Errorf("sent %v: got %v, %d records; want the answer merged", tc.sent, err, len(merged.Records))
		}
		if (o.Refused() != nil) != tc.refused {
			t.Errorf("sent %v: Refused() = %v", tc.sent, o.Refused())
		}
	}
}

// TestMergeNeedsQuarterAndDate: options without the forms' quarter or the
// records' date are an error, not records dated year 0.
func TestMergeNeedsQuarterAndDate(t *testing.T) {
	l := mergeLedger(t, "")
	answers := []Answer{answer("phieu.xlsx", "06.1").withState(StateInProgress)}
	for _, o := range []MergeOptions{{Recorded: q3.Last()}, {Quarter: q3}} {
		if merged, _, err := Merge(l, answers, o); err == nil || len(merged.Records) != 0 {
			t.Errorf("%+v: got %v, %d records", o, err, len(merged.Records))
		}
	}
}

// TestMergeMessagesGoThroughTr: a diagnostic is formatted by the options'
// Tr (the command line's catalogue) from the English text and its values.
func TestMergeMessagesGoThroughTr(t *testing.T) {
	var keys []string
	tr := func(format string, args ...any) string {
		keys = append(keys, format)
		return "dịch: " + args[0].(string)
	}
	answers := []Answer{answer("a.xlsx", "06.1").withState(StateInProgress), answer("b.xlsx", "06.1").withState(StatePaused)}
	_, diags, err := Merge(mergeLedger(t, ""), answers, MergeOptions{Quarter: q3, Recorded: q3.Last(), Tr: tr})
	if err != nil || len(diags) != 1 || diags[0].Message != "dịch: 06.1" {
		t.Fatalf("%v %v", err, diags)
	}
	if len(keys) != 1 || !strings.HasPrefix(keys[0], "item %s: this form says %q") {
		t.Errorf("keys: %q", keys)
	}
}
