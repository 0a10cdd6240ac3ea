package attribution

import (
	"strings"
	"testing"
)

// TestParts checks whose words a phrase of a sentence is, when the
// sentence's frame speaks for one clause or leaves its subject to the
// narrator. Each case is one article (our own writing) and the phrases
// looked up in it.
func TestParts(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // phrase -> "speaker | side | cue"
	}{
		{"a clause before the two sides' frame", "Chips made up a third of exports in May, and the two sides agreed to hold 12 rounds of talks on supply chains.",
			map[string]string{"a third": "narrator | narrator | narrator", "12 rounds": "both | both | agreed"}},
		{"an opening participle of speech is the subject's", "Noting that trade topped $90 billion, the two leaders agreed to expand it.",
			map[string]string{"$90 billion": "both | both | agreed"}},
		{"told with only whom it addresses reports what stands before it", "Duties on cars will fall to 15 percent, a cut of 12.5 percentage points, Kato Akira told reporters at his office.",
			map[string]string{"15 percent": "Kato Akira | unknown | told", "12.5 percentage points": "Kato Akira | unknown | told"}},
		{"told with a that-clause reports what follows", "Exports rose 3 percent in May, and Kato Akira told reporters on Monday that a deal on 40 percent tariffs was near.",
			map[string]string{"3 percent": "narrator | narrator | narrator", "40 percent": "Kato Akira | unknown | told"}},
		{"clause before the frame's", "Another $40 billion in goods faces duties next month, and the White House has said a further list of $90 billion could follow.",
			map[string]string{"$40 billion": "narrator | narrator | narrator", "$90 billion": "White House | US | said"}},
		{"parenthetical frame speaks for the clauses before it", "Both sides should manage disputes, and jointly safeguard regional peace and stability, Wang Yi said.",
			map[string]string{"manage disputes": "Wang Yi | China | said", "regional peace": "Wang Yi | China | said"}},
		{"according to, then another clause", "Exports rose 4.1 percent, according to the Korea Customs Service, though the share of chips fell to 18.2 percent.",
			map[string]string{"4.1 percent": "Korea Customs Service | ROK | according to", "18.2 percent": "narrator | narrator | narrator"}},
		{"according to opening the sentence", "According to the Korea Customs Service, exports rose 4.1 percent, while imports fell 2.3 percent.",
			map[string]string{"4.1 percent": "Korea Customs Service | ROK | according to", "2.3 percent": "Korea Customs Service | ROK | according to"}},
		{"a clause's subject with a description before it", "Penny Wong said she had raised the matter, while China's ambassador to Australia, Xiao Qian, said the aircraft had intruded.",
			map[string]string{"raised the matter": "Penny Wong | Australia | said", "aircraft": "Xiao Qian | China | said"}},
		{"a second clause's speaker takes the outlet's side as the first's would", "Hindustan Times  India News  World News\nChinese ambassador Xu Feihong said firms had invested $2.4 billion, while commerce secretary Sunil Barthwal told reporters that the deficit had widened to $99.2 billion.",
			map[string]string{"$2.4 billion": "Xu Feihong | China | said", "$99.2 billion": "Sunil Barthwal | India | told"}},
		{"a body's modelling shows, in a second clause", "Sydney Morning Herald\nExporters are bracing for a 10 per cent tariff, and Treasury modelling shows growth could fall 0.3 percentage points.",
			map[string]string{"10 per cent": "narrator | narrator | narrator", "0.3 percentage points": "Treasury | Australia | data"}},
		{"an outlet hailed what it quotes", "The official Xinhua news agency hailed the final step as \u201ca new chapter\u201d in relations.",
			map[string]string{"new chapter": "Xinhua News Agency | China | described"}},
		{"as well as joins what was said", "Todd McClay said the visit produced eight arrangements, as well as a commitment to speed up approvals for 11 plants.",
			map[string]string{"11 plants": "Todd McClay | unknown | said"}},
		{"a clause with its own speaker", "The Bank of Korea expects growth of 1.8 percent, while analysts said the rate would fall to 1.2 percent.",
			map[string]string{"1.8 percent": "Bank of Korea | ROK | expected", "1.2 percent": "analysts | unknown | said"}},
		{"the subject's relative clause", "Lee Jae-myung, who is on a four-day visit, said the alliance had never been stronger.",
			map[string]string{"four-day": "narrator | narrator | narrator", "alliance": "Lee Jae-myung | ROK | said"}},
		{"after the frame of a quotation", `"We oppose decoupling," Li Qiang said, in a swipe at efforts to de-risk supply chains.`,
			map[string]string{"decoupling": "Li Qiang | China | said", "supply chains": "narrator | narrator | narrator"}},
		{"a participle goes on with the speaker", `"We oppose decoupling," Li Qiang said, adding that supply chains must stay open.`,
			map[string]string{"supply chains": "Li Qiang | China | said"}},
		{"the speaker's topic", "On the Korean Peninsula issue, Wang Yi said dialogue was the only way.",
			map[string]string{"Korean Peninsula": "Wang Yi | China | said"}},
		{"a share of respondents is no speaker", "A poll by Gallup Korea found that 41 percent backed the plan, while 35 percent said they opposed it.",
			map[string]string{"41 percent": "Gallup Korea | ROK | data", "35 percent": "Gallup Korea | ROK | data"}},
		{"a second verb is no new clause", "The two ministers assessed that ties, as close neighbors, had grown, and agreed to expand trade.",
			map[string]string{"close neighbors": "both | both | agreed"}},
		{"a relative clause after the complement is background", "Wang Wentao said Beijing welcomed firms to the import expo, where 226 exhibitors took part this year.",
			map[string]string{"import expo": "Wang Wentao | China | said", "226 exhibitors": "narrator | narrator | narrator"}},
		{"a relative clause with a modal is part of what was said", "The two sides agreed to study a power grid link, which could carry 15 terawatt-hours a year.",
			map[string]string{"15 terawatt-hours": "both | both | agreed"}},
		{"the speaker's own relative clause", `"Tariffs hurt everyone," said an economist at a Washington think tank, who put the cost at 0.2 percentage points.`,
			map[string]string{"0.2 percentage points": "economist | US | said"}},
		{"an as-clause is background", "Seoul and Tokyo agreed to resume talks, as the two countries seek to open a new chapter.",
			map[string]string{"resume talks": "both | both | agreed", "new chapter": "narrator | narrator | narrator"}},
		{"an as-phrase set off by commas is not", "Wang Yi said that China and Japan, as close neighbors, should keep their promises.",
			map[string]string{"close neighbors": "Wang Yi | China | said"}},
		{"a dateline ends the headline", "Seoul, Tokyo agree to hold talks within 90 days SEOUL, March 3 (Yonhap) -- South Korea and Japan agreed Tuesday to hold talks on a new chapter in ties.",
			map[string]string{"90 days": "narrator | narrator | narrator", "new chapter": "both | both | agreed"}},
		{"a subordinate clause's frame", "The talks came a day after the Bank of Korea said the economy shrank 0.2 percent in the first quarter, hurt by weak exports.",
			map[string]string{"a day": "narrator | narrator | narrator", "0.2 percent": "Bank of Korea | ROK | said"}},
		{"an appositive with a relative clause is background", "Abe confirmed that Japan would end its aid to China, a program that has provided 3.6 trillion yen since 1979.",
			map[string]string{"end its aid": "Abe Shinzo | Japan | confirmed", "3.6 trillion yen": "narrator | narrator | narrator"}},
		{"a broadcast's lead tag ends the headline", "Lee, Xi agree to open new era, sign 14 MOUs Listen Share [Anchor Lead] President Lee Jae-myung and Xi Jinping agreed on Monday to open a new chapter.",
			map[string]string{"14 MOUs": "narrator | narrator | narrator", "new chapter": "both | both | agreed"}},
		{"called with a quotation describes", `Xi called the Taiwan question "the most sensitive issue" in ties.`,
			map[string]string{"Taiwan question": "Xi Jinping | China | described"}},
		{"and that: more of the complement", "Wang Yi said the two sides should talk, and that Beijing firmly supports ASEAN's central role.",
			map[string]string{"central role": "Wang Yi | China | said"}},
		{"a participle's aside is background", "Experts say the declaration, issued 27 years ago, remains the yardstick of ties.",
			map[string]string{"27 years": "narrator | narrator | narrator", "yardstick": "experts | unknown | said"}},
		{"but not the main verb after a parenthetical frame", "Europe's approach, she said, remained one of de-risking.",
			map[string]string{"de-risking": "she | unknown | said"}},
	}
	at := New(nil, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.text, "")
			atts := at.Document(d)
			for phrase, want := range tt.want {
				off := strings.Index(d.Raw, phrase)
				if off < 0 {
					t.Fatalf("%q not in the text", phrase)
				}
				a, ok := At(d, atts, off)
				if !ok || row(a) != want {
					t.Errorf("%q: %s, want %s", phrase, row(a), want)
				}
			}
		})
	}
}
