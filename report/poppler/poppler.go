// Package poppler runs Debian's poppler-utils (pdftotext, pdftoppm,
// pdfinfo) for tests that read dipstat's PDFs back: their text as a
// reader's tools extract it, their pages as a viewer draws them.
package poppler

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Tool is the path of poppler's program name ("pdftotext", "pdftoppm",
// "pdfinfo"). Without it t is skipped with a note saying what to install,
// except under CI (CI=true), where .ci/run installs poppler-utils and its
// absence fails t.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s (poppler-utils) is not installed; .ci/run installs it when CI=true", name)
		}
		t.Skipf("%s not found: install poppler-utils to read PDFs back (CI does)", name)
	}
	return p
}

// Pages is the text of every page of the PDF at path, as pdftotext reads
// it (a form feed ends each page), with its options opts ("-layout").
func Pages(t testing.TB, path string, opts ...string) []string {
	t.Helper()
	out, err := exec.Command(Tool(t, "pdftotext"), append(opts, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Split(strings.TrimSuffix(string(out), "\f"), "\f")
}
