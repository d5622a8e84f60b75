package xlsx

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

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
// reports the same problems cell by cell.
func ReadFormIdentity(name string, data []byte) (id FormIdentity, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: the workbook could not be read (%v): expected the .xlsx form as sent", name, r)
		}
	}()
	if len(data) > MaxFormIdentityBytes {
		return id, fmt.Errorf("%s: %d bytes is too large for an agency form", name, len(data))
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: MaxFormIdentityBytes, UnzipXMLSizeLimit: MaxFormIdentityBytes,
	})
	if err != nil {
		return id, fmt.Errorf("%s: not an Excel workbook baocao can read (%v): expected the .xlsx form as sent", name, err)
	}
	defer f.Close()
	if idx, _ := f.GetSheetIndex(SheetFormID); idx < 0 {
		return id, fmt.Errorf("%s: not a form written by baocao forms (no sheet %q)", name, SheetFormID)
	}
	get := func(cell string) string {
		v, _ := f.GetCellValue(SheetFormID, cell, excelize.Options{RawCellValue: true})
		return strings.TrimSpace(norm.NFC.String(v))
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
