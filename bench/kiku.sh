# Sourced by the bench scripts (bash): starting and stopping Kiku, and reading wrk and curl timings.
# start_kiku <data dir> [VAR=value ...] runs scripts/kiku (its JVM settings, or KIKU_JAVA_OPTS) on a
# free loopback port with the bench admin password and nightly backups off, waits until it is
# ready and sets pid, url and ready (milliseconds from launch to ready).

password=bench-admin-password-1
auth="Authorization: Basic $(printf 'admin:%s' "$password" | base64)"
java_opts=${KIKU_JAVA_OPTS:-scripts/kiku defaults (-Xmx128m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000, C2 thresholds ×10, transparent huge pages, MALLOC_ARENA_MAX=2, AppCDS)}
pid=
# The bench stops each run once it is measured: an archive of a run that became ready is taken
# (scripts/kiku otherwise wants a minute's run, see there).
export KIKU_CDS_MIN_SECONDS=${KIKU_CDS_MIN_SECONDS:-5}

start_kiku() {
  local dir=$1 t0 port; shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  url="http://127.0.0.1:$port"
  t0=$(date +%s%3N)
  env "$@" KIKU_DATA_DIR="$dir" KIKU_ADMIN_PASSWORD="$password" QUARKUS_HTTP_PORT="$port" \
    QUARKUS_HTTP_HOST=127.0.0.1 KIKU_BACKUP_CRON=off "$(dirname "${BASH_SOURCE[0]}")/../scripts/kiku" \
    >"$dir/server.log" 2>&1 &
  pid=$!
  # The wait costs the start it times as little as it can: until the port is open it tries it from the
  # shell itself and naps with read -t (a curl and a sleep every 50 ms were two processes, about 15 %
  # of one of the two cores while Kiku started); then it asks the health check.
  local nap
  exec {nap}<> <(:)
  until { : <>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null && curl -fs -o /dev/null "$url/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "Kiku did not start; see $dir/server.log" >&2; exit 1; }
    read -rt 0.02 -u "$nap" || true
  done
  ready=$(( $(date +%s%3N) - t0 ))
  exec {nap}>&-
}

stop_kiku() { [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=; }

percentile() { # $1 (50, 75, 90 or 99), wrk --latency output → that percentile in ms
  awk -v p="$1%" '$1 == p { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) }
                  else if (v ~ /s$/) { sub(/s/,"",v); v=v*1000 } printf "%.2f", v }'
}

p50() { percentile 50; }

spread() { # wrk --latency output → "p50 ms (p90 …, p99 …)", the median and its spread
  local out; out=$(cat)
  printf '%s ms (p90 %s, p99 %s)' "$(percentile 50 <<<"$out")" "$(percentile 90 <<<"$out")" "$(percentile 99 <<<"$out")"
}

median_curl() { # $1 count, rest: curl arguments → median seconds as ms
  local n=$1; shift
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done |
    sort -n | awk '{ a[NR]=$1 } END { printf "%.0f", a[int((NR+1)/2)]*1000 }'
}
