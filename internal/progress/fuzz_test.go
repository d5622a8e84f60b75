package progress

import (
	"bytes"
	"testing"
)

// FuzzLoadLedger: no input makes the loader panic (a recovered panic shows
// as a "ledger-internal" diagnostic), every diagnostic points inside the
// input, and the records of a clean ledger survive AppendUpdates unchanged.
func FuzzLoadLedger(f *testing.F) {
	f.Add(readSample(f))
	f.Add([]byte(ledgerHead + "[[update]]\nitem = \"04.3\"\ndate = 2021-02-30\nstatus = done\n"))
	f.Add([]byte(ledgerHead + "[[update]]\nitem = \"04.1\"\ndate = 2021-06-15\nnote = \"\"\"\nx = 1\n\"\"\"\n"))
	f.Add([]byte("update = [{item = \"01.1\", date = 2021-06-15, status = \"paused\"}]\n[programme]\nnumber = 7\n"))
	f.Add([]byte("[programme.x]\n[[update.y]]\n'item' = \"01.1\"\n"))
	p := seedLike()
	f.Fuzz(func(t *testing.T, data []byte) {
		l, diags := LoadLedger("f.toml", data, p)
		lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
		for _, d := range diags {
			if d.Code == "ledger-internal" {
				t.Fatalf("panic: %s", d)
			}
			if d.Pos.Line < 0 || d.Pos.Line > lines || d.Pos.Col < 0 {
				t.Fatalf("diagnostic outside the input (%d lines): %s", lines, d)
			}
		}
		if l == nil {
			t.Fatal("nil ledger")
		}
		if diags.HasErrors() || len(l.Updates) == 0 {
			return
		}
		// AppendUpdates leaves out a record that sets nothing (only item
		// and date): it would change no report.
		var ups []Update
		for _, u := range l.Updates {
			if u.State != "" || u.Document != "" || u.Note != "" || !u.NewDeadline.IsZero() {
				ups = append(ups, u)
			}
		}
		out, err := AppendUpdates([]byte(ledgerHead), ups, "fuzz")
		if err != nil {
			t.Fatalf("records of a clean ledger do not append: %v", err)
		}
		l2, d2 := LoadLedger("f.toml", out, p)
		if d2.HasErrors() || len(l2.Updates) != len(ups) {
			t.Fatalf("append round trip: %d records, %d read back: %v", len(ups), len(l2.Updates), d2.Err())
		}
		for i := range ups {
			a, b := ups[i], l2.Updates[i]
			a.Pos = b.Pos
			if a != b {
				t.Fatalf("record %d changed:\n%+v\n%+v", i, ups[i], l2.Updates[i])
			}
		}
	})
}
