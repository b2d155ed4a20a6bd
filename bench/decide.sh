#!/usr/bin/env bash
# Issue 5's decision features under load: sensitivity, the matrix, the robustness page, and the
# backlog before and after rank overrides (which page in Java over the whole open ranking).
#   ./mvnw -B package -DskipTests && bench/decide.sh [city|national]
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=${1:-city}
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk >/dev/null; }
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
source bench/kiku.sh
secs=${BENCH_SECONDS:-10}
mkdir -p bench/results
out=bench/results/decide-$scenario-$(date +%Y%m%d-%H%M%S).md
dir=$(mktemp -d)

finish() { [[ -n ${KEEP_LOG:-} ]] && tail -20 "$dir/server.log"; stop_kiku; rm -rf "$dir"; }
trap finish EXIT

row() { printf '| %s | %s |\n' "$1" "$2" | tee -a "$out"; }

start_kiku "$dir"; stop_kiku # the first start runs the migrations the seed needs
java -cp "$h2" bench/Seed.java "jdbc:h2:file:$dir/kiku" "$scenario" >/dev/null
start_kiku "$dir"
cookie=$(curl -s -c - -o /dev/null -d j_username=admin -d "j_password=$password" "$url/j_security_check" |
  awk '$6 == "quarkus-credential" { print "quarkus-credential=" $7 }')

echo "# Kiku decision features, $scenario, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, JVM: $java_opts" | tee "$out"
row "measure" "result"
row "---" "---"
# weights other than the seed's, as in bench/run.sh (the next page ranks every open issue again)
curl -fs -o /dev/null -X PUT -H "$auth" -H 'Content-Type: application/json' \
  -d '{"weights":{"1":2,"2":3,"3":1,"4":2,"5":3,"6":1,"7":2,"8":3}}' "$url/api/v1/criteria/weights"
row "ranked open issues" "$(curl -s -H "$auth" "$url/api/v1/backlog?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalRanked"])')"
for samples in 2000 10000; do
  ms=$(median_curl 5 -X POST -H "$auth" -H 'Content-Type: application/json' -d "{\"samples\":$samples}" \
    "$url/api/v1/backlog/sensitivity")
  row "POST /api/v1/backlog/sensitivity, $samples samples (median of 5)" "$ms ms"
done
row "/robustness page, defaults (median of 5)" "$(median_curl 5 -H "Cookie: $cookie" "$url/robustness") ms"
row "GET /api/v1/backlog/matrix (median of 5)" "$(median_curl 5 -H "$auth" "$url/api/v1/backlog/matrix") ms"
row "/matrix page (median of 5)" "$(median_curl 5 -H "Cookie: $cookie" "$url/matrix") ms"

measure_backlog() { # $1 label
  wrk -t1 -c2 -d$((secs / 2))s -H "$auth" "$url/api/v1/backlog?size=50" >/dev/null
  row "GET /api/v1/backlog?size=50, p50, $1" "$(wrk -t1 -c1 -d${secs}s --latency -H "$auth" "$url/api/v1/backlog?size=50" | p50) ms"
  row "GET /api/v1/backlog?size=50&page=10, p50, $1" "$(wrk -t1 -c1 -d${secs}s --latency -H "$auth" "$url/api/v1/backlog?size=50&page=10" | p50) ms"
}
measure_backlog "no override"
# ten issues from far down the first 500 move directly above the issues at ranks 1..10
pairs=$(curl -s -H "$auth" "$url/api/v1/backlog?size=500" | python3 -c 'import json,sys
ids = [i["issueId"] for i in json.load(sys.stdin)["items"]]
step = len(ids) // 11
print(" ".join(f"{ids[(n + 1) * step]}:{ids[n - 1]}" for n in range(1, 11)))')
for pair in $pairs; do
  curl -fs -o /dev/null -X PUT -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"above\":${pair#*:},\"reason\":\"bench\"}" "$url/api/v1/issues/${pair%:*}/override"
done
measure_backlog "10 rank overrides"
echo "results: $out"
