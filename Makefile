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

## fuzz: the parser and ledger fuzzers, FUZZTIME each (default 5m)
fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=$(FUZZTIME) ./internal/parse
	$(GO) test -run='^$$' -fuzz='^FuzzLoadLedger$$' -fuzztime=$(FUZZTIME) ./internal/progress

## lint: formatting and vet
lint:
	@test -z "$$(gofmt -l cmd internal fonts seeds templates)" || { gofmt -l cmd internal fonts seeds templates; echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet $(PKGS)

clean:
	rm -rf bin output
