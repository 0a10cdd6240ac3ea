package main

import (
	"fmt"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/dipstat/dipstat/analysis/pipeline"
)

// startProfile writes a CPU profile to $DIPSTAT_CPUPROFILE and a heap
// profile to $DIPSTAT_MEMPROFILE, for "go tool pprof", when those are set.
// The heap profile is the one taken when the live heap was largest (sampled
// every heapSampleEvery; what the heap held at the peak, not at exit, is
// what bounds a run's memory); it is written again at exit only if no peak
// was seen. Memory outside the heap (package offheap), which a heap
// profile does not show, goes to $DIPSTAT_MEMPROFILE.txt: the live heap
// and the memory outside it at the peak, and the most outside it at any
// time. The returned function ends the profiles.
func startProfile() func() {
	cpu, mem := os.Getenv("DIPSTAT_CPUPROFILE"), os.Getenv("DIPSTAT_MEMPROFILE")
	var f *os.File
	if cpu != "" {
		var err error
		if f, err = os.Create(cpu); err == nil {
			pprof.StartCPUProfile(f)
		}
	}
	done := make(chan struct{})
	stopped := make(chan uint64)
	if mem != "" {
		go watchPeak(mem, done, stopped)
	}
	return func() {
		if f != nil {
			pprof.StopCPUProfile()
			f.Close()
		}
		if mem != "" {
			close(done)
			if peak := <-stopped; peak == 0 {
				writeHeapProfile(mem)
			}
		}
	}
}

// heapSampleEvery is how often watchPeak reads the live heap.
const heapSampleEvery = 500 * time.Millisecond

// watchPeak writes a heap profile to path each time the live heap (as of the
// last collection) passes its largest value so far by more than 5%, until
// done is closed; it then sends the peak it saw (0 if none) on stopped.
func watchPeak(path string, done <-chan struct{}, stopped chan<- uint64) {
	var peak uint64
	var atPeak int64
	t := time.NewTicker(heapSampleEvery)
	defer t.Stop()
	for {
		select {
		case <-done:
			_, most := pipeline.OffHeap()
			os.WriteFile(path+".txt", fmt.Appendf(nil, "live heap at the peak: %d bytes\noutside the heap then: %d bytes\noutside the heap at most: %d bytes\n", peak, atPeak, most), 0o644)
			stopped <- peak
			return
		case <-t.C:
		}
		if live := liveHeap(); live > peak+peak/20 {
			peak = live
			writeHeapProfile(path)
			atPeak, _ = pipeline.OffHeap()
		}
	}
}

// liveHeap is the heap's live bytes as of the last collection (0 if the
// runtime does not say).
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// writeHeapProfile writes the heap profile to path through a temporary file,
// so a profile being replaced is never seen half-written.
func writeHeapProfile(path string) {
	tmp := path + ".tmp"
	h, err := os.Create(tmp)
	if err != nil {
		return
	}
	err = pprof.WriteHeapProfile(h)
	if cerr := h.Close(); err == nil && cerr == nil {
		os.Rename(tmp, path)
		return
	}
	os.Remove(tmp)
}
