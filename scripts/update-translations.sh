#!/usr/bin/env bash
# Brings ui/translations/*.ts up to date with the sources: every tr(), translate() and
# QT_TRANSLATE_NOOP("isms::domain", ...) in src/app, src/reports, src/domain, src/cli and the
# Designer forms of ui/forms. New strings arrive as "unfinished"; strings no longer in the code
# are dropped (-no-obsolete), so the .ts never carries dead entries.
#
# Then translate what is unfinished (linguist ui/translations/isms_de.ts, or edit the XML) until
#   tests/translations/check_translations.sh ui/translations/isms_de.ts
# reports 0 unfinished; ctest runs the same check (test "translations_complete").
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
[ -x "$LUPDATE" ] || LUPDATE=/usr/lib/qt6/bin/lupdate
ts_files=(ui/translations/isms_*.ts)
if [ "${1:-}" != "" ]; then ts_files=("$@"); fi
"$LUPDATE" -no-obsolete -locations relative -extensions cpp,h,ui -I src -I build/src/app \
  src/app src/reports src/domain src/cli ui/forms -ts "${ts_files[@]}"
