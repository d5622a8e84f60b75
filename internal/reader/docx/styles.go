package docx

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"baocao/internal/lazyre"
)

// maxChain caps a basedOn chain: Word allows no cycles, a hostile file may.
const maxChain = 32

// style is what a w:style states itself, before its basedOn chain.
type style struct {
	id, name, basedOn string
	paragraph         bool // w:type="paragraph" (else character, table, numbering)
	rpr               rprops
	outline           int // w:outlineLvl + 1; 0 unset; -1 body text (level 9)
	numID             string
	hasNum            bool
	ilvl              int
}

// styles is styles.xml: the styles by id, the defaults, and resolved chains.
type styles struct {
	byID        map[string]*style
	defPara     string // the default paragraph style ("Normal")
	defChar     string // the default character style
	defaults    rprops // w:docDefaults/w:rPrDefault
	chainRPr    map[string]rprops
	chainOutlin map[string]int
}

func newStyles() *styles {
	return &styles{byID: map[string]*style{}, chainRPr: map[string]rprops{}, chainOutlin: map[string]int{}}
}

// readStyles reads styles.xml from the decoder.
func readStyles(d *xml.Decoder) (*styles, error) {
	st := newStyles()
	var cur *style
	var inRPr, inPPr, inDefaults, inNumPr int
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return st, nil
			}
			return st, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch l := t.Name.Local; {
			case l == "docDefaults":
				inDefaults = depth
			case l == "style" && cur == nil && depth == 2:
				id, _ := attr(t, "styleId")
				typ, _ := attr(t, "type")
				cur = &style{id: id, paragraph: typ == "paragraph" || typ == ""}
				if dv, ok := attr(t, "default"); ok && onOffVal(dv) {
					if cur.paragraph && st.defPara == "" {
						st.defPara = id
					} else if typ == "character" && st.defChar == "" {
						st.defChar = id
					}
				}
			case l == "rPr":
				inRPr = depth
			case l == "pPr":
				inPPr = depth
			case l == "numPr" && inPPr > 0:
				inNumPr = depth
				if cur != nil {
					cur.hasNum = true
				}
			case cur != nil && l == "name" && depth == 3:
				cur.name, _ = attr(t, "val")
			case cur != nil && l == "basedOn" && depth == 3:
				cur.basedOn, _ = attr(t, "val")
			case cur != nil && l == "outlineLvl" && inPPr > 0:
				cur.outline = intAttr(t, "val", 9, 0, 9) + 1
				if cur.outline == 10 {
					cur.outline = -1
				}
			case cur != nil && l == "numId" && inNumPr > 0:
				cur.numID, _ = attr(t, "val")
			case cur != nil && l == "ilvl" && inNumPr > 0:
				cur.ilvl = intAttr(t, "val", 0, 0, 8)
			case inRPr > 0 && depth == inRPr+1:
				if k := propIndex(l); k >= 0 {
					switch {
					case cur != nil:
						cur.rpr[k] = onOff(t)
					case inDefaults > 0:
						st.defaults[k] = onOff(t)
					}
				}
			}
		case xml.EndElement:
			switch depth {
			case inRPr:
				inRPr = 0
			case inPPr:
				inPPr = 0
			case inNumPr:
				inNumPr = 0
			case inDefaults:
				inDefaults = 0
			}
			if depth == 2 && cur != nil {
				if cur.id != "" {
					if _, dup := st.byID[cur.id]; !dup {
						st.byID[cur.id] = cur
					}
				}
				cur = nil
			}
			depth--
		}
	}
}

func onOffVal(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "0", "false", "off":
		return false
	}
	return true
}

// chain calls fn for the style and each style it is based on, nearest first,
// until fn returns true; cycles and over-long chains stop the walk.
func (st *styles) chain(id string, fn func(*style) bool) {
	seen := 0
	for id != "" && seen < maxChain {
		s := st.byID[id]
		if s == nil || fn(s) {
			return
		}
		id = s.basedOn
		seen++
	}
}

// rpr returns the run properties a style states through its chain, each
// the nearest definition.
func (st *styles) rpr(id string) rprops {
	if r, ok := st.chainRPr[id]; ok {
		return r
	}
	var out rprops
	st.chain(id, func(s *style) bool {
		for k := range out {
			if out[k] == unset {
				out[k] = s.rpr[k]
			}
		}
		return false
	})
	st.chainRPr[id] = out
	return out
}

// headingName matches the built-in heading style names (Word's "heading 1",
// LibreOffice's "Heading 1") whatever the style id.
var headingName = lazyre.New(`(?i)^heading\s*([1-9])$`)

// heading returns the outline level a paragraph style gives (1–9), or 0.
func (st *styles) heading(id string) int {
	if h, ok := st.chainOutlin[id]; ok {
		return h
	}
	h := 0
	st.chain(id, func(s *style) bool {
		if s.outline != 0 {
			h = max(s.outline, 0)
			return true
		}
		name := strings.TrimSpace(s.name)
		if name == "" {
			name = s.id
		}
		if m := headingName().FindStringSubmatch(name); m != nil {
			h, _ = strconv.Atoi(m[1])
			return true
		}
		if strings.EqualFold(name, "title") {
			h = 1
			return true
		}
		return false
	})
	st.chainOutlin[id] = h
	return h
}

// numbering returns the list a paragraph style carries (List Number …).
func (st *styles) numbering(id string) (numID string, ilvl int, ok bool) {
	st.chain(id, func(s *style) bool {
		if s.hasNum && s.numID != "" {
			numID, ilvl, ok = s.numID, s.ilvl, true
			return true
		}
		return false
	})
	return
}
