package outdir

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// deadPID returns the pid of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	pid := cmd.Process.Pid
	if alive(pid, time.Time{}) != dead {
		t.Skipf("pid %d was reused at once", pid)
	}
	return pid
}

func writeLock(t *testing.T, root string, h holder) {
	t.Helper()
	b, _ := json.Marshal(h)
	if err := os.WriteFile(filepath.Join(root, LockName), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLockExclusiveAndRelease(t *testing.T) {
	root := filepath.Join(t.TempDir(), "out")
	release, warn, err := Lock(root, 0)
	if err != nil || warn != "" {
		t.Fatalf("Lock: %v %q", err, warn)
	}
	h, _, err := readHolder(filepath.Join(root, LockName))
	if err != nil || h.PID != os.Getpid() || h.Host == "" || h.Started.IsZero() {
		t.Fatalf("lock content %+v, %v", h, err)
	}
	_, _, err = Lock(root, 50*time.Millisecond)
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "pid "+strconv.Itoa(os.Getpid())) {
		t.Fatalf("second Lock: %v; want ErrLocked naming our pid", err)
	}
	if err := release(); err != nil {
		t.Fatal(err)
	}
	if err := release(); err != nil {
		t.Fatalf("second release: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, LockName)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("lock file left after release: %v", err)
	}
	release, _, err = Lock(root, 0)
	if err != nil {
		t.Fatalf("Lock after release: %v", err)
	}
	release()
}

func TestLockWaitsForRelease(t *testing.T) {
	root := t.TempDir()
	release, _, err := Lock(root, 0)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		release func() error
		err     error
		waited  time.Duration
	}
	patient, impatient := make(chan result), make(chan result)
	for _, c := range []struct {
		wait time.Duration
		ch   chan result
	}{{5 * time.Second, patient}, {50 * time.Millisecond, impatient}} {
		go func() {
			start := time.Now()
			r, _, err := Lock(root, c.wait)
			c.ch <- result{r, err, time.Since(start)}
		}()
	}
	imp := <-impatient
	if !errors.Is(imp.err, ErrLocked) {
		t.Fatalf("impatient locker: %v, want ErrLocked", imp.err)
	}
	time.Sleep(200 * time.Millisecond)
	if err := release(); err != nil {
		t.Fatal(err)
	}
	pat := <-patient
	if pat.err != nil {
		t.Fatalf("patient locker: %v", pat.err)
	}
	if pat.waited < 200*time.Millisecond {
		t.Fatalf("patient locker got the lock after %v, before it was released", pat.waited)
	}
	if err := pat.release(); err != nil {
		t.Fatal(err)
	}
}

func TestLockStale(t *testing.T) {
	host, _ := os.Hostname()
	pid := deadPID(t)
	old := time.Now().Add(-time.Hour)
	tests := []struct {
		name     string
		lock     func(root string)
		wantWarn string // "" means the lock must not be taken
	}{
		{"dead pid", func(root string) { writeLock(t, root, holder{PID: pid, Host: host, Started: old}) },
			fmt.Sprintf("pid %d on %s", pid, host)},
		{"pid reused by a later process", func(root string) {
			writeLock(t, root, holder{PID: os.Getppid(), Host: host, Started: time.Now().Add(-24 * 365 * time.Hour)})
		}, "later process"},
		{"old unreadable file", func(root string) {
			p := filepath.Join(root, LockName)
			os.WriteFile(p, nil, 0o644)
			os.Chtimes(p, old, old)
		}, "unreadable"},
		{"fresh unreadable file", func(root string) { os.WriteFile(filepath.Join(root, LockName), nil, 0o644) }, ""},
		{"live pid", func(root string) { writeLock(t, root, holder{PID: os.Getppid(), Host: host, Started: time.Now()}) }, ""},
		{"other host", func(root string) { writeLock(t, root, holder{PID: pid, Host: host + "-elsewhere", Started: old}) }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			tc.lock(root)
			release, warn, err := Lock(root, 0)
			if tc.wantWarn == "" {
				if !errors.Is(err, ErrLocked) {
					t.Fatalf("Lock = %v, want ErrLocked", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Lock: %v", err)
			}
			if !strings.Contains(warn, "stale") || !strings.Contains(warn, tc.wantWarn) {
				t.Errorf("warning %q, want it to mention %q", warn, tc.wantWarn)
			}
			if err := release(); err != nil {
				t.Fatal(err)
			}
			if ents, _ := os.ReadDir(root); len(ents) != 0 {
				t.Errorf("left behind: %v", ents)
			}
		})
	}
}

func TestReleaseAfterTakeover(t *testing.T) {
	root := t.TempDir()
	release, _, err := Lock(root, 0)
	if err != nil {
		t.Fatal(err)
	}
	writeLock(t, root, holder{PID: 1, Host: "x", Started: time.Now()})
	if err := release(); err == nil || !strings.Contains(err.Error(), "taken over") {
		t.Fatalf("release = %v, want taken over", err)
	}
	if _, err := os.Stat(filepath.Join(root, LockName)); err != nil {
		t.Fatalf("release removed someone else's lock: %v", err)
	}
}

const helperEnv = "OUTDIR_LOCK_HELPER_ROOT"

// TestLockHelperProcess is not a test: re-executed with helperEnv set, it
// takes the lock, says so and sleeps until killed.
func TestLockHelperProcess(t *testing.T) {
	root := os.Getenv(helperEnv)
	if root == "" {
		return
	}
	if _, _, err := Lock(root, 0); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("locked")
	time.Sleep(time.Minute)
	os.Exit(0)
}

func TestLockTakenOverAfterSIGKILL(t *testing.T) {
	root := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+root)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "locked" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper said %q", line)
	}
	if _, _, err := Lock(root, 0); !errors.Is(err, ErrLocked) {
		t.Fatalf("Lock while the helper runs = %v, want ErrLocked", err)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no chance to release
		t.Fatal(err)
	}
	cmd.Wait()
	release, warn, err := Lock(root, 0)
	if err != nil {
		t.Fatalf("Lock after SIGKILL: %v", err)
	}
	defer release()
	if want := fmt.Sprintf("pid %d", cmd.Process.Pid); !strings.Contains(warn, want) {
		t.Errorf("warning %q does not name the dead holder (%s)", warn, want)
	}
}

func TestProcStart(t *testing.T) {
	st, ok := procStart(os.Getpid())
	if !ok {
		t.Skip("no /proc")
	}
	if st.After(time.Now()) || time.Since(st) > time.Hour {
		t.Errorf("procStart(self) = %v, now %v", st, time.Now())
	}
}

// TestLockLeftovers: the lock is written whole before it appears (no
// temporary file stays behind), and temporary files of runs killed before
// linking are removed: at once when their process is gone, else once they
// are over a minute old; never the fresh one of a live run.
func TestLockLeftovers(t *testing.T) {
	root := t.TempDir()
	old := filepath.Join(root, LockName+".new-killed")
	fresh := filepath.Join(root, fmt.Sprintf("%s.new-%d-starting", LockName, os.Getpid()))
	killed := filepath.Join(root, fmt.Sprintf("%s.new-%d-123", LockName, deadPID(t)))
	for _, f := range []string{old, fresh, killed} {
		os.WriteFile(f, []byte(`{"pid":1}`), 0o644)
	}
	past := time.Now().Add(-2 * time.Minute)
	os.Chtimes(old, past, past)
	release, _, err := Lock(root, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	if h, _, err := readHolder(filepath.Join(root, LockName)); err != nil || h.PID != os.Getpid() {
		t.Errorf("lock holds %+v, %v; want this process", h, err)
	}
	left, _ := filepath.Glob(filepath.Join(root, LockName+".new-*"))
	if len(left) != 1 || left[0] != fresh {
		t.Errorf("left over: %v, want only %s", left, fresh)
	}
}
