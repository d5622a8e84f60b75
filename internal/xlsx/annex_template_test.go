package xlsx

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"baocao/internal/program"
)

// annexCase is one annex of the comparison below.
type annexCase struct {
	name string
	ad   *annexData
}

// annexCases are annexes of many shapes and sizes: the bundled and
// generated programmes whole and per agency, with other options, without
// titles or note, and random selections of their rows and items (so the
// row counts, agency counts and value axes vary within a shape).
func annexCases(t *testing.T) []annexCase {
	bundled, gen := bundledProgramme(t), generatedProgramme(t, 300)
	bare := *testProgramme()
	// Without a caption and note (an annex without a title has no plain
	// document title: its workbooks are all excelize's).
	bare.Annex.Caption, bare.Annex.Note = "", ""
	odd := AnnexOptions{Font: Font{Name: "Liberation Serif", Size: 13}, Margins: Margins{Top: 15, Bottom: 15, Left: 25, Right: 10},
		Author: `Văn phòng "A" & <B>`, Date: program.NewDate(2021, 7, 1)}
	var cases []annexCase
	add := func(name string, p *program.Programme, o AnnexOptions) {
		cases = append(cases, annexCase{name, newAnnexData(p, o)})
	}
	for _, p := range []*program.Programme{bundled, gen, testProgramme(), &bare} {
		add(p.Number, p, AnnexOptions{})
		add(p.Number+" odd options", p, odd)
		for _, a := range leadsOf(p) {
			add(p.Number+" "+a.Name, p, AnnexOptions{AgencyKey: a.Key, Subtitle: a.Name})
		}
	}
	for n := range 3 { // no work items: no agencies chart
		q := *bundled
		q.Annex.Rows, q.WorkItems = bundled.Annex.Rows[:n*5], nil
		add(fmt.Sprintf("%d rows, no items", n*5), &q, AnnexOptions{})
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range 40 {
		for _, p := range []*program.Programme{bundled, gen, &bare} {
			q := *p
			q.Annex.Rows = pick(rnd, p.Annex.Rows)
			q.WorkItems = pick(rnd, p.WorkItems)
			add(fmt.Sprintf("%s random %d", p.Number, i), &q, AnnexOptions{})
		}
	}
	return cases
}

// pick returns a random selection of xs in their order.
func pick[T any](rnd *rand.Rand, xs []T) []T {
	var out []T
	keep := rnd.Float64()
	for _, x := range xs {
		if rnd.Float64() < keep {
			out = append(out, x)
		}
	}
	return out
}

// leadsOf lists the annex rows' lead agencies, each once.
func leadsOf(p *program.Programme) []program.Agency {
	seen := map[string]bool{}
	var out []program.Agency
	for _, r := range p.Annex.Rows {
		if !seen[r.Lead.Key] {
			seen[r.Lead.Key] = true
			out = append(out, r.Lead)
		}
	}
	return out
}

// TestAnnexTemplateMatchesExcelize groups the annexes by shape, makes the
// template from the first of each shape and renders the others from it,
// and those of the prepared shape from the prepared template too,
// comparing each part with what excelize writes for that annex.
func TestAnnexTemplateMatchesExcelize(t *testing.T) {
	m, mb, err := serifMetrics()
	if err != nil {
		t.Fatal(err)
	}
	templates := map[annexKey]*annexTemplate{}
	rendered, shared, prepared := 0, 0, 0
	for _, c := range annexCases(t) {
		l := newStatsLayout(m, c.ad.items, c.ad.o.Font.Size)
		var st styleSet
		key := newAnnexKey(c.ad, &l, len(annexTitleLines(&st, m, mb, c.ad.p, c.ad.o)))
		want, sp, err := annexParts(c.ad)
		if err != nil {
			t.Fatal(err)
		}
		tpl, seen := templates[key]
		if !seen {
			if tpl, err = newAnnexTemplate(want, sp, c.ad, &l); err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			templates[key] = tpl
		}
		from := []*annexTemplate{tpl}
		if key == preparedAnnexKey() {
			from = append(from, preparedAnnexTemplate())
			prepared++
		}
		for _, tpl := range from {
			got, ok := tpl.render(c.ad, &l)
			if !ok {
				t.Errorf("%s: not rendered from the template", c.name)
				continue
			}
			rendered++
			if seen {
				shared++
			}
			compareParts(t, c.name, got, want)
		}
	}
	if shared < rendered/2 || prepared < 10 {
		t.Errorf("only %d of %d annexes shared a template made from another, %d rendered from the prepared one", shared, rendered, prepared)
	}
	t.Logf("%d renderings of %d shapes, %d from another's template, %d annexes from the prepared one", rendered, len(templates), shared, prepared)
}

// compareParts compares rendered parts with excelize's.
func compareParts(t *testing.T, name string, got, want map[string][]byte) {
	t.Helper()
	for n, w := range want {
		g := got[n]
		if n == contentTypes { // excelize lists them in map order; writeParts sorts them
			w, g = sortedContentTypes(w), sortedContentTypes(g)
		}
		if !bytes.Equal(g, w) {
			t.Errorf("%s: part %s differs from excelize's:\n%s", name, n, firstDiff(w, g))
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d parts, excelize wrote %d", name, len(got), len(want))
	}
}

// TestAnnexTemplateFallsBack: an annex with a text excelize writes
// specially is written by excelize, and Annex gives the same bytes either way.
func TestAnnexTemplateFallsBack(t *testing.T) {
	p := bundledProgramme(t)
	ad := newAnnexData(p, AnnexOptions{})
	parts, st, err := annexParts(ad)
	if err != nil {
		t.Fatal(err)
	}
	m, _, _ := serifMetrics()
	l := newStatsLayout(m, ad.items, ad.o.Font.Size)
	tpl, err := newAnnexTemplate(parts, st, ad, &l)
	if err != nil {
		t.Fatal(err)
	}
	for _, edit := range []func(q *program.Programme){
		func(q *program.Programme) { q.Annex.Rows[2].Title = " leading space" },
		func(q *program.Programme) { q.WorkItems[4].Title = "tab\there" },
		func(q *program.Programme) { q.Annex.Note = "note_x000D_" },
		func(q *program.Programme) { q.Subject = "" },
	} {
		q := *p
		q.Annex.Rows = append([]program.AnnexRow(nil), p.Annex.Rows...)
		q.WorkItems = append([]program.WorkItem(nil), p.WorkItems...)
		edit(&q)
		odd := newAnnexData(&q, AnnexOptions{})
		if _, ok := tpl.render(odd, &l); ok {
			t.Error("an annex with an odd text was rendered from the template")
		}
		var want, got bytes.Buffer
		oddParts, _, err := annexParts(odd)
		if err != nil {
			t.Fatal(err)
		}
		if err := writeParts(&want, oddParts); err != nil {
			t.Fatal(err)
		}
		for range 2 { // the second time with the shape's template made
			got.Reset()
			if err := Annex(&got, &q, AnnexOptions{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want.Bytes(), got.Bytes()) {
				t.Error("Annex did not fall back to excelize for an odd text")
			}
		}
	}
}
