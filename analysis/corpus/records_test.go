package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// streamedText lists what readRecordsHead makes of a file, one line per
// record as recordsText does, then "why: ..." and "note: ..." for what it
// returns.
func streamedText(in input, data []byte, max int64, head int) []string {
	var out []string
	notes, why, err := readRecordsHead(context.Background(), in, bytes.NewReader(data), max, head, func(raw rawRecord) bool {
		for _, n := range raw.notes {
			out = append(out, "file note: "+n)
		}
		r, ok := parseRecord(in.path, raw)
		if !ok {
			return true
		}
		s := recordLine(r)
		if r.row != nil {
			s += fmt.Sprintf(" %q", r.row)
		}
		out = append(out, s)
		return true
	})
	if err != nil {
		out = append(out, "err: "+err.Error())
	}
	if why != "" {
		out = append(out, "why: "+why)
	}
	for _, n := range notes {
		out = append(out, "note: "+n)
	}
	return out
}

// TestRecordStream: the records of JSONL and CSV files, with -max-size per
// record, read whole (a head larger than the file) and as a stream (a
// head of a few bytes) alike, in every case.
func TestRecordStream(t *testing.T) {
	long := func(n int) string { return strings.Repeat("x", n) }
	jl := func(text string) string { return `{"text":"` + text + `"}` } // 11 bytes and the text
	tests := []struct {
		name   string
		format format
		in     string
		max    int64
		want   []string
	}{
		{name: "jsonl just under the limit", format: formatJSONL, max: 20,
			in: jl(long(9)) + "\n" + jl("ok") + "\n", want: []string{"1: " + long(9), "2: ok"}},
		{name: "jsonl at the limit", format: formatJSONL, max: 20,
			in: jl(long(9)) + "\r\n" + jl("ok"), want: []string{"1: " + long(9), "2: ok"}},
		{name: "jsonl just over the limit, the rest read", format: formatJSONL, max: 20,
			in:   jl("ok") + "\n" + jl(long(10)) + "\r\n" + jl("on") + "\n",
			want: []string{"1: ok", "2:  !too large: the record is 21 bytes, over the limit of 20 (see -max-size)", "3: on"}},
		{name: "jsonl over the limit at the end without a newline", format: formatJSONL, max: 20,
			in: jl("ok") + "\n" + jl(long(10)), want: []string{"1: ok", "2:  !too large: the record is 21 bytes, over the limit of 20 (see -max-size)"}},
		{name: "jsonl a line far over the limit and the buffer", format: formatJSONL, max: 100,
			in: jl(long(200000)) + "\n" + jl("ok") + "\n", want: []string{"1:  !too large: the record is 200011 bytes, over the limit of 100 (see -max-size)", "2: ok"}},
		{name: "jsonl lines straddling the buffer", format: formatJSONL, max: 1 << 20,
			in:   jl(long(65536-12)) + "\n" + jl(long(65536-11)) + "\r\n" + jl(long(70000)) + "\n" + jl("end"),
			want: []string{"1: " + long(65536-12), "2: " + long(65536-11), "3: " + long(70000), "4: end"}},
		{name: "jsonl CRLF and blank lines", format: formatJSONL, max: 100,
			in: "\r\n" + jl("a") + "\r\n\r\n  \r\n" + jl("b") + "\r\n", want: []string{"2: a", "5: b"}},
		{name: "jsonl with a byte order mark", format: formatJSONL, max: 100,
			in: "\ufeff" + jl("a") + "\n" + jl("b") + "\n", want: []string{"1: a", "2: b"}},
		{name: "jsonl a broken line is named, the rest kept", format: formatJSONL, max: 100,
			in:   jl("a") + "\n{\"text\": broken\n" + jl("c") + "\n",
			want: []string{"1: a", "2:  !malformed JSON: invalid character 'b' looking for beginning of value (at byte 10)", "3: c"}},
		{name: "csv record at and over the limit", format: formatCSV, max: 14,
			in:   "id,text\r\n1,\"0123456789\"\r\n2,\"01234567890\"\n3,ok\n",
			want: []string{`2: 0123456789 ["1" "0123456789"]`, "3:  !too large: the record is 15 bytes, over the limit of 14 (see -max-size)", `4: ok ["3" "ok"]`}},
		{name: "csv quoted lines over the limit", format: formatCSV, max: 26,
			in:   "id,text\n1,\"line one\nline two\nthree\"\n2,ok\n",
			want: []string{"2:  !too large: the record is 27 bytes, over the limit of 26 (see -max-size) (lines 2-4; an unbalanced quote?)", `5: ok ["2" "ok"]`}},
		{name: "csv quoted field across lines and CRLF", format: formatCSV, max: 100,
			in:   "\ufeffid,date,text\r\n\r\n1,2025-01-01,\"one\r\ntwo, \"\"three\"\"\"\r\n2,,plain\r\n",
			want: []string{"3: one\ntwo, \"three\" [2025-01-01] [\"1\" \"2025-01-01\" \"one\\ntwo, \\\"three\\\"\"]", `5: plain ["2" "" "plain"]`}},
		{name: "csv bare quote and a quote error end their line", format: formatCSV, max: 100,
			in:   "id,text\n1,a \"b\" c\n2,\"x\"y,z\n3,\"ok\"\n",
			want: []string{"2:  !malformed CSV: bare \" in non-quoted-field", "3:  !malformed CSV: extraneous or missing \" in quoted-field", `4: ok ["3" "ok"]`}},
		{name: "csv an unbalanced quote to the end", format: formatCSV, max: 100,
			in:   "id,text\n1,\"open\n2,more\n3,end\n",
			want: []string{"2:  !malformed CSV (lines 2-4 read as one field): extraneous or missing \" in quoted-field"}},
		{name: "csv header over the limit", format: formatCSV, max: 5,
			in: "id,text\n1,a\n", want: []string{"1:  !unreadable CSV header: too large: the record is 7 bytes, over the limit of 5 (see -max-size)"}},
		{name: "csv no text column", format: formatCSV, max: 100,
			in: "id,body\n1,a\n", want: []string{"1:  !CSV header has no \"text\" column"}},
		{name: "csv header only", format: formatCSV, max: 100, in: "id,text\n"},
	}
	for _, tt := range tests {
		for _, head := range []int{headSize, 3} {
			t.Run(fmt.Sprintf("%s/head %d", tt.name, head), func(t *testing.T) {
				in := input{path: "a.jsonl", format: tt.format}
				got := strings.Join(streamedText(in, []byte(tt.in), tt.max, head), "\n")
				if want := strings.Join(tt.want, "\n"); got != want {
					t.Errorf("got\n%s\nwant\n%s", got, want)
				}
			})
		}
	}
}

// TestRecordStreamGzip: records across gzip members, trailing garbage,
// and damaged data after some records (which are kept).
func TestRecordStreamGzip(t *testing.T) {
	jsonl := `{"text":"one"}` + "\n" + `{"text":"two"}` + "\n" + `{"text":"three"}` + "\n"
	whole := gz(t, jsonl)
	tests := []struct {
		name string
		file []byte
		want []string
	}{
		{name: "a record split between members", file: append(gz(t, jsonl[:20]), gz(t, jsonl[20:])...),
			want: []string{"1: one", "2: two", "3: three"}},
		{name: "trailing garbage", file: append(bytes.Clone(whole), "junk"...),
			want: []string{"1: one", "2: two", "3: three", "note: trailing garbage after the gzip data ignored (4 bytes)"}},
		{name: "truncated", file: whole[:len(whole)-6],
			want: []string{"1: one", "2: two", "3: three", "4:  !unreadable from this line on: not valid gzip: unexpected EOF; the records before it are kept"}},
		{name: "not gzip", file: []byte(jsonl), want: []string{"err: not valid gzip: gzip: invalid header"}},
	}
	for _, tt := range tests {
		for _, head := range []int{headSize, 3} {
			t.Run(fmt.Sprintf("%s/head %d", tt.name, head), func(t *testing.T) {
				in := input{path: "a.jsonl.gz", format: formatJSONL, gzip: true}
				got := strings.Join(streamedText(in, tt.file, 100, head), "\n")
				want := tt.want
				if head == headSize && strings.HasPrefix(want[len(want)-1], "note: ") {
					// read whole, the note goes with the first record
					want = append([]string{"file " + want[len(want)-1]}, want[:len(want)-1]...)
				}
				if want := strings.Join(want, "\n"); got != want {
					t.Errorf("got\n%s\nwant\n%s", got, want)
				}
			})
		}
	}
}

// TestRecordStreamEncoding: a file longer than its head is judged on its
// head and decoded as it streams, with the notes on the whole file.
func TestRecordStreamEncoding(t *testing.T) {
	var jsonl strings.Builder
	for i := range 50 {
		fmt.Fprintf(&jsonl, `{"text":"中韩两国是搬不走的近邻 %d"}`+"\n", i)
	}
	utf16 := []byte{0xff, 0xfe}
	for _, r := range jsonl.String() {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(jsonl.String()))
	if err != nil {
		t.Fatal(err)
	}
	withNUL := strings.Replace(jsonl.String(), "近邻", "近\x00邻", 1)
	tests := []struct {
		name  string
		file  []byte
		first string
		notes []string
	}{
		{name: "utf-16", file: utf16, first: "1: 中韩两国是搬不走的近邻 0", notes: []string{"file note: decoded from UTF-16LE"}},
		{name: "gb18030", file: gbk, first: "1: 中韩两国是搬不走的近邻 0", notes: []string{"file note: decoded from GB18030 (detected)"}},
		{name: "nul bytes", file: []byte(withNUL), first: "1: 中韩两国是搬不走的近邻 0", notes: []string{"note: 1 NUL byte removed"}},
	}
	for _, tt := range tests {
		for _, head := range []int{headSize, 600} {
			t.Run(fmt.Sprintf("%s/head %d", tt.name, head), func(t *testing.T) {
				got := streamedText(input{path: "a.jsonl", format: formatJSONL}, tt.file, 1000, head)
				var recs, notes []string
				for _, l := range got {
					if strings.Contains(l, "note: ") {
						notes = append(notes, l)
					} else {
						recs = append(recs, l)
					}
				}
				if len(recs) != 50 || recs[0] != tt.first || recs[49] != "50: 中韩两国是搬不走的近邻 49" {
					t.Errorf("%d records, first %q, last %q", len(recs), recs[0], recs[len(recs)-1])
				}
				want := tt.notes
				if head == headSize && strings.HasPrefix(want[0], "note: ") {
					want = []string{"file " + want[0]} // read whole, the note goes with the first record
				}
				if fmt.Sprint(notes) != fmt.Sprint(want) {
					t.Errorf("notes %q, want %q", notes, want)
				}
			})
		}
	}
	// a long file that is not text is refused on its head
	bin := append([]byte("\x7fELF"), bytes.Repeat([]byte{1, 2, 3, 0}, 1000)...)
	got := streamedText(input{path: "a.csv", format: formatCSV}, bin, 1000, 100)
	if fmt.Sprint(got) != "[why: binary data, not text]" {
		t.Errorf("binary: %q", got)
	}
}

// TestLoadLargeRecordFile: a JSONL file larger than -max-size is read
// record by record, each record under the limit counted; one over it is a
// warning naming the file, the line and the size, and the records after it
// are read. The file's hash is of all its bytes.
func TestLoadLargeRecordFile(t *testing.T) {
	dir := t.TempDir()
	var b, c strings.Builder
	var over []int // the sizes of the record over the limit, in CSV and JSONL
	c.WriteString("id,date,text\n")
	for i := range 200 {
		text := fmt.Sprintf("Article %d: China and South Korea agreed to expand trade in %d sectors.", i, i+3)
		if i == 100 {
			text += strings.Repeat(" More words.", 100)
		}
		n, _ := fmt.Fprintf(&c, "c%d,2025-02-%02d,%q\n", i, 1+i%28, text)
		m, _ := fmt.Fprintf(&b, `{"text":%q,"date":"2025-01-%02d"}`+"\n", text, 1+i%28)
		if i == 100 {
			over = []int{n - 1, m - 1}
		}
	}
	writeFiles(t, dir, map[string][]byte{"big.jsonl": []byte(b.String()), "big.csv": []byte(c.String()), "big.jsonl.gz": gz(t, b.String())})
	opts := DefaultOptions()
	opts.MaxSize = 1000
	opts.HashInputs = true
	opts.KeepDuplicates = true
	corp, err := Load(context.Background(), []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(corp.Docs) != 3*199 {
		t.Errorf("%d documents, want %d", len(corp.Docs), 3*199)
	}
	var warns []string
	for _, w := range corp.Warnings {
		warns = append(warns, w.Error())
	}
	const why = "skipped: too large: the record is %d bytes, over the limit of 1000 (see -max-size)"
	want := []string{
		filepath.Join(dir, "big.csv") + fmt.Sprintf(":102: "+why, over[0]),
		filepath.Join(dir, "big.jsonl") + fmt.Sprintf(":101: "+why, over[1]),
		filepath.Join(dir, "big.jsonl.gz") + fmt.Sprintf(":101: "+why, over[1]),
	}
	if fmt.Sprint(warns) != fmt.Sprint(want) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
	for _, in := range corp.Inputs {
		data, err := os.ReadFile(in.Path)
		if err != nil {
			t.Fatal(err)
		}
		if !in.Hashed || in.SHA256 != sha256.Sum256(data) || in.Size != int64(len(data)) || in.Err != "" {
			t.Errorf("%s: hashed %v, size %d, err %q; want the whole file's", in.Path, in.Hashed, in.Size, in.Err)
		}
	}
	// the documents are in file order, with the IDs of their lines
	for i, id := range map[int]string{0: "c0", 198: "c199", 199: "big:1", 397: "big:200", 398: "big:1~2"} {
		if d := corp.Docs[i]; d.ID != id {
			t.Errorf("document %d is %s, want %s", i, d.ID, id)
		}
	}
}

// FuzzRecords checks the streaming reader against reading the whole file
// at once: encoding/csv over all of a CSV file, and a JSONL file split at
// its newlines, give the same records with the same lines, whether the
// file is judged whole or on a short head, and nothing panics.
func FuzzRecords(f *testing.F) {
	for _, s := range []string{
		"id,text\n1,a\n", "id,text\r\n1,\"a\r\nb\"\r\n\r\n2,\"x\"\"y\"\n", "text\n\"open\nmore\n", "text\na\"b\nc\n", "text,x\n\"q\"z,1\nok,2\n",
		"\n\ntext\n\n\na\n", "text\n\"a\"\r", "text\n\r\nb\r", `{"text":"a"}` + "\n\n" + `{"text":1}` + "\r\n" + `[1]`, "\ufeff{\"text\":\"b\"}",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, isCSV bool) {
		text, _, why := textOf(data)
		if why != "" || len(bytes.TrimSpace(data)) == 0 || !bytes.Equal(text, data) {
			return // not text, empty, or changed by decoding: both readers judge the whole file alike
		}
		in := input{path: "f.jsonl", format: formatJSONL}
		ref := refJSONL
		if isCSV {
			in, ref = input{path: "f.csv", format: formatCSV}, refCSV
		}
		want := strings.Join(ref(data), "\n")
		for _, head := range []int{headSize, 5} {
			if h := data[:min(len(data), head+1)]; head < headSize {
				if t, _, why := textOf(h); why != "" || !bytes.Equal(t, h) {
					continue // a head this short is judged otherwise (binary, UTF-16): with 4 MiB it is the file's start
				}
			}
			var got []string
			for _, l := range streamedText(in, data, 1<<30, head) {
				if !strings.HasPrefix(l, "file note: ") && !strings.HasPrefix(l, "note: ") {
					got = append(got, l)
				}
			}
			if g := strings.Join(got, "\n"); g != want {
				t.Fatalf("head %d: got\n%s\nwant\n%s", head, g, want)
			}
		}
	})
}

// refCSV reads a CSV file whole with encoding/csv, as dipstat did before
// records streamed, in streamedText's form.
func refCSV(data []byte) []string {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	var pe *csv.ParseError
	switch {
	case errors.As(err, &pe):
		return []string{fmt.Sprintf("%d:  !unreadable CSV header: %v", pe.StartLine, err)}
	case err != nil:
		return []string{"1:  !unreadable CSV header: " + err.Error()}
	}
	hl, _ := cr.FieldPos(0) // the header's line: after blank lines, not 1
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	ti, ok := col["text"]
	if !ok {
		return []string{fmt.Sprintf("%d:  !CSV header has no \"text\" column", hl)}
	}
	var out []string
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return out
		}
		if errors.As(err, &pe) {
			out = append(out, fmt.Sprintf("%d:  !malformed CSV%s: %s", pe.StartLine, csvSpan(pe), pe.Err))
			continue
		}
		line, _ := cr.FieldPos(0)
		if ti >= len(row) {
			out = append(out, fmt.Sprintf("%d:  !row has %d fields, no \"text\" (column %d)", line, len(row), ti+1))
			continue
		}
		rec := record{}
		text := []byte(row[ti])
		if len(row) > len(header) {
			text = csvExtraFields(&rec, row, len(header), ti)
		}
		s := fmt.Sprintf("%d: %s", line, text)
		if i, ok := col["date"]; ok && i < len(row) && strings.TrimSpace(row[i]) != "" {
			s += " [" + row[i] + "]"
		}
		for _, n := range rec.notes {
			s += " ~" + n
		}
		out = append(out, s+fmt.Sprintf(" %q", row))
	}
}

// refJSONL splits a JSONL file at its newlines, as dipstat did before
// records streamed (less a byte order mark), in streamedText's form.
func refJSONL(data []byte) []string {
	var out []string
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	for i, l := range bytes.Split(data, []byte("\n")) {
		if l = bytes.TrimSpace(l); len(l) == 0 {
			continue
		}
		r := jsonlRecord("f.jsonl", i+1, l)
		s := recordLine(r)
		out = append(out, s)
	}
	return out
}
