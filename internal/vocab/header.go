package vocab

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/internal/lazyre"
)

// Document numbers: the Party's "07-CTr/TU" (number-type/issuer) and the
// State's "125/KH-UBND" (number/type-issuer).
var (
	rePartyNumber = lazyre.New(`(\d+)\s*-\s*([A-Za-zĐđ]+)\s*/\s*([A-ZĐ][A-Za-zĐđ]*)`)
	reStateNumber = lazyre.New(`(\d+)\s*/\s*([A-ZĐ][A-Za-zĐđ]*)\s*-\s*([A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ]*)?)`)
	rePlaceDate   = lazyre.New(`^(\p{L}[\p{L} .'-]{0,40}?)\s*,\s*ngày\s+(\d{1,2})(?:\s+tháng\s+(\d{1,2})\s+năm\s+|\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*)(\d{4})\s*\.?$`)
)

// DocNumber is a document's number read into its parts.
type DocNumber struct {
	Text       string // as normalised: "07-CTr/TU", "125/KH-UBND"
	TypeCode   string // "CTr", "KH"
	IssuerCode string // "TU", "UBND"
	State      bool   // written number/type-issuer, as State bodies do
}

// NumberLine reads a header's number line: "Số 07-CTr/TU", "Số: 125/KH-UBND",
// "Số:125/KH-UBND". The line starts with "Số" and is short; the number may
// follow other words ("Số hiệu: …").
func NumberLine(line string) (DocNumber, bool) {
	t := strings.TrimLeft(strings.TrimSpace(line), "*_ ")
	if len(t) >= 120 || !strings.HasPrefix(Lower(t), "số") {
		return DocNumber{}, false
	}
	return NumberIn(t)
}

// NumberIn finds the first document number in running text ("kèm theo Kế
// hoạch số 125/KH-UBND ngày …"), in either form.
func NumberIn(s string) (DocNumber, bool) {
	p := rePartyNumber().FindStringSubmatchIndex(s)
	q := reStateNumber().FindStringSubmatchIndex(s)
	switch {
	case p != nil && (q == nil || p[0] <= q[0]):
		return DocNumber{Text: s[p[2]:p[3]] + "-" + s[p[4]:p[5]] + "/" + s[p[6]:p[7]], TypeCode: s[p[4]:p[5]], IssuerCode: s[p[6]:p[7]]}, true
	case q != nil:
		return DocNumber{Text: s[q[2]:q[3]] + "/" + s[q[4]:q[5]] + "-" + s[q[6]:q[7]], TypeCode: s[q[4]:q[5]], IssuerCode: s[q[6]:q[7]], State: true}, true
	}
	return DocNumber{}, false
}

// PlaceDate reads a header's place-and-date line, "Rạch Giá, ngày 02
// tháng 4 năm 2021" or "Châu Thành, ngày 15/3/2022", into the place and
// the day, month and year as written (the caller checks the calendar).
func PlaceDate(line string) (place string, day, month, year int, ok bool) {
	m := rePlaceDate().FindStringSubmatch(FoldSpaces(line))
	if m == nil {
		return "", 0, 0, 0, false
	}
	mo := m[3]
	if mo == "" {
		mo = m[4]
	}
	day, _ = strconv.Atoi(m[2])
	month, _ = strconv.Atoi(mo)
	year, _ = strconv.Atoi(m[5])
	return strings.TrimSpace(m[1]), day, month, year, true
}

// NationalHeader reports the national motto lines every State document
// heads with and the Party's name line: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
// NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM". They are
// neither issuer nor title.
func NationalHeader(line string) bool {
	low := foldTone(FoldSpaces(Lower(line)))
	low = strings.Trim(low, " *-_")
	return strings.HasPrefix(low, "cộng hòa xã hội chủ nghĩa việt nam") ||
		strings.HasPrefix(low, "độc lập") && strings.Contains(low, "hạnh phúc") ||
		low == "đảng cộng sản việt nam"
}

// organs are the issuing bodies a header names, upper case as written
// there, with their usual spelling; longer first.
var organs = []struct{ upper, name string }{
	{"ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"}, {"UỶ BAN NHÂN DÂN", "Ủy ban nhân dân"}, {"UBND", "Ủy ban nhân dân"},
	{"HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"}, {"HĐND", "Hội đồng nhân dân"},
	{"BAN THƯỜNG VỤ", "Ban Thường vụ"}, {"BAN CHẤP HÀNH", "Ban Chấp hành"},
	{"ĐẢNG ỦY KHỐI", "Đảng ủy Khối"}, {"ĐẢNG UỶ KHỐI", "Đảng ủy Khối"},
	{"ĐẢNG ỦY", "Đảng ủy"}, {"ĐẢNG UỶ", "Đảng ủy"},
	{"TỈNH ỦY", "Tỉnh ủy"}, {"TỈNH UỶ", "Tỉnh ủy"}, {"THÀNH ỦY", "Thành ủy"}, {"THÀNH UỶ", "Thành ủy"},
	{"HUYỆN ỦY", "Huyện ủy"}, {"HUYỆN UỶ", "Huyện ủy"}, {"THỊ ỦY", "Thị ủy"}, {"THỊ UỶ", "Thị ủy"},
	{"QUẬN ỦY", "Quận ủy"}, {"QUẬN UỶ", "Quận ủy"},
	{"SỞ", "Sở"}, {"BAN", "Ban"},
}

// localities begin the place an organ serves: "TỈNH KIÊN GIANG".
var localities = []string{"TỈNH", "THÀNH PHỐ", "HUYỆN", "THỊ XÃ", "QUẬN", "XÃ", "PHƯỜNG", "THỊ TRẤN"}

// Issuer finds the issuing body in a header's lines, in any order of its
// columns: the last line that names an organ ("ỦY BAN NHÂN DÂN TỈNH KIÊN
// GIANG", "THÀNH ỦY RẠCH GIÁ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "HUYỆN ỦY
// CHÂU THÀNH"); the superior body above it ("ĐẢNG BỘ TỈNH KIÊN GIANG") is
// not the issuer. An organ written without its place ("ỦY BAN NHÂN DÂN")
// takes the locality line that follows it ("TỈNH KIÊN GIANG"), skipping
// the national motto lines a side-by-side header puts between them. The
// name comes back in the usual case: "Ủy ban nhân dân tỉnh Kiên Giang".
func Issuer(lines []string) (string, bool) {
	found := ""
	for i, l := range lines {
		l = strings.Trim(FoldSpaces(l), " *")
		if !IsUpperText(l) || NationalHeader(l) {
			continue
		}
		name, rest, ok := organOf(l)
		if !ok {
			continue
		}
		// "SỞ NÔNG NGHIỆP VÀ" / "PHÁT TRIỂN NÔNG THÔN": a name cut after
		// "và", a comma or a dash, or before "và", goes on on the next line.
		if up := strings.TrimRight(rest, " "); up != "" && i+1 < len(lines) {
			next := strings.Trim(FoldSpaces(lines[i+1]), " *")
			cut := strings.HasSuffix(up, " VÀ") || strings.HasSuffix(up, ",") || strings.HasSuffix(up, "-")
			if (cut || strings.HasPrefix(next, "VÀ ")) && IsUpperText(next) && !NationalHeader(next) {
				rest = up + " " + next
			}
		}
		if rest == "" {
			for _, next := range lines[i+1:] {
				next = strings.Trim(FoldSpaces(next), " *")
				if NationalHeader(next) || next == "" {
					continue
				}
				if locality(next) {
					rest = next
				}
				break
			}
		}
		found = name
		if rest != "" {
			found += " " + placeCase(rest, name)
		}
	}
	return found, found != ""
}

// organOf splits an upper-case line into the organ's usual name and the rest.
func organOf(l string) (name, rest string, ok bool) {
	for _, o := range organs {
		if r, found := strings.CutPrefix(l, o.upper); found && (r == "" || r[0] == ' ') {
			if (o.upper == "SỞ" || o.upper == "BAN") && strings.TrimSpace(r) == "" {
				return "", "", false
			}
			return o.name, strings.TrimSpace(r), true
		}
	}
	return "", "", false
}

func locality(l string) bool {
	for _, w := range localities {
		if strings.HasPrefix(l, w+" ") {
			return true
		}
	}
	return false
}

// placeCase writes the upper-case rest of an issuer line the usual way:
// the locality word in lower case and the place name capitalised
// ("TỈNH KIÊN GIANG" → "tỉnh Kiên Giang"), another organ as an organ
// ("TỈNH ỦY" → "Tỉnh ủy"), and a Khối's name in lower case ("CÁC CƠ QUAN
// TỈNH" → "các cơ quan tỉnh"). The place after a Party committee is a
// name ("THÀNH ỦY RẠCH GIÁ" → "Rạch Giá"); a Sở's or Ban's own name keeps
// its first word capitalised ("NỘI VỤ" → "Nội vụ").
func placeCase(rest, organ string) string {
	switch organ {
	case "Đảng ủy Khối":
		return Lower(rest)
	case "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy":
		return titleWords(rest)
	}
	if name, r, ok := organOf(rest); ok && name != "Sở" && name != "Ban" {
		if r == "" {
			return name
		}
		return name + " " + placeCase(r, name)
	}
	for _, w := range localities {
		if r, ok := strings.CutPrefix(rest, w+" "); ok {
			return Lower(w) + " " + titleWords(r)
		}
	}
	if organ == "Sở" {
		return fieldCase(rest)
	}
	return upperFirstRune(Lower(rest))
}

// fieldCase writes a department's fields as its name does: each field
// starts in capitals, after "và", a comma or a dash ("GIÁO DỤC VÀ ĐÀO TẠO"
// → "Giáo dục và Đào tạo", "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Lao động -
// Thương binh và Xã hội").
func fieldCase(s string) string {
	f := strings.Fields(Lower(s))
	for i, w := range f {
		if i == 0 || f[i-1] == "và" || f[i-1] == "-" || f[i-1] == "–" || strings.HasSuffix(f[i-1], ",") {
			f[i] = upperFirstRune(w)
		}
	}
	return strings.Join(f, " ")
}

// titleWords capitalises every word: "RẠCH GIÁ" → "Rạch Giá".
func titleWords(s string) string {
	f := strings.Fields(Lower(s))
	for i, w := range f {
		f[i] = upperFirstRune(w)
	}
	return strings.Join(f, " ")
}

func upperFirstRune(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// docTypes are the document types a title line starts with, upper case,
// with their usual name and number code; longer first.
var docTypes = []struct{ upper, name, code string }{
	{"CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động", "CTr"},
	{"CHƯƠNG TRÌNH", "Chương trình", "CTr"},
	{"KẾ HOẠCH", "Kế hoạch", "KH"},
	{"ĐỀ ÁN", "Đề án", "ĐA"},
	{"NGHỊ QUYẾT", "Nghị quyết", "NQ"},
	{"CHỈ THỊ", "Chỉ thị", "CT"},
	{"KẾT LUẬN", "Kết luận", "KL"},
	{"QUY ĐỊNH", "Quy định", "QĐi"},
	{"QUY CHẾ", "Quy chế", "QC"},
	{"QUYẾT ĐỊNH", "Quyết định", "QĐ"},
	{"HƯỚNG DẪN", "Hướng dẫn", "HD"},
}

// DocType reads the document type a title line starts with: "KẾ HOẠCH",
// "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN" give "Kế hoạch"/KH, "Chương trình
// hành động"/CTr, "Đề án"/ĐA. Only an upper-case line counts.
func DocType(line string) (name, code string, ok bool) {
	l := strings.Trim(FoldSpaces(line), " *")
	if !IsUpperText(l) {
		return "", "", false
	}
	for _, t := range docTypes {
		if r, found := strings.CutPrefix(l, t.upper); found && (r == "" || !isWordAt(r, 0)) {
			return t.name, t.code, true
		}
	}
	return "", "", false
}

// typeNames maps a number's type code to the document type.
var typeNames = map[string]string{
	"CTr": "Chương trình hành động", "KH": "Kế hoạch", "NQ": "Nghị quyết", "CT": "Chỉ thị",
	"QĐ": "Quyết định", "QC": "Quy chế", "ĐA": "Đề án", "KL": "Kết luận", "HD": "Hướng dẫn", "QĐi": "Quy định",
}

// TypeName returns the document type a number's type code stands for:
// "CTr" is "Chương trình hành động", "KH" "Kế hoạch".
func TypeName(code string) string { return typeNames[code] }

// issuerNames maps a number's issuer code to the issuing body.
var issuerNames = map[string]string{
	"TU": "Tỉnh ủy", "HU": "Huyện ủy", "ThU": "Thành ủy", "TxU": "Thị ủy", "ĐU": "Đảng ủy", "TW": "Trung ương",
	"BCSĐ": "Ban cán sự đảng", "ĐĐ": "Đảng đoàn", "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân",
	"ĐUK": "Đảng ủy Khối", "QU": "Quận ủy",
}

// IssuerName returns the body an issuer code stands for: "TU" is "Tỉnh ủy",
// "UBND" "Ủy ban nhân dân".
func IssuerName(code string) string { return issuerNames[code] }

// signerPrefixes begin the authority line of a signature: on behalf of
// (TM., T/M), deputy (KT., K/T), by order (TL., T/L), by authorisation (TUQ.).
var signerPrefixes = []string{"T/M", "TM", "K/T", "KT", "T/L", "TL", "TUQ", "Q"}

// SignerAuthority reports a signature's authority line: "T/M TỈNH ỦY",
// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "K/T BÍ THƯ", "TL. CHỦ TỊCH".
func SignerAuthority(line string) bool {
	u := strings.TrimSpace(line)
	for _, p := range signerPrefixes {
		if len(u) <= len(p) || !strings.EqualFold(u[:len(p)], p) {
			continue
		}
		r := u[len(p):]
		switch {
		case r[0] == '.':
			r = strings.TrimLeft(r[1:], " ")
		case r[0] == ' ' && p != "Q":
			r = strings.TrimLeft(r, " ")
		default:
			continue
		}
		if r != "" && unicode.IsUpper(firstRune(r)) {
			return true
		}
	}
	return false
}

// positions are the offices a signer holds, upper case as signed.
var positions = []string{"PHÓ BÍ THƯ THƯỜNG TRỰC", "PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH",
	"PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG", "ỦY VIÊN", "PHÓ BAN"}

// SignerPosition reports a signature's position line: "CHỦ TỊCH", "PHÓ
// CHỦ TỊCH", "BÍ THƯ", "PHÓ BÍ THƯ".
func SignerPosition(line string) bool {
	l := strings.Trim(FoldSpaces(line), " *")
	for _, p := range positions {
		if l == p || strings.HasPrefix(l, p+" ") {
			return true
		}
	}
	return false
}
