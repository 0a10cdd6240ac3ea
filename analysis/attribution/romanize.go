package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/dipstat/dipstat/analysis/internal/script"
	"github.com/mozillazg/go-pinyin"
)

// Names written in Han or Hangul are given as English news writes them:
// Chinese names in pinyin, family name first ("陈斌华" Chen Binhua),
// Korean names in the Revised Romanization with the usual spellings of
// family names ("김민준" Kim Min-jun). Only a name of two or three
// characters that begins with a common family name is romanized: a
// Japanese name in Han ("岩屋毅") or a foreign one in Hangul stays as
// written.

// zhSurnameReadings are family names read otherwise than as words.
var zhSurnameReadings = map[rune]string{'曾': "Zeng", '单': "Shan", '單': "Shan", '解': "Xie", '查': "Zha", '朴': "Piao",
	'仇': "Qiu", '区': "Ou", '區': "Ou", '乐': "Yue", '樂': "Yue", '盖': "Ge", '蓋': "Ge", '覃': "Qin", '缪': "Miao",
	'繆': "Miao", '翟': "Zhai", '尉': "Yu", '召': "Shao", '员': "Yun", '員': "Yun", '那': "Na"}

var pinyinArgs = pinyin.NewArgs()

// chineseName romanizes a Chinese personal name, or reports false.
func chineseName(s string) (string, bool) {
	n := utf8.RuneCountInString(s)
	first, size := utf8.DecodeRuneInString(s)
	if n < 2 || n > 3 || !script.AllHan(s) || !strings.ContainsRune(zhSurnames, first) {
		return "", false
	}
	given := pinyin.LazyPinyin(s[size:], pinyinArgs)
	if len(given) != n-1 {
		return "", false
	}
	family, ok := zhSurnameReadings[first]
	if !ok {
		p := pinyin.LazyPinyin(s[:size], pinyinArgs)
		if len(p) != 1 {
			return "", false
		}
		family = capitalize(p[0])
	}
	// ü is written u in names (吕 Lu, 女 Nu); go-pinyin writes v
	return strings.ReplaceAll(family, "v", "u") + " " + capitalize(strings.ReplaceAll(strings.Join(given, ""), "v", "u")), true
}

// koSurnames are Korean family names as English news spells them.
var koSurnames = map[string]string{"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "조": "Cho",
	"강": "Kang", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
	"권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "유": "Yoo", "전": "Jeon", "홍": "Hong",
	"고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "남": "Nam",
	"심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo",
	"구": "Koo", "민": "Min", "진": "Jin", "나": "Na", "지": "Ji", "엄": "Eom", "채": "Chae", "원": "Won",
	"천": "Cheon", "방": "Bang", "공": "Kong", "현": "Hyun", "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo",
	"추": "Choo", "도": "Do", "소": "So", "석": "Seok", "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil",
	"위": "Wi", "표": "Pyo", "명": "Myung", "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Keum", "옥": "Ok",
	"육": "Yuk", "인": "In", "맹": "Maeng", "제": "Je", "모": "Mo", "탁": "Tak", "국": "Kook", "어": "Eo",
	"은": "Eun", "편": "Pyeon", "용": "Yong", "예": "Ye", "경": "Kyung", "봉": "Bong", "사": "Sa", "부": "Bu",
	"황보": "Hwangbo", "남궁": "Namgung", "제갈": "Jegal", "선우": "Sunwoo", "독고": "Dokgo"}

// koPopular are given-name syllables as English-language news and people
// themselves usually spell them, where that differs from the Revised
// Romanization ("Ji-hoon", "Seong-woo", "Jung-kwan").
var koPopular = map[rune]string{'우': "woo", '훈': "hoon", '수': "soo", '주': "joo", '구': "koo", '후': "hoo",
	'관': "kwan", '광': "kwang", '기': "ki", '규': "kyu", '근': "keun", '경': "kyung", '현': "hyun",
	'영': "young", '정': "jung", '철': "chul", '희': "hee", '윤': "yoon", '혁': "hyuk", '국': "kook", '균': "kyun"}

// Revised Romanization of the initials, medials and finals of a Hangul
// syllable, in the order of Unicode's composition.
var (
	rrInitial = []string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	rrMedial  = []string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	rrFinal   = []string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// koreanName romanizes a Korean personal name, or reports false: a
// family name of cjk koSurnames and a given name of one or two syllables
// ("김민준" Kim Min-jun, "이준" Lee Jun).
func koreanName(s string) (string, bool) {
	rs := []rune(s)
	for _, r := range rs {
		if r < 0xAC00 || r > 0xD7A3 {
			return "", false
		}
	}
	famLen := 1
	if len(rs) == 4 {
		famLen = 2 // "남궁민수"
	}
	if len(rs) < 2 || len(rs) > 4 {
		return "", false
	}
	family, ok := koSurnames[string(rs[:famLen])]
	if !ok || len(rs)-famLen > 2 {
		return "", false
	}
	var syl []string
	for _, r := range rs[famLen:] {
		k := int(r - 0xAC00)
		if (k%588)/28 == 18 && k%28 == 0 {
			return "", false // 드, 스, 트: a loanword's syllable ("하워드"), no Korean given name's
		}
		if p, ok := koPopular[r]; ok {
			syl = append(syl, p)
			continue
		}
		syl = append(syl, rrInitial[k/588]+rrMedial[(k%588)/28]+rrFinal[k%28])
	}
	return family + " " + capitalize(strings.Join(syl, "-")), true
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// romanizedFor is romanized, with Taiwan's spelling for a Taiwanese
// speaker's Chinese name.
func romanizedFor(name, side string) string {
	if side == "Taiwan" {
		if r, ok := taiwaneseName(name); ok {
			return r
		}
	}
	return romanized(name)
}

// romanized is name as English news writes it when it is a Chinese or
// Korean personal name, else name itself.
func romanized(name string) string {
	if r, ok := chineseName(name); ok {
		return r
	}
	if r, ok := koreanName(name); ok {
		return r
	}
	return name
}

// taiwaneseName romanizes a Chinese name as Taiwan writes its people's
// names: the Wade–Giles spelling without its apostrophes, the given name's
// syllables joined by a hyphen ("鄭皓文" Cheng Hao-wen, "林佳龍" Lin
// Chia-lung); false when chineseName would be.
func taiwaneseName(s string) (string, bool) {
	n := utf8.RuneCountInString(s)
	first, size := utf8.DecodeRuneInString(s)
	if n < 2 || n > 3 || !script.AllHan(s) || !strings.ContainsRune(zhSurnames, first) {
		return "", false
	}
	fam := pinyin.LazyPinyin(s[:size], pinyinArgs)
	given := pinyin.LazyPinyin(s[size:], pinyinArgs)
	if len(fam) != 1 || len(given) != n-1 {
		return "", false
	}
	family := capitalize(wadeGiles(fam[0]))
	if r, ok := zhSurnameReadings[first]; ok {
		family = capitalize(wadeGiles(strings.ToLower(r)))
	}
	for k := range given {
		given[k] = wadeGiles(given[k])
	}
	return family + " " + capitalize(strings.Join(given, "-")), true
}

// wadeGiles converts a toneless pinyin syllable to its Wade–Giles
// spelling as Taiwan's names use it, apostrophes dropped (zheng cheng, qing
// ching, xiao hsiao, zi tzu, shi shih, guo kuo, long lung, jie chieh).
func wadeGiles(p string) string {
	p = strings.ReplaceAll(p, "v", "u") // ü
	switch p {
	case "zi":
		return "tzu"
	case "ci":
		return "tzu"
	case "si":
		return "ssu"
	case "zhi":
		return "chih"
	case "chi":
		return "chih"
	case "shi":
		return "shih"
	case "ri":
		return "jih"
	case "er":
		return "erh"
	case "ye":
		return "yeh"
	case "you":
		return "yu"
	case "yan":
		return "yen"
	case "yi":
		return "i"
	case "yong":
		return "yung"
	}
	initials := []struct{ py, wg string }{{"zh", "ch"}, {"ch", "ch"}, {"sh", "sh"}, {"z", "ts"}, {"c", "ts"},
		{"j", "ch"}, {"q", "ch"}, {"x", "hs"}, {"r", "j"}, {"b", "p"}, {"d", "t"}, {"g", "k"}, {"p", "p"}, {"t", "t"}, {"k", "k"}}
	ini, fin := "", p
	for _, in := range initials {
		if strings.HasPrefix(p, in.py) {
			ini, fin = in.wg, p[len(in.py):]
			break
		}
	}
	if ini == "" {
		for _, c := range []string{"m", "f", "n", "l", "h", "s", "w", "y"} {
			if strings.HasPrefix(p, c) {
				ini, fin = c, p[len(c):]
				break
			}
		}
	}
	switch {
	case fin == "ong":
		fin = "ung"
	case fin == "iong":
		fin = "iung"
	case fin == "ian":
		fin = "ien"
	case fin == "ie":
		fin = "ieh"
	case fin == "uo" && ini != "" && ini != "k" && ini != "h":
		fin = "o"
	case fin == "e" && (ini == "k" || ini == "h"):
		fin = "o" // ge ko, he ho
	case fin == "ui":
		fin = "uei"
	case fin == "un" && (ini == "ch" && (strings.HasPrefix(p, "j") || strings.HasPrefix(p, "q")) || ini == "hs"):
		fin = "un" // jun chun, xun hsun
	}
	if ini == "hs" && fin == "uan" {
		fin = "uan"
	}
	return ini + fin
}
