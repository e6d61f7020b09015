#!/usr/bin/env bash
# Runs `accept` against the embedded reference server, and once more against its mutant accept-wrong-password, and a
# 20 s `load` of returning_user_login, then renders the HTML reports (the acceptance pages, the rejected run's
# conformance report: the failures first above the Cucumber HTML report Reqnroll writes, the load report) in headless Chromium
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

# A rejected acceptance (the reference server's mutant accept-wrong-password): its page down to the failed
# requirements and their evidence links, and its conformance report, which opens on the failures.
rejected=0
dotnet run --project src/Cli -- accept --reports "$work/rejected" --mutant accept-wrong-password --skip-load || rejected=$?
[ "$rejected" -eq 1 ] || { echo "accept --mutant accept-wrong-password exited $rejected, not 1" >&2; exit 1; }
rbundle=$(ls -d "$work"/rejected/accept/*/ | head -1)

mkdir -p docs/screenshots
shot "${bundle}index.html" acceptance.png
HEIGHT=3600 shot "${rbundle}index.html" acceptance-rejected.png
shot "${rbundle}conformance/report.html" conformance.png
shot "$load" load.png "$WIDTH" 1900
