package docx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/report"
)

// styleOf is a paragraph's style id, "" for Normal.
func styleOf(p *node) string {
	if pPr := p.child("pPr"); pPr != nil {
		if s := pPr.child("pStyle"); s != nil {
			return s.attr["val"]
		}
	}
	return ""
}

// TestStyles: Normal is the default paragraph style in Times New Roman
// 14 pt, and every style the document uses is defined, tables' included.
func TestStyles(t *testing.T) {
	parts, _ := render(t, sample())
	st := parts[stylesPart]
	defined := map[string]*node{}
	for _, s := range st.all("style") {
		defined[s.attr["styleId"]] = s
	}
	normal := defined["Normal"]
	if normal == nil || normal.attr["default"] != "1" {
		t.Fatal("no default Normal paragraph style")
	}
	if f := normal.all("rFonts"); len(f) == 0 || f[0].attr["ascii"] != "Times New Roman" {
		t.Errorf("Normal's font is not Times New Roman: %+v", f)
	}
	if sz := normal.all("sz"); len(sz) == 0 || sz[0].attr["val"] != "28" {
		t.Errorf("Normal is not 14 pt (sz 28)")
	}
	for id, kind := range map[string]string{styleHeading1: "paragraph", styleHeading2: "paragraph", styleBody: "paragraph",
		styleTitle: "paragraph", styleSubtitle: "paragraph", styleReportTable: "table", stylePlainTable: "table", stylePageHeader: "paragraph"} {
		if s := defined[id]; s == nil || s.attr["type"] != kind {
			t.Errorf("style %s (%s) is not defined", id, kind)
		}
	}
	if defined[styleHeading1].child("pPr").child("outlineLvl") == nil {
		t.Error("heading 1 has no outline level: Word's navigation pane would not show it")
	}
	body := defined[styleBody].child("pPr")
	if body.child("jc").attr["val"] != "both" || body.child("ind").attr["firstLine"] != "567" {
		t.Error("Body Text is not justified with a 10 mm first-line indent")
	}
	doc := parts[documentPart]
	for _, p := range doc.all("pStyle") {
		if defined[p.attr["val"]] == nil {
			t.Errorf("paragraph style %s is used but not defined", p.attr["val"])
		}
	}
	for _, p := range doc.all("tblStyle") {
		if defined[p.attr["val"]] == nil {
			t.Errorf("table style %s is used but not defined", p.attr["val"])
		}
	}
	// Every body paragraph of the model is a Body Text paragraph.
	bodyTexts := map[string]bool{}
	for _, p := range doc.all("p") {
		if styleOf(p) == styleBody {
			bodyTexts[p.plain()] = true
		}
	}
	for _, b := range sample().Body {
		if b.Kind == report.Paragraph && !bodyTexts[b.Text] {
			t.Errorf("paragraph %q is not a Body Text paragraph", b.Text)
		}
	}
}

// TestTableHeaderRepeats: each ruled table's first row, and only it,
// repeats at the top of every page, and no row breaks across pages.
func TestTableHeaderRepeats(t *testing.T) {
	parts, _ := render(t, sample())
	ruled := 0
	for _, tbl := range parts[documentPart].all("tbl") {
		if tbl.child("tblPr").child("tblStyle").attr["val"] != styleReportTable {
			continue
		}
		ruled++
		for i, tr := range tbl.all("tr") {
			head := tr.has("tblHeader")
			if head != (i == 0) {
				t.Errorf("table %d row %d: tblHeader %v", ruled, i+1, head)
			}
			if !tr.has("cantSplit") {
				t.Errorf("table %d row %d may break across pages", ruled, i+1)
			}
		}
		if tbl.child("tblPr").child("tblLayout").attr["type"] != "fixed" {
			t.Errorf("table %d is not laid out on a fixed grid", ruled)
		}
	}
	if ruled != 3 { // areas, overdue, items
		t.Errorf("%d ruled tables, want 3", ruled)
	}
}

// TestSections: the report's portrait section and the Phụ lục's landscape
// A4 section, each with the page number from its second page and the
// margins of official-format.md; the Phụ lục is numbered from 1.
func TestSections(t *testing.T) {
	parts, _ := render(t, sample())
	doc := parts[documentPart]
	sects := doc.all("sectPr")
	if len(sects) != 2 {
		t.Fatalf("%d sections, want 2 (report, Phụ lục)", len(sects))
	}
	for i, s := range sects {
		pg := s.child("pgSz")
		w, h := pg.attr["w"], pg.attr["h"]
		if i == 0 && (w != "11906" || h != "16838" || pg.attr["orient"] == "landscape") {
			t.Errorf("report section is not A4 portrait: %v", pg.attr)
		}
		if i == 1 && (w != "16838" || h != "11906" || pg.attr["orient"] != "landscape") {
			t.Errorf("Phụ lục section is not A4 landscape: %v", pg.attr)
		}
		m := s.child("pgMar").attr
		if m["top"] != "1134" || m["bottom"] != "1134" || m["left"] != "1701" || m["right"] != "850" {
			t.Errorf("section %d margins %v, want 20/20/30/15 mm", i+1, m)
		}
		if s.child("titlePg") == nil {
			t.Errorf("section %d has no distinct first page: the number would show on page 1", i+1)
		}
		refs := map[string]string{}
		for _, r := range s.all("headerReference") {
			refs[r.attr["type"]] = r.attr["id"]
		}
		if refs["default"] != numberHeaderRel || refs["first"] != firstHeaderRel {
			t.Errorf("section %d header references %v", i+1, refs)
		}
		restart := s.child("pgNumType") != nil && s.child("pgNumType").attr["start"] == "1"
		if restart != (i == 1) {
			t.Errorf("section %d restarts numbering: %v", i+1, restart)
		}
	}
	// The report section ends after the signature, before "PHỤ LỤC".
	text := ""
	for _, p := range doc.all("p") {
		if p.child("pPr") != nil && p.child("pPr").child("sectPr") != nil {
			break
		}
		text += p.plain() + "\n"
	}
	if !strings.Contains(text, "Đỗ Thanh Bình") || strings.Contains(text, "PHỤ LỤC") {
		t.Error("the section break is not between the signature and the Phụ lục")
	}
}

// TestPageNumberField: the default header holds a PAGE field, the first
// page's header nothing.
func TestPageNumberField(t *testing.T) {
	parts, _ := render(t, sample())
	h := parts[numberHeaderPart]
	var kinds []string
	for _, f := range h.all("fldChar") {
		kinds = append(kinds, f.attr["fldCharType"])
	}
	if strings.Join(kinds, ",") != "begin,separate,end" {
		t.Errorf("field characters %v", kinds)
	}
	if in := h.all("instrText"); len(in) != 1 || strings.TrimSpace(in[0].text) != "PAGE" {
		t.Errorf("no PAGE field in the header")
	}
	if first := parts[firstHeaderPart]; first.has("fldChar") || strings.TrimSpace(first.plain()) != "" {
		t.Error("the first page's header is not empty")
	}
	rels := parts["word/_rels/document.xml.rels"]
	targets := map[string]string{}
	for _, r := range rels.all("Relationship") {
		targets[r.attr["Id"]] = r.attr["Target"]
	}
	if targets[numberHeaderRel] != "header1.xml" || targets[firstHeaderRel] != "header2.xml" {
		t.Errorf("header relationships %v", targets)
	}
}

// TestHeaderAndSignature: the first table is the borderless two-column
// header in the order and emphasis of HD36; the last portrait table the
// borderless signature block with Nơi nhận.
func TestHeaderAndSignature(t *testing.T) {
	parts, _ := render(t, sample())
	tables := parts[documentPart].all("tbl")
	head := tables[0]
	if head.child("tblPr").child("tblStyle").attr["val"] != stylePlainTable {
		t.Error("the header is not a borderless table")
	}
	cells := head.all("tc")
	if len(cells) != 4 {
		t.Fatalf("header has %d cells, want 2 rows of 2", len(cells))
	}
	got := []string{cells[0].plain(), cells[1].plain(), cells[2].plain(), cells[3].plain()}
	want := []string{"ĐẢNG BỘ TỈNH KIÊN GIANGTỈNH ỦY*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số     -BC/TU", "Rạch Giá, ngày 30 tháng 9 năm 2021"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("header cell %d = %q, want %q", i+1, got[i], want[i])
		}
	}
	runProps := func(n *node, text string) *node {
		for _, r := range n.all("r") {
			if r.plain() == text {
				return r.child("rPr")
			}
		}
		t.Fatalf("no run %q", text)
		return nil
	}
	if p := runProps(cells[0], "TỈNH ỦY"); p == nil || p.child("b") == nil {
		t.Error("the issuer is not bold")
	}
	if p := runProps(cells[1], "ĐẢNG CỘNG SẢN VIỆT NAM"); p == nil || p.child("b") == nil || p.child("u") == nil {
		t.Error("ĐẢNG CỘNG SẢN VIỆT NAM is not bold and underlined")
	}
	if p := runProps(cells[3], "Rạch Giá, ngày 30 tháng 9 năm 2021"); p == nil || p.child("i") == nil {
		t.Error("the place and date are not italic")
	}
	var sign *node
	for _, tb := range tables {
		if strings.Contains(tb.plain(), "Nơi nhận:") {
			sign = tb
		}
	}
	if sign == nil || sign.child("tblPr").child("tblStyle").attr["val"] != stylePlainTable {
		t.Fatal("no borderless signature table")
	}
	sc := sign.all("tc")
	left, right := sc[0].plain(), sc[1].plain()
	if left != "Nơi nhận:- Ban Thường vụ Tỉnh ủy,- Các đồng chí Tỉnh ủy viên,- Các ban của Tỉnh ủy,- Lưu Văn phòng Tỉnh ủy." {
		t.Errorf("Nơi nhận = %q", left)
	}
	if right != "T/M BAN THƯỜNG VỤBÍ THƯĐỗ Thanh Bình" {
		t.Errorf("signature = %q", right)
	}
	// Title, trích yếu and dashes, centred bold by their styles.
	var styled []string
	for _, p := range parts[documentPart].all("p") {
		if s := styleOf(p); s == styleTitle || s == styleSubtitle {
			styled = append(styled, p.plain())
		}
	}
	if len(styled) != 3 || styled[0] != "BÁO CÁO" || strings.ReplaceAll(styled[1], "\n", " ") != sample().Subject || styled[2] != "-----" {
		t.Errorf("title lines %q", styled)
	}
}

// TestEveryTextIsWritten: each paragraph, heading, cell, chart label and
// figure of the model is in document.xml, escaped and read back intact.
func TestEveryTextIsWritten(t *testing.T) {
	r := sample()
	parts, _ := render(t, r)
	doc := parts[documentPart]
	var paras, cells []string
	for _, p := range doc.all("p") {
		paras = append(paras, strings.ReplaceAll(p.plain(), "\n", " "))
	}
	for _, c := range doc.all("tc") {
		cells = append(cells, c.plain())
	}
	in := func(list []string, s string) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	}
	for _, want := range modelTexts(r) {
		if !in(paras, want.text) && !in(cells, want.text) {
			t.Errorf("%s %q is not a paragraph or cell of the document", want.what, want.text)
		}
	}
	if !strings.Contains(doc.plain(), `<điều tra> "lao động"`) {
		t.Error("markup characters in the text did not survive")
	}
}

// modelText is one piece of text the model asks to be shown.
type modelText struct{ what, text string }

// modelTexts lists every text of r: header, title, blocks, cells, chart
// labels, signature; each must be readable in the document.
func modelTexts(r *report.Report) []modelText {
	out := []modelText{
		{"header", r.Header.ParentIssuer}, {"header", r.Header.Issuer}, {"header", r.Header.Number},
		{"header", r.Header.Party}, {"header", r.Header.PlaceDate}, {"title", r.Title}, {"subject", r.Subject},
		{"signer", r.Signer.Authority}, {"signer", r.Signer.Position}, {"signer", r.Signer.Name},
	}
	for i, rc := range r.Recipients {
		end := ","
		if i == len(r.Recipients)-1 {
			end = "."
		}
		out = append(out, modelText{"recipient", "- " + rc + end})
	}
	for _, b := range append(append([]report.Block{}, r.Body...), r.Appendix...) {
		switch {
		case b.Table != nil:
			for _, c := range b.Table.Columns {
				out = append(out, modelText{"column heading", c.Heading})
			}
			for _, row := range b.Table.Rows {
				for _, c := range row.Cells {
					if c != "" {
						out = append(out, modelText{"cell", c})
					}
				}
			}
		case b.Chart != nil:
			for _, bar := range b.Chart.Bars {
				out = append(out, modelText{"chart label", bar.Label})
			}
		default:
			out = append(out, modelText{"block", b.Text})
		}
	}
	return out
}

// TestChartAsTable: each bar is a row whose shaded segments carry the
// counts in the statuses' fills, spanning grid columns in proportion, and
// the legend names every status.
func TestChartAsTable(t *testing.T) {
	r := sample()
	parts, _ := render(t, r)
	var chart *node
	for _, tb := range parts[documentPart].all("tbl") {
		if c := tb.child("tblPr").child("tblCaption"); c != nil && c.attr["val"] == "Biểu đồ areas" {
			chart = tb
		}
	}
	if chart == nil {
		t.Fatal("no chart table")
	}
	var c *report.Chart
	for _, b := range r.Body {
		if b.Chart != nil {
			c = b.Chart
		}
	}
	bar := 0
	for _, tr := range chart.all("tr") {
		tcs := tr.all("tc")
		if len(tcs) < 2 {
			continue // the gap between bars
		}
		want := c.Bars[bar]
		if tcs[0].plain() != want.Label {
			t.Errorf("bar %d label %q", bar+1, tcs[0].plain())
		}
		seg := 1
		for k, n := range want.Counts {
			if n == 0 {
				continue
			}
			tc := tcs[seg]
			span := "1"
			if g := tc.child("tcPr").child("gridSpan"); g != nil {
				span = g.attr["val"]
			}
			fill := tc.child("tcPr").child("shd").attr["fill"]
			if tc.plain() != itoa(n) || span != itoa(n) || fill != c.Statuses[k].Fill.Hex() {
				t.Errorf("bar %d segment %s: text %q span %s fill %s, want %d in %s", bar+1, c.Statuses[k].Label, tc.plain(), span, fill, n, c.Statuses[k].Fill.Hex())
			}
			seg++
		}
		if strings.TrimSpace(tcs[seg].plain()) != itoa(want.Total) {
			t.Errorf("bar %d total %q, want %d", bar+1, tcs[seg].plain(), want.Total)
		}
		bar++
	}
	if bar != len(c.Bars) {
		t.Errorf("%d bars drawn, want %d", bar, len(c.Bars))
	}
	doc := parts[documentPart].plain()
	for _, s := range c.Statuses {
		if !strings.Contains(doc, "\u00a0"+s.Label) {
			t.Errorf("the legend lacks %q", s.Label)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestDeterministic: the same report gives the same bytes, with fixed
// times on every part and [Content_Types].xml first.
func TestDeterministic(t *testing.T) {
	_, a := render(t, sample())
	_, b := render(t, sample())
	if !bytes.Equal(a, b) {
		t.Fatal("two renderings of one report differ")
	}
	_, files := unzip(t, a)
	if files[0].Name != contentTypesPart {
		t.Errorf("first part %s", files[0].Name)
	}
	for _, f := range files {
		if !f.Modified.Equal(epoch) {
			t.Errorf("%s dated %v", f.Name, f.Modified)
		}
	}
}

// TestTextIsNFCAndClean: decomposed input is written composed, and
// characters XML cannot carry are dropped rather than breaking the file.
func TestTextIsNFCAndClean(t *testing.T) {
	r := sample()
	decomposed := norm.NFD.String("Đánh giá chung: kết quả nổi bật")
	r.Body = append(r.Body, report.Block{Kind: report.Paragraph, Text: decomposed + "\x0b\x01 & xong"})
	parts, raw := render(t, r)
	if !strings.Contains(parts[documentPart].plain(), "Đánh giá chung: kết quả nổi bật & xong") {
		t.Error("the paragraph is not written composed and clean")
	}
	ps, _ := unzip(t, raw)
	if !norm.NFC.IsNormal(ps[documentPart]) {
		t.Error("document.xml is not NFC")
	}
}

// TestBadModel: a model no renderer could draw is refused with an error
// naming the block, the table and the row.
func TestBadModel(t *testing.T) {
	var b bytes.Buffer
	if err := Report(&b, nil, Options{}); err == nil {
		t.Error("nil report accepted")
	}
	r := sample()
	r.Body[9].Table.Rows[1].Cells = append(r.Body[9].Table.Rows[1].Cells, "thừa")
	err := Report(&b, r, Options{})
	if err == nil || !strings.Contains(err.Error(), `body block 10 (results.tmpl): table "areas" row 2 has 10 cells for 9 columns`) {
		t.Errorf("err = %v", err)
	}
	r = sample()
	r.Body[5].Chart.Bars[0].Counts = append(r.Body[5].Chart.Bars[0].Counts, 1)
	if err := Report(&b, r, Options{}); err == nil || !strings.Contains(err.Error(), `chart "areas" bar 1`) {
		t.Errorf("err = %v", err)
	}
	r = sample()
	r.Appendix[3].Table = nil
	if err := Report(&b, r, Options{}); err == nil || !strings.Contains(err.Error(), "appendix: block 4 (appendix.tmpl): a table block without a table") {
		t.Errorf("err = %v", err)
	}
}

// TestNoAppendix: without a Phụ lục the report is one portrait section.
func TestNoAppendix(t *testing.T) {
	r := sample()
	r.Appendix = nil
	parts, _ := render(t, r)
	sects := parts[documentPart].all("sectPr")
	if len(sects) != 1 || sects[0].child("pgSz").attr["orient"] == "landscape" {
		t.Errorf("%d sections", len(sects))
	}
}

// TestOptions: the configured paper, margins and sizes reach the document,
// and a landscape report turns its own pages too.
func TestOptions(t *testing.T) {
	var b bytes.Buffer
	o := Options{WidthMM: 216, HeightMM: 279, MarginTopMM: 25, MarginLeftMM: 35, BodySize: 13, TableSize: 11, Landscape: true}
	if err := Report(&b, sample(), o); err != nil {
		t.Fatal(err)
	}
	ps, _ := unzip(t, b.Bytes())
	doc := parseXML(t, documentPart, ps[documentPart])
	for i, s := range doc.all("sectPr") {
		pg, m := s.child("pgSz").attr, s.child("pgMar").attr
		if pg["w"] != "15817" || pg["h"] != "12246" || pg["orient"] != "landscape" {
			t.Errorf("section %d page %v, want Letter landscape", i+1, pg)
		}
		if m["top"] != "1417" || m["left"] != "1984" || m["right"] != "850" {
			t.Errorf("section %d margins %v", i+1, m)
		}
	}
	st := parseXML(t, stylesPart, ps[stylesPart])
	for _, s := range st.all("style") {
		want := map[string]string{"Normal": "26", styleTableText: "22"}[s.attr["styleId"]]
		if want != "" && s.all("sz")[0].attr["val"] != want {
			t.Errorf("%s size %s, want %s", s.attr["styleId"], s.all("sz")[0].attr["val"], want)
		}
	}
}

// TestAdjacentTablesStayApart: two tables in a row get a paragraph between
// them (Word would join them into one table), and a Phụ lục ending in a
// table ends with a paragraph before the section's setup.
func TestAdjacentTablesStayApart(t *testing.T) {
	r := sample()
	tb := r.Body[9]
	r.Body = append(r.Body[:10:10], append([]report.Block{tb}, r.Body[10:]...)...)
	parts, _ := render(t, r)
	body := parts[documentPart].all("body")[0]
	for i := 1; i < len(body.children); i++ {
		if body.children[i].name == "tbl" && body.children[i-1].name == "tbl" {
			t.Fatalf("tables %d and %d of the body touch", i-1, i)
		}
	}
	last := body.children[len(body.children)-2]
	if last.name != "p" {
		t.Errorf("the body's last block before the section is a %s", last.name)
	}
}
