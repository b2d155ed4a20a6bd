#!/usr/bin/env bash
# Durability under SIGKILL: see scripts/durability.py and docs/DURABILITY.md.
# usage (from the project root, after ./mvnw package):
#   scripts/durability.sh [--trials 3] [--writers 8] [--min-seconds 3] [--max-seconds 12] [--seed N] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/durability.py "$@"
