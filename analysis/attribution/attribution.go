package attribution

import (
	"sort"
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/internal/script"
)

// Attribution says who speaks in one sentence.
type Attribution struct {
	// Speaker is the canonical name of a known actor ("Xi Jinping"), an
	// unknown speaker's name as written ("Hwang Jae-ho", "Chinese official",
	// "observers"), Narrator or Both.
	Speaker string
	// Side is the country or body the speaker represents ("China", "ROK"),
	// Unknown, Both, Narrator or Press.
	Side string
	// Cue is how the speaker was found: a speech verb in the past tense
	// ("said", "noted", "called on", "pointed out"), "according to",
	// "data" (X's data showed), "quoted" (X quoted Y as saying), "quote" (a
	// sentence of a quotation attributed in another sentence), "transcript"
	// (a "Name:" line of a Q&A), "continued" (the next sentence of a short
	// paragraph of reported speech), "joint statement", or "narrator".
	Cue string
	// Parts are the stretches of the sentence that are not the speaker's
	// words: the narrator's subject of the frame and asides, a clause
	// before the frame's, a clause of another frame. At reads them.
	Parts []Part
}

// The speakers, sides and cues that are not names.
const (
	Narrator   = "narrator"   // the journalist's own words: speaker, side and cue
	Both       = "both"       // a joint statement: speaker and side
	Unknown    = "unknown"    // the side of a speaker the table does not know
	Press      = "press"      // the side of a journalist asking in a transcript
	Journalist = "journalist" // the speaker of a "Q:" line
)

var narrator = Attribution{Speaker: Narrator, Side: Narrator, Cue: Narrator}

// Options tune an Attributor.
type Options struct {
	// Stem must match the corpus: set it when the corpus was loaded with
	// Stem, so the table's words are stemmed as the tokens are.
	Stem bool
}

// Attributor finds the speaker of every sentence of a document. It is safe
// for concurrent use.
type Attributor struct {
	x    *index
	pool sync.Pool
}

// New compiles a table (nil: DefaultActors) into an Attributor.
func New(actors *Actors, opts Options) *Attributor {
	if actors == nil {
		actors = DefaultActors()
	}
	a := &Attributor{x: newIndex(actors, opts.Stem)}
	a.pool.New = func() any { return newWorker(a.x) }
	return a
}

// Document returns one Attribution per sentence of d, index-aligned with
// d.Sentences.
func (a *Attributor) Document(d *corpus.Document) []Attribution {
	if len(d.Sentences) == 0 {
		return nil
	}
	w := a.pool.Get().(*worker)
	defer a.pool.Put(w)
	out := w.document(d)
	if script.HasCJK(d.Raw) {
		home := w.home
		if w.homeDateline {
			home = ""
		}
		w.cjkDocument(d, out, home)
	}
	return out
}

// At returns the attribution of the words at byte offset off of d.Raw: the
// sentence's holding it, or that of the Part of the sentence holding it, given atts from Document(d); ok is false when no sentence holds it.
func At(d *corpus.Document, atts []Attribution, off int) (Attribution, bool) {
	ss := d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == len(ss) || off < ss[i].Start || i >= len(atts) {
		return Attribution{}, false
	}
	a := atts[i]
	for _, p := range a.Parts {
		if p.Start <= off && off < p.End {
			return Attribution{Speaker: p.Speaker, Side: p.Side, Cue: p.Cue}, true
		}
	}
	return a, true
}

// Home is the side of the outlet (or the government's site) that published
// d, as Document reads it from the page's first lines: a news outlet the
// table knows ("Yonhap", "(Kyodo)"), a body's masthead, or an outlet
// that names a side in its own name ("Nepali Times"); "" when none is
// named, or the outlet reports the world ("Bloomberg"). A dateline is no
// outlet's home and is not read.
func (a *Attributor) Home(d *corpus.Document) string {
	w := a.pool.Get().(*worker)
	defer a.pool.Put(w)
	w.scanAcronyms(d.Raw)
	home, _ := w.publisher(d)
	return home
}
