package parse

import (
	"slices"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// ParseDeadline reads a deadline phrase; the phrases it knows are listed
// at vocab.Deadline, which parse, check and the renderers share.
func ParseDeadline(text string) (program.Deadline, error) { return vocab.Deadline(text) }

// deadlineResult is a cached reading of a deadline phrase.
type deadlineResult struct {
	d   program.Deadline
	err error
}

// deadline reads a phrase once per distinct text (a long programme repeats
// a few dozen phrases) and hands each caller its own copy.
func (ps *parser) deadline(text string) (program.Deadline, error) {
	r, ok := ps.deadlines[text]
	if !ok {
		d, err := vocab.Deadline(text)
		r = deadlineResult{d, err}
		if ps.deadlines == nil {
			ps.deadlines = map[string]deadlineResult{}
		}
		ps.deadlines[text] = r
	}
	d := r.d
	d.Milestones = slices.Clone(d.Milestones)
	if d.Due != nil {
		due := *d.Due
		d.Due = &due
	}
	if d.From != nil {
		from := *d.From
		d.From = &from
	}
	return d, r.err
}
