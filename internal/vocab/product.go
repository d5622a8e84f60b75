package vocab

import (
	"strings"

	"baocao/internal/program"
)

// Product is one work item found in a title: its kind and the byte range
// of its own words.
type Product struct {
	Kind       program.Kind
	Start, End int
}

// Products finds the products a title (an annex row's, or a body task's
// without its assignment) asks for. A product starts where a clause (the
// title's start, or after ". " or "; ") begins with a kind word, optionally
// after a verb ("Xây dựng", "Ban hành", "Chỉ đạo", "Tham mưu xây dựng"); or
// where "xây dựng" is followed by a kind word inside a clause, in either
// case ("…, trên cơ sở đó xây dựng Đề án mới", "…, xây dựng đề án mới"). A
// kind word elsewhere is part of the current product's title: "Kế hoạch
// thực hiện Đề án của Bộ Quốc phòng" is one Kế hoạch, "Tổng kết Đề án … và
// Đề án …" one Tổng kết, and "Đồng thời triển khai thực hiện Đề án …"
// implements, it does not build. A product ends where the next begins;
// connector words before the next one (", trên cơ sở đó", "; chỉ đạo Ủy
// ban nhân dân tỉnh") are dropped.
func Products(title string) []Product {
	var out []Product
	add := func(k program.Kind, at, cut int) {
		if len(out) > 0 {
			prev := &out[len(out)-1]
			prev.End = max(prev.Start, min(cut, at))
		}
		out = append(out, Product{Kind: k, Start: at, End: len(title)})
	}
	clauseStart := true
	lastSep := 0 // where the current clause began (after its separator)
	for i := 0; i < len(title); {
		if clauseStart {
			for i < len(title) && (title[i] == ' ' || title[i] == '-') {
				i++
			}
			j := i
			j += VerbLen(title[j:])
			if k, _, ok := KindPrefix(title[j:]); ok {
				add(k, j, lastSep)
				i = j
			}
			clauseStart = false
			continue
		}
		c := title[i]
		if (c == '.' || c == ';') && i+1 < len(title) && title[i+1] == ' ' {
			lastSep = i
			clauseStart = true
			i += 2
			continue
		}
		if c == ',' {
			lastSep = i
		}
		if c == ' ' && strings.HasPrefix(title[i:], andGuide) && !strings.HasPrefix(Lower(title[i+len(andGuide):]), "số") {
			// "Kế hoạch … và Hướng dẫn các đảng bộ …": a capitalised
			// Hướng dẫn after "và" is a second product, an action the
			// lead takes; a guide merely cited is followed by its number.
			j := i + len(" và ")
			add(program.KindHuongDan, j, i)
			i = j
			continue
		}
		if !maybeVerb(c) {
			i++ // no verb starts with c: midVerbAt is not asked at every byte
			continue
		}
		if v := midVerbAt(title, i); v > 0 && !guiding(out) {
			j := i + v
			if k, _, ok := KindPrefix(title[j:]); ok {
				cut := i
				if between := title[lastSep:i]; len(out) > 0 && lastSep > out[len(out)-1].Start && len(strings.Fields(between)) <= 8 {
					cut = lastSep
				}
				add(k, j, cut)
				i = j
				continue
			}
		}
		i++
	}
	return out
}

// andGuide starts a Hướng dẫn joined to the product before it.
const andGuide = " và Hướng dẫn "

// guiding reports whether the current product is a Hướng dẫn: the plan it
// tells others to build ("Hướng dẫn các chi bộ xây dựng kế hoạch thực
// hiện") is theirs to write, not a product of the lead.
func guiding(out []Product) bool {
	return len(out) > 0 && out[len(out)-1].Kind == program.KindHuongDan
}

// midVerbs introduce a product inside a clause, after the agency that is
// to make it: "Ủy ban nhân dân phường xây dựng đề án …", "Bộ phận Tuyên
// giáo tham mưu kế hoạch …", "… tham mưu ban hành quy định …".
var midVerbs = []string{"xây dựng ", "tham mưu ", "ban hành "}

// maybeVerb reports a byte a mid-clause verb can start with.
func maybeVerb(c byte) bool {
	switch c {
	case 'x', 'X', 't', 'T', 'b', 'B':
		return true
	}
	return false
}

// midVerbAt returns the length of a mid-clause product verb starting a
// word at title[i:], or 0.
func midVerbAt(title string, i int) int {
	if i > 0 && title[i-1] != ' ' {
		return 0
	}
	// The second byte rules out most words before lowering: a rune
	// lowers to ASCII only from ASCII (Lower keeps a rune whose lower case
	// has another length), and â is C3 A2 (Â C3 82).
	if i+1 >= len(title) {
		return 0
	}
	switch c := title[i+1]; title[i] {
	case 'x', 'X':
		if c != 0xC3 {
			return 0
		}
	case 't', 'T':
		if c != 'h' && c != 'H' {
			return 0
		}
	case 'b', 'B':
		if c != 'a' && c != 'A' {
			return 0
		}
	default:
		return 0
	}
	var buf [len("xây dựng ")]byte
	head := AppendLower(buf[:0], title[i:min(len(title), i+len("xây dựng "))]) // the longest verb
	for _, v := range midVerbs {
		if hasPrefixBytes(head, v) {
			return len(v)
		}
	}
	return 0
}
