package figures

import (
	"testing"

	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestFromDocumentAttribution: with an Attributor, each figure carries the
// speaker, side and cue of its sentence, and the source it is cited from
// when there is one; without an Attributor, none.
func TestFromDocumentAttribution(t *testing.T) {
	d := corpus.NewParser(corpus.DefaultOptions()).Parse("a.txt", []byte(
		"According to China's General Administration of Customs, trade reached $298.9 billion. "+
			"Visits rose 24.5 percent, Yonhap reported. The plant produces 109 megawatts. "+
			"Korea Customs Service data showed exports of 12.1 million tons. "+
			"Exports rose 3.2 percent, according to the Korea International Trade Association, though chips fell 7.5 percent."))
	at := attribution.New(nil, attribution.Options{})
	var got []string
	for _, f := range FromDocumentWith(d, Options{Attributor: at}) {
		got = append(got, f.Text+": "+f.Speaker+" | "+f.Side+" | "+f.Cue+" | "+f.Source)
	}
	want := []string{
		"$298.9 billion: General Administration of Customs | China | according to | General Administration of Customs",
		"24.5 percent: Yonhap News Agency | ROK | reported | ",
		"109 megawatts: narrator | narrator | narrator | ",
		"12.1 million tons: Korea Customs Service | ROK | data | Korea Customs Service",
		"3.2 percent: Korea International Trade Association | ROK | according to | Korea International Trade Association",
		"7.5 percent: narrator | narrator | narrator | ",
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
		if f.Speaker != "" || f.Side != "" || f.Cue != "" || f.Source != "" {
			t.Errorf("attributed without an Attributor: %+v", f)
		}
	}
}
