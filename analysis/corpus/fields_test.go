package corpus

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

// TestFields: Options.Fields keeps the named JSONL, CSV and -meta fields in
// Document.Fields, as text, and only those.
func TestFields(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"a.jsonl": []byte(`{"id":"j1","text":"Seoul and Beijing met on Monday.","Desk":"Asia","rank":3,"tags":["x"],"flag":true,"empty":""}` + "\n" +
			`{"id":"j2","text":"The ministers talked again.","desk":null}` + "\n"),
		"b.csv": []byte("id,text,desk,rank\nc1,\"Tokyo hosted the talks.\",Europe,7\nc2,The talks went on.,,\n"),
		"c.txt": []byte("A plain article about close neighbors.\n"),
	})
	meta, err := ReadMeta(strings.NewReader("file,source,desk,rank\nc.txt,Yonhap,Metro,\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		fields []string
		want   map[string]map[string]string
	}{
		{"none asked", nil, map[string]map[string]string{}},
		{"desk and rank", []string{"desk", "rank", "flag", "tags", "empty"}, map[string]map[string]string{
			"j1": {"desk": "Asia", "rank": "3", "flag": "true"},
			"c1": {"desk": "Europe", "rank": "7"},
			"c":  {"desk": "Metro"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := DefaultOptions()
			opts.Fields = tc.fields
			opts.Meta = meta
			c, err := Load(context.Background(), []string{dir + "/a.jsonl", dir + "/b.csv", dir + "/c.txt"}, opts)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]map[string]string{}
			for _, d := range c.Docs {
				if d.Fields != nil {
					got[d.ID] = d.Fields
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("fields %v, want %v", got, tc.want)
			}
		})
	}
}
