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

# 9-11. HTML read by Writer (not Writer/Web), saved as Word, the PDF made from
# the Word file, and that PDF as pdftotext -layout prints it.
# thanh-uy-phu-luc: a borderless Phụ lục whose columns are Sản phẩm and
# Thời gian hoàn thành before Cơ quan chủ trì, a row split by a page break;
# ubnd-tinh-qd: a Quyết định in DejaVu Sans saved as Word 97 (.doc), its plan
# an attached ruled table; so-nn-merged: a Sở plan whose ruled table has group
# rows over four columns and lead and deadline cells merged over rows.
html2word() { # name filter extension
	office --infilter="HTML (StarWriter)" --convert-to "$3:$2" --outdir "$work" "$1.html"
	cp "$work/$1.$3" "$1.$3"
	office --convert-to pdf --outdir "$work/pdf" "$1.$3"
	cp "$work/pdf/$1.pdf" "$1.pdf"
	pdftotext -layout "$1.pdf" "$1.layout.txt"
}
html2word thanh-uy-phu-luc "MS Word 2007 XML" docx
html2word ubnd-tinh-qd "MS Word 97" doc
html2word so-nn-merged "MS Word 2007 XML" docx
# 12. huyen-uy-hai-dong: a Huyện ủy plan whose annex heads the agencies with one
# cell over two ("Cơ quan thực hiện" over "Chủ trì", "Phối hợp"); besides the
# Word, PDF and layout text, the Word file's LibreOffice Text export.
html2word huyen-uy-hai-dong "MS Word 2007 XML" docx
office --convert-to "txt:Text (encoded):UTF8" --outdir "$work/lo" huyen-uy-hai-dong.docx
cp "$work/lo/huyen-uy-hai-dong.txt" huyen-uy-hai-dong.lo.txt

echo "remade: huyen-uy-layout.pdf huyen-uy-layout.txt so-ban-nganh-cellperline.txt tinh-uy-merged.docx tinh-uy-merged.pdf"
echo "        thanh-uy-phu-luc.{docx,pdf,layout.txt} ubnd-tinh-qd.{doc,pdf,layout.txt} so-nn-merged.{docx,pdf,layout.txt}"
echo "        huyen-uy-hai-dong.{docx,pdf,layout.txt,lo.txt}"
