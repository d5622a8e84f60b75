package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"baocao/internal/program"
)

func TestReadFormIdentityGivesProgrammeQuarterAgencyAndDate(t *testing.T) {
	rv := bundledReview(t)
	rv.Date = program.Date{Year: 2021, Month: 6, Day: 15}
	ag := FormAgencies(rv)[0]
	var b bytes.Buffer
	if err := Form(&b, rv, ag.Key, FormOptions{}); err != nil {
		t.Fatal(err)
	}
	id, err := ReadFormIdentity("phieu.xlsx", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := FormIdentity{Programme: rv.Programme.Number, Quarter: program.Quarter{Year: 2021, Q: 2}, Agency: ag.Key,
		Date: program.Date{Year: 2021, Month: 6, Day: 15}}
	if id != want {
		t.Errorf("identity %+v, want %+v", id, want)
	}
	if _, err := ReadFormIdentity("x.xlsx", []byte("not a workbook")); err == nil || !strings.Contains(err.Error(), "x.xlsx") {
		t.Errorf("a file that is no workbook: %v", err)
	}
}
