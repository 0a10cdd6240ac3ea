package evaluation

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dipstat/dipstat/analysis/attribution"
)

// FamilyHit is one predicted formula occurrence.
type FamilyHit struct {
	Family        string
	Text          string
	Start, End    int
	Speaker, Side string // when attributed
	Cue           string // how the speaker was found, when attributed
}

// FigureHit is one predicted figure.
type FigureHit struct {
	Text          string
	Value         float64
	Unit, Kind    string
	Start, End    int
	Speaker, Side string // when attributed
	Cue           string // how the speaker was found, when attributed
}

// Count is the tally of one class (a family, a figure kind, a total).
type Count struct {
	Gold, Predicted, Correct int // Correct: predictions that matched gold
}

// Precision is Correct/Predicted (1 with no prediction).
func (c Count) Precision() float64 {
	if c.Predicted == 0 {
		return 1
	}
	return float64(c.Correct) / float64(c.Predicted)
}

// Recall is Correct/Gold (1 with no gold annotation).
func (c Count) Recall() float64 {
	if c.Gold == 0 {
		return 1
	}
	return float64(c.Correct) / float64(c.Gold)
}

// Error is one disagreement with the gold file: a miss (gold not found) or a
// false positive (prediction matching no gold annotation).
type Error struct {
	Doc    string
	Class  string // family or figure kind
	Miss   bool   // true: gold not found; false: false positive
	Text   string // the gold surface or the predicted text
	Detail string // the value, unit and kind for figures; the gold line
	Near   string // the text around it
}

func (e Error) String() string {
	what := "false positive"
	if e.Miss {
		what = "missed"
	}
	return fmt.Sprintf("%s: %s %s %q %s  …%s…", e.Doc, e.Class, what, e.Text, e.Detail, e.Near)
}

// Scores accumulates the scores of many documents.
type Scores struct {
	Families map[string]*Count // by family
	Kinds    map[string]*Count // figures by kind
	// FamiliesTotal, FiguresTotal, Digits and Words total the classes;
	// Digits and Words split figures by how the number is written.
	FamiliesTotal, FiguresTotal, Digits, Words Count
	// Side and Speaker are the attribution scores of the formulas and
	// figures that were found and whose gold line names speaker and side.
	Side, Speaker Accuracy
	Errors        []Error
	// Attribution lists the found hits given the wrong side or speaker.
	Attribution []AttributionError
}

// Accuracy is a share of right answers.
type Accuracy struct{ Right, Total int }

// Rate is Right/Total (1 with nothing to score).
func (a Accuracy) Rate() float64 {
	if a.Total == 0 {
		return 1
	}
	return float64(a.Right) / float64(a.Total)
}

// attribute scores a found hit's speaker and side against gold.
func (s *Scores) attribute(doc, raw, class, text string, start, end int, goldSpeaker, goldSide string, p attributed) {
	if goldSpeaker == "" || p.speaker == "" {
		return
	}
	okSide, okSpeaker := sameSide(goldSide, p.side), sameSpeaker(goldSpeaker, p.speaker)
	s.Side.Total++
	s.Speaker.Total++
	if okSide {
		s.Side.Right++
	}
	if okSpeaker {
		s.Speaker.Right++
	}
	if !okSide || !okSpeaker {
		s.Attribution = append(s.Attribution, AttributionError{Doc: doc, Class: class, Text: text,
			GoldSpeaker: goldSpeaker, GoldSide: goldSide, Speaker: p.speaker, Side: p.side, Cue: p.cue,
			SpeakerOK: okSpeaker, SideOK: okSide, Near: near(raw, start, end)})
	}
}

// attributed is what a prediction says of its speaker.
type attributed struct{ speaker, side, cue string }

// sameSide compares sides; the gold "none" of the narrator and of a
// journalist's question is dipstat's "narrator" or "press".
func sameSide(gold, got string) bool {
	if strings.EqualFold(gold, got) || strings.EqualFold(canonicalSide(gold), got) {
		return true
	}
	return gold == "none" && (got == "narrator" || got == "press")
}

// sideNames maps each word of a side of the built-in table (its names, in
// lower case: "türkiye", "turkey") to the side's name ("Turkey"): an
// annotator's "Türkiye" is dipstat's "Turkey".
var sideNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, sd := range attribution.DefaultActors().Sides() {
		m[strings.ToLower(sd.Name)] = sd.Name
		for _, w := range sd.Words {
			if k := strings.ToLower(w); m[k] == "" {
				m[k] = sd.Name
			}
		}
	}
	return m
})

// canonicalSide is the table's name of the side a gold side names, else
// the gold side itself.
func canonicalSide(side string) string {
	if c, ok := sideNames()[strings.ToLower(strings.TrimSpace(side))]; ok {
		return c
	}
	return side
}

// speakerWords are the words of a name, lower case, without articles, in
// sorted order, so "Fumio Kishida" = "Kishida Fumio".
func speakerWords(s string) []string {
	var w []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		f = strings.TrimSuffix(f, "'s")
		if f != "the" && f != "a" && f != "an" && f != "s" {
			w = append(w, f)
		}
	}
	sort.Strings(w)
	return w
}

// sameSpeaker compares names ignoring case, order and articles; a name
// whose words all occur in the other's matches it ("spokesperson" and
// "Chinese Embassy spokesperson", "Xi" and "Xi Jinping").
//
// Names of one actor of the built-in table match each other: "Chinese
// customs" is "General Administration of Customs".
func sameSpeaker(gold, got string) bool {
	gold, got = canonical(gold), canonical(got)
	a, b := speakerWords(gold), speakerWords(got)
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	in := map[string]bool{}
	for _, w := range b {
		in[w] = true
	}
	for _, w := range a {
		if !in[w] {
			return false
		}
	}
	return true
}

// NewScores returns empty scores.
func NewScores() *Scores {
	return &Scores{Families: map[string]*Count{}, Kinds: map[string]*Count{}}
}

func class(m map[string]*Count, k string) *Count {
	c := m[k]
	if c == nil {
		c = &Count{}
		m[k] = c
	}
	return c
}

func overlaps(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

// near is the text around [start,end) of raw on one line, for error lists.
func near(raw string, start, end int) string {
	a, b := max(0, start-40), min(len(raw), end+40)
	for a > 0 && a < len(raw) && raw[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(raw) && raw[b]&0xC0 == 0x80 {
		b++
	}
	return strings.Join(strings.Fields(raw[a:b]), " ")
}

// AddFamilies scores the predicted formula occurrences of one document.
func (s *Scores) AddFamilies(doc, raw string, gold []Family, pred []FamilyHit) {
	used := make([]bool, len(pred))
	for _, g := range gold {
		c := class(s.Families, g.Family)
		c.Gold++
		s.FamiliesTotal.Gold++
		found := false
		for i, p := range pred {
			if !used[i] && p.Family == g.Family && overlaps(p.Start, p.End, g.Start, g.End) {
				used[i], found = true, true
				c.Correct++
				s.FamiliesTotal.Correct++
				s.attribute(doc, raw, g.Family, g.Surface, g.Start, g.End, g.Speaker, g.Side, attributed{p.Speaker, p.Side, p.Cue})
				break
			}
		}
		if !found {
			s.Errors = append(s.Errors, Error{Doc: doc, Class: g.Family, Miss: true, Text: g.Surface,
				Detail: fmt.Sprintf("(gold line %d)", g.Line), Near: near(raw, g.Start, g.End)})
		}
	}
	for i, p := range pred {
		class(s.Families, p.Family).Predicted++
		s.FamiliesTotal.Predicted++
		if !used[i] {
			s.Errors = append(s.Errors, Error{Doc: doc, Class: p.Family, Text: p.Text, Near: near(raw, p.Start, p.End)})
		}
	}
}

// sameValue is equality within 0.2 % (gold values like 66.6667 are rounded).
func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 0.002*math.Max(math.Abs(a), math.Abs(b))
}

// sameUnit compares units without case and plural s ("Years" = "year").
func sameUnit(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) > 2 && len(b) > 2 {
		a, b = strings.TrimSuffix(a, "s"), strings.TrimSuffix(b, "s")
	}
	return a == b
}

// figureMatch tells whether prediction p reads gold figure g.
func figureMatch(g Figure, p FigureHit) bool {
	if !overlaps(p.Start, p.End, g.Start, g.End) || p.Kind != g.Kind || !sameValue(p.Value, g.Value) {
		return false
	}
	return g.Kind == "count" || sameUnit(g.Unit, p.Unit)
}

// AddFigures scores the predicted figures of one document. Predictions of
// kind ordinal are left out.
func (s *Scores) AddFigures(doc, raw string, gold []Figure, pred []FigureHit) {
	var ps []FigureHit
	for _, p := range pred {
		if p.Kind != "ordinal" {
			ps = append(ps, p)
		}
	}
	used := make([]bool, len(ps))
	formOf := make([]*Count, len(ps)) // a matched prediction counts in its gold's form
	for _, g := range gold {
		c, form := class(s.Kinds, g.Kind), &s.Digits
		if g.Words() {
			form = &s.Words
		}
		c.Gold++
		form.Gold++
		s.FiguresTotal.Gold++
		found := false
		for i, p := range ps {
			if !used[i] && figureMatch(g, p) {
				used[i], found = true, true
				formOf[i] = form
				c.Correct++
				form.Correct++
				s.FiguresTotal.Correct++
				s.attribute(doc, raw, g.Kind, g.Surface, g.Start, g.End, g.Speaker, g.Side, attributed{p.Speaker, p.Side, p.Cue})
				break
			}
		}
		if !found {
			got := ""
			for _, p := range ps {
				if overlaps(p.Start, p.End, g.Start, g.End) {
					got = fmt.Sprintf("; read as %q %g %s %s", p.Text, p.Value, p.Unit, p.Kind)
				}
			}
			s.Errors = append(s.Errors, Error{Doc: doc, Class: g.Kind, Miss: true, Text: g.Surface,
				Detail: fmt.Sprintf("= %g %s (gold line %d%s)", g.Value, g.Unit, g.Line, got), Near: near(raw, g.Start, g.End)})
		}
	}
	for i, p := range ps {
		form := formOf[i]
		if form == nil {
			form = &s.Digits
			if !strings.ContainsAny(p.Text, "0123456789") {
				form = &s.Words
			}
		}
		class(s.Kinds, p.Kind).Predicted++
		form.Predicted++
		s.FiguresTotal.Predicted++
		if !used[i] {
			s.Errors = append(s.Errors, Error{Doc: doc, Class: p.Kind, Text: p.Text,
				Detail: fmt.Sprintf("= %g %s", p.Value, p.Unit), Near: near(raw, p.Start, p.End)})
		}
	}
}

// WriteTable prints precision and recall per family, per figure kind and in
// total.
func (s *Scores) WriteTable(w io.Writer) error {
	var b strings.Builder
	row := func(name string, c Count) {
		fmt.Fprintf(&b, "  %-38s %5d %5d %5d   P %.3f  R %.3f\n", name, c.Gold, c.Predicted, c.Correct, c.Precision(), c.Recall())
	}
	section := func(title string, m map[string]*Count) {
		fmt.Fprintf(&b, "%s\n  %-38s %5s %5s %5s\n", title, "", "gold", "pred", "ok")
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			row(k, *m[k])
		}
	}
	section("formula families", s.Families)
	row("all families", s.FamiliesTotal)
	section("cited figures", s.Kinds)
	row("figures in digits", s.Digits)
	row("figures in words", s.Words)
	row("all figures", s.FiguresTotal)
	if s.Side.Total > 0 {
		fmt.Fprintf(&b, "attribution of the %d found formulas and figures\n  side    %.3f\n  speaker %.3f\n", s.Side.Total, s.Side.Rate(), s.Speaker.Rate())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Totals is the one-line summary make test prints.
func (s *Scores) Totals() string {
	f := func(c Count) string { return fmt.Sprintf("P %.3f R %.3f (%d gold)", c.Precision(), c.Recall(), c.Gold) }
	line := fmt.Sprintf("devset: families %s; figures %s; in digits %s; in words %s",
		f(s.FamiliesTotal), f(s.FiguresTotal), f(s.Digits), f(s.Words))
	if s.Side.Total > 0 {
		line += fmt.Sprintf("; side accuracy %.3f, speaker accuracy %.3f (%d)", s.Side.Rate(), s.Speaker.Rate(), s.Side.Total)
	}
	return line
}

// canonicalNames maps each name and variant of the built-in actors table,
// in lower case, to its actor's name; a variant several actors share is
// left out.
var canonicalNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	shared := map[string]bool{}
	for _, a := range attribution.DefaultActors().List() {
		for _, v := range append([]string{a.Name}, a.Variants...) {
			k := strings.ToLower(v)
			if c, ok := m[k]; ok && c != a.Name {
				shared[k] = true
			}
			m[k] = a.Name
		}
	}
	for k := range shared {
		delete(m, k)
	}
	return m
})

// canonical is the table's name of the actor a speaker's name is a variant
// of, else the name itself.
func canonical(name string) string {
	if c, ok := canonicalNames()[strings.ToLower(strings.TrimSpace(name))]; ok {
		return c
	}
	return name
}
