#!/usr/bin/env bash
# Installs what ISMS Desk needs to build, test and run on Debian 12 (bookworm).
# Idempotent: does nothing when everything is already there.
# Catch2 v3 comes from bookworm-backports; the backports entry is derived from the mirror
# this machine already uses, so no package host is named here.
# clang-14 and libclang-rt-14-dev (its sanitizer and libFuzzer runtimes) build tests/fuzz.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libgl-dev libxkbcommon-dev
  libsqlite3-dev sqlite3 libspdlog-dev libfmt-dev libsodium-dev libxlsxwriter-dev zlib1g-dev libzip-dev libexpat1-dev
  xvfb xauth poppler-utils
  clang-14 libclang-rt-14-dev
)
BACKPORTS_PACKAGES=(libcatch2-dev)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
catch2_ok=0
if dpkg-query -W -f='${Version}' libcatch2-dev 2>/dev/null | grep -q '^3'; then catch2_ok=1; fi

if [ ${#missing[@]} -eq 0 ] && [ $catch2_ok -eq 1 ]; then
  exit 0
fi

echo "Installing build dependencies: ${missing[*]} ${BACKPORTS_PACKAGES[*]}"

backports_file=/etc/apt/sources.list.d/isms-desk-backports.sources
if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '/^deb / {for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  if [ -z "$uri" ]; then
    echo "error: cannot find the Debian mirror this machine uses to add bookworm-backports." >&2
    exit 1
  fi
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$uri" | $SUDO tee "$backports_file" >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ $catch2_ok -eq 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORTS_PACKAGES[@]}"
fi
