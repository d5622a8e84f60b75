package xlsx

import (
	"context"
	"fmt"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// FormIdentity is what a returned form says it is for: read before the
// form is checked, so that an import knows the programme, quarter and date
// without being told (and --quarter only checks them).
type FormIdentity struct {
	Programme string          // programme number, "07-CTr/TU"
	Quarter   program.Quarter // the quarter the form reports on
	Agency    string          // agency key
	Date      program.Date    // the report date the form was made for; zero when not known
}

// MaxFormIdentityBytes bounds what is read of a workbook to find its
// identity; a form is tens of kilobytes.
const MaxFormIdentityBytes = 8 << 20

// ReadFormIdentity reads the identity cells of a form written by baocao
// forms (the very hidden sheet, as ReadForm reads them) and the date in
// its document properties, which Form sets to the report date. The error
// says what is wrong in words for the person who sent the file; ReadForm
// reports the same problems cell by cell. An import opens each form once
// with OpenForm and asks it for both.
func ReadFormIdentity(name string, data []byte) (FormIdentity, error) {
	s := OpenForm(name, data)
	defer s.Close()
	return s.Identity()
}

// identity reads the identity of the opened form s.f. The cells are read
// as a stream, as ReadForm reads them, so nothing of the sheet stays
// decoded in the workbook for Read to see instead of the sent XML.
func (s *SentForm) identity() (id FormIdentity, err error) {
	name := s.name
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: the workbook could not be read (%v): expected the .xlsx form as sent", name, r)
		}
	}()
	if len(s.data) > MaxFormIdentityBytes {
		return id, fmt.Errorf("%s: %d bytes is too large for an agency form", name, len(s.data))
	}
	if s.open != nil {
		return id, fmt.Errorf("%s: %s", name, s.open.Message)
	}
	f := s.f
	if idx, _ := f.GetSheetIndex(SheetFormID); idx < 0 {
		return id, fmt.Errorf("%s: not a form written by baocao forms (no sheet %q)", name, SheetFormID)
	}
	g, gerr := readGrid(context.Background(), f, SheetFormID, "", identityRows, 2)
	get := func(cell string) string {
		if gerr != nil {
			return ""
		}
		c, r, _ := excelize.CellNameToCoordinates(cell)
		return g.at(r, c).value
	}
	if get("A1") != formSignature {
		return id, fmt.Errorf("%s: not a form written by baocao forms (its identity sheet was changed)", name)
	}
	id.Programme, id.Agency = get("B2"), get("B4")
	if id.Quarter, err = program.ParseQuarter(get("B3")); err != nil {
		return id, fmt.Errorf("%s: the form names no quarter (%q in its identity sheet): expected the form as sent", name, get("B3"))
	}
	// Created is "2021-09-30T00:00:00Z" (see docProps.apply); anything else
	// leaves the date unknown rather than guessed.
	if props, err := f.GetDocProps(); err == nil && len(props.Created) >= 10 {
		if d, err := program.ParseISODate(props.Created[:10]); err == nil && id.Quarter.Contains(d) {
			id.Date = d
		}
	}
	return id, nil
}

// identityRows are the identity sheet's rows that say what the form is for
// (signature, programme, quarter, agency).
const identityRows = 4
