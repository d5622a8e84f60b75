package docx

import (
	"strings"

	"baocao/internal/report"
)

// signature is the last page's closing block as a borderless two-column
// table, one row so it is never split: left "Nơi nhận:" underlined with
// the recipients in 12 pt, each ending in "," and the last in "."; right
// the authority in bold, the position (regular, as the PDF), room for the signature and seal,
// and the signer's name in bold.
func signature(s report.Signer, recipients []string, width int, o Options) table {
	right := twips(80) // as the PDF's signature column
	if right > width/2 {
		right = width / 2
	}
	gap := pointsTw(12) // between the closing paragraph and the block
	var left []para
	if len(recipients) > 0 {
		left = append(left, para{style: styleRecipients, before: gap, runs: []run{{text: "Nơi nhận:", underline: true, size: o.BodySize}}})
		for i, r := range recipients {
			end := ","
			if i == len(recipients)-1 {
				end = "."
			}
			// The model gives bare names; a configured "- X," is not doubled.
			r = strings.TrimRight(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r), "- ")), ",.;")
			left = append(left, para{style: styleRecipients, runs: []run{{text: "- " + r + end}}})
		}
	}
	var sign []para
	if s.Authority != "" {
		sign = append(sign, para{style: styleSignature, before: gap, runs: []run{{text: s.Authority, bold: true}}})
	}
	if s.Position != "" {
		sign = append(sign, para{style: styleSignature, runs: []run{{text: s.Position}}})
	}
	// Room for the signature and the seal: 25 mm above the name.
	sign = append(sign, para{style: styleSignature, before: twips(25), runs: []run{{text: s.Name, bold: true}}})
	return table{style: stylePlainTable, grid: []int{width - right, right}, caption: "Nơi nhận và chữ ký", rows: []tableRow{
		{cantSplit: true, cells: []tableCell{{top: true, paras: left}, {top: true, paras: sign}}},
	}}
}
