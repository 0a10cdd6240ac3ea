package bundle

import (
	"bytes"
	"fmt"
	"os"

	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/html"
	"github.com/dipstat/dipstat/report/pdf"
	"github.com/dipstat/dipstat/report/table"
)

// HTMLFile is the name of the web page in the report folder.
const HTMLFile = "report.html"

// htmlTables are the tables report.html shows, by name, in order.
var htmlTables = []string{FamilyKeynessTable, "phrase_families", "phrase_variants", "figures", "concordance", "changes", "documents"}

// writeHTML writes report.html: what report.pdf says (highlights, charts
// as inline SVG, the run) with the main tables to sort and filter.
func writeHTML(path string, r *Report, doc pdf.Document, tables []*table.Table, charts []*chart.Chart, svgs [][]byte) error {
	page := html.Report{Title: doc.Title, Subtitle: doc.Subtitle, Header: doc.Header, Generator: "dipstat " + r.Version,
		Highlights: doc.Highlights, Warnings: doc.Warnings, Link: r.Link, DocLinks: map[string]string{}}
	for i, c := range charts {
		if svgs[i] != nil {
			page.Charts = append(page.Charts, html.Chart{Name: c.Name, Title: c.Title, SVG: svgs[i]})
		}
	}
	byName := map[string]*table.Table{}
	for _, t := range tables {
		if byName[t.Name] == nil {
			byName[t.Name] = t
		}
	}
	for _, name := range htmlTables {
		if t := byName[name]; t != nil {
			page.Tables = append(page.Tables, t)
		}
	}
	if docs := byName["documents"]; docs != nil {
		// only the documents the page's rows name: the listing of a large
		// corpus has a row for each of hundreds of thousands
		shown := map[string]bool{}
		for _, t := range page.Tables {
			if c := t.Col("doc"); c >= 0 {
				for i := range min(t.Len(), html.DefaultMaxRows) {
					shown[fmt.Sprint(t.Row(i)[c])] = true
				}
			}
		}
		id, file := docs.Col("id"), docs.Col("file")
		for i := range docs.Len() {
			row := docs.Row(i)
			f, _ := row[file].(string)
			if f == "" || !shown[fmt.Sprint(row[id])] {
				continue
			}
			if r.Link != nil {
				f = r.Link(f)
			}
			page.DocLinks[fmt.Sprint(row[id])] = f
		}
	}
	for _, sec := range doc.About.Sections {
		s := html.Section{Title: sec.Title}
		for _, f := range sec.Fields {
			s.Fields = append(s.Fields, [2]string{f.Name, f.Value})
		}
		page.About = append(page.About, s)
	}
	var b bytes.Buffer
	if err := html.Write(&b, page); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
