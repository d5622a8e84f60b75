package tomlfile

import (
	"testing"
)

func TestQuote(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "07-CTr/TU", `"07-CTr/TU"`},
		{"empty", "", `""`},
		{"quotes", `say "yes"`, `"say \"yes\""`},
		{"backslash", `C:\fonts\times.ttf`, `"C:\\fonts\\times.ttf"`},
		{"newline tab CR", "a\nb\tc\rd", `"a\nb\tc\rd"`},
		{"other controls as TOML \\u", "a\x00b\x1bc\x7f", `"a\u0000b\u001Bc\u007F"`},
		{"Vietnamese stays readable", "Ban Thường vụ Tỉnh ủy", `"Ban Thường vụ Tỉnh ủy"`},
		{"decomposed accents become NFC", "Tỉnh u\u0309y", `"Tỉnh ủy"`},
		{"invalid UTF-8", "a\xffb", "\"a\uFFFDb\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Quote(tt.in)
			if got != tt.want {
				t.Fatalf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
			}
			// What Quote writes, the parser reads back (NFC, valid UTF-8).
			doc, err := Parse("k = " + got + "\n")
			if err != nil {
				t.Fatalf("%s does not parse: %v", got, err)
			}
			if back := doc["k"].(string); Quote(back) != got {
				t.Errorf("read back %q, which quotes as %s", back, Quote(back))
			}
		})
	}
}
