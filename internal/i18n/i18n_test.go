package i18n

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var verb = regexp.MustCompile(`%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// TestEntriesKeepTheirVerbs: a translation that drops, adds or reorders a
// verb would print the wrong value in the wrong place.
func TestEntriesKeepTheirVerbs(t *testing.T) {
	all := map[string]string{}
	for _, m := range catalogues {
		for en, vi := range m {
			if _, dup := all[en]; dup {
				t.Errorf("%q is in two catalogue files: keep one", en)
			}
			all[en] = vi
		}
	}
	for en, vi := range all {
		if a, b := verb.FindAllString(en, -1), verb.FindAllString(vi, -1); !slices.Equal(a, b) {
			t.Errorf("%q: verbs %v, translation has %v", en, a, b)
		}
		if strings.Count(en, "`") != strings.Count(vi, "`") {
			t.Errorf("%q: the translation does not keep the flag's `placeholder`", en)
		}
		if !norm.NFC.IsNormalString(vi) {
			t.Errorf("%q: the translation is not NFC", en)
		}
		if strings.TrimSpace(vi) == "" || vi == en {
			t.Errorf("%q: no translation", en)
		}
	}
}

func TestPrinterTranslatesVietnameseAndKeepsEnglish(t *testing.T) {
	const key = "%d error(s): nothing written"
	if got := New(Vietnamese).Sprintf(key, 3); got != "3 lỗi: không ghi gì" {
		t.Errorf("Vietnamese: %q", got)
	}
	if got := New(English).Sprintf(key, 3); got != "3 error(s): nothing written" {
		t.Errorf("English: %q", got)
	}
	if got := New(Vietnamese).Sprintf("not in the catalogue %s", "x"); got != "not in the catalogue x" {
		t.Errorf("a text without entry: %q", got)
	}
}

// TestIntegersAreNotGrouped: a line number or a PID read as "1,234" (or
// "1.234" in Vietnamese) would name the wrong place.
func TestIntegersAreNotGrouped(t *testing.T) {
	for _, l := range []Lang{Vietnamese, English} {
		if got := New(l).Sprintf("not in the catalogue %s:%d: %5d %x", "f.txt", 40208, 1234567, 255); got != "not in the catalogue f.txt:40208: 1234567 ff" {
			t.Errorf("%v: %q", l, got)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]Lang{"vi": Vietnamese, "VI-vn": Vietnamese, "en": English, "en_US.UTF-8": English} {
		if got, ok := Parse(in); !ok || got != want {
			t.Errorf("Parse(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := Parse("fr"); ok {
		t.Error("fr accepted")
	}
}

// The catalogue and each Printer's formatter are made on first use; the
// workers of a run share one Printer, so the first uses may be at once.
func TestPrinterFirstUsedConcurrently(t *testing.T) {
	p := New(Vietnamese)
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = p.Sprintf("%d error(s): nothing written", i)
		}()
	}
	wg.Wait()
	for i, s := range got {
		if want := fmt.Sprintf("%d lỗi: không ghi gì", i); s != want {
			t.Errorf("goroutine %d: %q, want %q", i, s, want)
		}
	}
}
