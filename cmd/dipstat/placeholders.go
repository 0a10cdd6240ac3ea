package main

import "errors"

// These commands are registered in the command table and are being built;
// each moves to its own file (terms.go, phrases.go, figures.go, report.go).
var errNotBuilt = errors.New("this command is not built yet")

