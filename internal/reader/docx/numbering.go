package docx

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// maxCounter keeps counters and start values in a range every format can
// write without building huge strings.
const maxCounter = 100000

// level is one w:lvl of a list.
type level struct {
	start   int
	fmt     string // w:numFmt: decimal, lowerLetter, upperRoman, bullet, none, …
	text    string // w:lvlText: "%1.", "%1.%2.", "-"
	restart int    // w:lvlRestart: -1 default (after any higher level), 0 never, n after level n
	isLgl   bool
	suffix  string // what follows the label: " " for tab and space, "" for nothing
}

func newLevel() *level { return &level{fmt: "decimal", restart: -1, suffix: " "} }

// abstractNum is a list definition: up to nine levels.
type abstractNum struct{ levels [9]*level }

// num is a list instance: its definition and per-level overrides.
type num struct {
	abstractID string
	start      [9]int // startOverride, valid where hasStart
	hasStart   [9]bool
	levels     [9]*level // a w:lvl inside w:lvlOverride
}

// counters is the running state of a list.
type counters struct {
	v       [9]int
	started [9]bool
}

// numbering is numbering.xml and the counters of the lists met so far.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*num
	state     map[string]*counters
}

func newNumbering() *numbering {
	return &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*num{}, state: map[string]*counters{}}
}

// readNumbering reads numbering.xml from the decoder.
func readNumbering(d *xml.Decoder) (*numbering, error) {
	n := newNumbering()
	var abs *abstractNum
	var cur *num
	var lvl *level
	lvlIdx, overIdx := -1, -1
	depth, lvlDepth := 0, 0
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return n, nil
			}
			return n, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch l := t.Name.Local; {
			case depth == 2 && l == "abstractNum":
				id, _ := attr(t, "abstractNumId")
				abs = &abstractNum{}
				if _, dup := n.abstracts[id]; !dup {
					n.abstracts[id] = abs
				}
			case depth == 2 && l == "num":
				id, _ := attr(t, "numId")
				cur = &num{}
				if _, dup := n.nums[id]; !dup {
					n.nums[id] = cur
				}
			case cur != nil && depth == 3 && l == "abstractNumId":
				cur.abstractID, _ = attr(t, "val")
			case cur != nil && depth == 3 && l == "lvlOverride":
				overIdx = intAttr(t, "ilvl", -1, -1, 8)
			case cur != nil && depth == 4 && l == "startOverride" && overIdx >= 0:
				cur.start[overIdx] = intAttr(t, "val", 0, 0, maxCounter)
				cur.hasStart[overIdx] = true
			case l == "lvl" && lvl == nil && ((abs != nil && depth == 3) || (cur != nil && depth == 4 && overIdx >= 0)):
				lvlIdx = intAttr(t, "ilvl", -1, -1, 8)
				if abs == nil {
					lvlIdx = overIdx
				}
				lvl, lvlDepth = newLevel(), depth
			case lvl != nil && depth == lvlDepth+1:
				switch l {
				case "start":
					lvl.start = intAttr(t, "val", 0, 0, maxCounter)
				case "numFmt":
					lvl.fmt, _ = attr(t, "val")
				case "lvlText":
					lvl.text, _ = attr(t, "val")
				case "lvlRestart":
					lvl.restart = intAttr(t, "val", -1, 0, 9)
				case "isLgl":
					lvl.isLgl = onOff(t) == on
				case "suff":
					if v, _ := attr(t, "val"); v == "nothing" {
						lvl.suffix = ""
					}
				}
			}
		case xml.EndElement:
			switch {
			case lvl != nil && depth == lvlDepth:
				if lvlIdx >= 0 {
					if abs != nil && abs.levels[lvlIdx] == nil {
						abs.levels[lvlIdx] = lvl
					} else if cur != nil {
						cur.levels[lvlIdx] = lvl
					}
				}
				lvl = nil
			case depth == 3 && cur != nil && t.Name.Local == "lvlOverride":
				overIdx = -1
			case depth == 2:
				abs, cur = nil, nil
			}
			depth--
		}
	}
}

// lvl returns the definition of a list level, the override first.
func (n *numbering) lvl(nm *num, i int) *level {
	if nm.levels[i] != nil {
		return nm.levels[i]
	}
	if a := n.abstracts[nm.abstractID]; a != nil && a.levels[i] != nil {
		return a.levels[i]
	}
	return nil
}

// next advances the list numID at level ilvl and returns its label with
// the suffix ("1. ", "a) ", "- "), or "" when the list or level is not
// defined or shows nothing; isBullet tells a bullet from a number.
func (n *numbering) next(numID string, ilvl int) (label string, isBullet bool) {
	nm := n.nums[numID]
	if nm == nil || numID == "0" {
		return "", false
	}
	ilvl = min(max(ilvl, 0), 8)
	lv := n.lvl(nm, ilvl)
	if lv == nil {
		return "", false
	}
	// Word continues a list across list instances of one definition unless
	// an instance overrides a level (startOverride, or a w:lvl of its own);
	// such an instance counts on its own.
	key := "a" + nm.abstractID
	for i := range nm.hasStart {
		if nm.hasStart[i] || nm.levels[i] != nil {
			key = "n" + numID
			break
		}
	}
	c := n.state[key]
	if c == nil {
		c = &counters{}
		n.state[key] = c
	}
	start := func(i int) int {
		if nm.hasStart[i] {
			return nm.start[i]
		}
		if l := n.lvl(nm, i); l != nil {
			return l.start
		}
		return 0
	}
	if c.started[ilvl] {
		c.v[ilvl] = min(c.v[ilvl]+1, maxCounter)
	} else {
		c.v[ilvl], c.started[ilvl] = start(ilvl), true
	}
	for k := ilvl + 1; k < 9; k++ {
		l := n.lvl(nm, k)
		if l == nil || l.restart < 0 || ilvl < l.restart {
			c.started[k] = false
		}
	}
	if lv.fmt == "none" {
		return "", false
	}
	if lv.fmt == "bullet" {
		b := bullet(lv.text)
		if b == "" {
			return "", true
		}
		return b + lv.suffix, true
	}
	var b strings.Builder
	text := lv.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			v := start(k)
			if c.started[k] {
				v = c.v[k]
			}
			f := "decimal"
			if l := n.lvl(nm, k); l != nil && !lv.isLgl {
				f = l.fmt
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	label = strings.TrimSpace(b.String())
	if label == "" {
		return "", false
	}
	return label + lv.suffix, false
}

// formatNumber writes a counter in a w:numFmt; formats we do not know
// (ordinalText, Chinese counting, …) are written as decimals.
func formatNumber(v int, f string) string {
	switch f {
	case "lowerLetter", "upperLetter":
		if v < 1 || v > 26*30 {
			break
		}
		// Word writes 27 as "aa", 53 as "aaa": the letter repeated.
		s := strings.Repeat(string(rune('a'+(v-1)%26)), (v-1)/26+1)
		if f == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		if v < 1 || v > 3999 {
			break
		}
		s := roman(v)
		if f == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	}
	return strconv.Itoa(v)
}

func roman(v int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}

// bullet maps a bullet level's text to what a reader sees: a character of
// a symbol font (U+F0xx) becomes its Unicode look-alike; other text stays.
func bullet(text string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	r := []rune(text)
	if len(r) == 1 && r[0] >= 0xF000 && r[0] <= 0xF0FF {
		if s := symbolChar("Symbol", r[0]); s != "" {
			return s
		}
		return "•"
	}
	return text
}
