package pdf

import (
	"bytes"
	"compress/zlib"
	"strings"
	"testing"
	"time"
)

// A hostile PDF costs bounded work: a page drawing more glyphs than the
// limit, and a content stream that inflates beyond the limit, are read in
// part with a warning, quickly.
func TestReadCapsWork(t *testing.T) {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte("BT /F1 12 Tf 1 0 0 1 100 700 Tm (Kinh) Tj ET\n"))
	w.Write(bytes.Repeat([]byte(" "), maxStreamBytes+1<<20))
	w.Close()
	bomb := makePDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream("/Filter /FlateDecode", z.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	)
	many := onePage("BT /F1 1 Tf 1 0 0 1 10 700 Tm "+strings.Repeat("(xxxxxxxxxx) Tj ", maxGlyphsPerPage/10+100)+"ET", cmapVI)
	for name, data := range map[string][]byte{"bomb.pdf": bomb, "many.pdf": many} {
		start := time.Now()
		doc, diags, err := Read(name, data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(doc.Blocks) == 0 {
			t.Errorf("%s: nothing read", name)
		}
		limited := false
		for _, d := range diags {
			limited = limited || d.Code == "pdf-page-unreadable" && strings.Contains(d.Message, "work limit")
		}
		if !limited {
			t.Errorf("%s: no work-limit warning in %v", name, diags)
		}
		if el := time.Since(start); el > 5*time.Second {
			t.Errorf("%s: took %v", name, el)
		}
	}
}
