package parse

import (
	"strings"
)

// closing reads the end of the document before the annex: the "Nơi nhận:"
// list and the signature block ("T/M TỈNH ỦY" / "BÍ THƯ" / the name). It
// returns the paragraphs before them, which are the body.
func (ps *parser) closing(paras []para) []para {
	end := len(paras)
	for i, p := range paras {
		switch {
		case hasPrefixFold(p.text, "nơi nhận"):
			end = min(end, i)
			ps.recipients(paras[i:])
		case isSignerAuthority(p.text) && ps.prog.Signer.Authority == "":
			end = min(end, i)
			ps.signer(paras[i:])
		}
	}
	return paras[:end]
}

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

// signer reads the authority line, the position line and the name (the
// next paragraph; the blank lines kept for the signature are skipped).
func (ps *parser) signer(paras []para) {
	s := &ps.prog.Signer
	s.Authority, s.Line = paras[0].text, paras[0].line
	rest := paras[1:]
	if len(rest) > 0 && isUpperText(rest[0].text) && !isAnnexTitle(rest[0].text) {
		s.Position = rest[0].text
		rest = rest[1:]
	}
	if len(rest) > 0 && !isUpperText(rest[0].text) && len([]rune(rest[0].text)) <= 40 && !strings.HasPrefix(rest[0].text, "-") {
		s.Name = rest[0].text
	}
	if s.Position == "" || s.Name == "" {
		ps.warn(s.Line, "signer", "signature block incomplete: expected the authority (%q), the position and the signer's name on the following lines", s.Authority)
	}
}

func isAnnexTitle(s string) bool { return strings.HasPrefix(s, "DANH MỤC") }
