#!/bin/sh
# Remakes the PDF fixtures from their sources with LibreOffice Writer.
# Run from this directory: sh make-fixtures.sh (needs soffice).
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$tmp/profile --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir . programme.html >/dev/null
rm -rf "$tmp"
