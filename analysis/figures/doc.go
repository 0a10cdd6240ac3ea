// Package figures finds the figures diplomatic news cites to make a point —
// "$298.9 billion" of bilateral trade, "6.65 million visits, up 24.5
// percent", "109 megawatts", "764 million kilowatt-hours", "33 years since
// diplomatic ties" — and turns each into data: its normalized value and
// unit, its kind, the bound or approximation stated with it, the noun
// phrase it measures, the period it refers to, the sentence, the document
// and date, and byte offsets into the original text. Series follows one
// measure across documents over time and flags conflicting values.
//
// Entry points: Extract (a plain string), ExtractDated (a string with a
// publication date), FromDocument and FromCorpus (corpus documents: offsets
// into Document.Raw, one sentence at a time, cleaned-away spans skipped),
// FromDocumentWith and FromCorpusWith (the same, with each figure's speaker,
// side and cue from package attribution), Series and GroupSeries.
//
// # Extraction
//
// Text is split into tokens (numbers with their separators, words, single
// symbols) with byte offsets. At each token the scanner tries, in order: a
// qualifier ("about", "more than", "exceeded", "up to", "between"), a sign
// ("-", "minus", accounting parentheses), a currency prefix ("$", "US$",
// "us $", "HK$", "£", "€", "₩", "₱", "₹", "₫", "฿", "RMB", "USD", "MUSD",
// and the local prefixes "Rs", "Rs.", "Rp", "RM", "Php", "Tk", "Sh", "Bt";
// "W" and "P" only glued to a number with a scale word or a thousands
// separator: "W1.5 trillion", "P5 billion", "P1,000", not "the P5"; "R"
// (rand) glued to a number of 10 or more or with a scale word: "R570
// billion", not "the R2 road"; "N" (naira) only with a scale word: "N7.2
// trillion", not "N95"), a fraction of one percent or percentage point ("two-tenths of
// a percentage point"), a number, then what follows it: a currency code or
// sign, a unit (longest match in the unit table, hyphen compounds like
// "3-inch" and "kilowatt-hours" included), a compound amount ("3 dollars
// 50 cents"), "per <unit>", a range bound ("to", "-", "through", "and"
// after "between") and a trailing qualifier ("or more"). Without a unit,
// up to three lower-case words ending in a plural are the count unit ("15
// cooperation documents", "20 times"; "3 more towns" counts towns, and "5
// more days" is a duration).
//
// Numbers: digits with "," or space thousands separators ("1 234 567"),
// Indian grouping ("12,34,567"), dots between thousands ("1.250.000", and
// "10.000" after dong or rupiah), decimals (also the tokenized "46 . 8"),
// fractions ("10 1/2"), suffixes ("10k", "1MM", "10 bln", "2mil", "5bil";
// "m", "b", "T" only after a currency sign, otherwise "48m" is metres),
// scale words (thousand ... trillion, lakh, crore, quadrillion, "and a
// half") and their abbreviations ("bn", "bln", "mln", "trln", "mil.",
// "bil.", "tril."; the dot of the last three is part of the text), also
// hyphenated ("$12-billion", "₱35-billion"), a larger scale word after
// another multiplying it ("₹1.5 lakh crore" = 1.5e12, "30 thousand
// crore", "one thousand million"), written-out numbers ("two
// hundred and two thousand", "twenty-one", "three quarters", "half a
// million", "a quarter million"), and decimals spoken with "point" ("two
// point five", "two-point-five", "eight-point-three-eight", "1 point 5"),
// read only when a scale word, a unit or a currency follows. Scale words
// are multiplied out: Value of "$298.9 billion" is 2.989e11.
//
// Units are canonical: ISO 4217 codes for money (a bare "$" or "dollars" is
// taken as USD, as in the wire copy this tool reads; cents and pence
// become 0.01 of USD and GBP), "%" and "pp" (percentage
// points, "bp" for basis points), SI-style symbols for physical units ("t"
// for tons and tonnes, "kWh", "MW", "km2"), "year"/"month"/... for
// durations (ages: "29 years old"), the noun phrase for counts. Ratios ("1
// in 5", "one in every four", "three out of ten") and fractions in words
// ("two-thirds of exports", "three quarters", "one-fifth") are percents
// (a fraction alone as the whole text stays a number, one with a scale
// word is an amount, and "two quarters of contraction" counts quarters).
// A fraction of one percent or percentage point is that share of the unit:
// "two-tenths of a percentage point" = 0.2 pp, "three-quarters of a
// percentage point" = 0.75 pp, "half a percentage point", "a quarter of a
// percentage point" = 0.25 pp, "a tenth of a percent" = 0.1 % (a precise
// value, kept with the article, although "a quarter of" alone is no
// figure). Exchange rates ("1,445.2 per dollar", "150.3 to the dollar") have unit
// "per USD"; "($14.5 billion)" right after another amount is a conversion,
// a lone "($99.99)" an accounting negative. "pounds" is GBP with a
// scale word ("20 million pounds") and pounds of mass otherwise.
//
// Some currencies are left open by the scanner and decided by the text
// (Extract's text, FromDocument's whole document) in resolveCurrencies:
// "¥" is JPY or CNY (first by a conversion into dollars right after it,
// "¥1.6trn (about $10.5bn)": 50 to 400 to the dollar is the yen, 4 to 12
// the yuan); "pesos" PHP, MXN, ARS, CLP or COP; "rupees", "Rs"
// and "₨" INR, PKR, LKR or NPR. The names of exactly one of the
// currencies in the figure's sentence decide, else the country of the
// outlet that published the text (attribution.Attributor.Home: a paper
// writes its own currency bare), else the currency names in the text
// ("yen", "JPY" against "yuan", "renminbi", "RMB"), else the country the
// text is about, when its words ("Japan", "Japanese", "Tokyo" against
// "China", "Chinese", "Beijing"; "South China Sea" and "Sea of Japan" do
// not count) outnumber those of every other country at least three to
// one. When nothing decides, or names of two of the currencies stand in
// the text, "¥" is JPY (the yuan is written "yuan" in English-language
// news), pesos stay "peso" and rupees are INR.
//
// Qualifiers are never folded into Value: "about", "nearly", "more than",
// "at least", "less than", "at most", "up to", "up", "down", "±0.01", and
// "range to N" for ranges, where Value is the lower bound and High the upper;
// a percent after "up"/"down" or a change verb ("rose", "fell by") gets
// "up" or "down", its value staying positive.
// "from X to Y" after a change verb ("rose from 5% to 7%", "will quadruple
// from 25 percent to 100 percent"), or with one earlier in its clause and
// no range word between ("cut the tariffs on Indian goods from 50% to
// 15%"), is two figures, without a direction on the first; so is "rose 11
// percent to 8,900 trains", a change and its new level. An amount with a
// scale word and no unit right after an amount of money takes its
// currency ("44.8 billion US dollars last year, and we aim for 60
// billion").
//
// Not figures: years (four plain digits 1000-2100 without unit, scale or
// bound) become periods; dates ("Nov 1", "oct . 13", "2023-01-10") and
// spans of days ("from Oct. 1 to 8", "Oct. 1-8", "Sept. 29 to Oct. 3",
// "1 to 8 October", "between 3 and 5 November"), times
// ("2 pm", "10:30"), decades ("1960s"), year spans ("2013-14"), labels
// ("No. 1", "Room 5", "exit 436"), codes glued to letters ("CO2", "F-16",
// "5G", "13F"), URL parts and %-escapes, page debris ("16 px"), the pronoun
// "one", written numbers after a determiner ("the two countries", "the two
// agreements signed on Monday"), the parties of a relation ("two large
// countries like China and the United States", "as two major economies"),
// written numbers in capitalized or quoted names ("Five-Year Plan", "the
// five-year plan on trade", "Chip 4", "two plus two" talks, “Two
// Corridors”), years in words ("twenty-sixteen"), amounts whose only number
// is the article ("a week later", "a ton of rice", "a million", "a dozen";
// a bound on a round amount, "fewer than a thousand", is kept), vague
// amounts ("hundreds of", a bare "half", a written "zero"), "the first 10
// months" (a period), and page chrome: times with a zone ("0401 GMT"),
// "Updated 3 hours ago", counters ("1,234 comments", "Comments (34)",
// "Share 1.2K", "조회수 1,204", "评论 35"), "3 min read", "Photo 1 of 5",
// and the numbers of numbered headlines of "Most read" lists (a small
// number at the start of a line, after "A:", or one of three in a row,
// followed by a capitalized word, a brand like "iPhone", a quote, or after
// "1." a number); the figures inside the headlines are kept ("3. BSP keeps
// key rate at 6.5 percent" gives "6.5 percent"). A counter noun in a sentence ("the post drew 1,234
// comments") is a figure. Digit ordinals ("30th", "32nd") are kept with
// kind ordinal; written ordinals ("first", "fourth") are not reported.
//
// # Subject
//
// The measured noun phrase comes from the sentence's tokens around the
// figure, first rule that applies:
//   - ordinals: the phrase after ("30th anniversary of the establishment of
//     diplomatic ties", "15th Five-Year Plan");
//   - durations followed by "since": the phrase after "since";
//   - a linking verb or preposition before the figure ("reached",
//     "exceeded", "was", "by", "of", "generate"; up to three skipped): the
//     noun phrase before it ("bilateral trade volume reached $298.9
//     billion", "cutting carbon dioxide emissions by around 760,000 tons");
//     a head before a preposition wins ("trade volume between the two
//     countries" gives "trade volume");
//   - "<figure> of <noun phrase>": that phrase ("310,000 tons of coal");
//   - a percent after another figure of the sentence: that figure's subject
//     ("6.65 million visits, up 24.5 percent");
//   - a count noun: the noun itself ("15 cooperation documents");
//   - otherwise the content words right before the figure.
//
// A noun phrase is a run of content words (not stopwords or -ly words; an
// -ing word only after a noun, "tourists visiting South Korea"; "of"/"to"
// between content words, hyphen compounds and possessives kept) that does
// not reach into the previous figure. A figure with no subject right after
// another ("20 trillion won ($14.5 billion)", "rose 5.8 percent to $57.3
// billion") takes that figure's subject.
//
// # Period
//
// Stated periods in the sentence: month ranges ("January-November period
// this year" gives "2025-01/2025-11"), "the first 10 months of this year"
// ("2025-01/2025-10"), halves ("2024-H1") and quarters ("2023-Q3"), "March
// 2024", dates ("2025-11-01"), years, and "this/last/next year". "This year"
// resolves against the document date and is left out when the document is
// undated. A figure takes the nearest period of its sentence; ordinals and
// durations take none.
//
// # Series
//
// GroupSeries groups figures of one unit family (a currency, "%", "pp",
// energy, power, mass, length, area, volume, time, or "count:<noun>") whose
// SubjectKey is equal: the subject lower-cased, synonyms folded ("carbon
// dioxide" = "co2", "people-to-people" = "personnel"), the head before "of"
// kept, stopwords and generic words ("bilateral", "total", "volume") dropped,
// the rest stemmed, the last two words kept. So "bilateral trade volume",
// "Bilateral trade" and "trade volume" are one series. Figures without a
// subject and ordinals (unless asked) are left out, and a figure repeated in
// one document counts once. Points are ordered by
// date (undated last), document and offset; Base holds the value in the
// family's base unit. Two points with the same stated period whose values
// differ are flagged as a conflict (approximations within 10% and bounds
// that can both hold are not).
//
// The package does no I/O and keeps no state beyond read-only tables.
package figures
