package corpus

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recordLine is a record in one line: "line: text [date] !err ~note".
func recordLine(r record) string {
	s := fmt.Sprintf("%d: %s", r.line, r.text)
	if r.hasDate {
		s += " [" + r.date + "]"
	}
	if r.err != "" {
		s += " !" + r.err
	}
	for _, n := range r.notes {
		s += " ~" + n
	}
	return s
}

// recordsText lists what records makes of a file, one line per record:
// "line: text [date] !err ~note".
func recordsText(in input, data string) []string {
	var out []string
	records(in, []byte(data), DefaultMaxSize, nil, func(r record) bool {
		s := recordLine(r)
		out = append(out, s)
		return true
	})
	return out
}

func TestCSVRecords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "well formed",
			in:   "id,date,text\nq1,2025-01-01,\"Quoted, with a comma\"\nq2,,Plain text\n",
			want: []string{"2: Quoted, with a comma [2025-01-01]", "3: Plain text"},
		},
		{
			name: "unquoted commas in the last column are kept as text",
			in:   "id,date,text\nq4,2025-01-04,extra,fields,here about summit\nq5,2025-01-05,fine\n",
			want: []string{
				"2: extra,fields,here about summit [2025-01-04] ~row has 5 fields, the header 3 (an unquoted comma in the text?): fields 3-5 kept as the text, joined by commas",
				"3: fine [2025-01-05]",
			},
		},
		{
			name: "extra fields after a text column in the middle",
			in:   "id,text,date\nq6,Talks went on,2025-01-06,late\n",
			want: []string{"2: Talks went on [2025-01-06] ~row has 4 fields, the header 3 (an unquoted comma in the text?): field 4 ignored"},
		},
		{
			name: "an unbalanced quote names the lines it swallowed",
			in:   "id,date,text\nu1,2025-01-01,\"Unbalanced quote here\nu2,2025-01-02,Second row\nu3,2025-01-03,Third row\n",
			want: []string{"2:  !malformed CSV (lines 2-4 read as one field): extraneous or missing \" in quoted-field"},
		},
		{
			name: "a bare quote on one line",
			in:   "id,date,text\nb1,2025-01-01,a \"bare\" quote\nb2,2025-01-02,ok\n",
			want: []string{"2:  !malformed CSV: bare \" in non-quoted-field", "3: ok [2025-01-02]"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(recordsText(input{path: "a.csv", format: formatCSV}, tt.in), "\n")
			if want := strings.Join(tt.want, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestReadGzip: a gzip file is read member by member; what follows a
// complete member and is not another one is ignored with a note, as gzip -d
// does, and the size limit applies to the decompressed data. The hash is of
// the whole file on disk.
func TestReadGzip(t *testing.T) {
	a, b := "China and South Korea agreed to expand trade. ", "Leaders discussed regional peace."
	tests := []struct {
		name  string
		file  []byte
		max   int64
		text  string
		notes string
		err   string
	}{
		{name: "one member", file: gz(t, a), max: 1000, text: a},
		{name: "two members", file: append(gz(t, a), gz(t, b)...), max: 1000, text: a + b},
		{name: "trailing junk", file: append(gz(t, a), "\x00junk!\n\x00"...), max: 1000, text: a,
			notes: "trailing garbage after the gzip data ignored (8 bytes)"},
		{name: "junk that starts like gzip", file: append(gz(t, a+b), "\x1f\x8b\x08zz"...), max: 1000, text: a + b,
			notes: "trailing garbage after the gzip data ignored (5 bytes)"},
		{name: "junk after two members", file: append(append(gz(t, a), gz(t, b)...), "tail"...), max: 1000, text: a + b,
			notes: "trailing garbage after the gzip data ignored (4 bytes)"},
		{name: "over the limit once decompressed", file: gz(t, strings.Repeat("word ", 400)), max: 1000,
			err: "too large: over the limit of 1000 bytes after decompression (see -max-size)"},
		{name: "over the limit across members", file: append(gz(t, strings.Repeat("a", 600)), gz(t, strings.Repeat("b", 600))...), max: 1000,
			err: "too large: over the limit of 1000 bytes after decompression (see -max-size)"},
		{name: "not gzip", file: []byte("plain text, not gzip"), max: 1000, err: "not valid gzip: gzip: invalid header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "a.txt.gz")
			if err := os.WriteFile(p, tt.file, 0o644); err != nil {
				t.Fatal(err)
			}
			var info Input
			data, notes, err := readInput(input{path: p, gzip: true}, tt.max, true, &info)
			if got := fmt.Sprint(err); tt.err != "" && got != tt.err || tt.err == "" && err != nil {
				t.Fatalf("err %v, want %q", err, tt.err)
			}
			if err != nil {
				return
			}
			if string(data) != tt.text {
				t.Errorf("text %q, want %q", data, tt.text)
			}
			if n := strings.Join(notes, "; "); n != tt.notes {
				t.Errorf("notes %q, want %q", n, tt.notes)
			}
			if !info.Hashed || info.SHA256 != sha256.Sum256(tt.file) || info.Size != int64(len(tt.file)) {
				t.Errorf("hash %x (hashed %v), size %d; want the whole file's", info.SHA256, info.Hashed, info.Size)
			}
		})
	}
}

func TestJSONLRecords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "well formed", in: `{"text":"Talks.","date":"2025-01-01","id":7}`, want: "1: Talks. [2025-01-01]"},
		{name: "text a number", in: `{"text":5}`, want: `1:  !"text" is a number, want a string`},
		{name: "text an object", in: `{"text":{"en":"Talks."}}`, want: `1:  !"text" is an object, want a string`},
		{name: "text an array", in: `{"text":["Talks."]}`, want: `1:  !"text" is an array, want a string`},
		{name: "text true", in: `{"text":true}`, want: `1:  !"text" is a boolean, want a string`},
		{name: "text null", in: `{"text":null}`, want: `1:  !"text" is null`},
		{name: "no text", in: `{"title":"x"}`, want: `1:  !no "text" field`},
		{name: "title a number keeps the record", in: `{"text":"Talks.","title":12}`, want: `1: Talks. ~"title" is a number, want a string; ignored`},
		{name: "not an object", in: `["Talks."]`, want: `1:  !the line is an array, want a JSON object`},
		{name: "syntax error", in: `{"text": broken`, want: "1:  !malformed JSON: invalid character 'b' looking for beginning of value (at byte 10)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(recordsText(input{path: "a.jsonl", format: formatJSONL}, tt.in+"\n"), "\n")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
