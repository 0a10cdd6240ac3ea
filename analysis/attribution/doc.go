// Package attribution finds who speaks in each sentence of an article: the
// speaker, the side the speaker represents and the cue that says so. It is
// the step after the corpus and before the analyses that count by speaker:
// phrases and figures ask it for the attribution of the sentence of each
// occurrence or figure.
//
// The reported-speech frame of a sentence gives its speaker: "X said",
// "said X", "X noted / stressed / added / called on / urged / told /
// expressed / pointed out / emphasized / stated / announced / warned" (and a
// few more speech verbs), ", adding that" (the subject of the clause),
// "according to X", "X's data showed", "X quoted Y as saying" (Y), a joint
// statement (Both). A quotation without its own frame takes the frame of the
// sentence of the quotation that has one (first or last), or continues the
// previous speaker. Transcript lines ("Spokesperson Mao Ning:", "Q:") give
// their speaker until the next such line. "He said", "the minister said"
// resolve to the person the article last named as a speaker; short names
// ("Xi", "Lee") to the actor the article named in full; titles fold to the
// canonical name ("Chinese President Xi Jinping" is Xi Jinping). A sentence
// without a frame is the narrator's.
//
// The side comes from an actors table (actors.txt, extendable with
// ReadActors and Merge): leaders, ministers, spokespersons, ambassadors,
// ministries, agencies and state media of China, the ROK, the DPRK, Japan,
// the US, Vietnam, Russia, ASEAN and the EU. An unknown speaker keeps its
// name with side Unknown; a phrase with a side's word ("a Chinese official",
// "Seoul") speaks for that side.
//
// The attributor reads the tokens the corpus made, with one hash lookup per
// token; it builds no regular expression and does no I/O. The rules and
// their limits are in docs/attribution.md.
package attribution
