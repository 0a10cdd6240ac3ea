package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites golden files: go test ./cmd/dipstat -update
var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// mainArgsEnv makes the test binary run as dipstat itself, with the
// arguments in the variable separated by \x1f, so tests can run dipstat as
// a separate process (to kill it, or to run two at once).
const mainArgsEnv = "DIPSTAT_TEST_MAIN_ARGS"

func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv(mainArgsEnv); ok {
		os.Args = append([]string{"dipstat"}, strings.Split(args, "\x1f")...)
		main()
		return
	}
	os.Exit(m.Run())
}

// dipstatCommand returns a command running dipstat with args as a process.
func dipstatCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), mainArgsEnv+"="+strings.Join(args, "\x1f"))
	return cmd
}

// seeds is the sample corpus, relative to this package.
const seeds = "../../seeds"

// runCLI runs dipstat with args and returns what it printed.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), err
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/dipstat -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestMemoryLimit(t *testing.T) {
	const MiB = 1 << 20
	tests := []struct {
		name                string
		most, outside, live int64
		want                int64
	}{
		{"nothing yet: the budget", defaultMemoryLimit, 0, 0, memoryBudget},
		{"small heap: the budget", defaultMemoryLimit, 10 * MiB, 50 * MiB, memoryBudget - 10*MiB},
		{"tables outside lower it", defaultMemoryLimit, 300 * MiB, 300 * MiB, memoryBudget - 300*MiB},
		{"but not below 1.75 times the live heap", defaultMemoryLimit, 500 * MiB, 450 * MiB, 450*MiB + 450*MiB*3/4},
		{"a small live heap keeps 64 MiB to grow", defaultMemoryLimit, 950 * MiB, 20 * MiB, 84 * MiB},
		{"never above the command's cap", 768 * MiB, 0, 0, 768 * MiB},
		{"nor above it for a large heap", defaultMemoryLimit, 900 * MiB, 1200 * MiB, defaultMemoryLimit},
	}
	for _, tt := range tests {
		if got := memoryLimit(tt.most, tt.outside, tt.live); got != tt.want {
			t.Errorf("%s: memoryLimit(%d, %d, %d) = %d MiB, want %d MiB", tt.name, tt.most/MiB, tt.outside/MiB, tt.live/MiB, got/MiB, tt.want/MiB)
		}
	}
}
