#!/usr/bin/env bash
# Security stage: its time with the default sample size and its false-alarm rate on the unmodified reference server.
# Runs `mfa-conformance security` (embedded reference server, default --samples 2000) RUNS times (default 10) and prints
# each run's wall time and findings, then the false-alarm rate (runs with any finding / runs) and the time per run.
# Usage: bench/security-false-alarms.sh [RUNS] [extra options for `security`, e.g. --samples 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs="${1:-10}"
shift || true
dotnet build src/Cli -c Release --nologo -v q >/dev/null
cli=src/Cli/bin/Release/net10.0/MfaConformance.Cli.dll
out="bench/out/security-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$out"
echo "security stage x $runs on the embedded reference server; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
alarms=0
total=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  set +e
  dotnet "$cli" security --reports "$out/run-$i" "$@" >"$out/run-$i.txt" 2>&1
  code=$?
  set -e
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  total=$(echo "$total + $secs" | bc)
  findings=$(grep -E '^  [0-9][a-e] +FINDING' "$out/run-$i.txt" | awk '{print $1}' | paste -sd, - || true)
  stage=$(grep -oE 'calls in [0-9.]+ s' "$out/run-$i.txt" | tail -1)
  if [ "$code" -ne 0 ]; then alarms=$((alarms + 1)); fi
  printf 'run %2d: exit %d, %s wall s (stage: %s), findings: %s\n' "$i" "$code" "$(printf '%.1f' "$secs")" "$stage" "${findings:-none}"
done
printf 'false alarms: %d of %d runs (%.0f %%); mean wall time per run %.1f s; load average at end: %s\n' \
  "$alarms" "$runs" "$(echo "100 * $alarms / $runs" | bc -l)" "$(echo "$total / $runs" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "outputs: $out"
