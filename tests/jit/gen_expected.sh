#!/usr/bin/env bash
# Regenerate the expected output of the JIT test programs in tests/jit with
# CPython 3.11.
#
#   tests/jit/gen_expected.sh                 # every tests/jit/*.py
#   tests/jit/gen_expected.sh foo.py bar      # only these (names, or paths to .py files)
#
# For each NAME.py, writes NAME.out (stdout, byte for byte). Every program
# here is meant to exit 0; the script fails loudly if one does not.
# Programs run exactly as tests/jit_programs.rs runs them: from a fresh empty
# temporary directory, stdin from /dev/null, PYTHONHASHSEED=0,
# PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1 and no other PYTHON*
# variables (except PYTHONHOME/PYTHONPATH).
# Expected files are always made by this script, never written by hand.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=${PYTHON:-python3}

version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "gen_expected.sh: $python is Python $version; expected outputs must come from CPython 3.11" >&2
  echo "(set PYTHON=/path/to/python3.11)" >&2
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

tmp_root=$(mktemp -d)
trap 'rm -rf "$tmp_root"' EXIT

failed=0
for arg in "$@"; do
  name=$(basename "$arg" .py)
  py="$here/$name.py"
  if [ ! -f "$py" ]; then
    echo "gen_expected.sh: no such program: $py" >&2
    exit 2
  fi
  work="$tmp_root/$name"
  mkdir "$work"
  rc=0
  (cd "$work" && env "${unset_args[@]}" PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
    timeout 30 "$python" "$py" </dev/null >"$tmp_root/$name.stdout" 2>"$tmp_root/$name.stderr") || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "$name: exit=$rc (programs in tests/jit must exit 0); stderr:" >&2
    cat "$tmp_root/$name.stderr" >&2
    failed=1
    continue
  fi
  cp "$tmp_root/$name.stdout" "$here/$name.out"
  echo "$name: ok"
done
exit "$failed"
