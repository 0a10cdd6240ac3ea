package corpus

import (
	"cmp"
	"context"
	"sync"
	"time"
)

// DateSpan is what ScanDates finds: the first and last dates and how many
// documents have one.
type DateSpan struct {
	First, Last    time.Time
	Dated, Undated int
}

func (s *DateSpan) add(d time.Time) {
	if d.IsZero() {
		s.Undated++
		return
	}
	s.Dated++
	if s.First.IsZero() || d.Before(s.First) {
		s.First = d
	}
	if d.After(s.Last) {
		s.Last = d
	}
}

// headerBytes is how much of a text file ScanDates reads for its date header.
const headerBytes = 256

// ScanDates finds the span of dates of the inputs under paths without
// tokenizing them, so a streaming run can choose its period unit before it
// counts. It reads the date header of each text file (its first bytes
// only), the date field of each JSONL or CSV record, the date a web page's
// metadata gives (archived pages too), and -meta dates. It
// does not date documents from datelines and does not detect duplicates, so
// the span can be slightly wider than Load's; unreadable inputs are passed
// over (Load reports them).
func ScanDates(ctx context.Context, paths []string, opts Options) (DateSpan, error) {
	ins, _, err := findInputs(paths, opts.ScratchDir)
	if err != nil {
		return DateSpan{}, err
	}
	defer ins.free()
	jobs := make(chan input)
	spans := make([]DateSpan, opts.workers())
	var wg sync.WaitGroup
	for w := range spans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				scanInput(ctx, in, opts, &spans[w])
			}
		}()
	}
	var lerr error
	for i := range ins.len() {
		if ctx.Err() != nil {
			break
		}
		in, err := ins.at(i)
		if err != nil {
			lerr = err
			break
		}
		jobs <- in
	}
	close(jobs)
	wg.Wait()
	var total DateSpan
	for _, s := range spans {
		total.Dated += s.Dated
		total.Undated += s.Undated
		if !s.First.IsZero() && (total.First.IsZero() || s.First.Before(total.First)) {
			total.First = s.First
		}
		if s.Last.After(total.Last) {
			total.Last = s.Last
		}
	}
	return total, cmp.Or(lerr, ctx.Err())
}

func scanInput(ctx context.Context, in input, opts Options, span *DateSpan) {
	match := opts.Match.clone()
	if in.format == formatWARC { // each page's metadata, without extracting its text
		readArchive(ctx, in, opts, &Input{}, func(pg archivedPage) bool {
			if pg.err == "" && (opts.Match == nil || match.MayMatch(pg.body)) {
				span.add(htmlDate(pg.body, pg.contentType))
			}
			return ctx.Err() == nil
		})
		return
	}
	if in.format == formatText && !in.gzip {
		var d time.Time
		if r, ok := opts.Meta.lookup(in.path); ok && !r.Date.IsZero() {
			d = r.Date
		} else {
			buf := make([]byte, headerSize(in.path))
			n, err := readHead(in.path, buf)
			if err != nil {
				return
			}
			text, _, _ := textOf(buf[:n]) // nil if binary
			d = headerDate(string(text), isMarkdown(in.path))
		}
		span.add(d)
		return
	}
	if in.format == formatJSONL || in.format == formatCSV { // record by record
		readRecordFile(ctx, in, opts.MaxSize, false, &Input{}, func(raw rawRecord) bool {
			if rec, ok := parseRecord(in.path, raw); ok && rec.err == "" {
				var d time.Time
				if rec.hasDate {
					d, _ = ParseDate(rec.date)
				}
				span.add(d)
			}
			return ctx.Err() == nil
		})
		return
	}
	data, _, err := readInput(in, opts.MaxSize, false, &Input{})
	if err != nil {
		return
	}
	if in.format == formatHTML { // the page's metadata, without extracting its text
		if r, ok := opts.Meta.lookup(in.path); ok && !r.Date.IsZero() {
			span.add(r.Date)
		} else if opts.Match == nil || match.MayMatch(data) {
			span.add(htmlDate(data, ""))
		}
		return
	}
	if in.format == formatDOCX || in.format == formatPDF {
		rec := binaryRecord(ctx, in, data, opts.MaxSize)
		if r, ok := opts.Meta.lookup(in.path); ok && !r.Date.IsZero() {
			span.add(r.Date)
		} else if rec.err == "" {
			d := headerDate(string(rec.text[:min(len(rec.text), headerBytes)]), false)
			if d.IsZero() && rec.hasDate {
				d, _ = ParseDate(rec.date)
			}
			span.add(d)
		}
		return
	}
	records(in, data, opts.MaxSize, nil, func(rec record) bool {
		if rec.err != "" {
			return true
		}
		var d time.Time
		if rec.hasDate {
			d, _ = ParseDate(rec.date)
		} else if rec.line == 0 {
			if r, ok := opts.Meta.lookup(rec.file); ok && !r.Date.IsZero() {
				d = r.Date
			} else {
				text, _, _ := textOf(rec.text[:min(len(rec.text), headerSize(rec.file))])
				d = headerDate(string(text), isMarkdown(rec.file))
			}
		}
		span.add(d)
		return true
	})
}

// headerSize is how much of a text file ScanDates reads for its date: more
// for Markdown, whose front matter can run to several lines.
func headerSize(file string) int {
	if isMarkdown(file) {
		return 16 * headerBytes
	}
	return headerBytes
}

// headerDate is the date of a well-formed " date YYYY-MM-DD " header or, in
// Markdown, front matter; or zero.
func headerDate(s string, markdown bool) time.Time {
	var c cleaned
	if _, ok := c.frontMatter(s, markdown); ok {
		return c.date
	}
	if m := headerRe.FindStringSubmatch(s); m != nil {
		if d, ok := parseISODate(m[1]); ok {
			return d
		}
	}
	return time.Time{}
}
