#!/usr/bin/env bash
# A/A and A/B of `compare` (issue 19): PAIRS pairs of short load runs of the same build against reference servers
# started with `serve`, each pair compared; prints the share of figures judged "no difference" (A/A) and which steps
# are flagged when one endpoint of server B carries a planted delay (`serve --debug-delay`, A/B).
# Usage: bench/compare/aa-ab.sh [--pairs 10] [--duration 12s] [--rate 20] [--delay mfa_password_validate=20ms] [--mode concurrent|sequential]
#   concurrent (default): the two runs of a pair run at the same time (same machine load), so a pair differs only by
#                         what the test must judge; sequential: one after the other (what a user comparing yesterday's
#                         run with today's gets, on this shared machine the load moves between runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
pairs=10 duration=12s rate=20 delay=mfa_password_validate=20ms mode=concurrent
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs=$2; shift 2;; --duration) duration=$2; shift 2;; --rate) rate=$2; shift 2;;
    --delay) delay=$2; shift 2;; --mode) mode=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
if [ -z "${CLI_DLL:-}" ]; then # CLI_DLL=path/MfaConformance.Cli.dll uses a build made earlier
  dotnet build src/Cli -c Release --nologo -v q >/dev/null
  CLI_DLL=src/Cli/bin/Release/net10.0/MfaConformance.Cli.dll
fi
cli="dotnet $CLI_DLL"
out="bench/out/compare-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$out"
port_a=$((20000 + RANDOM % 20000)); port_b=$((port_a + 1))
$cli serve --urls "http://127.0.0.1:$port_a" --hash-iterations 1000 >"$out/server-a.log" 2>&1 & server_a=$!
$cli serve --urls "http://127.0.0.1:$port_b" --hash-iterations 1000 --debug-delay "$delay" >"$out/server-b.log" 2>&1 & server_b=$!
trap 'kill $server_a $server_b 2>/dev/null || true' EXIT
for port in $port_a $port_b; do
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
done

run() { # run NAME PORT SEED: one load run (its own customers: two runs at once must not share them); prints its report folder
  $cli load --target "http://127.0.0.1:$2" --seed "$3" --duration "$duration" --rate "$rate" --no-progress --reports "$out/$1" >"$out/$1.log" 2>&1 || true
  ls -d "$out/$1"/load/*/ | head -1
}
pair() { # pair KIND I PORT_B SEED_BASE SEED_CURRENT
  if [ "$mode" = concurrent ]; then
    run "$1-$2-base" $port_a "$4" >"$out/$1-$2-base.path" & local p=$!
    run "$1-$2-cur" "$3" "$5" >"$out/$1-$2-cur.path"; wait $p
  else
    run "$1-$2-base" $port_a "$4" >"$out/$1-$2-base.path"; run "$1-$2-cur" "$3" "$5" >"$out/$1-$2-cur.path"
  fi
  $cli compare "$(cat "$out/$1-$2-base.path")" "$(cat "$out/$1-$2-cur.path")" --out "$out/$1-$2-compare" >"$out/$1-$2-compare.log" || true
}
echo "compare A/A and A/B: $pairs pairs, $duration at $rate/s each, mode $mode, delay on B: $delay; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$pairs"); do pair aa "$i" $port_a $((1000 + i)) $((2000 + i)); pair ab "$i" $port_b $((3000 + i)) $((4000 + i)); echo "pair $i done (load average $(cut -d' ' -f1 /proc/loadavg))"; done
python3 - "$out" "$pairs" "${delay%%=*}" <<'PY'
import json, sys, os
out, pairs, slowed = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def load(kind, i): return json.load(open(os.path.join(out, f"{kind}-{i}-compare", "compare.json")))
def alone(f): # what the figure's own p-value would have said (no family-wise adjustment, as before Holm)
    return f.get("rawPValue") is not None and f["rawPValue"] < 0.01 and abs(f["change"] or 0) >= 0.05
tot = nod = lat = latnod = aa_alone = 0
for i in range(1, pairs + 1):
    c = load("aa", i)
    for r in c["rows"]:
        for f in r["figures"]:
            tot += 1; nod += f["verdict"] == "no difference"; aa_alone += alone(f)
            if f["figure"] not in ("rps", "fail_rate"): lat += 1; latnod += f["verdict"] == "no difference"
print(f"A/A: {nod}/{tot} figures no difference ({100*nod/tot:.1f}%); latency figures only: {latnod}/{lat} ({100*latnod/lat:.1f}%); judged alone (no Holm) {tot - aa_alone}/{tot}")
hit = 0; others = 0; iteration = 0; others_alone = 0
for i in range(1, pairs + 1):
    c = load("ab", i)
    flagged = sorted({r["step"] or "(iteration)" for r in c["rows"] if any(f["verdict"] == "regression" for f in r["figures"])})
    others_alone += len({r["step"] for r in c["rows"] if r["step"] not in (slowed, None) and any(alone(f) for f in r["figures"])})
    hit += slowed in flagged; others += len([s for s in flagged if s not in (slowed, "(iteration)")]); iteration += "(iteration)" in flagged
    row = next(r for r in c["rows"] if r["step"] == slowed)
    p50 = next(f for f in row["figures"] if f["figure"] == "p50")
    print(f"A/B pair {i}: flagged {', '.join(flagged) or 'nothing'}; {slowed} p50 {p50['baseline']} -> {p50['current']} ms")
print(f"A/B: {slowed} flagged as a regression in {hit}/{pairs} pairs; other steps flagged: {others} (judged alone, no Holm: {others_alone}); the iteration (which contains the step) flagged in {iteration}/{pairs}")
PY
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); runs and comparisons in $out"
