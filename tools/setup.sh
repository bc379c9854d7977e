#!/usr/bin/env bash
# Installs what Tidemark needs on Debian 12 (only what is missing), then configures and builds it.
# Usage: tools/setup.sh [build-dir] [extra cmake arguments…]
# Environment: TIDEMARK_PRESET, a configure preset of CMakePresets.json (default dev: RelWithDebInfo);
# TIDEMARK_BUILD_TYPE overrides its build type.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
shift $(($# > 0 ? 1 : 0))

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins libgl-dev libxkbcommon-dev fonts-dejavu-core
  libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql qtkeychain-qt6-dev libpq-dev libsqlite3-dev
  xvfb xauth gnome-keyring dbus-x11 libsecret-tools postgresql-15 mariadb-server sqlite3 poppler-utils
  python3-jsonschema
)
# tst_lintcli validates SARIF against the schema of an npm package (tests/harness/sarifschema.sh): any npm will do.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "tidemark: installing ${#missing[@]} missing package(s): ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "tidemark: need root or sudo to install packages" >&2; exit 1; }
    sudo=(sudo)
  fi
  # The database servers are started by the tests themselves; keep apt from starting system-wide ones.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    created_policy=1
  fi
  trap '[ "$created_policy" = 1 ] && "${sudo[@]}" rm -f "$policy"' EXIT
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi

type=()
[ -n "${TIDEMARK_BUILD_TYPE:-}" ] && type=(-DCMAKE_BUILD_TYPE="$TIDEMARK_BUILD_TYPE")
cmake -S "$root" -B "$build" --preset "${TIDEMARK_PRESET:-dev}" "${type[@]}" "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
