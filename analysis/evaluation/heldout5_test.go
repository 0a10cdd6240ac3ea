package evaluation

import "testing"

const heldout5Dir = "../../testdata/heldout5"

// heldout5Floors guard the fifth held-out set (testdata/heldout5, see its
// README): 14 articles written blind by an annotator who read only the
// annotation rules. First scores, taken once after the attribution and
// figure work that heldout4's errors led to (main 68f61a8): families P
// 1.000 R 1.000 (205 gold); figures P 0.944 R 0.986 (221 gold); side
// accuracy 0.861, speaker accuracy 0.858 (423 found). main at the start of
// that work (70bf287) scored figures P 0.935 R 0.982, side 0.863, speaker
// 0.860: the rules from heldout4 did not carry to this set's attribution.
// Its errors then led rules of that session (so it is no longer blind):
// figures P 0.995 R 1.000, side 0.920, speaker 0.918. Floors about 0.03
// under those.
var heldout5Floors = heldOutFloors{families: 0.95, figures: 0.96, side: 0.89, speaker: 0.89}

// TestHeldOut5 scores the fifth held-out set.
func TestHeldOut5(t *testing.T) {
	checkHeldOut(t, "heldout5", heldout5Dir, 14, heldout5Floors)
}
