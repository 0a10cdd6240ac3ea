//go:build !unix

package corpus

import "os"

// openInput opens a file for reading. Only unix has pipes that block on
// open; findInputs passes over non-regular files everywhere.
func openInput(path string) (*os.File, error) { return os.Open(path) }
