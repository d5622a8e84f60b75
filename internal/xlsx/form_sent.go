package xlsx

import (
	"bytes"
	"context"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
	"baocao/internal/source"
)

// SentForm is a returned form opened once for an import: Identity says
// what it is for, and once the programme and quarter are known, Read checks
// it and returns its answers. Opening the workbook is most of the cost of
// either, and an import used to open every form twice (ReadFormIdentity,
// then ReadForm). Opening reads no sheet: the identity is read as a stream,
// as Read reads the sheets, so what Read sees is the workbook as sent.
type SentForm struct {
	name string
	data []byte
	f    *excelize.File
	open *source.Diagnostic // why the workbook could not be opened

	id    FormIdentity
	idErr error
	read  bool // Identity has been read (into id, idErr)
}

// OpenForm opens a returned form. A form that cannot be opened is no
// error here: Identity and Read say why.
func OpenForm(name string, data []byte) (s *SentForm) {
	s = &SentForm{name: name, data: data}
	defer func() {
		if r := recover(); r != nil {
			s.f = nil
			s.open = openFailure(name, "form-unreadable", "the workbook could not be read (%v): expected the .xlsx form as sent", r)
		}
	}()
	if len(data) > MaxFormBytes {
		s.open = openFailure(name, "form-too-large", "%d bytes is too large for an agency form (at most %d): expected a workbook written by baocao forms", len(data), MaxFormBytes)
		return s
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: unzipSizeLimit, UnzipXMLSizeLimit: unzipSizeLimit,
	})
	if err != nil {
		s.open = openFailure(name, "form-unreadable", "not an Excel workbook baocao can read (%v): expected the .xlsx form as sent", err)
		return s
	}
	s.f = f
	return s
}

// openFailure is the error of a form that could not be opened, made by
// Diagnostics.Add so that it keeps its format and arguments and the command
// line prints it in the user's language.
func openFailure(name, code, format string, args ...any) *source.Diagnostic {
	var ds source.Diagnostics
	ds.Add(source.Pos{File: name}, source.Error, code, format, args...)
	return &ds[0]
}

// Same reports whether the form was opened from these bytes.
func (s *SentForm) Same(data []byte) bool { return bytes.Equal(s.data, data) }

// Close releases the workbook.
func (s *SentForm) Close() {
	if s.f != nil {
		s.f.Close()
	}
}

// Identity reads the identity cells of the form (see ReadFormIdentity).
func (s *SentForm) Identity() (FormIdentity, error) {
	if !s.read {
		s.id, s.idErr = s.identity()
		s.read = true
	}
	return s.id, s.idErr
}

// Read checks the form against programme p and quarter q and returns its
// answers (see ReadForm).
func (s *SentForm) Read(ctx context.Context, p *program.Programme, q program.Quarter) (ups []FormUpdate, diags source.Diagnostics) {
	fr := &formReader{name: s.name, p: p, ctx: ctx}
	if p == nil {
		fr.diags.Add(source.Pos{File: s.name}, source.Error, "form-no-programme", "no programme to check the form against")
		return nil, fr.diags
	}
	if s.open != nil {
		return nil, append(fr.diags, *s.open)
	}
	fr.f = s.f
	return fr.read(q)
}
