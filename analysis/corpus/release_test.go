package corpus

import (
	"context"
	"testing"
)

// TestRelease: a released document's tokens go back (its Sentences are gone,
// the rest stays); a shared one's only at the last of its consumers'
// calls; documents streamed after released ones tokenize as before.
func TestRelease(t *testing.T) {
	var kept []*Document
	var texts []string
	ctx := context.Background()
	if _, err := Stream(ctx, []string{seedDir}, DefaultOptions(), func(d *Document) error {
		kept = append(kept, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, d := range kept {
		texts = append(texts, tokenText(d))
	}

	d := kept[0]
	id, raw, n := d.ID, d.Raw, d.NumTokens()
	d.Share(2)
	d.Release()
	if d.NumTokens() != n {
		t.Fatalf("shared by 2, released once: %d tokens, want %d", d.NumTokens(), n)
	}
	d.Release()
	if d.Sentences != nil || d.tokens != nil || d.NumTokens() != 0 {
		t.Errorf("released: %d sentences, %d tokens left", len(d.Sentences), d.NumTokens())
	}
	if d.ID != id || d.Raw != raw {
		t.Errorf("released: ID %q, Raw of %d bytes; want them kept", d.ID, len(d.Raw))
	}
	d.Release() // again: nothing to give back

	// Streamed again, each document released as soon as it is read: the
	// arrays given back are reused, and every document reads as before.
	i := 0
	if _, err := Stream(ctx, []string{seedDir}, DefaultOptions(), func(d *Document) error {
		if got := tokenText(d); got != texts[i] {
			t.Errorf("%s: tokens differ after the documents before it were released", d.ID)
		}
		i++
		d.Release()
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if i != len(texts) {
		t.Errorf("%d documents, want %d", i, len(texts))
	}
}

// tokenText renders a document's tokens for comparing.
func tokenText(d *Document) string {
	var b []byte
	for _, s := range d.Sentences {
		for _, tk := range s.Tokens {
			b = append(b, tk.Norm...)
			b = append(b, ' ')
		}
		b = append(b, '\n')
	}
	return string(b)
}
