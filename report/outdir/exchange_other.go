//go:build !linux

package outdir

// exchange is not available: Publish falls back to two renames, and Recover
// repairs a run killed between them.
func exchange(a, b string) error { return errExchange }
