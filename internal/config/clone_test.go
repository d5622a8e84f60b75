package config

import (
	"reflect"
	"testing"
)

// clone copies the one slice and shares the key index; any other field
// holding a reference (slice, map, pointer) would be shared between the
// copies Default and Load hand out, so a new one must be added to clone
// and here.
func TestCloneSharesNothing(t *testing.T) {
	handled := map[string]bool{"Recipients.List": true, "keys": true}
	var walk func(prefix string, typ reflect.Type)
	walk = func(prefix string, typ reflect.Type) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			path := prefix + f.Name
			if handled[path] {
				continue
			}
			switch f.Type.Kind() {
			case reflect.String, reflect.Bool, reflect.Int, reflect.Int64, reflect.Float64:
			case reflect.Struct:
				walk(path+".", f.Type)
			default:
				t.Errorf("Config.%s is a %s: clone would share it; copy it in clone and list it here", path, f.Type)
			}
		}
	}
	walk("", reflect.TypeOf(Config{}))
}

// Callers change the configuration they get (tests, the report's options):
// the next caller must still get the built-in values.
func TestDefaultIsAFreshCopy(t *testing.T) {
	a := Default()
	want := *Default()
	wantList := append([]string(nil), a.Recipients.List...)
	a.Signer.Name = "changed"
	a.Page.BodySize = 99
	a.Recipients.List[0] = "changed"
	a.Recipients.List = append(a.Recipients.List, "added")
	b := Default()
	if b.Signer.Name != want.Signer.Name || b.Page.BodySize != want.Page.BodySize ||
		!reflect.DeepEqual(b.Recipients.List, wantList) {
		t.Errorf("Default after a caller changed its copy: signer %q, body size %g, recipients %q",
			b.Signer.Name, b.Page.BodySize, b.Recipients.List)
	}
}

// Load remembers its last result: the same name and text give equal
// configurations that do not share what a caller changes, and another name
// or text is read afresh.
func TestLoadAgainIsAFreshCopy(t *testing.T) {
	text := []byte("[signer]\nname = \"Nguyễn Văn A\"\n[recipients]\nlist = [\"Ban Thường vụ\", \"Lưu VT\"]\n")
	a, err := Load("a/baocao.toml", text)
	if err != nil {
		t.Fatal(err)
	}
	a.Signer.Name = "changed"
	a.Recipients.List[0] = "changed"
	b, err := Load("a/baocao.toml", text)
	if err != nil {
		t.Fatal(err)
	}
	if b.Signer.Name != "Nguyễn Văn A" || b.Recipients.List[0] != "Ban Thường vụ" || b.Dir != "a" {
		t.Errorf("second Load: signer %q, recipients %q, dir %q", b.Signer.Name, b.Recipients.List, b.Dir)
	}
	c, err := Load("c/baocao.toml", text)
	if err != nil || c.Name != "c/baocao.toml" || c.Dir != "c" {
		t.Errorf("the same text under another name: %v, name %q, dir %q", err, c.Name, c.Dir)
	}
	text[len("[signer]\nname = \"")] = 'X' // the caller reuses its buffer
	d, err := Load("c/baocao.toml", text)
	if err != nil || d.Signer.Name == "Nguyễn Văn A" {
		t.Errorf("changed text under the same name: %v, signer %q", err, d.Signer.Name)
	}
	if _, err := Load("c/baocao.toml", []byte("[signer]\nnmae = 1\n")); err == nil {
		t.Error("a bad file after a good one loads")
	}
}
