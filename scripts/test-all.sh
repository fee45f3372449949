#!/usr/bin/env bash
# `npm test`: every check and every test suite, on a fresh clone or a working tree.
# Installs what is missing (dependencies, a Chromium for the browser tests, PostgreSQL), then
# runs typecheck, lint, format, unit, integration (on SQLite, then on PostgreSQL) and
# end-to-end tests, and ends with one line
# "N passed, N failed" totalling every suite (typecheck, lint and format count as one check each).
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results

passed=0
failed=0
summary=()

record() { # name passed failed
  passed=$((passed + $2))
  failed=$((failed + $3))
  summary+=("$(printf '%-12s %4d passed, %d failed' "$1" "$2" "$3")")
}

check() { # name command...
  local name=$1
  shift
  echo
  echo "=== $name: $*"
  if "$@"; then record "$name" 1 0; else record "$name" 0 1; fi
}

counts_from_json() { # file kind -> "passed failed" (or empty when unreadable)
  node -e '
    const fs = require("fs");
    const [file, kind] = process.argv.slice(1);
    try {
      const r = JSON.parse(fs.readFileSync(file, "utf8"));
      if (kind === "vitest") console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0));
      else console.log(r.stats.expected + r.stats.flaky, r.stats.unexpected);
    } catch { process.exit(1); }
  ' "$1" "$2"
}

suite() { # name kind json command...
  local name=$1 kind=$2 json=$3
  shift 3
  echo
  echo "=== $name: $*"
  rm -f "$json"
  "$@"
  local status=$?
  local counts
  if counts=$(counts_from_json "$json" "$kind"); then
    read -r p f <<<"$counts"
    # A runner that exits non-zero without a failing test (a crash, an unhandled error) still fails.
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    record "$name" "$p" "$f"
  else
    record "$name" 0 1
  fi
}

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "=== install: npm ci"
  npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# A throwaway PostgreSQL cluster (scripts/test-postgres.mjs: installs Debian's PostgreSQL when
# missing and run as root) for the PostgreSQL integration pass and the multi-instance e2e test.
# The EXIT trap stops and removes it whatever happens, a failure or Ctrl-C included.
pg_dir=""
stop_postgres() { if [ -n "$pg_dir" ]; then node scripts/test-postgres.mjs stop "$pg_dir"; pg_dir=""; fi; }
trap stop_postgres EXIT
trap 'exit 130' INT TERM
echo
echo "=== postgres: node scripts/test-postgres.mjs start"
if pg_env=$(node scripts/test-postgres.mjs start); then
  eval "$pg_env"
  export TEST_POSTGRES_URL
  pg_dir=$TEST_POSTGRES_DIR
  echo "a throwaway cluster at $TEST_POSTGRES_URL ($pg_dir)"
else
  unset TEST_POSTGRES_URL
  record postgres 0 1
fi

check typecheck npm run typecheck
check lint npx eslint .
check format npx prettier --check .
suite unit vitest test-results/unit.json \
  npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json
suite integration vitest test-results/integration.json \
  npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-results/integration.json
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  suite integration-pg vitest test-results/integration-pg.json \
    env GLOWPLATE_TEST_DATABASE=postgresql npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-results/integration-pg.json
fi
# The e2e build skips its own type check: the typecheck above covered the same files and the
# route types (next.config.js).
suite e2e playwright test-results/e2e.json env GLOWPLATE_BUILD_SKIP_TYPECHECK=1 node scripts/run-e2e.mjs

echo
echo "=== summary"
for line in "${summary[@]}"; do echo "$line"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
