#!/usr/bin/env bash
# Renders the demo report's dashboard and breakdowns in LibreOffice and checks that the
# charts drew: needs Debian's libreoffice-calc and poppler-utils (not part of CI: the
# install takes minutes). Writes PNG pages to artifacts/render/.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "check:render needs LibreOffice: apt-get install libreoffice-calc poppler-utils" >&2; exit 2; }
out=artifacts/render
rm -rf "$out" && mkdir -p "$out"
npm run --silent build:cli
node bin/cx-segments.js analyze data/online-retail-2010-12.csv --sheets dashboard,breakdowns --out "$out/report.xlsx" --quiet
soffice --headless --convert-to pdf --outdir "$out" "$out/report.xlsx" >/dev/null
pdftoppm -r 70 -png "$out/report.pdf" "$out/page"
node scripts/check-render.js "$out"
