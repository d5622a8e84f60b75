// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// putUpstream is v0.12.0's untypedKeyMap.put, kept to check that the
// faster search for the next key picks the same key.
func (pa *untypedKeyMap) putUpstream(key any, value int) {
	if key == nil {
		var i int
		for n := 0; ; n++ {
			i = pa.getIndex(n)
			if i < 0 {
				key = n
				break
			}
		}
		pa.keySet = append(pa.keySet, key)
		pa.valueSet = append(pa.valueSet, value)
	} else {
		i := pa.getIndex(key)
		if i < 0 {
			pa.keySet = append(pa.keySet, key)
			pa.valueSet = append(pa.valueSet, value)
		} else {
			pa.valueSet[i] = value
		}
	}
}

// TestPutPicksUpstreamKey runs the operations generateCIDFontMap and
// arrayMerge use, at random, on two maps, one filled by put and one by
// putUpstream, and compares them after every step.
func TestPutPicksUpstreamKey(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 300; round++ {
		a, b := &untypedKeyMap{}, &untypedKeyMap{}
		for step := 0; step < 200; step++ {
			v := rng.Intn(5)
			switch op := rng.Intn(10); {
			case op < 5:
				a.put(nil, v)
				b.putUpstream(nil, v)
			case op == 5:
				a.put("interval", v)
				b.putUpstream("interval", v)
			case op == 6:
				a.delete("interval")
				b.delete("interval")
			case op == 7 && len(a.keySet) > 0:
				a.pop()
				b.pop()
			case op == 8:
				k := rng.Intn(len(a.keySet) + 2)
				a.delete(k)
				b.delete(k)
			case op == 9:
				k := rng.Intn(len(a.keySet) + 2)
				a.put(k, v)
				b.putUpstream(k, v)
			}
			if !reflect.DeepEqual(a.keySet, b.keySet) || !reflect.DeepEqual(a.valueSet, b.valueSet) {
				t.Fatalf("round %d step %d: put gives %v %v, upstream %v %v", round, step, a.keySet, a.valueSet, b.keySet, b.valueSet)
			}
		}
	}
}

func TestImplodeAsPrintf(t *testing.T) {
	for _, arr := range [][]int{nil, {}, {0}, {-3, 500, 65535}, {1, 2, 3, 4}} {
		var want fmtBuffer
		for i := 0; i < len(arr)-1; i++ {
			want.printf("%v", arr[i])
			want.printf("%s", " ")
		}
		if len(arr) > 0 {
			want.printf("%v", arr[len(arr)-1])
		}
		if got := implode(" ", arr); got != want.String() {
			t.Errorf("implode(%v) = %q, want %q", arr, got, want.String())
		}
	}
}

// TestFontIDAsUpstream checks generateFontID, which hashes the width table
// without encoding/json, against v0.12.0's json.Marshal and SHA-1.
func TestFontIDAsUpstream(t *testing.T) {
	upstream := func(fdt fontDefType) string {
		fdt.File = ""
		b, err := json.Marshal(&fdt)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%x", sha1.Sum(b))
	}
	rng := rand.New(rand.NewSource(2))
	big := make([]int, 256*256)
	for i := range big {
		if rng.Intn(20) == 0 {
			big[i] = rng.Intn(70000) - 10
		}
	}
	for _, def := range []fontDefType{
		{Tp: "UTF8", Name: "liberationserif", Cw: big, Desc: FontDescType{Ascent: 891, MissingWidth: 365}},
		{Tp: "TrueType", Name: `odd"Cw":null`, Cw: []int{0, 1, 250, 65535}},
		{Tp: "Core", Name: "empty", Cw: []int{}},
		{Tp: "Core", Name: "nil"},
	} {
		got, err := generateFontID(def)
		if err != nil {
			t.Fatal(err)
		}
		if want := upstream(def); got != want {
			t.Errorf("%s: font ID %s, upstream %s", def.Name, got, want)
		}
	}
}

// TestSubsetCacheSurvivesEncryption writes the same text three times with
// one font from the cache, the second time encrypted: putstream encrypts
// in place, so the shared subset streams must reach it as copies, and the
// third document must be the first again.
func TestSubsetCacheSurvivesEncryption(t *testing.T) {
	var font []byte
	for _, dir := range []string{"/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"} {
		if b, err := os.ReadFile(filepath.Join(dir, "LiberationSerif-Regular.ttf")); err == nil {
			font = b
			break
		}
	}
	if font == nil {
		t.Skip("LiberationSerif-Regular.ttf not found (Debian package fonts-liberation2)")
	}
	write := func(protect bool) []byte {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC))
		pdf.SetCompression(false)
		if protect {
			pdf.SetProtection(CnProtectPrint, "user", "owner")
		}
		pdf.AddUTF8FontFromBytes("serif", "", font)
		pdf.AddPage()
		pdf.SetFont("serif", "", 12)
		pdf.Cell(0, 10, "Chương trình hành động số 07-CTr/TU")
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := write(false)
	write(true)
	if again := write(false); !bytes.Equal(first, again) {
		t.Error("a document after an encrypted one differs from the same document before it")
	}
}
