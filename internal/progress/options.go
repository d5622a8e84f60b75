package progress

import "golang.org/x/text/collate"

// DefaultDueSoonDays is the "due soon" window when ReviewOptions leaves it 0.
const DefaultDueSoonDays = 30

// ReviewOptions tune BuildReview.
type ReviewOptions struct {
	// DueSoonDays: an open item due within this many days of the report date
	// (the due date itself included) is due_soon. 0 means
	// DefaultDueSoonDays; a negative value turns due_soon off.
	DueSoonDays int
	// Collator orders lead agencies; nil means Vietnamese
	// (collate.New(language.Vietnamese)). A Collator is not safe for
	// concurrent use: give each goroutine its own.
	Collator *collate.Collator
}
