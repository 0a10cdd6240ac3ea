package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/dipstat/dipstat/report/table"
)

// logFlags are -quiet and -log-format, for unattended runs.
type logFlags struct {
	quiet  bool
	format string
}

func (f *logFlags) register(fs *flag.FlagSet) {
	f.format = "text"
	fs.BoolVar(&f.quiet, "quiet", false, "print only warnings and errors (no summary, no progress bar)")
	fs.StringVar(&f.format, "log-format", "text", "`format` of messages on stderr: text, or json (one object per line with time, level, msg and fields)")
}

// logger checks -log-format and returns the logger writing to w.
func (f *logFlags) logger(w io.Writer) (*slog.Logger, error) {
	level := slog.LevelInfo
	if f.quiet {
		level = slog.LevelWarn
	}
	switch f.format {
	case "text":
		return slog.New(&textHandler{w: w, level: level, mu: new(sync.Mutex)}), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level})), nil
	}
	return nil, usagef("-log-format must be text or json, got %q", f.format)
}

// textHandler writes messages for people: "warning: msg key=value", with
// info messages bare and no timestamps (journald and cron add their own).
type textHandler struct {
	w     io.Writer
	level slog.Level
	attrs []slog.Attr
	mu    *sync.Mutex
}

func (h *textHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *textHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	switch {
	case r.Level >= slog.LevelError:
		b.WriteString("error: ")
	case r.Level >= slog.LevelWarn:
		b.WriteString("warning: ")
	}
	b.WriteString(table.Escape(r.Message))
	add := func(a slog.Attr) {
		v := table.Escape(a.Value.Resolve().String())
		if strings.ContainsAny(v, " \t\"=") || v == "" {
			v = fmt.Sprintf("%q", v)
		}
		fmt.Fprintf(&b, " %s=%s", a.Key, v)
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(func(a slog.Attr) bool { add(a); return true })
	b.WriteByte('\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *textHandler) WithAttrs(as []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr{}, h.attrs...), as...)
	return &c
}

// WithGroup is not used by dipstat; groups are flattened.
func (h *textHandler) WithGroup(string) slog.Handler { return h }

// isTerminal tells whether w is a terminal (a character device), the only
// place a progress bar belongs.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress is a one-line progress bar of a corpus load: documents, MB read
// of the total, speed and ETA. A nil *progress does nothing, so callers can
// write p.Add(n) unconditionally.
type progress struct {
	mu         sync.Mutex
	w          io.Writer
	totalFiles int
	totalBytes int64
	docs       int
	bytes      int64
	start      time.Time
	last       time.Time
	width      int // of the last line drawn, to blank it out
	now        func() time.Time
}

// progressEvery is the shortest time between two redraws.
const progressEvery = 200 * time.Millisecond

// newProgress returns a progress bar drawn on w if w is a terminal, else nil.
// totalFiles and totalBytes are what measureInputs found (gzipped files count
// at their compressed size, so the ETA is a guess for them).
func newProgress(w io.Writer, totalFiles int, totalBytes int64) *progress {
	if !isTerminal(w) {
		return nil
	}
	return startProgress(w, totalFiles, totalBytes, time.Now)
}

func startProgress(w io.Writer, totalFiles int, totalBytes int64, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, totalFiles: totalFiles, totalBytes: totalBytes, start: t, last: t, now: now}
}

// Add records one document of n bytes and redraws if it is time to.
func (p *progress) Add(n int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.docs++
	p.bytes += n
	if t := p.now(); t.Sub(p.last) >= progressEvery {
		p.last = t
		p.draw(false)
	}
}

// Done draws the final line and ends it.
func (p *progress) Done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(true)
}

func (p *progress) draw(done bool) {
	el := p.now().Sub(p.start).Seconds()
	mb := float64(p.bytes) / (1 << 20)
	line := fmt.Sprintf("%s docs", table.Thousands(fmt.Sprint(p.docs)))
	if p.totalFiles > 0 {
		line += fmt.Sprintf(" (%s files)", table.Thousands(fmt.Sprint(p.totalFiles)))
	}
	line += fmt.Sprintf("  %.1f", mb)
	if p.totalBytes > 0 {
		line += fmt.Sprintf("/%.1f MB %3.0f%%", float64(p.totalBytes)/(1<<20), min(100, 100*float64(p.bytes)/float64(p.totalBytes)))
	} else {
		line += " MB"
	}
	if el > 0 {
		line += fmt.Sprintf("  %.1f MB/s", mb/el)
	}
	switch {
	case done:
		line += fmt.Sprintf("  in %s", fmtDuration(time.Duration(el*float64(time.Second))))
	case p.totalBytes > 0 && p.bytes > 0 && p.bytes < p.totalBytes:
		eta := time.Duration(el / float64(p.bytes) * float64(p.totalBytes-p.bytes) * float64(time.Second))
		line += "  ETA " + fmtDuration(eta)
	}
	pad := ""
	if n := p.width - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	p.width = len(line)
	end := ""
	if done {
		end = "\n"
	}
	fmt.Fprintf(p.w, "\r%s%s%s", line, pad, end)
}

// fmtDuration is a duration to the second: 45s, 2m05s, 1h02m.
func fmtDuration(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return fmt.Sprintf("%dm%02ds", s/60, s%60)
	}
	return fmt.Sprintf("%dh%02dm", s/3600, s%3600/60)
}

// measureInputs counts the article files under paths and their bytes, as
// the corpus reader will find them (hidden files and folders passed over,
// known extensions only), for the progress bar's totals. Errors are ignored:
// the load reports them.
func measureInputs(paths []string) (files int, bytes int64) {
	known := func(name string) bool {
		name = strings.TrimSuffix(strings.ToLower(name), ".gz")
		switch filepath.Ext(name) {
		case ".txt", ".md", ".text", ".markdown", ".jsonl", ".ndjson", ".csv":
			return true
		}
		return false
	}
	for _, root := range paths {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && known(d.Name()) {
				if fi, err := d.Info(); err == nil {
					files++
					bytes += fi.Size()
				}
			}
			return nil
		})
	}
	return files, bytes
}
