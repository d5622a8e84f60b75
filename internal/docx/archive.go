package docx

import (
	"archive/zip"
	"io"
	"sort"
	"time"
)

// epoch is every part's modification time. Word ignores it; a fixed value
// keeps the same report in the same bytes, so the bundled programme's
// outputs can be pinned by hash and a re-run shows no change.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// writeArchive writes parts as a zip archive, [Content_Types].xml first (as
// Office does; some readers sniff it) and the rest in name order.
func writeArchive(w io.Writer, parts map[string]string) error {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if (a == contentTypesPart) != (b == contentTypesPart) {
			return a == contentTypesPart
		}
		return a < b
	})
	zw := zip.NewWriter(w)
	for _, n := range names {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: epoch})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, parts[n]); err != nil {
			return err
		}
	}
	return zw.Close()
}
