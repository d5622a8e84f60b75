package report

import "golang.org/x/text/unicode/norm"

// The configuration's words (header, signer, recipients) come from a file a
// person edited, perhaps with decomposed accents; documents print NFC only.

func nfcHeader(h HeaderFields) HeaderFields {
	return HeaderFields{norm.NFC.String(h.ParentIssuer), norm.NFC.String(h.Issuer), norm.NFC.String(h.Number), norm.NFC.String(h.Place)}
}

func nfcSigner(s SignerFields) SignerFields {
	return SignerFields{norm.NFC.String(s.Body), norm.NFC.String(s.Authority), norm.NFC.String(s.Position), norm.NFC.String(s.Name)}
}

func nfcAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = norm.NFC.String(s)
	}
	return out
}
