package xlsx

import (
	"bytes"
	"os"
	"testing"

	"baocao/internal/golden"
)

// TestPreparedAnnexIsExcelizes: prepared/annex.parts holds what excelize
// writes today for the reference annex, the template cut from it renders
// that annex, and the bundled programme's annex has its shape.
func TestPreparedAnnexIsExcelizes(t *testing.T) {
	ad := referenceAnnex()
	parts, st, err := annexParts(ad)
	if err != nil {
		t.Fatal(err)
	}
	got := encodeParts(parts, st)
	if golden.Updating() {
		if err := os.WriteFile("prepared/annex.parts", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, preparedAnnexFile) {
		t.Fatalf("prepared/annex.parts is not what excelize writes for the reference annex; run go test -update and review the diff:\n%s",
			golden.Diff(preparedAnnexFile, got))
	}
	decoded, dst, err := decodeParts(preparedAnnexFile)
	if err != nil {
		t.Fatal(err)
	}
	if *dst != *st || !bytes.Equal(encodeParts(decoded, dst), got) {
		t.Error("the prepared file does not read back as written")
	}
	if preparedAnnexTemplate() == nil {
		t.Fatal("the template cut from the prepared file does not render the reference annex")
	}
	b := newAnnexData(bundledProgramme(t), AnnexOptions{})
	m, mb, _ := serifMetrics()
	l := newStatsLayout(m, b.items, b.o.Font.Size)
	var none styleSet
	if k := newAnnexKey(b, &l, len(annexTitleLines(&none, m, mb, b.p, b.o))); k != preparedAnnexKey() {
		t.Errorf("the bundled annex's shape %+v is not the prepared one %+v", k, preparedAnnexKey())
	}
}

// TestPreparedFileRejectsDamage: a damaged prepared file gives no template.
func TestPreparedFileRejectsDamage(t *testing.T) {
	for _, bad := range [][]byte{nil, []byte("other\n"), []byte(preparedHeader + "\nstyles 1 2\n"),
		bytes.Replace(preparedAnnexFile, []byte("xl/styles.xml "), []byte("xl/styles.xml 99999999"), 1),
		preparedAnnexFile[:len(preparedAnnexFile)-2]} {
		if _, _, err := decodeParts(bad); err == nil {
			t.Errorf("decodeParts accepted a damaged file (%d bytes)", len(bad))
		}
	}
}
