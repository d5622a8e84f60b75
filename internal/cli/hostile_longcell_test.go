package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Case 9 of issue 9: a title over 32,767 characters was cut in the
// workbook without a word. The annex warns, naming the line and the item.
func TestHostileLongTitleWarned(t *testing.T) {
	text := seedText(t)
	long := strings.Repeat("rất dài ", 5000) // 40,000 characters
	old := "sau khi cụ thể hóa. Sơ kết Chỉ thị số 05-CT/TW"
	i := bytes.LastIndex(text, []byte(old))
	if i < 0 {
		t.Fatal("the annex row of item 04.1 moved")
	}
	text = append(text[:i:i], append([]byte("sau khi cụ thể hóa "+long+". Sơ kết Chỉ thị số 05-CT/TW"), text[i+len(old):]...)...)
	prog := filepath.Join(t.TempDir(), "07-CTr-TU-2021.txt")
	os.WriteFile(prog, text, 0o644)
	r := cli(t, "annex", prog, "-o", t.TempDir())
	if r.code != ExitOK {
		t.Fatalf("annex: %s", r)
	}
	want := prog + ":149: warning: the title of annex row 04 has 40"
	if !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "characters; a workbook cell holds at most 32767: the workbooks show it cut") {
		t.Errorf("want %q…:\n%s", want, r.stderr)
	}
	if !strings.Contains(r.stderr, "the title of work item 04.1 has 40") {
		t.Errorf("no warning for the work item:\n%s", r.stderr)
	}
}
