#!/usr/bin/env bash
# LoadBench: engine vs wrk vs bare loops, all on loopback, each phase bounded (default 10 s).
# Usage: bench/run.sh [--duration 10s] [--connections 32] [--rate 1000] [--iterations 1000000] [--only a,b,c]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing wrk (Debian package)" >&2
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk not found: phase (a) runs without it (install: apt-get install -y wrk)" >&2
  fi
fi
dotnet build bench/LoadBench/LoadBench.csproj -c Release --nologo -v q
mkdir -p bench/out
out="bench/out/bench-$(date -u +%Y%m%d-%H%M%S).txt"
dotnet bench/LoadBench/bin/Release/net10.0/LoadBench.dll --wrk "$(command -v wrk || echo wrk)" "$@" | tee "$out"
echo "saved: $out"
