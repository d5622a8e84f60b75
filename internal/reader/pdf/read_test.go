package pdf

import (
	"os"
	"slices"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/golden"
)

// The fixtures are made with LibreOffice from their HTML sources in
// testdata; the tests read the committed PDFs and do not need soffice.
//
//go:generate sh testdata/make-fixtures.sh

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The LibreOffice fixture: title block, body with bullets and bold
// products, an annex table over two pages with its header repeated.
func TestReadLibreOfficeProgramme(t *testing.T) {
	doc, diags, err := Read("programme.pdf", readFixture(t, "programme.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	golden.Check(t, "programme.blocks", []byte(dump(doc)))
}

// The same annex without borders: read by column alignment.
func TestReadBorderlessTable(t *testing.T) {
	doc, diags, err := Read("borderless.pdf", readFixture(t, "borderless.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	golden.Check(t, "borderless.blocks", []byte(dump(doc)))
}

// Merged cells, a line break in a cell, and text LibreOffice was given
// decomposed (NFD): the reader gives NFC.
func TestReadMergedCells(t *testing.T) {
	doc, diags, err := Read("merged.pdf", readFixture(t, "merged.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	golden.Check(t, "merged.blocks", []byte(dump(doc)))
}

// A borderless annex whose columns sit a few points apart, less than the
// gap that splits a line into columns: the wrapped header cells "Cơ quan
// chủ / trì" and "Cơ quan phối / hợp" stay in their own columns, and a
// row whose neighbouring cells nearly touch ("góp Ban Dân vận") stays in
// the table.
func TestReadCloseColumns(t *testing.T) {
	doc, diags, err := Read("closecols.pdf", readFixture(t, "closecols.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var tables []*document.Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 1 {
		t.Fatalf("got %d tables, want 1:\n%s", len(tables), dump(doc))
	}
	tb := tables[0]
	want := [][]string{
		{"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"},
		{"1", "Kế hoạch xây dựng huyện nông thôn mới nâng cao giai đoạn 2022-2025", "UBND huyện", "Văn phòng Điều phối nông thôn mới huyện; UBND các xã", "Quý II/2022", "Trình Ban Thường vụ Huyện ủy"},
		{"2", "Đề án phát triển sản phẩm OCOP huyện Nghi Lộc giai đoạn 2022-2025", "UBND huyện", "Phòng Nông nghiệp và Phát triển nông thôn", "Quý III/2022", ""},
		{"3", "Kế hoạch vận động nhân dân hiến đất, góp công xây dựng đường giao thông nông thôn", "Ban Dân vận Huyện ủy", "Ủy ban MTTQ Việt Nam huyện; các đoàn thể chính trị - xã hội huyện", "6 tháng cuối năm 2022", ""},
	}
	if len(tb.Rows) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%s", len(tb.Rows), len(want), dump(doc))
	}
	for r, w := range want {
		if got := rowTexts(tb.Rows[r]); !slices.Equal(got, w) {
			t.Errorf("row %d:\n got %q\nwant %q", r, got, w)
		}
	}
	golden.Check(t, "closecols.blocks", []byte(dump(doc)))
}

// A borderless annex whose headers are centred, so that a cell's text
// starts left of its column's header and a column's gutter is narrower
// than a word gap on some lines; the body line below it lines up with the
// first two columns by chance. The table is read whole, with its six
// columns, and the body line stays a paragraph.
func TestReadCentredHeader(t *testing.T) {
	doc, diags, err := Read("centredhead.pdf", readFixture(t, "centredhead.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var tables []*document.Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 1 || len(tables[0].Rows) != 9 {
		t.Fatalf("want one table of 9 rows:\n%s", dump(doc))
	}
	for r, w := range map[int][]string{
		0: {"TT", "Nội dung / Tên đề án", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"},
		2: {"2", "Xây dựng Kế hoạch chuyển đổi số trong các cơ quan nhà nước", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND các huyện, thành phố", "Kế hoạch", "Tháng 6/2022"},
		4: {"4", "Ban hành Quy chế phối hợp quản lý nhà nước về đất đai, khoáng sản", "Sở Tài nguyên và Môi trường", "Công an tỉnh; Sở Tư pháp", "Quy chế", "Trước 30/9/2022"},
	} {
		if got := rowTexts(tables[0].Rows[r]); !slices.Equal(got, w) {
			t.Errorf("row %d:\n got %q\nwant %q", r, got, w)
		}
	}
	last := doc.Blocks[len(doc.Blocks)-1]
	if last.Para == nil || runText(last.Para.Runs) != "Nơi nhận: như trên." {
		t.Errorf("the last block is not the paragraph \"Nơi nhận: như trên.\":\n%s", dump(doc))
	}
	golden.Check(t, "centredhead.blocks", []byte(dump(doc)))
}

// A long row that a page break splits, in a table whose header is not
// repeated (the row's rest starts the next page) and in one whose header
// is (the rest follows the repeated header): both times the rest, whose TT
// cell is empty, is joined back to its row, so each annex has its 23 rows
// and row 20 holds all of its text.
func TestReadSplitRow(t *testing.T) {
	doc, diags, err := Read("splitrow.pdf", readFixture(t, "splitrow.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	// An annex starts after its title paragraph; a table that follows a
	// table continues it on the next page, its repeated header left out.
	var annexes [][]document.Row
	for i, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		rows := b.Table.Rows
		if i == 0 || doc.Blocks[i-1].Table == nil {
			annexes = append(annexes, rows)
			continue
		}
		if len(rows) > 0 && rows[0].Header {
			rows = rows[1:]
		}
		annexes[len(annexes)-1] = append(annexes[len(annexes)-1], rows...)
	}
	if len(annexes) != 2 {
		t.Fatalf("want two annexes:\n%s", dump(doc))
	}
	want := []string{"20", "Xây dựng Đề án số 20 về chuyển đổi số trong các cơ quan đảng, mặt trận và đoàn thể chính trị - xã hội giai đoạn 2023-2025, tầm nhìn đến năm 2030, gắn với cải cách hành chính và nâng cao chất lượng phục vụ người dân", "Văn phòng Huyện ủy Ban Tổ chức Huyện ủy", "Quý III/2024"}
	for i, rows := range annexes {
		if len(rows) != 24 {
			t.Errorf("annex %d: %d rows (with the header), want 24:\n%s", i+1, len(rows), dump(doc))
			continue
		}
		if got := rowTexts(rows[20]); !slices.Equal(got, want) {
			t.Errorf("annex %d, row 20:\n got %q\nwant %q", i+1, got, want)
		}
	}
	golden.Check(t, "splitrow.blocks", []byte(dump(doc)))
}

// A borderless annex whose row 8 a page break splits: page 2 holds only
// the repeated header, the row's last two words ("viên", "thuộc") and
// row 9, too few lines for the columns to show by themselves. The page
// keeps the columns of the table it continues, so the words go back to
// row 8 and no column appears that the annex does not have.
func TestReadBorderlessPageTail(t *testing.T) {
	doc, diags, err := Read("pagetail.pdf", readFixture(t, "pagetail.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var rows []document.Row
	for _, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		if b.Table.Cols != 6 {
			t.Errorf("a table of %d columns at %s, want 6:\n%s", b.Table.Cols, b.Table.Pos.Where, dump(doc))
		}
		rows = append(rows, b.Table.Rows...)
	}
	var row8 []string
	for _, r := range rows {
		if len(r.Cells) > 0 && r.Cells[0].Text() == "8" {
			row8 = rowTexts(r)
		}
		if len(r.Cells) > 0 && r.Cells[0].Text() == "" && !r.Header {
			t.Errorf("a row without its number at %s: %q", r.Pos.Where, rowTexts(r))
		}
	}
	want := []string{"8", "Cập nhật, khai thác cơ sở dữ liệu đảng viên", "Hướng dẫn", "Hằng năm", "Ban Tổ chức Thành ủy", "Các đảng bộ, chi bộ trực thuộc"}
	if !slices.Equal(row8, want) {
		t.Errorf("row 8:\n got %q\nwant %q", row8, want)
	}
	golden.Check(t, "pagetail.blocks", []byte(dump(doc)))
}

// The last body line right above the side-by-side Nơi nhận and signature
// block runs across the block's gutter with word spaces only: it stays a
// paragraph, and the block is one table whose columns hold "Nơi nhận:" and
// its list, and the signature.
func TestReadLineAboveSignature(t *testing.T) {
	doc, _, err := Read("sigbelow.pdf", readFixture(t, "sigbelow.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	var tables []*document.Table
	body := false
	for _, b := range doc.Blocks {
		if b.Para != nil && strings.HasPrefix(b.Para.Text(), "Văn phòng Huyện ủy theo dõi") {
			body = true
		}
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if !body {
		t.Errorf("the body line is no paragraph of its own:\n%s", dump(doc))
	}
	if len(tables) != 1 || len(tables[0].Rows) != 1 {
		t.Fatalf("want one table of one row for the closing block:\n%s", dump(doc))
	}
	cells := tables[0].Rows[0].Cells
	if got := cells[0].Paras[0].Text(); got != "Nơi nhận:" {
		t.Errorf("left column starts %q, want Nơi nhận:", got)
	}
	if got := cells[1].Paras[0].Text(); got != "T/M BAN THƯỜNG VỤ" {
		t.Errorf("right column starts %q, want the authority", got)
	}
}

// A borderless annex whose cells LibreOffice centres vertically, with
// group rows "I"/"II" whose title runs across the columns: the rows are
// told apart by the padding between them, not by where the row number
// sits, the labelled group row does not end the table, and a cell's line
// centred on the page (the last "huyện") stays in its cell. It reads as
// its ruled twin does.
func TestReadCentredRows(t *testing.T) {
	doc, diags, err := Read("centredrows.pdf", readFixture(t, "centredrows.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var tables []*document.Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 1 || len(tables[0].Rows) != 8 || tables[0].Cols != 7 {
		t.Fatalf("want one table of 8 rows and 7 columns:\n%s", dump(doc))
	}
	for r, w := range map[int][]string{
		1: {"I", "CHUYỂN ĐỔI SỐ TRONG CƠ QUAN ĐẢNG"},
		2: {"1", "Chuyển đổi số trong các cơ quan đảng huyện giai đoạn 2023-2025", "Kế hoạch", "Văn phòng Huyện ủy", "Các ban xây dựng Đảng", "6 tháng đầu năm 2023", ""},
		6: {"4", "Phổ cập kỹ năng số cho người dân; sơ kết 01 năm thực hiện", "Kế hoạch; Báo cáo sơ kết", "Ban cán sự đảng UBND huyện", "Huyện đoàn; Hội Liên hiệp Phụ nữ huyện", "Cuối năm 2023", ""},
		7: {"5", "Số hóa hồ sơ thủ tục hành chính cấp xã", "Hướng dẫn", "Ban cán sự đảng UBND huyện", "UBND các xã, thị trấn", "Tháng 10/2023", ""},
	} {
		if got := rowTexts(tables[0].Rows[r]); !slices.Equal(got, w) {
			t.Errorf("row %d:\n got %q\nwant %q", r, got, w)
		}
	}
	for _, r := range []int{1, 4} {
		if c := tables[0].Rows[r].Cells; len(c) != 2 || c[1].ColSpan != 6 {
			t.Errorf("group row %s: want its title across six columns:\n%s", c[0].Text(), dump(doc))
		}
	}
	last := doc.Blocks[len(doc.Blocks)-1]
	if last.Para == nil || runText(last.Para.Runs) != "Các cơ quan được giao chủ trì báo cáo kết quả thực hiện về Văn phòng Huyện ủy." {
		t.Errorf("the last block is not the body paragraph:\n%s", dump(doc))
	}
	golden.Check(t, "centredrows.blocks", []byte(dump(doc)))
}

// A borderless annex where a cell's last line runs past its column into
// the gutter ("Đội Quản lý thị trường số 5", its "số" ending where the
// column's other lines end) and the next column's text follows a few
// points on: the line is split at the next column, not after "số", so the
// row stays one row of one table.
func TestReadNearEdge(t *testing.T) {
	doc, diags, err := Read("nearedge.pdf", readFixture(t, "nearedge.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var tables []*document.Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 1 || len(tables[0].Rows) != 4 {
		t.Fatalf("want one table of 4 rows:\n%s", dump(doc))
	}
	want := []string{"3", "Xây dựng Quy chế phối hợp quản lý chợ nông sản", "Phòng Kinh tế và Hạ tầng", "Công an huyện; Đội Quản lý thị trường số 5", "Trước ngày 30/6/2024"}
	if got := rowTexts(tables[0].Rows[2]); !slices.Equal(got, want) {
		t.Errorf("row 3:\n got %q\nwant %q", got, want)
	}
	golden.Check(t, "nearedge.blocks", []byte(dump(doc)))
}

// A borderless annex with a parent row "1" and sub-rows "1.1", "1.2" under
// a lead and a coordinator merged over the three: the merged cells,
// centred, fill the padding between the rows, which the row numbers split
// again; the merged cells read as cells three rows high, as in the ruled
// table.
func TestReadMergedDown(t *testing.T) {
	doc, diags, err := Read("mergeddown.pdf", readFixture(t, "mergeddown.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var tables []*document.Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 1 || len(tables[0].Rows) != 5 {
		t.Fatalf("want one table of 5 rows:\n%s", dump(doc))
	}
	for r, w := range map[int][]string{
		1: {"1", "Xây dựng Đề án phát triển vùng sản xuất rau an toàn", "Phòng Nông nghiệp và PTNT", "UBND các xã", ""},
		2: {"1.1", "Khảo sát, lập quy hoạch vùng", "Quý I/2024"},
		3: {"1.2", "Trình UBND huyện phê duyệt Đề án", "Quý II/2024"},
		4: {"2", "Ban hành Kế hoạch phòng, chống dịch bệnh gia súc, gia cầm năm 2024", "Phòng Nông nghiệp và PTNT", "Trạm Chăn nuôi và Thú y", "Tháng 3/2024"},
	} {
		if got := rowTexts(tables[0].Rows[r]); !slices.Equal(got, w) {
			t.Errorf("row %d:\n got %q\nwant %q", r, got, w)
		}
	}
	if c := tables[0].Rows[1].Cells; len(c) != 5 || c[2].RowSpan != 3 || c[3].RowSpan != 3 {
		t.Errorf("row 1: want the lead and the coordinator merged over 3 rows:\n%s", dump(doc))
	}
	golden.Check(t, "mergeddown.blocks", []byte(dump(doc)))
}

// A borderless annex with the lead column first, group rows "A"/"B" whose
// title fits in the lead column, and a lead and a deadline each merged
// over two rows, which put lines of a row off the half step: the group
// rows do not widen the lead column (which would end the table at the
// next line), and the merged cells read as two rows high, as in the ruled
// table.
func TestReadLetterGroups(t *testing.T) {
	doc, diags, err := Read("lettergroups.pdf", readFixture(t, "lettergroups.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var tables []*document.Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	if len(tables) != 1 || len(tables[0].Rows) != 8 {
		t.Fatalf("want one table of 8 rows:\n%s", dump(doc))
	}
	rows := tables[0].Rows
	for r, w := range map[int][]string{
		1: {"A", "NHIỆM VỤ CHUNG"},
		2: {"1", "Phòng Giáo dục Trung học", "Hướng dẫn thực hiện chương trình giáo dục phổ thông 2018 năm học 2024-2025", "Tháng 8 hằng năm", "Các phòng GDĐT"},
		3: {"2", "Báo cáo đánh giá kết quả thực hiện chương trình", "Định kỳ 6 tháng", "Các trường THPT"},
		5: {"3", "Phòng Tổ chức cán bộ", "Kế hoạch bồi dưỡng giáo viên đáp ứng chương trình mới", "Năm 2024 và các năm tiếp theo", "Trường Đại học Quảng Nam"},
		6: {"4", "Phòng Kế hoạch - Tài chính", "Đề án bảo đảm cơ sở vật chất, thiết bị dạy học", "Sở Tài chính"},
	} {
		if got := rowTexts(rows[r]); !slices.Equal(got, w) {
			t.Errorf("row %d:\n got %q\nwant %q", r, got, w)
		}
	}
	if rows[2].Cells[1].RowSpan != 2 || rows[5].Cells[3].RowSpan != 2 {
		t.Errorf("want the lead of rows 1-2 and the deadline of rows 3-4 merged over two rows:\n%s", dump(doc))
	}
	golden.Check(t, "lettergroups.blocks", []byte(dump(doc)))
}
