package xlsx

import (
	"bytes"
	"encoding/xml"
	"math/rand/v2"
	"testing"

	"github.com/xuri/excelize/v2"

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
	return excelize.Cell{StyleID: 3, Value: 1, Formula: "SUM(A1:A2)"}
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
