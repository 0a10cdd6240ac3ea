package corpus

import (
	"strings"
	"unicode/utf8"
)

// Korean words (eojeol) are written with their particles and endings
// attached: 중국과, 중국은, 중국의, 중국이다 are all 중국. stripKorean takes
// the attached particle or copula ending off a word for counting, by a
// small set of rules rather than a morphological analyser:
//
//   - a suffix is taken off only when at least two syllables remain, so
//     회의 (meeting), 대만 (Taiwan) and 국가 (state) stay whole;
//   - particles that follow a consonant (이, 은, 을, 과, 으로) come off only
//     after a syllable with a final consonant, those that follow a vowel
//     (가, 는, 를, 와, 로) only after one without (ㄹ takes 로 too): 사이
//     (between) and 차이 (difference) keep their 이, 국가 its 가;
//   - nouns that end in a syllable that is also a particle stay whole: 주의
//     (-ism: 다자주의), 회의, 합의, 한반도, 제도, 정도.
//
// Words with digits ("665만", "2천989억") are numbers with Korean units and
// are left alone.
func stripKorean(w string) string {
	if !isHangulWord(w) {
		return w
	}
	for _, suf := range koSuffixes {
		if !strings.HasSuffix(w, suf.s) {
			continue
		}
		stem := w[:len(w)-len(suf.s)]
		if utf8.RuneCountInString(stem) < 2 || koKeep(w, suf.s) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(stem)
		switch suf.after {
		case afterConsonant:
			if !hasFinal(last) {
				continue
			}
		case afterVowel:
			if hasFinal(last) && !(suf.s == "로" && finalIsRieul(last)) {
				continue
			}
		}
		return stem
	}
	return w
}

// koParticle reports whether w is only a particle or copula ending (을,
// 으로, 이라고), as after a closing quote: '린치핀'이라고.
func koParticle(w string) bool { return koParticles[w] }

var koParticles = func() map[string]bool {
	m := map[string]bool{"란": true, "이란": true, "라": true}
	for _, s := range koSuffixes {
		m[s.s] = true
	}
	return m
}()

// hasHangul reports whether s holds a Hangul syllable.
func hasHangul(s string) bool {
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

// isHangulWord reports whether w is all Hangul syllables.
func isHangulWord(w string) bool {
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return w != ""
}

// hasFinal reports whether a Hangul syllable ends in a consonant (batchim).
func hasFinal(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 != 0 }

// finalIsRieul reports a syllable ending in ㄹ, which takes 로 like a vowel.
func finalIsRieul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 == 8 }

type koAfter uint8

const (
	afterAny koAfter = iota
	afterConsonant
	afterVowel
)

// koSuffixes are the particles and copula endings taken off, longest first.
var koSuffixes = func() []struct {
	s     string
	after koAfter
} {
	type suf = struct {
		s     string
		after koAfter
	}
	var out []suf
	add := func(after koAfter, list string) {
		for _, s := range strings.Fields(list) {
			out = append(out, suf{s, after})
		}
	}
	// copula endings and particle compounds, after anything
	add(afterAny, `이었습니다 이었으며 이었다 이라는 이라고 이라며 입니다 이며 이고 이다 이자 였다 였으며
		에서는 에서도 에서의 에게는 에게서 에서 에게 에는 에도 에의 으로는 으로서 으로써 으로의 으로도
		과의 와의 과는 와는 과도 와도 까지 부터 보다는 보다도 보다 처럼 만큼 이나 마다 조차 마저 밖에 뿐 만 의 에 도`)
	// the nominal copula (동맹임을: "that it is an alliance"), after anything
	add(afterAny, `임을 임은 임이 임에도 임에`)
	// after a final consonant
	add(afterConsonant, `으로 이란 이 은 을 과`)
	// after a vowel (or ㄹ for 로)
	add(afterVowel, `로는 로서 로써 로의 로도 라는 라고 라며 로 란 가 는 를 와 다`)
	// longest first, so 에서는 goes before 에서 and 는
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].s) > len(out[j-1].s); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}()

// koKeep reports the nouns whose last syllables look like a particle.
func koKeep(w, suf string) bool {
	for _, n := range koNouns[suf] {
		if !strings.HasSuffix(w, n) {
			continue
		}
		if suf == "의" && w != n && utf8.RuneCountInString(w[:len(w)-len(n)]) < 2 {
			continue // "공동의", "안정의": 공동 and 안정 with 의, not 동의 or 정의
		}
		return true
	}
	return false
}

// koNouns are noun endings that must not lose their last syllable, by the
// particle they end in.
var koNouns = map[string][]string{
	"의":  {"주의", "회의", "합의", "논의", "협의", "동의", "정의", "의의", "결의", "건의", "토의", "심의", "항의", "강의", "문의", "민의"},
	"도":  {"반도", "제도", "정도", "속도", "태도", "지도", "시도", "용도", "인도", "수도", "연도", "년도", "의도", "한도", "각도", "고도", "강도", "온도", "적도", "궤도", "보도"},
	"이":  {"어린이"},
	"에":  {},
	"과":  {"결과", "성과", "효과", "부과", "통과", "사과"},
	"다":  {"바다"},
	"이다": {},
	"란":  {"혼란", "반란", "내란", "전란", "산란", "파란", "동란", "환란"},
	"까지": {},
	"보다": {},
	"가":  {"국가", "평가", "증가", "참가", "추가", "물가", "전문가", "대가", "작가", "정치가", "외교가"},
	"는":  {},
	"로":  {"도로", "경로", "통로", "항로", "진로", "해로", "수로", "노고로"},
	"은":  {},
	"을":  {"마을"},
	"이고": {},
	"이며": {},
	"이나": {},
	// nouns in 임 (responsibility, meeting, inauguration ...) and a particle
	"임을":  imNouns("을"),
	"임은":  imNouns("은"),
	"임이":  imNouns("이"),
	"임에도": imNouns("에도"),
	"임에":  imNouns("에"),
}

// imNouns are the nouns in 임 followed by particle p.
func imNouns(p string) []string {
	out := make([]string, len(koImNouns))
	for i, n := range koImNouns {
		out[i] = n + p
	}
	return out
}

var koImNouns = []string{"책임", "신임", "사임", "연임", "모임", "취임", "부임", "퇴임", "후임", "전임", "선임", "임임", "일임", "위임", "담임", "재임", "유임", "중임", "수임", "방임", "기임", "운임"}
