# dipstat: make report runs the main job on seeds/, make test runs what CI checks.
GO      ?= go
BIN     := bin/dipstat
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.Version=$(VERSION)

.PHONY: build report test bench fmt clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/dipstat

report: build
	$(BIN) corpus seeds

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf bin
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
