#!/usr/bin/env bash
# Regenerate the expected stderr of the traceback tests with CPython 3.11.
#
#   tests/tracebacks/gen_expected.sh            # every tests/tracebacks/*.py
#   tests/tracebacks/gen_expected.sh foo bar    # only these
#
# Each NAME.py is run (from an empty temporary directory, PYTHONHASHSEED=0,
# no other PYTHON* variables) as `python3 /abs/path/NAME.py`; its stderr, with
# the absolute directory of this script replaced by `TESTDIR`, is written to
# NAME.stderr. tests/tracebacks.rs runs pyjit the same way and compares.
# Expected files are always made by this script, never written by hand.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=${PYTHON:-python3}
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "gen_expected.sh: $python is Python $version; expected output must come from CPython 3.11" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- "$here"/*.py
fi
unset_args=()
while IFS= read -r var; do
  case "$var" in
    PYTHONHOME | PYTHONPATH) ;;
    PYTHON*) unset_args+=(-u "$var") ;;
  esac
done < <(compgen -e)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for arg in "$@"; do
  name=$(basename "$arg" .py)
  (cd "$tmp" && env "${unset_args[@]}" PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
    PYTHONDONTWRITEBYTECODE=1 timeout 30 "$python" "$here/$name.py" \
    </dev/null >/dev/null 2>"$tmp/$name.err") || true
  sed "s|$here|TESTDIR|g" "$tmp/$name.err" >"$here/$name.stderr"
  echo "$name: $(tail -n 1 "$here/$name.stderr")"
done
