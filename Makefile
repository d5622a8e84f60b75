# baocao — see README.md. Every target works on a fresh clone with Go installed.
GO      ?= go
PKGS    := ./...
BIN     := bin/baocao
FUZZTIME ?= 5m
# PEERS_SRC: the peer programs of the benchmarks (issue 12); PEERS: where make peers installs them.
PEERS_SRC ?= ../shared/bench
PEERS   ?= /tmp/baocao-peers

.PHONY: run test bench peers fuzz lint build clean

## run: the main job on the bundled programme (annex, quarterly report, forms) into output/
run:
	$(GO) run ./cmd/baocao run

## build: the binary in bin/
build:
	$(GO) build -o $(BIN) ./cmd/baocao

## test: vet and every test (LibreOffice/poppler tests skip only where the tools are absent)
test:
	$(GO) vet $(PKGS)
	$(GO) test -count=1 $(PKGS)

## bench: every benchmark, with memory, printed as Go's benchmark lines. BenchmarkRun100Programmes
## prints x-floor (baocao's CPU over compressing and writing the same files); with the peers
## installed (make peers), BenchmarkAnnex10800Peers prints x-exceljs and x-pdfmake, else it skips.
bench:
	BAOCAO_PEERS=$(PEERS) $(GO) test -run='^$$' -bench=. -benchmem -count=1 $(PKGS)

## peers: copy the peer programs (exceljs, pdfmake) from PEERS_SRC to PEERS and npm install them
peers:
	rm -rf $(PEERS) && cp -r $(PEERS_SRC)/peers $(PEERS) && cp $(PEERS_SRC)/annex-rows.json $(PEERS)/
	cd $(PEERS) && npm install --no-audit --no-fund

## fuzz: every fuzzer for FUZZTIME each (default 5m; FUZZTIME=30s for a quick pass)
# -fuzzminimizetime keeps the fuzzer fuzzing instead of shrinking the 31 KB seed.
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/parse
	$(GO) test -run='^$$' -fuzz='^FuzzLoadLedger$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/progress
	$(GO) test -run='^$$' -fuzz='^FuzzReadForm$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/xlsx
	$(GO) test -run='^$$' -fuzz='^FuzzCmap$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/pdf

## lint: formatting and vet
lint:
	@test -z "$$(gofmt -l cmd internal fonts seeds templates)" || { gofmt -l cmd internal fonts seeds templates; echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet $(PKGS)

clean:
	rm -rf bin output
