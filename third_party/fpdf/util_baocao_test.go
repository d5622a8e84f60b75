// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"testing"
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
