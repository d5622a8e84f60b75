#!/bin/sh
# fpdf-update.sh VERSION: replace third_party/fpdf with the pristine module
# VERSION (from the Go module cache) and apply fpdf.patch to it; with
# --diff, rewrite fpdf.patch from the pristine VERSION and the current tree.
# Run from the repository root. See third_party/fpdf/README.baocao.md.
set -eu
mode=apply
if [ "${1:-}" = --diff ]; then mode=diff; shift; fi
v=${1:?usage: third_party/fpdf-update.sh [--diff] VERSION (e.g. v0.12.0)}
go mod download "codeberg.org/go-pdf/fpdf@$v"
src=$(go env GOMODCACHE)/codeberg.org/go-pdf/fpdf@$v
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# What is kept: the root package without its tests, its embedded core-font
# metrics, the module files and the licence. Examples, test fonts and
# reference PDFs (5 MB) and the contrib packages are left out.
keep() {
	mkdir -p "$1"
	cp "$src/LICENSE" "$src/README.md" "$src/go.mod" "$src/go.sum" "$1/"
	cp -r "$src/font_embed" "$1/"
	for f in "$src"/*.go; do
		case $f in *_test.go) ;; *) cp "$f" "$1/" ;; esac
	done
	chmod -R u+w "$1"
}
keep "$tmp/a"
if [ $mode = diff ]; then
	mkdir -p "$tmp/b"
	cp -r third_party/fpdf/. "$tmp/b/"
	rm -f "$tmp/b/README.baocao.md"
	(cd "$tmp" && diff -ruN a b) | sed -E 's/^(---|\+\+\+) ([ab]\/[^\t]*)\t.*/\1 \2/' >third_party/fpdf.patch || true
	exit 0
fi
readme=$(cat third_party/fpdf/README.baocao.md)
rm -rf third_party/fpdf
keep third_party/fpdf
printf '%s\n' "$readme" >third_party/fpdf/README.baocao.md
(cd third_party/fpdf && patch -p1 --no-backup-if-mismatch <../fpdf.patch)
echo "fpdf $v patched; now: go build ./... && go test ./internal/cli -run TestBundledOutputHashes"
