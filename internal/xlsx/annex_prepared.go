package xlsx

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"baocao/internal/program"
)

// The annex template of the usual shape (the default font and margins, a
// title and caption, the Ghi chú, the nine kinds, counts above ten) comes
// prepared: prepared/annex.parts holds the parts excelize writes for a
// small reference annex of that shape, and an annex of that shape is
// written from it even when it is the first of its run. A command that
// writes one annex (baocao annex on the bundled programme) otherwise built
// it with excelize from excelize's own template, a third of the command's
// workbook time and more than its rows. TestPreparedAnnexIsExcelizes
// checks that the file holds what excelize writes today for the reference
// annex (go test -update rewrites it after a change of layout or of
// excelize), and TestAnnexTemplateMatchesExcelize renders annexes of the
// shape from it and compares them with excelize's.

//go:embed prepared/annex.parts
var preparedAnnexFile []byte

// referenceAnnex is the annex prepared/annex.parts was written for: two
// agencies' eleven rows, one work item each, all of one kind.
func referenceAnnex() *annexData {
	leads := []program.Agency{{Name: "Ban Tuyên giáo Tỉnh ủy", Key: "ban tuyen giao tinh uy"},
		{Name: "Văn phòng Tỉnh ủy", Key: "van phong tinh uy"}}
	due := program.NewDate(2021, 12, 31)
	deadline := program.Deadline{Text: "Hoàn thành trong năm 2021", Kind: program.DeadlineFixed, Due: &due}
	p := &program.Programme{Type: "Chương trình hành động", Number: "01-CTr/TU", Date: program.NewDate(2021, 4, 2),
		Issuer: "Tỉnh ủy", Subject: "thực hiện Nghị quyết Đại hội",
		Annex: program.Annex{Title: "DANH MỤC CÁC ĐỀ ÁN", Caption: "(kèm theo Chương trình hành động số 01-CTr/TU)",
			Note: "Chương trình hành động đề ra 11 phần việc, gồm 11 đề án."}}
	for i := range 11 {
		tt, lead := fmt.Sprintf("%02d", i+1), leads[i%len(leads)]
		title := "Đề án số " + tt
		p.Annex.Rows = append(p.Annex.Rows, program.AnnexRow{TT: tt, Number: i + 1, AgencyText: lead.Name, Lead: lead,
			Title: title, Deadline: deadline, WorkItems: []string{tt + ".1"}})
		p.WorkItems = append(p.WorkItems, program.WorkItem{ID: tt + ".1", TT: tt, Seq: 1, Kind: program.KindDeAn,
			Title: title, Lead: lead, Deadline: deadline})
	}
	return newAnnexData(p, AnnexOptions{})
}

// preparedAnnexKey is the shape of the reference annex.
var preparedAnnexKey = sync.OnceValue(func() annexKey {
	ad := referenceAnnex()
	m, mb, err := serifMetrics()
	if err != nil {
		return annexKey{}
	}
	l := newStatsLayout(m, ad.items, ad.o.Font.Size)
	var st styleSet
	return newAnnexKey(ad, &l, len(annexTitleLines(&st, m, mb, ad.p, ad.o)))
})

// preparedAnnexTemplate is the template cut from prepared/annex.parts, or
// nil if it does not render the reference annex to those parts.
var preparedAnnexTemplate = sync.OnceValue(func() *annexTemplate {
	parts, st, err := decodeParts(preparedAnnexFile)
	if err != nil {
		return nil
	}
	ad := referenceAnnex()
	m, _, err := serifMetrics()
	if err != nil {
		return nil
	}
	l := newStatsLayout(m, ad.items, ad.o.Font.Size)
	return learnAnnex(parts, st, ad, &l)
})

// preparedFor returns the prepared template when key is its shape.
func preparedFor(key annexKey) *annexTemplate {
	if key != preparedAnnexKey() {
		return nil
	}
	return preparedAnnexTemplate()
}

// The prepared file: a first line naming it, a line of the cell styles'
// numbers (styleSet's fields in order), then each part as a line with its
// name and length, its bytes and a newline, in name order.
const preparedHeader = "baocao prepared workbook parts 1"

func (s *styleSet) numbers() []int {
	return []int{s.title, s.caption, s.subtitle, s.header, s.text, s.center, s.number, s.date, s.percent, s.note, s.editText, s.editDate}
}

func styleSetOf(n []int) (*styleSet, bool) {
	if len(n) != 12 {
		return nil, false
	}
	return &styleSet{title: n[0], caption: n[1], subtitle: n[2], header: n[3], text: n[4], center: n[5], number: n[6],
		date: n[7], percent: n[8], note: n[9], editText: n[10], editDate: n[11]}, true
}

// encodeParts writes parts and st in the prepared file's form, the
// content-type list sorted as writeParts writes it.
func encodeParts(parts map[string][]byte, st *styleSet) []byte {
	var b bytes.Buffer
	b.WriteString(preparedHeader + "\nstyles")
	for _, n := range st.numbers() {
		b.WriteString(" " + strconv.Itoa(n))
	}
	b.WriteString("\n")
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		data := parts[n]
		if n == contentTypes {
			data = sortedContentTypes(data)
		}
		fmt.Fprintf(&b, "%s %d\n", n, len(data))
		b.Write(data)
		b.WriteString("\n")
	}
	return b.Bytes()
}

var errPreparedFile = errors.New("prepared workbook parts: malformed file")

// decodeParts reads a prepared file.
func decodeParts(data []byte) (map[string][]byte, *styleSet, error) {
	line := func() (string, bool) {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return "", false
		}
		l := string(data[:i])
		data = data[i+1:]
		return l, true
	}
	if l, ok := line(); !ok || l != preparedHeader {
		return nil, nil, errPreparedFile
	}
	l, ok := line()
	fields := strings.Fields(l)
	if !ok || len(fields) == 0 || fields[0] != "styles" {
		return nil, nil, errPreparedFile
	}
	var ns []int
	for _, f := range fields[1:] {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, nil, errPreparedFile
		}
		ns = append(ns, n)
	}
	st, ok := styleSetOf(ns)
	if !ok {
		return nil, nil, errPreparedFile
	}
	parts := map[string][]byte{}
	for len(data) > 0 {
		l, ok := line()
		i := strings.LastIndexByte(l, ' ')
		if !ok || i < 0 {
			return nil, nil, errPreparedFile
		}
		n, err := strconv.Atoi(l[i+1:])
		if err != nil || n < 0 || n+1 > len(data) || data[n] != '\n' {
			return nil, nil, errPreparedFile
		}
		parts[l[:i]] = data[:n:n]
		data = data[n+1:]
	}
	return parts, st, nil
}
