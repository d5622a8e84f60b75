package xlsx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// convertWithLibreOffice converts a workbook to PDF with LibreOffice and
// returns the PDF's path; it skips the test only when soffice is absent.
// A private HOME and user profile let it run as root and in parallel.
// Set BAOCAO_KEEP_PDF=dir to keep the PDFs for looking at them.
func convertWithLibreOffice(t *testing.T, name string, data []byte) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice) not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, name+".xlsx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice failed: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, name+".pdf")
	st, err := os.Stat(pdf)
	if err != nil || st.Size() == 0 {
		t.Fatalf("soffice wrote no PDF for %s: %v\n%s", name, err, out)
	}
	if keep := os.Getenv("BAOCAO_KEEP_PDF"); keep != "" {
		b, _ := os.ReadFile(pdf)
		_ = os.WriteFile(filepath.Join(keep, name+".pdf"), b, 0o644)
	}
	return pdf
}
