package pdf

import (
	"bytes"
	"fmt"
	lpdf "github.com/ledongthuc/pdf"
	"strings"
)

// makePDF writes a PDF of the given objects, numbered from 1, with a
// correct cross-reference table; object 1 must be the catalog.
func makePDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return b.Bytes()
}

// stream writes a stream object's body.
func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// onePage makes a one-page A4 PDF drawing content with the fonts F1
// (Helvetica), F2 (Times-Bold) and F3 (a Type0 Identity-H font whose codes
// are mapped by toUnicode, letters 500 or 280 units wide, the marks codes 2 and 3 of no width).
func onePage(content, toUnicode string) []byte {
	return makePDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
		stream("", content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+LiberationSerif /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 9 0 R >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+LiberationSerif /DW 500 /W [1 [500 0 0] 16 18 280] >>",
		stream("", toUnicode),
	)
}

func zeroValue() lpdf.Value { return lpdf.Value{} }

// fixXref rewrites the object offsets of a PDF made by makePDF after its
// objects were edited.
func fixXref(data []byte) []byte {
	var objs []string
	rest := string(data)
	for i := 1; ; i++ {
		start := strings.Index(rest, fmt.Sprintf("%d 0 obj\n", i))
		if start < 0 {
			break
		}
		body := rest[start+len(fmt.Sprintf("%d 0 obj\n", i)):]
		end := strings.Index(body, "\nendobj\n")
		objs = append(objs, body[:end])
		rest = body[end:]
	}
	return makePDF(objs...)
}
