#!/usr/bin/env bash
# Screenshots of the History tab for review, written into OUT_DIR/<lang>-<size>/: the workbench maximized under Xvfb
# with openbox as the window manager, at 1024x768 and 1440x900, in English and German, on weeks of history (runs by
# three people through tidemark-cli, dated by libfaketime, among them a failure, its repair and a run killed in the
# middle of a migration, then two runs from the workbench). tests/gui/tst_historytour drives it and checks the layout:
#   migrations-tab.png            the Migrations tab at the same size (its state toggles wrap when narrow)
#   history-failed-run.png        the History tab with the failed run selected: its events and plan
#   history-workbench-run.png     today's apply from the workbench selected: its profile and environment
#   history-no-end-recorded.png   the run whose end was never recorded selected, with its banner
#   history-chart.png             the chart alone: the runs over time by duration and outcome
#   history-with-chart.png        the History tab with its chart shown (at 1024x768 it starts hidden)
#   export-report-dialog.png      Export Report opened on the selected run
# Usage: tools/historyshots.sh OUT_DIR        Environment: TIDEMARK_BUILD_DIR (default build/)
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIDEMARK_BUILD_DIR:-$root/build}
mkdir -p "$1"
out=$(cd "$1" && pwd)

packages=(xvfb xauth dbus-daemon openbox libfaketime)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "historyshots: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  "$root/tools/setup.sh" "$build"
else
  cmake --build "$build" --target tst_historytour tidemark_cli
fi
faketime=$(dpkg -L libfaketime 2>/dev/null | grep -m1 '/libfaketime\.so\.1$' || true)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat >"$scratch/shoot.sh" <<'INNER'
#!/usr/bin/env bash
# Inside Xvfb: a window manager, then the tour on the real display.
set -euo pipefail
tour=$1 dir=$2 faketime=$3
openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null || true' EXIT
sleep 1
QT_QPA_PLATFORM=xcb TIDEMARK_SCREENSHOT_DIR=$dir TIDEMARK_TOUR_FAKETIME=$faketime "$tour" -silent
INNER
chmod +x "$scratch/shoot.sh"

for size in 1024x768 1440x900; do
  for lang in en de; do
    dir=$out/$lang-$size
    mkdir -p "$dir"
    echo "historyshots: $lang at $size"
    if [ "$lang" = de ]; then locale=(LANG=de_DE.UTF-8 LANGUAGE=de); else locale=(LANG=C.UTF-8 LANGUAGE=en); fi
    mkdir -m 700 -p "$scratch/$lang-$size/run" "$scratch/$lang-$size/config" "$scratch/$lang-$size/data"
    # A home of its own: what one shot's run remembers (the tests' settings live under it) is not the next one's.
    env "${locale[@]}" HOME="$scratch/$lang-$size" XDG_RUNTIME_DIR="$scratch/$lang-$size/run" XDG_CONFIG_HOME="$scratch/$lang-$size/config" \
      XDG_DATA_HOME="$scratch/$lang-$size/data" \
      dbus-run-session -- xvfb-run -a -s "-screen 0 ${size}x24" \
      "$scratch/shoot.sh" "$build/tests/gui/tst_historytour" "$dir" "$faketime"
  done
done
ls -1 "$out"/*/*.png
