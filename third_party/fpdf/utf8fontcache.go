// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"sort"
	"sync"
)

// utf8Fonts caches what AddUTF8FontFromBytes derives from a font file: the
// parsed font and the font definition with its ID. A program that writes
// many documents with the same fonts parsed each TrueType file again for
// every document and hashed its 65,536-entry width table by JSON-encoding
// it (generateFontID), which cost more than a small document itself.
var utf8Fonts = utf8FontCache{entries: map[utf8FontKey][]*utf8FontEntry{}}

// utf8FontCacheMax bounds the cache: a program that loads ever new fonts
// starts it afresh rather than growing without end.
const utf8FontCacheMax = 64

type utf8FontCache struct {
	mu      sync.Mutex
	seed    maphash.Seed
	once    sync.Once
	entries map[utf8FontKey][]*utf8FontEntry
	n       int
}

// utf8FontKey is the font key (family and style, which are part of the
// definition and so of its ID) and fontSampleHash of the font bytes.
type utf8FontKey struct {
	fontkey string
	sum     uint64
}

// fontSampleHash hashes the length and the first and last 4 KiB of a font
// file. It only picks the bucket: a hit is confirmed by comparing all the
// bytes, so hashing them all too read every font twice per document (2% of
// the CPU of a 100-programme run).
func fontSampleHash(seed maphash.Seed, b []byte) uint64 {
	const n = 4 << 10
	var h maphash.Hash
	h.SetSeed(seed)
	var l [8]byte
	binary.LittleEndian.PutUint64(l[:], uint64(len(b)))
	h.Write(l[:])
	if len(b) <= 2*n {
		h.Write(b)
	} else {
		h.Write(b[:n])
		h.Write(b[len(b)-n:])
	}
	return h.Sum64()
}

type utf8FontEntry struct {
	data []byte      // a private copy of the font file: the caller may reuse its slice
	def  fontDefType // Name, metrics, Cw and the ID; utf8File is the parsed template
}

// load returns the font definition for fontkey and the TrueType bytes, with
// utf8File set to a copy of the parsed font of its own (GenerateCutFont
// keeps its state in the font) and usedRunes left to the caller. The
// definition's Cw is shared between documents and only ever read.
func (c *utf8FontCache) load(fontkey string, utf8Bytes []byte) (fontDefType, error) {
	e, err := c.entry(fontkey, utf8Bytes)
	if err != nil {
		return fontDefType{}, err
	}
	return e.instance(), nil
}

// entry is the cache's entry for fontkey and the TrueType bytes, made
// when there is none.
func (c *utf8FontCache) entry(fontkey string, utf8Bytes []byte) (*utf8FontEntry, error) {
	c.once.Do(func() { c.seed = maphash.MakeSeed() })
	key := utf8FontKey{fontkey, fontSampleHash(c.seed, utf8Bytes)}
	c.mu.Lock()
	for _, e := range c.entries[key] {
		if bytes.Equal(e.data, utf8Bytes) {
			c.mu.Unlock()
			return e, nil
		}
	}
	c.mu.Unlock()

	data := bytes.Clone(utf8Bytes)
	utf8File := newUTF8Font(&fileReader{readerPosition: 0, array: data})
	if err := utf8File.parseFile(); err != nil {
		return nil, err
	}
	desc := FontDescType{
		Ascent:       int(utf8File.Ascent),
		Descent:      int(utf8File.Descent),
		CapHeight:    utf8File.CapHeight,
		Flags:        utf8File.Flags,
		FontBBox:     utf8File.Bbox,
		ItalicAngle:  utf8File.ItalicAngle,
		StemV:        utf8File.StemV,
		MissingWidth: round(utf8File.DefaultWidth),
	}
	def := fontDefType{
		Tp:       "UTF8",
		Name:     fontkey,
		Desc:     desc,
		Up:       int(round(utf8File.UnderlinePosition)),
		Ut:       round(utf8File.UnderlineThickness),
		Cw:       utf8File.CharWidths,
		utf8File: utf8File,
	}
	def.i, _ = generateFontID(def)
	utf8File.cutTables = new(utf8CutTables)
	e := &utf8FontEntry{data: data, def: def}

	c.mu.Lock()
	if c.n >= utf8FontCacheMax {
		c.entries = map[utf8FontKey][]*utf8FontEntry{}
		c.n = 0
	}
	c.entries[key] = append(c.entries[key], e)
	c.n++
	c.mu.Unlock()
	return e, nil
}

// UTF8Font is a TrueType font read once, for any number of documents: a
// program that holds one adds it to each document with AddUTF8FontParsed,
// which neither reads nor compares the font's bytes again (confirming a
// hit in the cache of AddUTF8FontFromBytes compares every byte of the
// file, 1% of a batch of small documents).
type UTF8Font struct {
	fontkey string
	entry   *utf8FontEntry
}

// ParseUTF8Font reads a TrueType font for familyStr and styleStr as
// AddUTF8FontFromBytes does, through the same cache. The font keeps a
// private copy of utf8Bytes. Like AddUTF8FontFromBytes it may panic on a
// malformed font.
func ParseUTF8Font(familyStr, styleStr string, utf8Bytes []byte) (*UTF8Font, error) {
	fontkey := getFontKey(fontFamilyEscape(familyStr), styleStr)
	e, err := utf8Fonts.entry(fontkey, utf8Bytes)
	if err != nil {
		return nil, err
	}
	return &UTF8Font{fontkey: fontkey, entry: e}, nil
}

// AddUTF8FontParsed adds font to the document, as
// AddUTF8FontFromBytes(family, style, bytes) adds the font that
// ParseUTF8Font(family, style, bytes) read.
func (f *Fpdf) AddUTF8FontParsed(font *UTF8Font) {
	if f.err != nil {
		return
	}
	if _, ok := f.fonts[font.fontkey]; ok {
		return
	}
	f.addUTF8Def(font.fontkey, font.entry.instance())
}

// instance is the entry's definition with a parsed font of its own: a
// shallow copy of the template with its own reader. GenerateCutFont
// replaces every map and slice it writes before writing it, so the copies
// share only what is never written after parsing, and the cut tables,
// which are written once and then only read.
func (e *utf8FontEntry) instance() fontDefType {
	def := e.def
	u := *e.def.utf8File
	u.fileReader = &fileReader{readerPosition: 0, array: e.data}
	def.utf8File = &u
	return def
}

// utf8CutTables are the tables GenerateCutFont reads from the font before
// it picks the glyphs a document uses: the cmap both ways and the glyph
// offsets. They depend on the font alone; building the cmap
// dictionaries was most of the cost of subsetting a font for each document.
type utf8CutTables struct {
	once                 sync.Once
	symbolCharDictionary map[int][]int // nil: the font has no Unicode cmap
	charSymbolDictionary map[int]int
	symbolPosition       []int

	subsetMu    sync.Mutex
	subsets     map[string]*utf8Subset // by utf8SubsetKey of the runes used
	subsetBytes int
}

// fill reads the tables as GenerateCutFont did for every document.
func (t *utf8CutTables) fill(utf *utf8FontFile, numSymbols, locaFormat int) {
	var scd map[int][]int
	if p := utf.parsedCMAP; p != nil {
		// parseFile found the same subtable generateCMAP looks for (the
		// first format 4 one for Unicode) and read it the same way.
		scd, utf.charSymbolDictionary = p.symbolChar, p.charSymbol
	} else if scd = utf.generateCMAP(); scd == nil {
		return
	}
	// Upstream also rebuilt the width table here (parseHMTXTable at scale
	// 1.0, a 65,536-entry slice), but only AddUTF8FontFromBytes reads
	// CharWidths and DefaultWidth, before any cut, so a cached font skips
	// it: 3.5% of the CPU of a process writing one document.
	utf.parseLOCATable(locaFormat, numSymbols)
	t.symbolCharDictionary = scd
	t.charSymbolDictionary = utf.charSymbolDictionary
	t.symbolPosition = utf.symbolPosition
}

// parsedCMAP is the cmap parseFile read, both ways.
type parsedCMAP struct {
	symbolChar map[int][]int
	charSymbol map[int]int
}

// utf8Subset is what putfonts writes for a UTF-8 font that depends on the
// runes a document uses: the /W array, and the CIDToGIDMap and font file
// streams, compressed. Cutting the font and compressing the two streams
// was a fifth of the CPU of a batch of small documents, most of which use
// a rune set an earlier document used already.
type utf8Subset struct {
	widths      string // "/W [...]"
	cidToGidMap []byte // compressed
	fontFile    []byte // compressed
	fontLength  int    // Length1: the font file's size uncompressed
}

// utf8SubsetCacheMax bounds the compressed bytes kept per font; past it
// the font's subsets start afresh.
const utf8SubsetCacheMax = 16 << 20

// cachedUTF8Subset returns the subset of font for its usedRunes (rune 0 already
// removed): from the font's cut tables when a document used the same runes
// before, else cut and compressed as upstream's putfonts does.
func cachedUTF8Subset(font *fontDefType) *utf8Subset {
	t := font.utf8File.cutTables
	if t == nil {
		return cutUTF8Subset(font)
	}
	key := utf8SubsetKey(font.usedRunes)
	t.subsetMu.Lock()
	s, ok := t.subsets[key]
	t.subsetMu.Unlock()
	if ok {
		return s
	}
	s = cutUTF8Subset(font)
	t.subsetMu.Lock()
	if t.subsets == nil || t.subsetBytes > utf8SubsetCacheMax {
		t.subsets = map[string]*utf8Subset{}
		t.subsetBytes = 0
	}
	t.subsets[key] = s
	t.subsetBytes += len(key) + len(s.widths) + len(s.cidToGidMap) + len(s.fontFile)
	t.subsetMu.Unlock()
	return s
}

// utf8SubsetKey is the used runes with their values (fpdf marks the
// first runes of every font as used with the value 0, which the subset
// reads), sorted, as bytes.
func utf8SubsetKey(usedRunes map[int]int) string {
	keys := make([]int, 0, len(usedRunes))
	for r := range usedRunes {
		keys = append(keys, r)
	}
	sort.Ints(keys)
	b := make([]byte, 0, 4*len(keys))
	for _, r := range keys {
		b = binary.AppendVarint(b, int64(r))
		b = binary.AppendVarint(b, int64(usedRunes[r]))
	}
	return string(b)
}

// cutUTF8Subset is the part of upstream's putfonts that depends on the
// runes used, in its order.
func cutUTF8Subset(font *fontDefType) *utf8Subset {
	stream := font.utf8File.GenerateCutFont(font.usedRunes)
	s := &utf8Subset{fontLength: len(stream)}
	codeSignDictionary := font.utf8File.CodeSymbolDictionary
	delete(codeSignDictionary, 0)
	s.widths = generateCIDFontMap(font, font.utf8File.LastRune)

	cidToGidMap := make([]byte, 256*256*2)
	for cc, glyph := range codeSignDictionary {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	mem := xmem.compress(cidToGidMap)
	s.cidToGidMap = mem.copy()
	mem.release()

	mem = xmem.compress(stream)
	s.fontFile = mem.copy()
	mem.release()
	return s
}
