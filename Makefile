# dipstat: make report runs the main job on seeds/, make test runs what CI checks.
GO      ?= go
BIN     := bin/dipstat
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.Version=$(VERSION)

.PHONY: build report test bench bench-scale fmt clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/dipstat

report: build
	$(BIN) report -out output seeds

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	@# go test hides the output of passing packages: show the external figure suite's scores
	@$(GO) test -count=1 -run '^TestExternalSuite$$' -v ./analysis/figures | grep -E '^(figures:|  [a-z])'

bench: bench-scale
	$(GO) test -run '^$$' -bench . -benchmem ./...

# dipstat report end to end on the synthetic corpora of 20,000 and 200,000
# articles (made once by cmd/synth, deterministic, outside git): MB/s and
# peak memory (GNU time's maximum resident set size).
SCALE_DIR ?= $${TMPDIR:-/tmp}
SCALE_SIZES ?= 20k 200k
bench-scale: build
	@for n in $(SCALE_SIZES); do \
	  dir="$(SCALE_DIR)/dipstat-corpus-$$n"; count=$$(echo $$n | sed 's/k/000/'); \
	  [ "$$(ls "$$dir" 2>/dev/null | wc -l)" = "$$count" ] || $(GO) run ./cmd/synth -n $$count -seed 1 -force "$$dir" >/dev/null; \
	  bytes=$$(du -sb "$$dir" | cut -f1); out=$$(mktemp -d); \
	  if [ -x /usr/bin/time ]; then \
	    /usr/bin/time -f "%e %M" -o "$$out/time" $(BIN) report -quiet -out "$$out" -name bench -formats pdf,png "$$dir"; \
	    read secs kb < "$$out/time"; \
	    awk -v n=$$n -v b=$$bytes -v s=$$secs -v k=$$kb 'BEGIN { printf "report on %s articles (%.0f MB): %.0f s, %.2f MB/s, peak RSS %.0f MB\n", n, b/1e6, s, b/1e6/s, k/1024 }'; \
	  else echo "report on $$n articles: /usr/bin/time (Debian package time) is needed to measure"; fi; \
	  rm -rf "$$out"; \
	done

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
