package vocab

import (
	"slices"
	"strings"
	"unicode"

	"baocao/internal/program"
	"golang.org/x/text/unicode/norm"
)

// abbreviations expand the short forms offices write for agencies. They
// apply only to whole words written in capitals, so the Vietnamese word
// "tu" is never read as "Tỉnh ủy".
var abbreviations = map[string]string{
	"UBND":   "ủy ban nhân dân",
	"BTV":    "ban thường vụ",
	"HĐND":   "hội đồng nhân dân",
	"TU":     "tỉnh ủy",
	"HU":     "huyện ủy",
	"BCH":    "ban chấp hành",
	"BCS":    "ban cán sự",
	"UBKT":   "ủy ban kiểm tra",
	"MTTQ":   "mặt trận tổ quốc",
	"VP":     "văn phòng",
	"UBMTTQ": "ủy ban mặt trận tổ quốc",
	"LĐLĐ":   "liên đoàn lao động",
	"TP":     "thành phố",
}

// oldTones maps a syllable-final vowel pair with the tone on its second
// vowel (the old placement: "uỷ", "hoà") to the new placement ("ủy", "hòa").
var oldTones = map[string]string{
	"uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
	"oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
	"oé": "óe", "oè": "òe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}

// Agency returns the agency with its name as written (trimmed,
// spaces folded) and a Key for matching: NFC, lower case, the capitalised
// abbreviations UBND, BTV, HĐND, TU, HU, BCH, BCS, UBKT, MTTQ expanded
// when they stand as whole words, old tone placement ("Uỷ", "hoà") folded
// to the new ("ủy", "hòa"), and trailing punctuation dropped.
func Agency(name string) program.Agency {
	name = FoldSpaces(norm.NFC.String(name))
	name = strings.TrimRight(name, " ,;.")
	if name == "" {
		return program.Agency{}
	}
	return program.Agency{Name: name, Key: agencyKey(name)}
}

func agencyKey(name string) string {
	fields := strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) })
	var b strings.Builder
	b.Grow(len(name) + 16)
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(' ')
		}
		core := strings.TrimRight(f, ",;.:")
		if exp, ok := abbreviations[core]; ok {
			b.WriteString(exp)
			b.WriteString(f[len(core):])
			continue
		}
		b.WriteString(foldTone(Lower(f)))
	}
	return strings.TrimRight(b.String(), " ,;.")
}

// foldTone moves a tone mark from the second to the first vowel of a
// syllable-final "uy", "oa", "oe" pair; "quý" keeps its tone because there
// the u belongs to the consonant.
func foldTone(w string) string {
	rs := []rune(w)
	for i := 0; i+1 < len(rs); i++ {
		pair := string(rs[i : i+2])
		rep, ok := oldTones[pair]
		if !ok {
			continue
		}
		if i+2 < len(rs) && unicode.IsLetter(rs[i+2]) {
			continue
		}
		if i > 0 && (rs[i-1] == 'q' || rs[i-1] == 'g') {
			continue
		}
		nr := []rune(rep)
		rs[i], rs[i+1] = nr[0], nr[1]
	}
	return string(rs)
}

// agencyStarters are the words that begin an agency's name. A list of
// coordinators is split at ", " and " và " only before one of them, so
// "Sở Văn hóa, Thể thao và Du lịch" stays one agency.
var agencyStarters = []string{
	"ban ", "bộ ", "sở ", "ủy ban", "uỷ ban", "ubnd", "btv", "hđnd", "trường ", "văn phòng", "đảng ủy", "đảng uỷ",
	"đảng đoàn", "công an", "các ", "hội ", "liên đoàn", "tỉnh đoàn", "huyện đoàn", "mặt trận", "mttq",
	"tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ", "thị ủy", "thị uỷ", "bộ chỉ huy",
	"viện ", "cục ", "chi cục", "trung tâm", "đài ", "báo ", "thanh tra", "kho bạc", "ngân hàng", "đoàn ",
	"hội đồng", "tòa án", "toà án", "viện kiểm sát", "quân sự", "bộ đội", "cơ quan", "đơn vị", "ủy ban kiểm tra",
	"uỷ ban kiểm tra", "những ", "mọi ", "phòng ", "chi bộ", "đảng bộ", "thường trực", "bảo hiểm", "liên minh",
	"ubmttq", "lđlđ",
}

// StartsAgency reports whether s begins with an agency's name: a
// capitalised starter word ("Sở", "Ban", "Ủy ban", "Công an") or a plural
// ("các cơ quan").
func StartsAgency(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 24 {
		s = s[:24] // the longest starter fits; a cut rune is copied as is
	}
	var buf [24]byte
	low := AppendLower(buf[:0], s)
	// Names are capitalised ("Ban Tổ chức"); in lower case only a plural
	// ("các cơ quan liên quan") starts a new agency, so "Các phòng, ban
	// chuyên môn" stays one.
	if !unicode.IsUpper(firstRune(s)) && !hasPrefixBytes(low, "các ") && !hasPrefixBytes(low, "những ") && !hasPrefixBytes(low, "mọi ") {
		return false
	}
	if len(low) == 0 {
		return false // every word below is longer
	}
	// The first byte rules out most words before comparing them: this
	// runs on every task of a long programme.
	for _, w := range notAgencies {
		if w[0] == low[0] && hasPrefixBytes(low, w) {
			return false
		}
	}
	for _, w := range agencyStarters {
		if w[0] == low[0] && hasPrefixBytes(low, w) {
			return true
		}
	}
	return false
}

// notAgencies are verbs and products that begin with a starter word: "Ban
// hành Kết luận …" is an act, not the Ban of an agency, and "Báo cáo sơ
// kết" a product, not a newspaper.
var notAgencies = []string{
	"ban hành", "báo cáo", "hội nghị", "hội thảo", "hội thi", "phòng ngừa", "phòng chống", "phòng, chống",
	"đoàn kết", "thanh tra, kiểm tra", "trường hợp",
}

// SplitAgencies splits a list of agencies at ", " and " và " where the
// next piece starts an agency's name.
func SplitAgencies(s string) []program.Agency {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []program.Agency
	start := 0
	for i := 0; i < len(s); i++ {
		var sep int
		switch {
		case strings.HasPrefix(s[i:], ", "):
			sep = 2
		case strings.HasPrefix(s[i:], " và "):
			sep = 5
		case strings.HasPrefix(s[i:], "; "):
			sep = 2
		default:
			continue
		}
		if StartsAgency(s[i+sep:]) && !jointOffice(s[start:i], s[i+sep:]) {
			if a := Agency(s[start:i]); !a.IsZero() {
				out = append(out, a)
			}
			start = i + sep
			i += sep - 1
		}
	}
	if a := Agency(s[start:]); !a.IsZero() {
		out = append(out, a)
	}
	return out
}

// jointOffices name the councils an office serves together: "Văn phòng
// HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh".
var jointOffices = []string{"đoàn đbqh", "đoàn đại biểu quốc hội", "hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân"}

// jointOffice reports whether piece, before a comma or "và", is an office
// still naming the councils it serves ("Văn phòng HĐND") and next goes on
// with another of them: one agency, not two.
func jointOffice(piece, next string) bool {
	low := Lower(strings.TrimSpace(piece))
	rest, ok := strings.CutPrefix(low, "văn phòng ")
	if !ok {
		return false
	}
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' }) {
		part = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "và "))
		if !slices.Contains(jointOffices, part) {
			return false
		}
	}
	nl := Lower(next)
	for _, o := range jointOffices {
		if strings.HasPrefix(nl, o+" ") || nl == o {
			return true
		}
	}
	return false
}

// Assignment reads "X chủ trì, phối hợp với Y và Z" (the annex lead cell or
// the body's "Giao …" parenthesis) into the lead and the coordinators.
// Leading "Giao" and trailing "tham mưu thực hiện" are dropped.
func Assignment(s string) (program.Agency, []program.Agency) {
	s = FoldSpaces(s)
	low := Lower(s)
	if strings.HasPrefix(low, "giao ") {
		s, low = s[5:], low[5:]
	}
	for _, suffix := range []string{" tham mưu thực hiện", " tham mưu", " thực hiện"} {
		if i := strings.LastIndex(low, suffix); i >= 0 && i+len(suffix) == len(low) {
			s, low = s[:i], low[:i]
		}
	}
	lead, coords := s, ""
	if i := strings.Index(low, " chủ trì"); i >= 0 {
		lead = s[:i]
		rest := strings.TrimLeft(s[i+len(" chủ trì"):], " ,;")
		lowRest := Lower(rest)
		if strings.HasPrefix(lowRest, "phối hợp") {
			rest = strings.TrimSpace(rest[len("phối hợp"):])
			if strings.HasPrefix(Lower(rest), "với ") {
				rest = rest[len("với "):]
			}
			coords = rest
		}
	} else if i := strings.Index(low, " phối hợp với "); i >= 0 && !strings.HasPrefix(low[max(0, i-1):], ", ") {
		// "Văn phòng phối hợp với Công đoàn …" (no comma)
		lead = s[:i]
		coords = strings.TrimSpace(s[i+len(" phối hợp với "):])
	} else if i := strings.Index(low, ", phối hợp"); i >= 0 {
		lead = s[:i]
		rest := strings.TrimSpace(s[i+len(", phối hợp"):])
		if strings.HasPrefix(Lower(rest), "với ") {
			rest = rest[len("với "):]
		}
		coords = rest
	}
	return Agency(lead), SplitAgencies(coords)
}
