package outdir

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// ManifestName is the file that marks a folder as one of dipstat's reports.
const ManifestName = "manifest.json"

// manifestHead is the part of a report's manifest that retention and run
// history read: a top-level "tool" equal to "dipstat" marks the folder as a
// report; "finished" (RFC 3339) orders reports, with "created" and "started"
// as fallbacks.
type manifestHead struct {
	Tool     string    `json:"tool"`
	Started  time.Time `json:"started"`
	Created  time.Time `json:"created"`
	Finished time.Time `json:"finished"`
}

// Report is one report folder found in an output folder.
type Report struct {
	Dir      string    // path of the folder (root joined with its name)
	Finished time.Time // from the manifest ("finished", "created", "started"), else its mtime
}

// Reports lists dipstat's report folders directly under root, oldest first
// (ties by name). A report folder is a direct, non-hidden subfolder (not a
// symlink) holding a manifest.json that parses and says "tool": "dipstat";
// hidden folders are staging areas, not published reports. A missing root
// has no reports.
func Reports(root string) ([]Report, error) {
	ents, err := os.ReadDir(root)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("outdir: %w", err)
	}
	var out []Report
	for _, e := range ents {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue // e.IsDir is false for symlinks, which are never followed
		}
		dir := filepath.Join(root, e.Name())
		if r, ok := readReport(dir); ok {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.Finished.Equal(b.Finished) {
			return a.Finished.Before(b.Finished)
		}
		return a.Dir < b.Dir
	})
	return out, nil
}

// IsReport tells whether dir is one of dipstat's report folders.
func IsReport(dir string) bool {
	_, ok := readReport(dir)
	return ok
}

func readReport(dir string) (Report, bool) {
	path := filepath.Join(dir, ManifestName)
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return Report{}, false
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return Report{}, false
	}
	var m manifestHead
	if json.Unmarshal(raw, &m) != nil || m.Tool != "dipstat" {
		return Report{}, false
	}
	r := Report{Dir: dir, Finished: m.Finished}
	for _, t := range []time.Time{m.Created, m.Started} {
		if r.Finished.IsZero() {
			r.Finished = t
		}
	}
	if r.Finished.IsZero() {
		r.Finished = fi.ModTime()
	}
	return r, true
}

// Retain deletes the oldest report folders under root beyond the newest keep
// and returns the paths it removed, oldest first. It never touches anything
// that is not a report folder (see Reports). keep <= 0 keeps everything.
// Run it under Lock, after the new report was published.
func Retain(root string, keep int) (removed []string, err error) {
	if keep <= 0 {
		return nil, nil
	}
	reps, err := Reports(root)
	if err != nil {
		return nil, err
	}
	for i := 0; i+keep < len(reps); i++ {
		if err := os.RemoveAll(reps[i].Dir); err != nil {
			return removed, fmt.Errorf("outdir: retention: %w", err)
		}
		removed = append(removed, reps[i].Dir)
	}
	return removed, nil
}

// Previous is the newest report folder under root other than exclude (a
// folder path or a bare folder name; "" excludes nothing): the report a new
// run compares itself with.
func Previous(root, exclude string) (dir string, ok bool) {
	reps, err := Reports(root)
	if err != nil {
		return "", false
	}
	for i := len(reps) - 1; i >= 0; i-- {
		d := reps[i].Dir
		if exclude != "" && (samePath(d, exclude) || filepath.Base(d) == exclude) {
			continue
		}
		return d, true
	}
	return "", false
}

func samePath(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}
