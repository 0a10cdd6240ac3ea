package offheap

import "syscall"

// hugeBytes is the smallest mapping asked to be backed by huge pages.
const hugeBytes = 4 << 20

// adviseHuge asks the kernel to back a large mapping with transparent huge
// pages (2 MB on x86-64) where it is set to do so on request ("madvise" in
// /sys/kernel/mm/transparent_hugepage/enabled, the common default; "always"
// needs no asking). The tables mapped here are hash tables read at random,
// hundreds of MB at a million articles: with 4 KB pages nearly every lookup
// also misses the TLB and walks the page tables, which costs as much as the
// lookup's own cache miss. The Go runtime does not ask for huge pages for
// its heap. A kernel that refuses leaves the mapping as it is.
func adviseHuge(m []byte) {
	if len(m) >= hugeBytes {
		_ = syscall.Madvise(m, syscall.MADV_HUGEPAGE)
	}
}
