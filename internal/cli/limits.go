package cli

import "baocao/internal/xlsx"

// The size caps on every file baocao reads, by kind of input, in one place
// (docs/operations.md lists them). Each file is stat'ed first and refused
// unless it is a regular file no larger than its cap; it is then read
// through an io.LimitReader, so a file that grows meanwhile is refused too.
// They are far above any real input and far below what would hurt the
// machine: a programme of 10,000 annex rows is about 3 MB of text, a
// ledger of 100,000 records about 20 MB.
const (
	// maxProgrammeBytes bounds a programme file. A Word or PDF programme
	// with its images fits too, for the readers being added.
	maxProgrammeBytes = 64 << 20
	// maxLedgerBytes bounds a progress ledger (TOML).
	maxLedgerBytes = 32 << 20
	// maxConfigBytes bounds baocao.toml; the full commented default is 8 KB.
	maxConfigBytes = 1 << 20
	// maxTemplateBytes bounds each report wording template (*.tmpl).
	maxTemplateBytes = 1 << 20
	// maxOfficeBytes bounds the office's own text of a quarter (a few
	// pages of plain text; the skeleton is 2 KB).
	maxOfficeBytes = 4 << 20
	// maxFormBytes bounds a returned agency form (.xlsx, compressed);
	// xlsx.ReadForm also bounds what it unzips to.
	maxFormBytes = xlsx.MaxFormBytes
)

// maxShownPerFile is how many diagnostics are printed for one file; the
// rest are counted in one line "FILE: … and N more".
const maxShownPerFile = 50

// inputKind names a kind of input in messages, with its cap.
type inputKind struct {
	what word
	max  int64
}

var (
	programmeInput = inputKind{word("programme"), maxProgrammeBytes}
	ledgerInput    = inputKind{word("ledger"), maxLedgerBytes}
	configInputK   = inputKind{word("configuration"), maxConfigBytes}
	templateInput  = inputKind{word("template"), maxTemplateBytes}
	formInput      = inputKind{word("form"), maxFormBytes}
	officeInput    = inputKind{word("office's text"), maxOfficeBytes}
)
