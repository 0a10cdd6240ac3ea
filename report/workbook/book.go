package workbook

import (
	"fmt"
	"io"
	"time"

	"github.com/dipstat/dipstat/report/table"
	"github.com/xuri/excelize/v2"
)

// Item is one line of the Summary sheet: a section ("Run", "Inputs",
// "Parameters", "Counts", "Warnings"), a field and a typed value (string,
// int, float64, time.Time).
type Item struct {
	Section string
	Field   string
	Value   any
}

// Image is a PNG rendering placed on the Charts sheet.
type Image struct {
	Title string
	PNG   []byte
	DPI   int // resolution the PNG was rendered at, to show it at print size
}

// SheetDPI is the resolution of a picture that shows at print size pixel
// for pixel on a sheet at 100% zoom (Excel counts 96 pixels an inch): the
// size to render the Charts sheet's PNGs at.
const SheetDPI = 96

// Book is everything the workbook shows.
type Book struct {
	Summary []Item
	Tables  []*table.Table // one sheet each, in order
	Charts  []NativeChart  // native Excel charts on the Charts sheet
	Images  []Image        // PNG renderings below the native charts
	Link    LinkFunc       // targets of Link cells; nil keeps the value
	// TempDir holds the sheets' rows, compressed, until they go into the
	// file (unlinked at once); "" is the system's temporary folder.
	TempDir string
}

// Result says what the writer had to cut, for the manifest and warnings.
type Result struct {
	Sheets []string // sheet names in order
	Notes  []string // truncations and cut cells, also listed in Summary
}

// builder holds the state of one workbook being written.
type builder struct {
	f      *excelize.File
	st     *styles
	used   map[string]bool
	link   LinkFunc
	sheets map[string]*sheetInfo // by table name
	zip    *spliceZip
	npiece int
	tmp    string
	// timeStyle is excelize's style for a date in a cell without one
	timeStyle int
}

// SummarySheet and ChartsSheet are the fixed sheets' names.
const (
	SummarySheet = "Summary"
	ChartsSheet  = "Charts"
)

// Write writes the workbook to w: Summary, one sheet per table, Charts.
func Write(w io.Writer, bk *Book) (*Result, error) {
	f := excelize.NewFile()
	defer f.Close()
	zw := &spliceZip{zw: newZipWriter(w), pieces: map[string]*piece{}}
	defer func() {
		for _, p := range zw.pieces {
			p.close()
		}
	}()
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	b := &builder{f: f, st: st, used: map[string]bool{}, link: bk.Link, sheets: map[string]*sheetInfo{}, zip: zw, tmp: bk.TempDir}
	if err := f.SetSheetName("Sheet1", SummarySheet); err != nil {
		return nil, err
	}
	b.used[lower(SummarySheet)], b.used[lower(ChartsSheet)] = true, true
	res := &Result{Sheets: []string{SummarySheet}}
	for _, t := range bk.Tables {
		info, err := b.writeTable(t)
		if err != nil {
			return nil, err
		}
		b.sheets[t.Name] = info
		res.Sheets = append(res.Sheets, info.sheet)
		if info.dropped > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("sheet %s: truncated at Excel's row limit; %d of %d rows not shown (all rows are in data/%s.csv)",
				info.sheet, info.dropped, t.Len(), t.Name))
		}
		if info.cut > 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("sheet %s: %d cells longer than %d characters were cut (marked %q)",
				info.sheet, info.cut, MaxCellChars, CutMarker))
		}
	}
	if len(bk.Charts) > 0 || len(bk.Images) > 0 {
		if err := b.chartsSheet(bk.Charts, bk.Images); err != nil {
			return nil, err
		}
		res.Sheets = append(res.Sheets, ChartsSheet)
	}
	items := bk.Summary
	for _, n := range res.Notes {
		items = append(items, Item{Section: "Warnings", Field: "workbook", Value: n})
	}
	if err := b.summary(items); err != nil {
		return nil, err
	}
	// Summary is the first and active sheet. (SetActiveSheet would parse
	// every streamed sheet back; a new file's first sheet is active.)
	// The zip goes straight to w (see newZipWriter): excelize's own
	// buffer stays empty.
	if _, err := f.WriteTo(io.Discard); err != nil {
		return nil, fmt.Errorf("write workbook: %w", err)
	}
	return res, nil
}

// summary writes the Summary sheet as a table of Section, Field, Value.
func (b *builder) summary(items []Item) error {
	f, sh := b.f, SummarySheet
	head := []any{"Section", "Field", "Value"}
	if err := f.SetSheetRow(sh, "A1", &head); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, "A1", "C1", b.st.header); err != nil {
		return err
	}
	for i, it := range items {
		r := i + 2
		v, style, err := b.summaryValue(it.Value)
		if err != nil {
			return err
		}
		row := []any{it.Section, it.Field, v}
		cellA, _ := excelize.CoordinatesToCellName(1, r)
		if err := f.SetSheetRow(sh, cellA, &row); err != nil {
			return err
		}
		if style != 0 {
			cellC, _ := excelize.CoordinatesToCellName(3, r)
			if err := f.SetCellStyle(sh, cellC, cellC, style); err != nil {
				return err
			}
		}
	}
	for col, w := range map[string]float64{"A": 14, "B": 28, "C": 90} {
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return err
		}
	}
	end, _ := excelize.CoordinatesToCellName(3, max(len(items), 1)+1)
	show := true
	if err := f.AddTable(sh, &excelize.Table{Range: "A1:" + end, Name: "t_summary", StyleName: "TableStyleLight9", ShowRowStripes: &show}); err != nil {
		return err
	}
	return f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}})
}

// summaryValue is a Summary value with the style its type needs.
func (b *builder) summaryValue(v any) (any, int, error) {
	switch x := v.(type) {
	case time.Time:
		if x.IsZero() {
			return nil, 0, nil
		}
		layout := "yyyy-mm-dd hh:mm:ss"
		if x.Equal(time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, x.Location())) {
			layout = "yyyy-mm-dd"
		}
		id, err := b.st.number(layout)
		return x, id, err
	case int, int64:
		id, err := b.st.number("#,##0")
		return x, id, err
	case float64:
		id, err := b.st.number("#,##0.###")
		return x, id, err
	case string:
		s, _ := cellText(x)
		return s, 0, nil
	case nil:
		return nil, 0, nil
	}
	return fmt.Sprint(v), 0, nil
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
