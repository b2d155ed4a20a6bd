#!/usr/bin/env bash
# Where one start's time goes: starts Kiku once on a data folder with async-profiler sampling every
# thread's wall clock (native and JVM frames too; JFR sees only Java code, a fifth of a start) and
# prints the main thread's milliseconds per Quarkus start step (docs/PERFORMANCE.md, "Where the
# start goes now").
#   ./mvnw -B package -DskipTests && bench/start-profile.sh <data dir> [collapsed stacks file]
# Use a folder that has started before with this build (its archive written, its migrations run),
# e.g. a copy of one bench/run.sh seeded. async-profiler comes from Maven Central.
set -euo pipefail
dir=$(realpath "${1:?usage: bench/start-profile.sh <data dir> [collapsed stacks file]}")
work=$(mktemp -d)
stacks=$(realpath "${2:-$work/stacks.txt}")
cd "$(dirname "$0")/.."
source bench/kiku.sh
trap 'stop_kiku; rm -rf "$work"' EXIT
version=4.1
jar=$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar
[[ -f $jar ]] || ./mvnw -q dependency:get -Dartifact=tools.profiler:async-profiler:$version
unzip -q -o "$jar" 'linux-x64/*' -d "$work"
# JAVA_TOOL_OPTIONS adds the agent to scripts/kiku's own settings rather than replacing them.
start_kiku "$dir" "JAVA_TOOL_OPTIONS=-agentpath:$work/linux-x64/libasyncProfiler.so=start,event=wall,interval=2ms,threads,file=$stacks,collapsed"
stop_kiku # the profiler writes its stacks as the JVM exits
echo "start to ready with the profiler: $ready ms"
python3 - "$stacks" <<'EOF'
import collections, re, sys
steps = collections.Counter()
for line in open(sys.argv[1]):
    stack, samples = line.rsplit(' ', 1)
    if not stack.startswith('[main '):
        continue
    step = re.search(r'/runner/recorded/(\w+)\$(\w+?)-?\d+\.deploy', stack)
    if step:
        steps[f'{step[1]}.{step[2]}'] += int(samples)
    elif 'ConditionObject.await' in stack or 'Application.stop' in stack:
        continue  # started: the main thread waits until Kiku stops, then stops it
    else:
        steps['(before the first step: the JVM, static-init configuration, logging)'] += int(samples)
print('| main thread | ms |\n| --- | --- |')
for step, samples in steps.most_common():
    if samples * 2 >= 10:
        print(f'| {step} | {samples * 2} |')
print(f'| all of it (2 ms samples) | {sum(steps.values()) * 2} |')
EOF
