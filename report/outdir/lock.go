package outdir

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// LockName is the lock file Lock creates in the output folder.
const LockName = ".dipstat.lock"

// ErrLocked is returned (wrapped, naming the holder) when another run holds
// the lock for longer than Lock may wait.
var ErrLocked = errors.New("outdir: output folder is locked")

// pollEvery is how often a waiting Lock looks at the lock file again.
const pollEvery = 100 * time.Millisecond

// unwrittenGrace is how long an empty or unreadable lock file is taken to be
// in the middle of being written before it is considered stale.
const unwrittenGrace = 30 * time.Second

// holder is the content of the lock file.
type holder struct {
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Started time.Time `json:"started"`
}

func (h holder) String() string {
	return fmt.Sprintf("pid %d on %s since %s", h.PID, h.Host, h.Started.Format(time.RFC3339))
}

// Lock takes the lock of the output folder root (creating root if needed) so
// that two runs never write reports there at once. The lock is the file
// root/.dipstat.lock, created with O_EXCL and holding the pid, host and start
// time of its holder as JSON.
//
// A lock left by a process that is no longer running on this host is stale:
// Lock takes it over and returns a warning saying so. A lock held by a live
// process (or one on another host, whose state cannot be known) is waited for
// up to wait; after that Lock fails with an error wrapping ErrLocked that names
// the holder. release removes the lock file; it is safe to call more than once.
func Lock(root string, wait time.Duration) (release func() error, warning string, err error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, "", fmt.Errorf("outdir: %w", err)
	}
	path := filepath.Join(root, LockName)
	host, _ := os.Hostname()
	me := holder{PID: os.Getpid(), Host: host, Started: time.Now().UTC().Truncate(time.Millisecond)}
	content, _ := json.Marshal(me)
	content = append(content, '\n')
	deadline := time.Now().Add(wait)
	var warnings []string
	for {
		ok, err := create(path, content)
		if err != nil {
			return nil, "", err
		}
		if ok {
			removeLeftovers(path)
			return releaser(path, content), strings.Join(warnings, "; "), nil
		}
		old, raw, err := readHolder(path)
		if errors.Is(err, os.ErrNotExist) {
			continue // released between our create and read
		}
		if err != nil {
			return nil, "", err
		}
		if why := stale(old, raw, host, path); why != "" {
			took, err := takeOver(path, raw)
			if err != nil {
				return nil, "", err
			}
			if took {
				warnings = append(warnings, fmt.Sprintf("took over a stale lock in %s (%s)", root, why))
			}
			continue
		}
		if !time.Now().Before(deadline) {
			who := old.String()
			if old.PID <= 0 {
				who = fmt.Sprintf("an unknown run (the lock file holds %q; it is taken to be stale %s after it was written)",
					strings.TrimSpace(string(raw)), unwrittenGrace)
			}
			return nil, "", fmt.Errorf("%w: %s is held by %s (lock file %s); another dipstat run is writing there, "+
				"or remove the lock file if that process is gone", ErrLocked, root, who, path)
		}
		time.Sleep(min(pollEvery, time.Until(deadline)+time.Millisecond))
	}
}

// create makes the lock file holding content; ok is false if it already
// exists. The content goes to a temporary file first, which is then
// hard-linked to path (link fails if path exists): a run killed at any
// moment leaves no lock or a whole one, never an empty file that looks like
// a run still starting. Where the file system has no hard links it falls
// back to O_EXCL, then writing.
func create(path string, content []byte) (ok bool, err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), fmt.Sprintf("%s.new-%d-*", filepath.Base(path), os.Getpid()))
	if err != nil {
		return false, fmt.Errorf("outdir: creating lock: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.Write(content)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return false, fmt.Errorf("outdir: writing lock: %w", werr)
	}
	lerr := os.Link(tmp.Name(), path)
	switch {
	case lerr == nil:
		return true, nil
	case errors.Is(lerr, os.ErrExist):
		return false, nil
	}
	return createExcl(path, content)
}

// createExcl is create without hard links.
func createExcl(path string, content []byte) (ok bool, err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("outdir: creating lock: %w", err)
	}
	_, werr := f.Write(content)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(path)
		return false, fmt.Errorf("outdir: writing lock: %w", werr)
	}
	return true, nil
}

// removeLeftovers removes the temporary files of create that runs killed
// before they could remove them: those whose process (named in the file
// name) is no longer running, and any over a minute old (a pid can be
// reused); never one that a live run is about to link.
func removeLeftovers(path string) {
	old, _ := filepath.Glob(path + ".new-*")
	for _, f := range old {
		fi, err := os.Stat(f)
		if err != nil {
			continue
		}
		pid, _, _ := strings.Cut(strings.TrimPrefix(filepath.Base(f), filepath.Base(path)+".new-"), "-")
		n, err := strconv.Atoi(pid)
		if err == nil && n > 0 && alive(n, time.Time{}) == dead || time.Since(fi.ModTime()) > time.Minute {
			os.Remove(f)
		}
	}
}

// readHolder reads the lock file; a file that does not parse gives a zero
// holder and its raw bytes.
func readHolder(path string) (holder, []byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return holder{}, nil, err
	}
	var h holder
	if json.Unmarshal(raw, &h) != nil {
		h = holder{}
	}
	return h, raw, nil
}

// stale says why the lock described by h is stale, or "" if it may be live.
func stale(h holder, raw []byte, host, path string) string {
	if h.PID <= 0 {
		fi, err := os.Stat(path)
		if err == nil && time.Since(fi.ModTime()) > unwrittenGrace {
			return fmt.Sprintf("unreadable lock file %q", strings.TrimSpace(string(raw)))
		}
		return ""
	}
	if h.Host != host {
		return "" // another machine sharing the folder: cannot check, so wait
	}
	switch alive(h.PID, h.Started) {
	case dead:
		return fmt.Sprintf("%s is no longer running", h)
	case reused:
		return fmt.Sprintf("%s is no longer running (its pid now belongs to a later process)", h)
	}
	return ""
}

type liveness int

const (
	running liveness = iota
	dead
	reused
)

// alive tells whether pid is a running process that may be the one which
// took the lock at started.
func alive(pid int, started time.Time) liveness {
	p, err := os.FindProcess(pid)
	if err != nil {
		return dead // Windows: no such process
	}
	err = p.Signal(syscall.Signal(0))
	p.Release()
	if errors.Is(err, os.ErrProcessDone) || errors.Is(err, syscall.ESRCH) {
		return dead
	}
	if st, ok := procStart(pid); ok && !started.IsZero() && st.After(started.Add(2*time.Second)) {
		return reused
	}
	return running
}

// procStart is the start time of pid from /proc (Linux only; ok is false elsewhere).
func procStart(pid int) (time.Time, bool) {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return time.Time{}, false
	}
	// The command name (field 2) is in parentheses and may contain spaces.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return time.Time{}, false
	}
	f := strings.Fields(string(stat[i+1:]))
	if len(f) < 20 { // fields 3.. ; starttime is field 22
		return time.Time{}, false
	}
	ticks, err := strconv.ParseInt(f[19], 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	all, err := os.ReadFile("/proc/stat")
	if err != nil {
		return time.Time{}, false
	}
	for _, line := range strings.Split(string(all), "\n") {
		if v, ok := strings.CutPrefix(line, "btime "); ok {
			boot, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err != nil {
				return time.Time{}, false
			}
			const clkTck = 100 // USER_HZ, 100 on every Linux architecture Go supports
			return time.Unix(boot, 0).Add(time.Duration(ticks) * time.Second / clkTck), true
		}
	}
	return time.Time{}, false
}

// takeOver removes a stale lock whose content was raw. It moves the file
// aside first (atomic), and if what it moved is not the stale lock (another
// process took over and locked in between) it puts it back. took is false if
// the lock changed under us; the caller simply tries again.
func takeOver(path string, raw []byte) (took bool, err error) {
	aside := fmt.Sprintf("%s.stale-%d-%d", path, os.Getpid(), time.Now().UnixNano())
	if err := os.Rename(path, aside); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return false, nil
		}
		return false, fmt.Errorf("outdir: taking over stale lock: %w", err)
	}
	got, err := os.ReadFile(aside)
	if err == nil && !bytes.Equal(got, raw) {
		// A live lock: restore it unless yet another run has locked meanwhile.
		if lerr := os.Link(aside, path); lerr != nil && !errors.Is(lerr, os.ErrExist) {
			return false, fmt.Errorf("outdir: restoring lock: %w", lerr)
		}
		os.Remove(aside)
		return false, nil
	}
	os.Remove(aside)
	return true, nil
}

// releaser removes the lock file if it is still ours.
func releaser(path string, content []byte) func() error {
	var once sync.Once
	var err error
	return func() error {
		once.Do(func() {
			got, rerr := os.ReadFile(path)
			switch {
			case errors.Is(rerr, os.ErrNotExist):
				err = fmt.Errorf("outdir: lock %s vanished before release", path)
			case rerr != nil:
				err = fmt.Errorf("outdir: releasing lock: %w", rerr)
			case !bytes.Equal(got, content):
				err = fmt.Errorf("outdir: lock %s was taken over by another run before release", path)
			default:
				if rerr := os.Remove(path); rerr != nil {
					err = fmt.Errorf("outdir: releasing lock: %w", rerr)
				}
			}
		})
		return err
	}
}
