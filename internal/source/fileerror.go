package source

import "errors"

// FileError is an input that cannot be read at all, and why. Error is
// "name: why" in English; the command line prints Why in the reader's
// language, after the position that already names the file.
type FileError struct {
	Name string
	Why  Msg
}

// FileErrorf makes a FileError for the file name.
func FileErrorf(name, format string, args ...any) error {
	return &FileError{Name: name, Why: Msgf(format, args...)}
}

func (e *FileError) Error() string { return e.Name + ": " + e.Why.String() }

// The texts of ErrEmpty and ErrBinary, kept for translation: the errors
// themselves stay plain values that errors.Is can compare.
var (
	emptyText  = Msgf("the file is empty: expected the text of an action programme")
	binaryText = Msgf("the file is binary, not a document baocao reads: expected a Word document (.docx, .doc), an OpenDocument text (.odt), RTF, a PDF with a text layer, or a text file")
)

// Reason is why err refused an input, without the file's name, as a
// message that can be printed in either language; false when err is not
// one of the refusals of the readers.
func Reason(err error) (Msg, bool) {
	var fe *FileError
	switch {
	case errors.Is(err, ErrEmpty):
		return emptyText, true
	case errors.Is(err, ErrBinary):
		return binaryText, true
	case errors.As(err, &fe):
		return fe.Why, true
	}
	return Msg{}, false
}
