package config

import (
	"bytes"
	"fmt"
)

// The folders of a workspace made by 'baocao init', relative to its baocao.toml.
const (
	WorkspaceProgrammes = "chuong-trinh" // programmes (chương trình)
	WorkspaceLedgers    = "theo-doi"     // progress ledgers (sổ theo dõi)
	WorkspaceOutput     = "output"       // documents written
)

// workspaceHeader replaces the first paragraph of the default text: it says
// what the folder is, so a clerk who opens the file knows where things go.
const workspaceHeader = `# baocao.toml — the workspace of baocao (written by 'baocao init').
#
# Every baocao command run in this folder or below it finds this file, so
# they all read the same programmes and ledgers and write to the same place:
#   chuong-trinh/   the programmes (chương trình), one file each
#   theo-doi/       their progress ledgers (sổ theo dõi), <programme>.progress.toml
#   output/         what baocao writes: output/<programme>/ (annex) and
#                   output/<programme>/<YYYY-Qn>/ (report, forms, manifest)
# --config FILE on the command line uses another file instead.
#
# Every key is optional: a key left out keeps the value shown here. Unknown
# keys, wrong types and missing files are errors naming the line, so a
# misspelt key never goes unnoticed. 'baocao config' prints the configuration
# in effect.
`

// WorkspaceTOML is the commented configuration 'baocao init' writes: the
// built-in one with paths.seeds and paths.ledgers set to the workspace's
// folders. It is made from the default text so that every key keeps its
// comment; a test loads it back.
func WorkspaceTOML() ([]byte, error) {
	text := DefaultTOML()
	// The default file's header is the paragraphs before the first table.
	i := bytes.Index(text, []byte("\n# Where baocao reads and writes."))
	if i < 0 {
		return nil, fmt.Errorf("config: the built-in text has no [paths] comment")
	}
	out := append([]byte(workspaceHeader), text[i:]...)
	for _, r := range []struct{ from, to string }{
		{`seeds = ""`, fmt.Sprintf("seeds = %q", WorkspaceProgrammes)},
		{`ledgers = ""`, fmt.Sprintf("ledgers = %q", WorkspaceLedgers)},
		{`output = "output"`, fmt.Sprintf("output = %q", WorkspaceOutput)},
	} {
		if bytes.Count(out, []byte("\n"+r.from+"\n")) != 1 {
			return nil, fmt.Errorf("config: the built-in text has no single line %s", r.from)
		}
		out = bytes.Replace(out, []byte("\n"+r.from+"\n"), []byte("\n"+r.to+"\n"), 1)
	}
	return out, nil
}
