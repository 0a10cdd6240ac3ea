package evaluation

import (
	"strings"
	"testing"
)

func TestAttributionErrorKind(t *testing.T) {
	tests := []struct {
		e    AttributionError
		want string
	}{
		{AttributionError{GoldSpeaker: "Wang Yi", GoldSide: "China", Speaker: "Wang Yi", Side: "unknown", Cue: "said", SpeakerOK: true}, "right speaker, wrong side"},
		{AttributionError{GoldSpeaker: "narrator", GoldSide: "none", Speaker: "Xi Jinping", Side: "China", Cue: "continued"}, "narrator given a speaker, by continued"},
		{AttributionError{GoldSpeaker: "Xi Jinping", GoldSide: "China", Speaker: "narrator", Side: "narrator", Cue: "narrator"}, "speaker taken for the narrator"},
		{AttributionError{GoldSpeaker: "both", GoldSide: "both", Speaker: "narrator", Side: "narrator", Cue: "narrator"}, "joint taken for the narrator"},
		{AttributionError{GoldSpeaker: "both", GoldSide: "both", Speaker: "Tokyo", Side: "Japan", Cue: "expressed"}, "joint missed, by expressed"},
		{AttributionError{GoldSpeaker: "Wang Yi", GoldSide: "China", Speaker: "both", Side: "both", Cue: "agreed"}, "joint made up, by agreed"},
		{AttributionError{GoldSpeaker: "Wang Yi", GoldSide: "China", Speaker: "Cho Hyun", Side: "ROK", Cue: "quote"}, "wrong speaker, by quote"},
	}
	for _, tt := range tests {
		if got := tt.e.Kind(); got != tt.want {
			t.Errorf("%+v: Kind() = %q, want %q", tt.e, got, tt.want)
		}
	}
	s := NewScores()
	s.Attribution = []AttributionError{tests[1].e, tests[2].e, tests[1].e}
	var b strings.Builder
	if err := s.WriteAttributionErrors(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if i, j := strings.Index(out, "narrator given a speaker, by continued: 2"), strings.Index(out, "speaker taken for the narrator: 1"); i < 0 || j < i {
		t.Errorf("groups not listed largest first:\n%s", out)
	}
}
