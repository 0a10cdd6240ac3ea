package chromium

import (
	"context"
	"image"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestPage loads a page that logs an error and reacts to a click and to
// typing, and checks what the client sees of it.
func TestPage(t *testing.T) {
	b := ForTest(t, 800, 600)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	path := filepath.Join(t.TempDir(), "p.html")
	os.WriteFile(path, []byte(`<!doctype html><html><body style="background:#fff">
<button id="b" style="width:200px;height:40px" onclick="this.textContent='clicked'">press</button>
<input id="i" oninput="document.getElementById('o').textContent=this.value">
<p id="o"></p><div style="width:300px;height:100px;background:#0072b2"></div>
<script>console.error("boom"); undefinedFunction();</script></body></html>`), 0o644)
	p, err := b.NewPage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(ctx, FileURL(path)); err != nil {
		t.Fatal(err)
	}
	probs := strings.Join(p.Problems(), "\n")
	if !strings.Contains(probs, "console.error: boom") || !strings.Contains(probs, "undefinedFunction") {
		t.Errorf("problems = %q, want the console error and the exception", probs)
	}
	if err := p.Click(ctx, "#b"); err != nil {
		t.Fatal(err)
	}
	if err := p.Type(ctx, "#i", "typed"); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := p.Eval(ctx, `[document.getElementById("b").textContent, document.getElementById("o").textContent]`, &got); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, " ") != "clicked typed" {
		t.Errorf("after the click and typing: %q", got)
	}
	img, err := p.Screenshot(ctx, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	if blue := count(img, func(r, g, b uint32) bool { return r < 0x1000 && b > 0xA000 }); blue < 300*100/2 {
		t.Errorf("screenshot has %d blue pixels, want the 300x100 box", blue)
	}
	if reqs := p.Requests(); len(reqs) != 1 || reqs[0] != FileURL(path) {
		t.Errorf("requests %q, want the page only", reqs)
	}
}

func count(img image.Image, f func(r, g, b uint32) bool) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if f(r, g, b) {
				n++
			}
		}
	}
	return n
}

// TestReadyWhenTheBrowserDies: a browser that exits as it starts fails
// ready with the closed connection, whether the request was written before
// it exited or the pipe was already broken; the error holds its standard
// error, read while exec may still be copying it (run with -race).
func TestReadyWhenTheBrowserDies(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("a shell script stands for chromium")
	}
	dir := t.TempDir()
	script := "#!/bin/sh\necho 'fake chromium: cannot start' >&2\nexit 1\n"
	if err := os.WriteFile(filepath.Join(dir, "chromium"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	b, err := Start(800, 600)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// The error says the connection closed, with what the browser wrote
	// to its standard error as far as exec had copied it by then.
	err = b.ready(ctx)
	if err == nil || !strings.Contains(err.Error(), "connection closed") {
		t.Errorf("ready: %v; want the closed connection", err)
	}
}
