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
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dipstat/dipstat/analysis/pipeline"
	"github.com/dipstat/dipstat/report/table"
)

// defaultMemoryLimit is the most the Go runtime's soft memory limit is set
// to, unless GOMEMLIMIT is set or the command sets its own
// (command.memLimit). Without it the heap may grow to twice the live data
// before the garbage collector runs; with it the collector works harder
// near the limit instead. It is soft: a run that needs more memory still
// gets it.
const defaultMemoryLimit = 1536 << 20

// memoryBudget is what the heap and the tables outside it (package
// offheap: the term counter's) should stay under together. The runtime's
// limit counts only the heap, so it is lowered by what is mapped outside
// it (the Go GC guide's advice for memory the runtime does not manage),
// but it always leaves the heap room to grow past its live data by
// minHeadroom, below which the collector would run too often to pay: see
// memoryLimit.
const memoryBudget = 896 << 20

// minHeadroom is the least the heap may grow past its live data before a
// collection, as a fraction (GOGC 75), and minHeadroomBytes in bytes.
const (
	minHeadroom      = 0.75
	minHeadroomBytes = 64 << 20
)

// memoryLimit is the runtime's soft memory limit for a heap of live bytes
// beside outside bytes mapped off the heap, capped at most: the budget
// less what is outside, but room for the heap to grow by minHeadroom.
func memoryLimit(most, outside, live int64) int64 {
	lim := memoryBudget - outside
	lim = max(lim, live+max(int64(minHeadroom*float64(live)), minHeadroomBytes))
	return min(lim, most)
}

// setMemoryLimit sets the runtime's soft memory limit for a command, unless
// the user set GOMEMLIMIT: the command's own (command.memLimit), or else
// memoryLimit, kept up to date as the memory outside the heap and the live
// heap change.
func setMemoryLimit(c command) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if c.memLimit > 0 {
		// a fixed limit (counting commands): their heap is small, and
		// lowering the limit by their tables outside it would only make
		// the collector run more often
		limitMost.Store(0)
		debug.SetMemoryLimit(c.memLimit)
		return
	}
	limitMost.Store(defaultMemoryLimit)
	debug.SetMemoryLimit(memoryLimit(defaultMemoryLimit, 0, 0))
	followOnce.Do(func() { go followMemory() })
}

var (
	limitMost  atomic.Int64 // the cap on memoryLimit; 0 while a command has a fixed limit
	followOnce sync.Once
)

// followMemory sets the limit every memoryLimitEvery for the rest of the
// process.
func followMemory() {
	for range time.Tick(memoryLimitEvery) {
		outside, _ := pipeline.OffHeap()
		if most := limitMost.Load(); most > 0 {
			debug.SetMemoryLimit(memoryLimit(most, outside, int64(liveHeap())))
		}
	}
}

// memoryLimitEvery is how often followMemory sets the limit.
const memoryLimitEvery = 100 * time.Millisecond

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
