package figures

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// referenceLex is the plain rune-by-rune lexer that appendTokens must
// match token for token; appendTokens adds an ASCII fast path to it.
func referenceLex(text string) []tok {
	var toks []tok
	gap := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f':
			gap = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			toks = append(toks, tok{s: text[i:j], start: i, end: j, kind: tNum, gap: gap})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			if k := letterPrefix(text[i:j]); k > 0 {
				j = i + k
			}
			toks = append(toks, tok{s: text[i:j], start: i, end: j, kind: tWord, gap: gap})
			i = j
		default:
			toks = append(toks, tok{s: text[i : i+n], start: i, end: i + n, kind: tSym, gap: gap})
			i += n
		}
		gap = false
	}
	for k := range toks {
		toks[k].lower = strings.ToLower(toks[k].s)
	}
	return toks
}

var lexCases = []string{
	"", " ", "The U.S. exported $298.9 billion (up 24.5%) in 2023-24.",
	"RMB5 billion, US5, W1.5 trillion, km2, CO2, don't, Korea's, won’t, it'", "TAB\tNL\nVT\vFF\fCR\r\u00a0NBSP\u202fNNBSP\u0085NEL",
	"İstanbul ÉTÉ Straße ΣΊΣΥΦΟΣ naïve l'été \u212aELVIN \u212a ıNR uſd ⅫRoman", "\xff\xfe bad \xc3 utf8 A\xffB 1\xff",
	"e\u0301t\u0301e\u0301 x\u0301Y", "MUSD 30 musd 30 Usd 5 USD5", "Rs1,300 Rp5 RM5 Php2 P5 P2P PHP5 W3 Rsx Tk5", "46 . 8 million, 1 234 567, 10 1/2, 1,5", "--− – — ‑ ± +/- ° ℃ ¥ ￥ ₩ € £",
}

func checkLex(t *testing.T, s string) {
	var sc scanner
	sc.reset(s)
	want := referenceLex(s)
	if len(sc.toks) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(sc.toks, want) {
		t.Fatalf("%q:\n got  %+v\n want %+v", s, sc.toks, want)
	}
}

func checkCollapse(t *testing.T, s string) {
	if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
	}
}

func TestLexMatchesReference(t *testing.T) {
	inputs := append([]string{}, lexCases...)
	for _, d := range loadSeeds(t) {
		inputs = append(inputs, d.Raw)
	}
	for _, c := range localCases {
		inputs = append(inputs, c.in)
	}
	for _, s := range inputs {
		checkLex(t, s)
		checkCollapse(t, s)
	}
}

func FuzzLex(f *testing.F) {
	for _, s := range lexCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLex(t, s)
		checkCollapse(t, s)
	})
}

// TestStartFilters checks the quick tables of mayStartFigure against the
// maps and predicates they stand for.
func TestStartFilters(t *testing.T) {
	words := []string{"", "a", "z", "the", "and", "usd", "us$", "musd", "w", "x", "éa", "a'", "approximately", "approximatelyy"}
	for w := range startWords {
		words = append(words, w, w+"s", "x"+w, w[:len(w)-1]+"q")
	}
	for _, d := range loadSeeds(t) {
		for _, tk := range lex(d.Raw) {
			words = append(words, tk.lower)
		}
	}
	for _, w := range words {
		if got, want := isStartWord(w), startWords[w]; got != want {
			t.Errorf("isStartWord(%q) = %v, want %v", w, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		s := string([]byte{byte(c)})
		if got, want := startSymbol[c], isDash(s) || currencySigns[s] != "" || s == "("; got != want {
			t.Errorf("startSymbol[%q] = %v, want %v", s, got, want)
		}
	}
}

func lex(text string) []tok { return appendTokens(nil, text) }

// TestStartWordsSound checks the premise of startWords: at an ASCII word
// outside it, figureAt reads nothing, whatever follows. It tries every word
// of the seeds, the external suites and the extractor's own tables before
// numbers, signs, scale words, currencies and written numbers, so a new
// path in figureAt that starts at some other word fails here rather than
// being passed over by scan in silence.
func TestStartWordsSound(t *testing.T) {
	var texts []string
	for _, d := range loadSeeds(t) {
		texts = append(texts, d.Raw)
	}
	filepath.WalkDir(externalDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".json") {
			b, _ := os.ReadFile(p)
			texts = append(texts, string(b))
		}
		return nil
	})
	for _, m := range []map[string]bool{qualFirst, notNouns, pluralNouns, changeVerbs, durationAdjectives, linkWords, nounLinks, verbQualifiers,
		counterLabels, counterNouns, positionLabels, readingUnits, readingVerbs, postedWords, partyNouns, planWords, timeZones, yearPrepositions} {
		for w := range m {
			texts = append(texts, w)
		}
	}
	for _, m := range []map[string]float64{smallNumbers, tensNumbers, fractionWords, scaleWords} {
		for w := range m {
			texts = append(texts, w)
		}
	}
	for w := range unitWords {
		texts = append(texts, w)
	}
	for w := range qualifierPhrases {
		texts = append(texts, w)
	}
	words := map[string]bool{}
	for _, text := range texts {
		for _, tk := range lex(text) {
			if tk.kind == tWord && isASCII(tk.s) && !startWords[tk.lower] {
				words[tk.lower] = true
				words[tk.s] = true
			}
		}
	}
	if len(words) < 2000 {
		t.Fatalf("only %d words to try", len(words))
	}
	contexts := []string{" 5", "5", " 5 percent", " 5%", " $5 billion", " $ 5", " US$5", " - 5", "-5", " (5)", " ($5)",
		" 5th", " 1/2", " five million", " a half", " one", " half", " a gallon", " 10 000 tonnes", " 3.5 trillion won", " RMB5 billion",
		" point five percent", "-point-five percent", " 2 point 5 percent", " out of every ten", " in every four", "-thirds of", " quarters of",
		" 1.2K views", " (34)", " 3 min read", " 2 hours ago", " sixteen", "-sixteen", " 1. Thirty", " a million", " half a million",
		" 1,300 crore", " 1.5 lakh crore", " 550 bil.", " 35-billion", "-tenths of a percentage point", " quarter of a percent",
		" half a percentage point", " a tenth of a percent", " more towns", " 12,34,567", " 1.250.000", "5 billion", "1,300 crore", " ₱5 billion"}
	sc := new(scanner)
	tried := 0
	for w := range words {
		for _, c := range contexts {
			sc.reset(w + c)
			if len(sc.toks) == 0 || sc.toks[0].kind != tWord {
				continue
			}
			tried++
			if r, next, ok := sc.figureAt(0); ok || next > 1 {
				t.Errorf("figureAt(%q) at %q reads %q (next %d): add the word to startWords", w+c, w, r.f.Text, next)
			}
		}
	}
	t.Logf("%d words in %d contexts: %d tries", len(words), len(contexts), tried)
}
