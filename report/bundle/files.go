package bundle

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/report/chart"
	"github.com/dipstat/dipstat/report/table"
	"github.com/dipstat/dipstat/report/workbook"
)

// rendered holds, for each chart, what other files embed: the full-width
// PNG of the workbook's Charts sheet, rendered at workbook.SheetDPI (not
// -dpi: the sheet shows it at 100% zoom, and a print-resolution copy only
// makes the workbook heavier), and the full-width SVG report.html inlines.
type rendered struct {
	sheet [][]byte
	svg   [][]byte
}

// renderCharts writes every chart in every size and format to dir/charts,
// in parallel, and returns what the workbook and report.html embed.
func renderCharts(dir string, charts []*chart.Chart, r *Report) (*rendered, error) {
	cdir := filepath.Join(dir, "charts")
	if err := os.MkdirAll(cdir, 0o755); err != nil {
		return nil, err
	}
	sizes := r.Sizes
	if len(sizes) == 0 {
		sizes = chart.Sizes
	}
	type job struct {
		i      int
		c      *chart.Chart
		s      chart.Size
		format string
		dpi    int
		embed  bool // for the workbook or report.html, not a file
	}
	var jobs []job
	for i, c := range charts {
		for _, s := range sizes {
			for _, f := range r.Formats {
				jobs = append(jobs, job{i, c, s, f, dpi(r), false})
			}
		}
		jobs = append(jobs, job{i, c, chart.Full, "png", workbook.SheetDPI, true}, job{i, c, chart.Full, "svg", 0, true})
	}
	out := &rendered{sheet: make([][]byte, len(charts)), svg: make([][]byte, len(charts))}
	errs := make([]error, len(jobs))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			var buf bytes.Buffer
			if err := chart.Render(&buf, j.c, j.s, j.format, chart.Options{DPI: j.dpi}); err != nil {
				errs[k] = err
				return
			}
			if j.embed {
				mu.Lock()
				if j.format == "png" {
					out.sheet[j.i] = buf.Bytes()
				} else {
					out.svg[j.i] = buf.Bytes()
				}
				mu.Unlock()
				return
			}
			errs[k] = os.WriteFile(filepath.Join(cdir, chartFile(j.c.Name, j.s, j.format)), buf.Bytes(), 0o644)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// writeCSVs writes dir/NAME.csv for every table, names[i] for tables[i],
// until ctx is cancelled.
func writeCSVs(ctx context.Context, dir string, tables []*table.Table, names []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, t := range tables {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := writeCSV(filepath.Join(dir, names[i]+".csv"), t); err != nil {
			return fmt.Errorf("data/%s.csv: %w", names[i], err)
		}
	}
	return nil
}

// uniqueNames are file names for names: each as it is, or name_2, name_3
// ... after an earlier one of the same name.
func uniqueNames(names []string) []string {
	seen := map[string]bool{}
	out := make([]string, len(names))
	for k, base := range names {
		name := base
		for i := 2; seen[name]; i++ {
			name = fmt.Sprintf("%s_%d", base, i)
		}
		seen[name] = true
		out[k] = name
	}
	return out
}

// writeCSV writes t to path through a buffer: the figure and concordance
// tables of a large corpus are tens of MB of CSV, which need not be held
// whole in memory.
func writeCSV(path string, t *table.Table) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = table.WriteCSV(bw, t)
	if err == nil {
		err = table.Err(t) // a row source that failed to read
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// inputFile is an input file as the corpus reader read it, with the
// SHA-256 of the bytes analysed (the listing must come from a load with
// corpus.Options.HashInputs); a file that could not be read is listed with
// the reason instead of a hash.
func inputFile(in *corpus.Input) File {
	f := File{Path: filepath.ToSlash(in.Path), Size: in.Size, Skipped: in.Err}
	if in.Hashed {
		f.SHA256 = hex.EncodeToString(in.SHA256[:])
	}
	return f
}

// eachInputFile calls fn with every input file of l sorted by path. The
// inputs come in input order, which is sorted for one folder or file;
// only when they are not (several paths) are they gathered and sorted.
func eachInputFile(l *corpus.Listing, fn func(f File) error) error {
	sorted, prev, first := true, "", true
	if err := l.EachInput(func(in *corpus.Input) bool {
		p := filepath.ToSlash(in.Path)
		if !first && p <= prev {
			sorted = false
			return false
		}
		prev, first = p, false
		return true
	}); err != nil {
		return err
	}
	if !sorted {
		out := make([]File, 0, l.NumInputs())
		if err := l.EachInput(func(in *corpus.Input) bool { out = append(out, inputFile(in)); return true }); err != nil {
			return err
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
		for _, f := range out {
			if err := fn(f); err != nil {
				return err
			}
		}
		return nil
	}
	var ferr error
	if err := l.EachInput(func(in *corpus.Input) bool {
		ferr = fn(inputFile(in))
		return ferr == nil
	}); err != nil {
		return err
	}
	return ferr
}
