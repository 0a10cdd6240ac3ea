package main

import (
	"context"
	"errors"
)

// These commands are registered in the command table and are being built;
// each moves to its own file (terms.go, phrases.go, figures.go, report.go).
var errNotBuilt = errors.New("this command is not built yet")

func runFigures(ctx context.Context, e *env, args []string) error { return errNotBuilt }
