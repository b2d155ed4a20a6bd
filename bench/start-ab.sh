#!/usr/bin/env bash
# Two ways of starting Kiku, started in turn on copies of one seeded folder: a start varies with
# the machine's other load by more than most changes gain, so only alternating rounds compare them.
#   bench/start-ab.sh <seeded data dir> <rounds> "<side A>" "<side B>"
# A side is a list of VAR=value words for scripts/kiku (quoted as in bash), "" for its defaults:
#   bench/start-ab.sh /tmp/city 8 "" "JAVA_TOOL_OPTIONS='-XX:-UsePerfData'"
#   bench/start-ab.sh /tmp/city 10 "KIKU_APP=/tmp/old/quarkus-app" ""
# Each side starts once first (a build's first run records its class-data archive).
set -euo pipefail
seeded=$(realpath "${1:?usage: bench/start-ab.sh <seeded data dir> <rounds> <side A> <side B>}")
rounds=${2:?rounds}
cd "$(dirname "$0")/.."
source bench/kiku.sh
work=$(mktemp -d)
trap 'stop_kiku; rm -rf "$work"' EXIT
declare -a side_a side_b
eval "side_a=($3)"
eval "side_b=($4)"
times_a=() times_b=()

start_copy() { # $1 seconds to stay up, rest: the side's words → ready (ms) of one start on a fresh
                # copy of the seeded folder
  local up=$1; shift
  rm -rf "$work/data"; cp -r "$seeded" "$work/data"
  start_kiku "$work/data" "$@"; sleep "$up"; stop_kiku
}

start_copy "$KIKU_CDS_MIN_SECONDS" "${side_a[@]}" # long enough for its archive to be kept
start_copy "$KIKU_CDS_MIN_SECONDS" "${side_b[@]}"
for _ in $(seq 1 "$rounds"); do
  start_copy 0 "${side_a[@]}"; times_a+=("$ready")
  start_copy 0 "${side_b[@]}"; times_b+=("$ready")
done
summary() { printf '%s\n' "$@" | sort -n | awk '{ a[NR]=$1; all=all " " $1 } END { print "median " a[int((NR+1)/2)] " ms (" substr(all, 2) ")" }'; }
echo "A ${3:-defaults}: $(summary "${times_a[@]}")"
echo "B ${4:-defaults}: $(summary "${times_b[@]}")"
