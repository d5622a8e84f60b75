package cli

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestWordReportSaysWhatThePDFSays: the bundled programme's quý III-2021
// report as Word document, printed by LibreOffice, and as PDF carry the
// same paragraphs (headings, sentences with their figures, centred lines,
// the header and signature) and the same table rows, each in its order;
// the page counts of both are logged. Skips only when soffice or
// pdftotext is missing, saying which.
func TestWordReportSaysWhatThePDFSays(t *testing.T) {
	if testing.Short() {
		t.Skip("converts the Word report with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice Writer) is not installed: the Word report is not compared with the PDF")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if r := cli(t, "report", "--quarter", "2021-Q3", "--date", "2021-09-30", "-o", out, "-q"); r.code != ExitOK {
		t.Fatal(r)
	}
	docxPath := filepath.Join(out, "bao-cao-2021-Q3.docx")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	conv := filepath.Join(dir, "conv")
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", conv, docxPath)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if log, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, log)
	}
	wordPDF := filepath.Join(conv, "bao-cao-2021-Q3.pdf")
	ourPDF := filepath.Join(out, "bao-cao-2021-Q3.pdf")
	texts := map[string]string{} // letter streams for the table rows
	prose := map[string]string{} // the same without page numbers, which split a paragraph running over a page
	for name, p := range map[string]string{"PDF": ourPDF, "Word": wordPDF} {
		// -layout keeps each table row's lines together, side by side.
		raw, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", p, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", name, err)
		}
		texts[name] = letterStream(string(raw))
		prose[name] = letterStream(pageNumberLine.ReplaceAllString(string(raw), ""))
	}
	paras, rows := wordContent(t, docxPath)
	if len(paras) < 20 || len(rows) < 30 {
		t.Fatalf("the Word report has %d paragraphs and %d table rows: too few to compare", len(paras), len(rows))
	}
	for _, name := range []string{"PDF", "Word"} {
		hay := []rune(texts[name])
		for _, p := range paras {
			if l := letterStream(p); l != "" && !strings.Contains(prose[name], l) {
				t.Errorf("the %s report lacks the paragraph %q", name, p)
			}
		}
		for _, r := range rows {
			if missing := rowMissing(hay, r); missing != "" {
				t.Errorf("the %s report lacks %q of the table row %q", name, missing, r)
			}
		}
	}
	pages := map[string]int{}
	for name, p := range map[string]string{"PDF": ourPDF, "Word": wordPDF} {
		info, err := exec.Command("pdfinfo", p).Output()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v", name, err)
		}
		m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
		if m == nil {
			t.Fatalf("pdfinfo %s: no page count", name)
		}
		n := 0
		for _, c := range m[1] {
			n = n*10 + int(c-'0')
		}
		pages[name] = n
	}
	t.Logf("pages: PDF %d, Word (LibreOffice) %d; %d paragraphs and %d table rows compared", pages["PDF"], pages["Word"], len(paras), len(rows))
	if pages["Word"] < pages["PDF"]*2/3 || pages["Word"] > pages["PDF"]*3/2 {
		t.Errorf("the Word report prints on %d pages, the PDF on %d: the layouts differ too much", pages["Word"], pages["PDF"])
	}
}

// pageNumberLine is a line holding only a number: a page number, which
// pdftotext puts where the page breaks, maybe inside a paragraph.
var pageNumberLine = regexp.MustCompile(`(?m)^\s*\d+\s*$`)

// wordContent reads the paragraphs outside tables and the rows of every
// table of a .docx (the layout tables' cells included, as rows), skipping
// the chart's bar rows, which the PDF draws as a picture.
func wordContent(t *testing.T, path string) (paras []string, rows [][]string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var doc []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			doc, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var (
		depth   int // table nesting
		chart   bool
		para    strings.Builder
		cell    strings.Builder
		row     []string
		inPara  bool
		inText  bool
		tblKind []bool // chart table or not, per open table
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("document.xml: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			switch tk.Name.Local {
			case "tbl":
				depth++
				tblKind = append(tblKind, false)
			case "tblCaption":
				for _, a := range tk.Attr {
					if a.Name.Local == "val" && strings.HasPrefix(a.Value, "Biểu đồ") {
						tblKind[len(tblKind)-1] = true
					}
				}
			case "tr":
				row = nil
			case "tc":
				cell.Reset()
			case "p":
				inPara = true
				para.Reset()
			case "t":
				inText = true
			case "br":
				para.WriteString(" ")
			}
		case xml.CharData:
			if inText && inPara {
				para.Write(tk)
			}
		case xml.EndElement:
			switch tk.Name.Local {
			case "t":
				inText = false
			case "p":
				inPara = false
				if depth == 0 {
					if s := strings.TrimSpace(para.String()); s != "" {
						paras = append(paras, s)
					}
				} else {
					if cell.Len() > 0 {
						cell.WriteString(" ")
					}
					cell.WriteString(para.String())
				}
			case "tc":
				row = append(row, strings.TrimSpace(cell.String()))
			case "tr":
				chart = tblKind[len(tblKind)-1]
				if !chart && strings.TrimSpace(strings.Join(row, "")) != "" {
					rows = append(rows, row)
				}
			case "tbl":
				depth--
				tblKind = tblKind[:len(tblKind)-1]
			}
		}
	}
	return paras, rows
}

// letterStream is s in NFC without white space (the Word legend's em
// spaces included) or hyphens (pdftotext
// drops a hyphen that ends a line), for comparing text across layouts.
func letterStream(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' || r == '\u00ad' || r == '\u2011' {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}

// rowMissing is the first cell of a table row not found in a PDF's text
// (pdftotext -layout sets a row's cell lines side by side, a centred cell
// on the row's middle line): the row's longest cell must be there, its
// letters in order within a short stretch, and every other cell near it.
func rowMissing(hay []rune, row []string) string {
	longest := 0
	for i, c := range row {
		if len([]rune(letterStream(c))) > len([]rune(letterStream(row[longest]))) {
			longest = i
		}
	}
	key := []rune(letterStream(row[longest]))
	if len(key) == 0 {
		return ""
	}
	span := 2*len([]rune(letterStream(strings.Join(row, "")))) + 400
	missing := row[longest]
	// The longest cell may recur (an item's title is in the overdue table
	// and the Phụ lục): the row is there if one of its places has it all.
	for from := 0; from < len(hay); {
		at := inOrderAt(hay[from:], key, 3*len(key)+150)
		if at < 0 {
			break
		}
		at += from
		near := hay[max(0, at-span):min(len(hay), at+span)]
		missing = ""
		for _, c := range row {
			n := []rune(letterStream(c))
			if len(n) == 0 {
				continue
			}
			// A figure, date or code has no space to wrap at: it must be
			// there whole; words may be wrapped among the neighbours'.
			whole := !strings.ContainsAny(strings.TrimSpace(c), " \u00a0")
			if whole && !strings.Contains(string(near), string(n)) || !whole && inOrderAt(near, n, len(near)) < 0 {
				missing = c
				break
			}
		}
		if missing == "" {
			return ""
		}
		from = at + 1
	}
	return missing
}

// inOrderAt is where the first stretch of hay holding needle's runes in
// order begins, or -1.
func inOrderAt(hay, needle []rune, window int) int {
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
			return start
		}
	}
	return -1
}
