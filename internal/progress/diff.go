package progress

// Diff returns the updates that change something in the ledger, in order:
// an update that only repeats the item's current state, completion date,
// document, note and deadline (as the ledger stands after all its records,
// and after the updates before it in ups) is dropped, so re-importing the
// same form adds nothing. "resumed" repeats "in_progress" and vice versa
// unless the item is paused. Date and Source never count as a change.
func (l *Ledger) Diff(ups []Update) []Update {
	states := map[string]*itemState{}
	var out []Update
	for _, u := range ups {
		st, ok := states[u.Item]
		if !ok {
			s := l.stateAt(u.Item, l.programmeDue(u.Item), zeroDate)
			st = &s
			states[u.Item] = st
		}
		if !changes(st, u) {
			continue
		}
		st.apply(u)
		out = append(out, u)
	}
	return out
}

// changes reports whether applying u would change any field of st.
func changes(st *itemState, u Update) bool {
	if u.State != "" {
		if sameState(st.State, u.State) {
			if u.State == StateDone && u.Completed != st.Completed {
				return true
			}
		} else {
			return true
		}
	}
	if u.Document != "" && u.Document != st.Document {
		return true
	}
	if u.Note != "" && u.Note != st.Note {
		return true
	}
	if u.Difficulties != "" && u.Difficulties != st.Difficulties {
		return true
	}
	if !u.NewDeadline.IsZero() && (st.Due == nil || *st.Due != u.NewDeadline) {
		return true
	}
	return false
}

// sameState treats "resumed" and "in_progress" as the same fact; an item
// never recorded is "not_started" in effect.
func sameState(a, b State) bool {
	norm := func(s State) State {
		switch s {
		case StateResumed:
			return StateInProgress
		case "":
			return StateNotStarted
		}
		return s
	}
	return norm(a) == norm(b)
}
