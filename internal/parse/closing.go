package parse

import "baocao/internal/vocab"

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
	if ps.prog.Signer.Authority == "" {
		// A head signing in his own office's name writes no TM./KT.: the
		// position ("GIÁM ĐỐC", "CHỦ TỊCH") followed by the name.
		if i := bareSigner(paras); i >= 0 {
			end = min(end, i)
			ps.signer(paras[i:])
		} else {
			line := 1
			if len(paras) > 0 {
				line = paras[len(paras)-1].line
			}
			ps.warn(line, "signer", "no signature block found: expected the authority (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH) or the position (GIÁM ĐỐC, CHỦ TỊCH, BÍ THƯ), then the signer's name, before the annex")
		}
	}
	return paras[:end]
}

// bareSigner returns the index of the last paragraph that is a signer's
// position alone, in capitals, followed (after the space left for the
// signature and any "(Đã ký)") by a name; -1 when there is none.
func bareSigner(paras []para) int {
	for i := len(paras) - 1; i >= 0; i-- {
		if !vocab.SignerPosition(paras[i].text) || !vocab.IsUpperText(paras[i].text) {
			continue
		}
		j := i + 1
		for j < len(paras) && signatureMark(paras[j].text) {
			j++
		}
		if j < len(paras) && isSignerName(paras[j].text) {
			return i
		}
	}
	return -1
}
