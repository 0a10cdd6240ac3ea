package main

import (
	"flag"
	"fmt"

	"github.com/dipstat/dipstat/analysis/attribution"
)

// actorFlags is -actors: speakers and sides added to the built-in table of
// package attribution, for the speaker, side and cue of json and csv output.
type actorFlags struct {
	file string
	at   *attribution.Attributor // -actors read and compiled, once (attributor)
}

func (f *actorFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.file, "actors", "", "`file` of speakers and the sides they speak for (\"[Side = word | word]\", then \"canonical name = variant | variant\" lines) added to the built-in table; json and csv output give every hit's speaker, side and cue")
}

// attributor is the built-in actors table plus -actors, compiled once. The
// file is read whether or not the output shows speakers, so a wrong one is
// reported wherever it is given.
func (f *actorFlags) attributor(stem bool) (*attribution.Attributor, error) {
	if f.at != nil {
		return f.at, nil
	}
	acts := attribution.DefaultActors()
	if f.file != "" {
		extra, err := readWith(f.file, attribution.ReadActors)
		if err != nil {
			return nil, fmt.Errorf("-actors: %w", err)
		}
		acts = acts.Merge(extra)
	}
	f.at = attribution.New(acts, attribution.Options{Stem: stem})
	return f.at, nil
}
