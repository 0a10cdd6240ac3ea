package offheap

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestHugeAdvised checks that a large mapping is eligible for transparent
// huge pages (smaps' THPeligible) and a small one is left alone, where the
// kernel has them on request or always.
func TestHugeAdvised(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(mode), "[madvise]") && !strings.Contains(string(mode), "[always]") {
		t.Skipf("transparent huge pages not available (%q, %v)", strings.TrimSpace(string(mode)), err)
	}
	if st, err := os.ReadFile("/proc/self/status"); err == nil && strings.Contains(string(st), "THP_enabled:\t0") {
		t.Skip("transparent huge pages disabled for this process (prctl PR_SET_THP_DISABLE)")
	}
	type mapping struct {
		bytes int
		want  bool
	}
	cases := []mapping{{hugeBytes * 2, true}}
	if strings.Contains(string(mode), "[madvise]") {
		// only what was asked for (with "always", the kernel decides
		// for a small mapping by its own settings)
		cases = append(cases, mapping{MinBytes * 4, false})
	}
	for _, tc := range cases {
		a, mapped := Alloc[uint64](tc.bytes / 8)
		if !mapped {
			t.Fatalf("%d bytes: not mapped", tc.bytes)
		}
		got, err := thpEligible(uintptr(unsafe.Pointer(&a[0])))
		Free(a)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%d bytes: THPeligible %v, want %v", tc.bytes, got, tc.want)
		}
	}
}

// thpEligible reads the THPeligible line of the mapping holding addr from
// /proc/self/smaps.
func thpEligible(addr uintptr) (bool, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in := false
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 { // a mapping's first line
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "THPeligible:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "THPeligible:")) == "1", nil
		}
	}
	if err := sc.Err(); err != nil {
		return false, err
	}
	return false, fmt.Errorf("no mapping at %#x with a THPeligible line in /proc/self/smaps", addr)
}
