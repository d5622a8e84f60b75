package progress

import (
	"bytes"
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/source"
)

func TestAppendKeepsTheFileByteForByte(t *testing.T) {
	orig := readSample(t)
	p := seedLike()
	ups := []Update{
		{Item: "14.1", Date: day("2021-07-02"), State: StateDone, Completed: day("2021-06-30"),
			Document: `Báo cáo số 150/BC-UBND ngày 30-6-2021 "sơ kết" \ kinh tế biển`, Note: "Dòng 1\nDòng 2\ttab",
			Difficulties: "Chưa bố trí được kinh phí; đề xuất bổ sung dự toán 2022", Source: "import: form-ban-can-su-dang-ubnd-tinh.xlsx 2021-07-02"},
		{Item: "26.1", Date: day("2021-07-02"), State: StateInProgress, NewDeadline: day("2021-09-30"),
			Reason: "Chờ ý kiến Bộ Quốc phòng", Source: "import: form-bdbp.xlsx 2021-07-02"},
	}
	out, err := AppendUpdates(orig, ups, "Nhập từ phiếu ngày 2021-07-02\nbaocao import")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, orig) {
		t.Fatal("the original ledger is not a byte-identical prefix of the result")
	}
	tail := string(out[len(orig):])
	if !strings.Contains(tail, "# Nhập từ phiếu ngày 2021-07-02\n# baocao import\n[[update]]\nitem = \"14.1\"\n") {
		t.Errorf("appended text:\n%s", tail)
	}
	l, diags := LoadLedger("x.toml", out, p)
	if len(diags) != 0 {
		t.Fatalf("result does not load cleanly:\n%v", diags.Err())
	}
	n := len(l.Updates)
	got := l.Updates[n-2]
	want := ups[0]
	want.Pos = got.Pos
	if got != want {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	if l.Updates[n-1].NewDeadline != day("2021-09-30") || l.Updates[n-1].Reason != "Chờ ý kiến Bộ Quốc phòng" {
		t.Errorf("%+v", l.Updates[n-1])
	}
}

func TestAppendLineEnds(t *testing.T) {
	crlf := []byte("# sổ theo dõi\r\n[programme]\r\nnumber = \"07-CTr/TU\"") // no final newline
	out, err := AppendUpdates(crlf, []Update{{Item: "01.1", Date: day("2021-07-01"), State: StateInProgress}}, "import")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, crlf) || bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
		t.Errorf("%q", out)
	}
	if _, diags := LoadLedger("x.toml", out, seedLike()); len(diags) != 0 {
		t.Error(diags.Err())
	}
}

func TestAppendRefusesBadUpdates(t *testing.T) {
	orig := []byte(ledgerHead)
	for _, u := range []Update{
		{Item: "01.1", Date: day("2021-07-01"), State: StateDone},                                     // no completion date
		{Item: "01.1", Date: day("2021-07-01"), State: "finished"},                                    // not in the vocabulary
		{Item: "", Date: day("2021-07-01"), State: StateInProgress},                                   // no item
		{Item: "01.1", State: StateInProgress},                                                        // no date
		{Item: "01.1", Date: day("2021-07-01"), NewDeadline: day("2021-09-30")},                       // no reason
		{Item: "01.1", Date: day("2021-07-01"), State: StateDone, Completed: day("2021-07-05")},       // completed after recording
		{Item: "01.1", Date: day("2021-07-01"), State: StateInProgress, Completed: day("2021-06-05")}, // completion without done
	} {
		if out, err := AppendUpdates(orig, []Update{u}, "x"); err == nil {
			t.Errorf("accepted %+v:\n%s", u, out)
		}
	}
	// A ledger that is already broken is not made worse silently.
	if _, err := AppendUpdates([]byte("[programme]\nnumber = \n"), []Update{{Item: "01.1", Date: day("2021-07-01"), State: StateInProgress}}, "x"); err == nil {
		t.Error("appended to a broken ledger")
	}
	utf16 := []byte{0xFF, 0xFE, '[', 0}
	if _, err := AppendUpdates(utf16, []Update{{Item: "01.1", Date: day("2021-07-01"), State: StateInProgress}}, "x"); err == nil {
		t.Error("appended UTF-8 to a UTF-16 ledger")
	}
}

func TestAppendNothing(t *testing.T) {
	orig := []byte(ledgerHead)
	out, err := AppendUpdates(orig, nil, "x")
	if err != nil || !bytes.Equal(out, orig) {
		t.Errorf("%q %v", out, err)
	}
}

func TestDiffDropsUpdatesThatChangeNothing(t *testing.T) {
	p := seedLike()
	l, diags := LoadLedger("x.toml", readSample(t), p)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	ups := []Update{
		// 01.1 is done with this document and date: a form repeating it changes nothing.
		{Item: "01.1", Date: day("2021-10-02"), State: StateDone, Completed: day("2021-06-15"), Document: "Đề án số 05-ĐA/TU ngày 15-6-2021 của Ban Thường vụ Tỉnh ủy"},
		// Same state, new note: kept.
		{Item: "14.1", Date: day("2021-10-02"), State: StateInProgress, Note: "Đã trình Ban Thường vụ"},
		// Repeats the note just added above: dropped.
		{Item: "14.1", Date: day("2021-10-02"), Note: "Đã trình Ban Thường vụ"},
		// resumed = in_progress for an item not paused: dropped.
		{Item: "26.1", Date: day("2021-10-02"), State: StateResumed},
		// 19.1 was resumed in August; in_progress repeats it: dropped.
		{Item: "19.1", Date: day("2021-10-02"), State: StateInProgress},
		// Nothing recorded yet for 17.1: not_started repeats the default, in_progress changes it.
		{Item: "17.1", Date: day("2021-10-02"), State: StateNotStarted},
		{Item: "17.1", Date: day("2021-10-02"), State: StateInProgress},
		// The deadline 02.2 already has: dropped; another: kept.
		{Item: "02.2", Date: day("2021-10-02"), NewDeadline: day("2021-09-30"), Reason: "gia hạn"},
		{Item: "02.2", Date: day("2021-10-02"), NewDeadline: day("2021-12-31"), Reason: "gia hạn lần 2"},
		// Done with another completion date: kept.
		{Item: "01.1", Date: day("2021-10-02"), State: StateDone, Completed: day("2021-06-16")},
		// A programme deadline repeated as a "new" one changes nothing.
		{Item: "12.1", Date: day("2021-10-02"), NewDeadline: day("2021-12-31"), Reason: "x"},
	}
	var got []string
	for _, u := range l.Diff(ups) {
		got = append(got, u.Item+":"+string(u.State)+":"+u.Note+":"+u.NewDeadline.String()+":"+u.Completed.String())
	}
	want := "14.1:in_progress:Đã trình Ban Thường vụ::|17.1:in_progress:::|02.2:::2021-12-31:|01.1:done:::2021-06-16"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestDiffThenAppendThenLoad(t *testing.T) {
	// The import flow: diff against the ledger, append what is new, load again.
	p := seedLike()
	orig := readSample(t)
	l, _ := LoadLedger("x.toml", orig, p)
	ups := l.Diff([]Update{{Item: "17.1", Date: day("2021-10-02"), State: StateDone, Completed: day("2021-09-28"),
		Document: "Báo cáo số 201/BC-UBND ngày 28-9-2021", Source: "import: form.xlsx 2021-10-02"}})
	out, err := AppendUpdates(orig, ups, "import")
	if err != nil {
		t.Fatal(err)
	}
	l2, diags := LoadLedger("x.toml", out, p)
	if diags.Count(source.Error)+diags.Count(source.Warning) != 0 {
		t.Fatal(diags)
	}
	if again := l2.Diff(ups); len(again) != 0 {
		t.Errorf("importing the same form twice would add %d records", len(again))
	}
	it := BuildReview(p, l2, program.QuarterOf(ups[0].Date), day("2021-10-02"), ReviewOptions{}).Items
	for _, x := range it {
		if x.Item.ID == "17.1" && x.Status != DoneLate {
			t.Errorf("17.1 is %s", x.Status)
		}
	}
}

func TestAppendSkipsRecordsThatSetNothing(t *testing.T) {
	orig := []byte(ledgerHead)
	out, err := AppendUpdates(orig, []Update{{Item: "01.1", Date: day("2021-07-01"), Source: "import: blank row"}}, "x")
	if err != nil || !bytes.Equal(out, orig) {
		t.Errorf("%q %v", out, err)
	}
}

// A record that only brings difficulties is a record; one repeating the
// standing difficulties changes nothing and is dropped by Diff.
func TestDifficultiesAloneAndRepeated(t *testing.T) {
	p := seedLike()
	u := Update{Item: "14.1", Date: day("2021-07-02"), Difficulties: "Vướng thủ tục đất đai"}
	out, err := AppendUpdates(readSample(t), []Update{u}, "import")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "difficulties = \"Vướng thủ tục đất đai\"\n") {
		t.Errorf("appended:\n%s", out)
	}
	l, diags := LoadLedger("x.toml", out, p)
	if len(diags) != 0 {
		t.Fatal(diags.Err())
	}
	if got := l.stateAt("14.1", nil, program.Date{}).Difficulties; got != u.Difficulties {
		t.Errorf("state difficulties %q", got)
	}
	u.Date = day("2021-07-05")
	if kept := l.Diff([]Update{u}); len(kept) != 0 {
		t.Errorf("a repeated difficulty was kept: %+v", kept)
	}
}
