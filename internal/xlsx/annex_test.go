package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"baocao/internal/golden"
	"baocao/internal/program"
)

func annexBytes(t testing.TB, p *program.Programme, o AnnexOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Annex(&buf, p, o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestAnnexGolden(t *testing.T) {
	data := annexBytes(t, testProgramme(), AnnexOptions{})
	golden.Check(t, "annex.golden", []byte(dumpWorkbook(t, data, "Times New Roman")))
}

func TestAnnexByAgency(t *testing.T) {
	data := annexBytes(t, testProgramme(), AnnexOptions{AgencyKey: "ban to chuc tinh uy", Subtitle: "Ban Tổ chức Tỉnh ủy"})
	golden.Check(t, "annex-agency.golden", []byte(dumpWorkbook(t, data, "Times New Roman")))
}

func TestAnnexRepeatable(t *testing.T) {
	// excelize writes some parts in map order; several runs make a
	// difference show up if the re-packing ever stops hiding it.
	a := annexBytes(t, testProgramme(), AnnexOptions{})
	for i := 0; i < 5; i++ {
		if b := annexBytes(t, testProgramme(), AnnexOptions{}); !bytes.Equal(a, b) {
			t.Fatalf("run %d gave different bytes from run 1 on the same programme", i+2)
		}
	}
}

func TestAnnexLibreOffice(t *testing.T) {
	t.Parallel()
	convertWithLibreOffice(t, "danh-muc", annexBytes(t, testProgramme(), AnnexOptions{}))
}

func TestAnnexEmptyProgramme(t *testing.T) {
	p := testProgramme()
	p.Annex.Rows, p.WorkItems, p.Annex.Note = nil, nil, ""
	dump := dumpWorkbook(t, annexBytes(t, p, AnnexOptions{}), "Times New Roman")
	if !strings.Contains(dump, `A4 = "TT"`) {
		t.Errorf("an empty programme lost its table header:\n%s", dump)
	}
}
