package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
)

// Version is dipstat's version, set at build time with -ldflags "-X main.Version=...".
var Version = "0.1.0-dev"

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
	// memLimit is the most the runtime's soft memory limit is set to for
	// the command (0: defaultMemoryLimit; see memoryLimit). terms and
	// ngrams hold little besides their counter, most of it without
	// pointers, so a lower limit costs the collector little and keeps a
	// 200,000-article count under 1 GB.
	memLimit int64
}

// commands is the single table of subcommands, in the order help lists them.
var commands = []command{
	{"corpus", "list the documents of a corpus with dates, counts and status", runCorpus, 0},
	{"terms", "term frequencies, dispersion, periods and keyness", runTerms, 768 << 20},
	{"ngrams", "n-grams (2..5 words) with collocation measures", runNgrams, 768 << 20},
	{"phrases", "formula families per period with their variants; -discover finds recurring phrases", runPhrases, 0},
	{"kwic", "concordance: every hit of a word, phrase or pattern in context", runKwic, 0},
	{"figures", "cited figures (money, percent, counts, energy...) with subject, sentence and date", runFigures, 0},
	{"report", "charts (PDF, SVG, PNG), an Excel workbook, CSV data and a manifest", runReport, 0},
	{"analyze", "the report's aggregates of a corpus, to a file (-o) that report -from renders", runAnalyze, 0},
	{"merge", "merge aggregate files (-o) of parts of a corpus", runMerge, 0},
	{"init", "write a commented example configuration file (dipstat.toml) for report -config", runInit, 0},
	{"config", "print the effective report configuration (-config FILE and flags) as TOML", runConfig, 0},
}

func lookupCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func printHelp(w io.Writer) {
	fmt.Fprint(w, `dipstat: statistics and reports for diplomatic news

Usage:
  dipstat COMMAND [flags] [PATH...]

PATHs are article files or folders (searched recursively) of .txt, .md,
.jsonl, .csv and .html files and .warc web archives, optionally gzipped,
and .docx and .pdf documents; the default is "seeds".

Commands:
`)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "  %s\t%s\n", c.name, c.summary)
	}
	fmt.Fprintf(tw, "  help [COMMAND]\tshow this help, or a command's flags\n")
	fmt.Fprintf(tw, "  version\tprint the version\n")
	tw.Flush()
	fmt.Fprint(w, `
Exit codes: 0 success (warnings allowed), 1 failure, 2 usage error,
3 inputs were skipped and -strict was given.

Run "dipstat COMMAND -h" for a command's flags.
`)
}
