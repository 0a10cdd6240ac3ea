package attribution

// class is a set of word classes: what a word can do in a reported-speech
// frame. One word may have several ("said" is a verb; "press" is a title
// word and a body word).
type class uint32

const (
	cVerb      class = 1 << iota // a finite speech verb: said, noted, stressed
	cPart                        // its participle after a comma: saying, adding
	cAccording                   // according (to X)
	cQuoted                      // quoted, cited (X as saying)
	cShow                        // data verbs: showed, shows, indicated
	cDataNoun                    // data, figures, statistics: X's data showed
	cDocNoun                     // statement, report: a statement from X
	cSrcPrep                     // from, by after a data or document noun
	cSrcVerb                     // released, published (data released by X)
	cDet                         // the, a, his: may open a speaker's noun phrase
	cConn                        // of, for, and: inside a name
	cRole                        // a title or role noun: president, minister, ministry
	cTitle                       // other words of titles: foreign, vice, deputy
	cBody                        // a word that makes a name an organization's
	cGeneric                     // a speaker without a name: officials, analysts
	cAdv                         // may stand between a subject and its verb: also, has
	cBe                          // forms of "be": "it was said" is passive
	cPron                        // he, she, they, we, I, it
	cRel                         // who, which
	cStop                        // ends a noun phrase: prepositions, conjunctions
	cWeekday                     // Monday, today: "on Monday"
	cJoint                       // joint (statement)
	cJointDoc                    // statement, declaration, communique after "joint"
	cTwo                         // two, both: "the two sides"
	cPlural                      // sides, leaders, countries: "the two sides"
	cTo                          // to, in: "Ambassador to China", "Embassy in Seoul"
	cFirst                       // first word of an actor or side variant
	cQA                          // Q, A, Question, Answer: transcript labels
	cNotLabel                    // Note, Photo, Source: lines that are no speaker's
)

// speechVerbs map the forms of each speech verb to its cue, the past tense.
// Forms ending in "ing" are participles: they attach to the sentence's
// subject (", adding that").
var speechVerbs = map[string][]string{
	"said":         {"said", "says", "say", "saying"},
	"noted":        {"noted", "notes", "noting", "note"},
	"stressed":     {"stressed", "stresses", "stressing", "stress"},
	"added":        {"added", "adds", "adding"},
	"urged":        {"urged", "urges", "urging", "urge"},
	"told":         {"told", "tells", "telling"},
	"expressed":    {"expressed", "expresses", "expressing", "voiced", "voicing"},
	"emphasized":   {"emphasized", "emphasizes", "emphasizing"},
	"stated":       {"stated", "stating"},
	"announced":    {"announced", "announces", "announcing"},
	"warned":       {"warned", "warns", "warning", "warn"},
	"expected":     {"expected", "expects", "expect"},
	"believed":     {"believed", "believes", "believe"},
	"accused":      {"accused", "accuses", "accusing"},
	"thanked":      {"thanked", "thanks", "thanking"},
	"condemned":    {"condemned", "condemns", "condemning", "denounced", "denounces", "denouncing", "criticized", "criticizes", "criticizing", "criticised", "criticises", "criticising"},
	"reiterated":   {"reiterated", "reiterates", "reiterating"},
	"underscored":  {"underscored", "underscores", "underscoring", "underlined", "underlines", "underlining"},
	"highlighted":  {"highlighted", "highlights", "highlighting"},
	"described":    {"described", "describes", "describing", "hailed", "hails", "hailing"},
	"reported":     {"reported", "reports"},
	"agreed":       {"agreed", "agree", "agrees"},
	"affirmed":     {"affirmed", "affirms", "affirming", "reaffirmed", "reaffirms", "reaffirming"},
	"pledged":      {"pledged", "pledges", "pledging", "vowed", "vows", "vowing"},
	"proposed":     {"proposed", "proposes", "proposing", "suggested", "suggests", "suggesting"},
	"insisted":     {"insisted", "insists", "insisting", "insist", "argued", "argues", "arguing", "argue", "asserted", "asserts", "asserting"},
	"declared":     {"declared", "declares", "declaring"},
	"cautioned":    {"cautioned", "cautions", "cautioning"},
	"countered":    {"countered", "counters", "countering"},
	"rejected":     {"rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing"},
	"denied":       {"denied", "denies", "denying"},
	"signaled":     {"signaled", "signals", "signaling", "signalled", "signalling"},
	"promised":     {"promised", "promises", "promising"},
	"explained":    {"explained", "explains", "explaining"},
	"acknowledged": {"acknowledged", "acknowledges", "acknowledging"},
	"remarked":     {"remarked", "remarks", "commented", "comments", "commenting"},
	"claimed":      {"claimed", "claims", "claiming", "blamed", "blames", "blaming"},
	"replied":      {"replied", "replies", "responded", "responds", "answered"},
	"wrote":        {"wrote", "writes", "writing"},
	"hoped":        {"hoped", "hopes", "hoping"},
	"estimated":    {"estimated", "estimates", "estimate"},
	"asked":        {"asked", "asks"},
	"confirmed":    {"confirmed", "confirms"},
	"recalled":     {"recalled", "recalls"},
	"supported":    {"supports", "supported"},
	// These take a particle: "called on", "pointed out" (see particles).
	"called on":   {"called", "calls", "calling", "call"},
	"pointed out": {"pointed", "points", "pointing", "point"},
}

// particles are the words a verb needs after it to be a speech verb, each
// with the cue it gives.
var particles = map[string]map[string]string{
	"called on":   {"on": "called on", "upon": "called on", "for": "called for"},
	"pointed out": {"out": "pointed out"},
}

var wordClasses = []struct {
	c     class
	words string
}{
	{cAccording, "according"},
	{cQuoted, "quoted quotes quoting cited cites citing"},
	{cShow, "show shows showed shown indicate indicates indicated reveal reveals revealed suggest suggests suggested found finds put puts"},
	{cDataNoun, "data figures statistics stats survey surveys poll polls numbers tally estimates estimate census study studies modelling modeling projections"},
	{cDocNoun, "statement statements report reports readout release communique communiqué notice document bulletin declaration transcript"},
	{cSrcPrep, "from by"},
	{cSrcVerb, "released published compiled issued provided collected conducted commissioned"},
	{cDet, "the a an his her its their our one another some many several most few other various numerous"},
	{cConn, "of for and &"},
	{cTitle, `foreign vice deputy prime senior top chief general state national security defense trade
		industry energy economy economic finance unification justice commerce culture tourism
		presidential regular press news media affairs permanent special assistant acting former
		executive central political military joint staff first lady public cabinet development think
		ceo co-ceo cfo coo founder co-founder
		reform international relations strategic policy planning information broadcasting
		trade-investment coast guard immigration statistics customs central bank mr mrs ms dr
		madam sir principal commander admiral colonel captain lieutenant brigadier sergeant`},
	{cBody, `ministry ministries agency office embassy consulate customs government department
		administration council commission committee bureau service news daily times herald post
		press media ilbo shimbun sinmun television tv radio broadcasting network kremlin pentagon
		bank association federation chamber institute university school party assembly parliament
		congress secretariat army forces guard organization organisation corporation corp co ltd
		inc group groups tank company delegation mission side authorities fund foundation center centre academy
		union court cabinet staff newspaper channel agency's ministry's broadcaster publisher pollster
		body bodies authority lobby watchdog regulator think-tank panel firm firms operator utility producer
		exporter importer maker carmaker automaker chipmaker shipbuilder lender insurer airline`},
	{cGeneric, `official officials analysts analyst experts expert observers observer sources source
		diplomats diplomat spokesperson spokespeople spokesman spokeswoman government authorities
		lawmakers lawmaker scholars scholar researchers researcher professor people residents
		insiders critics industry side sides leaders leader media outlets newspaper officer officers
		representatives representative delegates participants organizers organisers watchers
		economists economist commentators commentator consultant consultants strategist strategists
		counterpart counterparts
		traders trader respondents respondent`},
	{cAdv, `also further again then once later earlier previously recently repeatedly separately
		publicly firmly clearly explicitly openly reportedly has have had will would could may
		might can shall should already still even has not never`},
	{cBe, "is was were are been be being"},
	{cPron, "he she they we i it him them i'd i'm i've i'll we'd we're we've we'll he'd she'd they'd they're they've"},
	{cRel, "who which"},
	{cStop, `in on at with about between against toward towards among including like than into
		onto upon over under after before during since while when where whereas as if because
		but or nor yet so that what whether how why though although unless until via amid
		despite without within across through throughout beyond however meanwhile moreover
		there here not no this these those`},
	{cWeekday, `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
		weekend`},
	{cJoint, "joint"},
	{cJointDoc, "statement declaration communique communiqué fact sheet press readout vision"},
	{cTwo, "two both three"},
	{cPlural, `sides leaders countries nations governments ministers parties delegations presidents
		heads premiers states neighbors partners teams envoys officials`},
	{cTo, "to in"},
	{cQA, "q a question answer journalist reporter follow-up"},
	{cNotLabel, `note notes photo photos source sources update updated editor editor's related tags
		keywords image images video read also tel email e-mail web date time subject title
		caption credit credits by from to cc ps disclaimer copyright location venue topic theme
		file files link links via warning attention contact address fax phone website url
		published posted author translator translated reporting writing`},
}

// roleWords are the role nouns "the minister said" or "the ministry said"
// resolve by: each is a bit, and synonyms share one. The first group is of
// persons.
var roleWords = []string{
	"president presidents",
	"premier premiers",
	"minister ministers",
	"spokesperson spokespersons spokesman spokeswoman spokespeople",
	"ambassador ambassadors",
	"envoy envoys",
	"chairman chairwoman chair chairperson",
	"leader leaders",
	"secretary secretary-general",
	"chancellor",
	"governor",
	"commissioner",
	"director director-general",
	"adviser advisor",
	"representative",
	"diplomat",
	"counselor counsellor",
	"chief head",
	"king queen emperor",
	"senator senators",
	// organizations from here on (see personRoles)
	"ministry",
	"agency",
	"office",
	"embassy consulate",
	"customs",
	"government",
	"department",
	"administration",
	"council",
	"commission",
	"bureau",
	"service",
	"media",
	"party",
	"bank",
}

// personRoles is the number of roleWords groups that name persons.
const personRoles = 20
