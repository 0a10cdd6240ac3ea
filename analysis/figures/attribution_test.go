package figures

import (
	"testing"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestFromDocumentAttribution: with an Attributor, each figure carries the
// speaker, side and cue of its sentence; without one, none.
func TestFromDocumentAttribution(t *testing.T) {
	d := corpus.NewParser(corpus.DefaultOptions()).Parse("a.txt", []byte(
		"According to China's General Administration of Customs, trade reached $298.9 billion. "+
			"Visits rose 24.5 percent, Yonhap reported. The plant produces 109 megawatts."))
	at := attribution.New(nil, attribution.Options{})
	var got []string
	for _, f := range FromDocumentWith(d, Options{Attributor: at}) {
		got = append(got, f.Text+": "+f.Speaker+" | "+f.Side+" | "+f.Cue)
	}
	want := []string{
		"$298.9 billion: General Administration of Customs | China | according to",
		"24.5 percent: Yonhap News Agency | ROK | reported",
		"109 megawatts: narrator | narrator | narrator",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("figure %d: %s, want %s", i, got[i], want[i])
		}
	}
	for _, f := range FromDocument(d) {
		if f.Speaker != "" || f.Side != "" || f.Cue != "" {
			t.Errorf("attributed without an Attributor: %+v", f)
		}
	}
}
