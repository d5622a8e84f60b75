# baocao — see README.md. Every target works on a fresh clone with Go installed.
GO      ?= go
PKGS    := ./...
BIN     := bin/baocao
FUZZTIME ?= 5m

.PHONY: run test bench fuzz lint build clean

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

## bench: every benchmark, with memory, printed as Go's benchmark lines
bench:
	$(GO) test -run='^$$' -bench=. -benchmem -count=1 $(PKGS)

## fuzz: every fuzzer for FUZZTIME each (default 5m; FUZZTIME=30s for a quick pass)
# -fuzzminimizetime keeps the fuzzer fuzzing instead of shrinking the 31 KB seed.
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/parse
	$(GO) test -run='^$$' -fuzz='^FuzzLoadLedger$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/progress
	$(GO) test -run='^$$' -fuzz='^FuzzLoadConfig$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/config
	$(GO) test -run='^$$' -fuzz='^FuzzImport$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/cli
	$(GO) test -run='^$$' -fuzz='^FuzzReadForm$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/xlsx
	$(GO) test -run='^$$' -fuzz='^FuzzCmap$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=2s ./internal/pdf

## lint: formatting and vet
lint:
	@test -z "$$(gofmt -l cmd internal fonts seeds templates)" || { gofmt -l cmd internal fonts seeds templates; echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet $(PKGS)

clean:
	rm -rf bin output
