package workbook

import (
	"bytes"
	"fmt"
	"image/png"

	"github.com/xuri/excelize/v2"
)

// ChartKind is the type of a native Excel chart.
type ChartKind int

const (
	LineChart   ChartKind = iota // lines with markers
	ColumnChart                  // clustered columns
	BarChart                     // horizontal bars
)

// NativeChart is an Excel chart whose series reference a table's sheet, so
// analysts can restyle it in Excel. Two shapes of data are supported:
//
//   - series in columns: Category is the key of the column holding the
//     categories (periods, terms) and Values the keys of the value columns,
//     one series each, over the first MaxPoints rows (0: all, at most 500);
//   - series in rows (ByRow): Values are the keys of the value columns (the
//     periods of a wide table), whose headers are the categories, and each of
//     the first MaxSeries rows is a series named by the Name column.
type NativeChart struct {
	Kind           ChartKind
	Title          string
	XTitle, YTitle string
	Table          string // table.Table.Name
	Category       string
	Values         []string
	ByRow          bool
	Name           string
	MaxPoints      int
	MaxSeries      int
}

// chartsSheet writes the native charts, then the PNG images, down the
// Charts sheet.
func (b *builder) chartsSheet(charts []NativeChart, images []Image) error {
	sh := ChartsSheet
	if _, err := b.f.NewSheet(sh); err != nil {
		return err
	}
	if err := b.f.SetColWidth(sh, "A", "A", 2); err != nil {
		return err
	}
	row := 1
	for _, c := range charts {
		ch, err := b.nativeChart(c)
		if err != nil {
			return fmt.Errorf("chart %q: %w", c.Title, err)
		}
		if ch == nil {
			continue
		}
		if err := b.f.AddChart(sh, fmt.Sprintf("B%d", row), ch); err != nil {
			return fmt.Errorf("chart %q: %w", c.Title, err)
		}
		row += 24
	}
	for _, im := range images {
		cfg, err := png.DecodeConfig(bytes.NewReader(im.PNG))
		if err != nil {
			return fmt.Errorf("image %q: %w", im.Title, err)
		}
		// Show the image at print size.
		scale := 1.0
		if im.DPI > 0 {
			scale = SheetDPI / float64(im.DPI)
		}
		if err := b.f.SetCellValue(sh, fmt.Sprintf("B%d", row), im.Title); err != nil {
			return err
		}
		if err := b.f.SetCellStyle(sh, fmt.Sprintf("B%d", row), fmt.Sprintf("B%d", row), b.st.key); err != nil {
			return err
		}
		if err := b.f.AddPictureFromBytes(sh, fmt.Sprintf("B%d", row+1), &excelize.Picture{
			Extension: ".png", File: im.PNG,
			Format: &excelize.GraphicOptions{ScaleX: scale, ScaleY: scale, AltText: im.Title, Positioning: "oneCell"},
		}); err != nil {
			return fmt.Errorf("image %q: %w", im.Title, err)
		}
		// Rows are 20 pixels high by default.
		row += int(float64(cfg.Height)*scale/20) + 3
	}
	return nil
}

// nativeChart resolves a chart's table and columns to sheet ranges; nil when
// its table is absent or empty.
func (b *builder) nativeChart(c NativeChart) (*excelize.Chart, error) {
	info := b.sheets[c.Table]
	if info == nil || info.rows == 0 {
		return nil, nil
	}
	t := info.table
	col := func(key string) (string, error) {
		i := t.Col(key)
		if i < 0 {
			return "", fmt.Errorf("table %s has no column %q", t.Name, key)
		}
		name, _ := excelize.ColumnNumberToName(i + 1)
		return name, nil
	}
	ref := func(colName string, r0, r1 int) string {
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", info.sheet, colName, r0, colName, r1)
	}
	var series []excelize.ChartSeries
	if !c.ByRow {
		n := info.rows
		if lim := c.MaxPoints; lim > 0 && n > lim || n > 500 {
			n = min(max(lim, 1), 500, n)
		}
		cat, err := col(c.Category)
		if err != nil {
			return nil, err
		}
		for _, v := range c.Values {
			vc, err := col(v)
			if err != nil {
				return nil, err
			}
			series = append(series, excelize.ChartSeries{
				Name:       fmt.Sprintf("'%s'!$%s$1", info.sheet, vc),
				Categories: ref(cat, 2, n+1),
				Values:     ref(vc, 2, n+1),
			})
		}
	} else {
		if len(c.Values) == 0 {
			return nil, nil
		}
		first, err := col(c.Values[0])
		if err != nil {
			return nil, err
		}
		last, err := col(c.Values[len(c.Values)-1])
		if err != nil {
			return nil, err
		}
		nc, err := col(c.Name)
		if err != nil {
			return nil, err
		}
		n := min(info.rows, max(c.MaxSeries, 1))
		for r := 2; r < n+2; r++ {
			series = append(series, excelize.ChartSeries{
				Name:       fmt.Sprintf("'%s'!$%s$%d", info.sheet, nc, r),
				Categories: fmt.Sprintf("'%s'!$%s$1:$%s$1", info.sheet, first, last),
				Values:     fmt.Sprintf("'%s'!$%s$%d:$%s$%d", info.sheet, first, r, last, r),
			})
		}
	}
	for i := range series {
		if c.Kind == LineChart {
			series[i].Marker = excelize.ChartMarker{Symbol: "circle", Size: 5}
		}
	}
	kind := map[ChartKind]excelize.ChartType{LineChart: excelize.Line, ColumnChart: excelize.Col, BarChart: excelize.Bar}[c.Kind]
	vary := false
	ch := &excelize.Chart{
		Type:       kind,
		VaryColors: &vary,
		Series:     series,
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.Title}}},
		Legend:     excelize.ChartLegend{Position: "right"},
		Format:     excelize.GraphicOptions{ScaleX: 1.6, ScaleY: 1.5},
		XAxis:      excelize.ChartAxis{Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.XTitle}}}},
		YAxis:      excelize.ChartAxis{Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.YTitle}}}, MajorGridLines: true},
	}
	if len(series) == 1 {
		ch.Legend.Position = "none"
	}
	if c.Kind == BarChart {
		ch.YAxis.ReverseOrder = true
	}
	return ch, nil
}
