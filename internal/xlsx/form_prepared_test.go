package xlsx

import (
	"bytes"
	"os"
	"testing"

	"baocao/internal/golden"
)

// TestPreparedFormIsExcelizes: prepared/form.parts holds what excelize
// writes today for the reference form, the template cut from it renders
// that form, and the options Form fills in by default have its key.
func TestPreparedFormIsExcelizes(t *testing.T) {
	parts, st, err := formParts(referenceForm())
	if err != nil {
		t.Fatal(err)
	}
	got := encodeParts(parts, st)
	if golden.Updating() {
		if err := os.WriteFile("prepared/form.parts", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, preparedFormFile) {
		t.Fatalf("prepared/form.parts is not what excelize writes for the reference form; run go test -update and review the diff:\n%s",
			golden.Diff(preparedFormFile, got))
	}
	if preparedFormTemplate() == nil {
		t.Fatal("the template cut from the prepared file does not render the reference form")
	}
	r := bundledReview(t)
	fd := formDataFor(t, r, FormAgencies(r)[0].Key, FormOptions{Margins: Margins{Top: 20, Bottom: 20, Left: 30, Right: 15}})
	if k := (formKey{fd.o.Font, fd.o.Margins, fd.o.Password}); k != preparedFormKey() {
		t.Errorf("the default options' key %+v is not the prepared one %+v", k, preparedFormKey())
	}
}
