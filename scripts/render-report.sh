#!/usr/bin/env bash
# Renders a report folder's report.docx (and report.xlsx) with LibreOffice headless, for a
# visual check: DIR/render/report.pdf, one PNG per page (DIR/render/report-N.png, with
# pdftoppm when present, else the first page only) and report-xlsx.pdf. Fails when
# LibreOffice cannot open a file or the PDF has no pages.
#   usage: scripts/render-report.sh [REPORT_DIR]   (default: out/report)
# Needs: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui (poppler-utils for
# every page as PNG). Uses a throw-away LibreOffice profile, so it never touches yours.
set -euo pipefail
dir="${1:-out/report}"
[ -f "$dir/report.docx" ] || { echo "render-report: no $dir/report.docx (run canvass first)" >&2; exit 3; }
command -v soffice >/dev/null || { echo "render-report: needs LibreOffice: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui" >&2; exit 3; }
render="$dir/render"
mkdir -p "$render"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
office() { soffice -env:UserInstallation="file://$profile" --headless --norestore --nolockcheck "$@" >/dev/null 2>&1; }

office --convert-to pdf --outdir "$render" "$dir/report.docx"
[ -s "$render/report.pdf" ] || { echo "render-report: LibreOffice could not convert report.docx" >&2; exit 1; }
if [ -f "$dir/report.xlsx" ]; then
  cp "$dir/report.xlsx" "$profile/report-xlsx.xlsx"
  office --convert-to pdf --outdir "$render" "$profile/report-xlsx.xlsx"
  [ -s "$render/report-xlsx.pdf" ] || { echo "render-report: LibreOffice could not convert report.xlsx" >&2; exit 1; }
fi
pages=$(grep -a -c "/Type */Page[^s]" "$render/report.pdf" || true)
[ "$pages" -gt 0 ] || { echo "render-report: report.pdf has no pages" >&2; exit 1; }
if command -v pdftoppm >/dev/null; then
  pdftoppm -r 60 -png "$render/report.pdf" "$render/report"
else
  office --convert-to png --outdir "$render" "$dir/report.docx"  # the first page only
fi
echo "render-report: $pages pages: $render/report.pdf and PNGs in $render/" >&2
