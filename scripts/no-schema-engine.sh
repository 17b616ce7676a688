#!/bin/sh
echo "schema engine binary is not available offline; migrations run through scripts/wasm-migrate.mjs" >&2
exit 1
