package pdf

import (
	"os"
	"testing"
	"time"
)

// FuzzPDFRead: any bytes are refused or read; Read never panics or hangs.
func FuzzPDFRead(f *testing.F) {
	for _, name := range []string{"programme.pdf", "scanned.pdf", "secret.pdf"} {
		f.Add(readFixture(f, name))
	}
	f.Add(onePage(`BT /F3 12 Tf 1 0 0 1 158 700 Tm <0010000100020003> Tj ET
0 0 m 100 0 l S 10 10 100 50 re S q 1 0 0 1 5 5 cm BT /F1 9 Tf (x) ' ET Q`, cmapVI))
	f.Add([]byte("%PDF-1.7\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// The fuzzer has no time limit per input; a hang must fail.
		hang := time.AfterFunc(10*time.Second, func() {
			os.WriteFile(os.TempDir()+"/pdf-read-hang.pdf", data, 0o644)
			panic("Read took more than 10 s (input saved as pdf-read-hang.pdf in the temp dir)")
		})
		defer hang.Stop()
		doc, _, err := Read("fuzz.pdf", data)
		if err == nil && doc == nil {
			t.Fatal("no document and no error")
		}
	})
}
