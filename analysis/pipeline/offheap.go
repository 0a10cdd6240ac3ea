package pipeline

import "github.com/dipstat/dipstat/analysis/internal/offheap"

// OffHeap is the memory the analyses hold outside the Go heap now (the
// term counter's tables, the near-duplicate index) and the most they held
// at once so far, in bytes: what a heap profile does not show.
func OffHeap() (now, most int64) { return offheap.Mapped() }
