package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"baocao/internal/report"
)

// node is an XML element read back from a part, by local names: the tests
// look at the document's structure, not at how it spells namespaces.
type node struct {
	name     string
	attr     map[string]string
	children []*node
	text     string // character data directly inside
}

// parseXML reads a part into a tree; a part that is not well-formed XML fails the test.
func parseXML(t *testing.T, name string, data []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{name: "#root"}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			n := &node{name: tk.Name.Local, attr: map[string]string{}}
			for _, a := range tk.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			stack[len(stack)-1].text += string(tk)
		}
	}
	return root
}

// all returns every element named name below n, in document order.
func (n *node) all(name string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name == name {
			out = append(out, c)
		}
		out = append(out, c.all(name)...)
	}
	return out
}

// child is n's first direct child named name, or nil.
func (n *node) child(name string) *node {
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

// has reports an element named name anywhere below n.
func (n *node) has(name string) bool { return len(n.all(name)) > 0 }

// plain is the text of n's w:t elements, with w:br as a line feed.
func (n *node) plain() string {
	var b strings.Builder
	var walk func(*node)
	walk = func(m *node) {
		switch m.name {
		case "t":
			b.WriteString(m.text)
		case "br":
			b.WriteString("\n")
		case "tab":
			b.WriteString("\t")
		}
		for _, c := range m.children {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// unzip returns every part of a .docx.
func unzip(t *testing.T, data []byte) (map[string][]byte, []*zip.File) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip archive: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = b
	}
	return parts, zr.File
}

// render writes r with default options and returns its parts, each
// checked to be well-formed.
func render(t *testing.T, rep *report.Report) (map[string]*node, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := Report(&b, rep, Options{}); err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, b.Bytes())
	out := map[string]*node{}
	for name, data := range parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			out[name] = parseXML(t, name, data)
		}
	}
	return out, b.Bytes()
}
