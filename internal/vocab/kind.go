package vocab

import (
	"strings"
	"unicode/utf8"

	"baocao/internal/program"
	"golang.org/x/text/unicode/norm"
)

// kindWords maps the lower-case words that name a product to its kind.
// Longer phrases come first so "chương trình hành động" wins over
// "chương trình" and "báo cáo sơ kết" (a review) over "báo cáo".
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
	{"báo cáo sơ kết", program.KindSoKet},
	{"báo cáo tổng kết", program.KindTongKet},
	{"sơ kết", program.KindSoKet},
	{"tổng kết", program.KindTongKet},
	{"chỉ thị", program.KindChiThi},
	{"kết luận", program.KindKetLuan},
	{"hướng dẫn", program.KindHuongDan},
	{"báo cáo", program.KindBaoCao},
}

// productVerbs introduce a product in a title or a task and are not part of
// its name: "Xây dựng kế hoạch …", "Chỉ đạo tổng kết …".
var productVerbs = []string{"tiếp tục xây dựng ", "xây dựng ", "chỉ đạo ", "ban hành ", "tham mưu xây dựng ", "tham mưu ban hành "}

// KindPrefix and VerbLen run at every clause of every title. They lower
// only as many bytes as their longest word: lowering goes rune by rune
// and keeps each rune's length, so a word matches the start of the
// lowered text exactly when it matches the start of the whole text
// lowered. And a text whose first byte is an ASCII letter no word starts
// with (in either case) is ruled out without lowering: Lower makes ASCII
// only of ASCII.
var (
	kindWordsLen    = longest(kindWordList())
	productVerbsLen = longest(productVerbs)
	kindStarts      = startsOf(kindWordList())
	verbStarts      = startsOf(productVerbs)
)

func kindWordList() []string {
	out := make([]string, len(kindWords))
	for i, k := range kindWords {
		out[i] = k.words
	}
	return out
}

func longest(words []string) int {
	n := 0
	for _, w := range words {
		n = max(n, len(w))
	}
	return n
}

// asciiStarts marks the ASCII bytes some lower-case word starts with.
type asciiStarts [utf8.RuneSelf]bool

func startsOf(words []string) *asciiStarts {
	var a asciiStarts
	for _, w := range words {
		if w != "" && w[0] < utf8.RuneSelf {
			a[w[0]] = true
		}
	}
	return &a
}

// rulesOut reports a text whose lower case starts with none of the words:
// empty, or opening with an ASCII byte that, lowered, starts no word.
func (a *asciiStarts) rulesOut(s string) bool {
	if s == "" {
		return true
	}
	c := s[0]
	if c >= utf8.RuneSelf {
		return false
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return !a[c]
}

// Kind returns the kind a word names: "Đề án", "đề án", "ĐỀ ÁN",
// "Chương trình hành động", "Sơ kết", "Báo cáo tổng kết", "Chỉ thị". The
// whole word must be a kind word (after NFC, case and space folding);
// "Đề án mới" is not.
func Kind(word string) (program.Kind, bool) {
	w := FoldSpaces(Lower(norm.NFC.String(word)))
	w = strings.NewReplacer("quí", "quý", "qui ", "quy ").Replace(w)
	for _, k := range kindWords {
		if w == k.words {
			return k.kind, true
		}
	}
	return "", false
}

// KindPrefix reports the kind named by the words at the start of s
// (case-insensitive) and how many bytes of s they take. The kind word must
// end at a word boundary: "Kế hoạch," counts, "Quy định số" counts, "Danh
// mụcx" does not.
func KindPrefix(s string) (program.Kind, int, bool) {
	if len(s) < 5 {
		return "", 0, false
	}
	if kindStarts.rulesOut(s) {
		return "", 0, false
	}
	var buf [40]byte
	low := AppendLower(buf[:0], s[:min(len(s), kindWordsLen)])
	for _, k := range kindWords {
		if hasPrefixBytes(low, k.words) {
			n := len(k.words)
			if n < len(s) && isWordAt(s, n) {
				continue
			}
			return k.kind, n, true
		}
	}
	return "", 0, false
}

// ProductKind reads the kind a product phrase starts with, after a verb
// that introduces it: "Sơ kết Chỉ thị số 05-CT/TW" is a Sơ kết, "Chương
// trình hành động" a Chương trình, "Xây dựng kế hoạch tuyên truyền" a Kế
// hoạch, "Báo cáo tổng kết …" a Tổng kết.
func ProductKind(phrase string) (program.Kind, bool) {
	s := strings.TrimLeft(FoldSpaces(norm.NFC.String(phrase)), " -–•+")
	s = s[VerbLen(s):]
	k, _, ok := KindPrefix(s)
	return k, ok
}

// VerbLen returns the length of a product verb ("Xây dựng ", "Chỉ đạo ")
// at the start of s, or 0.
func VerbLen(s string) int {
	if verbStarts.rulesOut(s) {
		return 0
	}
	var buf [40]byte
	head := AppendLower(buf[:0], s[:min(len(s), productVerbsLen)])
	for _, v := range productVerbs {
		if hasPrefixBytes(head, v) {
			return len(v)
		}
	}
	return 0
}
