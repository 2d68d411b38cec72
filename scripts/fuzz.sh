#!/usr/bin/env bash
# Fuzzes the whole engine (`parse_bytes` over arbitrary bytes) for SECONDS.
#
#   scripts/fuzz.sh SECONDS [extra libFuzzer flags...]
#
# Seeds the corpus (fuzz/corpus/parse, kept between runs, not committed)
# with every document in corpus/ and every input in tests/regressions/, and
# uses the vocabulary in fuzz/parse.dict. A crash or a timeout leaves its
# input in fuzz/artifacts/parse/; minimise it with
#
#   RUSTC_BOOTSTRAP=1 cargo fuzz tmin parse fuzz/artifacts/parse/<file>
#
# then copy the minimised input into tests/regressions/ (the property tests
# parse every file there).
#
# cargo-fuzz needs nightly compiler flags (-Zsanitizer). Without a nightly
# toolchain the stable one is used with RUSTC_BOOTSTRAP=1; set
# FUZZ_TOOLCHAIN=nightly (or any installed toolchain) to choose.
# FUZZ_TIMEOUT (seconds, default 10) is how long one input may take before
# it counts as a hang; FUZZ_JOBS (default 1) runs that many fuzzers;
# FUZZ_MAX_LEN (default 1 MiB) is the largest input tried.
#
# The target is built with debug assertions (an integer overflow is a
# panic, as in `cargo test`) and without AddressSanitizer (the engine is
# safe Rust; ASan would only slow it down); FUZZ_SANITIZER=address turns it
# back on.
set -euo pipefail

usage() {
    echo "usage: $0 SECONDS [libFuzzer flags...]" >&2
    exit 2
}
[[ $# -ge 1 && $1 =~ ^[0-9]+$ ]] || usage
seconds=$1
shift

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

toolchain=${FUZZ_TOOLCHAIN:-stable}
if [[ $toolchain == stable ]]; then
    # the stable compiler accepts nightly flags with this
    export RUSTC_BOOTSTRAP=1
fi

corpus=fuzz/corpus/parse
mkdir -p "$corpus" fuzz/artifacts/parse
# seeds: copy, so libFuzzer never rewrites the repository's files
for seed in corpus/*.txt tests/regressions/*; do
    [[ -f $seed ]] || continue
    cp -n "$seed" "$corpus/seed-$(basename "$seed")"
done

# repeated-anchor seeds (issue 10): every extractor must stay linear when
# its anchor repeats, so the fuzzer starts from such texts too
python3 - "$corpus" <<'PY'
import sys, os
out = sys.argv[1]
for name, line in {
    "said": "HMCPSI said this.\n",
    "visited": "HMCPSI visited six units and examined 105 files. ",
    "quote": '"Things improved," said Jane Smith, HM Chief Inspector.\n',
    "embargo": "Embargoed until 00:01 Thursday 23 February 2012\n",
    "status": "Recommendations 1, 3, 5 and 8 have been achieved. ",
    "title": "Nick Hale, Chief Inspector of Prisons, said so. ",
}.items():
    path = os.path.join(out, f"seed-repeated-{name}")
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(line * (200_000 // len(line)))
PY

timeout=${FUZZ_TIMEOUT:-10}
jobs=${FUZZ_JOBS:-1}
parallel=()
if [[ $jobs -gt 1 ]]; then
    parallel=(-fork="$jobs" -ignore_crashes=0 -ignore_timeouts=0)
fi

echo "fuzz.sh: fuzzing 'parse' for ${seconds}s (toolchain $toolchain, timeout ${timeout}s per input)" >&2
status=0
sanitizer=${FUZZ_SANITIZER:-none}
cargo "+$toolchain" fuzz run --sanitizer="$sanitizer" --debug-assertions parse "$corpus" -- \
    -max_total_time="$seconds" \
    -timeout="$timeout" \
    -rss_limit_mb=2048 \
    -max_len="${FUZZ_MAX_LEN:-1048576}" \
    -dict=fuzz/parse.dict \
    -print_final_stats=1 \
    "${parallel[@]}" \
    "$@" || status=$?

echo "fuzz.sh: corpus $(find "$corpus" -type f | wc -l) inputs; artifacts:" >&2
find fuzz/artifacts/parse -type f -newer fuzz/Cargo.toml -printf '  %p (%s bytes)\n' >&2 || true
exit "$status"
