package evaluation

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// AttributionError is a found formula or figure given the wrong speaker or
// side.
type AttributionError struct {
	Doc, Class, Text      string
	GoldSpeaker, GoldSide string
	Speaker, Side, Cue    string // what dipstat said
	SpeakerOK, SideOK     bool
	Near                  string
}

func (e AttributionError) String() string {
	return fmt.Sprintf("%s: %s %q: gold %s (%s), got %s (%s) by %q  …%s…",
		e.Doc, e.Class, e.Text, e.GoldSpeaker, e.GoldSide, e.Speaker, e.Side, e.Cue, e.Near)
}

// Kind names the kind of failure, for grouping an error list: the narrator's
// words given a speaker, a speaker taken for the narrator, a joint statement
// missed or made up, a right speaker with the wrong side, or the wrong
// speaker; with the cue that gave dipstat's answer.
func (e AttributionError) Kind() string {
	goldNarr := e.GoldSpeaker == "narrator" || e.GoldSpeaker == "journalist"
	gotNarr := e.Cue == "narrator"
	goldBoth := strings.EqualFold(e.GoldSide, "both")
	gotBoth := strings.EqualFold(e.Side, "both")
	switch {
	case e.SpeakerOK:
		return "right speaker, wrong side"
	case goldNarr && !gotNarr:
		return "narrator given a speaker, by " + e.Cue
	case !goldNarr && gotNarr:
		if goldBoth {
			return "joint taken for the narrator"
		}
		return "speaker taken for the narrator"
	case goldBoth && !gotBoth:
		return "joint missed, by " + e.Cue
	case gotBoth && !goldBoth:
		return "joint made up, by " + e.Cue
	}
	return "wrong speaker, by " + e.Cue
}

// WriteAttributionErrors lists the attribution errors grouped by kind,
// the largest group first.
func (s *Scores) WriteAttributionErrors(w io.Writer) error {
	groups := map[string][]AttributionError{}
	for _, e := range s.Attribution {
		groups[e.Kind()] = append(groups[e.Kind()], e)
	}
	kinds := make([]string, 0, len(groups))
	for k := range groups {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if a, b := len(groups[kinds[i]]), len(groups[kinds[j]]); a != b {
			return a > b
		}
		return kinds[i] < kinds[j]
	})
	var b strings.Builder
	for _, k := range kinds {
		fmt.Fprintf(&b, "%s: %d\n", k, len(groups[k]))
		for _, e := range groups[k] {
			fmt.Fprintf(&b, "  %s\n", e)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
