package xlsx

// Font names the typeface written into every cell. Row heights are measured
// with the embedded Liberation Serif, which is metric-compatible with Times
// New Roman; another family is written as named but measured as Times.
type Font struct {
	Name string  // default "Times New Roman"
	Size float64 // points, default 12
}

// Margins are the printed page margins in millimetres.
type Margins struct {
	Top, Bottom, Left, Right float64 // default 20, 20, 30, 15 (official-format.md)
}

func (f Font) orDefault() Font {
	if f.Name == "" {
		f.Name = "Times New Roman"
	}
	if f.Size <= 0 {
		f.Size = 12
	}
	return f
}

func (m Margins) orDefault() Margins {
	if m == (Margins{}) {
		return Margins{Top: 20, Bottom: 20, Left: 30, Right: 15}
	}
	return m
}
