package progress

import "baocao/internal/program"

// Difficulty is one record's "khó khăn, vướng mắc, đề xuất": what an agency
// wrote on its form about an item, for the office drafting its assessment
// and recommendations.
type Difficulty struct {
	Item   program.WorkItem // the item, with its lead agency (who answers its form)
	Date   program.Date     // the record's date
	Text   string
	Source string // where the record came from ("import: form-….xlsx 2021-09-15"); "" when written by hand
}

// quarterDifficulties lists the difficulties recorded in quarter q up to
// the report date d, item by item in the programme's order and by date
// within an item. A text an item's records repeat is listed once, at its
// latest date: a form sent back each quarter often carries the old words.
func quarterDifficulties(p *program.Programme, l *Ledger, q program.Quarter, d program.Date) []Difficulty {
	if p == nil || l == nil {
		return nil
	}
	var out []Difficulty
	for _, w := range p.WorkItems {
		var mine []Difficulty
		at := map[string]int{} // text → index in mine
		for _, u := range l.ItemUpdates(w.ID) {
			if u.Difficulties == "" || !q.Contains(u.Date) || u.Date.After(d) {
				continue
			}
			df := Difficulty{Item: w, Date: u.Date, Text: u.Difficulties, Source: u.Source}
			if i, ok := at[u.Difficulties]; ok {
				mine[i] = df
				continue
			}
			at[u.Difficulties] = len(mine)
			mine = append(mine, df)
		}
		out = append(out, mine...)
	}
	return out
}
