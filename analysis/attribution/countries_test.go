package attribution

import (
	"strings"
	"testing"
)

// TestCountries: countries.txt reads, names every UN member and observer
// state (193 + 2), Taiwan, Hong Kong, Macao and six regional bodies, names the
// sides of actors.txt, lists no person and gives no word to two sides.
func TestCountries(t *testing.T) {
	c, quiet := countries()
	if len(c.List()) != 0 {
		t.Errorf("countries.txt lists %d actors; it has side headers only", len(c.List()))
	}
	bodies := map[string]bool{"African Union": true, "Arab League": true, "GCC": true, "NATO": true, "ECOWAS": true, "SCO": true}
	names := map[string]bool{}
	n := 0
	for _, s := range c.Sides() {
		names[s.Name] = true
		if !bodies[s.Name] {
			n++
		}
	}
	if want := 193 + 2 + 3; n != want {
		t.Errorf("%d countries, want %d", n, want)
	}
	for b := range bodies {
		if !names[b] {
			t.Errorf("no side %s", b)
		}
	}
	builtin, err := ReadActors(strings.NewReader(DefaultActorsText()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range builtin.Sides() {
		if !names[s.Name] && s.Name != "ASEAN" && s.Name != "EU" {
			t.Errorf("actors.txt's side %s is not in countries.txt", s.Name)
		}
	}
	for _, q := range []string{"Georgia", "Jordan", "Chad"} {
		if !quiet[q] {
			t.Errorf("%s: its name should be no word of its side", q)
		}
	}
	owner := map[string]string{}
	for _, s := range c.Sides() {
		for _, w := range sideNames(s) {
			k := strings.ToLower(w)
			if o, ok := owner[k]; ok && o != s.Name {
				t.Errorf("%q names %s and %s", w, o, s.Name)
			}
			owner[k] = s.Name
		}
	}
	for _, w := range []string{"Victoria", "Santiago", "Lima", "Sofia", "Male", "Georgia", "Jordan", "Chad", "Congo", "Congolese", "The Hague", "Hague", "Holland", "Georgetown", "San Jose"} {
		if o, ok := owner[strings.ToLower(w)]; ok {
			t.Errorf("%q is a word of %s; it is too often something else", w, o)
		}
	}
	// actors.txt wins: no country word takes a word of one of its sides
	for _, s := range builtin.Sides() {
		for _, w := range append([]string{s.Name}, s.Words...) {
			if o, ok := owner[strings.ToLower(w)]; ok && o != s.Name {
				t.Errorf("%q is %s's in actors.txt and %s's in countries.txt", w, s.Name, o)
			}
		}
	}
}

// TestCountrySides: our own sentences, one article per case, one row per
// sentence ("speaker | side | cue").
func TestCountrySides(t *testing.T) {
	at := New(nil, Options{})
	checkRows(t, at, []rowCase{
		{"demonym title, then short mentions",
			"Ethiopian Prime Minister Abiy Ahmed arrived in Beijing on Monday. Prime Minister Abiy said the dam was finished. Abiy added that more power lines would follow.",
			[]string{"narrator | narrator | narrator", "Abiy Ahmed | Ethiopia | said", "Abiy Ahmed | Ethiopia | added"}},
		{"demonym title speaks",
			"Brazilian Foreign Minister Mauro Vieira said soybean sales would grow. Vieira added that beef would follow. The Brazilian side said it was pleased with the visit.",
			[]string{"Mauro Vieira | Brazil | said", "Mauro Vieira | Brazil | added", "Brazilian side | Brazil | said"}},
		{"told",
			"Kenyan President William Ruto told reporters the railway would be extended. Ruto said the loans were fair.",
			[]string{"William Ruto | Kenya | told", "William Ruto | Kenya | said"}},
		{"possessive country",
			"Brazil's foreign minister said trade would grow. Australia's Trade Minister Don Farrell said the barley dispute was over.",
			[]string{"Brazil's foreign minister | Brazil | said", "Don Farrell | Australia | said"}},
		{"officials and capitals",
			"Indian officials said the border was calm. New Delhi said the talks would resume. Canberra said the ban had been lifted. A Turkish official said the strait was open.",
			[]string{"Indian officials | India | said", "New Delhi | India | said", "Canberra | Australia | said", "Turkish official | Turkey | said"}},
		{"Taiwan, Hong Kong, Macao",
			"Taiwan's foreign ministry said the drills were provocative. Hong Kong's government said the rules were clear. A Macau official said visitor numbers rose.",
			[]string{"Foreign Ministry | Taiwan | said", "Hong Kong's government | Hong Kong | said", "Macau official | Macao | said"}},
		{"People's Republic is China",
			"A spokesperson for the People's Republic of China said the visit was unwelcome. Chinese Ambassador to Ethiopia Zhao Zhiyuan said ties were strong.",
			[]string{"spokesperson for the People's Republic of China | China | said", "Zhao Zhiyuan | China | said"}},
		{"bodies",
			"The African Union Commission said the vote was fair. NATO Secretary General Mark Rutte said the alliance was united. The Gulf Cooperation Council said talks would resume.",
			[]string{"African Union Commission | African Union | said", "Mark Rutte | NATO | said", "Gulf Cooperation Council | GCC | said"}},
		{"risky names give no side",
			"Georgia Governor Brian Kemp said the plant would reopen. Jim Jordan said the bill would pass. Chad Smith said the game was close. Victoria said she liked the show. Santiago said the food was good.",
			[]string{"Brian Kemp | unknown | said", "Jim Jordan | unknown | said", "Chad Smith | unknown | said", "Victoria | unknown | said", "Santiago | unknown | said"}},
		{"risky countries by their demonyms",
			"Jordanian Foreign Minister Ayman Safadi said the crossing was open. Georgian Prime Minister Irakli Kobakhidze said the talks went well. Paraguayan President Santiago Pena said the deal was fair.",
			[]string{"Ayman Safadi | Jordan | said", "Irakli Kobakhidze | Georgia | said", "Santiago Pena | Paraguay | said"}},
		{"Niger and Nigeria, the two Congos",
			"Nigerien officials said the border was closed. The Democratic Republic of the Congo's foreign minister said the mines were safe. The Republic of Congo said it agreed.",
			[]string{"Nigerien officials | Niger | said", "Democratic Republic of the Congo's foreign minister | DR Congo | said", "Republic of Congo | Republic of the Congo | said"}},
		{"the longer name wins",
			"South Sudanese officials said the oil flowed. Sudanese officials said the talks failed. Papua New Guinean officials said the mine was open. " +
				"Equatorial Guinean officials said so too. Guinea-Bissau's president said the vote was fair. A Greek Cypriot official said the talks stalled. " +
				"Northern Irish officials said the border was open. A South African official said the visit was useful.",
			[]string{"South Sudanese officials | South Sudan | said", "Sudanese officials | Sudan | said", "Papua New Guinean officials | Papua New Guinea | said",
				"Equatorial Guinean officials | Equatorial Guinea | said", "Guinea-Bissau's president | Guinea-Bissau | said", "Greek Cypriot official | Cyprus | said",
				"Northern Irish officials | UK | said", "South African official | South Africa | said"}},
		{"ordinary words",
			"Turkey prices rose, traders said. The nice weather helped, organizers said.",
			[]string{"traders | unknown | said", "organizers | unknown | said"}},
		{"actors.txt keeps its words",
			"European officials said the tariffs were unfair. Washington said the talks would go on. Seoul and New Delhi agreed to expand trade.",
			[]string{"European officials | EU | said", "Washington | US | said", "both | both | agreed"}},
	})
}
