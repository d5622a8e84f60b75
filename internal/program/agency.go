package program

// Agency is an organisation named in the programme. Name keeps the words of
// the source; Key is the normalised form used to match the same agency
// written differently ("UBND tỉnh" and "Ủy ban nhân dân tỉnh", "BTV" and
// "Ban Thường vụ"): lower case, abbreviations expanded, spacing folded.
type Agency struct {
	Name string `json:"name"`
	Key  string `json:"key"`
}

// IsZero reports whether no agency is named.
func (a Agency) IsZero() bool { return a.Name == "" }
