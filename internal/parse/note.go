package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// totalNouns name what a Ghi chú total counts: "33 phần việc".
var totalNouns = []string{"phần việc", "nhiệm vụ", "sản phẩm", "nội dung"}

// note reads the paragraphs after the table: the "Ghi chú:" paragraph with
// the counts the document declares (a bold or italic "Ghi chú:" arrives as
// plain text from a document, and with its asterisks from Markdown).
// Anything else there is reported as not placed.
// A "Ghi chú:" alone on its paragraph (a heading in a Word document) takes
// the next paragraph as its text.
func (ps *parser) note(paras []para) {
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		t := strings.TrimLeft(p.text, "*_ ")
		if hasPrefixFold(t, "ghi chú") {
			text := strings.TrimSpace(strings.TrimLeft(t[len("ghi chú"):], " :.-*_"))
			line := p.line
			if text == "" && i+1 < len(paras) {
				i++
				text, line = strings.TrimSpace(paras[i].text), paras[i].line
			}
			// A Ghi chú wrapped at a fixed width (pandoc's plain text)
			// goes on in the lines that follow: a line not ending a
			// sentence, then one starting in lower case.
			for i+1 < len(paras) && paras[i+1].table == nil && wrapsOn(text, paras[i+1].text) {
				i++
				text += " " + strings.TrimSpace(paras[i].text)
			}
			ps.prog.Annex.Note = text
			ps.declared(text, line)
			continue
		}
		ps.warn(p.line, "unplaced", "text after the annex table not understood (expected only the Ghi chú): %q", clip(p.text, 80))
	}
}

// bodyNote reads a Ghi chú that ends the body, just before Nơi nhận and
// the signature, when none follows the annex: some offices put the counts
// there. Only the body's last paragraph (or a "Ghi chú:" alone and the
// paragraph after it) is taken, so a remark inside the tasks stays where
// it is. It returns the body without the Ghi chú.
func (ps *parser) bodyNote(body []para) []para {
	isNote := func(p para) bool { return p.table == nil && hasPrefixFold(strings.TrimLeft(p.text, "*_ "), "ghi chú") }
	n := len(body)
	switch {
	case n >= 1 && isNote(body[n-1]):
		ps.note(body[n-1:])
		return body[:n-1]
	case n >= 2 && isNote(body[n-2]) && strings.Trim(strings.TrimLeft(body[n-2].text, "*_ ")[len("ghi chú"):], " :.-*_") == "":
		ps.note(body[n-2:])
		return body[:n-2]
	}
	return body
}

// declared reads "đề ra 33 phần việc, gồm: xây dựng 13 đề án, 04 chương
// trình, …, và sơ, tổng kết 06 chủ trương …" into DeclaredTotal and one
// KindCount per number. Counts may be written in words ("mười một nhiệm
// vụ, gồm ba kế hoạch, hai mươi mốt đề án", "ba (03) kế hoạch"), and the list may follow
// "gồm" or "trong đó" or nothing. A count's kinds are the kind words right
// after its number, else the ones just before it ("sơ, tổng kết 06 chủ
// trương" counts Sơ kết and Tổng kết together).
func (ps *parser) declared(text string, line int) {
	p := ps.prog
	list := text
	low := vocab.Lower(text)
	for _, n := range vocab.Numbers(low) {
		rest := strings.TrimLeft(low[n.End:], " ")
		noun := ""
		for _, w := range totalNouns {
			if strings.HasPrefix(rest, w) {
				noun = w
			}
		}
		if noun != "" {
			p.DeclaredTotal = n.Value
			cut := len(low) - len(rest) + len(noun)
			list, low = text[cut:], low[cut:]
			break
		}
	}
	for _, intro := range []string{"gồm", "trong đó"} {
		if i := strings.Index(low, intro); i >= 0 {
			list, low = list[i+len(intro):], low[i+len(intro):]
			break
		}
	}
	nums := vocab.Numbers(low)
	prevEnd := 0
	for k, n := range nums {
		count := n.Value
		nextStart := len(low)
		if k+1 < len(nums) {
			nextStart = nums[k+1].Start
		}
		// after: the words from the number up to the next list separator.
		afterEnd := n.End + clauseEnd(low[n.End:nextStart])
		after := strings.TrimLeft(low[n.End:afterEnd], " )") // "ba (03) kế hoạch" when the words and the numeral disagree
		kinds := kindsAt(after, true)
		segStart := n.Start
		if len(kinds) == 0 {
			before := low[prevEnd:n.Start]
			kinds = kindsAt(before, false)
			segStart = prevEnd + len(before) - len(strings.TrimLeft(before, " ,:;"))
			segStart = trimConnector(low, segStart, n.Start)
		}
		seg := trimPunct(list[segStart:afterEnd])
		if len(kinds) == 0 {
			kinds = []program.Kind{}
			ps.warn(line, "note-count", "the Ghi chú count %q names no kind: expected đề án, chương trình, kế hoạch, quy định, quy chế, danh mục, nghị quyết, sơ kết, tổng kết, chỉ thị, kết luận, hướng dẫn or báo cáo", seg)
		}
		p.Declared = append(p.Declared, program.KindCount{Text: seg, Kinds: kinds, Count: count})
		prevEnd = afterEnd
	}
	sum := 0
	for _, d := range p.Declared {
		sum += d.Count
	}
	if p.DeclaredTotal != 0 && sum != p.DeclaredTotal {
		ps.warn(line, "note-sum", "the Ghi chú declares %d work items in total but its counts add up to %d", p.DeclaredTotal, sum)
	}
	if p.DeclaredTotal == 0 && len(p.Declared) > 0 {
		p.DeclaredTotal = sum
	}
}

// wrapsOn reports whether next continues the sentence of text, cut by a
// line wrap: text does not end a sentence and next starts in lower case
// or with a digit ("… 04 kế hoạch, 01" / "quy chế, 01 đề án …").
func wrapsOn(text, next string) bool {
	text, next = strings.TrimSpace(text), strings.TrimSpace(next)
	if text == "" || next == "" || strings.ContainsRune(".!?", rune(text[len(text)-1])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// clauseEnd returns the length of s up to the first ", " or " và " or end.
func clauseEnd(s string) int {
	end := len(s)
	for _, sep := range []string{",", ";", " và ", "."} {
		if i := strings.Index(s, sep); i >= 0 && i < end {
			end = i
		}
	}
	return end
}

// trimConnector skips a leading "và " in low[from:to].
func trimConnector(low string, from, to int) int {
	if strings.HasPrefix(low[from:to], "và ") {
		return from + len("và ")
	}
	return from
}

// kindsAt finds the kind words in a Ghi chú phrase. With first set, only a
// kind at the phrase's start counts ("02 danh mục các dự án"); otherwise
// every kind word counts, and "sơ, tổng kết" means both Sơ kết and Tổng kết.
func kindsAt(s string, first bool) []program.Kind {
	s = strings.TrimSpace(s)
	if first {
		if k, _, ok := kindPrefix(s); ok {
			return []program.Kind{k}
		}
		return nil
	}
	var out []program.Kind
	seen := map[program.Kind]bool{}
	add := func(k program.Kind) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	if strings.Contains(s, "sơ, tổng kết") || strings.Contains(s, "sơ và tổng kết") || strings.Contains(s, "sơ kết, tổng kết") || strings.Contains(s, "sơ kết và tổng kết") {
		add(program.KindSoKet)
		add(program.KindTongKet)
		return out
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		if k, n, ok := kindPrefix(s[i:]); ok {
			add(k)
			i += n - 1
		}
	}
	return out
}

// clip shortens s to at most n runes for a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
