#!/usr/bin/env bash
# Checks scripts/kiku on the packaged jar: the small-server JVM settings are applied, an archive of a
# run stopped during its start is thrown away, the first full run writes a class-data archive when
# it stops, the next run maps it (and the JVM accepts it) and passes the shared API contract on the
# JVM's class path, and KIKU_JAVA_OPTS / KIKU_CDS=off replace the defaults (KIKU_CDS=off through
# quarkus-run.jar); no jar carries a jar index. Run by .ci/run after ./mvnw -B verify; the contract
# is the one beside the project (../shared/acceptance, or KIKU_CONTRACT).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
export KIKU_CDS_DIR=$work/cds KIKU_DATA_DIR=$work/data KIKU_ADMIN_PASSWORD=launcher-check-password-1 KIKU_BACKUP_CRON=off
export KIKU_CDS_MIN_SECONDS=5 # a run below lasts until ready (over 5 s while it records the archive), the stopped one 1 s

contract=${KIKU_CONTRACT:-../shared/acceptance/contract.py}
[[ -f $contract ]] || { echo "no $contract" >&2; exit 1; }

run() { # $1 name, rest: environment; starts, waits until ready, keeps the JVM's command line, runs
        # $while_up (if set) against it, stops
  local name=$1; shift
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  env "$@" QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 scripts/kiku >"$work/$name.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 $pid 2>/dev/null || { cat "$work/$name.log"; echo "FAIL: $name did not start" >&2; exit 1; }
    sleep 0.1
  done
  tr '\0' ' ' </proc/$pid/cmdline >"$work/$name.cmdline"
  grep -c '/kiku-[0-9]*\.jsa$' /proc/$pid/maps >"$work/$name.mapped" || true # regions of the archive the JVM mapped
  if [[ -n ${while_up:-} ]]; then
    KIKU_URL=http://127.0.0.1:$port KIKU_PID=$pid $while_up || { tail -n 60 "$work/$name.log"; fail "$while_up failed on $name"; }
  fi
  kill $pid; wait $pid 2>/dev/null || true; pid=
}
fail() { echo "FAIL: $*" >&2; exit 1; }

# A jar index names the jar's neighbours as Maven does, and the class path launch then tried to open
# each missing name on every lookup the index sent it to (application.properties strips them).
indexed=$(for j in target/quarkus-app/lib/*/*.jar; do
  if unzip -l "$j" META-INF/INDEX.LIST >/dev/null 2>&1; then echo "${j##*/}"; fi
done)
[[ -z $indexed ]] || fail "jars with a META-INF/INDEX.LIST; add them to quarkus.class-loading.removed-resources:" $indexed

QUARKUS_HTTP_PORT=0 scripts/kiku >"$work/stopped.log" 2>&1 &
pid=$!
sleep 1; kill $pid; wait $pid 2>/dev/null || true; pid=
ls "$KIKU_CDS_DIR"/kiku-*.jsa.*.new >/dev/null 2>&1 || fail "the run stopped during its start wrote no archive"

run first
[[ $(ls "$KIKU_CDS_DIR" | grep -c '\.new$') == 1 ]] || fail "the stopped run's archive was kept: $(ls "$KIKU_CDS_DIR")"
grep -q -- '-Xmx128m -XX:+UseSerialGC' "$work/first.cmdline" || fail "first run without the default heap: $(cat "$work/first.cmdline")"
grep -q -- '-XX:ArchiveClassesAtExit=' "$work/first.cmdline" || fail "first run does not write an archive"
ls "$KIKU_CDS_DIR"/kiku-*.jsa.*.new >/dev/null 2>&1 || fail "no archive written when the first run stopped"
! grep -q '\[cds' "$work/first.log" || fail "the archive's warnings went to the log: $(grep -c '\[cds' "$work/first.log") lines"

while_up="python3 $contract" run second
grep -q -- '-XX:SharedArchiveFile=' "$work/second.cmdline" || fail "second run does not map the archive"
grep -q -- 'io.quarkus.runner.GeneratedMain' "$work/second.cmdline" || fail "second run not on the class path: $(cat "$work/second.cmdline")"
ls "$KIKU_CDS_DIR"/kiku-*.jsa >/dev/null 2>&1 || fail "the archive was not taken"
[[ $(cat "$work/second.mapped") -gt 0 ]] || fail "the JVM did not map the archive: $(grep -i 'cds\|archive' "$work/second.log")"

run custom KIKU_JAVA_OPTS='-Xmx200m' KIKU_CDS=off
grep -q -- '-Xmx200m' "$work/custom.cmdline" || fail "KIKU_JAVA_OPTS not applied"
! grep -q -- 'Archive\|-Xmx128m' "$work/custom.cmdline" || fail "KIKU_JAVA_OPTS / KIKU_CDS=off did not replace the defaults"
grep -q -- '-jar .*quarkus-run.jar' "$work/custom.cmdline" || fail "KIKU_CDS=off not through quarkus-run.jar"
echo "launcher check passed"
