// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// textAlphabet is what the random texts are made of: ASCII, the bytes
// escape replaces, Vietnamese, and runes whose UTF-16 bytes are one of
// them (Ĩ is 01 28, č is 01 0D, Ŝ is 01 5C, ⠩ is 28 29).
var textAlphabet = []string{"a", "Z", "0", " ", "  ", "(", ")", "\\", "\r", "\t", "ệ", "Đ", "ủy", "Ĩ", "ĩ", "č", "Ŝ", "\u2829", "\u5c5c", "–", "“", "quý II-2021", "\xc3(", "\xe0\x80\x80", "\xed\xa0\x80", "\ufffd", "\u0800", "\u07ff", "\uffff"}

func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(textAlphabet[rng.Intn(len(textAlphabet))])
	}
	return b.String()
}

func TestAppendUTF16TextAsUpstream(t *testing.T) {
	f := New("P", "mm", "A4", "")
	rng := rand.New(rand.NewSource(7))
	for range 5000 {
		s := randomText(rng, rng.Intn(10))
		if got, want := string(appendUTF16Text(nil, s)), f.escape(utf8toutf16(s, false)); got != want {
			t.Fatalf("%q: %q, want %q", s, got, want)
		}
	}
}

// appendText marks and converts in one pass what markUsedRunes and
// appendUTF16Text do in two, on any text: astral runes (which fpdf cannot
// embed, so the document test leaves them out), broken, overlong and
// surrogate sequences included.
func TestAppendTextAsTwoPasses(t *testing.T) {
	font := liberationSerif(t)
	doc := func() *Fpdf {
		pdf := New("P", "mm", "A4", "")
		pdf.AddUTF8FontFromBytes("serif", "", font)
		pdf.AddPage()
		pdf.SetFont("serif", "", 12)
		return pdf
	}
	a, b := doc(), doc()
	rng := rand.New(rand.NewSource(10))
	for range 5000 {
		s := randomText(rng, rng.Intn(10))
		if rng.Intn(4) == 0 {
			s += "😀" + randomText(rng, rng.Intn(3))
		}
		got := a.appendText(nil, s)
		b.markUsedRunes(s)
		want := appendUTF16Text(nil, s)
		if !bytes.Equal(got, want) {
			t.Fatalf("%q: %q, want %q", s, got, want)
		}
		if !reflect.DeepEqual(a.currentFont.usedRunes, b.currentFont.usedRunes) {
			t.Fatalf("%q: used runes differ", s)
		}
	}
}

// TestCellFormatAsUpstream draws the same random cells with CellFormat
// and with v0.12.0's (cellFormatUpstream) on two documents: every page,
// the used runes and the whole file must be the same bytes. Needs
// LiberationSerif-Regular.ttf (fonts-liberation2), else it skips.
func TestCellFormatAsUpstream(t *testing.T) {
	font := liberationSerif(t)
	doc := func() *Fpdf {
		pdf := New("L", "mm", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC))
		pdf.SetAutoPageBreak(false, 0)
		pdf.AddUTF8FontFromBytes("serif", "", font)
		pdf.AddUTF8FontFromBytes("serif", "U", font)
		pdf.AddPage()
		return pdf
	}
	a, b := doc(), doc()
	rng := rand.New(rand.NewSource(8))
	aligns := []string{"", "L", "C", "R", "J", "LT", "CB", "RA", "JM"}
	borders := []string{"", "1", "0", "L", "TB", "lrtb"}
	for i := range 3000 {
		style := []string{"", "U", "S", "US"}[rng.Intn(4)]
		size := float64(8 + rng.Intn(8))
		red, margin := rng.Intn(3) == 0, float64(rng.Intn(3))
		w, h := float64(rng.Intn(120)), float64(rng.Intn(12))
		txt := randomText(rng, rng.Intn(12))
		align, border := aligns[rng.Intn(len(aligns))], borders[rng.Intn(len(borders))]
		fill, ln := rng.Intn(4) == 0, rng.Intn(3)
		x, y := float64(rng.Intn(250)), float64(rng.Intn(190))
		ws := rng.Intn(5) == 0
		for k, f := range []*Fpdf{a, b} {
			f.SetFont("serif", style, size)
			if red {
				f.SetTextColor(200, 0, 0)
			} else {
				f.SetTextColor(0, 0, 0)
			}
			f.SetCellMargin(margin)
			f.ws = 0
			if ws {
				f.ws = 0.5
			}
			f.SetXY(x, y)
			if k == 0 {
				f.CellFormat(w, h, txt, border, ln, align, fill, 0, "")
			} else {
				f.cellFormatUpstream(w, h, txt, border, ln, align, fill, 0, "")
			}
		}
		if !bytes.Equal(a.pages[a.page].Bytes(), b.pages[b.page].Bytes()) {
			t.Fatalf("cell %d (%q, align %q, border %q): page differs from upstream's:\n%q\n%q", i, txt, align, border,
				tail(a.pages[a.page].Bytes()), tail(b.pages[b.page].Bytes()))
		}
		if a.GetX() != b.GetX() || a.GetY() != b.GetY() {
			t.Fatalf("cell %d: position (%v, %v), upstream (%v, %v)", i, a.GetX(), a.GetY(), b.GetX(), b.GetY())
		}
		if i%500 == 499 {
			a.AddPage()
			b.AddPage()
		}
	}
	for key, fa := range a.fonts {
		if !reflect.DeepEqual(fa.usedRunes, b.fonts[key].usedRunes) {
			t.Errorf("font %s: used runes differ from upstream's", key)
		}
	}
	var pa, pb bytes.Buffer
	if err := a.Output(&pa); err != nil {
		t.Fatal(err)
	}
	if err := b.Output(&pb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pa.Bytes(), pb.Bytes()) {
		t.Error("the documents differ")
	}
}

// tail is the last 300 bytes of a page.
func tail(b []byte) []byte { return b[max(0, len(b)-300):] }

// cellFormatUpstream is v0.12.0's CellFormat, kept to check the patched one
// against.
func (f *Fpdf) cellFormatUpstream(w, h float64, txtStr, borderStr string, ln int,
	alignStr string, fill bool, link int, linkStr string) {
	// dbg("CellFormat. h = %.2f, borderStr = %s", h, borderStr)
	if f.err != nil {
		return
	}

	if f.currentFont.Name == "" {
		f.err = fmt.Errorf("font has not been set; unable to render text")
		return
	}

	borderStr = strings.ToUpper(borderStr)
	k := f.k
	if f.y+h > f.pageBreakTrigger && !f.inHeader && !f.inFooter && f.acceptPageBreak() {
		// Automatic page break
		x := f.x
		ws := f.ws
		// dbg("auto page break, x %.2f, ws %.2f", x, ws)
		if ws > 0 {
			f.ws = 0
			f.out("0 Tw")
		}
		f.AddPageFormat(f.curOrientation, f.curPageSize)
		if f.err != nil {
			return
		}
		f.x = x
		if ws > 0 {
			f.ws = ws
			// f.outf("%.3f Tw", ws*k)
			f.putF64(ws*k, 3)
			f.put(" Tw\n")
		}
	}
	if w == 0 {
		w = f.w - f.rMargin - f.x
	}
	var s fmtBuffer
	if h > 0 && (fill || borderStr == "1") {
		var op string
		if fill {
			if borderStr == "1" {
				op = "B"
				// dbg("border is '1', fill")
			} else {
				op = "f"
				// dbg("border is empty, fill")
			}
		} else {
			// dbg("border is '1', no fill")
			op = "S"
		}
		/// dbg("(CellFormat) f.x %.2f f.k %.2f", f.x, f.k)
		s.printf("%.2f %.2f %.2f %.2f re %s ", f.x*k, (f.h-f.y)*k, w*k, -h*k, op)
	}
	if len(borderStr) > 0 && borderStr != "1" {
		// fmt.Printf("border is '%s', no fill\n", borderStr)
		x := f.x
		y := f.y
		left := x * k
		top := (f.h - y) * k
		right := (x + w) * k
		bottom := (f.h - (y + h)) * k
		if strings.Contains(borderStr, "L") {
			s.printf("%.2f %.2f m %.2f %.2f l S ", left, top, left, bottom)
		}
		if strings.Contains(borderStr, "T") {
			s.printf("%.2f %.2f m %.2f %.2f l S ", left, top, right, top)
		}
		if strings.Contains(borderStr, "R") {
			s.printf("%.2f %.2f m %.2f %.2f l S ", right, top, right, bottom)
		}
		if strings.Contains(borderStr, "B") {
			s.printf("%.2f %.2f m %.2f %.2f l S ", left, bottom, right, bottom)
		}
	}
	if len(txtStr) > 0 {
		var dx, dy float64
		// Horizontal alignment
		switch {
		case strings.Contains(alignStr, "R"):
			dx = w - f.cMargin - f.GetStringWidth(txtStr)
		case strings.Contains(alignStr, "C"):
			dx = (w - f.GetStringWidth(txtStr)) / 2
		default:
			dx = f.cMargin
		}

		// Vertical alignment
		switch {
		case strings.Contains(alignStr, "T"):
			dy = (f.fontSize - h) / 2.0
		case strings.Contains(alignStr, "B"):
			dy = (h - f.fontSize) / 2.0
		case strings.Contains(alignStr, "A"):
			var descent float64
			d := f.currentFont.Desc
			if d.Descent == 0 {
				// not defined (standard font?), use average of 19%
				descent = -0.19 * f.fontSize
			} else {
				descent = float64(d.Descent) * f.fontSize / float64(d.Ascent-d.Descent)
			}
			dy = (h-f.fontSize)/2.0 - descent
		default:
			dy = 0
		}
		if f.colorFlag {
			s.printf("q %s ", f.color.text.str)
		}
		//If multibyte, Tw has no effect - do word spacing using an adjustment before each space
		if (f.ws != 0 || alignStr == "J") && f.isCurrentUTF8 { // && f.ws != 0
			if f.isRTL {
				txtStr = reverseText(txtStr)
			}
			wmax := int(math.Ceil((w - 2*f.cMargin) * 1000 / f.fontSize))
			for _, uni := range txtStr {
				f.currentFont.usedRunes[int(uni)] = int(uni)
			}
			space := f.escape(utf8toutf16(" ", false))
			strSize := f.GetStringSymbolWidth(txtStr)
			s.printf("BT 0 Tw %.2f %.2f Td [", (f.x+dx)*k, (f.h-(f.y+.5*h+.3*f.fontSize))*k)
			t := strings.Split(txtStr, " ")
			shift := float64((wmax - strSize)) / float64(len(t)-1)
			numt := len(t)
			for i := range numt {
				tx := t[i]
				tx = "(" + f.escape(utf8toutf16(tx, false)) + ")"
				s.printf("%s ", tx)
				if (i + 1) < numt {
					s.printf("%.3f(%s) ", -shift, space)
				}
			}
			s.printf("] TJ ET")
		} else {
			var txt2 string
			if f.isCurrentUTF8 {
				if f.isRTL {
					txtStr = reverseText(txtStr)
				}
				txt2 = f.escape(utf8toutf16(txtStr, false))
				for _, uni := range txtStr {
					f.currentFont.usedRunes[int(uni)] = int(uni)
				}
			} else {

				txt2 = strings.Replace(txtStr, "\\", "\\\\", -1)
				txt2 = strings.Replace(txt2, "(", "\\(", -1)
				txt2 = strings.Replace(txt2, ")", "\\)", -1)
			}
			bt := (f.x + dx) * k
			td := (f.h - (f.y + dy + .5*h + .3*f.fontSize)) * k
			s.printf("BT %.2f %.2f Td (%s)Tj ET", bt, td, txt2)
			//BT %.2F %.2F Td (%s) Tj ET',(f.x+dx)*k,(f.h-(f.y+.5*h+.3*f.FontSize))*k,txt2);
		}

		if f.underline {
			s.printf(" %s", f.dounderline(f.x+dx, f.y+dy+.5*h+.3*f.fontSize, txtStr))
		}
		if f.strikeout {
			s.printf(" %s", f.dostrikeout(f.x+dx, f.y+dy+.5*h+.3*f.fontSize, txtStr))
		}
		if f.colorFlag {
			s.printf(" Q")
		}
		if link > 0 || len(linkStr) > 0 {
			f.newLink(f.x+dx, f.y+dy+.5*h-.5*f.fontSize, f.GetStringWidth(txtStr), f.fontSize, link, linkStr)
		}
	}
	str := s.String()
	if len(str) > 0 {
		f.out(str)
	}
	f.lasth = h
	if ln > 0 {
		// Go to next line
		f.y += h
		if ln == 1 {
			f.x = f.lMargin
		}
	} else {
		f.x += w
	}
}

// appendF64 writes what strconv writes: random numbers of every size the
// fast path takes and past it, exact halves (x.125, x.0625), numbers a
// few ulps either side of them, negative zero, NaN and infinities.
func TestAppendF64AsStrconv(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	check := func(v float64) {
		t.Helper()
		for _, prec := range []int{2, 3} {
			if got, want := string(appendF64(nil, v, prec)), strconv.FormatFloat(v, 'f', prec, 64); got != want {
				t.Fatalf("appendF64(%v, %d) = %s, want %s", v, prec, got, want)
			}
		}
	}
	for _, v := range []float64{0, math.Copysign(0, -1), 0.005, 0.015, 0.125, -0.125, 0.0625, 2.675, 1.005, 1e7, 1e7 - 0.001, -1e7, 9999999.995,
		math.NaN(), math.Inf(1), math.Inf(-1), 0.0045, 0.0005, 123.4565, math.SmallestNonzeroFloat64, -1e-300} {
		check(v)
	}
	for range 2_000_000 {
		var v float64
		switch rng.Intn(4) {
		case 0: // page coordinates
			v = rng.Float64() * 1000
		case 1: // any size
			v = math.Pow(10, rng.Float64()*16-6)
		case 2: // halves and their neighbours
			v = float64(rng.Intn(1<<20)) / float64(int(1)<<(rng.Intn(5)+1))
			v = math.Nextafter(v, v+float64(rng.Intn(5)-2))
			for k := rng.Intn(3); k > 0; k-- {
				v = math.Nextafter(v, math.Inf(1))
			}
		default: // points from millimetres, as the pages compute them
			v = float64(rng.Intn(300000)) / 1000 * (72 / 25.4)
		}
		if rng.Intn(2) == 0 {
			v = -v
		}
		check(v)
	}
}
