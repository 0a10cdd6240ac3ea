// Command dipstat computes statistics and reports over a folder of news
// articles: term and phrase trends, cited figures, charts and a workbook.
//
// Usage:
//
//	dipstat corpus seeds
//	dipstat help
//
// Every command takes corpus paths (files or folders; default "seeds") and the
// shared corpus flags; see "dipstat help" and "dipstat CMD -h".
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/dipstat/dipstat/report/table"
)

// defaultMemoryLimit is the Go runtime's soft memory limit unless GOMEMLIMIT
// is set or the command sets its own (command.memLimit). Without it the heap
// may grow to twice the live data before the garbage collector runs; with it
// the collector works harder near the limit instead. It is soft: a run that
// needs more memory still gets it.
const defaultMemoryLimit = 1536 << 20

// setMemoryLimit sets the runtime's soft memory limit for a command, unless
// the user set GOMEMLIMIT.
func setMemoryLimit(c command) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	lim := int64(defaultMemoryLimit)
	if c.memLimit > 0 {
		lim = c.memLimit
	}
	debug.SetMemoryLimit(lim)
}

func main() {
	stopProfile := startProfile()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C (or SIGTERM) cancels the run, which then cleans up;
	// from then on the signals have their default effect, so a second one
	// ends the process at once (the next report run repairs what is left).
	go func() {
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	stopProfile()
	os.Exit(exitCode(err, os.Stderr))
}

// Exit codes, as documented in the README.
const (
	exitOK     = 0
	exitFail   = 1
	exitUsage  = 2
	exitStrict = 3
)

// usageError is a problem with the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// errStrict reports skipped inputs under -strict: exit code 3.
var errStrict = errors.New("some inputs were skipped (-strict)")

// errHelp is returned after help was printed on request: exit code 0.
var errHelp = errors.New("help requested")

func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil || errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "dipstat: %s\n(run \"dipstat help\" for usage)\n", table.Escape(err.Error()))
		return exitUsage
	case errors.Is(err, errStrict):
		fmt.Fprintf(stderr, "dipstat: %s\n", table.Escape(err.Error()))
		return exitStrict
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "dipstat: interrupted")
		return exitFail
	}
	// Errors name files: their names are shown escaped, as in warnings.
	fmt.Fprintf(stderr, "dipstat: %s\n", table.Escape(err.Error()))
	return exitFail
}

// run is dipstat without the process: tests call it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		printHelp(stderr)
		return usagef("no command given")
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			if c, ok := lookupCommand(rest[0]); ok {
				return c.run(ctx, &env{stdout: stdout, stderr: stderr}, []string{"-h"})
			}
		}
		printHelp(stdout)
		return nil
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "dipstat", Version)
		return nil
	}
	c, ok := lookupCommand(name)
	if !ok {
		return usagef("unknown command %q", name)
	}
	setMemoryLimit(c)
	return c.run(ctx, &env{stdout: stdout, stderr: stderr}, rest)
}

// env is what a command may touch of the process.
type env struct {
	stdout, stderr io.Writer
}
