#!/usr/bin/env bash
# Side by side with generic date extractors (not part of CI).
#
#   bench/peers/run.sh                       # the corpus documents
#   GENERATED=/tmp/ie-bench/c1000 LIMIT=100 bench/peers/run.sh
#
# Creates a throwaway virtualenv (default /tmp/ie-peers-venv), installs
# datefinder and dateparser from PyPI into it, builds `extract`, and runs
# all three on the same documents: documents per second, and whether each
# found the embargo date given in tests/expected/<stem>.json (for generated
# documents: the generator's truth file). Nothing is installed outside the
# virtualenv; remove it with `rm -rf /tmp/ie-peers-venv`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${VENV:-/tmp/ie-peers-venv}"
if [[ ! -x "$VENV/bin/python" ]]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check datefinder dateparser
(cd "$ROOT" && cargo build --release --quiet)
args=(--extract "$ROOT/target/release/extract" --corpus "$ROOT/corpus" --expected "$ROOT/tests/expected")
if [[ -n "${GENERATED:-}" ]]; then
    args+=(--generated "$GENERATED" --truth "${TRUTH:-$GENERATED.truth.jsonl}" --limit "${LIMIT:-100}")
fi
"$VENV/bin/python" "$ROOT/bench/peers/peers.py" "${args[@]}" --repeats "${REPEATS:-3}"
