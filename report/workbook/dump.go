package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"image/png"
	"io"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Dump is a text listing of a workbook for golden files and reviews: every
// sheet with its Excel tables, frozen panes, column widths, its first
// maxRows rows cell by cell (raw value, type, number format, formula), its
// pictures, and the series references of every native chart.
func Dump(data []byte, maxRows int) (string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	for _, sh := range f.GetSheetList() {
		fmt.Fprintf(&b, "== sheet %s\n", sh)
		tables, _ := f.GetTables(sh)
		for _, t := range tables {
			fmt.Fprintf(&b, "table %s %s style=%s\n", t.Name, t.Range, t.StyleName)
		}
		if p, err := f.GetPanes(sh); err == nil && p.Freeze {
			fmt.Fprintf(&b, "frozen rows=%d cols=%d\n", p.YSplit, p.XSplit)
		}
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "rows %d\n", len(rows))
		ncol := 0
		for _, r := range rows {
			ncol = max(ncol, len(r))
		}
		var widths []string
		for c := 1; c <= ncol; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			w, _ := f.GetColWidth(sh, name)
			widths = append(widths, fmt.Sprintf("%s=%g", name, w))
		}
		if len(widths) > 0 {
			fmt.Fprintf(&b, "widths %s\n", strings.Join(widths, " "))
		}
		for r := range min(len(rows), maxRows) {
			for c := range rows[r] {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				v := rows[r][c]
				typ, _ := f.GetCellType(sh, ref)
				form, _ := f.GetCellFormula(sh, ref)
				if v == "" && form == "" {
					continue
				}
				line := fmt.Sprintf("%s %s %q", ref, typeName(typ), v)
				if nf := numFmt(f, sh, ref); nf != "" {
					line += " fmt=" + nf
				}
				if form != "" {
					line += " formula=" + form
				}
				b.WriteString(line + "\n")
			}
		}
		cells, _ := f.GetPictureCells(sh)
		sort.Strings(cells)
		for _, c := range cells {
			pics, _ := f.GetPictures(sh, c)
			for _, p := range pics {
				// Dimensions, not bytes: rasterizing may differ in the last
				// bits between CPU architectures.
				size := "undecodable"
				if cfg, err := png.DecodeConfig(bytes.NewReader(p.File)); err == nil {
					size = fmt.Sprintf("%dx%d", cfg.Width, cfg.Height)
				}
				fmt.Fprintf(&b, "picture %s %s %s\n", c, p.Extension, size)
			}
		}
	}
	charts, err := chartRefs(data)
	if err != nil {
		return "", err
	}
	for _, c := range charts {
		b.WriteString(c + "\n")
	}
	return b.String(), nil
}

func typeName(t excelize.CellType) string {
	switch t {
	case excelize.CellTypeBool:
		return "bool"
	case excelize.CellTypeDate:
		return "date"
	case excelize.CellTypeError:
		return "error"
	case excelize.CellTypeFormula:
		return "formula"
	case excelize.CellTypeInlineString, excelize.CellTypeSharedString:
		return "string"
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
		return "number"
	}
	return "unset"
}

// numFmt is a cell's number format: custom code or built-in id.
func numFmt(f *excelize.File, sh, ref string) string {
	id, err := f.GetCellStyle(sh, ref)
	if err != nil || id == 0 {
		return ""
	}
	st, err := f.GetStyle(id)
	if err != nil {
		return ""
	}
	if st.CustomNumFmt != nil {
		return *st.CustomNumFmt
	}
	if st.NumFmt != 0 {
		return fmt.Sprintf("builtin:%d", st.NumFmt)
	}
	return ""
}

// chartRefs lists each chart part with its type and series references.
func chartRefs(data []byte) ([]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/charts/chart") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		x, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		s := string(x)
		kind := "?"
		for _, k := range []string{"lineChart", "barChart", "scatterChart", "areaChart"} {
			if strings.Contains(s, "<"+k+">") || strings.Contains(s, "<c:"+k+">") {
				kind = k
			}
		}
		if strings.Contains(s, `barDir val="bar"`) {
			kind += "/bar"
		}
		line := fmt.Sprintf("chart %s %s", zf.Name, kind)
		for _, ref := range append(between(s, "<f>", "</f>"), between(s, "<c:f>", "</c:f>")...) {
			line += "\n  ref " + html.UnescapeString(ref)
		}
		out = append(out, line)
	}
	sort.Strings(out)
	return out, nil
}

func between(s, open, close string) []string {
	var out []string
	for {
		i := strings.Index(s, open)
		if i < 0 {
			return out
		}
		s = s[i+len(open):]
		j := strings.Index(s, close)
		if j < 0 {
			return out
		}
		out = append(out, s[:j])
		s = s[j+len(close):]
	}
}
