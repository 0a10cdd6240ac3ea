package corpus

import (
	"encoding/json"
	"strings"
)

// recordFields returns the fields of a JSONL or CSV record that names asks
// for (lower case), as text: a JSON string as is, a number or boolean as
// written; objects, arrays and nulls are left out. Field names match in any
// case. Nil when names is empty or none is found.
func recordFields(rec record, names []string) map[string]string {
	if len(names) == 0 {
		return nil
	}
	var out map[string]string
	set := func(k, v string) {
		if v = strings.TrimSpace(v); v == "" {
			return
		}
		if out == nil {
			out = map[string]string{}
		}
		out[k] = strings.Clone(v) // the record's bytes are not kept
	}
	switch {
	case rec.object != nil:
		var obj map[string]json.RawMessage
		if json.Unmarshal(rec.object, &obj) != nil {
			return nil
		}
		for k, raw := range obj {
			name := strings.ToLower(k)
			if !wanted(names, name) || len(raw) == 0 {
				continue
			}
			switch raw[0] {
			case '{', '[', 'n':
				continue
			}
			set(name, rawString(raw))
		}
	case rec.row != nil:
		for _, name := range names {
			if i, ok := rec.cols[name]; ok && i < len(rec.row) {
				set(name, rec.row[i])
			}
		}
	}
	return out
}

func wanted(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}
