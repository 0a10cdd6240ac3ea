package terms

import (
	"math"
	"runtime"
	"strings"
	"time"
	"unsafe"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// Counter counts terms and n-grams document by document. It keeps nothing of
// a document after Add returns, so it works with corpus.Stream; counters of
// shards combine with Merge into exactly the counts of one pass. A Counter is
// not safe for concurrent use: give each worker its own and merge them.
type Counter struct {
	opts Options

	// vocabulary: unigram id -> word, stopword flag and statistics
	byHash *u64Index // corpus.WordHash(word) -> id
	// collide holds the words whose hash an earlier word has (almost
	// always none): byHash finds the earlier one.
	collide map[string]uint32
	words   []string // copies in text, not in any document
	text    []byte   // the current block of word copies
	stop    []bool
	uni     []stat

	levels [MaxN + 1]level // levels[n] for n >= 2 that are counted

	docs, tokens int
	first, last  time.Time // dated span

	// periods by id: label, documents, tokens
	plabel  []string
	pid     map[string]int
	pdocs   []int
	ptokens []int

	pruneRounds int   // the undercount bound: rounds of pruning (Prune(min) counts min-1)
	pruned      int64 // n-gram entries dropped
	warnings    []string

	docTerms []docVec
	per      *perTable  // per-period counts of rarer terms: pkey -> pval
	cols     [][]uint64 // per-period counts of frequent terms: cols[period][row] (see periods.go)
	nrows    int

	// per-document scratch, reused
	cnt     [MaxN + 1][]uint32
	touched [MaxN + 1][]uint32
	ids     []uint32
}

// docVec is one document's unigram counts, for tf-idf.
type docVec struct {
	id     string
	date   time.Time
	tokens int
	terms  []uint32
	counts []uint32
}

// NewCounter returns an empty counter. Options are checked by Check; invalid
// ones panic here, so check user input first.
func NewCounter(o Options) *Counter {
	if err := o.Check(); err != nil {
		panic(err)
	}
	c := &Counter{opts: o, pid: map[string]int{}, per: newPerTable(), byHash: newU64Index()}
	for n := max(2, o.MinN); n <= o.MaxN; n++ {
		c.levels[n] = newLevel(n)
	}
	return c
}

// Options returns the counter's options.
func (c *Counter) Options() Options { return c.opts }

// Docs is the number of documents added.
func (c *Counter) Docs() int { return c.docs }

// Tokens is the number of tokens (words and numbers, stopwords included) added.
func (c *Counter) Tokens() int { return c.tokens }

// intern returns the id of word w, whose corpus.WordHash is h, adding it.
// The tokenizer hashes each distinct word once (Token.Hash), so most tokens
// cost one probe of byHash and a string compare; a word whose hash an
// earlier word has goes to collide.
func (c *Counter) intern(w string, h uint64, stop bool) uint32 {
	id, found := c.byHash.getOrPut(h, uint32(len(c.words)))
	if found {
		if c.words[id] == w {
			return id
		}
		if id, ok := c.collide[w]; ok {
			return id
		}
	}
	if hw := corpus.WordHash(w); hw != h {
		// a token whose Hash is not its word's (byHash now files h
		// under the id this word gets, which leads to it)
		return c.intern(w, hw, stop)
	}
	// A Norm may share memory with its document's text: copy it, so the
	// counter does not keep documents alive.
	w = c.copyWord(w)
	id = uint32(len(c.words))
	if id == maxPacked {
		c.levels[3] = widen(c.levels[3]) // trigram keys no longer fit a uint64
	}
	if found {
		if c.collide == nil {
			c.collide = map[string]uint32{}
		}
		c.collide[w] = id
	}
	c.words = append(c.words, w)
	c.stop = append(c.stop, stop)
	c.uni = append(c.uni, stat{})
	return id
}

// wordID returns the id of a counted word.
func (c *Counter) wordID(w string) (uint32, bool) {
	if id, ok := c.byHash.get(corpus.WordHash(w)); ok && c.words[id] == w {
		return id, true
	}
	id, ok := c.collide[w]
	return id, ok
}

// textBlock is the size of the blocks the words are copied into: one
// allocation for thousands of words, which the collector need not scan.
const textBlock = 64 << 10

// copyWord returns a copy of w in the counter's text blocks.
func (c *Counter) copyWord(w string) string {
	if len(w) == 0 {
		return ""
	}
	if len(w) > textBlock/8 {
		return strings.Clone(w)
	}
	if len(c.text)+len(w) > cap(c.text) {
		c.text = make([]byte, 0, textBlock)
	}
	start := len(c.text)
	c.text = append(c.text, w...)
	return unsafe.String(&c.text[start], len(w))
}

func (c *Counter) period(label string) int {
	if p, ok := c.pid[label]; ok {
		return p
	}
	p := len(c.plabel)
	c.pid[label] = p
	c.plabel = append(c.plabel, label)
	c.pdocs = append(c.pdocs, 0)
	c.ptokens = append(c.ptokens, 0)
	return p
}

// Add counts one document. Duplicates and skipped documents are ignored.
func (c *Counter) Add(d *corpus.Document) {
	defer runtime.KeepAlive(c) // its tables may live outside the heap (offheap.Own)
	if d.Status != corpus.StatusOK && d.Status != corpus.StatusUndated {
		return
	}
	ntok := d.NumTokens()
	c.docs++
	c.tokens += ntok
	if !d.Date.IsZero() {
		if c.first.IsZero() || d.Date.Before(c.first) {
			c.first = d.Date
		}
		if d.Date.After(c.last) {
			c.last = d.Date
		}
	}
	p := 0
	if c.opts.ByPeriod {
		p = c.period(c.opts.Unit.Label(d.Date))
		if p > math.MaxUint16 {
			panic("terms: more than 65535 periods; use a longer period unit")
		}
		c.pdocs[p]++
		c.ptokens[p] += ntok
	}
	for si := range d.Sentences {
		toks := d.Sentences[si].Tokens
		ids := c.ids[:0]
		for i := range toks {
			id := c.intern(toks[i].Norm, toks[i].Hash, toks[i].Stop)
			ids = append(ids, id)
			c.touch(1, id)
		}
		c.ids = ids
		for n := max(2, c.opts.MinN); n <= c.opts.MaxN; n++ {
			lv := c.levels[n]
			for i := 0; i+n <= len(ids); i++ {
				g := ids[i : i+n]
				if !c.opts.Raw && (c.stop[g[0]] || c.stop[g[n-1]]) {
					continue
				}
				c.touch(n, lv.id(g))
			}
		}
	}
	c.flush(1, ntok, p, d)
	for n := max(2, c.opts.MinN); n <= c.opts.MaxN; n++ {
		c.flush(n, ntok, p, nil)
	}
	if lim := c.opts.maxEntries(); lim > 0 && c.ngramEntries() > lim {
		c.autoPrune(lim)
	}
}

func (c *Counter) touch(n int, e uint32) {
	cnt := c.cnt[n]
	if int(e) >= len(cnt) {
		cnt = append(cnt, make([]uint32, int(e)+1-len(cnt)+len(cnt)/2)...)
		c.cnt[n] = cnt
	}
	if cnt[e] == 0 {
		c.touched[n] = append(c.touched[n], e)
	}
	cnt[e]++
}

// flush moves one document's counts of level n into the totals; d is given
// for unigrams when document vectors are kept.
func (c *Counter) flush(n, ntok, p int, d *corpus.Document) {
	cnt := c.cnt[n]
	var vec *docVec
	if d != nil && c.opts.DocTerms {
		c.docTerms = append(c.docTerms, docVec{id: d.ID, date: d.Date, tokens: ntok})
		vec = &c.docTerms[len(c.docTerms)-1]
		vec.terms = make([]uint32, 0, len(c.touched[n]))
		vec.counts = make([]uint32, 0, len(c.touched[n]))
	}
	for _, e := range c.touched[n] {
		v := cnt[e]
		cnt[e] = 0
		var s *stat
		if n == 1 {
			s = &c.uni[e]
		} else {
			s = c.levels[n].stat(e)
		}
		if c.opts.ByPeriod {
			c.addPer(n, e, s, p, pval(v, 1)) // before the totals change
		}
		s.count += v
		s.docs++
		s.disp += dispTerm(ntok, v)
		if vec != nil {
			vec.terms = append(vec.terms, e)
			vec.counts = append(vec.counts, v)
		}
	}
	c.touched[n] = c.touched[n][:0]
}

func (c *Counter) ngramEntries() int {
	t := 0
	for _, lv := range c.levels {
		if lv != nil {
			t += lv.size()
		}
	}
	return t
}

// dispScale is the fixed-point scale of stat.disp.
const dispScale = 1 << 20

func dispTerm(docTokens int, v uint32) uint64 {
	return uint64(math.Round(math.Sqrt(float64(docTokens)*float64(v)) * dispScale))
}

// Periods lists the period labels seen so far, in no particular order.
func (c *Counter) Periods() []string { return append([]string(nil), c.plabel...) }

// Span is the first and last date of the dated documents (zero if none).
func (c *Counter) Span() (first, last time.Time) { return c.first, c.last }
