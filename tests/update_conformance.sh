#!/usr/bin/env bash
# Rewrite tests/conformance_passing.txt with the seed-corpus programs that
# target/release/pyjit passes now (tests/conformance.rs fails if a listed
# program stops passing).
#
#   tests/update_conformance.sh                 # add newly passing programs
#   tests/update_conformance.sh --allow-drop    # also drop listed programs that now fail
#
# The list only grows: if a listed program fails, it is printed and the script
# exits 1 without touching the list, unless --allow-drop is given.
# Build first: cargo build --release.
set -euo pipefail

allow_drop=0
for arg in "$@"; do
  case "$arg" in
    --allow-drop) allow_drop=1 ;;
    *) echo "usage: $0 [--allow-drop]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$root/../shared"
tool="$shared/tools/conformance"
corpus="$shared/corpus/seeds"
list="$root/tests/conformance_passing.txt"
pyjit="$root/target/release/pyjit"
if [ -n "${CARGO_TARGET_DIR:-}" ]; then
  pyjit="$(cd "$root" && realpath -m "$CARGO_TARGET_DIR")/release/pyjit"
fi

[ -f "$tool" ] || { echo "update_conformance.sh: $tool not found (../shared must be beside the repo)" >&2; exit 2; }
[ -x "$pyjit" ] || { echo "update_conformance.sh: $pyjit not found; run cargo build --release" >&2; exit 2; }
[ -f "$list" ] || : >"$list"

report=$(mktemp)
trap 'rm -f "$report"' EXIT
rc=0
# The tool splits RUNTIME_CMD like a shell, so quote the path.
runtime=$(python3 -c 'import shlex, sys; print(shlex.quote(sys.argv[1]))' "$pyjit")
python3 "$tool" --timeout 20 --jobs "${JOBS:-2}" "$runtime" "$corpus" >"$report" || rc=$?
if [ "$rc" -gt 1 ] || ! tail -n 1 "$report" | grep -Eq '^[0-9]+ passed, [0-9]+ failed'; then
  cat "$report" >&2
  echo "update_conformance.sh: the conformance tool failed (exit $rc)" >&2
  exit 2
fi
tail -n 1 "$report"

# Passing = every NAME.py that has a NAME.out, minus the FAIL lines.
failed=$(sed -n 's/^FAIL \([^:]*\): .*/\1/p' "$report" | LC_ALL=C sort -u)
passing=$(cd "$corpus" && for py in *.py; do
  n=${py%.py}
  [ -f "$n.out" ] && echo "$n"
done | LC_ALL=C sort | LC_ALL=C comm -23 - <(printf '%s\n' "$failed" | sed '/^$/d'))
listed=$(grep -v '^[[:space:]]*\(#\|$\)' "$list" | LC_ALL=C sort -u || true)

dropped=$(LC_ALL=C comm -23 <(printf '%s\n' "$listed" | sed '/^$/d') <(printf '%s\n' "$passing" | sed '/^$/d'))
if [ -n "$dropped" ]; then
  echo "Listed programs that do not pass now:"
  while IFS= read -r n; do
    reason=$(grep -F "FAIL $n: " "$report" | head -n 1 | sed "s/^FAIL $n: //" || true)
    echo "  $n: ${reason:-not in the corpus}"
  done <<<"$dropped"
  if [ "$allow_drop" -ne 1 ]; then
    echo "Not updating $list (fix the regressions, or pass --allow-drop to drop them)." >&2
    exit 1
  fi
fi

added=$(LC_ALL=C comm -13 <(printf '%s\n' "$listed" | sed '/^$/d') <(printf '%s\n' "$passing" | sed '/^$/d') | sed '/^$/d' | wc -l)
if [ "$allow_drop" -eq 1 ]; then
  new=$passing
else
  new=$(printf '%s\n%s\n' "$listed" "$passing" | sed '/^$/d' | LC_ALL=C sort -u)
fi
printf '%s\n' "$new" | sed '/^$/d' >"$list"
echo "$list: $(wc -l <"$list") programs ($added added$([ -n "$dropped" ] && echo ", $(printf '%s\n' "$dropped" | wc -l) dropped"))"
