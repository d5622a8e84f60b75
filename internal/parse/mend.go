package parse

import (
	"strings"
	"unicode"

	"baocao/internal/document"
	"baocao/internal/vocab"
)

// mendDeadline settles, in a table laid out with spaces, the words a
// deadline shares with the next cell. pdftotext -layout squeezes a narrow
// deadline column until its text stands one space from its neighbour's,
// and then no cut through the row's lines can tell them apart: "Hằng năm
// Ban" beside "Tổ chức Thành ủy" (the lead "Ban Tổ chức Thành ủy"), or
// "UBND các huyện, Thường" over "thị xã, thành phố xuyên" (the deadline
// "Thường xuyên", left in the coordinators' column, its own one empty).
// Only a move that makes the deadline readable is made: the last words of
// a deadline that does not read go to the start of the next cell when
// they start in upper case, as agencies and notes do; an empty deadline
// takes the last word of consecutive lines of the cell before it when
// together they read as one.
func (ar *annexReader) mendDeadline(cells []string, g []*document.Cell) {
	ps, h := ar.ps, ar.h
	i, ok := h.index[colDeadline]
	if ps.doc == nil || ps.doc.Format != "text/aligned" || !ok || i >= len(cells) {
		return
	}
	if strings.TrimSpace(cells[i]) != "" {
		if _, err := ps.deadline(cells[i]); err == nil || i+1 >= len(cells) {
			return
		}
		switch h.roles[i+1] {
		case colLead, colCoord, colNote:
		default:
			return
		}
		ws := strings.Fields(cells[i])
		for k := 1; k <= 2 && k < len(ws); k++ {
			head, tail := strings.Join(ws[:len(ws)-k], " "), strings.Join(ws[len(ws)-k:], " ")
			if !unicode.IsUpper(firstRune(tail)) {
				continue
			}
			if _, err := ps.deadline(head); err == nil {
				cells[i], cells[i+1] = head, strings.TrimSpace(tail+" "+cells[i+1])
				return
			}
		}
		return
	}
	ar.takeLineEnds(cells, g, i, func(s string) bool {
		_, err := ps.deadline(s)
		return err == nil
	})
}

// mendProduct does for an empty Sản phẩm cell what mendDeadline does for
// an empty deadline: the product squeezed one space after the task's
// text on its lines ("chuyển Chương" / "đổi số giai đoạn   trình") is
// taken back when the last words of consecutive lines name a kind.
func (ar *annexReader) mendProduct(cells []string, g []*document.Cell) {
	i, ok := ar.h.index[colProduct]
	if ar.ps.doc == nil || ar.ps.doc.Format != "text/aligned" || !ok || i >= len(cells) || strings.TrimSpace(cells[i]) != "" {
		return
	}
	ar.takeLineEnds(cells, g, i, func(s string) bool {
		_, ok := vocab.Kind(s)
		return ok
	})
}

// takeLineEnds fills the empty cell i with the last words of the longest
// run of consecutive lines of cell i-1 (each of two words or more) that
// together are what valid accepts, and takes them out of cell i-1.
func (ar *annexReader) takeLineEnds(cells []string, g []*document.Cell, i int, valid func(string) bool) {
	h := ar.h
	if i == 0 || i-1 >= len(g) || g[i-1] == nil || len(g[i-1].Paras) < 2 {
		return
	}
	prev := g[i-1]
	lines := make([][]string, len(prev.Paras))
	for k := range prev.Paras {
		lines[k] = strings.Fields(prev.Paras[k].Text())
	}
	// the longest run of consecutive lines, each of two words or more,
	// whose last words valid accepts
	for n := len(lines); n >= 1; n-- {
		for s := 0; s+n <= len(lines); s++ {
			var last []string
			for _, ws := range lines[s : s+n] {
				if len(ws) < 2 {
					last = nil
					break
				}
				last = append(last, ws[len(ws)-1])
			}
			if last == nil {
				continue
			}
			if !valid(strings.Join(last, " ")) {
				continue
			}
			c := *prev
			c.Paras = make([]document.Paragraph, len(prev.Paras))
			copy(c.Paras, prev.Paras)
			for k := s; k < s+n; k++ {
				p := &c.Paras[k]
				ws := lines[k]
				p.Runs = []document.Run{{Text: strings.Join(ws[:len(ws)-1], " ")}}
			}
			sep := byte('.')
			if r := h.roles[i-1]; r == colLead || r == colCoord {
				sep = ';'
			}
			cells[i-1], cells[i] = joinCell(&c, sep), strings.Join(last, " ")
			return
		}
	}
}
