package cli

import (
	"errors"
	"io/fs"
	"testing"

	"baocao/internal/i18n"
)

// TestLocalizeTranslatesWrappedAndJoinedErrors: the translation reaches a
// message however it was wrapped, and the wrapped error stays findable.
func TestLocalizeTranslatesWrappedAndJoinedErrors(t *testing.T) {
	vi, en := i18n.New(i18n.Vietnamese), i18n.New(i18n.English)
	err := withCode(ExitWrite, trWrapf(fs.ErrPermission, "%s: report PDF", "a.txt"))
	if !errors.Is(err, fs.ErrPermission) {
		t.Error("trWrapf hides the wrapped error")
	}
	if got := localize(vi, err); got != "a.txt: tệp PDF báo cáo: permission denied" {
		t.Errorf("Vietnamese: %q", got)
	}
	if got := localize(en, err); got != "a.txt: report PDF: permission denied" {
		t.Errorf("English: %q", got)
	}
	joined := invalidErrorf("cannot read programme %v", &inputError{"d", trErrorf("not a regular file (%s): expected a %s file", word("a folder"), programmeInput.what)})
	if got := localize(vi, joined); got != "không đọc được chương trình d: không phải tệp thông thường (là một thư mục): cần một tệp chương trình" {
		t.Errorf("an error argument: %q", got)
	}
	capped := errors.Join(errors.New("x.txt:1:1: error: e"), trErrorf("%s: … and %d more", "x.txt", 1234))
	if got := localize(vi, capped); got != "x.txt:1:1: error: e\nx.txt: … và 1234 vấn đề khác" {
		t.Errorf("joined: %q", got)
	}
}
