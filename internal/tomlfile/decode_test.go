package tomlfile

import (
	"errors"
	"testing"
)

type decoded struct {
	Page struct {
		Width float64 `toml:"width"`
		Name  string  `toml:"name"`
	} `toml:"page"`
	Runs []struct {
		Workers int `toml:"workers"`
	} `toml:"run"`
}

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name, text string
		want       []Problem
	}{
		{"clean", "[page]\nwidth = 210.0\n[[run]]\nworkers = 2\n", nil},
		{"syntax", "[page]\nwidth = = 3\n",
			[]Problem{{Pos{2, 9}, "", "TOML syntax error: expected value but found '=' instead"}}},
		{"unknown key in a nested table", "[page]\nwidth = 210.0\nnmae = \"x\"\n",
			[]Problem{{Pos{3, 1}, "page.nmae", `key "page.nmae" is not known`}}},
		{"unknown key in the second of an array of tables", "[[run]]\nworkers = 1\n\n[[run]]\n  wrokers = 2\n",
			[]Problem{{Pos{5, 3}, "run.wrokers", `key "run.wrokers" is not known`}}},
		{"unknown table reported once", "[singer]\nname = \"x\"\nbody = 1\n",
			[]Problem{{Pos{1, 1}, "singer", `key "singer" is not known`}}},
		{"type mismatch", "[page]\nname = \"A4\"\nwidth = \"210\"\n",
			[]Problem{{Pos{3, 1}, "page.width", `key "page.width": incompatible types: TOML value has type string; destination has type float`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v decoded
			err := Decode(tt.text, &v)
			var got Problems
			if err != nil && !errors.As(err, &got) {
				t.Fatalf("error %v (%T), want Problems", err, err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems %v, want %v", len(got), got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("problem %d:\n got %+v\nwant %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestProblemsError(t *testing.T) {
	ps := Problems{{Pos{2, 0}, "a", "bad a"}, {Pos{3, 4}, "b", "bad b"}, {Pos{}, "", "somewhere"}}
	if got, want := ps.Error(), "2: bad a\n3:4: bad b\nsomewhere"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
