package cli

import (
	"baocao/internal/config"
	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/source"
)

// review loads the programme's ledger and computes every item's status at d.
// Ledger errors make the programme invalid (exit 1): a report built on a
// half-read ledger would print wrong numbers.
func (a *app) review(p *program.Programme, led inputFile, cfg *config.Config, q program.Quarter, d program.Date) (*progress.Review, error) {
	l, diags := progress.LoadLedger(led.name, led.data, p)
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

var _ = source.Error
