package tomlfile

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"status", "status", 0},
		{"statu", "status", 1},
		{"nmae", "name", 2},
		{"", "abc", 3},
		{"Tỉnh ủy", "Tinh uy", 2}, // one edit a letter, not a byte
		{"kitten", "sitting", 3},
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := EditDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestNearest(t *testing.T) {
	keys := []string{"item", "date", "status", "completed", "note"}
	byLength := func(a, b string) bool { return len(a) > len(b) }
	tests := []struct {
		name       string
		s          string
		candidates []string
		prefer     func(a, b string) bool
		want       string
		dist       int
	}{
		{"typo", "statu", keys, nil, "status", 1},
		{"case", "Item", keys, nil, "item", 1},
		{"far: the caller judges the distance", "zzzzzzzz", keys, nil, "item", 8},
		{"no candidates", "x", nil, nil, "", -1},
		{"tie goes to the earlier", "nate", keys, nil, "date", 1},
		{"tie broken by prefer", "abcd", []string{"abc", "abcde"}, byLength, "abcde", 1},
		{"dotted keys", "signer.nmae", []string{"signer", "signer.name", "issuer.name"}, nil, "signer.name", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, d := Nearest(tt.s, tt.candidates, tt.prefer)
			if got != tt.want || d != tt.dist {
				t.Errorf("Nearest(%q) = %q %d, want %q %d", tt.s, got, d, tt.want, tt.dist)
			}
		})
	}
}
