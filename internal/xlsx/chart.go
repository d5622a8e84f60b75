package xlsx

import "github.com/xuri/excelize/v2"

// chartTitle is a chart heading in the document font.
func chartTitle(text string, font Font) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{
		Text: text, Font: &excelize.Font{Family: font.Name, Size: font.Size, Bold: true, Color: "000000"},
	}}}
}

// chartAxis is an axis labelled in the document font.
func chartAxis(font Font, reverse bool) excelize.ChartAxis {
	return excelize.ChartAxis{ReverseOrder: reverse, Font: excelize.Font{Family: font.Name, Size: font.Size - 2, Color: "000000"}}
}
