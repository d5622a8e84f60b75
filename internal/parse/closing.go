package parse

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
