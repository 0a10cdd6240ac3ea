package phrases

import (
	"math"
	"strings"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// The features of a phrase that its formula score weighs (see score). Each
// is computed from the corpus, the reference word list and the word classes
// of discover_words.go; none from the formula lexicon.
const (
	fBias        = iota // 1
	fOne                // a single word
	fLogN               // ln of the words (at most MaxN)
	fLogDocs            // ln of the documents
	fDocShare           // share of the documents, shrunk for small corpora (see shareShrink)
	fOwn                // share of the occurrences outside longer phrases kept
	fCohesion           // the lowest normalized PMI over the phrase's binary splits (0 for one word)
	fEntropy            // the lower of the left and right branching entropies (nats)
	fReported           // share of the occurrences in reported speech
	fCaps               // share of the occurrences with every content word capitalized
	fHead               // the last word is an abstract noun diplomacy lives on (headNouns)
	fAbstract           // share of the content words that are abstract nouns
	fNounEnd            // the last word is a noun
	fVerb               // a content word is mainly a verb
	fRare               // -log10 of the reference frequency (per million) of the rarest content word
	fCommon             // mean log10 reference frequency (per million) of the content words
	fKey                // ln(corpus rate / reference rate) of the most marked content word
	fCompound           // a hyphenated word
	fNames              // share of the content words that are actors, titles, bodies or proper names
	fNumber             // a number
	fSpan               // ln(1 + months from first to last seen)
	fVariants           // ln(wordings in its candidate family): see wordings
	fForeign            // a word in a script other than Latin
	fLogN2              // the square of ln-words: lets the score peak at a length
	fQuoted             // share of the occurrences inside quotation marks
	fOwnDocs            // ln of the documents where it occurs outside longer phrases kept
	fEntropyMax         // the higher of the left and right branching entropies
	fOneKey             // keyness, of a single word (0 for longer phrases)
	fOneRare            // rare, of a single word
	fArticle            // share of the occurrences right after "the", "a" or "an"
	fAfterNumber        // share of the occurrences right after a number
	numFeatures
)

// FeatureNames names the features of Phrase.Features, in order.
var FeatureNames = [numFeatures]string{"bias", "one-word", "ln-words", "ln-docs", "doc-share", "own-share",
	"cohesion", "entropy", "reported", "capitalized", "head-noun", "abstract", "noun-end", "verb", "rare",
	"common", "keyness", "compound", "names", "number", "span", "variants", "foreign", "ln-words-sq", "quoted", "ln-own-docs",
	"entropy-max", "one-word-keyness", "one-word-rare", "after-article", "after-number"}

// shareShrink is added to the documents when a phrase's share of them is
// computed: in a corpus of five articles, a phrase in all five says little
// about how generic it is.
const shareShrink = 20

// features computes the features of a kept candidate with term IDs ids.
func (dc *Discoverer) features(c *cand, ids []int32, count, docs int32, lo, hi day, levels []*level) []float64 {
	x := make([]float64, numFeatures)
	n := len(ids)
	x[fBias] = 1
	if n == 1 {
		x[fOne] = 1
	}
	x[fLogN] = math.Log(float64(min(n, dc.opts.MaxN)))
	x[fLogN2] = x[fLogN] * x[fLogN]
	x[fLogDocs] = math.Log(float64(docs))
	x[fDocShare] = float64(docs) / float64(len(dc.docs)+shareShrink)
	if c.passage {
		x[fOwn] = 1
	} else {
		x[fOwn] = float64(c.own) / float64(count)
	}
	x[fCohesion] = dc.cohesion(ids, count, levels)
	if c.passage || n >= dc.opts.MaxN {
		x[fEntropy] = math.Log(float64(count)) // unknown: as if every neighbour differed
		x[fEntropyMax] = x[fEntropy]
	} else {
		l, r := branching(count, c.sl), branching(count, c.sr)
		x[fEntropy], x[fEntropyMax] = min(l, r), max(l, r)
	}
	x[fArticle] = float64(c.article) / float64(count)
	x[fAfterNumber] = float64(c.afterNum) / float64(count)
	x[fReported] = float64(c.rep) / float64(count)
	x[fQuoted] = float64(c.quoted) / float64(count)
	x[fOwnDocs] = math.Log(float64(max(1, c.ownDocs)))
	if c.passage {
		x[fOwnDocs] = x[fLogDocs]
	}
	if c.capsOf > 0 {
		x[fCaps] = float64(c.caps) / float64(c.capsOf)
	}
	last := dc.info[ids[n-1]]
	if last.head {
		x[fHead] = 1
	}
	if last.noun && !last.actor {
		x[fNounEnd] = 1
	}
	content, abstract, names := 0, 0, 0
	rarest, common, key := math.Inf(1), 0.0, math.Inf(-1)
	words := float64(max(1, dc.words))
	for _, id := range ids {
		ti := dc.info[id]
		if ti.compound {
			x[fCompound] = 1
		}
		if ti.number {
			x[fNumber] = 1
		}
		if ti.foreign {
			x[fForeign] = 1
		}
		if !dc.content[id] {
			continue
		}
		content++
		if ti.abstract {
			abstract++
		}
		if ti.actor || ti.title || ti.inst || ti.proper || (ti.particle || !ti.known && !ti.compound && !ti.abstract) && x[fCaps] >= 0.5 {
			names++
		}
		if ti.verb {
			x[fVerb] = 1
		}
		lp := math.Log10(float64(ti.refPM))
		rarest = min(rarest, lp)
		common += lp
		if u := dc.unigram(id, levels); u > 0 {
			key = max(key, math.Log(u/words*1e6/float64(ti.refPM)))
		}
	}
	if content > 0 {
		x[fAbstract] = float64(abstract) / float64(content)
		x[fNames] = float64(names) / float64(content)
		x[fRare] = -rarest
		x[fCommon] = common / float64(content)
		if !math.IsInf(key, -1) {
			x[fKey] = key
		}
	}
	if n == 1 {
		x[fOneKey], x[fOneRare] = x[fKey], x[fRare]
	}
	if lo != 0 && hi != 0 {
		x[fSpan] = math.Log(1 + months(lo, hi))
	}
	return x
}

// unigram is the count of a word in the documents kept (0 when it does not
// recur).
func (dc *Discoverer) unigram(id int32, levels []*level) float64 {
	if levels[1] == nil {
		return 0
	}
	if gi, ok := levels[1].idx.get(hashIDs([]int32{id})); ok {
		return float64(levels[1].grams[gi].count)
	}
	return 0
}

// cohesion is the lowest normalized PMI over the binary splits of a phrase:
// ln(P(xy) / (P(x) P(y))) / -ln P(xy), with P the count per word of the
// documents kept; 1 when a part is longer than the counted lengths.
func (dc *Discoverer) cohesion(ids []int32, count int32, levels []*level) float64 {
	n := len(ids)
	if n == 1 {
		return 0
	}
	w := float64(max(1, dc.words))
	pxy := float64(count) / w
	lowest := 1.0
	for k := 1; k < n; k++ {
		cl, cr := dc.gramCount(ids[:k], levels), dc.gramCount(ids[k:], levels)
		if cl == 0 || cr == 0 {
			continue
		}
		npmi := math.Log(pxy/(cl/w*cr/w)) / -math.Log(pxy)
		lowest = min(lowest, npmi)
	}
	return lowest
}

// gramCount is the count of a recurring gram, 0 when not counted.
func (dc *Discoverer) gramCount(ids []int32, levels []*level) float64 {
	if len(ids) >= len(levels) || levels[len(ids)] == nil {
		return 0
	}
	if gi, ok := levels[len(ids)].idx.get(hashIDs(ids)); ok {
		return float64(levels[len(ids)].grams[gi].count)
	}
	return 0
}

// months is the number of months from the month of a to that of b.
func months(a, b day) float64 {
	ta, tb := a.Time(), b.Time()
	return float64((tb.Year()-ta.Year())*12 + int(tb.Month()) - int(ta.Month()))
}

// phrase turns a kept candidate into a Phrase, or reports false when it
// has too few content words.
func (dc *Discoverer) phrase(c cand, levels []*level) (Phrase, bool) {
	g := &levels[c.lvl].grams[c.gi]
	d := &dc.docs[g.firstDoc]
	from := int(g.firstPos) + int(c.off)
	ids := d.seq[from : from+int(c.n)]
	count, docs, lo, hi := g.count, g.docs, g.lo, g.hi
	if c.passage {
		count, docs, lo, hi = c.count, c.docs, c.lo, c.hi
	}
	words := make([]string, len(ids))
	for i, id := range ids {
		words[i] = dc.terms[id]
	}
	p := Phrase{Text: strings.Join(words, " "), N: len(ids), Count: int(count), Docs: int(docs),
		First: lo.Time(), Last: hi.Time(), Candidate: -1, ids: ids}
	p.Features = dc.features(&c, ids, count, docs, lo, hi, levels)
	start, end := int(d.span.start(from)), int(d.span.end(from+int(c.n)-1))
	p.Example = Occurrence{Doc: d.id, Date: d.date, Variant: p.Text, Text: d.raw[start:end], Start: start, End: end}
	for _, s := range d.sents {
		if s.Start <= start && end <= s.End {
			p.Example.SentStart, p.Example.SentEnd = s.Start, s.End
			p.Example.Sentence = corpus.Excerpt(d.raw, s.Start, s.End, start, end, corpus.MaxExcerpt)
			break
		}
	}
	return p, true
}
