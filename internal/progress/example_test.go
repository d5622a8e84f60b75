package progress_test

import (
	"fmt"
	"strings"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/source"
)

func exampleProgramme() *program.Programme {
	due := program.Date{Year: 2021, Month: 6, Day: 30}
	dl := program.Deadline{Text: "Hoàn thành trong quý II-2021", Kind: program.DeadlineFixed, Due: &due}
	return &program.Programme{
		Number: "07-CTr/TU",
		Areas:  []program.Area{{Number: 2, Title: "Về công tác xây dựng Đảng"}},
		WorkItems: []program.WorkItem{
			{ID: "04.1", Kind: program.KindKeHoach, Area: 2, Deadline: dl, Lead: program.Agency{Name: "Ban Tuyên giáo Tỉnh ủy", Key: "ban tuyên giáo tỉnh ủy"}},
			{ID: "04.2", Kind: program.KindSoKet, Area: 2, Deadline: dl, Lead: program.Agency{Name: "Ban Tuyên giáo Tỉnh ủy", Key: "ban tuyên giáo tỉnh ủy"}},
		},
	}
}

func ExampleLoadLedger() {
	ledger := `[programme]
number = "07-CTr/TU"

[[update]]
item = "04.3"
date = 2021-05-10
status = "done"
`
	_, diags := progress.LoadLedger("07.progress.toml", []byte(ledger), exampleProgramme())
	for _, d := range diags {
		fmt.Println(d)
	}
	// Output:
	// 07.progress.toml:4:1: error: completed: missing: status = "done" needs the completion date, e.g. completed = 2021-06-15
	// 07.progress.toml:5:1: error: item: unknown item "04.3": did you mean "04.2"?
}

func ExampleBuildReview() {
	ledger := `[programme]
number = "07-CTr/TU"

[[update]]
item = "04.1"
date = 2021-05-21
status = "done"
completed = 2021-05-20
document = "Kế hoạch số 12-KH/TU ngày 20-5-2021"

[[update]]   # recorded after the report date: not seen by a report dated 2021-06-30
item = "04.2"
date = 2021-07-02
status = "done"
completed = 2021-07-01
`
	p := exampleProgramme()
	l, _ := progress.LoadLedger("07.progress.toml", []byte(ledger), p)
	d := program.Date{Year: 2021, Month: 6, Day: 30}
	rv := progress.BuildReview(p, l, program.QuarterOf(d), d, progress.ReviewOptions{})
	for _, it := range rv.Items {
		fmt.Println(strings.TrimSpace(it.Item.ID + " " + it.Status.Label() + " " + it.Document))
	}
	d = program.Date{Year: 2021, Month: 7, Day: 5}
	rv = progress.BuildReview(p, l, program.QuarterOf(d), d, progress.ReviewOptions{})
	fmt.Println(rv.Items[1].Item.ID, rv.Items[1].Status.Label(), rv.Items[1].DaysOverdue, "ngày")
	// Output:
	// 04.1 Đã hoàn thành đúng hạn Kế hoạch số 12-KH/TU ngày 20-5-2021
	// 04.2 Sắp đến hạn
	// 04.2 Đã hoàn thành quá hạn 1 ngày
}

func ExampleAppendUpdates() {
	ledger := []byte("[programme]\nnumber = \"07-CTr/TU\" # giữ nguyên\n")
	out, err := progress.AppendUpdates(ledger, []progress.Update{{
		Item: "04.2", Date: program.Date{Year: 2021, Month: 7, Day: 2}, State: progress.StateDone,
		Completed: program.Date{Year: 2021, Month: 6, Day: 28}, Document: "Báo cáo số 95-BC/TU ngày 28-6-2021",
		Source: "import: form-ban-tuyen-giao.xlsx 2021-07-02",
	}}, "Nhập từ form-ban-tuyen-giao.xlsx ngày 2021-07-02")
	if err != nil {
		fmt.Println(err)
	}
	fmt.Print(string(out))
	// Output:
	// [programme]
	// number = "07-CTr/TU" # giữ nguyên
	//
	// # Nhập từ form-ban-tuyen-giao.xlsx ngày 2021-07-02
	// [[update]]
	// item = "04.2"
	// date = 2021-07-02
	// status = "done"
	// completed = 2021-06-28
	// document = "Báo cáo số 95-BC/TU ngày 28-6-2021"
	// source = "import: form-ban-tuyen-giao.xlsx 2021-07-02"
}

// ExampleMerge: an import of two returned forms. The first form's answer
// for 04.1 becomes a record; the second form says otherwise of 04.1, so
// the import names both cells and merges nothing.
func ExampleMerge() {
	ledger := "[programme]\nnumber = \"07-CTr/TU\"\n"
	l, _ := progress.LoadLedger("07.progress.toml", []byte(ledger), exampleProgramme())
	q := program.Quarter{Year: 2021, Q: 2}
	opts := progress.MergeOptions{Quarter: q, Recorded: q.Last()}
	at := func(form, cell string) source.Pos { return source.Pos{File: form + "!Phần việc!" + cell} }
	first := progress.Answer{Form: "tra-ve/phieu-ban-tuyen-giao.xlsx", Item: "04.1", State: progress.StateInProgress,
		At: progress.AnswerCells{State: at("phieu-ban-tuyen-giao.xlsx", "E7")}}

	merged, _, _ := progress.Merge(l, []progress.Answer{first}, opts)
	for _, u := range merged.Records {
		fmt.Println(u.Item, u.Date, u.State, u.Source)
	}

	second := progress.Answer{Form: "phieu-ban-tuyen-giao (1).xlsx", Item: "04.1", State: progress.StatePaused,
		At: progress.AnswerCells{State: at("phieu-ban-tuyen-giao (1).xlsx", "E7")}}
	merged, diags, _ := progress.Merge(l, []progress.Answer{first, second}, opts)
	fmt.Println(len(merged.Records), "records")
	for _, d := range diags {
		fmt.Println(d)
	}
	// Output:
	// 04.1 2021-06-30 in_progress import: phieu-ban-tuyen-giao.xlsx
	// 0 records
	// phieu-ban-tuyen-giao (1).xlsx!Phần việc!E7: error: item 04.1: this form says "Tạm dừng", but phieu-ban-tuyen-giao.xlsx!Phần việc!E7 says "Đang thực hiện": import only the right one of the two forms
}
