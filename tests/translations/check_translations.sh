#!/usr/bin/env bash
# Fails when a translation is not complete for the sources as they are now: it updates a copy
# of each .ts with lupdate (the same options as scripts/update-translations.sh), so a string
# added to the code but not yet in the .ts counts as unfinished too; then it requires lrelease
# to report 0 unfinished, and the committed .ts to hold no obsolete or vanished entries.
# Usage: check_translations.sh [TS-FILE...]   (default: every ui/translations/isms_*.ts)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
LRELEASE=${LRELEASE:-$(command -v lrelease || echo /usr/lib/qt6/bin/lrelease)}
[ -x "$LRELEASE" ] || LRELEASE=/usr/lib/qt6/bin/lrelease
ts_files=("$@")
[ ${#ts_files[@]} -gt 0 ] || ts_files=(ui/translations/isms_*.ts)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "${ts_files[@]}"; do
  if grep -Eq 'type="(obsolete|vanished)"' "$ts"; then
    echo "FAIL $ts: holds obsolete or vanished entries; run scripts/update-translations.sh"
    status=1
  fi
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  scripts/update-translations.sh "$copy" > "$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }
  out="$("$LRELEASE" "$copy" -qm "$work/out.qm" 2>&1)"
  echo "$ts: $(echo "$out" | grep -E 'Generated' | sed 's/^ *//')"
  # lrelease counts an empty translation as "untranslated", a drafted one as "unfinished": both
  # leave English in the window, so both fail.
  unfinished="$(grep -c 'type="unfinished"' "$copy" || true)"
  if [ "$unfinished" != "0" ]; then
    echo "FAIL $ts: $unfinished unfinished (new or untranslated) messages, the first of them:"
    python3 - "$copy" <<'PY' || true
import sys, xml.etree.ElementTree as ET
n = 0
for c in ET.parse(sys.argv[1]).getroot().iter('context'):
    for m in c.iter('message'):
        t = m.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            print('  [%s] %s' % (c.findtext('name'), m.findtext('source')))
            n += 1
            if n >= 20: sys.exit(0)
PY
    echo "Run scripts/update-translations.sh, translate the new messages, and run this again."
    status=1
  fi
done
exit $status
