package attribution

import (
	"strings"
	"testing"
)

func TestDefaultActors(t *testing.T) {
	a, err := ReadActors(strings.NewReader(DefaultActorsText()))
	if err != nil {
		t.Fatalf("built-in actors.txt: %v", err)
	}
	want := []string{"China", "ROK", "DPRK", "Japan", "US", "Vietnam", "Russia", "ASEAN", "EU",
		"Philippines", "Malaysia", "Singapore", "Indonesia", "Thailand", "Cambodia", "Laos", "Myanmar", "Brunei", "Australia", "UK", "Mongolia", "India",
		"Pakistan", "Bangladesh", "Nepal", "Kazakhstan", "Uzbekistan", "Brazil", "Argentina", "Turkey", "Iran", "Israel", "Saudi Arabia",
		"UAE", "Qatar", "Egypt", "Serbia", "Poland", "Ukraine", "Germany", "France", "Italy", "Spain", "Nigeria", "South Africa",
		"Ethiopia", "Canada", "New Zealand", "Hong Kong", "Taiwan", "Sri Lanka", "Oman", "Jordan", "Kuwait", "Kenya", "Ghana", "Uruguay", "Switzerland",
		"Kyrgyzstan", "Tajikistan", "Mexico", "Hungary", "Turkmenistan", "Azerbaijan", "Solomon Islands", "Papua New Guinea", "Fiji", "Chile"}
	var got []string
	for _, s := range a.Sides() {
		got = append(got, s.Name)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("sides %v, want %v", got, want)
	}
	names := map[string]string{}
	for _, act := range a.List() {
		if prev, ok := names[act.Name]; ok {
			t.Errorf("%q is listed twice (%s and %s)", act.Name, prev, act.Side)
		}
		names[act.Name] = act.Side
	}
	for name, side := range map[string]string{
		"Xi Jinping": "China", "Li Qiang": "China", "Wang Yi": "China", "Mao Ning": "China", "Lin Jian": "China",
		"Guo Jiakun": "China", "Dai Bing": "China", "Xing Haiming": "China", "General Administration of Customs": "China",
		"Yoon Suk Yeol": "ROK", "Lee Jae-myung": "ROK", "Moon Jae-in": "ROK", "Park Jin": "ROK", "Cho Tae-yul": "ROK",
		"Cho Hyun": "ROK", "Wi Sung-lac": "ROK", "Kishida Fumio": "Japan", "Ishiba Shigeru": "Japan",
		"Takaichi Sanae": "Japan", "Iwaya Takeshi": "Japan", "Kamikawa Yoko": "Japan", "Joe Biden": "US",
		"Donald Trump": "US", "Antony Blinken": "US", "Marco Rubio": "US", "To Lam": "Vietnam",
		"Pham Minh Chinh": "Vietnam", "Kim Jong Un": "DPRK", "Choe Son Hui": "DPRK", "Vladimir Putin": "Russia",
		"Sergey Lavrov": "Russia", "Korean Central News Agency": "DPRK", "Xinhua News Agency": "China",
		"Yonhap News Agency": "ROK", "Kyodo News": "Japan", "Kao Kim Hourn": "ASEAN", "European Commission": "EU",
		"Bank of Japan": "Japan", "Australian Bureau of Statistics": "Australia", "VDA": "Germany", "Russian Railways": "Russia",
		"TSMC": "Taiwan", "Liberal Democratic Party": "Japan", "Lowy Institute": "Australia", "Central Bank of Solomon Islands": "Solomon Islands",
	} {
		if names[name] != side {
			t.Errorf("%s: side %q, want %q", name, names[name], side)
		}
	}
	x := newIndex(a, false)
	for _, act := range x.actors {
		if act.Name == "Xi Jinping" && !act.person || act.Name == "Xinhua News Agency" && act.person || act.Name == "KCTV" && act.person {
			t.Errorf("%s: person %v", act.Name, act.person)
		}
	}
}

func TestReadActorsErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Xi Jinping = Xi\n", "line 1: \"Xi Jinping = Xi\" comes before any [side] line"},
		{"# c\n[China\n", "line 2: side line \"[China\" has no closing ]"},
		{"[ = Chinese]\n", "line 1: want [Side] or [Side = word | word]"},
		{"[China]\nXi Jinping = Xi | | Jinping\n", "line 2: empty variant of \"Xi Jinping\""},
		{"[China]\nXi Jinping (2012-x) = Xi\n", "line 2: \"Xi Jinping (2012-x)\": \"x\" is not a year"},
		{"[China]\nXi Jinping (2020-2012)\n", "years \"2020-2012\" end before they start"},
		{"[China]\nXinhua (agency) = Xinhua\n", "line 2: \"Xinhua (agency)\": unknown note \"agency\""},
		{"[China]\nXinhua (org = Xinhua\n", "want a note in parentheses at the end of the name"},
		{"[China]\n = Xi\n", "line 2: want \"canonical name = variant | variant\""},
	} {
		_, err := ReadActors(strings.NewReader(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err %v, want %q", c.in, err, c.want)
		}
	}
}

func TestMergeActors(t *testing.T) {
	extra, err := ReadActors(strings.NewReader(`# mine
[India = Indian | New Delhi]
Vinay Kwatra (2022-) = Kwatra
[ROK]
Kim Min-seok (org) = Kim Min Seok
`))
	if err != nil {
		t.Fatal(err)
	}
	m := DefaultActors().Merge(extra)
	if len(m.Sides()) != len(DefaultActors().Sides()) { // India is a built-in side (countries.txt), extended
		t.Errorf("%d sides after merging", len(m.Sides()))
	}
	n := 0
	for _, act := range m.List() {
		if act.Name == "Kim Min-seok" {
			n++
			if !act.Org {
				t.Errorf("the merged entry did not replace the built-in one: %+v", act)
			}
		}
	}
	if n != 1 {
		t.Errorf("Kim Min-seok listed %d times", n)
	}
	at := New(m, Options{})
	got := at.Document(parse(t, "Kwatra said the talks were useful. An Indian official said so too. A Chinese official disagreed, Xinhua reported.", ""))
	want := []string{"Vinay Kwatra | India | said", "Indian official | India | said", "Xinhua News Agency | China | reported"}
	for i, a := range got {
		if row(a) != want[i] {
			t.Errorf("sentence %d: %s, want %s", i, row(a), want[i])
		}
	}
	for _, act := range DefaultActors().List() {
		if act.Name == "Vinay Kwatra" {
			t.Error("Merge changed the built-in table")
		}
	}
}

// TestInstitutionSides: our own sentences, one article per case, one row
// per sentence ("speaker | side | cue"): central banks, statistics offices,
// trade bodies, industry associations, companies, parties and think tanks
// of the table speak for their country, and the forms the table leaves out
// for being shared give no side.
func TestInstitutionSides(t *testing.T) {
	at := New(nil, Options{})
	checkRows(t, at, []rowCase{
		{"statistics offices and trade departments",
			"Data from the Australian Bureau of Statistics show exports rose 5 percent. ABS figures show imports fell. DFAT said the talks were useful.",
			[]string{"Australian Bureau of Statistics | Australia | data", "Australian Bureau of Statistics | Australia | data", "Department of Foreign Affairs and Trade | Australia | said"}},
		{"industry associations and Destatis",
			"VDA said German carmakers sell one in three cars in China. The BDI said the tariffs were harmful. Destatis said exports fell 2 percent.",
			[]string{"VDA | Germany | said", "BDI | Germany | said", "Destatis | Germany | said"}},
		{"state firms",
			"Russian Railways said it shipped 1.2 million tonnes of cargo. Rosatom said the plant would open in 2028. Gazprom said gas flows had resumed.",
			[]string{"Russian Railways | Russia | said", "Rosatom | Russia | said", "Gazprom | Russia | said"}},
		{"central banks by their acronyms",
			"The BOK said growth would slow. The PBoC said the yuan was stable. Keidanren said Japanese firms were cautious. The RBI said the rupee was stable.",
			[]string{"Bank of Korea | ROK | said", "People's Bank of China | China | said", "Keidanren | Japan | said", "Reserve Bank of India | India | said"}},
		{"central banks by their names",
			"Bank Negara Malaysia said inflation eased. Bangko Sentral ng Pilipinas said remittances rose. The Central Bank of Kenya said the shilling was stable.",
			[]string{"Bank Negara Malaysia | Malaysia | said", "Bangko Sentral ng Pilipinas | Philippines | said", "Central Bank of Kenya | Kenya | said"}},
		{"companies of one country",
			"Vale said iron ore shipments rose. Saudi Aramco said prices would hold. ADNOC said it signed a deal. TSMC said demand was strong.",
			[]string{"Vale | Brazil | said", "Saudi Aramco | Saudi Arabia | said", "Abu Dhabi National Oil Company | UAE | said", "TSMC | Taiwan | said"}},
		{"parties",
			"The Liberal Democratic Party said it would back the deal. The People Power Party said it opposed the plan. The BJP said the visit was historic. " +
				"Russia's Liberal Democratic Party said the sanctions were illegal.",
			[]string{"Liberal Democratic Party | Japan | said", "People Power Party | ROK | said", "Bharatiya Janata Party | India | said", "Liberal Democratic Party | Russia | said"}},
		{"think tanks",
			"A researcher at the Lowy Institute said the visit mattered. Chatham House said the risks were rising. Lee Min-ho, a fellow at the Sejong Institute, said the deal was fragile.",
			[]string{"Lowy Institute | Australia | said", "Chatham House | UK | said", "Lee Min-ho | ROK | said"}},
		{"shared names and acronyms give no side",
			"XYZ-TV said the typhoon was strong. The Democratic Party said the summit was humiliating. BNP Paribas said the yuan would weaken.",
			[]string{"XYZ-TV | unknown | said", "Democratic Party | unknown | said", "BNP Paribas | unknown | said"}},
	})
}
