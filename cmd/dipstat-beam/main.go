// Command dipstat-beam computes the aggregates of a corpus that dipstat
// report is rendered from (what "dipstat analyze -o" writes) as an Apache
// Beam pipeline, so that a corpus too large for one machine is analysed on
// a cluster: Flink, Spark, Dataflow, or locally on the prism runner.
//
// Usage:
//
//	dipstat-beam -input corpus -output corpus.agg -period quarter [--runner prism]
//	dipstat report -from corpus.agg
//
// -input is a folder (read with its sub-folders when it is local) or a
// glob of any file system Beam knows (gs://bucket/news/*.jsonl.gz,
// s3://...); repeat it for more. The pipeline reads every file (fileio),
// analyses each one with dipstat's own analysis packages in a ParDo, one
// aggregate per file, combines those with their merge (a CombineFn) and
// writes the merged aggregate to -output. It lives in a module of its own
// so that the dipstat binary does not carry Beam's dependencies.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	var cfg Config
	cfg.register(flag.CommandLine)
	flag.Usage = func() {
		fmt.Fprint(flag.CommandLine.Output(), "Usage: dipstat-beam -input PATH [-input PATH...] -output FILE [-period UNIT] [flags] [--runner NAME and its flags]\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // a worker of a runner (not the launcher) goes no further
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "dipstat-beam:", err)
		os.Exit(1)
	}
}

// run builds the pipeline and runs it on the runner that --runner names
// (prism when none is given).
func run(ctx context.Context, cfg Config) error {
	if err := cfg.check(); err != nil {
		return err
	}
	inputs, err := expandInputs(cfg.Inputs)
	if err != nil {
		return err
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg, inputs)
	if flag.Lookup("runner").Value.String() == "" {
		flag.Set("runner", "prism")
	}
	return beamx.Run(ctx, p)
}
