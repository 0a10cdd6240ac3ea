package bundle

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/dipstat/dipstat/analysis/corpus"
)

// InputsFile is the per-file list of a report's inputs, beside the
// manifest: a corpus of a million files would make a manifest of hundreds
// of MB, kept by every report a scheduled job keeps (issue 22).
const InputsFile = "inputs.csv.gz"

// InputsInfo is what manifest.json says of the inputs: how many, how many
// bytes, and the SHA-256 of the list in InputsFile (of its CSV text,
// uncompressed), so the manifest still pins every input file.
type InputsInfo struct {
	File    string `json:"file"`
	Count   int    `json:"count"`
	Bytes   int64  `json:"bytes"`
	Skipped int    `json:"skipped"` // files that could not be read
	SHA256  string `json:"sha256"`
}

// inputsHeader is the CSV header of InputsFile.
var inputsHeader = []string{"path", "size", "sha256", "skipped"}

// writeInputs writes l's input files, sorted by path, to dir/InputsFile
// as gzipped CSV, one at a time, and returns their summary for the
// manifest and, when there are at most summaryFiles, the files.
func writeInputs(dir string, l *corpus.Listing) (info InputsInfo, few []File, err error) {
	info = InputsInfo{File: InputsFile}
	fh, err := os.Create(filepath.Join(dir, InputsFile))
	if err != nil {
		return info, nil, err
	}
	defer func() {
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(fh)
	zw := gzip.NewWriter(bw)
	h := sha256.New()
	cw := csv.NewWriter(io.MultiWriter(zw, h))
	if err := cw.Write(inputsHeader); err != nil {
		return info, nil, err
	}
	if err := eachInputFile(l, func(f File) error {
		info.Count++
		info.Bytes += f.Size
		if f.Skipped != "" {
			info.Skipped++
		}
		if info.Count <= summaryFiles {
			few = append(few, f)
		}
		return cw.Write([]string{f.Path, strconv.FormatInt(f.Size, 10), f.SHA256, f.Skipped})
	}); err != nil {
		return info, nil, err
	}
	if info.Count > summaryFiles {
		few = nil
	}
	if cw.Flush(); cw.Error() != nil {
		return info, nil, cw.Error()
	}
	if err := zw.Close(); err != nil {
		return info, nil, err
	}
	info.SHA256 = hex.EncodeToString(h.Sum(nil))
	return info, few, bw.Flush()
}

// ReadInputs reads the inputs list of the report folder dir and checks it
// against the digest the manifest gives (want; "" skips the check).
func ReadInputs(dir, want string) ([]File, error) {
	fh, err := os.Open(filepath.Join(dir, InputsFile))
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	zr, err := gzip.NewReader(bufio.NewReader(fh))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", InputsFile, err)
	}
	h := sha256.New()
	cr := csv.NewReader(io.TeeReader(zr, h))
	cr.FieldsPerRecord = len(inputsHeader)
	cr.ReuseRecord = true
	var out []File
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", InputsFile, err)
		}
		if line == 1 {
			continue
		}
		size, err := strconv.ParseInt(rec[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: size: %w", InputsFile, line, err)
		}
		out = append(out, File{Path: rec[0], Size: size, SHA256: rec[2], Skipped: rec[3]})
	}
	if got := hex.EncodeToString(h.Sum(nil)); want != "" && got != want {
		return nil, fmt.Errorf("%s: sha256 %s, the manifest says %s", InputsFile, got, want)
	}
	return out, nil
}
