package xlsx

import (
	"io"
	"regexp"
	"sort"

	"github.com/xuri/excelize/v2"
)

// writeRepeatable writes the workbook so that the same content always gives
// the same bytes: the archive is written by sortedZip, parts in name order
// and the content-type list sorted. Rows written by fastRows go in first.
func writeRepeatable(f *excelize.File, w io.Writer) error { return writeEdited(f, w, nil) }

// writeEdited is writeRepeatable with edit applied to the parts first, for
// what excelize cannot write (edgeSeries).
func writeEdited(f *excelize.File, w io.Writer, edit func(parts map[string][]byte)) error {
	splices := rowSplices.take(f)
	if len(splices) == 0 && edit == nil {
		f.SetZipWriter(newSortedZip)
		_, err := f.WriteTo(w)
		return err
	}
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
