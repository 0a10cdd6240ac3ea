package figures

import (
	"strings"
	"sync"
)

// Currencies that a sign or a word leaves open ("¥" is yen or yuan,
// "pesos" and "Rs" belong to several countries) are decided by the
// document the figure stands in.

// currencyChoice is one currency an ambiguous unit may be, with the words
// that name it ("yen", "JPY") and the words of its country ("Japan",
// "Tokyo"). Words are matched as whole tokens, case-sensitively.
type currencyChoice struct {
	code    string
	names   []string
	country []string
}

// currencySide is the side (the attribution table's name of a country) whose
// currency a code is: an outlet of that country writes it bare ("Rs",
// "¥") for its own money.
var currencySide = map[string]string{"JPY": "Japan", "CNY": "China", "PHP": "Philippines", "MXN": "Mexico",
	"ARS": "Argentina", "CLP": "Chile", "COP": "Colombia", "IRR": "Iran", "OMR": "Oman", "YER": "Yemen",
	"SAR": "Saudi Arabia", "QAR": "Qatar", "KWD": "Kuwait", "BHD": "Bahrain", "IQD": "Iraq", "JOD": "Jordan",
	"RSD": "Serbia", "DZD": "Algeria", "TND": "Tunisia", "LYD": "Libya", "KES": "Kenya", "TZS": "Tanzania",
	"UGX": "Uganda", "INR": "India", "PKR": "Pakistan", "LKR": "Sri Lanka", "NPR": "Nepal"}

// ambiguousCurrency is a unit the scanner gives when the currency is open:
// the currencies it may be and the unit left when the document does not
// decide.
type ambiguousCurrency struct {
	fallback string
	choices  []currencyChoice
}

var ambiguousCurrencies = map[string]*ambiguousCurrency{
	// "¥1 trillion": yen or yuan; yen when nothing decides, as "¥" alone is
	// in English-language news (the yuan is written "yuan", "Rmb" or "CNY")
	"JPY/CNY": {"JPY", []currencyChoice{
		{"JPY", []string{"yen", "Yen", "JPY"}, []string{"Japan", "Japanese", "Tokyo"}},
		{"CNY", []string{"yuan", "Yuan", "renminbi", "Renminbi", "RMB", "CNY"}, []string{"China", "Chinese", "Beijing"}},
	}},
	// "5 billion pesos"
	"peso": {"peso", []currencyChoice{
		{"PHP", []string{"₱", "PHP", "Php"}, []string{"Philippines", "Philippine", "Filipino", "Filipinos", "Manila"}},
		{"MXN", []string{"MXN"}, []string{"Mexico", "Mexican", "Mexicans"}},
		{"ARS", []string{"ARS"}, []string{"Argentina", "Argentine", "Argentinian"}},
		{"CLP", []string{"CLP"}, []string{"Chile", "Chilean"}},
		{"COP", []string{"COP"}, []string{"Colombia", "Colombian"}},
	}},
	// "40 trillion rials": Iranian unless the document is about Oman or Yemen
	"rial": {"IRR", []currencyChoice{
		{"IRR", []string{"IRR"}, []string{"Iran", "Iranian", "Iranians", "Tehran"}},
		{"OMR", []string{"OMR"}, []string{"Oman", "Omani", "Muscat"}},
		{"YER", []string{"YER"}, []string{"Yemen", "Yemeni", "Sanaa"}},
	}},
	// "riyals": Saudi unless the document is about Qatar
	"riyal": {"SAR", []currencyChoice{
		{"SAR", []string{"SAR"}, []string{"Saudi", "Riyadh"}},
		{"QAR", []string{"QAR"}, []string{"Qatar", "Qatari", "Doha"}},
	}},
	// "dinars": the country's; the unit stays "dinar" when none dominates
	"dinar": {"dinar", []currencyChoice{
		{"KWD", []string{"KWD"}, []string{"Kuwait", "Kuwaiti"}},
		{"BHD", []string{"BHD"}, []string{"Bahrain", "Bahraini", "Manama"}},
		{"IQD", []string{"IQD"}, []string{"Iraq", "Iraqi", "Baghdad"}},
		{"JOD", []string{"JOD"}, []string{"Jordan", "Jordanian", "Amman"}},
		{"RSD", []string{"RSD"}, []string{"Serbia", "Serbian", "Belgrade"}},
		{"DZD", []string{"DZD"}, []string{"Algeria", "Algerian", "Algiers"}},
		{"TND", []string{"TND"}, []string{"Tunisia", "Tunisian", "Tunis"}},
		{"LYD", []string{"LYD"}, []string{"Libya", "Libyan", "Tripoli"}},
	}},
	// "shillings": Kenyan unless the document is about Tanzania or Uganda
	"shilling": {"KES", []currencyChoice{
		{"KES", []string{"KES", "Ksh", "KSh"}, []string{"Kenya", "Kenyan", "Nairobi"}},
		{"TZS", []string{"TZS"}, []string{"Tanzania", "Tanzanian", "Dodoma"}},
		{"UGX", []string{"UGX"}, []string{"Uganda", "Ugandan", "Kampala"}},
	}},
	// "Rs 1,300 crore", "500 rupees": Indian unless the document is
	// about Pakistan, Sri Lanka or Nepal
	"rupee": {"INR", []currencyChoice{
		{"INR", []string{"₹", "INR"}, []string{"India", "Indian", "Indians", "Delhi", "Mumbai"}},
		{"PKR", []string{"PKR"}, []string{"Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Karachi", "Lahore"}},
		{"LKR", []string{"LKR"}, []string{"Lanka", "Lankan", "Lankans", "Colombo"}},
		{"NPR", nil, []string{"Nepal", "Nepali", "Nepalese", "Kathmandu"}},
	}},
}

// resolveCurrencies gives each figure of figs whose unit is an ambiguous
// currency the currency its context decides, in this order: the names of
// one of the currencies in the figure's sentence ("¥1 trillion, or 6.8
// billion yuan"), then the country of the outlet that published it (home,
// called once when needed: a Nepali paper's bare "Rs" is the Nepali
// rupee, whatever the story is about, and it names the Indian one "INR"),
// then the names in the whole text, then the country the text is about (its words outnumber those of every other country at least three
// to one: "Japan", "Tokyo" against "China"; "South China Sea" and "Sea of
// Japan" are no mentions of the countries). When names of two of the
// currencies stand in the text, or no country dominates, the fallback
// stays ("peso"; "JPY" for "¥", "INR" for rupees).
func resolveCurrencies(figs []Figure, text string, home func() string) {
	if home != nil {
		home = sync.OnceValue(home) // read once, when first needed
	}
	var doc map[string]int  // token counts of text, made on first need
	var sent map[string]int // token counts of the sentence last counted
	last := ""
	decided := map[string]string{}
	for i := range figs {
		if figs[i].Unit == "USD" && bareDollar(figs[i].Text) && home != nil {
			// a bare "$" in an Australian, New Zealand, Canadian or Singaporean
			// paper is its own dollar (they write "US$" or "$US" for the other)
			if c, ok := homeDollars[home()]; ok {
				figs[i].Unit = c
			}
			continue
		}
		amb := ambiguousCurrencies[figs[i].Unit]
		if amb == nil {
			continue
		}
		if c := convertedYen(figs, i); c != "" {
			figs[i].Unit = c // "¥1.6trn (about $10.5bn)": the rate says which
			continue
		}
		if sent == nil || figs[i].Sentence != last {
			sent, last = countWords(figs[i].Sentence), figs[i].Sentence
		}
		if c := decideBy(amb, sent, false); c != "" {
			figs[i].Unit = c
			continue
		}
		key := figs[i].Unit
		c, ok := decided[key]
		if !ok {
			c = homeChoice(amb, home)
			if c == "" {
				if doc == nil {
					doc = countWords(text)
				}
				c = decideBy(amb, doc, true)
			}
			if c == "" {
				c = amb.fallback
			}
			decided[key] = c
		}
		figs[i].Unit = c
	}
}

// decideBy picks the currency that counts name: the only choice whose
// names occur; with byCountry, when no names occur, the choice whose
// country words outnumber every other's at least three to one.
func decideBy(amb *ambiguousCurrency, counts map[string]int, byCountry bool) string {
	named, pick := 0, ""
	for _, c := range amb.choices {
		for _, w := range c.names {
			if counts[w] > 0 {
				named++
				pick = c.code
				break
			}
		}
	}
	if named == 1 {
		return pick
	}
	if named > 1 || !byCountry {
		return ""
	}
	best, second := 0, 0
	for _, c := range amb.choices {
		n := 0
		for _, w := range c.country {
			n += counts[w]
		}
		switch {
		case n > best:
			best, second, pick = n, best, c.code
		case n > second:
			second = n
		}
	}
	if best > 0 && best >= 3*second {
		return pick
	}
	return ""
}

// homeDollars are the dollars a bare "$" means in a country's own papers.
var homeDollars = map[string]string{"Australia": "AUD", "New Zealand": "NZD", "Canada": "CAD", "Singapore": "SGD"}

// bareDollar reports whether a figure's text writes its currency as "$"
// alone ("$189.4 billion", not "US$5 billion" nor "$US98").
func bareDollar(text string) bool {
	i := strings.IndexByte(text, '$')
	if i < 0 || i+1 >= len(text) || text[i+1] < '0' || text[i+1] > '9' {
		return false
	}
	return i == 0 || text[i-1] == ' ' || text[i-1] == '('
}

// homeChoice is the choice of amb that is the currency of the publisher's
// country, or "".
func homeChoice(amb *ambiguousCurrency, home func() string) string {
	if home == nil {
		return ""
	}
	h := home()
	if h == "" {
		return ""
	}
	for _, c := range amb.choices {
		if currencySide[c.code] == h {
			return c.code
		}
	}
	return ""
}

// countWords counts the word and symbol tokens of text, leaving out the
// country names inside the names of seas and oceans ("South China Sea",
// "Sea of Japan", "Indian Ocean").
func countWords(text string) map[string]int {
	toks := appendTokens(nil, text)
	m := map[string]int{}
	for k, t := range toks {
		if t.kind == tNum {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].s == "Sea" || toks[k+1].s == "Ocean") || k >= 2 && toks[k-1].s == "of" && toks[k-2].s == "Sea" {
			continue
		}
		m[t.s]++
	}
	return m
}

// convertedYen decides "¥" by a conversion into dollars right after the
// figure ("¥1.6trn (about $10.5bn)", "¥520bn, or $3.4bn"): a rate of 50 to
// 400 to the dollar is the yen's, of 4 to 12 the yuan's; "" otherwise.
func convertedYen(figs []Figure, i int) string {
	f := &figs[i]
	if f.Unit != "JPY/CNY" || i+1 >= len(figs) {
		return ""
	}
	g := &figs[i+1]
	if g.Unit != "USD" || g.Value <= 0 || f.Value <= 0 || g.Start < f.End || g.Start-f.End > 16 || g.Sentence != f.Sentence {
		return ""
	}
	switch r := f.Value / g.Value; {
	case r >= 50 && r <= 400:
		return "JPY"
	case r >= 4 && r <= 12:
		return "CNY"
	}
	return ""
}
