#!/bin/bash
# Retakes the user guide's pictures (docs/images/) from the real application: the window under
# Xvfb with `isms --screenshot`, the welcome page and wizard from the GUI test that renders them.
# Usage: scripts/screenshots.sh [SIZE]   (SIZE defaults to 1366x768; BUILD_DIR, OUT_DIR override)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
out=${OUT_DIR:-$root/docs/images}
size=${1:-1366x768}
isms=$build/src/app/isms
ismsctl=$build/src/cli/ismsctl
for tool in "$isms" "$ismsctl" "$build/tests/app/test_dashboard" "$build/tests/app/test_app"; do
    [ -x "$tool" ] || { echo "Build first: $tool is missing (cmake --build build)." >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: run scripts/install-deps.sh." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A home of its own: no settings, keys or recent files of the person running it.
export HOME=$work/home
mkdir -p "$HOME" "$out"

shot() {  # FILE PNG PAGE [more isms options]
    local file=$1 png=$2 page=$3
    shift 3
    xvfb-run -a -s "-screen 0 ${size}x24" "$isms" "$file" --screenshot "$out/$png" --page "$page" "$@"
}

"$ismsctl" demo "$work/demo.isms" >/dev/null
shot "$work/demo.isms" dashboard.png dashboard
shot "$work/demo.isms" dashboard-dark.png dashboard --dark
shot "$work/demo.isms" risks.png risks
shot "$work/demo.isms" controls.png controls
shot "$work/demo.isms" nonconformities.png nonconformities
shot "$work/demo.isms" methodology.png @methodology
# The German window (user guide, "Sprache / Language"), at 1280x800 whatever SIZE says.
size=1280x800 shot "$work/demo.isms" dashboard-de.png dashboard --lang de
size=1280x800 shot "$work/demo.isms" risks-de.png risks --lang de

# A signed audit copy, opened as an auditor who trusts the sender's key.
ISMS_KEY_PASSPHRASE= "$ismsctl" key create --name "Priya Shah" >/dev/null
"$ismsctl" export "$work/demo.isms" "$work/audit-copy.isms" --audit-copy --sign --author "Priya Shah" >/dev/null
"$ismsctl" key export --out "$work/priya.pub" >/dev/null
"$ismsctl" key trust "$work/priya.pub" >/dev/null
shot "$work/audit-copy.isms" read-only.png controls --read-only

ISMS_SCREENSHOT_DIR=$work/shell QT_QPA_PLATFORM=offscreen "$build/tests/app/test_dashboard" "[screenshot]" >/dev/null
for name in welcome wizard-organisation wizard-method; do
    cp "$work/shell/$name.png" "$out/$name.png"
done
# The approval and import dialogs, from the GUI tests that open them on the demo.
mkdir -p "$work/dialogs"
ISMS_SHOTS_DIR=$work/dialogs QT_QPA_PLATFORM=offscreen "$build/tests/app/test_app" "[.shots]" >/dev/null
cp "$work/dialogs/approve_risk_dialog_filled.png" "$out/approve-dialog.png"
cp "$work/dialogs/import_dialog.png" "$out/import-dialog.png"
cp "$work/dialogs/import_dialog_columns.png" "$out/import-dialog-columns.png"
echo "Pictures written to $out"
