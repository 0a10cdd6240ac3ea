package phrases

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

func discover(t testing.TB, docs []*corpus.Document, o DiscoverOptions) *Discovery {
	t.Helper()
	return discoverer(t, docs, o).Run() // discoverer: encode_test.go
}

// TestDiscoverSeedsCloseNeighbors: the close-neighbors formula is found
// across at least four seeds, as a formula, and its variants are grouped.
func TestDiscoverSeedsCloseNeighbors(t *testing.T) {
	docs := seeds(t)
	res := discover(t, docs, DefaultDiscoverOptions())
	byText := map[string]*Phrase{}
	for i := range res.Phrases {
		byText[res.Phrases[i].Text] = &res.Phrases[i]
	}
	p := byText["close neighbors"]
	if p == nil {
		t.Fatal("close neighbors not found")
	}
	if p.Docs < 4 || len(p.DocIDs) != p.Docs || p.Kind != KindFormula {
		t.Errorf("close neighbors: %s, %d docs %v", p.Kind, p.Docs, p.DocIDs)
	}
	ex := p.Example
	if ex.Doc != docs[0].ID || docs[0].Raw[ex.Start:ex.End] != ex.Text || !strings.Contains(ex.Sentence, ex.Text) {
		t.Errorf("example not traceable: %+v", ex)
	}
	if p.Candidate < 0 {
		t.Fatal("close neighbors not in a candidate family")
	}
	c := res.Candidates[p.Candidate]
	var members []string
	for _, m := range c.Phrases {
		members = append(members, res.Phrases[m].Text)
	}
	if !slices.Contains(members, "close neighbors") || c.Docs < 4 {
		t.Errorf("candidate family %q (%d documents): %q", c.Name, c.Docs, members)
	}
	for _, tc := range []struct {
		text string
		kind Kind // "" for: not a phrase
	}{
		{"are close neighbors", ""},                       // a leading verb is trimmed
		{"china and south korea are close neighbors", ""}, // and a clause's subject
		{"close neighbors that", ""},                      // so is a trailing pronoun
		{"of china-south korea relations", ""},            // and a leading preposition
		{"the two countries", ""},                         // and an article
		{"two countries", KindGeneric},
		{"chinese president xi jinping", KindActor},
		{"strategic cooperative partnership", KindFormula},
		{"core interests and major concerns", KindFormula},
	} {
		p := byText[tc.text]
		switch {
		case tc.kind == "" && p != nil:
			t.Errorf("%q is a phrase", tc.text)
		case tc.kind != "" && p == nil:
			t.Errorf("%q not found", tc.text)
		case tc.kind != "" && p.Kind != tc.kind:
			t.Errorf("%q is %s, want %s", tc.text, p.Kind, tc.kind)
		}
	}
}

// TestDiscoverKeepLongest checks folding, passages longer than MaxN, edge
// trimming and the minimum support on a small corpus.
func TestDiscoverKeepLongest(t *testing.T) {
	long := "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu"
	docs := docsOf(t,
		" date 2024-01-05 The leaders praised true multilateralism today. "+long+".",
		" date 2024-03-01 Both sides praised true multilateralism again. "+long+".",
		" date 2024-03-09 Everyone praised true multilateralism. Nobody praised it twice.",
		" date 2025-02-01 Nobody praised it twice.")
	res := discover(t, docs, DefaultDiscoverOptions())
	got := map[string]Phrase{}
	for _, p := range res.Phrases {
		got[p.Text] = p
	}
	// "true multilateralism", "multilateralism" and "praised" only occur
	// inside longer phrases: folded into them.
	for _, want := range []string{"praised true multilateralism", long, "nobody praised it twice"} {
		if _, ok := got[want]; !ok {
			t.Errorf("%q not found in %v", want, keys(got))
		}
	}
	for _, not := range []string{"true multilateralism", "multilateralism", "praised", "alpha beta gamma", "twice"} {
		if _, ok := got[not]; ok {
			t.Errorf("%q found", not)
		}
	}
	if p := got[long]; p.N != 13 || p.Docs != 2 || p.Count != 2 {
		t.Errorf("passage %+v", p)
	}
	var labels []string
	for _, np := range res.NewByPeriod(period.Year) {
		labels = append(labels, np.Label)
	}
	if !reflect.DeepEqual(labels, []string{"2024"}) {
		t.Errorf("new by period %v", labels)
	}
	o := DefaultDiscoverOptions()
	o.MinDocs, o.MinN = 3, 2
	res = discover(t, docs, o)
	if len(res.Phrases) != 1 || res.Phrases[0].Text != "praised true multilateralism" || res.Phrases[0].Docs != 3 {
		t.Errorf("min docs 3: %+v", res.Phrases)
	}
}

func keys(m map[string]Phrase) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestDiscoverOptionsCheck(t *testing.T) {
	for _, o := range []DiscoverOptions{{MinN: 0, MaxN: 3, MinDocs: 2}, {MinN: 4, MaxN: 3, MinDocs: 2}, {MinN: 3, MaxN: 10}} {
		if _, err := NewDiscoverer(nil, o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}

func TestEditDistance(t *testing.T) {
	if d := editDistance([]int32{1, 2, 3, 4}, []int32{1, 3, 4, 5}); d != 2 {
		t.Errorf("got %d", d)
	}
}

// TestDiscoverNameParticles: a name capitalized but for its particles
// ("von der") is an actor's, not a formula.
func TestDiscoverNameParticles(t *testing.T) {
	docs := docsOf(t,
		" date 2024-01-05 The talks were hosted by Ursula von der Leyen in Brussels.",
		" date 2024-03-01 Premier Li Qiang later met Ursula von der Leyen again.",
		" date 2024-04-01 Officials said Ursula von der Leyen would travel soon.")
	res := discover(t, docs, DefaultDiscoverOptions())
	for _, p := range res.Phrases {
		if p.Text == "ursula von der leyen" {
			if p.Kind != KindActor {
				t.Errorf("%q is %s, want actor", p.Text, p.Kind)
			}
			return
		}
	}
	t.Errorf("ursula von der leyen not found")
}

// TestDiscoverKindRules: the rules that give a phrase its kind whatever its
// score. For each, the rule tells each phrase of want as want says, and the
// phrases it marks are of its kind; every phrase of want must be found.
func TestDiscoverKindRules(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []string
		rule func(*Discoverer) func([]int32) bool
		kind Kind
		want map[string]bool
	}{
		{
			// page chrome left in a page saved on one line is not a formula;
			// a phrase that only shares a word with chrome is not chrome
			name: "chrome",
			docs: []string{
				" date 2024-01-05 Manila defended its sovereign rights at sea on Monday. Read our Privacy Policy today. All rights reserved by Inquirer.",
				" date 2024-02-05 Officials said the sovereign rights of Vietnam matter. See the Privacy Policy here. All rights reserved worldwide.",
				" date 2024-03-05 Experts backed sovereign rights in court. An update to the Privacy Policy came. Copyright, all rights reserved."},
			rule: func(dc *Discoverer) func([]int32) bool { return dc.chrome },
			kind: KindOther,
			want: map[string]bool{"privacy policy": true, "rights reserved": true, "sovereign rights": false},
		},
		{
			// a phrase that names a person by title and name is no formula; a
			// title before a function word, an ordinary word or a country
			// names nobody
			name: "person",
			docs: []string{
				" date 2024-01-05 Lee met Chinese President Xi Jinping in Gyeongju and praised the strategic cooperative partnership. The professor of international law agreed.",
				" date 2024-02-05 Takaichi met Chinese President Xi Jinping at the summit, and both hailed the strategic cooperative partnership. A professor of international law spoke.",
				" date 2024-03-05 Albanese met Chinese President Xi Jinping in Lima to discuss the strategic cooperative partnership. One professor of international law wrote.",
				" date 2024-04-05 Spokesperson: China-South Korea cooperation is win-win.",
				" date 2024-05-05 Spokesperson: China-South Korea cooperation is win-win."},
			rule: func(dc *Discoverer) func([]int32) bool { return dc.person },
			kind: KindOther,
			want: map[string]bool{"met chinese president xi jinping": true, "strategic cooperative partnership": false,
				"professor of international law": false, "spokesperson china-south korea cooperation is win-win": false},
		},
		{
			// the frames of news English (sources, briefings, statements, the
			// sidelines of a summit) are generic; a formula said at a briefing
			// is no frame, nor is a phrase with a rarer word beside a
			// newsroom word
			name: "news frame",
			docs: []string{
				" date 2024-01-05 An official, who spoke on condition of anonymity, told reporters at a regular press conference that both sides back the strategic cooperative partnership. Press freedom groups objected. Seoul held a briefing on denuclearization. Lee spoke on the sidelines of the APEC summit in Gyeongju.",
				" date 2024-02-05 Speaking on condition of anonymity, a diplomat told reporters at the regular press conference that the strategic cooperative partnership holds. Press freedom advocates agreed. Tokyo held a briefing on denuclearization. Takaichi was on the sidelines of the APEC summit in Gyeongju.",
				" date 2024-03-05 A source said on condition of anonymity that the strategic cooperative partnership would be raised at a regular press conference. Press freedom monitors said so too. Manila held a briefing on denuclearization. Marcos met Xi on the sidelines of the APEC summit in Gyeongju."},
			rule: func(dc *Discoverer) func([]int32) bool { return dc.newsFrame },
			kind: KindGeneric,
			want: map[string]bool{"condition of anonymity": true, "regular press conference": true,
				"told reporters": true, "strategic cooperative partnership": false, "press freedom": true, "held a briefing on denuclearization": false,
				"sidelines of the apec summit in gyeongju": true},
		},
		{
			// a relation named by its sides only is the subject of the news,
			// generic; a phrase about it is not
			name: "relation name",
			docs: []string{
				" date 2024-01-05 China-South Korea relations improved. Both want a new chapter in China-Japan relations. Bilateral relations grew.",
				" date 2024-02-05 Experts said China-South Korea relations are stable. Tokyo seeks a new chapter in China-Japan relations. Bilateral relations held.",
				" date 2024-03-05 China-South Korea relations matter, as does a new chapter in China-Japan relations. Bilateral relations count."},
			rule: func(dc *Discoverer) func([]int32) bool { return dc.relationName },
			kind: KindGeneric,
			want: map[string]bool{"china-south korea relations": true, "bilateral relations": true, "new chapter in china-japan relations": false},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dc := discoverer(t, docsOf(t, tc.docs...), DefaultDiscoverOptions())
			res := dc.Run()
			mark := tc.rule(dc)
			for _, p := range res.Phrases {
				marked, ok := tc.want[p.Text]
				if !ok {
					continue
				}
				delete(tc.want, p.Text)
				if got := mark(p.ids); got != marked {
					t.Errorf("%q: %s %v, want %v", p.Text, tc.name, got, marked)
				}
				if marked && p.Kind != tc.kind {
					t.Errorf("%q is %s, want %s", p.Text, p.Kind, tc.kind)
				}
			}
			for text := range tc.want {
				t.Errorf("%q not found", text)
			}
		})
	}
}

// TestDiscoverComplexPreposition: "in accordance with" and "on behalf of"
// are prepositions: no phrase begins with their noun.
func TestDiscoverComplexPreposition(t *testing.T) {
	docs := docsOf(t,
		" date 2024-01-05 The coast guard acted in accordance with the law on behalf of the fishing communities.",
		" date 2024-02-05 Officials said they acted in accordance with the law on behalf of the fishing communities.",
		" date 2024-03-05 The navy will act in accordance with the law on behalf of the fishing communities.")
	res := discoverer(t, docs, DefaultDiscoverOptions()).Run()
	found := false
	for _, p := range res.Phrases {
		if strings.HasPrefix(p.Text, "accordance") || strings.HasPrefix(p.Text, "behalf") {
			t.Errorf("%q begins with a complex preposition's noun", p.Text)
		}
		found = found || strings.Contains(p.Text, "fishing communities")
	}
	if !found {
		t.Error(`no phrase holds "fishing communities"`)
	}
}

// TestDiscoverCommonPossessive: the possessive of a common word is
// ordinary English alone ("today's"), of a rare one it is not; either way
// the word of the reference list is the noun.
func TestDiscoverCommonPossessive(t *testing.T) {
	docs := docsOf(t,
		" date 2024-01-05 Today's meeting was short. The summit backed denuclearization.",
		" date 2024-02-05 Officials said today's talks went well. Denuclearization's backers spoke.",
		" date 2024-03-05 In today's statement, the envoys hailed denuclearization's progress.")
	dc := discoverer(t, docs, DefaultDiscoverOptions())
	res := dc.Run()
	kind := map[string]Kind{}
	for _, p := range res.Phrases {
		kind[p.Text] = p.Kind
		if want := p.Text == "today's"; p.N == 1 && dc.commonPossessive(p.ids[0]) != want {
			t.Errorf("commonPossessive(%q) = %v, want %v", p.Text, !want, want)
		}
	}
	if kind["today's"] != KindGeneric {
		t.Errorf(`"today's" is %q, want generic`, kind["today's"])
	}
	if k, ok := kind["denuclearization's"]; !ok || k == KindGeneric {
		t.Errorf(`"denuclearization's" is %q (found: %v), want a kind other than generic`, k, ok)
	}
}

// TestDiscoverPossessive: an actor's possessive is the actor's, so
// "china's core interests" and "core interests" share their core words and
// group; "today's" is a word.
func TestDiscoverPossessive(t *testing.T) {
	docs := docsOf(t,
		" date 2024-01-05 Taiwan is at the core of China's core interests, Wang said.",
		" date 2024-02-05 Taiwan lies at the core of China's core interests, the ministry said.",
		" date 2024-03-05 Both sides should respect each other's core interests and major concerns.",
		" date 2024-04-05 They must respect each other's core interests and major concerns, Li said.")
	dc := discoverer(t, docs, DefaultDiscoverOptions())
	res := dc.Run()
	for w, want := range map[string]bool{"china's": true, "korea's": true, "rok's": true, "today's": false, "china": false, "s": false} {
		if got := dc.possessive(w); got != want {
			t.Errorf("possessive(%q) = %v, want %v", w, got, want)
		}
	}
	cand := map[string]int{}
	for _, p := range res.Phrases {
		cand[p.Text] = p.Candidate
	}
	a, b := "core of china's core interests", "respect each other's core interests and major concerns"
	if ca, ok := cand[a]; !ok || ca < 0 || ca != cand[b] {
		t.Errorf("%q in candidate %d, %q in %d: want one candidate family (phrases %v)", a, cand[a], b, cand[b], cand)
	}
}

// FuzzHasQuote: hasQuote, a byte at a time, agrees with strings.ContainsAny
// on any text, valid UTF-8 or not.
func FuzzHasQuote(f *testing.F) {
	for _, s := range []string{"", "no marks here", `he said "yes"`, "“close neighbors”", "«nous»", "「近邻」", "\xe2\x80", "\xe2\x80\x9c",
		"\xf0\xe2\x80\x9c", "\xc2", "\xc2\xab", "\xe3\x80\x8d", "\xe3\x80\x8e", "\xe2\x80\x9e", "’ ‘ ′", "\xc2\xbb end"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasQuote(s), strings.ContainsAny(s, "\"“”«»「」"); got != want {
			t.Errorf("hasQuote(%q) = %v, want %v", s, got, want)
		}
	})
}
