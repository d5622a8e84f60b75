package parse

import "strings"

// recipients reads the lines after "Nơi nhận:" that start with "-",
// without the dash and the trailing comma or full stop. A recipient written
// on the same line ("Nơi nhận: - Như trên,") counts too.
func (ps *parser) recipients(paras []para) {
	first := paras[0].text
	if i := strings.IndexByte(first, ':'); i >= 0 {
		if rest := strings.TrimSpace(first[i+1:]); strings.HasPrefix(rest, "-") {
			ps.prog.Recipients = append(ps.prog.Recipients, recipient(rest))
		}
	}
	for _, p := range paras[1:] {
		t := strings.TrimSpace(p.text)
		if !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "+") {
			break
		}
		ps.prog.Recipients = append(ps.prog.Recipients, recipient(t))
	}
	if len(ps.prog.Recipients) == 0 {
		ps.warn(paras[0].line, "recipients", "no recipients under \"Nơi nhận:\": expected lines starting with \"- \"")
	}
}

func recipient(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(s, "-+ "))
	return strings.TrimRight(s, " ,.;")
}
