package figures

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

const seedsDir = "../../seeds"

func loadSeeds(t testing.TB) []*corpus.Document {
	t.Helper()
	c, err := corpus.Load(context.Background(), []string{seedsDir}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return c.Docs
}

// TestSeeds checks every figure of the five seed articles against the
// hand-written list in testdata/seeds.tsv: same figures, same order,
// nothing else.
func TestSeeds(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "seeds.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		want = append(want, line)
	}
	var got []string
	docs := loadSeeds(t)
	for _, d := range docs {
		for _, fig := range FromDocument(d) {
			got = append(got, strings.Join([]string{d.ID[:3], fig.Text, strconv.FormatFloat(fig.Value, 'f', -1, 64),
				fig.Unit, string(fig.Kind), fig.Qualifier, fig.Subject, fig.Period}, "\t"))
			// offsets point at the text in the original file
			if d.Raw[fig.Start:fig.End] != fig.Text {
				t.Errorf("%s: offsets [%d,%d) give %q, not %q", d.ID, fig.Start, fig.End, d.Raw[fig.Start:fig.End], fig.Text)
			}
			if !strings.Contains(strings.Join(strings.Fields(d.Raw), " "), fig.Sentence) || fig.Doc != d.ID || !fig.Date.Equal(d.Date) {
				t.Errorf("%s: %q has sentence/doc/date %q %q %v", d.ID, fig.Text, fig.Sentence, fig.Doc, fig.Date)
			}
		}
	}
	for i := 0; i < max(len(got), len(want)); i++ {
		g, w := "", ""
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("figure %d:\n got  %q\n want %q", i, g, w)
		}
	}
	if t.Failed() {
		fmt.Println(strings.Join(got, "\n"))
	}
}
