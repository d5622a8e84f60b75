package xlsx

import (
	"regexp"
	"strings"
)

// seriesFill is a bar series' fill as excelize writes it, before the
// series' other settings; group 1 is the fill.
var seriesFill = regexp.MustCompile(`(<spPr><a:solidFill><a:srgbClr val="[0-9A-F]{6}"></a:srgbClr></a:solidFill>)(</spPr><invertIfNegative )`)

// seriesEdge is a hairline edge, black, a quarter point wide: the PDF's
// chart draws one round each segment and legend swatch.
const seriesEdge = `<a:ln w="3175"><a:solidFill><a:srgbClr val="000000"></a:srgbClr></a:solidFill></a:ln>`

// edgeSeries gives every bar series of the workbook's charts a hairline
// edge, as the PDF's chart has: the light grey of "Không hạn" (grey 235)
// otherwise has no visible edge on white paper, in the legend or the bar.
// excelize writes no outline for bar series, so it is added to the XML.
func edgeSeries(parts map[string][]byte) {
	for name, b := range parts {
		if strings.HasPrefix(name, "xl/charts/chart") && strings.HasSuffix(name, ".xml") {
			parts[name] = seriesFill.ReplaceAll(b, []byte("${1}"+seriesEdge+"${2}"))
		}
	}
}
