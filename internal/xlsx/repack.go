package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"sort"

	"github.com/xuri/excelize/v2"
)

// writeRepeatable writes the workbook so that the same content always gives
// the same bytes. excelize writes streamed sheets in map order and lists
// the image content types of a drawing in map order, so the package is
// re-packed: entries sorted by name ([Content_Types].xml first, as Office
// does), their compressed bytes copied as they are, and the content-type
// list sorted.
func writeRepeatable(f *excelize.File, w io.Writer) error {
	buf, err := f.WriteToBuffer()
	if err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return err
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if (a == contentTypes) != (b == contentTypes) {
			return a == contentTypes
		}
		return a < b
	})
	zw := zip.NewWriter(w)
	for _, zf := range files {
		if zf.Name == contentTypes {
			if err := copyContentTypes(zw, zf); err != nil {
				return err
			}
			continue
		}
		raw, err := zf.OpenRaw()
		if err != nil {
			return err
		}
		dst, err := zw.CreateRaw(&zf.FileHeader)
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, raw); err != nil {
			return err
		}
	}
	return zw.Close()
}

const contentTypes = "[Content_Types].xml"

var (
	defaultType  = regexp.MustCompile(`<Default [^>]*>(?:</Default>)?`)
	overrideType = regexp.MustCompile(`<Override [^>]*>(?:</Override>)?`)
)

// copyContentTypes rewrites [Content_Types].xml with its Default and
// Override elements sorted.
func copyContentTypes(zw *zip.Writer, zf *zip.File) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	x, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	x = sortElements(x, defaultType)
	x = sortElements(x, overrideType)
	dst, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	_, err = dst.Write(x)
	return err
}

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
