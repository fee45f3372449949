#!/bin/sh
# Prisma's CLI insists that a native schema engine file exists before `prisma generate`,
# but generate never runs it. Migrations go through scripts/db.mjs and the WebAssembly
# engine instead (docs/decisions/001-migrations-with-wasm-engine.md).
echo "glowplate: the native Prisma schema engine is not used here; run npm run db:migrate / db:status instead." >&2
exit 1
