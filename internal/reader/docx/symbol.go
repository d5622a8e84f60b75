package docx

import "strings"

// symbolChar maps a w:sym (a character of a symbol font, often written in
// the U+F000 private area) to the Unicode character it looks like, or ""
// when there is no honest equivalent. Only the marks programmes use as
// bullets, arrows and ticks are mapped.
func symbolChar(font string, r rune) string {
	if r >= 0xF000 && r <= 0xF0FF {
		r -= 0xF000
	}
	switch f := strings.ToLower(font); {
	case strings.HasPrefix(f, "wingdings"):
		switch r {
		case 0x6C:
			return "●"
		case 0x6E, 0xA7:
			return "▪"
		case 0x71:
			return "❑"
		case 0x76:
			return "❖"
		case 0x9F, 0xA1:
			return "•"
		case 0xD8:
			return "➢"
		case 0xE0, 0xE8:
			return "→"
		case 0xFC:
			return "✓"
		case 0xFB:
			return "✗"
		case 0xFE:
			return "☑"
		case 0xA8:
			return "◻"
		}
		return ""
	case f == "symbol" || f == "":
		switch r {
		case 0xB7:
			return "•"
		case 0x2D:
			return "-"
		case 0xAE:
			return "→"
		case 0xAC:
			return "←"
		case 0xB3:
			return "≥"
		case 0xA3:
			return "≤"
		case 0xB9:
			return "≠"
		case 0xB4:
			return "×"
		case 0xBE:
			return "—"
		case 0x2B:
			return "+"
		}
		return ""
	}
	// A text font: the character is itself, unless it lies in the private area.
	if r >= 0x20 && r < 0xE000 {
		return string(r)
	}
	return ""
}
