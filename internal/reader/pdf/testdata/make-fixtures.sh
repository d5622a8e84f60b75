#!/bin/sh
# Remakes the PDF fixtures from their sources with LibreOffice Writer
# (soffice); the tests read the committed PDFs and do not need it.
#   programme.pdf  from programme.html: title block, body, a ruled annex
#                  table over three pages with its header repeated
#   borderless.pdf from borderless.html: the body and the first rows of the
#                  annex in a table without borders (read by column alignment)
#   merged.pdf     from merged.html: a ruled table with a cell merged down,
#                  group rows across it, a line break in a cell and a title
#                  written decomposed (NFD), as some converters leave it
#   closecols.pdf  from closecols.html: a borderless annex (LibreOffice
#                  leaves out the class's borders) whose columns sit a few
#                  points apart, its header cells wrapped over two lines
#   centredhead.pdf from centredhead.html (the text reader's annex-top.html
#                  with cell padding): a borderless annex with centred
#                  headers and a body line below it
#   centredrows.pdf from centredrows.html (the audit's Huyện ủy annex): a
#                  borderless annex whose cells LibreOffice centres
#                  vertically, with group rows "I"/"II" across the columns
#   lettergroups.pdf from lettergroups.html (the audit's Sở annex): a
#                  borderless annex, lead column first, group rows A/B,
#                  a lead and a deadline merged over two rows
#   mergeddown.pdf from mergeddown.html (rows of the audit's UBND huyện
#                  annex): a borderless annex, sub-rows 1.1/1.2 under cells
#                  merged over three rows
#   nearedge.pdf   from nearedge.html (rows of the audit's UBND huyện annex):
#                  a borderless annex where a cell's line runs into the
#                  gutter a few points short of the next column's text
#   splitrow.pdf   from splitrow.html: two ruled annexes whose row 20 a page
#                  break splits, the first without a repeated header, the
#                  second with one (<thead>)
#   pagetail.pdf   from pagetail.html (the annex of the parse corpus's
#                  thanh-uy-phu-luc): a borderless annex whose row 8 a page
#                  break splits, page 2 holding the repeated header, the
#                  split row's last words and row 9
#   sigbelow.pdf   page 1 of the parse corpus's huyen-uy-hai-dong.html saved
#                  as Word, then printed to PDF (pdfseparate): a body line
#                  right above the side-by-side Nơi nhận and signature block
#   scanned.pdf    from scanned.html: one page that is only an image (scan.png,
#                  made with pdftoppm -r 30 -gray from programme.pdf's page 1)
#   secret.pdf     from secret.html, with the open password "matkhau"
# Run from anywhere: sh internal/reader/pdf/testdata/make-fixtures.sh
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
convert() {
	soffice --headless -env:UserInstallation=file://$tmp/profile --infilter="HTML (StarWriter)" \
		--convert-to "$1" --outdir . "$2" >/dev/null 2>&1
}
convert pdf:writer_pdf_Export programme.html
convert pdf:writer_pdf_Export borderless.html
convert pdf:writer_pdf_Export merged.html
convert pdf:writer_pdf_Export closecols.html
convert pdf:writer_pdf_Export centredhead.html
convert pdf:writer_pdf_Export centredrows.html
convert pdf:writer_pdf_Export lettergroups.html
convert pdf:writer_pdf_Export mergeddown.html
convert pdf:writer_pdf_Export nearedge.html
convert pdf:writer_pdf_Export splitrow.html
convert pdf:writer_pdf_Export pagetail.html
cp ../../../parse/testdata/corpus/huyen-uy-hai-dong.html "$tmp/sigbelow.html"
convert "docx:MS Word 2007 XML" "$tmp/sigbelow.html"
soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to pdf --outdir "$tmp" sigbelow.docx >/dev/null 2>&1
pdfseparate -f 1 -l 1 "$tmp/sigbelow.pdf" sigbelow.pdf
rm sigbelow.docx
convert pdf:writer_pdf_Export scanned.html
convert 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"matkhau"}}' secret.html
