package xlsx

import (
	_ "embed"
	"fmt"
	"sync"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// The form template of the usual options (the default font, margins and
// no password) comes prepared as the annex's does (annex_prepared.go):
// prepared/form.parts holds the parts excelize writes for a reference
// form, so that the first form of a run is written from it instead of
// being built with excelize and then learnt. TestPreparedFormIsExcelizes
// checks the file against excelize (go test -update rewrites it), and
// TestFormTemplateMatchesExcelize renders forms from it.

//go:embed prepared/form.parts
var preparedFormFile []byte

// referenceForm is the form prepared/form.parts was written for: one
// agency's three items, one done, one paused, one open.
func referenceForm() *formData {
	lead := program.Agency{Name: "Ban Tuyên giáo Tỉnh ủy", Key: "ban tuyen giao tinh uy"}
	p := &program.Programme{Type: "Chương trình hành động", Number: "01-CTr/TU", Date: program.NewDate(2021, 4, 2),
		Issuer: "Tỉnh ủy", Subject: "thực hiện Nghị quyết Đại hội"}
	due, done := program.NewDate(2021, 6, 30), program.NewDate(2021, 6, 15)
	r := &progress.Review{Programme: p, Quarter: program.Quarter{Year: 2021, Q: 2}, Date: program.NewDate(2021, 6, 30)}
	for i, s := range []progress.Status{progress.DoneOnTime, progress.Paused, progress.OpenOnTime} {
		it := program.WorkItem{ID: fmt.Sprintf("%02d.1", i+1), Kind: program.KindDeAn, Title: "Đề án số " + fmt.Sprint(i+1), Lead: lead,
			Deadline: program.Deadline{Text: "Hoàn thành trong quý II-2021", Kind: program.DeadlineFixed, Due: &due}}
		p.WorkItems = append(p.WorkItems, it)
		is := progress.ItemStatus{Item: it, Status: s, Due: &due}
		if s.Done() {
			is.Completed, is.Document = &done, "Đề án số 01-ĐA/TU"
		}
		r.Items = append(r.Items, is)
	}
	o := FormOptions{Font: Font{}.orDefault(), Margins: Margins{}.orDefault(), Date: r.Date, Author: p.Issuer}
	return &formData{r: r, agency: lead, items: r.Items, o: o}
}

// preparedFormKey is the options of the reference form.
var preparedFormKey = sync.OnceValue(func() formKey {
	o := referenceForm().o
	return formKey{o.Font, o.Margins, o.Password}
})

// preparedFormTemplate is the template cut from prepared/form.parts, or
// nil if it does not render the reference form to those parts.
var preparedFormTemplate = sync.OnceValue(func() *formTemplate {
	parts, st, err := decodeParts(preparedFormFile)
	if err != nil {
		return nil
	}
	return learnForm(parts, st, referenceForm())
})
