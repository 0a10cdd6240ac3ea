package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// testFlags is a flag set like a command's: every kind of flag a
// configuration file must be able to set.
func testFlags() *flag.FlagSet {
	fs := newFlagSet("test", "[flags] [PATH...]")
	var cf corpusFlags
	var win windowFlags
	cf.register(fs)
	win.register(fs)
	fs.String("config", "", "settings `file`")
	fs.String("period", "auto", "period `unit`")
	fs.String("formats", "pdf,svg,png", "chart `formats`")
	fs.String("out", "output", "output `folder`")
	fs.Int("keep", 0, "reports to keep")
	fs.Duration("wait", 0, "lock wait")
	return fs
}

func get(fs *flag.FlagSet, name string) string { return fs.Lookup(name).Value.String() }

func TestApplyConfigFile(t *testing.T) {
	fs := testFlags()
	args := []string{"-config", "testdata/config.example.toml", "-period", "month"}
	cf, err := applyConfig(fs, args)
	if err != nil {
		t.Fatal(err)
	}
	if err := parseFlags(fs, &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, args); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"period":  "month", // the command line overrides the file
		"formats": "pdf,png", "keep": "7", "near-dup": "0.8", "stem": "true",
		"since": "2025-01-01", "out": "output", "config": "testdata/config.example.toml",
	}
	if n := *fs.Lookup("max-size").Value.(*byteSize); n != 10<<20 {
		t.Errorf("max-size = %d, want 10MB", n)
	}
	for k, v := range want {
		if got := get(fs, k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	wantPaths := []string{"../../seeds", "testdata/config.example.toml"}
	if got := cf.Paths(fs.Args()); !reflect.DeepEqual(got, wantPaths) {
		t.Errorf("paths %v, want %v (globs expanded)", got, wantPaths)
	}
	if got := cf.Paths([]string{"x"}); !reflect.DeepEqual(got, []string{"x"}) {
		t.Errorf("command-line paths must replace the file's: %v", got)
	}
	// Wrap names the line for values from the file, not for overridden ones.
	if err := cf.Wrap("keep", usagef("too many")); err.Error() != "testdata/config.example.toml:5: keep: too many" {
		t.Errorf("Wrap(keep) = %v", err)
	}
	if err := cf.Wrap("period", usagef("bad")); err.Error() != "bad" {
		t.Errorf("Wrap(period) on an overridden key = %v", err)
	}
	var nilCfg *configFile
	if nilCfg.Paths(nil) != nil || nilCfg.Wrap("x", errStrict) != errStrict {
		t.Error("nil configFile")
	}
}

func TestApplyConfigNone(t *testing.T) {
	fs := testFlags()
	cf, err := applyConfig(fs, []string{"-period", "month", "seeds"})
	if cf != nil || err != nil {
		t.Fatalf("no -config: %v %v", cf, err)
	}
}

func TestConfigArg(t *testing.T) {
	tests := []struct {
		args []string
		want string
		err  bool
	}{
		{[]string{"-config", "a.toml"}, "a.toml", false},
		{[]string{"seeds", "--config=b.toml", "-top", "3"}, "b.toml", false},
		{[]string{"-config=a", "-config", "c"}, "c", false},
		{[]string{"--", "-config", "x"}, "", false},
		{[]string{"-configx", "x"}, "", false},
		{[]string{"-config"}, "", true},
		{[]string{"-config="}, "", true},
	}
	for _, tc := range tests {
		got, err := configArg(tc.args)
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("configArg(%q) = %q, %v", tc.args, got, err)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct{ name, file, want string }{
		{"unknown key", "period = \"month\"\n\n# c\nperod = \"month\"\n", `x.toml:4: unknown key "perod" (did you mean "period"?)`},
		{"unknown key far from any", "zzzzzzzz = 1\n", `x.toml:1: unknown key "zzzzzzzz"`},
		{"bad period", "out = \"o\"\nperiod = \"fortnight\"\n", "x.toml:2: period: "},
		{"bad int", "keep = \"many\"\n", `x.toml:1: keep: want a whole number, got "many"`},
		{"bad bool", "stem = 3\n", "x.toml:1: stem: want true or false"},
		{"bad size", "max-size = \"huge\"\n", "x.toml:1: max-size: want a positive size"},
		{"bad since", "since = \"last year\"\n", "x.toml:1: since: want a date"},
		{"bad last", "last = \"12 months\"\n", "x.toml:1: last: want a span"},
		{"syntax", "period = \"month\"\nkeep = = 3\n", "x.toml:2: "},
		{"duplicate", "keep = 1\nkeep = 2\n", "x.toml:2: "},
		{"table", "keep = 1\n[report]\nperiod = \"month\"\n", "x.toml:2: report: tables are not supported"},
		{"config key", "config = \"other.toml\"\n", "x.toml:1: config: not allowed"},
		{"paths not strings", "paths = [1, 2]\n", "x.toml:1: paths: want a list of strings"},
		{"paths glob no match", "paths = [\"testdata/nothing-*.none\"]\n", `x.toml:1: paths: "testdata/nothing-*.none" matches no files`},
		{"comma in list", "formats = [\"pdf,png\"]\n", "x.toml:1: formats: list item \"pdf,png\" contains a comma"},
		{"nested list", "formats = [[\"pdf\"]]\n", "x.toml:1: formats: nested lists"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseConfig(testFlags(), "x.toml", tc.file)
			var ue usageError
			if !errors.As(err, &ue) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error %v, want a usage error starting %q", err, tc.want)
			}
		})
	}
}

func TestConfigMissingFile(t *testing.T) {
	_, err := applyConfig(testFlags(), []string{"-config", filepath.Join(t.TempDir(), "none.toml")})
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "-config") {
		t.Fatalf("missing file: %v", err)
	}
}

// The effective configuration, written as TOML and read back, gives the same
// configuration: a report's manifest reproduces its run.
func TestEffectiveConfigRoundTrip(t *testing.T) {
	fs := testFlags()
	args := []string{"-config", "testdata/config.example.toml", "-wait", "90s", "-strict"}
	cf, err := applyConfig(fs, args)
	if err != nil {
		t.Fatal(err)
	}
	if err := parseFlags(fs, &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, args); err != nil {
		t.Fatal(err)
	}
	eff := effectiveConfig(fs, cf.Paths(fs.Args()))
	if _, ok := eff["config"]; ok {
		t.Error("config must not be part of the effective configuration")
	}
	if eff["keep"] != int64(7) || eff["stem"] != true || eff["near-dup"] != 0.8 || eff["wait"] != "1m30s" {
		t.Errorf("typed values: %#v", eff)
	}
	var b bytes.Buffer
	if err := writeConfig(&b, fs, eff); err != nil {
		t.Fatal(err)
	}
	fs2 := testFlags()
	cf2, err := parseConfig(fs2, "eff.toml", b.String())
	if err != nil {
		t.Fatalf("effective config does not read back: %v\n%s", err, b.String())
	}
	if eff2 := effectiveConfig(fs2, cf2.Paths(nil)); !reflect.DeepEqual(eff, eff2) {
		t.Errorf("round trip differs:\n%#v\n%#v", eff, eff2)
	}
}

func TestInitAndConfigCommands(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "dipstat.toml")
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb}
	if err := runInit(context.Background(), e, []string{path}); err != nil {
		t.Fatal(err)
	}
	if err := runInit(context.Background(), e, []string{path}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("second init: %v", err)
	}
	// The example is valid for the report's flags; seeds is relative to the
	// package folder here, so point paths at it from the command line.
	out.Reset()
	if err := runConfig(context.Background(), e, []string{"-config", path, "-top", "7", seeds}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"(from " + path + " and the command line)", "\ntop = 7\n", "\nperiod = \"auto\"\n",
		"\nformats = \"pdf,png\"\n", "\nout = \"output\"\n", "\npaths = [\"../../seeds\"]\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("dipstat config output lacks %q:\n%s", want, got)
		}
	}
	// What "dipstat config" prints is itself a valid configuration that
	// gives the same effective configuration.
	fs := reportConfigFlags()
	cf, err := parseConfig(fs, "printed.toml", got)
	if err != nil {
		t.Fatalf("dipstat config output does not read back: %v", err)
	}
	fs2 := reportConfigFlags()
	args := []string{"-config", path, "-top", "7", seeds}
	cf2, _ := applyConfig(fs2, args)
	parseFlags(fs2, e, args)
	if a, b := effectiveConfig(fs, cf.Paths(nil)), effectiveConfig(fs2, cf2.Paths(fs2.Args())); !reflect.DeepEqual(a, b) {
		t.Errorf("printed configuration differs when read back:\n%v\n%v", a, b)
	}
}

func TestInitExampleKeys(t *testing.T) {
	// Every key of the example, commented out or not, is a flag of the report.
	fs := reportConfigFlags()
	for i, line := range strings.Split(exampleConfig, "\n") {
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "#"))
		k, _, ok := strings.Cut(l, " = ")
		if !ok || strings.Contains(k, " ") {
			continue
		}
		k = strings.Trim(k, `"`)
		if k != pathsKey && fs.Lookup(k) == nil {
			t.Errorf("example line %d: key %q is not a flag", i+1, k)
		}
		if _, err := parseConfig(reportConfigFlags(), "example", strings.SplitN(l, "#", 2)[0]+"\n"); err != nil && k != pathsKey {
			t.Errorf("example line %d: %v", i+1, err)
		}
	}
}

func TestKeyLine(t *testing.T) {
	data := "# period = 1\nkeep=3\n  'out' = \"x\"\nperiod   = \"m\"\n"
	for k, want := range map[string]int{"keep": 2, "out": 3, "period": 4, "none": 0} {
		if got := keyLine(data, k); got != want {
			t.Errorf("keyLine(%q) = %d, want %d", k, got, want)
		}
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add(exampleConfig)
	if b, err := os.ReadFile("testdata/config.example.toml"); err == nil {
		f.Add(string(b))
	}
	f.Add("keep = 1\n[report]\nperiod = \"month\"\n")
	f.Add("last = \"12m\"\nsince = 2025-01-01\nformats = [\"pdf\", [\"png\"]]\n")
	f.Fuzz(func(t *testing.T, data string) {
		_, err := parseConfig(testFlags(), "x.toml", data)
		var ue usageError
		if err != nil && (!errors.As(err, &ue) || !strings.HasPrefix(err.Error(), "x.toml")) {
			t.Fatalf("error %v is not a usage error naming the file", err)
		}
	})
}

func FuzzParseSpan(f *testing.F) {
	for _, s := range []string{"12m", "90d", "8w", "2y", "0d", "-3m", "99999999999y", "m"} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := parseSpan(s)
		if err == nil && !sp.before(now).Before(now) {
			t.Fatalf("span %q does not end in the past", s)
		}
	})
}
