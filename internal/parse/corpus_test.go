package parse_test

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// corpusDir holds programmes written for issue 8 in layouts nobody tuned the
// parser to, each with a truth file a clerk wrote by reading the document.
const corpusDir = "testdata/corpus"

// maxListed bounds the unexpected errors and disagreeing items listed for
// one document: a layout the parser misreads gives dozens, and the first
// few say what went wrong.
const maxListed = 8

// pending lists the corpus documents the parser is not yet expected to read
// correctly, with the reason. Their differences from the truth are logged,
// not failed; a pending document that matches its truth fails the test so
// its entry is removed. The lead deletes entries as the readers and the
// parser catch up; never add one to make a regression pass.
var pending = map[string]string{
	"huyen-uy-layout.txt":     "row 2: three lines squeezed across three columns (\"phẩm OCOP huyện Nghi UBND huyện nghiệp và Phát\" between \"Phòng Nông\" above and \"Lộc giai đoạn 2022-2025   triển nông thôn\" below): no cut through the row, nor the per-line move to a word in capitals, separates the lead \"UBND huyện\" from the coordinators \"Phòng Nông nghiệp và Phát triển nông thôn\"",
	"so-nn-merged.layout.txt": "cells merged over two or three rows are printed once, vertically centred between the rows they cover, and their lines fall into the neighbouring rows: the aligned reader has no notion of merged cells",
}

// needsOffice skips a test of a document only LibreOffice can convert
// (.doc, .odt, .rtf), when soffice is not installed, saying so.
func needsOffice(t *testing.T, doc string) {
	t.Helper()
	switch strings.ToLower(filepath.Ext(doc)) {
	case ".doc", ".odt", ".rtf":
	default:
		return
	}
	for _, n := range []string{"soffice", "libreoffice"} {
		if _, err := exec.LookPath(n); err == nil {
			return
		}
	}
	t.Skipf("%s needs LibreOffice to be read: soffice is missing (apt-get install libreoffice-writer-nogui)", doc)
}

// truth is what a careful clerk counts when reading one programme; see
// testdata/corpus/README.md for the conventions.
type truth struct {
	Documents     []string     `toml:"documents"`
	Issuer        []string     `toml:"issuer"` // the names the document gives its issuer; any one matches
	Number        string       `toml:"number"`
	Date          string       `toml:"date"`
	AnnexRows     int          `toml:"annex_rows"`
	DeclaredTotal int          `toml:"declared_total"`
	Declared      []truthCount `toml:"declared"`
	Items         []truthItem  `toml:"item"`
	Errors        []truthError `toml:"error"`
	Notes         string       `toml:"notes"`
}

type truthCount struct {
	Kinds []string `toml:"kinds"`
	Count int      `toml:"count"`
}

type truthItem struct {
	ID   string `toml:"id"`
	Kind string `toml:"kind"`
	Lead string `toml:"lead"`
	Due  string `toml:"due"`
}

// truthError is an error the parser must report: at Line in a text
// document (where it is checked), about the cell named by About.
type truthError struct {
	Line  int    `toml:"line"`
	About string `toml:"about"`
}

// kindSlugs maps the Vietnamese kind names a truth file uses to the stable
// program.Kind spelling, including kinds the parser may not know yet.
var kindSlugs = map[string]string{
	"Đề án": "de_an", "Chương trình": "chuong_trinh", "Kế hoạch": "ke_hoach",
	"Quy định": "quy_dinh", "Quy chế": "quy_che", "Danh mục": "danh_muc",
	"Nghị quyết": "nghi_quyet", "Sơ kết": "so_ket", "Tổng kết": "tong_ket",
	"Chỉ thị": "chi_thi", "Kết luận": "ket_luan", "Hướng dẫn": "huong_dan",
	"Báo cáo": "bao_cao", "": "none", // the parser writes an item naming no product kind as none (shown as Khác)
}

// readTruths loads every truth file of the corpus.
func readTruths(t *testing.T) map[string]truth {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(corpusDir, "*.truth.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 8 {
		t.Fatalf("found %d truth files in %s, want at least 8", len(names), corpusDir)
	}
	out := map[string]truth{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var tr truth
		if err := tomlfile.Decode(string(b), &tr); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if msg := tr.validate(); msg != "" {
			t.Fatalf("%s: %s", n, msg)
		}
		out[filepath.Base(n)] = tr
	}
	return out
}

// validate catches mistakes in a truth file, so a typo is not read as the
// parser's fault.
func (tr truth) validate() string {
	if len(tr.Documents) == 0 {
		return "no documents listed"
	}
	if _, err := program.ParseISODate(tr.Date); err != nil {
		return "date: " + err.Error()
	}
	seen := map[string]bool{}
	for _, it := range tr.Items {
		if seen[it.ID] {
			return "item " + it.ID + " listed twice"
		}
		seen[it.ID] = true
		if _, ok := kindSlugs[it.Kind]; !ok {
			return fmt.Sprintf("item %s: unknown kind %q", it.ID, it.Kind)
		}
		if !validDue(it.Due) {
			return fmt.Sprintf("item %s: due %q is neither YYYY-MM-DD nor none/recurring/ongoing/unknown", it.ID, it.Due)
		}
	}
	for _, c := range tr.Declared {
		for _, k := range c.Kinds {
			if _, ok := kindSlugs[k]; !ok || k == "" {
				return fmt.Sprintf("declared: unknown kind %q", k)
			}
		}
	}
	return ""
}

func validDue(s string) bool {
	for _, alt := range strings.Split(s, "|") {
		switch alt {
		case "none", "recurring", "ongoing", "unknown":
			continue
		}
		if _, err := program.ParseISODate(alt); err != nil {
			return false
		}
	}
	return s != ""
}

// TestCorpus parses every document of the corpus and compares what it read
// with the clerk's truth, reporting every difference of a document at once.
func TestCorpus(t *testing.T) {
	truths := readTruths(t)
	listed := map[string]bool{}
	for tname, tr := range truths {
		for _, doc := range tr.Documents {
			listed[doc] = true
			t.Run(doc, func(t *testing.T) {
				needsOffice(t, doc)
				data, err := os.ReadFile(filepath.Join(corpusDir, doc))
				if err != nil {
					t.Fatalf("%s lists %s: %v", tname, doc, err)
				}
				p, diags := parse.Parse(doc, data)
				diffs := compare(doc, tr, p, diags)
				reason, isPending := pending[doc]
				switch {
				case isPending && len(diffs) == 0:
					t.Errorf("%s now matches %s: remove it from the pending list", doc, tname)
				case isPending:
					t.Logf("pending (%s); %d differences from %s:\n%s", reason, len(diffs), tname, strings.Join(diffs, "\n"))
				case len(diffs) > 0:
					t.Errorf("%d differences from %s:\n%s", len(diffs), tname, strings.Join(diffs, "\n"))
				}
			})
		}
	}
	for doc := range pending {
		if !listed[doc] {
			t.Errorf("pending lists %s, which no truth file describes", doc)
		}
	}
}

// TestCorpusFormatsAgree checks that the documents one truth file describes
// (the same programme as .txt, .docx and .pdf) give the same work items,
// titles included, which the truth does not state.
func TestCorpusFormatsAgree(t *testing.T) {
	for tname, tr := range readTruths(t) {
		if len(tr.Documents) < 2 {
			continue
		}
		t.Run(strings.TrimSuffix(tname, ".truth.toml"), func(t *testing.T) {
			first := tr.Documents[0]
			needsOffice(t, first)
			want := itemLines(t, first)
			for _, doc := range tr.Documents[1:] {
				got := itemLines(t, doc)
				var diffs []string
				for i := 0; i < max(len(want), len(got)); i++ {
					w, g := "(none)", "(none)"
					if i < len(want) {
						w = want[i]
					}
					if i < len(got) {
						g = got[i]
					}
					if spaceless(w) != spaceless(g) {
						diffs = append(diffs, fmt.Sprintf("item %d:\n  %s: %s\n  %s: %s", i+1, first, w, doc, g))
					}
				}
				if len(diffs) == 0 {
					continue
				}
				if n := len(diffs); n > maxListed {
					diffs = append(diffs[:maxListed], fmt.Sprintf("… and %d more items", n-maxListed))
				}
				msg := fmt.Sprintf("%s and %s read different work items:\n%s", first, doc, strings.Join(diffs, "\n"))
				if _, ok := pending[doc]; ok {
					t.Logf("pending: %s", msg)
				} else if _, ok := pending[first]; ok {
					t.Logf("pending: %s", msg)
				} else {
					t.Error(msg)
				}
			}
		})
	}
}

// spaceless drops every space, so a title a PDF wrapped after a hyphen
// ("2022-" / "2025", joined as "2022- 2025") still equals the typed one:
// where a line was wrapped is layout, not content.
func spaceless(s string) string { return strings.Join(strings.Fields(s), "") }

// itemLines is one line per work item with every field the formats must agree on.
func itemLines(t *testing.T, doc string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, doc))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := parse.Parse(doc, data)
	if p == nil {
		return nil
	}
	var out []string
	for _, w := range p.WorkItems {
		out = append(out, fmt.Sprintf("%s | %s | %s | %s | %s | %s", w.ID, w.Kind, w.Lead.Key, dueOf(w.Deadline), strings.Join(strings.Fields(w.Title), " "), corpusAgencyKeys(w.Coordinators)))
	}
	return out
}

func corpusAgencyKeys(as []program.Agency) string {
	ks := make([]string, len(as))
	for i, a := range as {
		ks[i] = a.Key
	}
	return strings.Join(ks, "; ")
}

// dueOf reads a deadline the way truth files write it.
func dueOf(d program.Deadline) string {
	switch {
	case d.Due != nil:
		return d.Due.String()
	case d.Kind == program.DeadlineRecurring:
		return "recurring"
	case d.Kind == program.DeadlineOngoing:
		return "ongoing"
	case d.Kind == program.DeadlineUnknown && strings.TrimSpace(d.Text) != "":
		return "unknown"
	case strings.TrimSpace(d.Text) == "":
		return "none"
	}
	return "unknown"
}

// compare lists every way the parsed programme differs from the truth.
func compare(doc string, tr truth, p *program.Programme, diags source.Diagnostics) []string {
	var diffs []string
	add := func(format string, args ...any) { diffs = append(diffs, "  "+fmt.Sprintf(format, args...)) }
	errorsAt := map[int][]string{}
	var errs []string
	for _, d := range diags {
		if d.Severity == source.Error {
			errorsAt[d.Pos.Line] = append(errorsAt[d.Pos.Line], d.String())
			errs = append(errs, d.String())
		}
	}
	if p == nil {
		add("no programme read; errors:\n    %s", strings.Join(errs, "\n    "))
		return diffs
	}
	if !issuerMatches(p.Issuer, tr.Issuer) {
		add("issuer: got %q, want one of %q", p.Issuer, tr.Issuer)
	}
	if p.Number != tr.Number {
		add("number: got %q, want %q", p.Number, tr.Number)
	}
	if p.Date.String() != tr.Date {
		add("date: got %q, want %q", p.Date.String(), tr.Date)
	}
	if got := taskRows(p.Annex.Rows); got != tr.AnnexRows {
		add("annex rows: got %d, want %d", got, tr.AnnexRows)
	}
	if p.DeclaredTotal != tr.DeclaredTotal {
		add("declared total: got %d, want %d", p.DeclaredTotal, tr.DeclaredTotal)
	}
	diffs = append(diffs, compareDeclared(p.Declared, tr.Declared)...)
	diffs = append(diffs, compareItems(p.WorkItems, tr.Items)...)

	// Errors: a clean document has none; a hostile one has exactly the ones
	// the truth names, checked by line where the document has lines.
	text := strings.HasSuffix(doc, ".txt") || strings.HasSuffix(doc, ".md")
	if text {
		for _, e := range tr.Errors {
			if len(errorsAt[e.Line]) == 0 {
				add("no error at line %d (%s)", e.Line, e.About)
			}
			delete(errorsAt, e.Line)
		}
		var unexpected []string
		for _, d := range diags {
			if d.Severity == source.Error && len(errorsAt[d.Pos.Line]) > 0 {
				unexpected = append(unexpected, d.String())
			}
		}
		for i, u := range unexpected {
			if i == maxListed {
				add("… and %d more unexpected errors", len(unexpected)-maxListed)
				break
			}
			add("unexpected error: %s", u)
		}
	} else if len(errs) != len(tr.Errors) {
		add("%d errors, want %d:\n    %s", len(errs), len(tr.Errors), strings.Join(errs, "\n    "))
	}
	return diffs
}

// taskRows counts the annex rows that assign a task, as the truth files
// do: a parent row that only heads its sub-rows stays in the programme
// (marked Heading, with no work items) but assigns nothing. Group rows are
// not rows of the programme at all.
func taskRows(rows []program.AnnexRow) int {
	n := 0
	for _, r := range rows {
		if !r.Heading {
			n++
		}
	}
	return n
}

// issuerMatches compares agency keys, so "UBND tỉnh" matches "Ủy ban nhân dân tỉnh".
func issuerMatches(got string, want []string) bool {
	g := parse.NormalizeAgency(got).Key
	for _, w := range want {
		if g == parse.NormalizeAgency(w).Key {
			return true
		}
	}
	return false
}

func compareDeclared(got []program.KindCount, want []truthCount) []string {
	key := func(kinds []string, n int) string {
		ks := slices.Clone(kinds)
		slices.Sort(ks)
		return fmt.Sprintf("%s=%d", strings.Join(ks, "+"), n)
	}
	var g, w []string
	for _, c := range got {
		ks := make([]string, len(c.Kinds))
		for i, k := range c.Kinds {
			ks[i] = string(k)
		}
		g = append(g, key(ks, c.Count))
	}
	for _, c := range want {
		ks := make([]string, len(c.Kinds))
		for i, k := range c.Kinds {
			ks[i] = kindSlugs[k]
		}
		w = append(w, key(ks, c.Count))
	}
	slices.Sort(g)
	slices.Sort(w)
	if slices.Equal(g, w) {
		return nil
	}
	return []string{fmt.Sprintf("  declared counts: got [%s], want [%s]", strings.Join(g, " "), strings.Join(w, " "))}
}

func compareItems(got []program.WorkItem, want []truthItem) []string {
	var diffs []string
	add := func(format string, args ...any) { diffs = append(diffs, "  "+fmt.Sprintf(format, args...)) }
	byID := map[string]program.WorkItem{}
	var gotIDs, wantIDs []string
	for _, w := range got {
		byID[w.ID] = w
		gotIDs = append(gotIDs, w.ID)
	}
	for _, it := range want {
		wantIDs = append(wantIDs, it.ID)
		w, ok := byID[it.ID]
		if !ok {
			add("item %s (%s, %s, due %s): missing", it.ID, kindOr(it.Kind), it.Lead, it.Due)
			continue
		}
		delete(byID, it.ID)
		if !kindMatches(w.Kind, it.Kind) {
			add("item %s kind: got %q, want %q", it.ID, w.Kind, it.Kind)
		}
		if w.Lead.Key != parse.NormalizeAgency(it.Lead).Key {
			add("item %s lead: got %q, want %q", it.ID, w.Lead.Name, it.Lead)
		}
		if d := dueOf(w.Deadline); !slices.Contains(strings.Split(it.Due, "|"), d) {
			add("item %s due: got %s (from %q), want %s", it.ID, d, w.Deadline.Text, it.Due)
		}
	}
	for _, id := range gotIDs {
		if w, ok := byID[id]; ok {
			add("item %s (%s %q): not in the truth", id, kindOr(string(w.Kind)), clip(w.Title, 60))
		}
	}
	if len(diffs) == 0 && !slices.Equal(gotIDs, wantIDs) {
		add("items in another order: got %v, want %v", gotIDs, wantIDs)
	}
	return diffs
}

func kindMatches(got program.Kind, want string) bool {
	return string(got) == kindSlugs[want] || (want != "" && got.Label() == want)
}

func kindOr(k string) string {
	if k == "" {
		return "no kind"
	}
	return k
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}

// TestCorpusDocxKeepsItsMerges checks that the committed Word file still has
// what its truth file counts on: the lead agency merged over three rows
// (one vMerge restart, two continues), three group rows spanning all five
// columns and line breaks inside cells. A LibreOffice that writes the merge
// differently would otherwise turn the test of the docx reader into a test
// of something else.
func TestCorpusDocxKeepsItsMerges(t *testing.T) {
	zr, err := zip.OpenReader(filepath.Join(corpusDir, "tinh-uy-merged.docx"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var body string
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		body = string(b)
	}
	for _, c := range []struct {
		what string
		re   *regexp.Regexp
		want int
	}{
		{"vertical merge starts", regexp.MustCompile(`<w:vMerge w:val="restart"/>`), 1},
		{"vertical merge continuations", regexp.MustCompile(`<w:vMerge(?: w:val="continue")?/>`), 2},
		{"cells spanning the five columns", regexp.MustCompile(`<w:gridSpan w:val="5"/>`), 3},
	} {
		if got := len(c.re.FindAllString(body, -1)); got != c.want {
			t.Errorf("tinh-uy-merged.docx has %d %s, want %d: remake it with make-corpus.sh and check the truth still holds", got, c.what, c.want)
		}
	}
	if !strings.Contains(body, "<w:br/>") {
		t.Error("tinh-uy-merged.docx has no line break inside a cell")
	}
}
