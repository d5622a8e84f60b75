package parse

import (
	"strings"

	"baocao/internal/program"
	"golang.org/x/text/unicode/norm"
)

// kindWords maps the lower-case words that name a product to its kind.
// Longer phrases come first so "chương trình hành động" wins over "chương trình".
var kindWords = []struct {
	words string
	kind  program.Kind
}{
	{"chương trình hành động", program.KindChuongTrinh},
	{"chương trình", program.KindChuongTrinh},
	{"đề án", program.KindDeAn},
	{"kế hoạch", program.KindKeHoach},
	{"quy định", program.KindQuyDinh},
	{"quy chế", program.KindQuyChe},
	{"danh mục", program.KindDanhMuc},
	{"nghị quyết", program.KindNghiQuyet},
	{"sơ kết", program.KindSoKet},
	{"tổng kết", program.KindTongKet},
}

// KindOf returns the kind a word names: "Đề án", "đề án", "ĐỀ ÁN",
// "Chương trình hành động", "Sơ kết", "tổng kết". The whole word must be a
// kind word (after NFC, case and space folding); "Đề án mới" is not.
func KindOf(word string) (program.Kind, bool) {
	w := foldSpaces(lowerSame(norm.NFC.String(word)))
	w = strings.NewReplacer("quí", "quý", "qui ", "quy ").Replace(w)
	for _, k := range kindWords {
		if w == k.words {
			return k.kind, true
		}
	}
	return "", false
}

// kindPrefix reports the kind named by the words at the start of s
// (case-insensitive) and how many bytes of s they take. The kind word must
// end at a word boundary: "Kế hoạch," counts, "Quy định số" counts, "Danh
// mụcx" does not.
func kindPrefix(s string) (program.Kind, int, bool) {
	if len(s) < 5 {
		return "", 0, false
	}
	head := s
	if len(head) > 40 {
		head = head[:40]
	}
	low := lowerSame(head)
	for _, k := range kindWords {
		if strings.HasPrefix(low, k.words) {
			n := len(k.words)
			if n < len(s) && isWordByte(s, n) {
				continue
			}
			return k.kind, n, true
		}
	}
	return "", 0, false
}

// isWordByte reports whether a letter or digit starts at byte i of s.
func isWordByte(s string, i int) bool {
	r := firstRune(s[i:])
	return r != 0 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && isLetter(r))
}
