#!/usr/bin/env bash
# The README's cluster figure: the same open-model rate run by 1 agent and by 3 agents against the embedded server,
# over a nats-server on loopback, all on this machine (shows correctness and overhead, not capacity).
# Usage: bench/cluster.sh [--rate 30] [--duration 20s]   (needs nats-server: apt-get install -y nats-server)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rate=30 duration=20s
while [ $# -gt 0 ]; do
  case "$1" in
    --rate) rate="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
nats=$(command -v nats-server || echo /usr/sbin/nats-server)
dotnet build src/Cli -c Release --nologo -v q
cli=src/Cli/bin/Release/net10.0/MfaConformance.Cli.dll
port=$((20000 + RANDOM % 20000))
"$nats" -a 127.0.0.1 -p "$port" >/dev/null 2>&1 &
nats_pid=$!
pids=()
cleanup() { kill "${pids[@]}" "$nats_pid" 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
mkdir -p bench/out
out="bench/out/cluster-$(date -u +%Y%m%d-%H%M%S).txt"
for agents in 1 3; do
  pids=()
  for i in $(seq 1 "$agents"); do
    dotnet "$cli" agent --nats "nats://127.0.0.1:$port" --name "agent-$i" --once >/dev/null 2>&1 &
    pids+=($!)
  done
  {
    echo "== $agents agent(s), --rate $rate --duration $duration; $(date -u +%H:%M:%S) UTC; before: $(uptime)"
    dotnet "$cli" load --cluster "nats://127.0.0.1:$port" --agents "$agents" --rate "$rate" --duration "$duration" --no-progress --reports bench/out/cluster-reports \
      | grep -E "^Scenario |^  agent-|^\[(pass|FAIL)\]|\[cluster\] (fault|degraded)|Reports:" || true
    echo "after: $(uptime)"
  } | tee -a "$out"
  wait "${pids[@]}" 2>/dev/null || true
done
echo "saved: $out"
