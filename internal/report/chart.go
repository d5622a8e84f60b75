package report

import (
	"baocao/internal/palette"
	"baocao/internal/progress"
)

// chartNames are the charts a template may place with [[chart NAME]].
var chartNames = []string{"areas", "agencies", "kinds"}

// buildCharts fills the charts a template may place with [[chart NAME]]:
// one bar per area, lead agency or kind.
func buildCharts(r *progress.Review) map[string]*Chart {
	return map[string]*Chart{
		"areas":    newChart("areas", r.ByArea),
		"agencies": newChart("agencies", r.ByAgency),
		"kinds":    newChart("kinds", r.ByKind),
	}
}

// newChart is a stacked bar per group; its legend holds the statuses with
// at least one item among the groups, in report order.
func newChart(name string, groups []progress.Group) *Chart {
	c := &Chart{Name: name}
	for _, s := range progress.Statuses {
		for _, g := range groups {
			if g.Tally.Count(s) > 0 {
				c.Statuses = append(c.Statuses, status(s))
				break
			}
		}
	}
	for _, g := range groups {
		b := Bar{Label: g.Label, Total: g.Tally.Total}
		for _, s := range c.Statuses {
			b.Counts = append(b.Counts, g.Tally.Count(s.Code))
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}

// statuses are every status in report order, as the renderers show them.
func statuses() []Status {
	out := make([]Status, len(progress.Statuses))
	for i, s := range progress.Statuses {
		out[i] = status(s)
	}
	return out
}

// status is one status's label and fill.
func status(s progress.Status) Status {
	return Status{Code: s, Label: s.Label(), Fill: palette.Status(s)}
}
