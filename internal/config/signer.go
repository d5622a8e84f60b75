package config

import "strings"

// AuthorityLine is the signature block's first line, completed from
// signer.body so the signature and the body text name the same collective:
// "T/M" with body "Ban Thường vụ Tỉnh ủy" and issuer "TỈNH ỦY" gives
// "T/M BAN THƯỜNG VỤ" (HD36 drops the committee the header already names);
// body "Tỉnh ủy" gives "T/M TỈNH ỦY". A line that is not a bare T/M or T/L
// ("K/T BÍ THƯ") is printed as written.
func (c *Config) AuthorityLine() string {
	a := strings.TrimSpace(c.Signer.Authority)
	if !onBehalf(a) {
		return a
	}
	return a + " " + strings.ToUpper(c.signingName())
}

// signingName is the body as the authority line names it: without the
// issuing committee's own name at its end, unless that is all it is.
func (c *Config) signingName() string {
	body, issuer := strings.Fields(c.Signer.Body), strings.Fields(c.Issuer.Name)
	n := len(body) - len(issuer)
	if len(issuer) == 0 || n <= 0 {
		return strings.Join(body, " ")
	}
	for i, w := range issuer {
		if !strings.EqualFold(body[n+i], w) {
			return strings.Join(body, " ")
		}
	}
	return strings.Join(body[:n], " ")
}

// onBehalf reports a bare "T/M" or "T/L", which the body completes.
func onBehalf(a string) bool {
	a = strings.ToUpper(a)
	return a == "T/M" || a == "T/L"
}
