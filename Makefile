# dipstat: make report runs the main job on seeds/, make test runs what CI checks.
GO      ?= go
BIN     := bin/dipstat
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.Version=$(VERSION)

.PHONY: build report test bench bench-scale bench-speed bench-growth bench-warc bench-warc-large bench-beam bench-records fmt clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/dipstat

report: build
	$(BIN) report -out output seeds

test:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 45m ./...
	@# go test hides the output of passing packages: show the external figure suite's scores
	@$(GO) test -count=1 -run '^TestExternalSuite$$' -v ./analysis/figures | grep -E '^(figures:|  [a-z])'
	@# precision and recall on the development sets (English; Chinese and Korean, per
	@# language; their held-out sets) and discovery's scores without the lexicon on the
	@# devset, on the discovery held-out set and on the three discovery trial sets (issue 23),
	@# and the lexicon's families on the trial sets
	@$(GO) test -count=1 -run '^(TestDevSet|TestDevSetCJK|TestHeldOut|TestHeldOut2|TestHeldOut3|TestHeldOut4|TestHeldOut5|TestHeldOut6|TestHeldOut7|TestHeldOut8|TestHeldOut9|TestHeldOut10|TestHeldOut11|TestHeldOut12|TestHeldOut13|TestHeldOut14|TestHeldOut15|TestHeldOutCJK|TestHeldOutCJK2|TestHeldOutCJK3|TestHeldOutCJK4|TestHeldOutCJK5|TestHeldOutCJK6|TestDiscoverDevset|TestDiscoverHeldOutSet|TestDiscoverTrialSet|TestTrialFamilies|TestDiscoverTrial2Set|TestTrial2Families|TestDiscoverTrial3Set|TestTrial3Families)$$' -v ./analysis/evaluation | grep -E '^(devset|heldout|trial)[^ ]*:|^ +discovery[a-z -]*:' | sed 's/^ *//'
	@# the Beam pipeline, a module of its own (Beam's dependencies stay out of
	@# go.mod): on the prism runner, its report equals dipstat's
	cd cmd/dipstat-beam && $(GO) vet ./... && $(GO) test -count=1 ./...

bench: bench-scale bench-warc bench-warc-large bench-beam bench-records
	$(GO) test -run '^$$' -bench . -benchmem -timeout 60m ./...

# End to end on the synthetic corpora of 20,000 and 200,000 articles (made once
# by cmd/synth, deterministic, outside git), as one table: on the 20,000 the
# floors `cat` (reading) and `wc -w` (tokenizing) of the same files, dipstat
# ngrams (1..3-grams by month), cmd/ngramfloor (the least work that counting
# asks for: ASCII words, 1..3-gram hashes per month, nothing else), dipstat
# report and, when $(PYTHON) has it
# (Debian: python3-sklearn), scikit-learn's CountVectorizer(ngram_range=(1, 3));
# on the 200,000 dipstat's two runs; on both, dipstat phrases -discover (issue 23)
# and the interactive commands, which stream (issue 15; target: peak RSS under
# 1 GB on 200,000 articles, a line says when a run is over it): phrases (text,
# -format csv, -by side), kwic (a frequent word; a formula family) and
# figures (text, -format csv). Each row is the median of BENCH_RUNS
# rounds (paired: one run of every command per round) of wall and CPU
# (user+sys) seconds, peak RSS (GNU time) and, for dipstat, the collector's
# share of the CPU samples of its profile ($$DIPSTAT_CPUPROFILE: the samples
# under the runtime's GC frames, GC_FRAMES; runtime/metrics' GC CPU counts
# wall time and overstates it on a loaded machine). The machine is shared:
# compare the CPU columns, and the load average printed beside them. Targets (issue 16):
# ngrams within 1.25x of wc -w, report within 2.5x of ngrams.
# make bench also runs BenchmarkDiscoverSampleAgrees: discovery's sample keeps a
# full run's top formula candidates on 20,000 articles.
SCALE_DIR ?= $${TMPDIR:-/tmp}
SCALE_SIZES ?= 20k 200k
BENCH_RUNS ?= 3
PYTHON ?= /usr/bin/python3
GC_FRAMES := ^runtime\.(gcBgMarkWorker|gcAssistAlloc|bgsweep|bgscavenge|gcStart|gcMarkDone|gcMarkTermination|deductSweepCredit|wbBufFlush|bulkBarrierPreWrite)$$
bench-speed: build
	@[ -x /usr/bin/time ] || { echo "bench-speed: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; bin=$$(pwd)/$(BIN); \
	$(GO) build -o "$$tmp/ngramfloor" ./cmd/ngramfloor || exit 1; \
	measure() { \
	  label=$$1; shift; \
	  DIPSTAT_CPUPROFILE="$$tmp/cpu.prof" /usr/bin/time -f "%e %U %S %M" -o "$$tmp/time" "$$@" >/dev/null 2>"$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	  gc=-; [ -s "$$tmp/cpu.prof" ] && gc=$$($(GO) tool pprof -top -focus "$(GC_FRAMES)" $(BIN) "$$tmp/cpu.prof" 2>/dev/null | sed -n 's/.*, \([0-9.]*\)% of .* total.*/\1/p'); rm -f "$$tmp/cpu.prof"; \
	  echo "$$label $$(cat "$$tmp/time") $$gc" >> "$$tmp/runs"; \
	}; \
	printf '%-22s %8s %8s %8s %9s %8s %6s  %s\n' run MB wall_s cpu_s MB/cpu_s rss_MB gc_% "load average (1/5/15 min, at the end)"; \
	for n in $(SCALE_SIZES); do \
	  dir="$(SCALE_DIR)/dipstat-corpus-$$n"; count=$$(echo $$n | sed 's/k/000/'); \
	  [ "$$(ls "$$dir" 2>/dev/null | wc -l)" = "$$count" ] || $(GO) run ./cmd/synth -n $$count -seed 1 -force "$$dir" >/dev/null; \
	  mb=$$(find "$$dir" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $$1 } END { printf "%.1f", s / 1e6 }'); \
	  sk=; [ $$n = 20k ] && $(PYTHON) -c 'import sklearn' 2>/dev/null && sk=1; \
	  rm -f "$$tmp/runs"; \
	  for r in $$(seq $(BENCH_RUNS)); do \
	    if [ $$n = 20k ]; then \
	      measure "cat-$$n" sh -c 'find "$$1" -type f -name "*.txt" -print0 | xargs -0 cat' sh "$$dir"; \
	      measure "wc-w-$$n" sh -c 'find "$$1" -type f -name "*.txt" -print0 | xargs -0 wc -w' sh "$$dir"; \
	      measure "ngramfloor-$$n" "$$tmp/ngramfloor" "$$dir"; \
	    fi; \
	    measure "ngrams-$$n" $$bin ngrams -n 1..3 -period month -top 20 "$$dir"; \
	    measure "report-$$n" $$bin report -quiet -out "$$tmp" -name $$n -formats pdf,png "$$dir"; rm -rf "$$tmp/$$n"; \
	    measure "discover-$$n" $$bin phrases -discover "$$dir"; \
	    measure "phrases-$$n" $$bin phrases "$$dir"; \
	    measure "phrases-csv-$$n" $$bin phrases -format csv "$$dir"; \
	    measure "phrases-side-$$n" $$bin phrases -by side "$$dir"; \
	    measure "kwic-word-$$n" $$bin kwic china "$$dir"; \
	    measure "kwic-family-$$n" $$bin kwic -family close-neighbors "$$dir"; \
	    measure "figures-text-$$n" $$bin figures "$$dir"; \
	    measure "figures-$$n" $$bin figures -format csv "$$dir"; \
	    [ -n "$$sk" ] && measure "countvectorizer-$$n" $(PYTHON) analysis/terms/testdata/countvectorizer.py "$$dir"; \
	  done; \
	  load=$$(cut -d' ' -f1-3 /proc/loadavg); \
	  awk -v mb=$$mb -v load="$$load" -v n=$$n ' \
	    function median(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } return k % 2 ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2 } \
	    { l = $$1; if (!(l in k)) order[++m] = l; i = ++k[l]; W[l, i] = $$2; C[l, i] = $$3 + $$4; R[l, i] = $$5; G[l, i] = $$6 } \
	    END { for (o = 1; o <= m; o++) { l = order[o]; delete w; delete c; delete r; delete g; for (i = 1; i <= k[l]; i++) { w[i] = W[l, i]; c[i] = C[l, i]; r[i] = R[l, i]; g[i] = G[l, i] } \
	        wall[l] = median(w, k[l]); cpu[l] = median(c, k[l]); gc = (g[1] == "-") ? "-" : sprintf("%.1f", median(g, k[l])); \
	        rss[l] = median(r, k[l]) / 1024; \
	        printf "%-22s %8.1f %8.2f %8.2f %9.1f %8.0f %6s  %s\n", l, mb, wall[l], cpu[l], mb / cpu[l], rss[l], gc, load } \
	      for (o = 1; o <= m; o++) { l = order[o]; if (l ~ /^(phrases|kwic|figures)/ && rss[l] >= 1024) printf "%s: peak RSS %.0f MB, over the 1 GB target (issue 15)\n", l, rss[l] } \
	      if (("wc-w-" n) in wall) printf "ngrams-%s / wc -w: %.2fx wall, %.2fx CPU (target 1.25x)\n", n, wall["ngrams-" n] / wall["wc-w-" n], cpu["ngrams-" n] / cpu["wc-w-" n]; \
	      if (("ngramfloor-" n) in wall) printf "ngramfloor-%s / wc -w: %.2fx wall; ngrams-%s / ngramfloor-%s: %.2fx wall, %.2fx CPU\n", n, wall["ngramfloor-" n] / wall["wc-w-" n], n, n, wall["ngrams-" n] / wall["ngramfloor-" n], cpu["ngrams-" n] / cpu["ngramfloor-" n]; \
	      printf "report-%s / ngrams-%s: %.2fx wall, %.2fx CPU (target 2.5x)\n", n, n, wall["report-" n] / wall["ngrams-" n], cpu["report-" n] / cpu["ngrams-" n]; \
	      if (("countvectorizer-" n) in wall) printf "ngrams-%s is %.1f times as fast as countvectorizer-%s (wall)\n", n, wall["countvectorizer-" n] / wall["ngrams-" n], n }' "$$tmp/runs" || exit 1; \
	done; \
	dir="$(SCALE_DIR)/dipstat-corpus-zh"; \
	[ "$$(ls "$$dir" 2>/dev/null | wc -l)" = 20000 ] || $(GO) run ./cmd/synth -n 20000 -seed 1 -zipf 0 -lang zh-Hans -seeds testdata/devset-cjk -force "$$dir" >/dev/null; \
	rm -f "$$tmp/runs"; measure "ngrams-zh" $$bin ngrams -n 1..3 -period month -top 20 "$$dir"; \
	mb=$$(find "$$dir" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $$1 } END { printf "%.1f", s / 1e6 }'); \
	awk -v mb=$$mb -v load="$$(cut -d' ' -f1-3 /proc/loadavg)" '{ printf "%-22s %8.1f %8.2f %8.2f %9.1f %8.0f %6s  %s\n", $$1, mb, $$2, $$3 + $$4, mb / ($$3 + $$4), $$5 / 1024, $$6, load }' "$$tmp/runs"

# make bench-scale prints both tables: the speed table above (issue 16) and
# how the cost grows below (issue 22; about 20 minutes more).
bench-scale: bench-speed bench-growth

# How the cost grows (issue 22): dipstat ngrams and dipstat report on the
# synthetic corpora of GROWTH_SIZES articles (200,000 and 1,000,000 by default:
# 0.85 and 4.2 GB, made once by cmd/synth -seed 1 into SCALE_DIR and kept),
# one report each (GROWTH_RUNS; a 1M report takes about 9 minutes on two cores)
# and three ngrams runs (GROWTH_NGRAMS_RUNS; its ratio is near its target and
# moves by 5 to 10% from run to run on this machine), medians printed,
# after reading each corpus once so that both run from the page cache. The
# sizes alternate within each round, so that a machine that slows down or
# speeds up during the bench moves both sides of the ratios alike.
# For each run: wall and CPU seconds, peak RSS, the collector's share of the
# CPU profile's samples, the report's phases (manifest.json's timings: output_s
# is the total less dates, analyses and tables) and the
# size of manifest.json; then the ratios of the largest size to the smallest
# (targets: at most 5.5x for 5x the articles; peak RSS under 2 GiB at 1M).
GROWTH_SIZES ?= 200k 1m
GROWTH_RUNS ?= 1
GROWTH_NGRAMS_RUNS ?= 3
bench-growth: build
	@[ -x /usr/bin/time ] || { echo "bench-growth: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; bin=$$(pwd)/$(BIN); \
	printf '%-13s %8s %8s %8s %6s %9s %9s %8s %8s  %s\n' run wall_s cpu_s rss_MiB gc_% analyses_s tables_s output_s manifest "load average"; \
	for n in $(GROWTH_SIZES); do \
	  dir="$(SCALE_DIR)/dipstat-corpus-$$n"; count=$$(echo $$n | sed 's/k$$/000/; s/m$$/000000/'); \
	  [ "$$(ls "$$dir" 2>/dev/null | wc -l)" = "$$count" ] || $(GO) run ./cmd/synth -n $$count -seed 1 -force "$$dir" >/dev/null || exit 1; \
	  find "$$dir" -type f -print0 | xargs -0 cat > /dev/null; \
	done; \
	for r in $$(seq $$(( $(GROWTH_RUNS) > $(GROWTH_NGRAMS_RUNS) ? $(GROWTH_RUNS) : $(GROWTH_NGRAMS_RUNS) ))); do \
	  for n in $(GROWTH_SIZES); do \
	    dir="$(SCALE_DIR)/dipstat-corpus-$$n"; \
	    for what in ngrams report; do \
	      [ $$what = ngrams ] && [ $$r -gt $(GROWTH_NGRAMS_RUNS) ] && continue; \
	      [ $$what = report ] && [ $$r -gt $(GROWTH_RUNS) ] && continue; \
	      rm -rf "$$tmp/out"; \
	      if [ $$what = ngrams ]; then set -- $$bin ngrams -n 1..3 -period month -top 20 "$$dir"; \
	      else set -- $$bin report -quiet -out "$$tmp/out" -name r -formats pdf,png "$$dir"; fi; \
	      DIPSTAT_CPUPROFILE="$$tmp/cpu.prof" /usr/bin/time -f "%e %U %S %M" -o "$$tmp/time" "$$@" >/dev/null 2>"$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	      gc=$$($(GO) tool pprof -top -focus "$(GC_FRAMES)" $(BIN) "$$tmp/cpu.prof" 2>/dev/null | sed -n 's/.*, \([0-9.]*\)% of .* total.*/\1/p'); \
	      phases="- - - -"; \
	      if [ $$what = report ]; then \
	        m="$$tmp/out/r/manifest.json"; \
	        t() { sed -n 's/.*"'"$$1"'": *\([0-9.]*\).*/\1/p' "$$m" | head -1; }; \
	        phases="$$(t analyses) $$(t tables) $$(awk -v a=$$(t total) -v b=$$(t analyses) -v c=$$(t tables) -v d="$$(t dates)" 'BEGIN { print a - b - c - d }') $$(wc -c < "$$m")"; \
	      fi; \
	      echo "$$what-$$n $$(cat "$$tmp/time") $${gc:--} $$phases $$(cut -d' ' -f1-3 /proc/loadavg)" >> "$$tmp/runs"; \
	    done; \
	  done; \
	done; \
	awk 'function median(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } return k % 2 ? a[(k+1)/2] : (a[k/2] + a[k/2+1]) / 2 } \
	  { l = $$1; if (!(l in k)) order[++m] = l; i = ++k[l]; W[l, i] = $$2; C[l, i] = $$3 + $$4; R[l, i] = $$5; G[l, i] = $$6; A[l] = $$7; T[l] = $$8; O[l] = $$9; M[l] = $$10; L[l] = $$11 " " $$12 " " $$13 } \
	  END { for (o = 1; o <= m; o++) { l = order[o]; delete w; delete c; delete r; for (i = 1; i <= k[l]; i++) { w[i] = W[l, i]; c[i] = C[l, i]; r[i] = R[l, i] } \
	      wall[l] = median(w, k[l]); cpu[l] = median(c, k[l]); rss[l] = median(r, k[l]) / 1024; \
	      printf "%-13s %8.1f %8.1f %8.0f %6s %9s %9s %8s %8s  %s\n", l, wall[l], cpu[l], rss[l], G[l, 1], ms(A[l]), ms(T[l]), ms(O[l]), M[l], L[l]; \
	      split(l, p, "-"); size[p[2]] = 1; if (!(p[2] in first)) { first[p[2]] = o; sizes[++ns] = p[2] } } \
	    if (ns >= 2) { a = sizes[1]; b = sizes[ns]; \
	      for (x = 1; x <= 2; x++) { what = x == 1 ? "ngrams" : "report"; \
	        printf "%s-%s / %s-%s: %.2fx wall, %.2fx CPU (issue 22: at most 5.5x from 200k to 1m)\n", what, b, what, a, wall[what "-" b] / wall[what "-" a], cpu[what "-" b] / cpu[what "-" a] } \
	      printf "report-%s peak RSS: %.0f MiB (issue 22: under 2 GiB, 2048 MiB, at 1m)\n", b, rss["report-" b] } } \
	  function ms(x) { return x == "-" ? "-" : sprintf("%.1f", x / 1000) }' "$$tmp/runs"

# End to end on a gzipped web archive of 2,000 synthetic news pages of about
# 50 KB, each crawled as a request, a response and a metadata record (made by
# cmd/synth -warc, deterministic): dipstat corpus, in pages/s with its peak
# RSS; then with a -match that fits one page in twenty (the word synth puts
# in every twentieth page), as a share of the unfiltered time; then, for
# memory, the unfiltered run on an archive of WARC_LARGE pages (20,000, about
# 110 MB; 0 leaves it out) and the peak RSS it adds per page: the listing is
# written as it is read (issue 19), what still grows is the near-duplicate
# index. Targets: at least 150 pages/s on two cores, under 400 MB, under
# 0.3x. The load average and the CPU time are printed beside each run: on a
# shared machine the wall-clock figures move with the load, pages per
# CPU-second much less.
WARC_PAGES ?= 2000
WARC_LARGE ?= 20000
bench-warc: build
	@[ -x /usr/bin/time ] || { echo "bench-warc: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) run ./cmd/synth -warc -n $(WARC_PAGES) -seed 1 "$$tmp/crawl-$(WARC_PAGES).warc.gz" || exit 1; \
	measure() { \
	  label=$$1; n=$$2; shift 2; \
	  /usr/bin/time -f "%e %M %U %S" -o "$$tmp/time" $(BIN) corpus "$$@" "$$tmp/crawl-$$n.warc.gz" >/dev/null 2>"$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	  read secs kb user sys < "$$tmp/time"; echo "$$secs" > "$$tmp/secs.$$label"; echo "$$kb" > "$$tmp/kb.$$label"; \
	  awk -v l="$$label" -v n=$$n -v s=$$secs -v k=$$kb -v c=$$user -v y=$$sys -v load="$$(cut -d' ' -f1-3 /proc/loadavg)" \
	    'BEGIN { printf "%-22s %5d pages %7.1f s %7.1f pages/s   CPU %6.1f s (%5.1f pages per CPU-second)   peak RSS %4.0f MB   load average %s\n", l, n, s, n/s, c+y, n/(c+y), k/1024, load }'; \
	}; \
	measure "warc-$(WARC_PAGES)" $(WARC_PAGES); \
	measure "warc-$(WARC_PAGES)-match" $(WARC_PAGES) -match Ulaanbaatar; \
	awk -v a=$$(cat "$$tmp/secs.warc-$(WARC_PAGES)-match") -v b=$$(cat "$$tmp/secs.warc-$(WARC_PAGES)") \
	  'BEGIN { printf "-match (1 page in 20) takes %.2fx the time of the unfiltered run\n", a/b }'; \
	[ "$(WARC_LARGE)" -gt 0 ] || exit 0; \
	rm -f "$$tmp/crawl-$(WARC_PAGES).warc.gz"; \
	$(GO) run ./cmd/synth -warc -n $(WARC_LARGE) -seed 1 "$$tmp/crawl-$(WARC_LARGE).warc.gz" || exit 1; \
	measure "warc-$(WARC_LARGE)" $(WARC_LARGE); \
	awk -v a=$$(cat "$$tmp/kb.warc-$(WARC_PAGES)") -v b=$$(cat "$$tmp/kb.warc-$(WARC_LARGE)") -v n=$(WARC_PAGES) -v m=$(WARC_LARGE) \
	  'BEGIN { printf "peak RSS %d -> %d pages: %.0f -> %.0f MB, %.2f KB per added page\n", n, m, a/1024, b/1024, (b-a)/(m-n) }'

# Memory on a crawl file of any size: dipstat corpus on an archive of
# WARC_HUGE synthetic pages (200,000 by default, about 1.1 GB gzipped; made
# once by cmd/synth -warc into SCALE_DIR and kept, like bench-scale's
# corpora; 0 leaves this out), its resident memory sampled every
# WARC_SAMPLE seconds against the pages listed so far (Linux /proc), then
# its peak RSS, CPU time and what each page added between the first tenth
# of the archive and the end. The near-duplicate index is what grows with
# the pages (issue 19): make bench's BenchmarkDeciderMemory gives its bytes
# per page at up to 1,000,000 pages. Target: under 400 MB.
WARC_HUGE ?= 200000
WARC_SAMPLE ?= 15
bench-warc-large: build
	@[ -x /usr/bin/time ] || { echo "bench-warc-large: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@[ "$(WARC_HUGE)" -gt 0 ] || exit 0; \
	arc="$(SCALE_DIR)/dipstat-crawl-$(WARC_HUGE).warc.gz"; \
	[ -s "$$arc" ] || $(GO) run ./cmd/synth -warc -n $(WARC_HUGE) -seed 1 "$$arc" || exit 1; \
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	/usr/bin/time -f "%e %M %U %S" -o "$$tmp/time" $(BIN) corpus "$$arc" >"$$tmp/list" 2>"$$tmp/err" & tpid=$$!; \
	sleep 1; pid=$$(pgrep -P $$tpid | head -1); \
	printf '%8s %8s %8s %8s  %s\n' wall_s pages rss_MB cpu_s "load average (1 min)"; \
	while [ -n "$$pid" ] && [ -r /proc/$$pid/status ]; do \
	  rss=$$(awk '/^VmRSS/ { print $$2 }' /proc/$$pid/status 2>/dev/null); cpu=$$(awk '{ print ($$14 + $$15) / 100 }' /proc/$$pid/stat 2>/dev/null); \
	  [ -n "$$rss" ] && awk -v t=$${s:-0} -v p=$$(wc -l < "$$tmp/list") -v r=$$rss -v c=$$cpu -v l="$$(cut -d' ' -f1 /proc/loadavg)" \
	    'BEGIN { printf "%8d %8d %8.0f %8.1f  %s\n", t, (p > 0 ? p - 1 : 0), r / 1024, c, l }' | tee -a "$$tmp/samples"; \
	  sleep $(WARC_SAMPLE); s=$$(( $${s:-0} + $(WARC_SAMPLE) )); \
	done; \
	wait $$tpid || { cat "$$tmp/err"; exit 1; }; \
	read secs kb user sys < "$$tmp/time"; \
	awk -v n=$(WARC_HUGE) -v s=$$secs -v k=$$kb -v c=$$user -v y=$$sys -v load="$$(cut -d' ' -f1-3 /proc/loadavg)" \
	  'BEGIN { printf "warc-%d: %.1f s, %.1f pages/s, CPU %.1f s (%.1f pages per CPU-second), peak RSS %.0f MB, load average %s\n", n, s, n/s, c+y, n/(c+y), k/1024, load }'; \
	[ -s "$$tmp/samples" ] && awk -v n=$(WARC_HUGE) -v k=$$kb '$$2 >= n / 10 && !a { a = $$2; r = $$3 } END { if (a && n > a) printf "peak RSS grows %.0f bytes a page from %d pages on\n", (k / 1024 - r) * 1048576 / (n - a), a }' "$$tmp/samples"; true

# Record files (issue 22): the RECORDS_N articles of the synthetic corpus
# (cmd/synth -seed 1: the texts of $(SCALE_DIR)/dipstat-corpus-200k) as that
# folder of .txt files, as one JSONL file (cmd/synth -jsonl, about 0.9 GB at
# 200,000) and gzipped: dipstat corpus and dipstat ngrams -n 1..3 -period
# month on each, with the default -max-size (50MB, per record for .jsonl),
# in CPU seconds (user+sys) and peak RSS, the load average beside them.
# Target: the JSONL within the folder's peak RSS.
RECORDS_N ?= 200000
bench-records: build
	@[ -x /usr/bin/time ] || { echo "bench-records: /usr/bin/time (Debian package time) measures peak memory; install it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; n=$(RECORDS_N); \
	dir="$(SCALE_DIR)/dipstat-corpus-$$(echo $$n | sed 's/000$$/k/')"; \
	[ "$$(ls "$$dir" 2>/dev/null | wc -l)" = $$n ] || $(GO) run ./cmd/synth -n $$n -seed 1 -force "$$dir" >/dev/null || exit 1; \
	$(GO) run ./cmd/synth -jsonl -n $$n -seed 1 "$$tmp/articles.jsonl" || exit 1; \
	$(GO) run ./cmd/synth -jsonl -n $$n -seed 1 "$$tmp/articles.jsonl.gz" || exit 1; \
	measure() { \
	  label=$$1; shift; \
	  /usr/bin/time -f "%e %M %U %S" -o "$$tmp/time" $(BIN) "$$@" >/dev/null 2>"$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	  read secs kb user sys < "$$tmp/time"; \
	  awk -v l="$$label" -v n=$$n -v s=$$secs -v k=$$kb -v c=$$user -v y=$$sys -v load="$$(cut -d' ' -f1-3 /proc/loadavg)" \
	    'BEGIN { printf "%-22s %7d articles   wall %7.1f s   CPU %7.1f s   peak RSS %5.0f MB   load average %s\n", l, n, s, c+y, k/1024, load }'; \
	}; \
	for cmd in corpus ngrams; do \
	  args=; [ $$cmd = ngrams ] && args="-n 1..3 -period month -top 20"; \
	  measure "$$cmd folder" $$cmd $$args "$$dir"; \
	  measure "$$cmd jsonl" $$cmd $$args "$$tmp/articles.jsonl"; \
	  measure "$$cmd jsonl.gz" $$cmd $$args "$$tmp/articles.jsonl.gz"; \
	done

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf bin
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

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

# Synthetic corpora for scale tests (deterministic by -seed), written outside git.
.PHONY: corpus-20k corpus-200k corpus-zh
corpus-20k:
	$(GO) run ./cmd/synth -n 20000 -seed 1 -force "$${TMPDIR:-/tmp}/dipstat-corpus-20k"

corpus-200k:
	$(GO) run ./cmd/synth -n 200000 -seed 1 -force "$${TMPDIR:-/tmp}/dipstat-corpus-200k"

# A Chinese corpus of 20,000 articles resampled from the simplified Chinese
# articles of testdata/devset-cjk, for make bench (ngrams-zh).
corpus-zh:
	$(GO) run ./cmd/synth -n 20000 -seed 1 -zipf 0 -lang zh-Hans -seeds testdata/devset-cjk -force "$${TMPDIR:-/tmp}/dipstat-corpus-zh"
