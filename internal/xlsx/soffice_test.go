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
func convertWithLibreOffice(t *testing.T, name string, data []byte) string {
	t.Helper()
	return libreOffice(t, name, data, "pdf", "pdf")
}

// libreOffice converts a workbook with LibreOffice to the target
// (--convert-to argument) and returns the output's path.
// A private HOME and user profile let it run as root and in parallel.
// Set BAOCAO_KEEP_PDF=dir to keep the PDFs for looking at them.
func libreOffice(t *testing.T, name string, data []byte, target, ext string) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice) not installed")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	in := filepath.Join(dir, name+".xlsx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", target, "--outdir", out, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	log, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice failed: %v\n%s", err, log)
	}
	result := filepath.Join(out, name+"."+ext)
	st, err := os.Stat(result)
	if err != nil || st.Size() == 0 {
		t.Fatalf("soffice wrote no %s for %s: %v\n%s", ext, name, err, log)
	}
	if keep := os.Getenv("BAOCAO_KEEP_PDF"); keep != "" {
		b, _ := os.ReadFile(result)
		_ = os.WriteFile(filepath.Join(keep, name+"."+ext), b, 0o644)
	}
	return result
}
