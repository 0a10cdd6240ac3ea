package corpus

import (
	"context"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16, little- or big-endian, with or without a
// byte order mark.
func utf16Bytes(s string, big, bom bool) []byte {
	var b []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	for _, u := range units {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestTextOf(t *testing.T) {
	story := "China and South Korea agreed to expand trade and people-to-people exchanges. "
	tests := []struct {
		name  string
		in    []byte
		text  string // "" when why is set
		notes string
		why   string
	}{
		{name: "plain text", in: []byte(story), text: story},
		{name: "stray NULs", in: []byte("China\x00 and South\x00 Korea\x00 agreed to expand trade and people-to-people exchanges. " + story),
			text: story + story, notes: "3 NUL bytes removed"},
		{name: "one NUL in a short text", in: []byte("Talks\x00 went on."), text: "Talks went on.", notes: "1 NUL byte removed"},
		{name: "many NULs", in: []byte(strings.Repeat("ab\x00c", 100)), why: "binary data, not text"},
		{name: "ELF", in: append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, []byte(story)...), why: "binary data, not text"},
		{name: "PNG", in: append([]byte("\x89PNG\r\n\x1a\n"), []byte(story)...), why: "binary data, not text"},
		{name: "zip", in: append([]byte("PK\x03\x04\x14\x00"), []byte(story)...), why: "binary data, not text"},
		{name: "control bytes", in: []byte(strings.Repeat("a\x01\x02\x03", 50)), why: "binary data, not text"},
		{name: "UTF-16LE with BOM", in: utf16Bytes("Café talks in Seoul.", false, true), text: "Café talks in Seoul.", notes: "decoded from UTF-16LE"},
		{name: "UTF-16BE with BOM", in: utf16Bytes("Café talks in Seoul.", true, true), text: "Café talks in Seoul.", notes: "decoded from UTF-16BE"},
		{name: "UTF-16LE without BOM", in: utf16Bytes(story, false, false), text: story, notes: "decoded from UTF-16LE"},
		{name: "UTF-16BE without BOM", in: utf16Bytes(story, true, false), text: story, notes: "decoded from UTF-16BE"},
		{name: "UTF-16 with a BOM but not UTF-16", in: append([]byte{0xff, 0xfe}, []byte(strings.Repeat("\x00\xd8\x00\xd8", 20))...),
			why: "UTF-16 encoded but undecodable; convert to UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, notes, why := textOf(tt.in)
			if why != tt.why {
				t.Fatalf("why %q, want %q", why, tt.why)
			}
			if why == "" && string(text) != tt.text {
				t.Errorf("text %q, want %q", text, tt.text)
			}
			if n := strings.Join(notes, "; "); n != tt.notes {
				t.Errorf("notes %q, want %q", n, tt.notes)
			}
		})
	}
}

// TestLoadEncodings: stray NULs and UTF-16 inputs, whole files or records,
// are read with a note instead of being dropped as binary.
func TestLoadEncodings(t *testing.T) {
	dir := t.TempDir()
	story := " date 2025-03-04 China and South Korea agreed to expand trade and people-to-people exchanges."
	writeFiles(t, dir, map[string][]byte{
		"nuls.txt":    []byte(strings.Replace(story, " and ", " and\x00\x00 ", 1) + "\x00"),
		"wide.txt":    utf16Bytes(" date 2025-03-05 Leaders discussed the Korean Peninsula and regional peace.", false, true),
		"nul.jsonl":   []byte(`{"text":"Xi and Lee met in Gyeongju\u0000 to discuss trade.","date":"2025-11-01"}` + "\n"),
		"wide.csv":    utf16Bytes("id,date,text\nw1,2025-05-05,Seoul and Beijing signed cooperation documents.\n", false, true),
		"binary.txt":  append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, []byte(story)...),
		"binary.csv":  append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), []byte(story)...),
		"garbled.txt": append([]byte{0xfe, 0xff}, []byte(strings.Repeat("\xdc\x00", 30))...),
	})
	c, err := Load(context.Background(), []string{dir}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	status := statuses(c.Entries)
	want := map[string]string{
		"nuls.txt": "ok", "wide.txt": "ok", "nul.jsonl:1": "ok", "wide.csv:2": "ok",
		"binary.txt":  "skipped: binary data, not text",
		"binary.csv":  "skipped: binary data, not text",
		"garbled.txt": "skipped: UTF-16 encoded but undecodable; convert to UTF-8",
	}
	for k, v := range want {
		if status[k] != v {
			t.Errorf("%s: status %q, want %q", k, status[k], v)
		}
	}
	checkWarnings(t, c.Warnings,
		"nuls.txt: 3 NUL bytes removed",
		"wide.txt: decoded from UTF-16LE",
		"nul.jsonl:1: 1 NUL byte removed",
		"wide.csv: decoded from UTF-16LE",
	)
	for _, d := range c.Docs {
		if strings.ContainsRune(d.Raw, 0) {
			t.Errorf("%s: NUL left in Raw", d.ID)
		}
		if d.ID == "wide" && d.DateString() != "2025-03-05" {
			t.Errorf("wide.txt: date %q, want the header's 2025-03-05", d.DateString())
		}
		if d.ID == "w1" && d.DateString() != "2025-05-05" {
			t.Errorf("wide.csv: date %q", d.DateString())
		}
	}
}
