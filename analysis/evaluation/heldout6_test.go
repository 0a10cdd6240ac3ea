package evaluation

import "testing"

const heldout6Dir = "../../testdata/heldout6"

// heldout6Floors guard the sixth held-out set (testdata/heldout6, see its
// README): 14 articles written blind by an annotator who read only the
// annotation rules, asked to make attribution hard in the ways wire copy
// is (late and anonymous speakers, pronouns across paragraphs, split
// quotes, titles for names, acronyms, Q&A transcripts). First scores,
// taken once at main c98b00e after the session's work that heldout4's and
// heldout5's errors led: families P 0.991 R 1.000 (116 gold); figures P
// 0.947 R 0.967 (184 gold); side accuracy 0.748, speaker accuracy 0.765
// (294 found). The session's start (70bf287) scored the same families and
// figures, side 0.738, speaker 0.738. Its kinds of error were then fixed
// with general rules (figures P 0.989 R 0.989, side 0.802, speaker
// 0.802): it is no longer blind. Floors about 0.03 under those.
var heldout6Floors = heldOutFloors{families: 0.94, figures: 0.95, side: 0.77, speaker: 0.77}

// TestHeldOut6 scores the sixth held-out set.
func TestHeldOut6(t *testing.T) {
	checkHeldOut(t, "heldout6", heldout6Dir, 14, heldout6Floors)
}
