package xlsx

import (
	"bytes"
	"encoding/xml"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
	"baocao/internal/report"
)

// TestSheetRowsMatchStreamWriter writes report workbooks with the text
// and status sheets' rows written by sheetRows and by excelize's
// StreamWriter alone and wants the same bytes: the bundled report, a
// 300-item one (dates, days overdue), one whose texts excelize writes
// with care (spaces at the ends, line breaks, tabs, markup characters),
// and ones with an "_xHHHH_" escape or a day before March 1900, which
// send the rows to the StreamWriter.
func TestSheetRowsMatchStreamWriter(t *testing.T) {
	withTexts := func(texts ...string) *report.Report {
		m := reportModel(t, scaledReview(generatedProgramme(t, 40)))
		i := 0
		for _, tb := range m.Tables {
			for r := range tb.Rows {
				for c := range tb.Rows[r].Cells {
					if (r+c)%3 == 0 {
						tb.Rows[r].Cells[c] = texts[i%len(texts)]
						i++
					}
				}
			}
		}
		m.Body = append(m.Body, report.Block{Kind: report.CentreBold, Text: texts[0]}, report.Block{Kind: report.Heading, Text: texts[len(texts)-1]})
		return m
	}
	odd := withTexts(" leading space", "trailing space ", "line\nbreak", "tab\there", "cr\r", "a < b & c > d \"q\"", "", "\n", "two\nlines ")
	escape := withTexts("_x0041_ escape", "plain")
	// A workbook of plain texts only: rows leave sheetRows only as a whole.
	plain := reportModel(t, bundledReview(t))
	plain.Body = append(plain.Body, report.Block{Kind: report.CentreItalic, Text: "<&>"})
	early := reportModel(t, scaledReview(generatedProgramme(t, 10)))
	early.Data.Items[2].Due = "1-1-1900" // a day excelize counts its own way
	cases := []struct {
		name string
		m    *report.Report
	}{
		{"bundled", reportModel(t, bundledReview(t))},
		{"300 items", reportModel(t, scaledReview(generatedProgramme(t, 300)))},
		{"plain with markup characters", plain},
		{"odd texts", odd},
		{"an _xHHHH_ escape", escape},
		{"a due day in January 1900", early},
	}
	for _, c := range cases {
		var fast, slow bytes.Buffer
		if err := Report(&fast, c.m, ReportOptions{}); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		fastRowsOn = false
		err := Report(&slow, c.m, ReportOptions{})
		fastRowsOn = true
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(fast.Bytes(), slow.Bytes()) {
			t.Errorf("%s: the workbook differs from the StreamWriter's", c.name)
		}
	}
}

// TestSheetRowsFallBack: a row sheetRows cannot write as excelize does
// sends every row of the sheet to the StreamWriter; plain rows do not.
func TestSheetRowsFallBack(t *testing.T) {
	s := newSheetRows()
	s.add(1, []any{nil, excelize0("plain"), excelizeEmpty()}, 16.5)
	if !s.fr.ok {
		t.Fatal("plain texts and empty cells left the fast rows")
	}
	want := `<row r="1" ht="16.5" customHeight="1"><c r="B1" s="3" t="inlineStr"><is><t>plain</t></is></c><c r="C1" s="3"></c></row>`
	if got := s.fr.buf.String(); got != want {
		t.Errorf("row XML\n%s\nwant\n%s", got, want)
	}
	for _, v := range []any{excelize0("_x0041_"), 12, excelizeFormula()} {
		s := newSheetRows()
		s.add(1, []any{v}, 16.5)
		if s.fr.ok {
			t.Errorf("%#v: written by sheetRows, want the StreamWriter", v)
		}
	}
	s = newSheetRows()
	s.add(1, nil, 500)
	if s.fr.ok {
		t.Error("a row over 409 pt: written by sheetRows, want the StreamWriter's refusal")
	}
}

func excelize0(text string) excelize.Cell { return excelize.Cell{StyleID: 3, Value: text} }
func excelizeEmpty() excelize.Cell        { return excelize.Cell{StyleID: 3} }
func excelizeFormula() excelize.Cell {
	return excelize.Cell{StyleID: 3, Value: "text", Formula: "SUM(A1:A2)"}
}

// streamRowXML is the XML excelize's StreamWriter writes for a row of the
// values in a new workbook's first sheet.
func streamRowXML(t *testing.T, values []any, height float64) string {
	f := excelize.NewFile()
	defer f.Close()
	if _, err := f.NewStyle(&excelize.Style{NumFmt: 14}); err != nil { // style 1
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", values, excelize.RowOpts{Height: height}); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	parts, err := collectParts(f)
	if err != nil {
		t.Fatal(err)
	}
	x := string(parts["xl/worksheets/sheet1.xml"])
	start, end := strings.Index(x, "<row "), strings.LastIndex(x, "</row>")
	if start < 0 || end < 0 {
		t.Fatalf("no row in %s", x)
	}
	return x[start : end+len("</row>")]
}

// TestSheetRowsWriteAsStreamWriter: every row sheetRows writes itself, of
// random texts, numbers, days and formulas with numbers, is the XML the
// StreamWriter writes for it.
func TestSheetRowsWriteAsStreamWriter(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	floats := []float64{0, 1, 0.5, 2.0 / 3, 1.0 / 3, 0.1 + 0.2, 1e-7, 123456789.123456789, 1e21, 12345678901234567890, -0.25, math.Pi}
	value := func() any {
		switch rng.IntN(7) {
		case 0:
			return nil
		case 1:
			return excelize.Cell{StyleID: 1}
		case 2:
			return excelize.Cell{StyleID: 1, Value: randomText(rng, 4) + oddRunes[rng.IntN(len(oddRunes))]}
		case 3:
			return excelize.Cell{StyleID: rng.IntN(2), Value: rng.IntN(2000) - 1000}
		case 4:
			d := program.NewDate(1900+rng.IntN(200), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
			return dateCell(1, &d)
		case 5:
			return excelize.Cell{StyleID: 1, Value: floats[rng.IntN(len(floats))] * float64(1+rng.IntN(3)), Formula: "IF(B2=0,0,(C2+D2)/B2)"}
		}
		return excelize.Cell{StyleID: 1, Value: rng.IntN(100), Formula: `COUNTIFS('Tình trạng'!$C$5:$C$9,"=a<b")`}
	}
	written := 0
	for range 300 {
		values := make([]any, 1+rng.IntN(6))
		for i := range values {
			values[i] = value()
		}
		s := newSheetRows()
		s.add(1, values, 16.5)
		if !s.fr.ok {
			continue
		}
		written++
		if want := streamRowXML(t, values, 16.5); s.fr.buf.String() != want {
			t.Fatalf("%#v:\n%s\nthe StreamWriter's:\n%s", values, s.fr.buf.String(), want)
		}
	}
	if written < 100 {
		t.Errorf("only %d of 300 rows written by sheetRows", written)
	}
}

// TestPlainXMLMatchesEscapeText: a text plainXML passes is one
// xml.EscapeText writes as it is, and writeRef writes ref's reference.
func TestPlainXMLMatchesEscapeText(t *testing.T) {
	texts := []string{"", "plain", "Việt Nam", "a<b", "a&b", `q"`, "it's", "tab\t", "cr\r", "nl\n", "\x7f", "\xff", "bad \xe1\x80",
		"\uFFFE", "\uFFFF", "\uFFFD", "😀", "\u00a0\u00a0lead", "\x01", "ﬁ", "\u2028"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		texts = append(texts, randomText(rng, 6)+oddRunes[rng.IntN(len(oddRunes))])
	}
	for _, s := range texts {
		var b bytes.Buffer
		_ = xml.EscapeText(&b, []byte(s))
		if plainXML(s) && b.String() != s {
			t.Errorf("%q: plain, but EscapeText writes %q", s, b.String())
		}
	}
	for _, c := range [][2]int{{1, 1}, {26, 9}, {27, 10}, {52, 100}, {53, 7}, {702, 1048576}, {703, 2}, {16384, 3}} {
		var b bytes.Buffer
		writeRef(&b, c[0], c[1])
		if want := ref(c[0], c[1]); b.String() != want {
			t.Errorf("writeRef(%d, %d) = %s, want %s", c[0], c[1], b.String(), want)
		}
	}
}
