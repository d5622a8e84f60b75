package tomlfile

import "testing"

func TestDescribe(t *testing.T) {
	tests := []struct{ value, want string }{
		{`"15-6-2021"`, `the string "15-6-2021"`},
		{`"Tỉnh ủy"`, `the string "Tỉnh ủy"`},
		{`4`, `the integer 4`},
		{`4.1`, `the number 4.1`},
		{`2.5e10`, `the number 2.5e+10`},
		{`true`, `the boolean true`},
		{`2021-06-15`, `the date 2021-06-15`},
		{`0021-06-15`, `the date 0021-06-15`},
		{`2021-06-15T08:00:00`, `the date and time 2021-06-15T08:00:00`},
		{`08:00:00`, `the time of day 08:00:00`},
		{`2021-06-15T08:00:00+07:00`, `the date-time 2021-06-15T08:00:00+07:00`},
		{`[1, 2]`, `an array`},
		{`{ a = 1 }`, `a table`},
	}
	for _, tt := range tests {
		doc, err := Parse("v = " + tt.value + "\n")
		if err != nil {
			t.Fatalf("%s: %v", tt.value, err)
		}
		if got := Describe(doc["v"]).String(); got != tt.want {
			t.Errorf("Describe(%s) = %q, want %q", tt.value, got, tt.want)
		}
	}
	doc, err := Parse("[[r]]\na = 1\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := Describe(doc["r"]).String(); got != "an array of tables" {
		t.Errorf("Describe([[r]]) = %q", got)
	}
}
