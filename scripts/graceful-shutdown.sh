#!/usr/bin/env bash
# Checks that SIGTERM lets a request in flight finish (quarkus.shutdown.timeout, default 10s):
# starts the packaged jar on the demo city, sends a slow request (a 100,000-sample sensitivity
# analysis), sends SIGTERM while it runs and requires a complete 200 answer.
#   ./mvnw -B package -DskipTests && scripts/graceful-shutdown.sh
# KIKU_SHUTDOWN_TIMEOUT=0s scripts/graceful-shutdown.sh shows what happens without the grace period.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
password=shutdown-admin-password
KIKU_DATA_DIR=$dir KIKU_DEMO=true KIKU_ADMIN_PASSWORD=$password QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
  KIKU_BACKUP_CRON=off java -jar $jar >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "$url/q/health/ready" && break; sleep 0.1; done

slow() { curl -s -u "admin:$password" -H 'Content-Type: application/json' -o "$1" -w '%{http_code} %{time_total}\n' \
  -d '{"samples": 100000, "topK": 20}' "$url/api/v1/backlog/sensitivity"; }
read -r status seconds < <(slow "$dir/warm.json")
echo "the slow request alone: HTTP $status in ${seconds}s"

slow "$dir/answer.json" >"$dir/inflight" &
curl_pid=$!
sleep 0.3
t0=$(date +%s%N)
kill -TERM $pid
wait $curl_pid || true
wait $pid || true
stopped_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
read -r status seconds <"$dir/inflight" || status=none
echo "in flight during SIGTERM: HTTP $status after ${seconds:-?}s; the server stopped ${stopped_ms} ms after SIGTERM"
if [[ $status == 200 ]] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["items"]' "$dir/answer.json"; then
  echo "PASS: the request in flight completed"
else
  echo "FAIL: the request in flight was cut off" >&2
  exit 1
fi
