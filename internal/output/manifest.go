package output

import (
	"encoding/json"
	"sort"
)

// ManifestName is the file each run folder's manifest is written to.
const ManifestName = "manifest.json"

// Manifest lists the files of one run folder and the inputs they came from.
// It holds no wall-clock time, so the same inputs and report date give the
// same bytes and an unchanged run leaves it untouched.
type Manifest struct {
	Tool      string  `json:"tool"`      // "baocao <version>"
	Programme string  `json:"programme"` // "07-CTr/TU"
	Date      string  `json:"date"`      // report date, 2021-06-30
	Quarter   string  `json:"quarter"`   // 2021-Q2
	Inputs    []Input `json:"inputs"`
	Files     []File  `json:"files"`
}

// Input is one file the outputs were made from.
type Input struct {
	Role   string `json:"role"` // "programme", "ledger", "office", "config", "templates"
	Path   string `json:"path"` // as given, or "bundled:…"/"built-in" for embedded inputs
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// File is one output file, relative to the manifest's folder.
type File struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// InputOf describes data read from path.
func InputOf(role, path string, data []byte) Input {
	return Input{Role: role, Path: path, Size: int64(len(data)), SHA256: Sum(data)}
}

// FilesOf turns a Writer's entries into manifest files.
func FilesOf(entries []Entry) []File {
	out := make([]File, len(entries))
	for i, e := range entries {
		out[i] = File{Path: e.Path, Size: e.Size, SHA256: e.SHA256}
	}
	return out
}

// Bytes is the manifest as indented JSON with sorted lists and a final newline.
func (m Manifest) Bytes() []byte {
	m.Inputs = append([]Input(nil), m.Inputs...)
	m.Files = append([]File(nil), m.Files...)
	sort.Slice(m.Inputs, func(i, j int) bool {
		if m.Inputs[i].Role != m.Inputs[j].Role {
			return m.Inputs[i].Role < m.Inputs[j].Role
		}
		return m.Inputs[i].Path < m.Inputs[j].Path
	})
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	if m.Inputs == nil {
		m.Inputs = []Input{}
	}
	if m.Files == nil {
		m.Files = []File{}
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		// Only strings and integers: cannot fail.
		panic(err)
	}
	return append(b, '\n')
}
