// Package chromium drives a headless Chromium for tests of dipstat's
// browser outputs (report.html, SVG charts): it loads a page, clicks and
// types as a user would, evaluates JavaScript, takes screenshots, and
// records what went wrong on the page (console errors, uncaught
// exceptions, failed loads) and every network request.
//
// It speaks the Chrome DevTools Protocol over --remote-debugging-pipe:
// JSON messages ending in a NUL byte on file descriptors 3 (to the
// browser) and 4 (from it), so it needs no WebSocket library and opens no
// port. Chromium runs as Debian's `chromium` does in CI: --headless
// --no-sandbox --disable-gpu --disable-background-networking.
package chromium

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"
)

// ErrNotFound is returned by Start when no Chromium is installed.
var ErrNotFound = errors.New("chromium: no chromium or chromium-browser on PATH")

// Path finds the Chromium executable.
func Path() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// Browser is a running headless Chromium.
type Browser struct {
	cmd    *exec.Cmd
	dir    string // its profile
	toB    *os.File
	mu     sync.Mutex
	nextID int
	wait   map[int]chan message
	subs   map[string][]func(message) // by session
	done   chan struct{}
	err    error // why the connection ended
	stderr lockedBuffer
}

// lockedBuffer is the browser's standard error: written by exec's copying
// goroutine, read by read when the connection ends.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// text is what was written so far, trimmed.
func (l *lockedBuffer) text() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return string(bytes.TrimSpace(l.buf.Bytes()))
}

type message struct {
	ID     int             `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
	Session string `json:"sessionId,omitempty"`
}

// Start runs a headless Chromium of width by height CSS pixels.
func Start(width, height int) (*Browser, error) {
	path, err := Path()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "dipstat-chromium-")
	if err != nil {
		return nil, err
	}
	toR, toW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	fromR, fromW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--remote-debugging-pipe", "--user-data-dir="+dir, "--no-first-run", "--no-default-browser-check",
		"--disable-extensions", "--disable-sync", "--disable-component-update", "--hide-scrollbars", "--mute-audio",
		fmt.Sprintf("--window-size=%d,%d", width, height), "about:blank")
	cmd.ExtraFiles = []*os.File{toR, fromW} // fds 3 and 4
	b := &Browser{cmd: cmd, dir: dir, toB: toW, wait: map[int]chan message{}, subs: map[string][]func(message){}, done: make(chan struct{})}
	cmd.Stderr = &b.stderr
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("chromium: %w", err)
	}
	toR.Close()
	fromW.Close()
	go b.read(fromR)
	return b, nil
}

// read dispatches the browser's messages until the pipe closes.
func (b *Browser) read(r *os.File) {
	defer close(b.done)
	br := bufio.NewReader(r)
	for {
		raw, err := br.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			b.err = fmt.Errorf("chromium: connection closed: %v (%s)", err, b.stderr.text())
			b.mu.Unlock()
			return
		}
		var m message
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch := b.wait[m.ID]; ch != nil {
				delete(b.wait, m.ID)
				ch <- m
			}
		} else if m.Method != "" {
			for _, f := range b.subs[m.Session] {
				f(m)
			}
		}
		b.mu.Unlock()
	}
}

// call sends a command (to a page when session is set) and waits for its
// result.
func (b *Browser) call(ctx context.Context, session, method string, params, result any) error {
	if params == nil {
		params = struct{}{}
	}
	p, err := json.Marshal(params)
	if err != nil {
		return err
	}
	b.mu.Lock()
	if b.err != nil {
		b.mu.Unlock()
		return b.err
	}
	b.nextID++
	id := b.nextID
	ch := make(chan message, 1)
	b.wait[id] = ch
	b.mu.Unlock()
	msg, _ := json.Marshal(message{ID: id, Method: method, Params: p, Session: session})
	if _, err := b.toB.Write(append(msg, 0)); err != nil {
		// a browser that has exited breaks the pipe: say why it ended,
		// with what it wrote to its standard error, when that is known
		select {
		case <-b.done:
			return b.err
		case <-time.After(5 * time.Second):
		}
		return fmt.Errorf("chromium %s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("chromium %s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-b.done:
		return b.err
	case <-ctx.Done():
		return fmt.Errorf("chromium %s: %w", method, ctx.Err())
	}
}

// ready opens a tab and closes it: a browser that dies as it starts (as
// Chromium now and then does on a loaded machine, its connection closed
// before the first tab) fails here.
func (b *Browser) ready(ctx context.Context) error {
	var t struct{ TargetID string }
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &t); err != nil {
		return err
	}
	return b.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": t.TargetID}, nil)
}

// Close ends the browser and removes its profile.
func (b *Browser) Close() error {
	b.call(context.Background(), "", "Browser.close", nil, nil)
	b.toB.Close()
	select {
	case <-b.done:
	case <-time.After(10 * time.Second):
		b.cmd.Process.Kill()
	}
	b.cmd.Wait()
	return os.RemoveAll(b.dir)
}
