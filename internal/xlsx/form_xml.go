package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
)

// errNotXML says a part of a returned workbook is not XML a spreadsheet
// program writes: a syntax error, or a document type declaration. Excel and
// LibreOffice never write a DTD, and one is how billion-laughs (entities
// nested to expand exponentially) and XXE (an external entity naming a
// local file) forms are built; Go's XML decoder expands neither, but the
// cells they hide would read as empty and the form fail with a misleading
// "unknown work item ID".
type errNotXML struct {
	part string
	why  string
}

func (e *errNotXML) Error() string { return fmt.Sprintf("%s: %s", e.part, e.why) }

// checkXML reads every XML part of the workbook f once, as a stream, and
// returns an *errNotXML for the first one that is not well-formed XML
// without a DTD. The parts are in memory (ReadForm keeps them there), so
// this costs one pass over at most unzipSizeLimit bytes.
func checkXML(f *excelize.File) error {
	var names []string
	f.Pkg.Range(func(k, v any) bool {
		name, _ := k.(string)
		if ext := strings.ToLower(path.Ext(name)); ext == ".xml" || ext == ".rels" || ext == ".vml" {
			names = append(names, name)
		}
		return true
	})
	sort.Strings(names)
	for _, name := range names {
		v, _ := f.Pkg.Load(name)
		data, _ := v.([]byte)
		if err := checkPart(name, data); err != nil {
			return err
		}
	}
	return nil
}

func checkPart(name string, data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	// The declared encoding is not checked here: excelize reads UTF-8 only,
	// and a part in another encoding fails its own reading.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return &errNotXML{name, err.Error()}
		}
		if dir, ok := tok.(xml.Directive); ok {
			what := "a document type declaration"
			if bytes.Contains(dir, []byte("ENTITY")) {
				what = "entity declarations"
			}
			return &errNotXML{name, what + " (<!" + shorten(string(firstLine(dir))) + ">), which no spreadsheet program writes"}
		}
	}
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexAny(b, "\r\n["); i >= 0 {
		return b[:i]
	}
	return b
}

// sheetPart finds the zip part holding the sheet named name, through the
// workbook's relationships (the part names themselves are arbitrary).
func sheetPart(f *excelize.File, name string) (string, bool) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if !unmarshalPart(f, "xl/workbook.xml", &wb) || !unmarshalPart(f, "xl/_rels/workbook.xml.rels", &rels) {
		return "", false
	}
	for _, s := range wb.Sheets {
		if s.Name != name {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID != s.RID {
				continue
			}
			t := strings.TrimPrefix(r.Target, "/")
			if !strings.HasPrefix(t, "xl/") {
				t = path.Join("xl", t)
			}
			return t, true
		}
	}
	return "", false
}

func unmarshalPart(f *excelize.File, name string, v any) bool {
	b, ok := f.Pkg.Load(name)
	if !ok {
		return false
	}
	data, _ := b.([]byte)
	return xml.Unmarshal(data, v) == nil
}
