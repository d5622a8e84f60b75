package cli

import (
	"fmt"

	"baocao/internal/config"
	"baocao/internal/program"
	"baocao/internal/progress"
)

// review loads the programme's ledger and computes every item's status at d.
// Ledger errors make the programme invalid (exit 1): a report built on a
// half-read ledger would print wrong numbers.
func (a *app) review(p *program.Programme, led inputFile, cfg *config.Config, q program.Quarter, d program.Date) (*progress.Review, error) {
	data := led.data
	if data == nil {
		data = newLedgerText(p)
	}
	l, diags := progress.LoadLedger(led.name, data, p)
	if diags.HasErrors() {
		return nil, withCode(ExitInvalid, diagError(diags))
	}
	return progress.BuildReview(p, l, q, d, reviewOptions(cfg)), nil
}

// reviewOptions maps the configuration: due_soon_days = 0 turns "due soon" off.
func reviewOptions(cfg *config.Config) progress.ReviewOptions {
	days := cfg.Review.DueSoonDays
	if days == 0 {
		days = -1
	}
	return progress.ReviewOptions{DueSoonDays: days}
}

// newLedgerText is the ledger of a programme nobody has reported on yet:
// only the header tying it to the programme. A run without a ledger file
// reports every item from its deadline alone; an import starts from this.
func newLedgerText(p *program.Programme) []byte {
	return []byte(fmt.Sprintf("# Sổ theo dõi tiến độ (progress ledger) of %s, kept by baocao.\n"+
		"# Records are appended by 'baocao import'; you may also add [[update]] records by hand.\n\n"+
		"[programme]\nnumber = %q\n", p.Number, p.Number))
}
