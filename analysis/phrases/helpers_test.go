package phrases

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// docsOf loads texts as documents named d0, d1, ...; a text may start with
// " date YYYY-MM-DD " like the seeds.
func docsOf(t testing.TB, texts ...string) []*corpus.Document {
	t.Helper()
	dir := t.TempDir()
	for i, s := range texts {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%d.txt", i)), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o := corpus.DefaultOptions()
	o.KeepDuplicates = true
	c, err := corpus.Load(context.Background(), []string{dir}, o)
	if err != nil {
		t.Fatal(err)
	}
	return c.Docs
}

func mustPattern(t testing.TB, s string) *Pattern {
	t.Helper()
	p, err := ParsePattern(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
