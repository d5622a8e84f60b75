package parse

import (
	"slices"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// NormalizeAgency returns the agency with its name as written and a Key
// for matching (vocab.Agency).
func NormalizeAgency(name string) program.Agency { return vocab.Agency(name) }

// startsAgency reports whether s begins with an agency's name.
func startsAgency(s string) bool { return vocab.StartsAgency(s) }

// splitAgencies splits a list of agencies at ", " and " và " where the
// next piece starts an agency's name.
func splitAgencies(s string) []program.Agency { return vocab.SplitAgencies(s) }

// assignment reads "X chủ trì, phối hợp với Y và Z" into the lead and the
// coordinators.
func assignment(s string) (program.Agency, []program.Agency) { return vocab.Assignment(s) }

// assigned is a cached reading of an assignment phrase.
type assigned struct {
	lead   program.Agency
	coords []program.Agency
}

// assignment reads an assignment phrase once per distinct text: long
// programmes give the same lead cell to many rows.
func (ps *parser) assignment(s string) (program.Agency, []program.Agency) {
	if a, ok := ps.assigned[s]; ok {
		return a.lead, a.coords
	}
	lead, coords := assignment(s)
	// Clip so that a caller appending to the list copies it first.
	coords = slices.Clip(coords)
	if ps.assigned == nil {
		ps.assigned = map[string]assigned{}
	}
	ps.assigned[s] = assigned{lead, coords}
	return lead, coords
}
