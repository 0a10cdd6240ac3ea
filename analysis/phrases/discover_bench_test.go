package phrases

import (
	"context"
	"os"
	"runtime"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	"github.com/dipstat/dipstat/analysis/corpus"
	"github.com/dipstat/dipstat/analysis/corpus/corpustest"
)

// BenchmarkDiscoverStream streams the 20,000-article synthetic corpus through
// a Discoverer with corpus.Stream, dropping each document after Add, as a
// report on a large corpus does; one sub-benchmark per word budget. Peak
// resident memory is best measured one budget per process:
//
//	go test -c -o /tmp/phrases.test ./analysis/phrases
//	/usr/bin/time -v /tmp/phrases.test -test.run '^$' -test.bench 'DiscoverStream/budget=10M' -test.benchtime 1x
//
// DIPSTAT_BENCH_CORPUS names a folder of articles to use instead of
// generating one (generate it once with corpustest to reuse it). kept-MB is
// the live heap after the last Add, B/word-kept that per word kept,
// run-peak-heap-MB the largest heap (live and garbage) seen during Run.
func BenchmarkDiscoverStream(b *testing.B) {
	dir := benchCorpusDir(b)
	copt := corpus.DefaultOptions()
	copt.KeepDuplicates = true
	aliases := corpus.DefaultAliases()
	for _, bc := range []struct {
		name   string
		budget int
	}{{"10M", DefaultMaxWords}, {"none", -1}, {"4M", 4_000_000}, {"1M", 1_000_000}} {
		b.Run("budget="+bc.name, func(b *testing.B) {
			for b.Loop() {
				o := DefaultDiscoverOptions()
				o.MaxWords = bc.budget
				dc, err := NewDiscoverer(aliases, o)
				if err != nil {
					b.Fatal(err)
				}
				_, err = corpus.Stream(context.Background(), []string{dir}, copt, func(d *corpus.Document) error {
					dc.Add(d)
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				stop := watchHeap()
				res := dc.Run()
				runPeak := stop()
				b.ReportMetric(float64(ms.HeapAlloc)/1e6, "kept-MB")
				b.ReportMetric(float64(runPeak)/1e6, "run-peak-heap-MB")
				b.ReportMetric(float64(ms.HeapAlloc)/float64(max(1, res.Words)), "B/word-kept")
				b.ReportMetric(float64(res.Words), "words-kept")
				b.ReportMetric(float64(res.Docs), "docs-kept")
				b.ReportMetric(float64(res.Sample), "1/sample")
				b.ReportMetric(float64(len(res.Phrases)), "phrases")
			}
		})
	}
}

// watchHeap samples the heap's object bytes every 10 ms until the returned
// function is called, which returns the largest sample.
func watchHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	done, peak := make(chan struct{}), make(chan uint64)
	go func() {
		top := read()
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				peak <- max(top, read())
				return
			case <-t.C:
				top = max(top, read())
			}
		}
	}()
	return func() uint64 {
		close(done)
		return <-peak
	}
}

// BenchmarkDiscoverRun times Discoverer.Run alone on the 20,000-article
// synthetic corpus (DIPSTAT_BENCH_CORPUS names a folder of articles to use
// instead of generating one): the documents are added once, untimed, and
// each round runs discovery on them. It reports Run's CPU seconds (user and
// system, of the process: Run's workers included) beside the wall time.
func BenchmarkDiscoverRun(b *testing.B) {
	dc := discovererOf(b, benchCorpusDir(b), DefaultDiscoverOptions())
	runtime.GC()
	cpu0 := cpuSeconds()
	var res *Discovery
	for b.Loop() {
		res = dc.Run()
	}
	b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(len(res.Phrases)), "phrases")
	b.ReportMetric(float64(len(res.Candidates)), "candidates")
}

// cpuSeconds is the user and system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// benchCorpusDir is the folder of the discovery benchmarks' articles:
// DIPSTAT_BENCH_CORPUS, or benchArticles synthetic ones generated from the
// seeds.
func benchCorpusDir(b *testing.B) string {
	b.Helper()
	if dir := os.Getenv("DIPSTAT_BENCH_CORPUS"); dir != "" {
		return dir
	}
	sents, err := corpustest.Sentences(seedsDir)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, err := corpustest.Generate(dir, sents, corpustest.Spec{Articles: benchArticles, Seed: 1, ZipfWords: 0.3, Undated: 0.05}); err != nil {
		b.Fatal(err)
	}
	return dir
}

// discovererOf is a Discoverer with options o that every article of dir,
// duplicates kept, was added to.
func discovererOf(b *testing.B, dir string, o DiscoverOptions) *Discoverer {
	b.Helper()
	copt := corpus.DefaultOptions()
	copt.KeepDuplicates = true
	dc, err := NewDiscoverer(corpus.DefaultAliases(), o)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := corpus.Stream(context.Background(), []string{dir}, copt, func(d *corpus.Document) error {
		dc.Add(d)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return dc
}
