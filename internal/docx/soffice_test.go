package docx

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// toPDF converts a .docx with LibreOffice Writer and returns the PDF's
// path; it skips the test only when soffice is absent, saying so. A
// private HOME and user profile let it run as root and beside other
// tests' LibreOffice. BAOCAO_KEEP_PDF=dir keeps the PDF for looking at it.
func toPDF(t *testing.T, name string, docx []byte) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice Writer) is not installed: the Word report is not checked by conversion")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, name+".docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out := filepath.Join(dir, "out")
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", out, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	log, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice failed: %v\n%s", err, log)
	}
	pdf := filepath.Join(out, name+".pdf")
	if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
		t.Fatalf("soffice wrote no PDF for %s (a document LibreOffice cannot open converts to nothing): %v\n%s", name, err, log)
	}
	if keep := os.Getenv("BAOCAO_KEEP_PDF"); keep != "" {
		b, _ := os.ReadFile(pdf)
		_ = os.WriteFile(filepath.Join(keep, name+".pdf"), b, 0o644)
	}
	return pdf
}

// pdfText is the PDF's text by pdftotext, NFC, every run of white space
// one space; it skips the test when pdftotext is absent.
func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return squash(string(out))
}

// squash is s in NFC with white space runs (no-break spaces included) as one space.
func squash(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(norm.NFC.String(s), "\u00a0", " ")), " ")
}

// pageSizes lists each page's width and height in points, by pdfinfo.
func pageSizes(t *testing.T, pdf string) [][2]float64 {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "999", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	re := regexp.MustCompile(`Page +\d+ size: +([\d.]+) x ([\d.]+) pts`)
	var sizes [][2]float64
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		sizes = append(sizes, [2]float64{w, h})
	}
	return sizes
}

// TestOpensInLibreOffice: LibreOffice Writer reads the report (a file it
// would have to repair converts to nothing or to an empty page), every
// text of the model is in the PDF it prints, the report pages are
// portrait A4 and the Phụ lục's landscape, in a sane number of pages.
func TestOpensInLibreOffice(t *testing.T) {
	r := sample()
	var b bytes.Buffer
	if err := Report(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	pdf := toPDF(t, "bao-cao", b.Bytes())
	text := pdfText(t, pdf)
	if missing := missingTexts(text, modelTexts(r)); len(missing) > 0 {
		for _, m := range missing {
			t.Errorf("%s %q is not in the printed report", m.what, m.text)
		}
	}
	sizes := pageSizes(t, pdf)
	if len(sizes) < 4 || len(sizes) > 12 {
		t.Fatalf("%d pages, want 4 to 12 (3 of report, the Phụ lục's 24 rows on several)", len(sizes))
	}
	portrait, landscape := 0, 0
	for i, s := range sizes {
		switch {
		case s[0] > 594 && s[0] < 597 && s[1] > 841 && s[1] < 843:
			if landscape > 0 {
				t.Errorf("page %d is portrait after the Phụ lục began", i+1)
			}
			portrait++
		case s[1] > 594 && s[1] < 597 && s[0] > 841 && s[0] < 843:
			landscape++
		default:
			t.Errorf("page %d is %v pt, not A4", i+1, s)
		}
	}
	if portrait < 2 || landscape < 2 {
		t.Errorf("%d portrait and %d landscape pages, want the report portrait and the Phụ lục landscape, each over 2 pages at least", portrait, landscape)
	}
	t.Logf("%d pages: %d portrait, %d landscape", len(sizes), portrait, landscape)
	// Page numbers: none on the first page of each section; "2" at the top
	// of the report's second page and of the Phụ lục's second.
	first := pageText(t, pdf, 1)
	if strings.HasPrefix(first, "1 ") {
		t.Errorf("page 1 starts with a number: %.40q", first)
	}
	for _, p := range []int{2, portrait + 2} {
		if got := pageText(t, pdf, p); !strings.HasPrefix(got, "2 ") {
			t.Errorf("page %d does not start with its number 2: %.40q", p, got)
		}
	}
}

// pageText is one page's text, squashed.
func pageText(t *testing.T, pdf string, page int) string {
	t.Helper()
	n := strconv.Itoa(page)
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", "-f", n, "-l", n, pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext page %d: %v", page, err)
	}
	return squash(string(out))
}

// missingTexts are the texts not found in a PDF's text. Paragraphs must be
// there whole; a table cell's lines are interleaved by pdftotext with its
// neighbours' on the same lines, so a cell's letters must appear in order
// within a short stretch. Both compare without white space and hyphens,
// which pdftotext drops at a line end.
func missingTexts(pdfText string, want []modelText) []modelText {
	hay := []rune(letters(pdfText))
	var missing []modelText
	for _, w := range want {
		needle := []rune(letters(w.text))
		if len(needle) == 0 {
			continue
		}
		found := false
		switch w.what {
		case "cell", "column heading", "chart label", "recipient", "signer", "header":
			found = inOrderNear(hay, needle, 3*len(needle)+120)
		default:
			found = strings.Contains(string(hay), string(needle))
		}
		if !found {
			missing = append(missing, w)
		}
	}
	return missing
}

// letters is s squashed without white space or hyphens.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '\u00ad', '\u2011':
			return -1
		}
		return r
	}, squash(s))
}

// inOrderNear reports whether needle's runes occur in hay in order within
// a stretch of at most window runes.
func inOrderNear(hay, needle []rune, window int) bool {
	for start, r := range hay {
		if r != needle[0] {
			continue
		}
		k := 1
		for i := start + 1; i < len(hay) && i-start < window && k < len(needle); i++ {
			if hay[i] == needle[k] {
				k++
			}
		}
		if k == len(needle) {
			return true
		}
	}
	return false
}
