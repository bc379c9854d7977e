#!/usr/bin/env bash
# Screenshots of the workbench for review, written into OUT_DIR:
#   01-demo-before-apply.png … 06-drift.png   the window in each state, grabbed at 1440×900 on the
#       offscreen platform by the GUI test that walks through them (tests/gui/tst_workbenchtour.cpp)
#   07-diff-modified-migration.png   the detail pane on the edited migration: its file against the text applied
#   08-profiles-production.png       Connect's profiles dialog with a production profile selected
#   09-new-migration-editor.png      New Migration's editor on the next version's up and down scripts, checked
#   10-xvfb-demo.png, 11-xvfb-confirm-apply.png          the real tidemark executable under Xvfb (1440×900) on the
#       demo project: as it opens, and with Apply Pending's confirmation open (Ctrl+Shift+U, sent by xdotool)
# Usage: tools/screenshots.sh OUT_DIR        Environment: TIDEMARK_BUILD_DIR (default build/)
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TIDEMARK_BUILD_DIR:-$root/build}
mkdir -p "$1"
out=$(cd "$1" && pwd)

# What the real-display shots need, beyond what tools/setup.sh installs.
packages=(xvfb xauth dbus-daemon imagemagick xdotool gnome-keyring)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "screenshots: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  "$root/tools/setup.sh" "$build"
else
  cmake --build "$build" --target tidemark tst_workbenchtour
fi

# Settings, data and the demo database in a throwaway place: a first start, whatever this machine saw before.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/run" "$scratch/config" "$scratch/data"
export XDG_RUNTIME_DIR=$scratch/run XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data

echo "screenshots: the workbench's states, offscreen"
# On a private session bus with an unlocked keyring, so that the profiles dialog shows the keychain working.
cat >"$scratch/offscreen-shots.sh" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
out=$1 tour=$2
printf '%s' tidemark-screenshots | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null || true
for _ in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.05
done
QT_QPA_PLATFORM=offscreen TIDEMARK_SCREENSHOT_DIR=$out "$tour" -silent
EOF
chmod +x "$scratch/offscreen-shots.sh"
if command -v gnome-keyring-daemon >/dev/null; then
  dbus-run-session -- "$scratch/offscreen-shots.sh" "$out" "$build/tests/gui/tst_workbenchtour"
else
  QT_QPA_PLATFORM=offscreen TIDEMARK_SCREENSHOT_DIR=$out "$build/tests/gui/tst_workbenchtour" -silent
fi

echo "screenshots: tidemark under Xvfb"
cat >"$scratch/xvfb-shots.sh" <<'EOF'
#!/usr/bin/env bash
# Inside Xvfb: start tidemark on the demo project, shoot the screen as it opens and with a confirmation open.
set -euo pipefail
build=$1 out=$2 scratch=$3 demo=$4
"$build/app/gui/tidemark" --project "$demo" --url "sqlite:$scratch/demo.db" >"$scratch/tidemark.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
window=$(xdotool search --sync --onlyvisible --name '^Tidemark — ' | head -1)
sleep 2 # connected, timeline filled, painted
/usr/bin/import -window root "$out/10-xvfb-demo.png"
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+shift+u
xdotool search --sync --onlyvisible --name '^Confirm Apply$' >/dev/null
sleep 1
/usr/bin/import -window root "$out/11-xvfb-confirm-apply.png"
xdotool key --clearmodifiers Escape # cancel: nothing runs
EOF
chmod +x "$scratch/xvfb-shots.sh"
dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24" \
  "$scratch/xvfb-shots.sh" "$build" "$out" "$scratch" "$root/migrations"

ls -1 "$out"/*.png
