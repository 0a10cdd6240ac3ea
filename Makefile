# dipstat: make report runs the main job on seeds/, make test runs what CI checks.
GO      ?= go
BIN     := bin/dipstat
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.Version=$(VERSION)

.PHONY: build report test bench bench-scale bench-warc bench-beam fmt clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/dipstat

report: build
	$(BIN) report -out output seeds

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	@# go test hides the output of passing packages: show the external figure suite's scores
	@$(GO) test -count=1 -run '^TestExternalSuite$$' -v ./analysis/figures | grep -E '^(figures:|  [a-z])'
	@# precision and recall on the development sets (English; Chinese and Korean, per
	@# language) and the held-out set, and discovery's scores without the lexicon (issue 23)
	@$(GO) test -count=1 -run '^(TestDevSet|TestDevSetCJK|TestHeldOut|TestDiscoverDevset)$$' -v ./analysis/evaluation | grep -E '^(devset|heldout)[^ ]*:|^ +discovery:' | sed 's/^ *//'
	@# the Beam pipeline, a module of its own (Beam's dependencies stay out of
	@# go.mod): on the prism runner, its report equals dipstat's
	cd cmd/dipstat-beam && $(GO) vet ./... && $(GO) test -count=1 ./...

bench: bench-scale bench-warc bench-beam
	$(GO) test -run '^$$' -bench . -benchmem ./...

# End to end on the synthetic corpora of 20,000 and 200,000 articles (made once
# by cmd/synth, deterministic, outside git): dipstat ngrams (1..3-grams by month),
# dipstat report and dipstat figures (streamed, as corpus.Load would need 8 GB),
# each with MB/s and peak memory (GNU time's maximum resident set size); on the
# 20,000, scikit-learn's CountVectorizer(ngram_range=(1, 3)) on the same files
# when $(PYTHON) has it (Debian: python3-sklearn).
SCALE_DIR ?= $${TMPDIR:-/tmp}
SCALE_SIZES ?= 20k 200k
PYTHON ?= /usr/bin/python3
bench-scale: build
	@[ -x /usr/bin/time ] || { echo "bench-scale: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	measure() { \
	  label=$$1; mb=$$2; shift 2; \
	  /usr/bin/time -f "%e %M" -o "$$tmp/time" "$$@" >/dev/null 2>"$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	  read secs kb < "$$tmp/time"; echo "$$secs" > "$$tmp/secs.$$label"; \
	  awk -v l="$$label" -v b=$$mb -v s=$$secs -v k=$$kb 'BEGIN { printf "%-30s %7.1f MB %7.1f s %7.2f MB/s   peak RSS %5.0f MB\n", l, b, s, b/s, k/1024 }'; \
	}; \
	for n in $(SCALE_SIZES); do \
	  dir="$(SCALE_DIR)/dipstat-corpus-$$n"; count=$$(echo $$n | sed 's/k/000/'); \
	  [ "$$(ls "$$dir" 2>/dev/null | wc -l)" = "$$count" ] || $(GO) run ./cmd/synth -n $$count -seed 1 -force "$$dir" >/dev/null; \
	  mb=$$(find "$$dir" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $$1 } END { printf "%.1f", s / 1e6 }'); \
	  measure "ngrams-$$n" $$mb $(BIN) ngrams -n 1..3 -period month -top 20 "$$dir"; \
	  measure "report-$$n" $$mb $(BIN) report -quiet -out "$$tmp" -name $$n -formats pdf,png "$$dir"; \
	  measure "figures-$$n" $$mb $(BIN) figures -format csv "$$dir"; \
	  if [ $$n = 20k ]; then \
	    if $(PYTHON) -c 'import sklearn' 2>/dev/null; then \
	      measure "countvectorizer-$$n" $$mb $(PYTHON) analysis/terms/testdata/countvectorizer.py "$$dir"; \
	      awk -v a=$$(cat "$$tmp/secs.countvectorizer-$$n") -v b=$$(cat "$$tmp/secs.ngrams-$$n") 'BEGIN { printf "ngrams-%s is %.1f times as fast as countvectorizer-%s\n", "'$$n'", a/b, "'$$n'" }'; \
	    else echo "countvectorizer-$$n: $(PYTHON) has no scikit-learn (Debian: python3-sklearn), no comparison"; fi; \
	  fi; \
	done; \
	dir="$(SCALE_DIR)/dipstat-corpus-zh"; \
	[ "$$(ls "$$dir" 2>/dev/null | wc -l)" = 20000 ] || $(GO) run ./cmd/synth -n 20000 -seed 1 -zipf 0 -lang zh-Hans -seeds testdata/devset-cjk -force "$$dir" >/dev/null; \
	mb=$$(find "$$dir" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $$1 } END { printf "%.1f", s / 1e6 }'); \
	measure "ngrams-zh" $$mb $(BIN) ngrams -n 1..3 -period month -top 20 "$$dir"

# End to end on a gzipped web archive of 2,000 synthetic news pages of about
# 50 KB, each crawled as a request, a response and a metadata record (made by
# cmd/synth -warc, deterministic): dipstat corpus, in pages/s with its peak
# RSS; then with a -match that fits one page in twenty (the word synth puts
# in every twentieth page), as a share of the unfiltered time. Targets: at
# least 150 pages/s on two cores, under 400 MB, under 0.3x. The load average
# and the CPU time are printed beside each run: on a shared machine the
# wall-clock figures move with the load, pages per CPU-second much less.
WARC_PAGES ?= 2000
bench-warc: build
	@[ -x /usr/bin/time ] || { echo "bench-warc: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; archive="$$tmp/crawl.warc.gz"; \
	$(GO) run ./cmd/synth -warc -n $(WARC_PAGES) -seed 1 "$$archive" || exit 1; \
	measure() { \
	  label=$$1; shift; \
	  /usr/bin/time -f "%e %M %U %S" -o "$$tmp/time" $(BIN) corpus "$$@" "$$archive" >/dev/null 2>"$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	  read secs kb user sys < "$$tmp/time"; echo "$$secs" > "$$tmp/secs.$$label"; \
	  awk -v l="$$label" -v n=$(WARC_PAGES) -v s=$$secs -v k=$$kb -v c=$$user -v y=$$sys -v load="$$(cut -d' ' -f1-3 /proc/loadavg)" \
	    'BEGIN { printf "%-22s %5d pages %7.1f s %7.1f pages/s   CPU %6.1f s (%5.1f pages per CPU-second)   peak RSS %4.0f MB   load average %s\n", l, n, s, n/s, c+y, n/(c+y), k/1024, load }'; \
	}; \
	measure "warc-$(WARC_PAGES)"; \
	measure "warc-$(WARC_PAGES)-match" -match Ulaanbaatar; \
	awk -v a=$$(cat "$$tmp/secs.warc-$(WARC_PAGES)-match") -v b=$$(cat "$$tmp/secs.warc-$(WARC_PAGES)") \
	  'BEGIN { printf "-match (1 page in 20) takes %.2fx the time of the unfiltered run\n", a/b }'

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf bin
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

# Synthetic corpora for scale tests (deterministic by -seed), written outside git.
# The Beam pipeline (cmd/dipstat-beam) on the prism runner beside the single
# binary, on the 20,000-article corpus: dipstat analyze and dipstat-beam write
# the same aggregate file; wall time, CPU time and peak RSS of each.
bench-beam: build
	@[ -x /usr/bin/time ] || { echo "bench-beam: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; dir="$(SCALE_DIR)/dipstat-corpus-20k"; \
	[ "$$(ls "$$dir" 2>/dev/null | wc -l)" = 20000 ] || $(GO) run ./cmd/synth -n 20000 -seed 1 -force "$$dir" >/dev/null; \
	(cd cmd/dipstat-beam && $(GO) build -o "$$tmp/dipstat-beam" .) || exit 1; \
	measure() { \
	  label=$$1; shift; \
	  /usr/bin/time -f "%e %M %U %S" -o "$$tmp/time" "$$@" >/dev/null 2>"$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	  read secs kb user sys < "$$tmp/time"; \
	  awk -v l="$$label" -v s=$$secs -v k=$$kb -v c=$$user -v y=$$sys -v load="$$(cut -d' ' -f1-3 /proc/loadavg)" \
	    'BEGIN { printf "%-22s 20000 articles %7.1f s %7.1f articles/s   CPU %6.1f s (%5.1f articles per CPU-second)   peak RSS %5.0f MB   load average %s\n", l, s, 20000/s, c+y, 20000/(c+y), k/1024, load }'; \
	}; \
	measure "dipstat analyze" $(BIN) analyze -quiet -period quarter -o "$$tmp/single.agg" "$$dir"; \
	measure "dipstat-beam (prism)" "$$tmp/dipstat-beam" -input "$$dir" -output "$$tmp/beam.agg" -period quarter

.PHONY: corpus-20k corpus-200k corpus-zh
corpus-20k:
	$(GO) run ./cmd/synth -n 20000 -seed 1 -force "$${TMPDIR:-/tmp}/dipstat-corpus-20k"

corpus-200k:
	$(GO) run ./cmd/synth -n 200000 -seed 1 -force "$${TMPDIR:-/tmp}/dipstat-corpus-200k"

# A Chinese corpus of 20,000 articles resampled from the simplified Chinese
# articles of testdata/devset-cjk, for make bench (ngrams-zh).
corpus-zh:
	$(GO) run ./cmd/synth -n 20000 -seed 1 -zipf 0 -lang zh-Hans -seeds testdata/devset-cjk -force "$${TMPDIR:-/tmp}/dipstat-corpus-zh"
