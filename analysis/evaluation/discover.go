package evaluation

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// Discovery scoring: how well phrase discovery, without the formula
// lexicon, surfaces the formula families of the gold files.
//
// A phrase occurrence surfaces a gold formula occurrence when it covers at
// least two of the gold surface's content words (words that are not
// stopwords), or all of them when it has fewer: "supply chains" surfaces
// "industrial and supply chains", "peace" does not surface "peace and
// stability on the Korean Peninsula".

// DiscoverScore is the result of ScoreDiscovery.
type DiscoverScore struct {
	Top               int      // candidates scored: the first Top formula candidates
	Recurring         []string // gold families in at least two documents, sorted
	Surfaced          []string // those surfaced by a phrase of the top candidates
	Missed            []string // the others
	WellFormed, Shown int
	Malformed         []string // the candidates that are not well formed, and why
	// Rows describe the top candidates: rank, name, score and the families
	// their phrases surface.
	Rows []string
}

// GoldDoc is a document with its gold annotations.
type GoldDoc struct {
	Doc  *corpus.Document
	Gold *Gold
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’-]*`)

// contentWords returns the byte spans of the content words of raw[start:end].
func contentWords(raw string, start, end int, stop corpus.Stopwords) [][2]int {
	var out [][2]int
	for _, m := range wordRE.FindAllStringIndex(raw[start:end], -1) {
		w := strings.ToLower(raw[start+m[0] : start+m[1]])
		if stop.Has(w) {
			continue
		}
		out = append(out, [2]int{start + m[0], start + m[1]})
	}
	return out
}

// Surfacer finds the gold families a phrase occurrence surfaces.
type Surfacer struct {
	byDoc map[string]*GoldDoc
	stop  corpus.Stopwords
}

// NewSurfacer indexes the gold documents by ID.
func NewSurfacer(docs []GoldDoc) *Surfacer {
	s := &Surfacer{byDoc: map[string]*GoldDoc{}, stop: corpus.DefaultStopwords()}
	for i := range docs {
		s.byDoc[docs[i].Doc.ID] = &docs[i]
	}
	return s
}

// Families lists the gold families the span surfaces.
func (s *Surfacer) Families(sp phrases.Span) []string {
	var out []string
	for _, f := range s.Occurrences(sp) {
		out = append(out, f.Family.Family)
	}
	return out
}

// GoldOcc is a gold formula occurrence in its document.
type GoldOcc struct {
	Doc string
	Family
	Covered int // content words of the occurrence the span covers
}

// Occurrences lists the gold formula occurrences the span surfaces: it
// covers at least two of their content words, or all of them when they
// have fewer.
func (s *Surfacer) Occurrences(sp phrases.Span) []GoldOcc {
	gd := s.byDoc[sp.Doc]
	if gd == nil {
		return nil
	}
	var out []GoldOcc
	for _, f := range gd.Gold.Families {
		if f.End <= sp.Start || sp.End <= f.Start {
			continue
		}
		words := contentWords(gd.Doc.Raw, f.Start, f.End, s.stop)
		covered := 0
		for _, w := range words {
			if sp.Start <= w[0] && w[1] <= sp.End {
				covered++
			}
		}
		if covered > 0 && covered >= min(2, len(words)) {
			out = append(out, GoldOcc{Doc: sp.Doc, Family: f, Covered: covered})
		}
	}
	return out
}

// Inside is the share of the span's content words that lie inside gold
// formula occurrences: how much of the phrase is formula.
func (s *Surfacer) Inside(sp phrases.Span) float64 {
	gd := s.byDoc[sp.Doc]
	if gd == nil {
		return 0
	}
	words := contentWords(gd.Doc.Raw, sp.Start, sp.End, s.stop)
	in := 0
	for _, w := range words {
		for _, f := range gd.Gold.Families {
			if f.Start <= w[0] && w[1] <= f.End {
				in++
				break
			}
		}
	}
	if len(words) == 0 {
		return 0
	}
	return float64(in) / float64(len(words))
}

// Recurring lists the gold families that occur in at least two documents.
func Recurring(docs []GoldDoc) []string {
	in := map[string]map[string]bool{}
	for _, gd := range docs {
		for _, f := range gd.Gold.Families {
			if in[f.Family] == nil {
				in[f.Family] = map[string]bool{}
			}
			in[f.Family][gd.Doc.ID] = true
		}
	}
	var out []string
	for f, ds := range in {
		if len(ds) >= 2 {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// ScoreDiscovery scores the first top formula candidates of a discovery
// against the gold: which recurring gold families their phrases surface, and
// how many are well formed. spans are the occurrences of d.Phrases (from
// Discoverer.Spans).
//
// A candidate family counts toward one gold family at most: the one it
// best overlaps (see BestFamily). A candidate that merges the phrases of
// several families ("global south" grouped with "economic globalization")
// surfaces one of them, not all: the score counts families found apart,
// as an analyst reading the list would.
func ScoreDiscovery(d *phrases.Discovery, spans [][]phrases.Span, docs []GoldDoc, top int) *DiscoverScore {
	sf := NewSurfacer(docs)
	res := &DiscoverScore{Top: top, Recurring: Recurring(docs)}
	surfaced := map[string]bool{}
	for _, c := range d.Candidates {
		if c.Kind != phrases.KindFormula {
			continue
		}
		if res.Shown == top {
			break
		}
		res.Shown++
		var occ []GoldOcc
		for _, pi := range c.Phrases {
			for _, sp := range spans[pi] {
				occ = append(occ, sf.Occurrences(sp)...)
			}
		}
		best, others := BestFamily(occ)
		if best != "" {
			surfaced[best] = true
		}
		leader := c.Phrases[0]
		why := malformed(d, leader)
		if why == "" {
			res.WellFormed++
		} else {
			res.Malformed = append(res.Malformed, fmt.Sprintf("%q: %s", c.Name, why))
		}
		also := ""
		if len(others) > 0 {
			also = " (also overlaps " + strings.Join(others, " ") + ")"
		}
		res.Rows = append(res.Rows, fmt.Sprintf("%2d %.3f %-45q docs %2d  %s%s", res.Shown, c.Score, c.Name, c.Docs, best, also))
	}
	for _, f := range res.Recurring {
		if surfaced[f] {
			res.Surfaced = append(res.Surfaced, f)
		} else {
			res.Missed = append(res.Missed, f)
		}
	}
	// Where the missed families' best phrases rank.
	missed := map[string]bool{}
	for _, f := range res.Missed {
		missed[f] = true
	}
	for pi, p := range d.Phrases {
		for _, sp := range spans[pi] {
			for _, f := range sf.Families(sp) {
				if missed[f] {
					delete(missed, f)
					res.Rows = append(res.Rows, fmt.Sprintf("missed %s: best phrase #%d %q %s %.3f docs %d candidate %d", f, pi+1, p.Text, p.Kind, p.Score, p.Docs, p.Candidate))
				}
			}
		}
	}
	for f := range missed {
		res.Rows = append(res.Rows, "missed "+f+": no phrase surfaces it")
	}
	return res
}

// functionWords may not begin or end a well-formed phrase (after a leading
// article is dropped): the stopwords and a few more.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range corpus.DefaultStopwords() {
		m[w] = true
	}
	for _, w := range strings.Fields("per upon via within toward towards across among amid whether must may might shall cannot both either neither every another many much several like including without since though although yet") {
		m[w] = true
	}
	return m
}()

// malformed says why phrase pi is not well formed, or "": it begins or ends
// with a function word once a leading article is dropped, or it is a
// fragment of a higher-ranked phrase with the same documents.
func malformed(d *phrases.Discovery, pi int) string {
	p := &d.Phrases[pi]
	words := strings.Fields(p.Text)
	if len(words) > 1 && (words[0] == "the" || words[0] == "a" || words[0] == "an") {
		words = words[1:]
	}
	if functionWords[words[0]] || functionWords[words[len(words)-1]] {
		return "begins or ends with a function word"
	}
	if p.DocIDs == nil {
		return ""
	}
	docs := strings.Join(sortedCopy(p.DocIDs), " ")
	for qi := 0; qi < pi; qi++ {
		q := &d.Phrases[qi]
		if q.N <= p.N || q.DocIDs == nil || !strings.Contains(" "+q.Text+" ", " "+p.Text+" ") {
			continue
		}
		if strings.Join(sortedCopy(q.DocIDs), " ") == docs {
			return fmt.Sprintf("a fragment of the higher-ranked %q with the same documents", q.Text)
		}
	}
	return ""
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

// BestFamily is the gold family a candidate family counts toward, given the
// gold occurrences its phrases surface (with repeats) and how many content
// words of each they cover: the family it overlaps most often, in distinct
// occurrences, then most widely, in content words covered (the largest
// covering of each occurrence), ties going to the name that sorts first;
// others lists the other families surfaced, sorted. "win-win", said in
// fourteen documents, counts toward win-win-cooperation, not toward the
// longer formula it is part of in three; "mutually beneficial relationship
// based on common strategic interests" overlaps the gold
// mutual-benefit-strategic-relationship in seven words and the
// mutual-benefit annotated inside it in two, as often: it counts toward the
// first. It is "" when occ is empty.
func BestFamily(occ []GoldOcc) (best string, others []string) {
	type key struct {
		doc, fam   string
		start, end int
	}
	cov := map[key]int{}
	for _, o := range occ {
		k := key{o.Doc, o.Family.Family, o.Start, o.End}
		cov[k] = max(cov[k], o.Covered)
	}
	words, n := map[string]int{}, map[string]int{}
	for k, c := range cov {
		words[k.fam] += c
		n[k.fam]++
	}
	better := func(f, g string) bool {
		switch {
		case n[f] != n[g]:
			return n[f] > n[g]
		case words[f] != words[g]:
			return words[f] > words[g]
		}
		return f < g
	}
	for f := range n {
		if best == "" || better(f, best) {
			best = f
		}
	}
	for f := range n {
		if f != best {
			others = append(others, f)
		}
	}
	sort.Strings(others)
	return best, others
}

// Write writes the two totals, and with detail the candidates and misses.
func (s *DiscoverScore) Write(w io.Writer, detail bool) {
	if detail {
		for _, r := range s.Rows {
			fmt.Fprintln(w, "  ", r)
		}
		for _, m := range s.Malformed {
			fmt.Fprintln(w, "   not well formed:", m)
		}
	}
	fmt.Fprintf(w, "discovery: top %d formula candidates surface %d of %d recurring gold formula families (missed: %s)\n",
		s.Shown, len(s.Surfaced), len(s.Recurring), strings.Join(s.Missed, ", "))
	fmt.Fprintf(w, "discovery: %d of %d top formula candidates well formed (%.1f%%)\n", s.WellFormed, s.Shown,
		100*float64(s.WellFormed)/float64(max(1, s.Shown)))
}
