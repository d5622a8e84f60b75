package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// formDataFor is what Form passes on for one agency.
func formDataFor(t *testing.T, r *progress.Review, key string, o FormOptions) *formData {
	t.Helper()
	var items []progress.ItemStatus
	for _, is := range r.Items {
		if is.Item.Lead.Key == key {
			items = append(items, is)
		}
	}
	if len(items) == 0 {
		t.Fatalf("no items for %s", key)
	}
	o.Font = o.Font.orDefault()
	o.Margins = o.Margins.orDefault()
	if o.Date.IsZero() {
		o.Date = r.Date
	}
	if o.Author == "" {
		o.Author = r.Programme.Issuer
	}
	return &formData{r: r, agency: items[0].Item.Lead, items: items, o: o}
}

// TestFormTemplateMatchesExcelize builds the template from one agency's
// form and renders every agency's form of the bundled review, of a
// generated 300-row programme and of a review where every status and date
// occurs, from it and, for the default options, from the prepared
// template, comparing each part with what excelize writes for that form.
func TestFormTemplateMatchesExcelize(t *testing.T) {
	gen := scaledReview(generatedProgramme(t, 300))
	cases := []struct {
		name string
		r    *progress.Review
		o    FormOptions
	}{
		{"bundled", bundledReview(t), FormOptions{}},
		{"generated", gen, FormOptions{}},
		{"options", gen, FormOptions{Password: "mật khẩu", Font: Font{Name: "Liberation Serif", Size: 13},
			Margins: Margins{Top: 15, Bottom: 15, Left: 25, Right: 10}, Author: `Văn phòng "A" & <B>`,
			Date: program.NewDate(2021, 7, 1), ReturnBy: program.NewDate(2021, 10, 8),
			Contact: FormContact{Office: "Văn phòng Tỉnh ủy", Person: "Nguyễn Văn An", Phone: "0297 3862 123", Email: "vp@tu.vn"}}},
	}
	prepared := 0
	defer func() {
		if prepared == 0 {
			t.Error("no case rendered from the prepared template")
		}
	}()
	for _, c := range cases {
		agencies := FormAgencies(c.r)
		first := formDataFor(t, c.r, agencies[len(agencies)-1].Key, c.o)
		parts, st, err := formParts(first)
		if err != nil {
			t.Fatal(err)
		}
		tpl, err := newFormTemplate(parts, st, first)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		templates := []*formTemplate{tpl}
		if (formKey{first.o.Font, first.o.Margins, first.o.Password}) == preparedFormKey() {
			templates = append(templates, preparedFormTemplate())
			prepared++
		}
		rendered := 0
		for _, a := range agencies {
			fd := formDataFor(t, c.r, a.Key, c.o)
			want, _, err := formParts(fd)
			if err != nil {
				t.Fatal(err)
			}
			for _, tpl := range templates {
				got, ok := tpl.render(fd)
				if !ok {
					continue // excelize writes this one: Form falls back
				}
				rendered++
				compareParts(t, c.name+", "+a.Name, got, want)
			}
		}
		if rendered < len(templates)*len(agencies)*3/4 {
			t.Errorf("%s: only %d of %d forms rendered from the template", c.name, rendered, len(agencies))
		}
	}
}

// TestFormTemplateFallsBack: texts excelize writes specially are left to it.
func TestFormTemplateFallsBack(t *testing.T) {
	for _, s := range []string{" lead", "trail ", "a\nb", "tab\there", "_x000D_", "bell\x07", "\xff"} {
		if plainText(s) {
			t.Errorf("plainText(%q) = true", s)
		}
	}
	for _, s := range []string{"", "Ban Dân vận Tỉnh ủy", `a "b" & <c>`, "x_y"} {
		if !plainText(s) {
			t.Errorf("plainText(%q) = false", s)
		}
	}
	r := bundledReview(t)
	a := FormAgencies(r)[0]
	fd := formDataFor(t, r, a.Key, FormOptions{})
	parts, st, err := formParts(fd)
	if err != nil {
		t.Fatal(err)
	}
	tpl, err := newFormTemplate(parts, st, fd)
	if err != nil {
		t.Fatal(err)
	}
	odd := *fd
	odd.items = append([]progress.ItemStatus(nil), fd.items...)
	odd.items[0].Note = " starts with a space"
	if _, ok := tpl.render(&odd); ok {
		t.Error("a note with a leading space was rendered from the template")
	}
	var want, got bytes.Buffer
	oddParts, _, err := formParts(&odd)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeParts(&want, oddParts); err != nil {
		t.Fatal(err)
	}
	if err := writeForm(&got, &odd); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		t.Error("writeForm did not fall back to excelize for an odd note")
	}
}

// firstDiff shows where two parts first differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-120, 0)
	return fmt.Sprintf("at byte %d\nexcelize: %q\ntemplate: %q", i, a[lo:min(i+120, len(a))], b[lo:min(i+120, len(b))])
}

// TestWritePlainMatchesEscapeText: on random texts of the characters that
// matter, writePlain accepts what plainText accepts, less the characters
// xml.EscapeText replaces, and writes what EscapeText writes.
func TestWritePlainMatchesEscapeText(t *testing.T) {
	alphabet := []string{"a", "Z", " ", "_", "x", "_x", "\"", "'", "&", "<", ">", "\t", "\n", "\r", "\x7f", "\x01",
		"ệ", "Ủ", "—", "\uFFFD", "\uFFFE", "\uFFFF", "\U0001F600", "\xff", "\xe1\xbb", "0"}
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var sb strings.Builder
		for range rnd.IntN(12) {
			sb.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		s := sb.String()
		var got, want bytes.Buffer
		ok := writePlain(&got, s)
		xml.EscapeText(&want, []byte(s))
		// U+FFFE and U+FFFF are the only valid UTF-8 outside XML's range.
		if wantOK := plainText(s) && !strings.ContainsAny(s, "\uFFFE\uFFFF"); ok != wantOK {
			t.Fatalf("writePlain(%q) = %v, want %v", s, ok, wantOK)
		}
		if ok && !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("writePlain(%q) wrote %q, EscapeText %q", s, got.Bytes(), want.Bytes())
		}
	}
}
