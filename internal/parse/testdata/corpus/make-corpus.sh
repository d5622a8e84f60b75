#!/bin/sh
# Remakes every generated file of the corpus from the sources kept beside it,
# with LibreOffice (soffice) and poppler-utils (pdftotext). Run from anywhere:
#
#     internal/parse/testdata/corpus/make-corpus.sh
#
# The tests read the committed files and need neither tool. After remaking,
# read the diff of the .txt files: a new LibreOffice or poppler may lay the
# text out differently, and the truth files must still hold.
set -eu

cd "$(dirname "$0")"
for tool in soffice pdftotext; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "make-corpus.sh: $tool is missing (apt-get install libreoffice-writer-nogui poppler-utils)" >&2
		exit 1
	}
done

# A private LibreOffice profile, so a running office or another conversion
# does not block this one.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
office() {
	soffice -env:UserInstallation="file://$work/profile" --headless "$@" >"$work/log" 2>&1 || {
		cat "$work/log" >&2
		exit 1
	}
}

# 4. Huyện ủy programme as pdftotext -layout prints it: HTML → PDF → text.
office --convert-to pdf --outdir "$work" huyen-uy-layout.html
cp "$work/huyen-uy-layout.pdf" huyen-uy-layout.pdf
pdftotext -layout huyen-uy-layout.pdf huyen-uy-layout.txt

# 5. Sở Kế hoạch as LibreOffice's Text export writes it: every cell on its own line.
office --convert-to "txt:Text (encoded):UTF8" --outdir "$work" so-ban-nganh-cellperline.html
cp "$work/so-ban-nganh-cellperline.txt" so-ban-nganh-cellperline.txt

# 7. Tỉnh ủy programme with merged cells: flat ODF → Word → PDF made from the Word file.
office --convert-to "docx:MS Word 2007 XML" --outdir "$work" tinh-uy-merged.fodt
cp "$work/tinh-uy-merged.docx" tinh-uy-merged.docx
office --convert-to pdf --outdir "$work/pdf" tinh-uy-merged.docx
cp "$work/pdf/tinh-uy-merged.pdf" tinh-uy-merged.pdf

echo "remade: huyen-uy-layout.pdf huyen-uy-layout.txt so-ban-nganh-cellperline.txt tinh-uy-merged.docx tinh-uy-merged.pdf"
