package phrases

import (
	"fmt"
	"hash/fnv"
)

// Sampling. When the words of the documents added exceed the budget, the
// Discoverer keeps a document iff the hash of its ID is below a threshold: the
// threshold starts at the maximum (every document) and is halved, dropping the
// kept documents now above it, whenever the kept words exceed the budget.
// Documents above the threshold when they are added are never tokenized into
// the Discoverer.
//
// The sample is the set of documents whose hash is below the final threshold,
// and the final threshold is the largest power-of-two fraction whose documents
// fit the budget: every halving happened because some of the documents below
// the previous threshold already exceeded it. So the sample is the same
// whatever order the documents arrive in, and, the hash being unrelated to
// dates, it spreads evenly over time (unlike "the first N documents").

// docHash is the sampling hash of a document ID: FNV-1a, then a 64-bit
// finalizer so that the high bits, which decide the sample, are well mixed.
// It must not change between releases: reports would sample differently.
func docHash(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return mix(h.Sum64())
}

// keeps reports whether a document of hash h is in the current sample.
func (dc *Discoverer) keeps(h uint64) bool {
	return dc.shift == 0 || h>>(64-dc.shift) == 0
}

// sample is the current sampling denominator (1: every document).
func (dc *Discoverer) sample() int { return 1 << dc.shift }

// maxShift bounds the halvings (a 1/2⁶² sample).
const maxShift = 62

// shrink halves the sampling threshold until the kept words fit the budget,
// freeing the documents dropped and the terms only they used.
func (dc *Discoverer) shrink() {
	for dc.words > dc.budget && dc.shift < maxShift {
		dc.shift++
		kept := dc.docs[:0]
		dc.words, dc.tokens = 0, 0
		for _, d := range dc.docs {
			if dc.keeps(d.hash) {
				kept = append(kept, d)
				dc.words += d.words()
				dc.tokens += int(d.ntok)
			}
		}
		clear(dc.docs[len(kept):]) // release the dropped documents
		dc.docs = kept
	}
	dc.compactTerms()
}

// words is the number of units of a document, sentence separators excluded.
func (d *ddoc) words() int {
	return len(d.seq) - max(0, len(d.sents)-1)
}

// compactTerms renumbers the terms of the kept documents from 0 and forgets
// the others, so the vocabulary shrinks with the sample.
func (dc *Discoverer) compactTerms() {
	remap := make([]int32, len(dc.terms))
	for i := range remap {
		remap[i] = -1
	}
	var terms, core []string
	var content []bool
	var info []termInfo
	for di := range dc.docs {
		seq := dc.docs[di].seq
		for i, id := range seq {
			if id < 0 {
				continue
			}
			if remap[id] < 0 {
				remap[id] = int32(len(terms))
				terms = append(terms, dc.terms[id])
				content = append(content, dc.content[id])
				core = append(core, dc.core[id])
				info = append(info, dc.info[id])
			}
			seq[i] = remap[id]
		}
	}
	dc.ids = make(map[string]int32, len(terms))
	for i, t := range terms {
		dc.ids[t] = int32(i)
	}
	dc.terms, dc.content, dc.core, dc.info = terms, content, core, info
}

// warnings says when discovery runs on a sample.
func (dc *Discoverer) warnings() []string {
	if dc.shift == 0 {
		return nil
	}
	return []string{fmt.Sprintf("phrase discovery ran on a 1/%d hash sample: %d of %d documents, %d words (budget %d); "+
		"phrase documents and counts are of the sample", dc.sample(), len(dc.docs), dc.seen, dc.words, dc.budget)}
}
