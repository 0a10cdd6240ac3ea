package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
)

// The languages Document.Lang names for the scripts dipstat reads.
const (
	LangEnglish            = "en"
	LangChineseSimplified  = "zh-Hans"
	LangChineseTraditional = "zh-Hant"
	LangKorean             = "ko"
	LangJapanese           = "ja"
)

// scriptCounts tallies the letters of a text by script.
type scriptCounts struct {
	han, hangul, kana, latin, other int
	simp, trad                      int // Han characters with a distinct simplified or traditional form
}

func (c *scriptCounts) add(s string) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' {
				c.latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case script.IsHan(r):
			c.han++
			switch hanForm[r] {
			case 's':
				c.simp++
			case 't':
				c.trad++
			}
		case script.IsHangul(r):
			c.hangul++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			c.kana++
		case unicode.In(r, unicode.Latin):
			c.latin++
		case unicode.IsLetter(r):
			c.other++
		}
	}
}

// lang names the language of text counted in c: Korean for Hangul, Japanese
// for kana, Chinese for Han (simplified or traditional by which of the two
// forms of the characters that have two it uses more), and declared (a web
// page's own language, when known) or English for Latin letters. The four
// languages dipstat reads are told apart by their scripts alone, which is
// why no statistical language identifier is used; among Latin-script
// languages dipstat reads only English, and a page that declares another
// keeps its declaration. Scripts are weighed by characters, a Latin word
// counting as one character per two letters.
func (c scriptCounts) lang(declared string) string {
	latin := c.latin / 2
	switch {
	case c.hangul > 0 && c.hangul >= c.han/2 && c.hangul >= latin/2 && c.hangul >= c.kana:
		return LangKorean
	case c.kana > 0 && c.kana*5 >= c.han && c.kana >= latin/2:
		return LangJapanese
	case c.han > 0 && c.han >= latin/2:
		if c.trad > c.simp {
			return LangChineseTraditional
		}
		return LangChineseSimplified
	case c.latin > 0 || c.other > 0:
		if d := strings.ToLower(declared); d != "" && d != "zh" && d != "ko" && !strings.HasPrefix(d, "zh-") {
			return declared
		}
		if c.latin >= c.other {
			return LangEnglish
		}
	}
	return declared
}

// langSample is how many tokens of a document detectLang looks at.
const langSample = 2000

// detectLang is the language of d's words (its first langSample tokens), d.Lang
// being what the page declared, if anything. Each word counts its letters
// in the script of its first one: a word is in one script, and counting by
// word keeps English, the common case, a loop over token lengths.
func detectLang(d *Document) string {
	var c scriptCounts
	n := 0
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			if t.Kind != Word {
				continue
			}
			if b := d.Raw[t.Start]; b < utf8.RuneSelf {
				c.latin += t.End - t.Start
			} else {
				c.add(d.Raw[t.Start:t.End])
			}
			n++
		}
		if n >= langSample {
			break
		}
	}
	return c.lang(d.Lang)
}

// hanForm marks the frequent characters of Chinese news that are written
// differently in the two scripts: 's' for the simplified form, 't' for the
// traditional one. Pairs in the order simplified, traditional.
var hanForm = func() map[rune]byte {
	const pairs = "这這们們国國为為时時说說会會对對发發过過还還个個来來经經关關边邊贸貿" +
		"长長万萬亿億东東车車门門问問间間现現实實与與产產业業务務员員电電话話书書记記" +
		"总總统統领領导導议議议議决決战戰济濟区區华華韩韓湾灣岛島两兩进進开開" +
		"动動应應该該运運营營达達选選举舉党黨军軍队隊资資价價额額结結构構际際组組织織" +
		"报報纸紙闻聞网網络絡网網体體质質设設计計认認识識变變让讓将將从從众眾" +
		"张張级級问問题題谈談讲講论論设設术術农農业業银銀钱錢币幣汇匯难難愿願" +
		"欢歡乐樂节節广廣场場厂廠优優惠惠观觀观觀点點签簽约約续續维維护護稳穩协協调調"
	m := map[rune]byte{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]], m[rs[i+1]] = 's', 't'
		}
	}
	return m
}()
