package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/period"
)

// A configuration file (dipstat.toml) holds flags of a command as top-level
// TOML keys: `period = "month"` is -period month, `formats = ["pdf", "png"]`
// is -formats pdf,png, `keep = 30` is -keep 30, and `paths = [...]` gives the
// positional corpus paths (globs expanded). The file is applied first, so
// the command line overrides it. Relative paths are relative to the current
// directory, as on the command line.

// defaultConfigFile is the file "dipstat init" writes.
const defaultConfigFile = "dipstat.toml"

// pathsKey is the key that holds the positional corpus paths.
const pathsKey = "paths"

// notConfigurable are flags a configuration file may not set.
var notConfigurable = map[string]string{
	"config":        "a configuration file cannot name another",
	"show-families": "it is an action, not a setting",
}

// configFile is a configuration file applied to a flag set.
type configFile struct {
	path    string
	paths   []string        // the expanded "paths" key
	lines   map[string]int  // line of every key
	set     map[string]bool // keys the file set
	cmdline map[string]bool // flags the command line sets (they override the file)
}

// applyConfig looks for -config FILE (or -config=FILE) in args and, if given,
// sets every flag named by the file on fs, so that parsing args afterwards
// overrides the file. It returns nil if args name no file. Errors are usage
// errors naming the file and line: `dipstat.toml:7: unknown key "perod"`.
func applyConfig(fs *flag.FlagSet, args []string) (*configFile, error) {
	path, err := configArg(args)
	if path == "" || err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("-config: %v", err)
	}
	cf, err := parseConfig(fs, path, string(data))
	if err != nil {
		return nil, err
	}
	cf.cmdline = flagNames(args)
	return cf, nil
}

// flagNames lists the flags named in args (before "--").
func flagNames(args []string) map[string]bool {
	out := map[string]bool{}
	for _, a := range args {
		if a == "--" {
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
			out[name] = true
		}
	}
	return out
}

// configArg finds the value of -config in args (the last one wins, as with flags).
func configArg(args []string) (string, error) {
	var path string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "config" {
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return "", usagef("flag needs an argument: -config")
			}
			i++
			val = args[i]
		}
		if val == "" {
			return "", usagef("-config: empty file name")
		}
		path = val
	}
	return path, nil
}

func parseConfig(fs *flag.FlagSet, path, data string) (*configFile, error) {
	var m map[string]any
	md, err := toml.Decode(data, &m)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, usagef("%s:%d: %s", path, pe.Position.Line, pe.Message)
		}
		return nil, usagef("%s: %v", path, err)
	}
	cf := &configFile{path: path, lines: map[string]int{}, set: map[string]bool{}}
	for _, k := range md.Keys() {
		if len(k) != 1 {
			continue // inside a table, reported at the table's key
		}
		key := k[0]
		line := keyLine(data, key)
		cf.lines[key] = line
		bad := func(format string, args ...any) error {
			return usagef("%s:%d: %s: %s", path, line, key, fmt.Sprintf(format, args...))
		}
		v := m[key]
		if _, ok := v.(map[string]any); ok {
			return nil, bad("tables are not supported; write the keys at the top level")
		}
		if why, ok := notConfigurable[key]; ok {
			return nil, bad("not allowed in a configuration file (%s)", why)
		}
		if key == pathsKey {
			ps, err := expandPaths(v)
			if err != nil {
				return nil, bad("%v", err)
			}
			cf.paths = ps
			continue
		}
		if fs.Lookup(key) == nil {
			msg := fmt.Sprintf("%s:%d: unknown key %q", path, line, key)
			if s := suggest(fs, key); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return nil, usageError{msg}
		}
		s, err := flagText(v)
		if err != nil {
			return nil, bad("%v", err)
		}
		if err := fs.Set(key, s); err != nil {
			return nil, bad("%v", setError(fs.Lookup(key), s, err))
		}
		if check, ok := configChecks[key]; ok && s != "" {
			if err := check(s); err != nil {
				return nil, bad("%v", err)
			}
		}
		cf.set[key] = true
	}
	return cf, nil
}

// setError explains a value a built-in flag type refused (the flag package
// only says "parse error").
func setError(f *flag.Flag, s string, err error) error {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return err
	}
	switch g.Get().(type) {
	case int, int64, uint, uint64:
		return fmt.Errorf("want a whole number, got %q", s)
	case float64:
		return fmt.Errorf("want a number, got %q", s)
	case bool:
		return fmt.Errorf("want true or false, got %q", s)
	case time.Duration:
		return fmt.Errorf("want a duration like 90s, 5m or 1h, got %q", s)
	}
	return err
}

// configChecks validate values the command checks only after parsing, so a
// bad value in the file is reported with its line.
var configChecks = map[string]func(string) error{
	"period": func(s string) error { _, _, err := period.Parse(s); return err },
	"since":  func(s string) error { _, err := parseDay(s); return err },
	"until":  func(s string) error { _, err := parseDay(s); return err },
	"last":   func(s string) error { _, err := parseSpan(s); return err },
	"lang":   func(s string) error { _, err := corpus.ParseLangs(s); return err },
	"match":  func(s string) error { _, err := corpus.ParseMatch(s); return err },
}

// Paths returns the positional paths: those of the command line if any,
// else those of the file. cf may be nil.
func (cf *configFile) Paths(args []string) []string {
	if len(args) > 0 || cf == nil {
		return args
	}
	return cf.paths
}

// Wrap names the file and line of key in err if the value came from the file
// and the command line did not override it; use it for values checked after
// parsing: return cf.Wrap("dpi", usagef("-dpi must be ...")). cf may be nil.
func (cf *configFile) Wrap(key string, err error) error {
	if cf == nil || err == nil || !cf.set[key] || cf.cmdline[key] {
		return err
	}
	var ue usageError
	if errors.As(err, &ue) {
		return usagef("%s:%d: %s: %s", cf.path, cf.lines[key], key, ue.msg)
	}
	return fmt.Errorf("%s:%d: %s: %w", cf.path, cf.lines[key], key, err)
}

// keyLine finds the line where a top-level key is assigned (bare or quoted).
func keyLine(data, key string) int {
	for i, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l == "["+key+"]" || l == "[["+key+"]]" {
			return i + 1
		}
		for _, k := range []string{key, `"` + key + `"`, "'" + key + "'"} {
			if rest, ok := strings.CutPrefix(l, k); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
				return i + 1
			}
		}
	}
	return 0
}

// flagText turns a TOML value into the text of a flag: lists are joined
// with commas.
func flagText(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case bool:
		return strconv.FormatBool(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), nil
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format(time.DateOnly), nil
		}
		return x.Format(time.RFC3339), nil
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			if _, nested := e.([]any); nested {
				return "", errors.New("nested lists are not supported")
			}
			s, err := flagText(e)
			if err != nil {
				return "", err
			}
			if strings.Contains(s, ",") {
				return "", fmt.Errorf("list item %q contains a comma", s)
			}
			parts[i] = s
		}
		return strings.Join(parts, ","), nil
	}
	return "", fmt.Errorf("unsupported value %v", v)
}

// expandPaths reads the paths key: a string or list of strings; entries with
// glob characters are expanded (sorted) and must match something.
func expandPaths(v any) ([]string, error) {
	var in []string
	switch x := v.(type) {
	case string:
		in = []string{x}
	case []any:
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("want a list of strings, got %v", e)
			}
			in = append(in, s)
		}
	default:
		return nil, fmt.Errorf("want a string or a list of strings, got %v", v)
	}
	var out []string
	for _, p := range in {
		if p == "" {
			return nil, errors.New("empty path")
		}
		if !strings.ContainsAny(p, "*?[") {
			out = append(out, p)
			continue
		}
		m, err := filepath.Glob(p)
		if err != nil {
			return nil, fmt.Errorf("%q: %v", p, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("%q matches no files", p)
		}
		out = append(out, m...)
	}
	return out, nil
}

// suggest is the flag closest to a misspelt key, if any is close.
func suggest(fs *flag.FlagSet, key string) string {
	best, bestD := "", 3
	fs.VisitAll(func(f *flag.Flag) {
		if _, no := notConfigurable[f.Name]; no {
			return
		}
		if d := editDistance(key, f.Name); d < bestD || (d == bestD && best != "" && f.Name < best) {
			best, bestD = f.Name, d
		}
	})
	if bestD > len(key)/2 {
		return ""
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// effectiveConfig is the configuration a run used, after the file and the
// command line: every configurable flag with its typed value (strings for
// custom flag types, lists for values with a Strings method), and the corpus
// paths. Store it in the manifest; writeConfig prints it as TOML.
func effectiveConfig(fs *flag.FlagSet, paths []string) map[string]any {
	out := map[string]any{pathsKey: append([]string{}, corpusPaths(paths)...)}
	fs.VisitAll(func(f *flag.Flag) {
		if _, no := notConfigurable[f.Name]; no {
			return
		}
		if l, ok := f.Value.(interface{ Strings() []string }); ok {
			out[f.Name] = l.Strings()
			return
		}
		if g, ok := f.Value.(flag.Getter); ok {
			switch v := g.Get().(type) {
			case bool, string, float64:
				out[f.Name] = v
				return
			case int:
				out[f.Name] = int64(v)
				return
			case int64:
				out[f.Name] = v
				return
			case uint:
				out[f.Name] = int64(v)
				return
			case uint64:
				out[f.Name] = int64(v)
				return
			}
		}
		out[f.Name] = f.Value.String()
	})
	return out
}

// writeConfig prints an effective configuration as TOML, keys sorted with
// paths first, each preceded by its flag's usage as a comment.
func writeConfig(w io.Writer, fs *flag.FlagSet, eff map[string]any) error {
	keys := make([]string, 0, len(eff))
	for k := range eff {
		if k != pathsKey {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	keys = append([]string{pathsKey}, keys...)
	var b strings.Builder
	for _, k := range keys {
		v, ok := eff[k]
		if !ok {
			continue
		}
		if f := fs.Lookup(k); f != nil {
			_, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(&b, "# %s\n", usage)
		} else if k == pathsKey {
			b.WriteString("# corpus files and folders (globs allowed)\n")
		}
		if err := toml.NewEncoder(&b).Encode(map[string]any{k: v}); err != nil {
			return fmt.Errorf("config %s: %w", k, err)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportConfigFlags builds the flag set whose flags dipstat.toml may set and
// "dipstat config" prints: exactly dipstat report's.
func reportConfigFlags() *flag.FlagSet {
	fs, _ := reportFlagSet()
	return fs
}

// runConfig prints the effective configuration of dipstat report.
func runConfig(ctx context.Context, e *env, args []string) error {
	fs := reportConfigFlags()
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: dipstat config [-config FILE] [flags] [PATH...]\n\n"+
			"Prints the configuration dipstat report would run with, as TOML: the\n"+
			"defaults, then FILE, then the flags and paths given here.\n\nFlags (those of dipstat report):\n")
		fs.PrintDefaults()
	}
	cf, err := applyConfig(fs, args)
	if err != nil {
		return err
	}
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	src := "built-in defaults"
	if cf != nil {
		src = cf.path
	}
	if len(flagNames(args)) > 0 || fs.NArg() > 0 {
		src += " and the command line"
	}
	fmt.Fprintf(e.stdout, "# Effective configuration of dipstat report (from %s).\n\n", src)
	return writeConfig(e.stdout, fs, effectiveConfig(fs, cf.Paths(fs.Args())))
}

// runInit writes a commented example configuration file.
func runInit(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet("init", "[FILE]")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("init takes at most one file name")
	}
	path := defaultConfigFile
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists; not overwriting it (remove it or name another file)", path)
	}
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, exampleConfig); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "wrote %s; edit it, check it with \"dipstat config -config %s\" and run \"dipstat report -config %s\"\n",
		path, path, path)
	return nil
}

// exampleConfig is what dipstat init writes. Every key is a flag of dipstat
// report; flags on the command line override the file.
const exampleConfig = `# dipstat.toml: settings for "dipstat report -config dipstat.toml".
# Every key is a flag of dipstat report (see "dipstat report -h"); flags given
# on the command line override this file. "dipstat config -config dipstat.toml"
# prints the effective settings. Relative paths are relative to the folder
# dipstat runs in (in cron or systemd, cd there first).

# Corpus: files and folders of articles; globs are expanded.
paths = ["seeds"]
# meta = "meta.csv"            # CSV with file,date,source,title overriding metadata
# stopwords = "stopwords.txt"  # replaces the built-in English list
# aliases = "aliases.txt"      # actor aliases added to the built-in table
# actors = "actors.txt"        # speakers and sides added to the built-in table
# families = "families.toml"   # formula families added to the built-in ones
# stem = false
# strict = false               # exit with status 3 if any input was skipped
# lang = "en"                  # keep only documents in these languages (ISO 639-1, comma-separated)
# match = "Korea,ROK"          # keep only documents whose text mentions one of these
# cache = "cache"              # the previous run's aggregates: analyse only files added since

# Time: the period charts count by, and the window of dates to report on.
period = "auto"                # day, week, month, quarter, year or auto
# since = "2025-01-01"         # first date counted
# until = "2025-12-31"         # last date counted
# last = "12m"                 # rolling window ending today (90d, 8w, 12m, 2y); not with since

# Output: one folder per run under out, named by name.
out = "output"
# name = "{date}"              # {date} is today's date, YYYY-MM-DD
formats = ["pdf", "png"]       # chart formats: pdf, svg, png
# dpi = 200
# top = 20                     # terms in the top-terms chart
# terms = ["thaad", "supply chain"]

# Logging, for cron and systemd.
# quiet = true                 # print only warnings and errors
# log-format = "json"          # text or json (one object per line)
`
