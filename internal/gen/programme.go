package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
)

// kind is one product kind as the generator writes it.
type kind struct {
	word  string // as it starts a product: "Đề án"
	lower string // as the Ghi chú counts it: "đề án"
	share int    // relative frequency
}

var kinds = []kind{
	{"Đề án", "đề án", 30},
	{"Chương trình", "chương trình", 10},
	{"Kế hoạch", "kế hoạch", 20},
	{"Quy định", "quy định", 5},
	{"Quy chế", "quy chế", 4},
	{"Danh mục", "danh mục", 5},
	{"Nghị quyết", "nghị quyết", 3},
	{"Sơ kết", "sơ kết", 12},
	{"Tổng kết", "tổng kết", 11},
}

var (
	areaTitles = []string{"Về công tác xây dựng Đảng", "Về kinh tế", "Về văn hóa, xã hội", "Về quốc phòng, an ninh",
		"Về cải cách hành chính", "Về tài nguyên, môi trường", "Về khoa học, công nghệ", "Về đối ngoại"}
	actions = []string{"phát triển", "nâng cao chất lượng", "đẩy mạnh", "tăng cường quản lý", "huy động nguồn lực cho",
		"đổi mới", "bảo đảm an toàn", "hiện đại hóa", "chuyển đổi số trong", "xã hội hóa"}
	sectors = []string{"nông nghiệp ứng dụng công nghệ cao", "du lịch biển, đảo", "nguồn nhân lực", "hạ tầng giao thông",
		"giáo dục nghề nghiệp", "y tế cơ sở", "kinh tế biển", "công nghiệp chế biến", "đô thị động lực",
		"thiết chế văn hóa", "an sinh xã hội", "công tác dân vận", "công tác kiểm tra, giám sát",
		"khu vực phòng thủ", "an ninh trật tự khu vực biên giới", "thu hút đầu tư", "cải cách hành chính",
		"nước sạch nông thôn", "rừng phòng hộ ven biển", "chợ truyền thống"}
	places = []string{"trên địa bàn tỉnh", "tỉnh Kiên Giang", "ở các huyện, thành phố", "vùng biên giới",
		"tại các xã nông thôn mới", "trên các đảo", "ở khu vực đô thị"}
	leads = []string{"Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
		"Ủy ban Kiểm tra Tỉnh ủy", "Trường Chính trị tỉnh", "Ban Thường vụ Đảng ủy Quân sự tỉnh",
		"Ban Thường vụ Đảng ủy Công an tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh"}
	// reviewed are the documents a Sơ kết or Tổng kết reviews, with the code of their number.
	reviewed = []struct{ name, code string }{{"Chỉ thị", "CT"}, {"Nghị quyết", "NQ"}, {"Chương trình hành động", "CTr"}, {"Kết luận", "KL"}}
	romans   = []string{"I", "II", "III", "IV"}
)

const areaLead = "Ban cán sự đảng Ủy ban nhân dân tỉnh"

// product is one generated work item.
type product struct {
	kind  int
	words string // the product's own words, starting with its kind word
	bold  string // the body's bold marker
}

// row is one generated task and its annex row.
type row struct {
	products []product
	lead     string // "" means the area's lead
	deadline string // the words after "hoàn thành": "trong quý II-2021", "chậm nhất trong quý IV-2021"
}

// Programme returns the text of a synthetic action programme with the given
// number of annex rows, laid out like the bundled one: a title block, parts
// I–III, areas of about ten tasks whose bullets mark their products in
// **bold** and end with "(*Giao … ; thời gian hoàn thành trong …*)", the
// closing block, and the annex table (tab-separated, its header repeated
// every eight rows as after page breaks) with a Ghi chú whose counts match
// the rows. The same rows and seed always give the same bytes.
func Programme(rows int, seed int64) []byte {
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15))
	rs := make([]row, max(rows, 0))
	counts := make([]int, len(kinds))
	for i := range rs {
		rs[i] = genRow(rng)
		for _, p := range rs[i].products {
			counts[p.kind]++
		}
	}
	var b bytes.Buffer
	b.Grow(rows*700 + 4096)
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nthực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh\nlần thứ XI, nhiệm kỳ 2020-2025\n\n")
	w("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động với những nội dung cụ thể như sau:\n\n")
	w("I- MỤC ĐÍCH, YÊU CẦU\n\n")
	w("- Cụ thể hóa các mục tiêu, nhiệm vụ Nghị quyết Đại hội XI Đảng bộ tỉnh thành các chương trình, đề án, kế hoạch có lộ trình cụ thể, bảo đảm tính khả thi và nguồn lực thực hiện.\n\n")
	w("- Phát huy vai trò chủ động của các cơ quan tham mưu trong xây dựng, triển khai thực hiện các chương trình, đề án, kế hoạch đã đề ra.\n\n")
	w("II- NHIỆM VỤ\n\n")
	w("Để thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, cần tập trung thực hiện các nhiệm vụ chủ yếu sau:\n\n")
	for i, r := range rs {
		if i%10 == 0 {
			area := i/10 + 1
			w("%d. %s\n\n", area, areaTitles[(area-1)%len(areaTitles)])
			w("Tập trung lãnh đạo, chỉ đạo thực hiện có hiệu quả các nhiệm vụ trọng tâm của lĩnh vực; giao *%s* tham mưu xây dựng các chương trình, đề án, kế hoạch sau:\n\n", areaLead)
		}
		w("- %s (*", bodyText(r))
		if r.lead != "" {
			w("Giao %s chủ trì, phối hợp với các cơ quan liên quan tham mưu thực hiện; ", r.lead)
		}
		w("thời gian hoàn thành %s*).\n\n", r.deadline)
	}
	w("III- TỔ CHỨC THỰC HIỆN\n\n")
	w("- Các cơ quan, đơn vị được phân công xây dựng các chương trình, kế hoạch, đề án, quy định phải bảo đảm chất lượng và tiến độ thời gian được nêu trong chương trình này; định kỳ báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện.\n\n")
	w("Nơi nhận:\n\n- Các ban của Tỉnh ủy,\n- Các sở, ngành, ĐT cấp tỉnh,\n- Lưu Văn phòng Tỉnh ủy.\n\n")
	w("T/M TỈNH ỦY\nBÍ THƯ\n\n\n\nNguyễn Văn Minh\n\n")
	w("DANH MỤC CÁC CHƯƠNG TRÌNH, ĐỀ ÁN, KẾ HOẠCH, QUY ĐỊNH\n\n")
	w("(kèm theo Chương trình hành động số %02d-CTr/TU, ngày %02d-%d-2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025)\n\n",
		1+rng.IntN(40), 1+rng.IntN(28), 1+rng.IntN(12))
	const header = "TT\tCơ quan phân công chủ trì\tTên đề án, chương trình, kế hoạch\tThời gian thực hiện\n"
	for i, r := range rs {
		if i%8 == 0 {
			if i > 0 {
				w("\n")
			}
			w(header)
		}
		lead := areaLead
		if r.lead != "" {
			lead = r.lead + " chủ trì, phối hợp với các cơ quan liên quan"
		}
		w("%02d\t%s\t%s\tHoàn thành %s\n", i+1, lead, annexText(r), r.deadline)
	}
	w("\nGhi chú: Chương trình hành động đề ra %d phần việc, gồm: xây dựng ", total(counts))
	var parts []string
	for k := 0; k < len(kinds)-2; k++ {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%02d %s", counts[k], kinds[k].lower))
		}
	}
	w("%s và sơ, tổng kết %02d chủ trương đã thực hiện trước đây.\n", strings.Join(parts, ", "), counts[7]+counts[8])
	return b.Bytes()
}

func total(c []int) int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

func pick(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }

func pickKind(rng *rand.Rand) int {
	sum := 0
	for _, k := range kinds {
		sum += k.share
	}
	n := rng.IntN(sum)
	for i, k := range kinds {
		if n < k.share {
			return i
		}
		n -= k.share
	}
	return 0
}

func genRow(rng *rand.Rand) row {
	var r row
	n := 1
	if rng.IntN(5) == 0 {
		n = 2
	}
	for j := 0; j < n; j++ {
		k := pickKind(rng)
		subject := fmt.Sprintf("%s %s %s giai đoạn 2021-2025", pick(rng, actions), pick(rng, sectors), pick(rng, places))
		var p product
		switch kinds[k].word {
		case "Sơ kết", "Tổng kết":
			doc := reviewed[rng.IntN(len(reviewed))]
			ref := fmt.Sprintf("%s số %02d-%s/TU", doc.name, 1+rng.IntN(60), doc.code)
			p = product{kind: k, bold: kinds[k].word + " " + ref, words: kinds[k].word + " " + ref + " của Tỉnh ủy về " + subject}
		case "Danh mục":
			p = product{kind: k, bold: kinds[k].word, words: kinds[k].word + " các dự án kêu gọi đầu tư về " + subject}
		case "Quy chế":
			p = product{kind: k, bold: kinds[k].word, words: kinds[k].word + " phối hợp trong " + subject}
		case "Nghị quyết":
			p = product{kind: k, bold: kinds[k].word, words: kinds[k].word + " chuyên đề về " + subject}
		default:
			p = product{kind: k, bold: kinds[k].word, words: kinds[k].word + " " + subject}
		}
		r.products = append(r.products, p)
	}
	if rng.IntN(3) == 0 {
		r.lead = pick(rng, leads)
	}
	year := 2021 + rng.IntN(4)
	switch rng.IntN(10) {
	case 0:
		r.deadline = fmt.Sprintf("trong quý I và quý II-%d", year)
	case 1:
		r.deadline = fmt.Sprintf("chậm nhất trong quý IV-%d", year)
	case 2:
		r.deadline = fmt.Sprintf("trong tháng %d/%d", 1+rng.IntN(12), year)
	default:
		r.deadline = fmt.Sprintf("trong quý %s-%d", romans[rng.IntN(4)], year)
	}
	return r
}

// bodyText writes the bullet: "Xây dựng **Đề án** …. **Sơ kết Chỉ thị …** …".
func bodyText(r row) string {
	var parts []string
	for _, p := range r.products {
		rest := strings.TrimPrefix(p.words, p.bold)
		s := "**" + p.bold + "**" + rest
		if k := kinds[p.kind].word; k != "Sơ kết" && k != "Tổng kết" {
			s = "Xây dựng " + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ". ")
}

// annexText writes the title cell: the products' words joined by ". ".
func annexText(r row) string {
	var parts []string
	for _, p := range r.products {
		parts = append(parts, p.words)
	}
	return strings.Join(parts, ". ")
}
