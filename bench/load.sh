#!/usr/bin/env bash
# Load test: mixed reads and writes against the packaged jar on the demo city, over loopback only.
# 32 connections (one per wrk thread) for 60 s: backlog pages, issue reads, score saves, issue
# updates and creates (bench/load.lua). Prints req/s, p50/p95/p99 and the error count, which must be 0.
#   ./mvnw -B package -DskipTests && bench/load.sh
# LOAD_SECONDS and LOAD_CONNECTIONS change the duration and connections; KIKU_JAVA_OPTS the JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk >/dev/null; }
secs=${LOAD_SECONDS:-60}
conns=${LOAD_CONNECTIONS:-32}
source bench/kiku.sh
dir=$(mktemp -d)
trap 'stop_kiku; rm -rf "$dir"' EXIT
start_kiku "$dir" KIKU_DEMO=true

# one form sign-in: the session cookie saves a bcrypt check on every request (as in a browser)
cookie=$(curl -s -o /dev/null -D - -d "j_username=admin&j_password=$password" "$url/j_security_check" |
  tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(quarkus-credential=[^;]*\).*/\1/p')
[[ -n $cookie ]] || { echo "sign-in failed" >&2; exit 1; }
api() { curl -fs -H "Cookie: $cookie" -H 'Content-Type: application/json' "$@"; }
criterion=$(api "$url/api/v1/criteria" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
department=$(api "$url/api/v1/departments?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
issues=$(api "$url/api/v1/issues?size=$conns&status=NEW" | python3 -c 'import json,sys; print(",".join(str(i["id"]) for i in json.load(sys.stdin)["items"]))')

# a short warm-up first (JIT, connection pool), not counted
wrk -t"$conns" -c"$conns" -d10s --timeout 10s -s bench/load.lua "$url" -- "$cookie" "$criterion" "$department" "$issues" >/dev/null
echo "# Kiku load test $(date -u +%Y-%m-%dT%H:%MZ): $conns connections, ${secs}s, $(nproc) cores, JVM $java_opts"
echo "wrk -t$conns -c$conns -d${secs}s --timeout 10s -s bench/load.lua $url -- <cookie> $criterion $department <issues>"
wrk -t"$conns" -c"$conns" -d"${secs}s" --timeout 10s -s bench/load.lua "$url" -- "$cookie" "$criterion" "$department" "$issues" |
  tee "$dir/wrk.out" | grep -E '^(requests|latency|errors)'
grep -q '^errors 0 ' "$dir/wrk.out" || { echo "FAIL: errors under load" >&2; cp "$dir/server.log" /tmp/kiku-load-server.log; echo "server log: /tmp/kiku-load-server.log" >&2; exit 1; }
