package pdf

import (
	"strconv"

	"baocao/internal/report"
)

// chartUnit measures a bar chart: one stacked horizontal bar per group,
// each segment a status in its fill with its count, the group's total after
// the bar, and a legend of the chart's statuses (Vietnamese labels). Bars
// share one scale so their lengths compare. Its need keeps the chart on one
// page when it fits; a chart with nothing to show is an empty unit.
func (d *document) chartUnit(c *report.Chart) unit {
	pg := d.page
	if c == nil || len(c.Bars) == 0 {
		return unit{}
	}
	groups := c.Bars
	w := pg.textWidth()
	labelW := w * pg.ChartLabelFrac
	barX := pg.MarginLeft + labelW + pg.CellPadding
	barMax := w - labelW - pg.CellPadding - pg.ChartTotalW
	most := 0
	for _, g := range groups {
		most = max(most, g.Total)
	}
	if most == 0 {
		return unit{}
	}
	scale := barMax / float64(most)
	nudge := pg.ChartLegendGap / 4 // the small space between a swatch or bar and its words

	d.setFont("", pg.ChartSize)
	labels := make([][]string, len(groups))
	rows := make([]float64, len(groups))
	total := 0.0
	for i, g := range groups {
		labels[i] = d.split(g.Label, labelW)
		rows[i] = max(pg.ChartBarHeight, float64(len(labels[i]))*pg.ChartLine) + pg.ChartBarGap
		total += rows[i]
	}
	legend := d.legendLayout(c.Statuses, w)
	total += float64(len(legend)) * (pg.ChartLine + nudge)

	// Measure: one piece a bar, one a legend line.
	bars := make([]piece, len(groups))
	for i, g := range groups {
		var out []box
		d.setFont("", pg.ChartSize)
		ly := (rows[i] - pg.ChartBarGap - float64(len(labels[i]))*pg.ChartLine) / 2
		for _, l := range labels[i] {
			out = append(out, d.measureCell(pg.MarginLeft, ly, labelW, pg.ChartLine, l, "R"))
			ly += pg.ChartLine
		}
		by := (rows[i] - pg.ChartBarGap - pg.ChartBarHeight) / 2
		x := barX
		for si, s := range c.Statuses {
			n := g.Counts[si]
			if n == 0 {
				continue
			}
			sw := float64(n) * scale
			fill := s.Fill
			d.fill(fill[0], fill[1], fill[2])
			// A hairline edge parts neighbours and shows a light fill on white paper.
			d.lineWidth(pg.TableRuleWidth / 2)
			out = append(out, d.rectBox(x, by, sw, pg.ChartBarHeight, "FD"))
			label := strconv.Itoa(n)
			if d.width(label)+nudge < sw {
				if fill.Dark() { // dark fill: white figures
					d.textColor(255, 255, 255)
				}
				out = append(out, d.measureCell(x, by, sw, pg.ChartBarHeight, label, "C"))
				d.textColor(0, 0, 0)
			}
			x += sw
		}
		out = append(out, d.measureCell(x+nudge, by, pg.ChartTotalW, pg.ChartBarHeight, strconv.Itoa(g.Total), "L"))
		bars[i] = piece{out, rows[i]}
	}
	keys := make([]piece, len(legend))
	d.setFont("", pg.ChartSize)
	for i, line := range legend {
		var out []box
		x := pg.MarginLeft + (w-line.width)/2
		for _, s := range line.statuses {
			d.fill(s.Fill[0], s.Fill[1], s.Fill[2])
			d.lineWidth(pg.TableRuleWidth / 2)
			out = append(out, d.rectBox(x, (pg.ChartLine-pg.ChartSwatch)/2, pg.ChartSwatch, pg.ChartSwatch, "FD"))
			x += pg.ChartSwatch + nudge
			lw := d.width(s.Label)
			out = append(out, d.measureCell(x, 0, lw, pg.ChartLine, s.Label, "L"))
			x += lw + pg.ChartLegendGap
		}
		keys[i] = piece{out, pg.ChartLine + nudge}
	}
	d.fill(255, 255, 255)
	return unit{draw: func() { d.placeChart(bars, keys, barX) }, need: total, gap: pg.ParagraphGap}
}

// placeChart places a measured chart: the bars, the axis along them on the
// page where they end, the legend.
func (d *document) placeChart(bars, keys []piece, barX float64) {
	pg := d.page
	top := d.y()
	for _, b := range bars {
		d.ensure(b.h)
		if d.y() < top { // the chart went on to a new page
			top = d.y()
		}
		d.place(b)
	}
	d.lineWidth(pg.TableRuleWidth)
	d.rule(barX, top, barX, d.y()-pg.ChartBarGap/2)
	d.flow(keys)
}

// legendLine is one line of the legend.
type legendLine struct {
	statuses []report.Status
	width    float64
}

// legendLayout flows the chart's statuses, in report order, into lines no
// wider than w, at the current (chart) font.
func (d *document) legendLayout(shown []report.Status, w float64) []legendLine {
	pg := d.page
	nudge := pg.ChartLegendGap / 4
	var lines []legendLine
	cur := legendLine{}
	for _, s := range shown {
		ew := pg.ChartSwatch + nudge + d.width(s.Label)
		if len(cur.statuses) > 0 && cur.width+pg.ChartLegendGap+ew > w {
			lines = append(lines, cur)
			cur = legendLine{}
		}
		if len(cur.statuses) > 0 {
			cur.width += pg.ChartLegendGap
		}
		cur.statuses = append(cur.statuses, s)
		cur.width += ew
	}
	if len(cur.statuses) > 0 {
		lines = append(lines, cur)
	}
	return lines
}
