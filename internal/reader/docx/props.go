package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// tri is a toggle as a part states it: unset, off or on.
type tri int8

const (
	unset tri = iota
	off
	on
)

// The run properties read. All four are toggle properties in OOXML: a
// style and a character style that both set one cancel out.
const (
	propBold = iota
	propItalic
	propCaps   // shown in capitals: the parser reads upper case, so the text is upper-cased
	propVanish // hidden text a reader never sees
	nProps
)

// rprops is the run properties a w:rPr states.
type rprops [nProps]tri

// propIndex maps an rPr child to its property.
func propIndex(local string) int {
	switch local {
	case "b":
		return propBold
	case "i":
		return propItalic
	case "caps":
		return propCaps
	case "vanish":
		return propVanish
	}
	return -1
}

// onOff reads an ST_OnOff w:val: absent means on.
func onOff(se xml.StartElement) tri {
	v, ok := attr(se, "val")
	if !ok {
		return on
	}
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "0", "false", "off", "none":
		return off
	}
	return on
}

// attr returns the attribute with the local name (w:val, w:styleId, …).
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// intAttr returns w:val as an int clamped to [lo, hi], or def when absent or
// not a number.
func intAttr(se xml.StartElement, local string, def, lo, hi int) int {
	v, ok := attr(se, local)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return def
	}
	return min(max(n, lo), hi)
}

// resolve combines the property sources the OOXML way: direct formatting
// wins; otherwise the paragraph style's and the character style's values
// (each the nearest in its basedOn chain) toggle each other; otherwise the
// document defaults.
func resolve(direct, para, char, defaults rprops) rprops {
	var out rprops
	for k := range out {
		switch {
		case direct[k] != unset:
			out[k] = direct[k]
		case para[k] != unset && char[k] != unset:
			out[k] = off
			if (para[k] == on) != (char[k] == on) {
				out[k] = on
			}
		case char[k] != unset:
			out[k] = char[k]
		case para[k] != unset:
			out[k] = para[k]
		default:
			out[k] = defaults[k]
		}
	}
	return out
}
