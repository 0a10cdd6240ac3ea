package bundle

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// Manifest is manifest.json: what was run on what, and what came out.
type Manifest struct {
	Tool       string         `json:"tool"` // always "dipstat": how outdir recognizes a report folder
	Name       string         `json:"name"`
	Version    string         `json:"version"`
	Created    time.Time      `json:"created"`
	Finished   time.Time      `json:"finished"`
	Command    []string       `json:"command,omitempty"`
	Parameters []Param        `json:"parameters"`
	Config     map[string]any `json:"config,omitempty"`
	Corpus     CorpusInfo     `json:"corpus"`
	// Inputs is every input file when there are at most 20 (the Summary
	// lists them), else nil. All are in InputsFile rather than in
	// manifest.json, which has InputList: their count, bytes and digest.
	Inputs    []File             `json:"-"`
	InputList InputsInfo         `json:"inputs"`
	Outputs   []File             `json:"outputs"`
	Sheets    []string           `json:"sheets"`
	Charts    []string           `json:"charts"`
	PDFPages  int                `json:"pdf_pages"`
	Warnings  []string           `json:"warnings"`
	Timings   map[string]float64 `json:"timings_ms"`
}

// Param is one parameter of the run (a flag and its value).
type Param struct {
	Name    string `json:"name"`
	Value   string `json:"value"`
	Default bool   `json:"default,omitempty"` // the flag was left at its default
}

// CorpusInfo is the corpus at a glance.
type CorpusInfo struct {
	Paths      []string `json:"paths"`
	Documents  int      `json:"documents"` // every input document
	Counted    int      `json:"counted"`
	Undated    int      `json:"undated"`
	Skipped    int      `json:"skipped"`
	Duplicates int      `json:"duplicates"`
	Tokens     int      `json:"tokens"`
	Period     string   `json:"period"`
	Periods    int      `json:"periods"`
	First      string   `json:"first_date,omitempty"`
	Last       string   `json:"last_date,omitempty"`
}

// File is an input or output file with its size and SHA-256. An input that
// could not be read has no hash and says why in Skipped.
type File struct {
	Path    string `json:"path"`
	Size    int64  `json:"size"`
	SHA256  string `json:"sha256,omitempty"`
	Skipped string `json:"skipped,omitempty"`
}

// hashFile returns path's size and SHA-256, naming it as name.
func hashFile(path, name string) (File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return File{}, err
	}
	defer fh.Close()
	h := sha256.New()
	n, err := io.Copy(h, fh)
	if err != nil {
		return File{}, fmt.Errorf("hash %s: %w", path, err)
	}
	return File{Path: name, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// hashTree lists every file under dir (but manifest.json) with its hash,
// paths relative to dir with forward slashes, sorted.
func hashTree(dir string) ([]File, error) {
	var out []File
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == ManifestFile {
			return nil
		}
		f, err := hashFile(path, rel)
		if err != nil {
			return err
		}
		out = append(out, f)
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}

// ManifestFile is the manifest's name in the report folder.
const ManifestFile = "manifest.json"

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
