package xlsx

import (
	"bytes"
	"io"
	"testing"

	"baocao/internal/program"
)

// TestFastRowsMatchStreamWriter writes annex workbooks with fastRows and
// with excelize's StreamWriter alone and wants the same bytes: the bundled
// programme, a generated 300-row one, one agency's rows, and rows with
// texts fastRows leaves to excelize.
func TestFastRowsMatchStreamWriter(t *testing.T) {
	odd := generatedProgramme(t, 20)
	odd.Annex.Rows[3].Title = " leading space"
	odd.WorkItems[5].Title = "tab\there"
	cases := []struct {
		name string
		p    *program.Programme
		o    AnnexOptions
	}{
		{"bundled", bundledProgramme(t), AnnexOptions{}},
		{"generated", generatedProgramme(t, 300), AnnexOptions{}},
		{"agency", bundledProgramme(t), AnnexOptions{AgencyKey: bundledProgramme(t).Annex.Rows[0].Lead.Key}},
		{"odd texts", odd, AnnexOptions{}},
	}
	for _, c := range cases {
		var fast, slow bytes.Buffer
		if err := excelizeAnnex(&fast, c.p, c.o); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		fastRowsOn = false
		err := excelizeAnnex(&slow, c.p, c.o)
		fastRowsOn = true
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(fast.Bytes(), slow.Bytes()) {
			t.Errorf("%s: the workbook differs from the StreamWriter's", c.name)
		}
	}
}

// excelizeAnnex writes the annex as Annex does, but always with excelize,
// never from a template.
func excelizeAnnex(w io.Writer, p *program.Programme, o AnnexOptions) error {
	parts, _, err := annexParts(newAnnexData(p, o))
	if err != nil {
		return err
	}
	return writeParts(w, parts)
}
