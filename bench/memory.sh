#!/usr/bin/env bash
# Start, two weight changes, a preview, a sensitivity analysis (SAMPLES, default 100: the most
# that fit at national scale is 177), the matrix, throughput, latency and resident memory of Kiku
# on a seeded data folder, with the JVM options given (scripts/kiku's when none; docs/PERFORMANCE.md):
#   bench/memory.sh /path/to/seeded-data [ENV=value] [-- -Xmx160m -XX:+UseSerialGC]
# Seed a folder as bench/run.sh does (start once, bench/Seed.java, start once more to build the
# summaries). Needs wrk.
set -euo pipefail
dir=$(realpath "$1"); shift
envs=()
while [[ $# -gt 0 && $1 != -- ]]; do envs+=("$1"); shift; done
[[ ${1:-} == -- ]] && { shift; export KIKU_JAVA_OPTS="$*"; }
cd "$(dirname "$0")/.."
source bench/kiku.sh
trap stop_kiku EXIT
start_kiku "$dir" "${envs[@]}"
# A weight change is done when the next backlog page shows the new ranking (LiveRanking ranks again).
weights() { curl -s -o /dev/null -w "%{time_total} " -X PUT -H "$auth" -H 'Content-Type: application/json' \
  -d "$1" "$url/api/v1/criteria/weights"; curl -s -o /dev/null -w "%{time_total}" -H "$auth" \
  "$url/api/v1/backlog?size=50" ; }
w1=$(weights '{"weights":{"1":2,"2":3}}')
w2=$(weights '{"weights":{"1":3,"2":2}}')
post() { curl -s -o /dev/null -w "%{http_code} %{time_total}" -X POST -H "$auth" -H 'Content-Type: application/json' \
  -d "$2" "$url/api/v1/backlog/$1"; }
preview=$(post preview '{"weights":{"1":5}}')
sensitivity=$(post sensitivity "{\"samples\":${SAMPLES:-100}}")
matrix=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" -H "$auth" "$url/api/v1/backlog/matrix")
rps=$(wrk -t2 -c16 -d10s -H "$auth" "$url/api/v1/backlog?size=50" | awk '/Requests\/sec/ {print $2}')
latency=$(wrk -t1 -c1 -d5s --latency -H "$auth" "$url/api/v1/backlog?size=50" | p50)
echo "${envs[*]} $java_opts: ready $ready ms, weight changes (PUT, page) ${w1} s / ${w2} s, preview $preview s," \
  "sensitivity $sensitivity s, matrix $matrix s, $rps req/s, p50 $latency ms," \
  "resident $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
