package docx

import (
	"strings"
	"testing"
)

// schemaOrder is the order ECMA-376 (transitional) gives the children of
// the property elements the report writes. Word refuses, or offers to
// repair, a document whose properties are out of this order, though
// LibreOffice reads it; so the order is checked here, where no Word runs.
// Names on one line joined by "|" share a rank (a choice).
var schemaOrder = map[string]string{
	"pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs " +
		"suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd " +
		"snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment " +
		"textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
	"rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid " +
		"vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em " +
		"lang eastAsianLayout specVanish oMath",
	"tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing " +
		"tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
	"tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
	"sectPr": "headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType " +
		"pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings",
	"style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked " +
		"personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
	"tcBorders":    "top start|left bottom end|right insideH insideV tl2br tr2bl",
	"tblBorders":   "top start|left bottom end|right insideH insideV",
	"tblCellMar":   "top start|left bottom end|right",
	"tcMar":        "top start|left bottom end|right",
	"docDefaults":  "rPrDefault pPrDefault",
	"tblStylePr":   "pPr rPr tblPr trPr tcPr",
	"tbl":          "bookmarkStart tblPr tblGrid tr",
	"tr":           "tblPrEx trPr tc",
	"tc":           "tcPr p|tbl",
	"trPr":         "cantSplit|trHeight|tblHeader|jc|hidden|gridBefore|gridAfter|wBefore|wAfter|cnfStyle|divId|tblCellSpacing",
	"p":            "pPr r|hyperlink|fldSimple|bookmarkStart|bookmarkEnd",
	"r":            "rPr t|br|tab|fldChar|instrText|noBreakHyphen",
	"rPrDefault":   "rPr",
	"pPrDefault":   "pPr",
	"hdr":          "p|tbl",
	"body":         "p|tbl sectPr",
	"tblGrid":      "gridCol",
	"compat":       "compatSetting",
	"latentStyles": "lsdException",
	"styles":       "docDefaults latentStyles style",
	"document":     "background body",
	"pBdr":         "top left bottom right between bar",
}

// TestSchemaOrder: every property element of every part has its children
// in the schema's order, and none the schema does not know there.
func TestSchemaOrder(t *testing.T) {
	parts, _ := render(t, sample())
	for name, root := range parts {
		if !strings.HasPrefix(name, "word/") || strings.HasSuffix(name, ".rels") {
			continue
		}
		var walk func(n *node)
		walk = func(n *node) {
			if order, ok := schemaOrder[n.name]; ok && order != "" {
				rank := map[string]int{}
				for i, group := range strings.Fields(order) {
					for _, e := range strings.Split(group, "|") {
						rank[e] = i
					}
				}
				last := -1
				for _, c := range n.children {
					r, known := rank[c.name]
					if !known {
						t.Errorf("%s: <%s> in <%s>, which the schema does not allow there", name, c.name, n.name)
						continue
					}
					if r < last {
						t.Errorf("%s: <%s> after a later sibling in <%s>: Word would ask to repair the file", name, c.name, n.name)
					}
					last = r
				}
			}
			for _, c := range n.children {
				walk(c)
			}
		}
		walk(root)
	}
}
