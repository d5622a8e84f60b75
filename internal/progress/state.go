package progress

import "strings"

// State is a fact the ledger records about a work item: what the office was
// told on a given day. It is never a report status: on time, late and due
// soon are computed from States, dates and deadlines at a report date, so
// they are never written in the ledger.
type State string

// The ledger's vocabulary, spelled as in the TOML `status` key.
const (
	StateNotStarted State = "not_started" // Chưa triển khai: nothing done yet (counts as open)
	StateInProgress State = "in_progress" // Đang thực hiện: work under way; also undoes a wrong "done"
	StateDone       State = "done"        // Đã hoàn thành: needs `completed`, the day the product was issued
	StatePaused     State = "paused"      // Tạm dừng: stopped by decision; not counted as overdue
	StateResumed    State = "resumed"     // Tiếp tục thực hiện: a pause ended; counts as in progress
)

// States lists the ledger vocabulary in the order forms offer it.
var States = []State{StateNotStarted, StateInProgress, StateDone, StatePaused, StateResumed}

var stateLabels = map[State]string{
	StateNotStarted: "Chưa triển khai",
	StateInProgress: "Đang thực hiện",
	StateDone:       "Đã hoàn thành",
	StatePaused:     "Tạm dừng",
	StateResumed:    "Tiếp tục thực hiện",
}

// Label is the Vietnamese wording, as shown in forms' drop-downs.
func (s State) Label() string {
	if l, ok := stateLabels[s]; ok {
		return l
	}
	return string(s)
}

// Valid reports whether s is one of States.
func (s State) Valid() bool { _, ok := stateLabels[s]; return ok }

// Open reports whether the state means work not completed and not paused.
func (s State) Open() bool {
	return s == "" || s == StateNotStarted || s == StateInProgress || s == StateResumed
}

// ParseState reads a state from its code ("done") or its Vietnamese label
// ("Đã hoàn thành"), case-insensitively, as a returned form may carry either.
func ParseState(s string) (State, bool) {
	t := strings.TrimSpace(s)
	for _, st := range States {
		if strings.EqualFold(t, string(st)) || strings.EqualFold(t, st.Label()) {
			return st, true
		}
	}
	return "", false
}

// stateList is the vocabulary for error messages: "not_started, in_progress, …".
func stateList() string {
	names := make([]string, len(States))
	for i, s := range States {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}
