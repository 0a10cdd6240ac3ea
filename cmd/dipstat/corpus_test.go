package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// TestCorpusRecordFileOverMaxSize: a JSONL export larger than -max-size,
// as a news API writes it, is read record by record, gzipped or not: every
// record under the limit is listed, the one over it is skipped with a
// warning naming the file, its line and its size, and the records after
// it are read.
func TestCorpusRecordFileOverMaxSize(t *testing.T) {
	places := []string{"Gyeongju", "Beijing", "Seoul", "Tokyo", "Hanoi", "Busan", "Shanghai", "Incheon"}
	topics := []string{"trade", "tourism", "semiconductors", "fisheries", "culture", "climate", "ports", "education"}
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, `{"id":"r%d","text":"Article %d: officials met in %s to discuss %s and %s, said the ministry on day %d.","date":"2025-03-%02d"}`+"\n",
			i, i, places[i%8], topics[i%8], topics[(i/8)%8], i, 1+i%28)
	}
	huge := `{"id":"huge","text":"` + strings.Repeat("word ", 300) + `"}`
	b.WriteString(huge + "\n")
	b.WriteString(`{"id":"last","text":"The last article, after the huge one, is about shipping routes.","date":"2025-04-01"}` + "\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(b.String()))
	zw.Close()
	for name, data := range map[string][]byte{"export.jsonl": []byte(b.String()), "export.jsonl.gz": gz.Bytes()} {
		t.Run(name, func(t *testing.T) {
			sub := t.TempDir()
			if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, err := runCLI(t, "corpus", "-max-size", "1KB", "-keep-duplicates", "-format", "csv", sub)
			if err != nil {
				t.Fatalf("err %v\n%s", err, errOut)
			}
			if int64(len(data)) <= 1024 && name == "export.jsonl" {
				t.Fatalf("the file is %d bytes, not over the limit", len(data))
			}
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			status := map[string]string{}
			for _, r := range rows[1:] {
				status[r[0]] = r[len(r)-1]
			}
			if len(rows) != 43 || status["r0"] != "ok" || status["r39"] != "ok" || status["last"] != "ok" ||
				!strings.HasPrefix(status["export:41"], "skipped: too large") {
				t.Errorf("%d rows; r0 %q, r39 %q, last %q, line 41 %q", len(rows), status["r0"], status["r39"], status["last"], status["export:41"])
			}
			want := fmt.Sprintf("%s:41: skipped: too large: the record is %d bytes, over the limit of 1024 (see -max-size)", filepath.Join(sub, name), len(huge))
			if !strings.Contains(errOut, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut)
			}
		})
	}
}

func TestCorpusSeeds(t *testing.T) {
	for _, format := range []string{"text", "json", "csv"} {
		t.Run(format, func(t *testing.T) {
			out, errOut, err := runCLI(t, "corpus", "-format", format, seeds)
			if err != nil {
				t.Fatalf("err %v, stderr %s", err, errOut)
			}
			if errOut != "" {
				t.Errorf("unexpected stderr: %s", errOut)
			}
			golden(t, "corpus.seeds."+format+".golden", strings.ReplaceAll(out, seeds+"/", "seeds/"))
		})
	}
}

// TestCorpusBadInputs runs the CLI on a folder of bad inputs: every problem
// is a warning on stderr naming the file, the good files are all listed, the
// run succeeds, and -strict turns the skips into exit status 3.
func TestCorpusBadInputs(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":        " date 2025-01-02 China and South Korea agreed to expand trade and exchanges this year.",
		"b.txt":        " date 2025-02-03 Japan and Korea discussed supply chains and regional peace at length.",
		"dup.txt":      " date 2025-01-02 China and South Korea agreed to expand trade and exchanges this year.\n\nNews.Az",
		"bin.txt":      "\x00\x01\x02binary",
		"utf8.txt":     " date 2025-03-04 Caf\xe9 diplomacy in Seoul continued for a week.",
		"empty.txt":    "",
		"big.txt":      " date 2025-01-01 " + strings.Repeat("word ", 300),
		"date.txt":     " date 2025-02-30 A text with an impossible date about trade.",
		"x.jsonl":      `{"text":"Leaders met in Beijing to talk about trade.","date":"2025-04-05"}` + "\n{bad json\n",
		"unknown.pptx": "%PDF-1.4",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, err := runCLI(t, "corpus", "-max-size", "1KB", dir)
	if err != nil {
		t.Fatalf("err %v\n%s", err, errOut)
	}
	for _, want := range []string{
		"bin.txt: skipped: binary data, not text",
		"utf8.txt: invalid UTF-8 repaired",
		"empty.txt: skipped: empty",
		"big.txt: skipped: unreadable: too large",
		"date.txt: malformed date header \"2025-02-30\"",
		"x.jsonl:2: skipped: malformed JSON",
		"unknown.pptx: skipped: unknown file type",
	} {
		if !strings.Contains(errOut, "warning: ") || !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	for _, want := range []string{"a ", "b ", "utf8 ", "date ", "x:1 ", "duplicate-of a", "skipped: binary"} {
		if !strings.Contains(out, want) {
			t.Errorf("listing lacks %q:\n%s", want, out)
		}
	}
	_, _, err = runCLI(t, "corpus", "-max-size", "1KB", "-strict", dir)
	if code := exitCode(err, &strings.Builder{}); code != exitStrict {
		t.Errorf("-strict: exit %d, want %d (err %v)", code, exitStrict, err)
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"corpus", seeds}, exitOK},
		{[]string{}, exitUsage},
		{[]string{"nosuchcommand"}, exitUsage},
		{[]string{"corpus", "-format", "xml", seeds}, exitUsage},
		{[]string{"corpus", "-nosuchflag", seeds}, exitUsage},
		{[]string{"corpus", "-max-size", "lots", seeds}, exitUsage},
		{[]string{"corpus", "-near-dup", "2", seeds}, exitUsage},
		{[]string{"corpus", "-near-dup", "NaN", seeds}, exitUsage},
		{[]string{"terms", "-near-dup", "NaN", seeds}, exitUsage},
		{[]string{"corpus", "-max-size", "99999999999999999999", seeds}, exitUsage},
		{[]string{"corpus", "-max-size", "NaN", seeds}, exitUsage},
		{[]string{"corpus", "-max-size", "0.1", seeds}, exitUsage},
		{[]string{"corpus", "-workers", "99999999999", seeds}, exitUsage},
		{[]string{"corpus", "-workers", "-1", seeds}, exitUsage},
		{[]string{"corpus", "no/such/dir"}, exitFail},
		{[]string{"corpus", "-h"}, exitOK},
		{[]string{"help"}, exitOK},
		{[]string{"help", "corpus"}, exitOK},
		{[]string{"version"}, exitOK},
	}
	for _, tt := range tests {
		_, _, err := runCLI(t, tt.args...)
		if code := exitCode(err, &strings.Builder{}); code != tt.code {
			t.Errorf("dipstat %s: exit %d, want %d (err %v)", strings.Join(tt.args, " "), code, tt.code, err)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := run(ctx, []string{"corpus", seeds}, &strings.Builder{}, &strings.Builder{})
	if code := exitCode(err, &strings.Builder{}); code != exitFail {
		t.Errorf("cancelled run: exit %d, want %d", code, exitFail)
	}
}

// TestHelpCoversEveryFlag checks that every command has a summary, prints
// its flags for -h, and gives every flag help text.
func TestHelpCoversEveryFlag(t *testing.T) {
	out, _, _ := runCLI(t, "help")
	for _, c := range commands {
		if c.summary == "" || !strings.Contains(out, c.name) {
			t.Errorf("help lacks command %s or its summary", c.name)
		}
		var errb strings.Builder
		err := c.run(context.Background(), &env{stdout: &strings.Builder{}, stderr: &errb}, []string{"-h"})
		if err != errHelp && err != nil {
			t.Errorf("%s -h: %v", c.name, err)
		}
		if !strings.Contains(errb.String(), "Usage: dipstat "+c.name) {
			t.Errorf("%s -h prints no usage:\n%s", c.name, errb.String())
		}
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	var cf corpusFlags
	var ff formatFlag
	cf.register(fs)
	ff.register(fs)
	fs.VisitAll(func(f *flag.Flag) {
		if len(f.Usage) < 10 {
			t.Errorf("flag -%s has no real help text", f.Name)
		}
	})
}

func TestParseSize(t *testing.T) {
	tests := map[string]int64{"50MB": 50 << 20, "1kb": 1024, "2G": 2 << 30, "100": 100, "1.5M": 3 << 19}
	for in, want := range tests {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, n := range []int64{50 << 20, 1 << 30, 1536, 100} {
		b := byteSize(n)
		if back, err := parseSize(b.String()); err != nil || back != n {
			t.Errorf("byteSize(%d).String() = %q does not parse back", n, b.String())
		}
	}
	for _, bad := range []string{"", "-1", "lots", "0", "NaN", "Inf", "-Inf", "0.1", "1e-400", "1e400"} {
		if _, err := parseSize(bad); err == nil {
			t.Errorf("parseSize(%q): no error", bad)
		}
	}
	// Sizes that do not fit in an int64 are refused as too large, not
	// wrapped into a negative size.
	for _, big := range []string{"99999999999999999999", "9000000000GB", "9223372036854775807", "8589934592GB"} {
		if n, err := parseSize(big); err == nil || !strings.Contains(err.Error(), "too large") {
			t.Errorf("parseSize(%q) = %d, %v; want a too-large error", big, n, err)
		}
	}
}

// TestNoArticles: every command fails (exit 1) on inputs that hold no
// article, naming the paths.
func TestNoArticles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	for _, args := range [][]string{
		{"corpus", dir}, {"terms", dir}, {"ngrams", dir}, {"phrases", dir}, {"kwic", "china", dir}, {"figures", dir},
		{"report", "-out", filepath.Join(dir, "out"), dir},
	} {
		_, stderr, err := runCLI(t, args...)
		if code := exitCode(err, &strings.Builder{}); code != exitFail || !strings.Contains(err.Error(), "no articles found in "+dir) {
			t.Errorf("%v: exit %d, err %v; want exit 1 naming %s\n%s", args, code, err, dir, stderr)
		}
	}
}

// TestControlCharsInNames: file names with an ESC sequence or a
// right-to-left override reach the terminal escaped (text tables, kwic,
// warnings), while csv keeps their bytes.
func TestControlCharsInNames(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a\x1b[31mred.txt"), []byte(" date 2025-01-02 China and Korea met in Seoul to discuss trade.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b\u202etxt.exe"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "c\x1b]0;title\x07.txt"), nil, 0o644)
	raw := "\x1b\u202e\x07"
	for _, args := range [][]string{{"corpus", dir}, {"kwic", "Korea", dir}} {
		out, errOut, err := runCLI(t, args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, errOut)
		}
		if strings.ContainsAny(out+errOut, raw) {
			t.Errorf("%v prints control characters raw:\n%q\n%q", args, out, errOut)
		}
		for _, want := range []string{`a\x1b[31mred`, `b\u202etxt.exe: skipped`, `c\x1b]0;title\a.txt: skipped: empty`} {
			if !strings.Contains(out+errOut, want) {
				t.Errorf("%v: output lacks %q:\n%s%s", args, want, out, errOut)
			}
		}
	}
	out, _, err := runCLI(t, "corpus", "-format", "csv", dir)
	if err != nil || !strings.Contains(out, "a\x1b[31mred.txt") {
		t.Errorf("csv does not keep the name's bytes: %v %q", err, out)
	}
}

// TestCorpusHTML lists web pages with their url and lang, warns about bad
// pages by name and reason, and -strict exits 3 for them.
func TestCorpusHTML(t *testing.T) {
	dir := t.TempDir()
	story := "<p>The foreign ministers of the two countries met on Friday and agreed to resume talks on trade and investment.</p>" +
		"<p>They said exchanges between students would double to 2,400 places a year, and that flights would be added.</p>"
	files := map[string]string{
		"good.html": `<html lang="en"><head><meta charset="utf-8"><title>Ministers agree to resume trade talks | Example News</title>` +
			`<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-02-03">` +
			`<link rel="canonical" href="https://news.example/2025/02/03/talks"></head><body><nav><a href="/">Home</a></nav>` +
			`<article><h1>Ministers agree to resume trade talks</h1>` + story + `<p>Advertisement</p></article>` +
			`<footer>Copyright 2019 Example News</footer></body></html>`,
		"notes.html": "Just a note saved with the wrong name; it has no markup at all.",
		"latin.htm":  `<html><head><meta charset="utf-8"></head><body><article><p>` + strings.Repeat("Caf\xe9 ", 30) + `</p></article></body></html>`,
		"index.html": `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, err := runCLI(t, "corpus", "-format", "json", dir)
	if err != nil {
		t.Fatalf("err %v\n%s", err, errOut)
	}
	for _, want := range []string{
		"notes.html: skipped: not HTML: no tags found",
		"latin.htm: skipped: broken encoding: 30 bytes are not valid utf-8",
		"index.html: skipped: no main text found",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	want := `{"id":"good","file":"` + filepath.Join(dir, "good.html") + `","date":"2025-02-03","source":"Example News","title":"Ministers agree to resume trade talks","url":"https://news.example/2025/02/03/talks","lang":"en","sentences":3,"tokens":`
	if !strings.Contains(out, want) {
		t.Errorf("listing lacks %s:\n%s", want, out)
	}
	_, _, err = runCLI(t, "corpus", "-strict", dir)
	if code := exitCode(err, &strings.Builder{}); code != exitStrict {
		t.Errorf("-strict: exit %d, want %d (err %v)", code, exitStrict, err)
	}
}

// TestCorpusWARC lists an archive's pages, each with its target URI, says
// what else the archive held, names a damaged record by its byte offset,
// and -strict exits 3 for it while the records before it are kept.
func TestCorpusWARC(t *testing.T) {
	dir := t.TempDir()
	page := func(h string) []byte {
		return []byte(`<html lang="en"><head><title>` + h + `</title><meta property="article:published_time" content="2025-02-03"></head><body><article><h1>` + h + `</h1>` +
			"<p>The foreign ministers of the two countries met on Friday and agreed to resume talks on trade and investment.</p>" +
			"<p>They said exchanges between students would double to 2,400 places a year, and that flights would be added.</p></article></body></html>")
	}
	uris := []string{"https://news.example/a", "https://news.example/b"}
	recs := corpustest.Crawl(uris, [][]byte{page("Ministers agree to resume trade talks"), page("Students to gain from new exchange scheme")})
	var b bytes.Buffer
	if err := corpustest.WriteWARC(&b, recs, true); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	path := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(path, good, 0o644)
	out, errOut, err := runCLI(t, "corpus", "-strict", "-format", "csv", dir)
	if err != nil {
		t.Fatalf("err %v\n%s", err, errOut)
	}
	for _, want := range []string{"crawl#3," + path + ",2025-02-03,,Ministers agree to resume trade talks,https://news.example/a,en,",
		"crawl#6," + path + ",2025-02-03,,Students to gain from new exchange scheme,https://news.example/b,en,"} {
		if !strings.Contains(out, want) {
			t.Errorf("listing lacks %s:\n%s", want, out)
		}
	}
	if want := "warning: " + path + ": WARC archive: 7 records, 2 HTML pages read; not pages: 1 warcinfo, 2 request, 2 metadata\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	// cut inside the last page's response (record 6)
	var members []int
	for i := 0; i+2 < len(good); i++ {
		if good[i] == 0x1f && good[i+1] == 0x8b && good[i+2] == 0x08 {
			members = append(members, i)
		}
	}
	os.WriteFile(path, good[:members[5]+100], 0o644)
	out, errOut, err = runCLI(t, "corpus", "-strict", dir)
	if code := exitCode(err, &strings.Builder{}); code != exitStrict {
		t.Errorf("-strict: exit %d, want %d (err %v)", code, exitStrict, err)
	}
	want := fmt.Sprintf("warning: %s: skipped: damaged record at byte %d: truncated: the archive ends inside the record", path, members[5])
	if !strings.Contains(errOut, want) || !strings.Contains(out, "crawl#3") || strings.Contains(out, "crawl#6") {
		t.Errorf("stdout:\n%s\nstderr:\n%s\nwant the first page and %q", out, errOut, want)
	}
}
