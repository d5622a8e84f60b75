package pdf

import (
	"strconv"

	"baocao/internal/report"
)

// barChart draws one stacked horizontal bar per group, each segment a
// status in its fill with its count, the group's total after the bar, and
// a legend of the chart's statuses (Vietnamese labels). Bars share one scale
// so their lengths compare. The chart is kept on one page when it fits.
func (d *document) barChart(c *report.Chart) {
	pg := d.page
	if c == nil || len(c.Bars) == 0 {
		return
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
		return
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
	if total <= d.pageHeight() {
		d.ensure(total)
	}

	top := d.y()
	for i, g := range groups {
		d.ensure(rows[i])
		if d.y() < top { // the chart went on to a new page
			top = d.y()
		}
		y := d.y()
		d.setFont("", pg.ChartSize)
		ly := y + (rows[i]-pg.ChartBarGap-float64(len(labels[i]))*pg.ChartLine)/2
		for _, l := range labels[i] {
			d.moveTo(pg.MarginLeft, ly)
			d.cell(labelW, pg.ChartLine, l, "R")
			ly += pg.ChartLine
		}
		by := y + (rows[i]-pg.ChartBarGap-pg.ChartBarHeight)/2
		x := barX
		for si, s := range c.Statuses {
			n := g.Counts[si]
			if n == 0 {
				continue
			}
			sw := float64(n) * scale
			fill := s.Fill
			d.f.SetFillColor(fill[0], fill[1], fill[2])
			// A hairline edge parts neighbours and shows a light fill on white paper.
			d.f.SetLineWidth(pg.TableRuleWidth / 2)
			d.f.Rect(x, by, sw, pg.ChartBarHeight, "FD")
			label := strconv.Itoa(n)
			if d.width(label)+nudge < sw {
				if fill.Dark() { // dark fill: white figures
					d.f.SetTextColor(255, 255, 255)
				}
				d.moveTo(x, by)
				d.cell(sw, pg.ChartBarHeight, label, "C")
				d.f.SetTextColor(0, 0, 0)
			}
			x += sw
		}
		d.moveTo(x+nudge, by)
		d.cell(pg.ChartTotalW, pg.ChartBarHeight, strconv.Itoa(g.Total), "L")
		d.moveTo(pg.MarginLeft, y+rows[i])
	}
	d.f.SetLineWidth(pg.TableRuleWidth)
	d.f.Line(barX, top, barX, d.y()-pg.ChartBarGap/2)

	// Legend: swatch and label, flowing in lines.
	d.setFont("", pg.ChartSize)
	for _, line := range legend {
		d.ensure(pg.ChartLine + nudge)
		y := d.y()
		x := pg.MarginLeft + (w-line.width)/2
		for _, s := range line.statuses {
			d.f.SetFillColor(s.Fill[0], s.Fill[1], s.Fill[2])
			d.f.SetLineWidth(pg.TableRuleWidth / 2)
			d.f.Rect(x, y+(pg.ChartLine-pg.ChartSwatch)/2, pg.ChartSwatch, pg.ChartSwatch, "FD")
			x += pg.ChartSwatch + nudge
			d.moveTo(x, y)
			lw := d.width(s.Label)
			d.cell(lw, pg.ChartLine, s.Label, "L")
			x += lw + pg.ChartLegendGap
		}
		d.moveTo(pg.MarginLeft, y+pg.ChartLine+nudge)
	}
	d.f.SetFillColor(255, 255, 255)
	d.gap(pg.ParagraphGap)
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
