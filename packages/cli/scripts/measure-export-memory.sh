#!/usr/bin/env bash
# Peak RSS of `psagate export` at 10,000 and 100,000 records: it should stay flat.
# The sandbox runs in its own process so its data does not count. Run from the repository root:
#   bash packages/cli/scripts/measure-export-memory.sh [resource] [format]
set -euo pipefail
resource="${1:-devices}"
format="${2:-ndjson}"
psagate=(node --conditions=@psagate/source --import ./node_modules/tsx/dist/loader.mjs packages/cli/src/bin.ts)
out="$(mktemp -d)"
for size in 10000 100000; do
  "${psagate[@]}" sandbox atera --size "$size" --rate-limit 0 --port 0 >"$out/sandbox.txt" 2>&1 &
  sandbox=$!
  until grep -q 'Press Ctrl-C' "$out/sandbox.txt"; do sleep 0.5; done
  settings=$(sed -n 's/^  export //p' "$out/sandbox.txt")
  env $settings ATERA_REQUESTS_PER_MINUTE=100000 /usr/bin/time -f "size=$size peak_rss_kb=%M seconds=%e" \
    "${psagate[@]}" export "$resource" --format "$format" --out "$out/export.$format" --quiet
  kill -INT "$sandbox"
  wait "$sandbox"
done
rm -rf "$out"
