package corpustest

import (
	"bytes"
	"testing"
)

// TestWriteBenchArchive checks that the archive written page by page is
// byte for byte the one written from all of BenchArchive's records, gzipped
// or not, so archives made by synth before and after streaming are the same.
func TestWriteBenchArchive(t *testing.T) {
	sents, err := Sentences("../../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	layouts, err := Layouts("../testdata/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, gz := range []bool{false, true} {
		recs, err := BenchArchive(sents, layouts, 25, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1+3*25 {
			t.Fatalf("%d records, want %d", len(recs), 1+3*25)
		}
		var want, got bytes.Buffer
		if err := WriteWARC(&want, recs, gz); err != nil {
			t.Fatal(err)
		}
		if err := WriteBenchArchive(&got, sents, layouts, 25, 3, gz); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("gz=%v: streamed archive differs (%d bytes, want %d)", gz, got.Len(), want.Len())
		}
	}
}
