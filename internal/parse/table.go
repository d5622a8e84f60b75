package parse

import (
	"strings"
)

// column is the role of a column of the annex table, found from its header words.
type column int

const (
	colOther column = iota
	colTT
	colLead
	colCoord
	colTitle
	colDeadline
)

var columnNames = map[column]string{
	colTT: "TT", colLead: "Cơ quan chủ trì", colCoord: "Cơ quan phối hợp",
	colTitle: "Tên đề án, chương trình, kế hoạch", colDeadline: "Thời gian thực hiện", colOther: "other",
}

// classify names the role of one header cell. The words, not the position,
// decide: "TT"/"STT"; "Cơ quan (phân công) chủ trì"; "Cơ quan phối hợp";
// "Tên đề án, …"/"Nội dung"; "Thời gian thực hiện"/"Thời gian hoàn thành"/
// "Thời hạn hoàn thành".
func classify(cell string) column {
	c := foldSpaces(lowerSame(strings.Trim(cell, " *.:")))
	switch {
	case c == "tt" || c == "stt" || c == "số tt" || c == "số thứ tự":
		return colTT
	case strings.Contains(c, "phối hợp") && !strings.Contains(c, "chủ trì"):
		return colCoord
	case strings.Contains(c, "chủ trì") || c == "cơ quan thực hiện" || c == "cơ quan tham mưu":
		return colLead
	case strings.HasPrefix(c, "tên ") || strings.HasPrefix(c, "nội dung") || strings.HasPrefix(c, "đề án, chương trình"):
		return colTitle
	case strings.HasPrefix(c, "thời gian") || strings.HasPrefix(c, "thời hạn"):
		return colDeadline
	}
	return colOther
}

// header is the column layout read from a header line.
type header struct {
	cells []string // as written
	roles []column
	index map[column]int
}

// readHeader returns the layout if the cells form an annex header: a lead,
// a title and a deadline column, each once; TT and Cơ quan phối hợp optional.
func readHeader(cells []string) (header, bool) {
	if len(cells) < 3 {
		return header{}, false
	}
	for _, c := range cells {
		// Header cells are short words, never a row number or a long title.
		if len(c) > 80 || c != "" && c[0] >= '0' && c[0] <= '9' {
			return header{}, false
		}
	}
	h := header{cells: cells, roles: make([]column, len(cells)), index: map[column]int{}}
	for i, c := range cells {
		r := classify(c)
		h.roles[i] = r
		if r == colOther {
			continue
		}
		if _, dup := h.index[r]; dup {
			return header{}, false
		}
		h.index[r] = i
	}
	for _, need := range []column{colLead, colTitle, colDeadline} {
		if _, ok := h.index[need]; !ok {
			return header{}, false
		}
	}
	return h, true
}

// splitCells splits a table line: at tabs, or at "|" for a Markdown table.
// It returns nil for a line that is not a table line.
func splitCells(s string) []string {
	if strings.IndexByte(s, '\t') >= 0 {
		cells := strings.Split(s, "\t")
		for i, c := range cells {
			cells[i] = strings.TrimSpace(c)
		}
		return cells
	}
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 3 {
		t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
		cells := strings.Split(t, "|")
		for i, c := range cells {
			cells[i] = strings.TrimSpace(c)
		}
		return cells
	}
	return nil
}

// isRule reports a Markdown table rule line "|---|:--|".
func isRule(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, "-: ") != "" {
			return false
		}
	}
	return len(cells) > 0
}

// findTable returns the index of the first annex header paragraph, or -1.
func (ps *parser) findTable(paras []para) int {
	for i, p := range paras {
		if cells := splitCells(p.text); cells != nil {
			if _, ok := readHeader(cells); ok {
				return i
			}
		}
	}
	return -1
}
