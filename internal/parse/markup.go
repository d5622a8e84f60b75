package parse

import (
	"strings"

	"baocao/internal/document"
)

// markup is a paragraph's text with its emphasis: the bold phrases (the
// author's product markers) and the italic ones (the area's lead agency,
// the assignment parenthesis), each with the byte offset in plain where
// it starts. The readers turn Word's bold, a PDF's bold font and
// Markdown's "**…**" alike into runs, so nothing here reads asterisks.
type markup struct {
	plain  string
	bold   []string
	italic []phrase
}

type phrase struct {
	text string
	at   int
}

// readMarkup collects the emphasis of runs. Neighbouring runs with the
// same emphasis form one phrase.
func readMarkup(runs []document.Run) markup {
	var m markup
	if len(runs) == 1 && !runs[0].Bold && !runs[0].Italic {
		m.plain = runs[0].Text
		return m
	}
	var b strings.Builder
	n := 0
	for _, r := range runs {
		n += len(r.Text)
	}
	b.Grow(n)
	for i := 0; i < len(runs); {
		r := runs[i]
		at := b.Len()
		j := i
		for j < len(runs) && runs[j].Bold == r.Bold && runs[j].Italic == r.Italic {
			b.WriteString(runs[j].Text)
			j++
		}
		text := b.String()[at:]
		switch {
		case r.Bold:
			m.bold = append(m.bold, strings.TrimSpace(text))
		case r.Italic:
			lead := len(text) - len(strings.TrimLeft(text, " "))
			m.italic = append(m.italic, phrase{text: strings.TrimSpace(text), at: at + lead})
		}
		i = j
	}
	m.plain = b.String()
	return m
}

// markupOf is the markup of a paragraph from offset from on (after a
// bullet). The paragraph's text is its runs joined, so the phrases are
// cut from it rather than built again.
func markupOf(q para, from int) markup {
	m := markup{plain: q.text[from:]}
	if q.runs == nil {
		return m
	}
	at := 0
	for i := 0; i < len(q.runs); {
		r := q.runs[i]
		start := at
		for ; i < len(q.runs) && q.runs[i].Bold == r.Bold && q.runs[i].Italic == r.Italic; i++ {
			at += len(q.runs[i].Text)
		}
		if at > len(q.text) {
			// Runs and text disagree (never, by construction): read the runs.
			return readMarkup(cutRuns(q.runs, from))
		}
		if start < from || !(r.Bold || r.Italic) {
			continue
		}
		text := q.text[start:at]
		switch {
		case r.Bold:
			m.bold = append(m.bold, strings.TrimSpace(text))
		case r.Italic:
			lead := len(text) - len(strings.TrimLeft(text, " "))
			m.italic = append(m.italic, phrase{text: strings.TrimSpace(text), at: start - from + lead})
		}
	}
	return m
}

// cutRuns returns the runs of the text from byte offset from on.
func cutRuns(runs []document.Run, from int) []document.Run {
	for i, r := range runs {
		if from < len(r.Text) {
			out := make([]document.Run, 0, len(runs)-i)
			r.Text = r.Text[from:]
			out = append(out, r)
			return append(out, runs[i+1:]...)
		}
		from -= len(r.Text)
	}
	return nil
}
