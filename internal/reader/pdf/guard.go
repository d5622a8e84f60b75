package pdf

import (
	"bytes"
	"errors"
	"strconv"

	"baocao/internal/lazyre"
)

// The library trusts the numbers in a file's cross-reference data: it
// allocates a table of /Size entries (or up to an xref subsection's first
// number) at once, follows /Prev links without remembering where it has
// been, and reads /N entries of an object stream however few there are.
// A hostile file could exhaust memory, which no recover catches, or loop
// forever. guard checks those numbers in the file's text first.

var (
	sizeEntry = lazyre.New(`/(?:Size|N)\s+(\d+)`)
	prevEntry = lazyre.New(`/Prev\s+(\d+)`)
	startxref = lazyre.New(`startxref\s+(\d+)`)
)

// maxObjects bounds any object count the file states, given its size:
// an object takes a few bytes at least, and compressed object streams
// gain perhaps a hundredfold.
func maxObjects(size int) int64 { return int64(size)*100 + 10_000 }

var errHostile = errors.New("its cross-reference data states impossible sizes or loops")

func guard(data []byte) error {
	limit := maxObjects(len(data))
	for _, m := range sizeEntry().FindAllSubmatch(data, -1) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > limit {
			return errHostile
		}
	}
	// Cross-reference table subsections: "start count" lines after "xref".
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte("xref"))
		if i < 0 {
			break
		}
		off += i + 4
		if off < len(data) && (data[off] == '\n' || data[off] == '\r' || data[off] == ' ') {
			if !subsectionsSane(data[off:], limit) {
				return errHostile
			}
		}
	}
	// The /Prev chain from the last startxref must not come back.
	ms := startxref().FindAllSubmatch(data, -1)
	if len(ms) == 0 {
		return nil
	}
	at, _ := strconv.ParseInt(string(ms[len(ms)-1][1]), 10, 64)
	seen := map[int64]bool{}
	for steps := 0; at > 0 && at < int64(len(data)); steps++ {
		if seen[at] || steps > 1000 {
			return errHostile
		}
		seen[at] = true
		// This section's trailer (or xref stream dictionary) ends before
		// the next startxref or the next stream's data.
		rest := data[at:]
		end := len(rest)
		for _, stop := range [][]byte{[]byte("startxref"), []byte("stream")} {
			if j := bytes.Index(rest, stop); j >= 0 && j < end {
				end = j
			}
		}
		m := prevEntry().FindSubmatch(rest[:end])
		if m == nil {
			break
		}
		at, _ = strconv.ParseInt(string(m[1]), 10, 64)
	}
	return nil
}

// subsectionsSane reads the "start count" headers of one xref table.
func subsectionsSane(b []byte, limit int64) bool {
	fields := bytes.Fields(b[:min(len(b), 1<<20)])
	for i := 0; i+1 < len(fields); {
		if string(fields[i]) == "trailer" {
			return true
		}
		start, err1 := strconv.ParseInt(string(fields[i]), 10, 64)
		count, err2 := strconv.ParseInt(string(fields[i+1]), 10, 64)
		if err1 != nil || err2 != nil {
			return true // not a table after all ("startxref", a name)
		}
		if start < 0 || count < 0 || start+count > limit {
			return false
		}
		i += 2 + 3*int(min(count, int64(len(fields))))
	}
	return true
}
