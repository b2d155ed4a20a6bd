#!/usr/bin/env bash
# Start, two weight changes, a preview, a sensitivity analysis (SAMPLES, default 100: the most
# that fit at national scale is 177), the matrix, throughput, latency and resident memory of Kiku
# on a seeded data folder, with the JVM options given (docs/PERFORMANCE.md):
#   bench/memory.sh /path/to/seeded-data [ENV=value] -- -Xmx160m -XX:+UseSerialGC
# Seed a folder as bench/run.sh does (start once, bench/Seed.java, start once more to build the
# summaries). Needs wrk.
set -euo pipefail
dir=$1; shift
envs=()
while [[ $# -gt 0 && $1 != -- ]]; do envs+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
cd "$(dirname "$0")/../target/quarkus-app"
password=bench-admin-password-1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
t0=$(date +%s%3N)
env "${envs[@]}" KIKU_DATA_DIR="$dir" KIKU_ADMIN_PASSWORD=$password QUARKUS_HTTP_PORT=$port KIKU_BACKUP_CRON=off \
  java "$@" -jar quarkus-run.jar >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "localhost:$port/q/health/ready"; do
  kill -0 $pid 2>/dev/null || { echo "Kiku did not start; see $dir/server.log" >&2; exit 1; }
  sleep 0.05
done
ready=$(( $(date +%s%3N) - t0 ))
auth="Authorization: Basic $(printf 'admin:%s' $password | base64)"
weights() { curl -s -o /dev/null -w "%{time_total}" -X PUT -H "$auth" -H 'Content-Type: application/json' \
  -d "$1" "localhost:$port/api/v1/criteria/weights"; }
w1=$(weights '{"weights":{"1":2,"2":3}}')
w2=$(weights '{"weights":{"1":3,"2":2}}')
post() { curl -s -o /dev/null -w "%{http_code} %{time_total}" -X POST -H "$auth" -H 'Content-Type: application/json' \
  -d "$2" "localhost:$port/api/v1/backlog/$1"; }
preview=$(post preview '{"weights":{"1":5}}')
sensitivity=$(post sensitivity "{\"samples\":${SAMPLES:-100}}")
matrix=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" -H "$auth" "localhost:$port/api/v1/backlog/matrix")
rps=$(wrk -t2 -c16 -d10s -H "$auth" "http://127.0.0.1:$port/api/v1/backlog?size=50" | awk '/Requests\/sec/ {print $2}')
p50=$(wrk -t1 -c1 -d5s --latency -H "$auth" "http://127.0.0.1:$port/api/v1/backlog?size=50" | awk '/^ +50%/ {print $2}')
echo "${envs[*]} $*: ready $ready ms, weight changes ${w1} s / ${w2} s, preview $preview s," \
  "sensitivity $sensitivity s, matrix $matrix s, $rps req/s, p50 $p50," \
  "resident $(( $(ps -o rss= -p $pid) / 1024 )) MB"
