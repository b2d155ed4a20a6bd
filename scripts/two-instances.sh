#!/usr/bin/env bash
# Two Kiku instances on one PostgreSQL database: a session signed in on A is valid on B, and an
# edit made on B with a version that A has already moved on is a 409. Builds nothing: it runs a
# jar built for PostgreSQL (./mvnw -B package -Dquarkus.datasource.db-kind=postgresql), by default
# target/quarkus-app. Needs a local PostgreSQL and root (for su postgres); .ci/postgres-tests runs it.
#   scripts/two-instances.sh [quarkus-app folder]
set -euo pipefail
cd "$(dirname "$0")/.."

app=${1:-target/quarkus-app}
db=kiku_ci_two_instances
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kiku_ci') THEN
  CREATE ROLE kiku_ci LOGIN PASSWORD 'kiku_ci'; END IF; END \$\$;
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db OWNER kiku_ci;
SQL

password=two-instances-admin-1
key=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
dir=$(mktemp -d)
# start runs in $(...), a subshell: the server pids are kept in files so that the trap can stop them
trap 'for f in "$dir"/*.pid; do [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null; done; sleep 1; rm -rf "$dir"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start() { # $1 name → prints its URL once it is ready
  local port; port=$(free_port)
  mkdir -p "$dir/$1"
  KIKU_DATA_DIR="$dir/$1" KIKU_SESSION_KEY=$key KIKU_ADMIN_PASSWORD=$password KIKU_BACKUP_ENABLED=false \
    KIKU_BACKUP_CRON=off QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    QUARKUS_DATASOURCE_USERNAME=kiku_ci QUARKUS_DATASOURCE_PASSWORD=kiku_ci \
    java -Xmx256m -jar "$app/quarkus-run.jar" >"$dir/$1.log" 2>&1 &
  local pid=$!
  echo $pid >"$dir/$1.pid"
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && { echo "http://127.0.0.1:$port"; return; }
    kill -0 $pid 2>/dev/null || break
    sleep 0.2
  done
  echo "instance $1 did not start:" >&2; tail -30 "$dir/$1.log" >&2; exit 1
}

a=$(start a)   # A first: it migrates the empty database and creates the admin
b=$(start b)
grep -qi postgresql "$dir/a.log" || { echo "not a PostgreSQL build: $app" >&2; exit 1; }
echo "A at $a, B at $b, one database $db"

cookie=$(curl -s -o /dev/null -D - -d "j_username=admin&j_password=$password" "$a/j_security_check" |
  tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(quarkus-credential=[^;]*\).*/\1/p')
[[ -n $cookie ]] || { echo "FAIL: no session cookie from signing in on A" >&2; exit 1; }
call() { # $1 base URL, $2 method, $3 path, [$4 body] → "status body"
  curl -s -H "Cookie: $cookie" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -X "$2" ${4:+-d "$4"} -w '\n%{http_code}' "$1$3"
}
status() { tail -n 1 <<<"$1"; }
field() { head -n -1 <<<"$1" | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"; }

me=$(call "$b" GET /api/v1/me)
[[ $(status "$me") == 200 && $(field "$me" username) == admin ]] ||
  { echo "FAIL: the session from A is not valid on B: $me" >&2; exit 1; }
echo "PASS: signed in on A, B knows the session (GET /api/v1/me on B: 200 admin)"

dept=$(call "$a" POST /api/v1/departments '{"name":"二台構成の課","kind":"DEPARTMENT"}')
dept_id=$(field "$dept" id)
issue=$(call "$b" POST /api/v1/issues "{\"title\":\"二台構成の課題\",\"departmentIds\":[$dept_id]}")
issue_id=$(field "$issue" id)
read_a=$(call "$a" GET "/api/v1/issues/$issue_id")
version=$(field "$read_a" version)
body() { echo "{\"title\":\"$1\",\"departmentIds\":[$dept_id],\"version\":$version}"; }
put_a=$(call "$a" PUT "/api/v1/issues/$issue_id" "$(body 'A が更新')")
[[ $(status "$put_a") == 200 ]] || { echo "FAIL: PUT on A: $put_a" >&2; exit 1; }
put_b=$(call "$b" PUT "/api/v1/issues/$issue_id" "$(body 'B の古い版')")
[[ $(status "$put_b") == 409 ]] || { echo "FAIL: the stale PUT on B answered $(status "$put_b"), not 409" >&2; exit 1; }
title=$(field "$(call "$b" GET "/api/v1/issues/$issue_id")" title)
[[ $title == 'A が更新' ]] || { echo "FAIL: B's stale edit changed the issue: $title" >&2; exit 1; }
echo "PASS: version $version read on A, saved on A (200), the same version on B: 409, A's edit kept"

# The ranking lives in each instance's memory (kiku.scoring.LiveRanking), kept right by the version
# in ranking_lock: A ranks first, then a score and a weight change on B must show on A's next page.
criterion=$(field "$(call "$a" POST /api/v1/criteria '{"name":"二台構成の効果","weight":1,"minScore":1,"maxScore":5,"direction":"BENEFIT","active":true}')" id)
filtered="/api/v1/backlog?department=$dept_id"
items() { head -n -1 <<<"$1" | python3 -c "import json,sys; v=json.load(sys.stdin); print(v['totalItems'], [(i['issueId'], round(i['total'], 2)) for i in v['items']], [u['issueId'] for u in v['unscored']])"; }
seen=$(items "$(call "$a" GET "$filtered")")
[[ $seen == "0 [] [$issue_id]" ]] || { echo "FAIL: A before the score: $seen" >&2; exit 1; }
scored=$(call "$b" PUT "/api/v1/issues/$issue_id/scores" "{\"scores\":[{\"criterionId\":$criterion,\"value\":4}]}")
[[ $(status "$scored") == 200 ]] || { echo "FAIL: score on B: $scored" >&2; exit 1; }
seen=$(items "$(call "$a" GET "$filtered")")
[[ $seen == "1 [($issue_id, 75.0)] []" ]] || { echo "FAIL: A after B's score: $seen" >&2; exit 1; }
second=$(field "$(call "$a" POST /api/v1/criteria '{"name":"二台構成の費用","weight":1,"minScore":1,"maxScore":5,"direction":"COST","active":true}')" id)
call "$b" PUT "/api/v1/issues/$issue_id/scores" "{\"scores\":[{\"criterionId\":$second,\"value\":5}]}" >/dev/null
weights=$(call "$b" PUT /api/v1/criteria/weights "{\"weights\":{\"$criterion\":3,\"$second\":1}}")
[[ $(status "$weights") == 200 ]] || { echo "FAIL: weights on B: $weights" >&2; exit 1; }
seen=$(items "$(call "$a" GET "$filtered")")
[[ $seen == "1 [($issue_id, 56.25)] []" ]] || { echo "FAIL: A after B's weight change: $seen" >&2; exit 1; }
echo "PASS: A's ranking follows a score, a new criterion and a weight change saved on B (75.0, then 56.25)"
