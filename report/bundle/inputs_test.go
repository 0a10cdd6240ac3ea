package bundle

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// TestWriteInputs: the list of inputs is written sorted by path, one file
// at a time from the listing's Inputs and InputLog, whether they come
// sorted (one folder) or not (several paths); the manifest keeps the files
// only when the Summary lists them.
func TestWriteInputs(t *testing.T) {
	for _, tc := range []struct {
		name     string
		n        int
		reversed bool
	}{
		{"few, sorted", 5, false},
		{"many, sorted", 300, false},
		{"many, in the order of the paths given", 300, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ins []corpus.Input
			var want []File
			var bytes int64
			for i := range tc.n {
				in := corpus.Input{Path: fmt.Sprintf("news/%04d.txt", i), Size: int64(10 + i)}
				f := File{Path: in.Path, Size: in.Size}
				if i%7 == 3 {
					in.Err, f.Skipped = "permission denied", "permission denied"
				} else {
					in.Hashed, in.SHA256[0] = true, byte(i)
					f.SHA256 = fmt.Sprintf("%02x%s", byte(i), strings.Repeat("0", 62))
				}
				ins, want, bytes = append(ins, in), append(want, f), bytes+in.Size
			}
			if tc.reversed {
				slices.Reverse(ins)
			}
			lg := corpus.NewInputLog(t.TempDir())
			defer lg.Close()
			for _, in := range ins[2:] {
				if err := lg.Append(in); err != nil {
					t.Fatal(err)
				}
			}
			l := &corpus.Listing{Inputs: ins[:2], InputLog: lg}
			dir := t.TempDir()
			info, few, err := writeInputs(dir, l)
			if err != nil {
				t.Fatal(err)
			}
			if info.Count != tc.n || info.Bytes != bytes || info.Skipped != (tc.n+3)/7 {
				t.Errorf("info %+v, want %d files, %d bytes", info, tc.n, bytes)
			}
			if (tc.n <= summaryFiles) != slices.Equal(few, want) || tc.n > summaryFiles && few != nil {
				t.Errorf("%d files kept for the Summary", len(few))
			}
			got, err := ReadInputs(dir, info.SHA256)
			if err != nil || !slices.Equal(got, want) {
				t.Errorf("read back: %v\n%v\nwant %v", err, got[:min(3, len(got))], want[:3])
			}
		})
	}
}
