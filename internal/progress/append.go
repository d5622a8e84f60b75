package progress

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// AppendUpdates returns the ledger text with ups appended as new
// `[[update]]` blocks after a comment carrying stamp (e.g. "Nhập từ
// form-ban-tuyen-giao.xlsx ngày 2021-07-02"). The existing bytes are kept
// unchanged as the result's prefix, so hand-written comments and records
// survive byte for byte; only a missing final newline is added. Line ends
// follow the file (CR LF when it uses them). The result is loaded again
// (without a programme) and any error refuses the whole append. Updates
// that set nothing (no status, document, note or new deadline: a blank form
// row) are skipped; use Ledger.Diff first to drop updates that repeat what
// the ledger already says.
// The CLI makes the backup and writes the file; this only produces bytes.
func AppendUpdates(ledger []byte, ups []Update, stamp string) ([]byte, error) {
	var errs []string
	for i, u := range ups {
		for _, pr := range u.problems() {
			if pr.Key == "update" {
				continue // a record that sets nothing is harmless; Diff drops those
			}
			errs = append(errs, fmt.Sprintf("update %d (item %q): %s: %s", i+1, u.Item, pr.Key, pr.Message))
		}
	}
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	kept := ups[:0:0]
	for _, u := range ups {
		if u.State != "" || u.Document != "" || u.Note != "" || u.Difficulties != "" || !u.NewDeadline.IsZero() {
			kept = append(kept, u)
		}
	}
	ups = kept
	if len(ups) == 0 {
		return ledger, nil
	}
	if bytes.HasPrefix(ledger, []byte{0xFF, 0xFE}) || bytes.HasPrefix(ledger, []byte{0xFE, 0xFF}) {
		return nil, errors.New("the ledger is saved as UTF-16: save it as UTF-8 before importing, so appended records match its encoding")
	}
	nl := "\n"
	if bytes.Contains(ledger, []byte("\r\n")) {
		nl = "\r\n"
	}
	var b bytes.Buffer
	b.Grow(len(ledger) + 300*len(ups))
	b.Write(ledger)
	if len(ledger) > 0 && !bytes.HasSuffix(ledger, []byte("\n")) {
		b.WriteString(nl)
	}
	b.WriteString(nl)
	for _, line := range strings.Split(strings.TrimSpace(stamp), "\n") {
		b.WriteString(strings.TrimRight("# "+strings.TrimSpace(line), " "))
		b.WriteString(nl)
	}
	for i, u := range ups {
		if i > 0 {
			b.WriteString(nl)
		}
		writeUpdate(&b, u, nl)
	}
	out := b.Bytes()
	if _, diags := LoadLedger("ledger", out, nil); diags.HasErrors() {
		return nil, fmt.Errorf("the ledger would not load after the append:\n%w", source.ErrorList(diags))
	}
	return out, nil
}

// writeUpdate writes one record in the ledger's hand-written style.
func writeUpdate(b *bytes.Buffer, u Update, nl string) {
	b.WriteString("[[update]]" + nl)
	kv := func(k, v string) { b.WriteString(k + " = " + v + nl) }
	kv("item", tomlfile.Quote(u.Item))
	kv("date", u.Date.String())
	if u.State != "" {
		kv("status", tomlfile.Quote(string(u.State)))
	}
	if !u.Completed.IsZero() {
		kv("completed", u.Completed.String())
	}
	if u.Document != "" {
		kv("document", tomlfile.Quote(u.Document))
	}
	if u.Note != "" {
		kv("note", tomlfile.Quote(u.Note))
	}
	if u.Difficulties != "" {
		kv("difficulties", tomlfile.Quote(u.Difficulties))
	}
	if !u.NewDeadline.IsZero() {
		kv("new_deadline", u.NewDeadline.String())
		kv("reason", tomlfile.Quote(u.Reason))
	}
	if u.Source != "" {
		kv("source", tomlfile.Quote(u.Source))
	}
}
