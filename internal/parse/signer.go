package parse

import "strings"

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

// isSignerAuthority reports "T/M TỈNH ỦY", "KT. BÍ THƯ", "TM. BAN THƯỜNG VỤ".
func isSignerAuthority(s string) bool {
	u := strings.TrimSpace(s)
	if len(u) > 6 {
		u = u[:6] // the prefixes are ASCII and short: never upper-case a whole paragraph
	}
	u = strings.ToUpper(u)
	for _, p := range []string{"T/M ", "TM ", "TM. ", "K/T ", "KT ", "KT. ", "T/L ", "TL. ", "TUQ. "} {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	return false
}
