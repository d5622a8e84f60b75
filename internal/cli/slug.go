package cli

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// asciiSlug makes a readable, file-system-safe ASCII name from Vietnamese
// text: "Ban Tuyên giáo Tỉnh ủy" → "ban-tuyen-giao-tinh-uy". Diacritics are
// dropped (đ becomes d), anything else becomes a single hyphen, and the
// result is cut at a word boundary near max bytes.
func asciiSlug(s string, max int) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		r = unicode.ToLower(r)
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > max/2 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	if out == "" {
		out = "x"
	}
	return out
}

// slugger hands out slugs that stay unique within one folder.
type slugger map[string]int

func (s slugger) unique(text string) string {
	base := asciiSlug(text, 60)
	s[base]++
	if n := s[base]; n > 1 {
		return base + "-" + strconv.Itoa(n)
	}
	return base
}
