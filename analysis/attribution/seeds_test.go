package attribution

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

var update = flag.Bool("update", false, "rewrite testdata/seeds.golden")

const seedsDir = "../../seeds"

func loadSeeds(t testing.TB) []*corpus.Document {
	t.Helper()
	c, err := corpus.Load(context.Background(), []string{seedsDir}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return c.Docs
}

// TestSeeds writes the attribution of every sentence of the seed articles
// to testdata/seeds.golden, for review: each line is the speaker, side and
// cue, then the start of the sentence.
func TestSeeds(t *testing.T) {
	at := New(nil, Options{})
	var b strings.Builder
	for _, d := range loadSeeds(t) {
		fmt.Fprintf(&b, "== %s\n", d.ID)
		for i, a := range at.Document(d) {
			s := d.Sentences[i]
			text := strings.Join(strings.Fields(d.Raw[s.Start:s.End]), " ")
			if len(text) > 90 {
				text = text[:90] + "..."
			}
			fmt.Fprintf(&b, "%-22s %-9s %-12s | %s\n", a.Speaker, a.Side, a.Cue, text)
		}
	}
	path := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./analysis/attribution -update to create it)", err)
	}
	if string(want) != b.String() {
		t.Errorf("attributions differ from %s (run with -update to accept):\n%s", path, b.String())
	}
}
