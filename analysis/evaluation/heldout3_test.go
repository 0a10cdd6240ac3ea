package evaluation

import "testing"

const heldout3Dir = "../../testdata/heldout3"

// heldout3Floors guard the third held-out set (testdata/heldout3, see its
// README): 16 articles written blind by an annotator who read only the
// annotation rules, after the attribution work of branch attr3. Its first
// scores, taken once before anything was changed with it in view: families P
// 0.979 R 1.000 (138 gold); figures P 0.979 R 0.964 (195 gold); side accuracy
// 0.761, speaker accuracy 0.874 (326 found). main before attr3 (930204a)
// scored side 0.748, speaker 0.856 on it. The kinds of error it then showed
// were fixed, each by a general rule with tests of our own (branch figs3:
// local currency prefixes and conversions in brackets, figures P 0.995 R
// 1.000; attr4: outlets, definite descriptions, acronyms, joint leaders,
// headlines, side 0.883, speaker 0.913), so it is no longer blind for
// figures and attribution. Floors a little under.
var heldout3Floors = heldOutFloors{families: 0.95, figures: 0.97, side: 0.87, speaker: 0.89}

// TestHeldOut3 scores the third held-out set. Do not tune on it.
func TestHeldOut3(t *testing.T) {
	checkHeldOut(t, "heldout3", heldout3Dir, 16, heldout3Floors)
}
