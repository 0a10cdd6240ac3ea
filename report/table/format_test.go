package table

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"
)

func sample() *Table {
	t := New("x", "X",
		Column{Key: "term"},
		Column{Key: "count", Kind: Int},
		Column{Key: "value", Kind: Float, Decimals: 2},
		Column{Key: "share", Kind: Percent, Decimals: 1},
		Column{Key: "date", Kind: Date},
	)
	t.Append("win-win", 1234567, 298.9e9, 0.245, time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC))
	t.Append("a \"quoted\", term", 0, math.NaN(), nil, time.Time{})
	t.Append("tiny", int64(-5), 1.5e-9, 1.0, nil)
	return t
}

func TestWriters(t *testing.T) {
	tests := []struct {
		format, want string
	}{
		{"csv", "term,count,value,share,date\n" +
			"win-win,1234567,298900000000,0.245,2025-12-31\n" +
			"\"a \"\"quoted\"\", term\",0,,,\n" +
			"tiny,-5,1.5e-09,1,\n"},
		{"json", `{"term":"win-win","count":1234567,"value":298900000000,"share":0.245,"date":"2025-12-31"}` + "\n" +
			`{"term":"a \"quoted\", term","count":0,"value":null,"share":null,"date":""}` + "\n" +
			`{"term":"tiny","count":-5,"value":1.5e-09,"share":1,"date":""}` + "\n"},
		{"text", "term                  count               value   share  date\n" +
			"----------------  ---------  ------------------  ------  ----------\n" +
			"win-win           1,234,567  298,900,000,000.00   24.5%  2025-12-31\n" +
			"a \"quoted\", term          0\n" +
			"tiny                     -5                0.00  100.0%\n"},
	}
	for _, tt := range tests {
		w, err := Lookup(tt.format)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := w(&b, sample()); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.format, b.String(), tt.want)
		}
	}
	if _, err := Lookup("xml"); err == nil || !strings.Contains(err.Error(), "csv, json, text") {
		t.Errorf("Lookup(xml) error %v should list the formats", err)
	}
}

func TestThousands(t *testing.T) {
	for in, want := range map[string]string{"1": "1", "1234": "1,234", "-1234567.5": "-1,234,567.5", "999": "999", "100000": "100,000"} {
		if got := Thousands(in); got != want {
			t.Errorf("Thousands(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAppendChecksWidth(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Append with too few values did not panic")
		}
	}()
	New("x", "X", Column{Key: "a"}, Column{Key: "b"}).Append("only one")
}
