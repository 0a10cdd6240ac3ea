package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// recordsText lists what records makes of a file, one line per record:
// "line: text [date] !err ~note".
func recordsText(in input, data string) []string {
	var out []string
	records(in, []byte(data), func(r record) bool {
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
