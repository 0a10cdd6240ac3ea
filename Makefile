# dipstat: make report runs the main job on seeds/, make test runs what CI checks.
GO      ?= go
BIN     := bin/dipstat
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.Version=$(VERSION)

.PHONY: build report test bench fmt clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/dipstat

report: build
	$(BIN) report -out output seeds

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	@# go test hides the output of passing packages: show the external figure suite's scores
	@$(GO) test -count=1 -run '^TestExternalSuite$$' -v ./analysis/figures | grep -E '^(figures:|  [a-z])'

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf bin
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

# Synthetic corpora for scale tests (deterministic by -seed), written outside git.
.PHONY: corpus-20k corpus-200k
corpus-20k:
	$(GO) run ./cmd/synth -n 20000 -seed 1 -force "$${TMPDIR:-/tmp}/dipstat-corpus-20k"

corpus-200k:
	$(GO) run ./cmd/synth -n 200000 -seed 1 -force "$${TMPDIR:-/tmp}/dipstat-corpus-200k"
