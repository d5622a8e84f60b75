package parse

import (
	"strings"

	"baocao/internal/vocab"
)

// signer reads the signature block: the authority line, a second one when
// a deputy signs for the head ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH",
// kept together in Authority, one per line), the position ("PHÓ CHỦ
// TỊCH") and the name (the next paragraph; the blank lines kept for the
// signature and a "(Đã ký)" mark are skipped). A block that starts at the
// position ("GIÁM ĐỐC", closing's bareSigner) has no authority.
func (ps *parser) signer(paras []para) {
	s := &ps.prog.Signer
	s.Line = paras[0].line
	rest := paras
	if vocab.SignerAuthority(paras[0].text) {
		s.Authority, rest = paras[0].text, paras[1:]
	}
	for len(rest) > 0 && vocab.SignerAuthority(rest[0].text) {
		s.Authority += "\n" + rest[0].text
		rest = rest[1:]
	}
	if len(rest) > 0 && (vocab.SignerPosition(rest[0].text) || vocab.IsUpperText(rest[0].text) && !isAnnexTitle(rest[0].text)) {
		s.Position = rest[0].text
		rest = rest[1:]
	}
	for len(rest) > 0 && signatureMark(rest[0].text) {
		rest = rest[1:]
	}
	if len(rest) > 0 && isSignerName(rest[0].text) {
		s.Name = rest[0].text
	}
	if s.Position == "" || s.Name == "" {
		ps.warn(s.Line, "signer", "signature block incomplete: expected the authority (%q), the position and the signer's name on the following lines", s.Authority)
	}
}

// signatureMark reports "(Đã ký)", "(ký tên, đóng dấu)" and the like,
// written where the signature goes.
func signatureMark(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Contains(vocab.Lower(t), "ký")
}

// isSignerName reports a short line in normal case that is not the start
// of the recipients or a list.
func isSignerName(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && !vocab.IsUpperText(t) && len([]rune(t)) <= 40 && !strings.HasPrefix(t, "-") &&
		!strings.HasSuffix(t, ":") && !hasPrefixFold(t, "nơi nhận")
}

func isAnnexTitle(s string) bool { return strings.HasPrefix(s, "DANH MỤC") }

// isSignerAuthority reports "T/M TỈNH ỦY", "KT. BÍ THƯ", "TM. BAN THƯỜNG
// VỤ", "TL. CHỦ TỊCH" (vocab.SignerAuthority).
func isSignerAuthority(s string) bool { return vocab.SignerAuthority(s) }
