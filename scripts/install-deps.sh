#!/usr/bin/env bash
# Installs the Debian 12 packages canvass builds on, only those missing (quick when all
# are present). Run as root; non-interactive. `--fuzz` adds clang and libFuzzer, which only
# scripts/fuzz.sh needs (the test suite's corpus replay uses GCC's sanitizers).
set -euo pipefail

# fonts-liberation2: the chart PNGs in report.docx are drawn with Arial's metrics (Liberation
# Sans) whatever else the machine has, so the same report gives the same bytes everywhere.
PACKAGES=(
  g++ cmake make pkg-config
  libboost-dev libicu-dev libsqlite3-dev libxerces-c-dev libssl-dev zlib1g-dev
  libminizip-dev libreadstat-dev libstemmer-dev librsvg2-dev libxlsxwriter-dev
  fonts-dejavu-core fonts-liberation2
  libgtest-dev libgmock-dev libbenchmark-dev
)
if [ "${1:-}" = "--fuzz" ]; then
  PACKAGES+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
