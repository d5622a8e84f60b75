package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestWorkspaceTOMLLoadsWithTheWorkspaceFolders(t *testing.T) {
	text, err := WorkspaceTOML()
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join("office", "baocao.toml")
	c, err := Load(name, text)
	if err != nil {
		t.Fatalf("the workspace configuration does not load: %v\n%s", err, text)
	}
	if got, want := c.Resolve(c.Paths.Seeds), filepath.Join("office", WorkspaceProgrammes); got != want {
		t.Errorf("paths.seeds resolves to %q, want %q", got, want)
	}
	if got, want := c.Resolve(c.Paths.Ledgers), filepath.Join("office", WorkspaceLedgers); got != want {
		t.Errorf("paths.ledgers resolves to %q, want %q", got, want)
	}
	if got, want := c.Resolve(c.Paths.Output), filepath.Join("office", WorkspaceOutput); got != want {
		t.Errorf("paths.output resolves to %q, want %q", got, want)
	}
	// Everything else is the default, comments included.
	d := Default()
	if c.Issuer != d.Issuer || c.Review != d.Review {
		t.Errorf("keys outside [paths] differ from the defaults")
	}
	for _, want := range []string{"chuong-trinh/", "theo-doi/", "# Where baocao reads and writes.", "# The signature block"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the workspace configuration lacks %q", want)
		}
	}
}
