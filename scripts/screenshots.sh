#!/usr/bin/env bash
# Runs `accept` against the embedded reference server and a 20 s `load` of returning_user_login, then renders three
# HTML reports (the acceptance page, the conformance report: the Cucumber HTML report Reqnroll writes, the load report) in headless Chromium
# (with 15 s of virtual time, so script-rendered pages are screenshot rendered) and saves screenshots to
# docs/screenshots/. Fails when a page logs anything to the browser console. Installs nothing: needs the .NET SDK
# and Chromium (Debian: apt-get install -y chromium; or set CHROMIUM=/path/to/chrome).
#   scripts/screenshots.sh                 # LOAD_DURATION=5s (accept) LOAD_SCREENSHOT_DURATION=20s WIDTH=1280 HEIGHT=1800 by default
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$CHROMIUM" ] || { echo "chromium not found: apt-get install -y chromium, or set CHROMIUM=/path/to/chrome" >&2; exit 2; }
WIDTH=${WIDTH:-1280}
HEIGHT=${HEIGHT:-1800}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
dotnet run --project src/Cli -- accept --reports "$work/reports" --load-duration "${LOAD_DURATION:-5s}" || status=$?
[ "$status" -le 1 ] || { echo "accept exited $status: no bundle to screenshot" >&2; exit "$status"; }
bundle=$(ls -d "$work"/reports/accept/*/ | head -1)
status=0
dotnet run --project src/Cli -- load --scenario returning_user_login --duration "${LOAD_SCREENSHOT_DURATION:-20s}" --no-progress --reports "$work/load-reports" || status=$?
[ "$status" -le 1 ] || { echo "load exited $status: no report to screenshot" >&2; exit "$status"; }
load=$(find "$work/load-reports/load" -name 'report.html' | head -1)

chrome() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" \
    --enable-logging=stderr --v=0 --virtual-time-budget=15000 "$@"
}

shot() { # page.html name.png [width] [height]
  local page=$1 png=$2
  chrome --dump-dom "file://$page" >/dev/null 2>"$work/console.log" || true
  if grep -q ':CONSOLE' "$work/console.log"; then
    echo "$page logged to the browser console:" >&2; grep ':CONSOLE' "$work/console.log" >&2; exit 1
  fi
  chrome --screenshot="docs/screenshots/$png" --window-size="${3:-$WIDTH},${4:-$HEIGHT}" "file://$page" 2>/dev/null
  echo "docs/screenshots/$png <- $page (no console output)"
}

# The Cucumber HTML report opens with its features folded: a copy with one feature unfolded (a click after it
# rendered) shows its scenarios, steps and the HTTP exchanges under them. The report itself is not changed.
expanded="$work/conformance-expanded.html"
python3 - "${bundle}conformance/report.html" "$expanded" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
click = ("<script>setTimeout(function(){document.querySelectorAll('[aria-expanded=\"false\"]').forEach(function(b){"
         "if(b.textContent.indexOf('returning-user.feature')>=0){b.click();}});},1000);</script>")
at = page.rfind("</body>")
open(sys.argv[2], "w", encoding="utf-8").write(page[:at] + click + page[at:])
PY

mkdir -p docs/screenshots
shot "${bundle}index.html" acceptance.png
shot "${bundle}conformance/report.html" conformance-folded.png
shot "$expanded" conformance.png
rm -f docs/screenshots/conformance-folded.png
shot "$load" load.png "$WIDTH" 1900
