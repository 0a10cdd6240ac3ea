package evaluation

import "testing"

const heldout9Dir = "../../testdata/heldout9"

// heldout9Floors guard the ninth held-out set (testdata/heldout9, see its
// README): 16 articles written blind by four annotators who read only the
// annotation rules. First scores, taken once at main 975287e (after the
// fixes heldout8's errors led): families P 1.000 R 1.000 (69 gold);
// figures P 0.975 R 0.993 (274 gold); side accuracy 0.853, speaker
// accuracy 0.915 (341 found); the session's start (93a60a8) scored the
// same but speaker 0.903. Its kinds of error were then fixed with general
// rules (figures P 0.989 R 0.996, side 0.909, speaker 0.921; the scorer
// reads "Türkiye" as Turkey): it is no longer blind. Floors about 0.03
// under those.
var heldout9Floors = heldOutFloors{families: 0.95, figures: 0.95, side: 0.88, speaker: 0.89}

// TestHeldOut9 scores the ninth held-out set.
func TestHeldOut9(t *testing.T) {
	checkHeldOut(t, "heldout9", heldout9Dir, 16, heldout9Floors)
}
