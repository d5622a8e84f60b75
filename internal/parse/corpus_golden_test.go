package parse_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"baocao/internal/check"
	"baocao/internal/golden"
	"baocao/internal/parse"
)

// corpusGoldens is where the goldens of the corpus live, under testdata/.
const corpusGoldens = "corpus/golden"

// TestCorpusGolden keeps, for every corpus document the parser reads (every
// one a truth file lists and pending does not), the programme as 'baocao
// parse' prints it and what 'baocao check' prints: the truth files say what
// a clerk counts, the goldens hold everything else the parser reads (titles,
// coordinators, areas, the Ghi chú, diagnostics), so a change anywhere in
// the readers shows as a diff to review. A missing golden fails; so does a
// golden no document gives any more.
func TestCorpusGolden(t *testing.T) {
	var docs []string
	for _, tr := range readTruths(t) {
		for _, doc := range tr.Documents {
			if _, ok := pending[doc]; !ok {
				docs = append(docs, doc)
			}
		}
	}
	slices.Sort(docs)
	var want []string
	for _, doc := range docs {
		want = append(want, doc+".json", doc+".check")
		t.Run(doc, func(t *testing.T) {
			needsOffice(t, doc)
			data, err := os.ReadFile(filepath.Join(corpusDir, doc))
			if err != nil {
				t.Fatal(err)
			}
			p, diags := parse.Parse(doc, data)
			if p == nil {
				t.Fatalf("no programme read: %v", diags)
			}
			// As cli's parse command writes it.
			j, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, corpusGoldens+"/"+doc+".json", append(j, '\n'))
			// As cli's check command prints it: the diagnostics, a blank
			// line, the report.
			var b bytes.Buffer
			for _, d := range diags {
				b.WriteString(d.String() + "\n")
			}
			if len(diags) > 0 {
				b.WriteString("\n")
			}
			if err := check.Check(p).WriteText(&b); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, corpusGoldens+"/"+doc+".check", b.Bytes())
		})
	}
	if golden.Updating() {
		return
	}
	entries, err := os.ReadDir(filepath.Join("testdata", corpusGoldens))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(want)
	for _, e := range entries {
		if _, found := slices.BinarySearch(want, e.Name()); !found {
			t.Errorf("testdata/%s/%s is the golden of no document the parser reads: delete it (or give its document back)", corpusGoldens, e.Name())
		}
	}
}
