package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// legacyMinBad is the number of invalid UTF-8 bytes from which a text is
// taken to be in another encoding rather than UTF-8 with a few stray bytes.
const legacyMinBad = 8

// legacyCJK are the national encodings a text that is not UTF-8 is tried
// in. GB18030 decodes GBK and GB2312 too.
var legacyCJK = []struct {
	name string
	enc  encoding.Encoding
}{
	{"GB18030", simplifiedchinese.GB18030},
	{"Big5", traditionalchinese.Big5},
	{"EUC-KR", korean.EUCKR},
}

// frequentCJK are the most frequent characters of Chinese news (in both
// scripts) and of Korean: a right decoding is full of them, a wrong one
// (EUC-KR bytes read as GBK give rare ideographs) is not.
var frequentCJK = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "" +
		"的一是不了在人有我他这這中大来來上个個国國和也到说說们們为為子时時道地出而要于於就下得可你年生自会會那后後能对對着著事其里裡所去行过過家十用发發天如然作方成者多日都三小二无無同么經经法当當起与與好看学學进進种種将將还還分此心前面又定见見只主没沒公从從双雙边邊贸貿易合作关關系係表示方两兩外交部发展展美元亿億万萬月增长長同比" +
		"이다의는에하고한을를가로서지기도나사대국정일있했수들적시인부와과으며해것장위리전제주자원아라게관계교협력중미북남년월양측외통령밝혔" {
		m[r] = true
	}
	return m
}()

// decodeLegacy decodes a text that is not UTF-8 (it has bad >= legacyMinBad
// invalid bytes): from GB18030 (so GBK and GB2312), Big5 or EUC-KR, the one
// whose decoding has the most frequent characters, less those undecodable;
// else, when most of its non-ASCII bytes are Latin letters in windows-1252,
// from that. Bytes the chosen encoding cannot decode become U+FFFD with a
// note naming it. A text no encoding reads well is refused, and why says so:
// a text in an unknown encoding is never counted as mojibake.
// enc is the encoding chosen, for the rest of a long file.
func decodeLegacy(b []byte, bad int) (text []byte, enc encoding.Encoding, notes []string, why string) {
	high := 0
	for _, c := range b {
		if c >= utf8.RuneSelf {
			high++
		}
	}
	best, bestScore, bestRepl := -1, 0, 0
	var bestText []byte
	for i, c := range legacyCJK {
		t, err := c.enc.NewDecoder().Bytes(b)
		if err != nil {
			continue
		}
		repl := bytes.Count(t, []byte("\uFFFD")) - bytes.Count(b, []byte("\uFFFD"))
		freq := 0
		for _, r := range string(t) {
			if frequentCJK[r] {
				freq++
			}
		}
		// a double-byte character is two high bytes: a right decoding has
		// a frequent character in at least one of ten pairs
		score := freq - 10*repl
		if score*20 >= high && score > bestScore {
			best, bestScore, bestRepl, bestText = i, score, repl, t
		}
	}
	if best < 0 {
		if latin := latinText(b); latin != nil {
			return latin, charmap.Windows1252, []string{"decoded from windows-1252 (detected)"}, ""
		}
		return nil, nil, nil, fmt.Sprintf("unknown encoding: %d %s not valid UTF-8, and the text is not GB18030, GBK, Big5, EUC-KR or windows-1252; convert it to UTF-8", bad, plural(bad, "byte is", "bytes are"))
	}
	name := legacyCJK[best].name
	if bestRepl >= legacyMinBad && bestRepl*20 > high {
		return nil, nil, nil, fmt.Sprintf("broken encoding: read as %s, %d %s undecodable; convert it to UTF-8", name, bestRepl, plural(bestRepl, "byte is", "bytes are"))
	}
	notes = append(notes, "decoded from "+name+" (detected)")
	if bestRepl > 0 {
		notes = append(notes, fmt.Sprintf("%d %s not valid %s replaced by U+FFFD", bestRepl, plural(bestRepl, "byte", "bytes"), name))
	}
	return bestText, legacyCJK[best].enc, notes, ""
}

// latinText decodes b as windows-1252 when nine in ten of its non-ASCII
// bytes are Latin letters there (é, ü, ñ ...) standing next to ASCII
// letters, as in Western text; else it returns nil.
func latinText(b []byte) []byte {
	high, letters := 0, 0
	for i, c := range b {
		if c < utf8.RuneSelf {
			continue
		}
		high++
		if c >= 0xC0 && c != 0xD7 && c != 0xF7 && (i > 0 && isASCIILetter(b[i-1]) || i+1 < len(b) && isASCIILetter(b[i+1])) {
			letters++
		}
	}
	if high == 0 || letters*10 < high*9 {
		return nil
	}
	t, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil || strings.ContainsRune(string(t), utf8.RuneError) {
		return nil
	}
	return t
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
