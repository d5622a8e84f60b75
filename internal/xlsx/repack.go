package xlsx

import (
	"bytes"
	"io"
	"regexp"
	"sort"
	"sync"

	"github.com/xuri/excelize/v2"
)

// writeEdited writes the workbook so that the same content always gives
// the same bytes: the archive is written by sortedZip, parts in name order
// and the content-type list sorted. Rows written by fastRows go in first,
// then edit is applied to the parts, for what excelize cannot write
// (edgeSeries); edit may be nil.
func writeEdited(f *excelize.File, w io.Writer, edit func(parts map[string][]byte)) error {
	splices := rowSplices.take(f)
	parts, err := collectParts(f)
	if err != nil {
		return err
	}
	if err := applySplices(parts, splices); err != nil {
		return err
	}
	if edit != nil {
		edit(parts)
	}
	return writeParts(w, parts)
}

const contentTypes = "[Content_Types].xml"

var (
	defaultType  = regexp.MustCompile(`<Default [^>]*>(?:</Default>)?`)
	overrideType = regexp.MustCompile(`<Override [^>]*>(?:</Override>)?`)
)

// sortedContentTypes returns the content-type list with its Default and
// Override elements sorted. The list is the same in every workbook of a
// kind, so the sorted lists are remembered (at most sortedTypesMax of
// them, then afresh) instead of running the regular expressions over each.
func sortedContentTypes(x []byte) []byte {
	sortedTypes.Lock()
	out, ok := sortedTypes.m[string(x)]
	sortedTypes.Unlock()
	if ok {
		return out
	}
	out = sortElements(sortElements(x, defaultType), overrideType)
	sortedTypes.Lock()
	defer sortedTypes.Unlock()
	if len(sortedTypes.m) >= sortedTypesMax {
		clear(sortedTypes.m)
	}
	sortedTypes.m[string(x)] = bytes.Clone(out)
	return out
}

var sortedTypes = struct {
	sync.Mutex
	m map[string][]byte
}{m: map[string][]byte{}}

const sortedTypesMax = 64

// sortElements sorts the contiguous run of elements re matches.
func sortElements(x []byte, re *regexp.Regexp) []byte {
	locs := re.FindAllIndex(x, -1)
	if len(locs) < 2 {
		return x
	}
	start, end := locs[0][0], locs[len(locs)-1][1]
	elems := make([]string, len(locs))
	total := 0
	for i, l := range locs {
		elems[i] = string(x[l[0]:l[1]])
		total += l[1] - l[0]
	}
	if total != end-start { // not contiguous: leave as written
		return x
	}
	sort.Strings(elems)
	out := make([]byte, 0, len(x))
	out = append(out, x[:start]...)
	for _, e := range elems {
		out = append(out, e...)
	}
	return append(out, x[end:]...)
}
