#!/bin/sh
# Renders the pictures of docs/huong-dan.md from what 'make run' writes: page 1
# of the annex and of the quarterly report, and an agency form as LibreOffice
# prints it. Run from the repository's root: sh docs/hinh/render.sh
# Needs pdftoppm (poppler-utils) and soffice (LibreOffice Calc).
set -eu
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/baocao" ./cmd/baocao
# The demo as 'make run' makes it, in a scratch folder so the checkout stays clean.
(cd "$work" && ./baocao run --quarter 2021-Q3 >/dev/null)
out="$work/output/07-CTr-TU"
# 50 dpi keeps each picture well under 150 KB and still readable.
pdftoppm -r 50 -png -f 1 -l 1 -singlefile "$out/danh-muc.pdf" "$root/docs/hinh/danh-muc-trang-1"
pdftoppm -r 50 -png -f 1 -l 1 -singlefile "$out/2021-Q3/bao-cao-2021-Q3.pdf" "$root/docs/hinh/bao-cao-quy-III-2021-trang-1"
# soffice prints the form as an agency opening it in LibreOffice would see it.
soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work" \
	"$out/2021-Q3/phieu-ban-tuyen-giao-tinh-uy.xlsx" >/dev/null 2>&1
pdftoppm -r 50 -png -f 1 -l 1 -singlefile "$work/phieu-ban-tuyen-giao-tinh-uy.pdf" "$root/docs/hinh/phieu-ban-tuyen-giao"
ls -l "$root"/docs/hinh/*.png
