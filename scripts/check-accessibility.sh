#!/usr/bin/env bash
# Checks a report folder's report.html against WCAG 2.2 AA with axe-core in headless
# Chromium (desktop and 390 px wide), and that at 390 px the page does not scroll
# sideways and chart text stays readable. Installs axe-core and puppeteer-core from npm
# into scripts/a11y/node_modules the first time (git ignores it).
#   usage: scripts/check-accessibility.sh [REPORT_DIR]   (default: out/report)
# Needs: apt-get install chromium nodejs npm. Exit 1 when anything fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:-out/report}"
[ -f "$dir/report.html" ] || { echo "check-accessibility: no $dir/report.html (run canvass first)" >&2; exit 3; }
chromium="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium" ] || { echo "check-accessibility: needs Chromium: apt-get install chromium" >&2; exit 3; }
if [ ! -d "$here/a11y/node_modules/axe-core" ] || [ ! -d "$here/a11y/node_modules/puppeteer-core" ]; then
  (cd "$here/a11y" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
node "$here/a11y/check.mjs" "$dir/report.html" "$chromium"
