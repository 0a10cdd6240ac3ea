package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// format is how an input file holds its articles.
type format int

const (
	formatText  format = iota // .txt, .md: one article per file
	formatJSONL               // .jsonl, .ndjson: one JSON object per line
	formatCSV                 // .csv: a header row, then one article per row
	formatHTML                // .html, .htm: one web page per file
	formatWARC                // .warc: a web archive, one page per HTML response record
	formatDOCX                // .docx: a Word document
	formatPDF                 // .pdf: a PDF document's text layer
)

type input struct {
	path   string
	format format
	gzip   bool
}

// record is one article read from a file, before processing.
type record struct {
	file                               string
	line                               int
	text                               []byte
	id, date, title, source, url, lang string
	hasDate                            bool
	archived                           bool     // a page of a web archive: -meta (by file) does not apply
	fallbackDate                       bool     // date is the document's properties': the text's own date wins
	filtered                           string   // why the -match pre-test left the record out
	err                                string   // why the record is unusable
	notes                              []string // problems that did not stop it being read
	// line is a JSONL record's JSON object, and row and cols a CSV record's
	// fields and the header's column indices (lower case), for the extra
	// fields Options.Fields asks for (see recordFields).
	object []byte
	row    []string
	cols   map[string]int
}

// unknownType is the warning about a file findInputs does not read.
const unknownType = "skipped: unknown file type (want .txt, .md, .jsonl, .csv, .html, .warc, .docx, .pdf, optionally .gz)"

// inputList is findInputs's list of input files, which a run reads in
// order: the paths end to end and each one's format, pointer-free and,
// given a scratch folder, on disk but for a block of each (a folder of a
// million articles is a million inputs).
type inputList struct {
	sc    *scratch
	paths stringColumn
	kinds spillColumn[uint8] // format << 1 | gzip
}

func newInputList(scratchDir string) *inputList {
	sc := &scratch{dir: scratchDir, of: "list of input files"}
	l := &inputList{sc: sc, paths: newStringColumn(sc, "inputs"), kinds: newSpillColumn[uint8](sc, "inputs")}
	// read in input order: a block at a time
	l.paths.text.sequential, l.paths.ends.sequential, l.kinds.sequential = true, true, true
	return l
}

func (l *inputList) add(in input) {
	l.paths.add(in.path)
	g := uint8(0)
	if in.gzip {
		g = 1
	}
	l.kinds.push(uint8(in.format)<<1 | g)
}

func (l *inputList) len() int { return l.kinds.n }

// at is input i, or an error if the scratch file fails to give it back.
func (l *inputList) at(i int) (input, error) {
	path, ok := l.paths.at(i)
	var kind [1]uint8
	if !ok || !l.kinds.copyOut(kind[:], i) {
		return input{}, fmt.Errorf("corpus: the list of input files: %w", cmp.Or(l.sc.err, errors.New("corrupt")))
	}
	return input{path: strings.Clone(path), format: format(kind[0] >> 1), gzip: kind[0]&1 == 1}, nil
}

// note says why the list stays in memory though it was given a folder.
func (l *inputList) note() string { return l.sc.note }

func (l *inputList) free() {
	l.paths.free()
	l.kinds.free()
}

// findInputs expands paths (files or folders, walked recursively, in sorted
// order) into input files, listed in scratchDir when it is not "" (see
// inputList); free the list when done. Symbolic links to files are followed; links to
// folders, broken links, other non-regular files and files of unknown type
// become warnings, whether found in a folder or named in paths; hidden files
// and folders are passed over silently.
func findInputs(paths []string, scratchDir string) (*inputList, []Warning, error) {
	ins := newInputList(scratchDir)
	var warns []Warning
	// a path named twice, or in two folders named, is read once; one
	// folder lists each path once
	var seen map[string]bool
	if len(paths) > 1 {
		seen = map[string]bool{}
	}
	add := func(p string) {
		if seen != nil {
			if seen[p] {
				return
			}
			seen[p] = true
		}
		if in, ok := classifyPath(p); ok {
			ins.add(in)
		} else {
			warns = append(warns, Warning{File: p, Msg: unknownType})
		}
	}
	for _, root := range paths {
		fi, err := os.Stat(root)
		if err != nil {
			ins.free()
			return nil, nil, fmt.Errorf("corpus: %w", err)
		}
		if !fi.IsDir() {
			if !fi.Mode().IsRegular() { // a pipe would block on open
				warns = append(warns, Warning{File: root, Msg: "skipped: not a regular file"})
				continue
			}
			add(root)
			continue
		}
		var files []string
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				warns = append(warns, Warning{File: p, Msg: "unreadable: " + errText(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			switch {
			case d.Type().IsRegular():
				files = append(files, p)
			case d.IsDir():
			case d.Type()&fs.ModeSymlink != 0:
				fi, err := os.Stat(p)
				switch {
				case err != nil:
					warns = append(warns, Warning{File: p, Msg: "unreadable: broken symbolic link: " + errText(err)})
				case fi.Mode().IsRegular():
					files = append(files, p)
				case fi.IsDir():
					warns = append(warns, Warning{File: p, Msg: "skipped: symbolic link to a folder (not followed; name the folder to read it)"})
				default:
					warns = append(warns, Warning{File: p, Msg: "skipped: not a regular file"})
				}
			default: // a pipe, socket or device
				warns = append(warns, Warning{File: p, Msg: "skipped: not a regular file"})
			}
			return nil
		})
		if err != nil {
			ins.free()
			return nil, nil, fmt.Errorf("corpus: walking %s: %w", root, err)
		}
		sort.Strings(files)
		for _, f := range files {
			add(f)
		}
	}
	return ins, warns, nil
}

func classifyPath(p string) (input, bool) {
	in := input{path: p}
	name := strings.ToLower(p)
	if strings.HasSuffix(name, ".gz") {
		in.gzip = true
		name = strings.TrimSuffix(name, ".gz")
	}
	switch filepath.Ext(name) {
	case ".txt", ".md", ".text", ".markdown":
		in.format = formatText
	case ".jsonl", ".ndjson":
		in.format = formatJSONL
	case ".csv":
		in.format = formatCSV
	case ".html", ".htm", ".xhtml":
		in.format = formatHTML
	case ".warc":
		in.format = formatWARC
	case ".docx":
		in.format = formatDOCX
	case ".pdf":
		in.format = formatPDF
	default:
		return in, false
	}
	return in, true
}

// errTooLarge marks a file over Options.MaxSize.
var errTooLarge = errors.New("too large")

// errNotRegular marks a pipe, socket or device: reading one could block or
// never end.
var errNotRegular = errors.New("not a regular file")

// tooLarge is the error for a file of size bytes over the limit max.
func tooLarge(size, max int64) error {
	return fmt.Errorf("%w: %d bytes, over the limit of %d (see -max-size)", errTooLarge, size, max)
}

// openRegular opens an input for reading and records its size on disk in
// info. Only regular files are opened: the check is made on the open file,
// so a file replaced by a pipe after findInputs looked at it is refused too.
func openRegular(path string, info *Input) (*os.File, os.FileInfo, error) {
	f, err := openInput(path)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = errNotRegular
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	info.Size = fi.Size()
	return f, fi, nil
}

// readInput reads a whole input, decompressing it, refusing more than max
// bytes. A plain file is read with one call into a buffer of its size
// (readPlain). The file's size on disk, and its SHA-256 when sum is set, go
// into info; notes on what was read (trailing garbage after gzip data) are
// returned. Only regular files are read (see openRegular).
func readInput(in input, max int64, sum bool, info *Input) ([]byte, []string, error) {
	if !in.gzip {
		buf, err := readPlain(in.path, max, info)
		if err != nil {
			return nil, nil, err
		}
		info.Size = int64(len(buf)) // the bytes analysed, should the file have changed
		if sum {
			info.SHA256, info.Hashed = sha256.Sum256(buf), true
		}
		return buf, nil, nil
	}
	f, _, err := openRegular(in.path, info)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var h hash.Hash
	var r io.Reader = f
	if sum {
		h = sha256.New()
		r = io.TeeReader(f, h)
	}
	data, notes, err := gunzip(r, max)
	if err != nil {
		return nil, nil, err
	}
	if h != nil {
		// the hash is of the whole file, should the reader have stopped short
		if _, err := io.Copy(h, f); err != nil {
			return nil, nil, err
		}
		copy(info.SHA256[:], h.Sum(nil))
		info.Hashed = true
	}
	return data, notes, nil
}

// gunzip decompresses r member by member (see gzipStream), refusing more
// than max bytes of data.
func gunzip(r io.Reader, max int64) ([]byte, []string, error) {
	g, err := newGzipStream(r)
	if err != nil {
		return nil, nil, err
	}
	defer g.zr.Close()
	var out bytes.Buffer
	if _, err := io.Copy(&out, io.LimitReader(g, max+1)); err != nil {
		return nil, nil, err
	}
	if int64(out.Len()) > max {
		return nil, nil, fmt.Errorf("%w: over the limit of %d bytes after decompression (see -max-size)", errTooLarge, max)
	}
	return out.Bytes(), g.notes(), nil
}

// countingReader counts the bytes read through it. It is an io.ByteReader,
// so gzip reads through it exactly, with no read-ahead of its own, and the
// count is where a gzip member ends.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// records splits an input's contents (decompressed, for a record file
// not yet judged as text: see readRecords) into articles, calling fn for
// each. Malformed records are passed to fn with err set, so they are
// listed and warned about like any other bad input; so is a record of a
// JSONL or CSV file over max bytes.
func records(in input, data []byte, max int64, match *Matcher, fn func(record) bool) {
	switch in.format {
	case formatText:
		fn(record{file: in.path, text: data})
	case formatJSONL, formatCSV:
		in.gzip = false
		readRecords(context.Background(), in, bytes.NewReader(data), max, func(raw rawRecord) bool {
			if rec, ok := parseRecord(in.path, raw); ok {
				return fn(rec)
			}
			return true
		})
	case formatHTML:
		fn(htmlRecord(in.path, data, "", match))
	}
}

type jsonArticle struct {
	Text   *string         `json:"text"`
	Date   json.RawMessage `json:"date"`
	Title  string          `json:"title"`
	Source string          `json:"source"`
	URL    string          `json:"url"`
	Lang   string          `json:"lang"`
	ID     json.RawMessage `json:"id"`
}

// jsonlRecord parses line l of a JSONL file.
func jsonlRecord(file string, line int, l []byte) record {
	rec := record{file: file, line: line}
	var a jsonArticle
	err := json.Unmarshal(l, &a)
	var te *json.UnmarshalTypeError
	fieldErr := errors.As(err, &te) && te.Field != "" // the rest was still read
	switch {
	case err != nil && !fieldErr:
		rec.err = jsonErrText(err)
	case a.Text == nil || fieldErr && te.Field == "text":
		rec.err = textProblem(l)
	default:
		if fieldErr {
			rec.notes = append(rec.notes, fmt.Sprintf("%s is %s, want a string; ignored", quote(te.Field), jsonKind(te.Value)))
		}
		rec.text = []byte(*a.Text)
		rec.title, rec.source, rec.url, rec.lang = a.Title, a.Source, a.URL, normLang(a.Lang)
		rec.id = rawString(a.ID)
		rec.object = l
		if len(a.Date) > 0 && string(a.Date) != "null" {
			rec.date, rec.hasDate = rawString(a.Date), true
		}
	}
	return rec
}

// rawString turns a JSON string or number into text.
func rawString(m json.RawMessage) string {
	if len(m) == 0 || string(m) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(m, &s) == nil {
		return s
	}
	return string(m)
}

// jsonErrText says why a line is not a JSON object, in the user's terms
// rather than Go's.
func jsonErrText(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("malformed JSON: %v (at byte %d)", se, se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field == "" {
		return "the line is " + jsonKind(te.Value) + ", want a JSON object"
	}
	return "malformed JSON: " + err.Error()
}

// textProblem says why a JSON object has no usable "text": it is missing,
// null, or not a string.
func textProblem(line []byte) string {
	var t struct {
		Text json.RawMessage `json:"text"`
	}
	json.Unmarshal(line, &t) // line is known to be an object
	switch {
	case len(t.Text) == 0:
		return "no \"text\" field"
	case string(t.Text) == "null":
		return "\"text\" is null"
	}
	kind := "number"
	switch t.Text[0] {
	case '"':
		kind = "string"
	case '{':
		kind = "object"
	case '[':
		kind = "array"
	case 't', 'f':
		kind = "bool"
	}
	return "\"text\" is " + jsonKind(kind) + ", want a string"
}

// jsonKind names a JSON value's type, as json.UnmarshalTypeError.Value
// gives it ("number", "number 1e999", "bool", "array" ...), with an article.
func jsonKind(value string) string {
	kind, _, _ := strings.Cut(value, " ")
	switch kind {
	case "bool":
		return "a boolean"
	case "array", "object":
		return "an " + kind
	}
	return "a " + kind
}

// csvSpan names the lines a malformed record ran over: an unbalanced quote
// reads the rows after it into one field, and they must not vanish unnamed.
func csvSpan(pe *csv.ParseError) string {
	if pe.Line > pe.StartLine {
		return fmt.Sprintf(" (lines %d-%d read as one field)", pe.StartLine, pe.Line)
	}
	return ""
}

// csvExtraFields deals with a row longer than the header (n columns), most
// likely an unquoted comma in the text: when the text is the last column
// the extra fields are its continuation and are joined back to it;
// otherwise they are ignored. Either way rec gets a note. It returns the text.
func csvExtraFields(rec *record, row []string, n, ti int) []byte {
	why := fmt.Sprintf("row has %d fields, the header %d (an unquoted comma in the text?)", len(row), n)
	if ti == n-1 {
		rec.notes = append(rec.notes, fmt.Sprintf("%s: fields %d-%d kept as the text, joined by commas", why, n, len(row)))
		return []byte(strings.Join(row[ti:], ","))
	}
	extra := fmt.Sprintf("field %d", n+1)
	if len(row) > n+1 {
		extra = fmt.Sprintf("fields %d-%d", n+1, len(row))
	}
	rec.notes = append(rec.notes, why+": "+extra+" ignored")
	return []byte(row[ti])
}

// normLang is the primary language of a record's lang field ("en-GB" ->
// "en"), lower case.
func normLang(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "-")
	l, _, _ = strings.Cut(l, "_")
	return strings.ToLower(l)
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
