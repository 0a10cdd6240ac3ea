package evaluation

import (
	"github.com/dipstat/dipstat/analysis/attribution"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/figures"
	"github.com/dipstat/dipstat/analysis/phrases"
)

// AddDocument runs the formula matcher m and the figure extractor on d, as
// dipstat's commands do, and scores both against g. With an attributor
// (the one m was built with), it scores speakers and sides too.
func (s *Scores) AddDocument(d *corpus.Document, g *Gold, m *phrases.Matcher, a *attribution.Attributor) {
	var fams []FamilyHit
	for _, o := range m.Match(d) {
		fams = append(fams, FamilyHit{Family: o.Family, Text: o.Text, Start: o.Start, End: o.End, Speaker: o.Speaker, Side: o.Side, Cue: o.Cue})
	}
	s.AddFamilies(d.ID, d.Raw, g.Families, fams)
	var figs []FigureHit
	for _, f := range figures.FromDocumentWith(d, figures.Options{Attributor: a}) {
		figs = append(figs, FigureHit{Text: f.Text, Value: f.Value, Unit: f.Unit, Kind: string(f.Kind), Start: f.Start, End: f.End, Speaker: f.Speaker, Side: f.Side, Cue: f.Cue})
	}
	s.AddFigures(d.ID, d.Raw, g.Figures, figs)
}
