package vocab

import "strings"

// subjectVerbs end the agencies a task sentence starts with: "tham mưu"
// whatever follows, "xây dựng" and "ban hành" before a product ("Các ban
// xây dựng Đảng" is an agency's name, not a verb). Matched in lower case
// only: "Sở Xây dựng" is a name.
var subjectVerbs = []string{" tham mưu ", " xây dựng ", " ban hành "}

// Subject finds the agencies a task written as a sentence starts with, up
// to the verb that says what they make: in "Ban Tổ chức chủ trì, phối hợp
// với Ủy ban Kiểm tra tham mưu ban hành quy định …" the subject ends
// before " tham mưu" (end) and the product starts at "quy định" (product,
// after every verb). ok is false when the text does not start with an
// agency or names no such verb.
func Subject(text string) (end, product int, ok bool) {
	if !StartsAgency(text) {
		return 0, 0, false
	}
	end = -1
	for _, v := range subjectVerbs {
		for from := 0; ; {
			i := strings.Index(text[from:], v)
			if i < 0 {
				break
			}
			i += from
			if _, _, isKind := KindPrefix(text[i+len(v):]); v == " tham mưu " || isKind {
				if end < 0 || i < end {
					end = i
				}
				break
			}
			from = i + len(v)
		}
	}
	if end <= 0 {
		return 0, 0, false
	}
	product = end + 1
	for {
		n := VerbLen(text[product:])
		if n == 0 && strings.HasPrefix(text[product:], "tham mưu ") {
			n = len("tham mưu ")
		}
		if n == 0 {
			break
		}
		product += n
	}
	return end, product, true
}
