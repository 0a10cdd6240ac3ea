package chromium

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"strings"
	"sync"
	"time"
)

// Page is a browser tab.
type Page struct {
	b       *Browser
	session string

	mu       sync.Mutex
	problems []string // console errors, exceptions, failed loads
	requests []string // URLs requested
	loaded   chan struct{}
}

// NewPage opens a tab and starts recording its problems and requests.
func (b *Browser) NewPage(ctx context.Context) (*Page, error) {
	var t struct{ TargetID string }
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &t); err != nil {
		return nil, err
	}
	var a struct{ SessionID string }
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": t.TargetID, "flatten": true}, &a); err != nil {
		return nil, err
	}
	p := &Page{b: b, session: a.SessionID}
	b.mu.Lock()
	b.subs[p.session] = append(b.subs[p.session], p.event)
	b.mu.Unlock()
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable", "Network.enable"} {
		if err := b.call(ctx, p.session, m, nil, nil); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// event records what the page reports (called with the browser's lock).
func (p *Page) event(m message) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch m.Method {
	case "Page.loadEventFired":
		if p.loaded != nil {
			close(p.loaded)
			p.loaded = nil
		}
	case "Runtime.consoleAPICalled":
		var e struct {
			Type string
			Args []struct {
				Value       any
				Description string
			}
		}
		json.Unmarshal(m.Params, &e)
		if e.Type == "error" || e.Type == "assert" || e.Type == "warning" {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, fmt.Sprint(a.Value)+a.Description)
			}
			p.problems = append(p.problems, "console."+e.Type+": "+strings.Join(parts, " "))
		}
	case "Runtime.exceptionThrown":
		var e struct {
			ExceptionDetails struct {
				Text      string
				Exception struct{ Description string }
			}
		}
		json.Unmarshal(m.Params, &e)
		p.problems = append(p.problems, "exception: "+e.ExceptionDetails.Text+" "+e.ExceptionDetails.Exception.Description)
	case "Log.entryAdded":
		var e struct {
			Entry struct{ Level, Source, Text, URL string }
		}
		json.Unmarshal(m.Params, &e)
		if e.Entry.Level == "error" || e.Entry.Level == "warning" {
			p.problems = append(p.problems, fmt.Sprintf("log %s (%s): %s %s", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	case "Network.requestWillBeSent":
		var e struct{ Request struct{ URL string } }
		json.Unmarshal(m.Params, &e)
		p.requests = append(p.requests, e.Request.URL)
	case "Network.loadingFailed":
		var e struct{ ErrorText string }
		json.Unmarshal(m.Params, &e)
		p.problems = append(p.problems, "load failed: "+e.ErrorText)
	}
}

// Navigate loads url and waits for its load event.
func (p *Page) Navigate(ctx context.Context, url string) error {
	loaded := make(chan struct{})
	p.mu.Lock()
	p.loaded = loaded
	p.mu.Unlock()
	var r struct{ ErrorText string }
	if err := p.b.call(ctx, p.session, "Page.navigate", map[string]any{"url": url}, &r); err != nil {
		return err
	}
	if r.ErrorText != "" {
		return fmt.Errorf("chromium: navigate %s: %s", url, r.ErrorText)
	}
	select {
	case <-loaded:
	case <-ctx.Done():
		return fmt.Errorf("chromium: waiting for %s to load: %w", url, ctx.Err())
	}
	// The blank tab's own load event may come late: wait until the
	// document is url's and complete.
	for {
		var state struct{ Href, Ready string }
		if err := p.Eval(ctx, `({Href: location.href, Ready: document.readyState})`, &state); err != nil {
			return err
		}
		if state.Href == url && state.Ready == "complete" {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("chromium: waiting for %s to load (at %s, %s): %w", url, state.Href, state.Ready, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Problems are the console errors and warnings, uncaught exceptions and
// failed loads seen so far.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

// Requests are the URLs the page requested so far, the page's own first.
func (p *Page) Requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.requests...)
}

// Eval evaluates a JavaScript expression (awaiting a promise) and decodes
// its value into out (nil to ignore it).
func (p *Page) Eval(ctx context.Context, expr string, out any) error {
	var r struct {
		Result           struct{ Value json.RawMessage }
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	if err := p.b.call(ctx, p.session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &r); err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		return fmt.Errorf("chromium: %s: %s %s", expr, e.Text, e.Exception.Description)
	}
	if out == nil || len(r.Result.Value) == 0 {
		return nil
	}
	return json.Unmarshal(r.Result.Value, out)
}

// Rect is a rectangle of the page in CSS pixels.
type Rect struct{ X, Y, Width, Height float64 }

// Box scrolls the element matching a CSS selector into view and returns
// its rectangle in the viewport (where a click lands; a screenshot's clip
// is in document coordinates: see ScreenshotOf).
func (p *Page) Box(ctx context.Context, selector string) (Rect, error) {
	var r *Rect
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return null;
		e.scrollIntoView({block: "center"}); const b = e.getBoundingClientRect();
		return {X: b.x, Y: b.y, Width: b.width, Height: b.height}; })()`, selector)
	if err := p.Eval(ctx, expr, &r); err != nil {
		return Rect{}, err
	}
	if r == nil {
		return Rect{}, fmt.Errorf("chromium: no element %s", selector)
	}
	return *r, nil
}

// Click presses and releases the left mouse button in the middle of the
// element matching selector, as a user does.
func (p *Page) Click(ctx context.Context, selector string) error {
	r, err := p.Box(ctx, selector)
	if err != nil {
		return err
	}
	x, y := r.X+r.Width/2, r.Y+r.Height/2
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		ev := map[string]any{"type": typ, "x": x, "y": y, "button": "left", "clickCount": 1}
		if typ == "mouseMoved" {
			ev["button"] = "none"
		}
		if err := p.b.call(ctx, p.session, "Input.dispatchMouseEvent", ev, nil); err != nil {
			return err
		}
	}
	return nil
}

// Type clicks the element matching selector and types text into it.
func (p *Page) Type(ctx context.Context, selector, text string) error {
	if err := p.Click(ctx, selector); err != nil {
		return err
	}
	return p.b.call(ctx, p.session, "Input.insertText", map[string]any{"text": text}, nil)
}

// ScreenshotOf captures the element matching selector at scale device
// pixels per CSS pixel.
func (p *Page) ScreenshotOf(ctx context.Context, selector string, scale float64) (image.Image, error) {
	var r *Rect
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return null;
		const b = e.getBoundingClientRect();
		return {X: b.x + window.scrollX, Y: b.y + window.scrollY, Width: b.width, Height: b.height}; })()`, selector)
	if err := p.Eval(ctx, expr, &r); err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("chromium: no element %s", selector)
	}
	return p.Screenshot(ctx, r, scale)
}

// Screenshot captures the viewport, or clip of the page (in CSS pixels
// from the top left of the document) when given, at scale device pixels
// per CSS pixel.
func (p *Page) Screenshot(ctx context.Context, clip *Rect, scale float64) (image.Image, error) {
	params := map[string]any{"format": "png"}
	if clip != nil {
		params["clip"] = map[string]any{"x": clip.X, "y": clip.Y, "width": clip.Width, "height": clip.Height, "scale": scale}
		params["captureBeyondViewport"] = true
	}
	var r struct{ Data string }
	if err := p.b.call(ctx, p.session, "Page.captureScreenshot", params, &r); err != nil {
		return nil, err
	}
	b, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		return nil, err
	}
	return png.Decode(bytes.NewReader(b))
}

// Emulate sets the viewport to width by height CSS pixels at scale device
// pixels per CSS pixel, and the media type ("print" or "" for screen).
func (p *Page) Emulate(ctx context.Context, width, height int, scale float64, media string) error {
	if err := p.b.call(ctx, p.session, "Emulation.setDeviceMetricsOverride",
		map[string]any{"width": width, "height": height, "deviceScaleFactor": scale, "mobile": false}, nil); err != nil {
		return err
	}
	return p.b.call(ctx, p.session, "Emulation.setEmulatedMedia", map[string]any{"media": media}, nil)
}

// PrintPDF prints the page as the browser's print dialog would (print
// media, backgrounds off) and returns the PDF.
func (p *Page) PrintPDF(ctx context.Context) ([]byte, error) {
	var r struct{ Data string }
	if err := p.b.call(ctx, p.session, "Page.printToPDF", map[string]any{"preferCSSPageSize": true}, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}
