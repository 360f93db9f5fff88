#!/usr/bin/env bash
# Regenerate the trace-IR goldens: for each tests/trace_ir/NAME.py, NAME.out is
# CPython's stdout and NAME.ir the optimised trace IR pyjit prints for it under
# --jit=always (trace numbers and object addresses normalised, as
# tests/trace_ir.rs does). Review the diff: a golden records what the
# optimiser removes, so a change here must be one you meant.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
pyjit=${PYJIT:-$root/target/release/pyjit}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for py in "$here"/*.py; do
  name=${py%.py}
  python3 "$py" > "$name.out"
  "$pyjit" --jit=always --jit-log=i:"$tmp" "$py" > /dev/null
  python3 - "$tmp" > "$name.ir" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
out, keep = [], False
for line in text.splitlines():
    if line.startswith("---- "):
        keep = line.endswith("IR (optimized)")
        if keep:
            out.append("---- trace IR (optimized)")
        continue
    if keep:
        out.append(re.sub(r"0x[0-9a-f]+", "0x_", line))
print("\n".join(out))
PY
  echo "updated ${name##*/}"
done
