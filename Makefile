# baocao — see README.md. Every target works on a fresh clone with Go installed.
GO      ?= go
PKGS    := ./...
BIN     := bin/baocao
FUZZTIME ?= 5m
# staticcheck 2026.2.2 (module v0.8.2) reads Go 1.26; make lint installs it when missing or another version.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(shell $(GO) env GOPATH)/bin/staticcheck
# PEERS_SRC: the peer programs of the benchmarks (issue 12); PEERS: where make peers installs them.
PEERS_SRC ?= ../shared/bench
PEERS   ?= /tmp/baocao-peers

.PHONY: run test tools-notice bench peers fuzz lint build clean

# DEMO_QUARTER is the latest quarter the bundled sample ledger covers (its last
# record is dated 2021-09-21), so the demo's report has progress to show; a test
# in internal/cli keeps the two, and the README, in step. From cron, 'baocao run'
# without --quarter reports on today.
DEMO_QUARTER := 2021-Q3

## run: the demo: annex, quarterly report and forms of the bundled programme into
## output/07-CTr-TU/ (annex) and output/07-CTr-TU/$(DEMO_QUARTER)/ (report, forms, manifest)
run:
	$(GO) run ./cmd/baocao run --quarter $(DEMO_QUARTER)

## build: the binary in bin/
build:
	$(GO) build -o $(BIN) ./cmd/baocao

## test: vet and every test, the vendored fpdf's own too (LibreOffice/poppler tests skip only where the tools are absent,
## and the first lines say which and how to install them)
test: tools-notice
	$(GO) vet $(PKGS)
	$(GO) test -count=1 $(PKGS)
	cd third_party/fpdf && $(GO) test -count=1 .

# tools-notice names the checks a bare machine skips, so a green run there is not mistaken for a full one.
tools-notice:
	@command -v pdftotext >/dev/null || echo "note: pdftotext missing: PDF text/font checks will be skipped (apt-get install poppler-utils)"
	@command -v soffice >/dev/null || echo "note: soffice missing: LibreOffice checks (workbooks, Word/ODT/RTF programmes) will be skipped (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui fonts-liberation2)"

## bench: every benchmark, with memory, printed as Go's benchmark lines. BenchmarkRun100Programmes
## prints x-floor (baocao's CPU over compressing and writing the same files); with the peers
## installed (make peers), BenchmarkAnnex10800Peers prints x-exceljs and x-pdfmake, else it skips.
bench:
	BAOCAO_PEERS=$(PEERS) $(GO) test -run='^$$' -bench=. -benchmem -count=1 $(PKGS)

## peers: copy the peer programs (exceljs, pdfmake) from PEERS_SRC to PEERS and npm install them
peers:
	rm -rf $(PEERS) && cp -r $(PEERS_SRC)/peers $(PEERS) && cp $(PEERS_SRC)/annex-rows.json $(PEERS)/
	cd $(PEERS) && npm install --no-audit --no-fund

## fuzz: every fuzzer for FUZZTIME each (default 5m; FUZZTIME=30s for a quick pass): the parser,
## each reader, the vocabulary, ledger/config/form loading, import and the font cmap and metrics
# -fuzzminimizetime keeps the fuzzer fuzzing instead of shrinking the 31 KB seed.
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/parse
	$(GO) test -run='^$$' -fuzz='^FuzzLoadLedger$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/progress
	$(GO) test -run='^$$' -fuzz='^FuzzLoadConfig$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/config
	$(GO) test -run='^$$' -fuzz='^FuzzImport$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/cli
	$(GO) test -run='^$$' -fuzz='^FuzzReadForm$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/xlsx
	$(GO) test -run='^$$' -fuzz='^FuzzReadOffice$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/report
	$(GO) test -run='^$$' -fuzz='^FuzzCmap$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/fontmetrics
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/fontmetrics
	$(GO) test -run='^$$' -fuzz='^FuzzParseDocument$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/parse
	$(GO) test -run='^$$' -fuzz='^FuzzTextRead$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/reader/text
	$(GO) test -run='^$$' -fuzz='^FuzzLayouts$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=3s ./internal/reader/text
	$(GO) test -run='^$$' -fuzz='^FuzzDecode$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/source
	$(GO) test -run='^$$' -fuzz='^FuzzDocxRead$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=50x ./internal/reader/docx
	$(GO) test -run='^$$' -fuzz='^FuzzPDFRead$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/reader/pdf
	$(GO) test -run='^$$' -fuzz='^FuzzDeadline$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/vocab
	$(GO) test -run='^$$' -fuzz='^FuzzNumbers$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/vocab

## lint: formatting, vet and staticcheck (installed at STATICCHECK_VERSION when missing or another version)
lint:
	@test -z "$$(gofmt -l cmd internal fonts seeds templates)" || { gofmt -l cmd internal fonts seeds templates; echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet $(PKGS)
	@$(STATICCHECK) -version 2>/dev/null | grep -q "($(STATICCHECK_VERSION:v%=%))" || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(STATICCHECK) $(PKGS)

clean:
	rm -rf bin output
