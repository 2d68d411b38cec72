#!/usr/bin/env bash
# End-to-end measurements of the `extract` binary (not part of CI).
#
#   bench/run.sh                 # 100,000 documents, 3 repeats
#   REPEATS=5 DOCS=20000 bench/run.sh
#
# What it does, all under $WORK (default /tmp/ie-bench, never the repo):
#   1. builds `extract` and the corpus generator in release mode;
#   2. generates $DOCS documents (seed 1; ~9 KB each, ~0.9 GB for 100,000),
#      the first 1,000 of them again as a small corpus, and single files of
#      1, 5 and 50 MB made of concatenated documents;
#   3. warms the page cache, then $REPEATS times, in turn:
#        cat over every file > /dev/null
#        extract --jobs 1 DIR > /dev/null
#        extract --jobs 2 DIR > /dev/null
#      with /usr/bin/time for wall time and max RSS, and the load average
#      before each run;
#   4. the same for 1,000 documents and for the single files;
#   5. prints medians, MB/s of input, ratios and per-document times, and
#      writes them to $WORK/results.md.
# Input MB are 10^6 bytes of the files as stored.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-/tmp/ie-bench}"
DOCS="${DOCS:-100000}"
REPEATS="${REPEATS:-3}"
SEED="${SEED:-1}"
SINGLE_TIMEOUT="${SINGLE_TIMEOUT:-900}"
mkdir -p "$WORK"

cd "$ROOT"
cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
EXTRACT="$ROOT/target/release/extract"
GEN="$ROOT/target/release/examples/gen_corpus"

make_corpus() { # dir count
    local dir="$1" count="$2"
    if [[ -f "$dir/.done-$count-$SEED" ]]; then return; fi
    rm -rf "$dir"
    "$GEN" --count "$count" --out "$dir" --seed "$SEED" --truth "$dir.truth.jsonl"
    touch "$dir/.done-$count-$SEED"
}
make_single() { # file bytes
    local file="$1" bytes="$2"
    if [[ -f "$file" && $(stat -c %s "$file") -ge "$bytes" ]]; then return; fi
    "$GEN" --single "$file" --size "$bytes" --seed "$SEED"
}

BIG="$WORK/c$DOCS"
SMALL="$WORK/c1000"
make_corpus "$BIG" "$DOCS"
make_corpus "$SMALL" 1000
make_single "$WORK/single-1MB.txt" 1000000
make_single "$WORK/single-5MB.txt" 5000000
make_single "$WORK/single-50MB.txt" 50000000

list() { # dir -> NUL-separated sorted file list
    find "$1" -name '*.txt' -print0 | sort -z > "$1.list"
}
bytes_of() { find "$1" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END{print s}'; }
list "$BIG"
list "$SMALL"
BIG_BYTES=$(bytes_of "$BIG")
SMALL_BYTES=$(bytes_of "$SMALL")

# Warm the page cache so that every run reads from memory.
xargs -0 cat < "$BIG.list" > /dev/null
xargs -0 cat < "$SMALL.list" > /dev/null

RAW="$WORK/raw.tsv"
: > "$RAW"
run() { # label command...
    local label="$1"; shift
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.out" "$@" > /dev/null
    read -r wall rss user sys < "$WORK/time.out"
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "$rss" "$load" "$(echo "$user + $sys" | bc)" | tee -a "$RAW"
}

for r in $(seq "$REPEATS"); do
    echo "--- repeat $r / $REPEATS"
    run big-cat sh -c "xargs -0 cat < '$BIG.list'"
    run big-j1 "$EXTRACT" --jobs 1 "$BIG"
    run big-j2 "$EXTRACT" --jobs 2 "$BIG"
    run small-cat sh -c "xargs -0 cat < '$SMALL.list'"
    run small-j1 "$EXTRACT" --jobs 1 "$SMALL"
    run small-j2 "$EXTRACT" --jobs 2 "$SMALL"
    for s in 1MB 5MB; do
        run "single-$s-j1" "$EXTRACT" --jobs 1 "$WORK/single-$s.txt"
    done
    run "single-50MB-j1" timeout "$SINGLE_TIMEOUT" "$EXTRACT" --jobs 1 "$WORK/single-50MB.txt" || \
        printf 'single-50MB-j1\tTIMEOUT(%ss)\t-\t-\t-\n' "$SINGLE_TIMEOUT" | tee -a "$RAW"
done

python3 - "$RAW" "$BIG_BYTES" "$SMALL_BYTES" "$DOCS" "$WORK" <<'EOF' | tee "$WORK/results.md"
import os, statistics, sys
raw, big_bytes, small_bytes, docs, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
runs = {}
for line in open(raw):
    label, wall, rss, load, cpu = line.rstrip("\n").split("\t")
    if wall.startswith("TIMEOUT"):
        runs.setdefault(label, []).append((None, None, None, None))
        continue
    runs.setdefault(label, []).append((float(wall), int(rss), float(load), float(cpu)))

def med(label, i=0):
    vals = [r[i] for r in runs.get(label, []) if r[i] is not None]
    return statistics.median(vals) if vals else None

def fmt(label, nbytes, ndocs=None):
    w = med(label)
    if w is None:
        return f"| {label} | timed out | | | | | | |"
    walls = ", ".join(f"{r[0]:.2f}" for r in runs[label] if r[0] is not None)
    cpu = med(label, 3)
    per_doc = f"{w / ndocs * 1e6:.1f}" if ndocs else ""
    cpu_per_doc = f"{cpu / ndocs * 1e6:.1f}" if ndocs else ""
    rss = max(r[1] for r in runs[label] if r[1] is not None) / 1024
    loads = ", ".join(f"{r[2]:.1f}" for r in runs[label] if r[2] is not None)
    return f"| {label} | {w:.2f} ({walls}) | {nbytes / w / 1e6:.1f} | {cpu:.2f} | {per_doc} | {cpu_per_doc} | {rss:.1f} | {loads} |"

sizes = {s: os.path.getsize(f"{work}/single-{s}.txt") for s in ("1MB", "5MB", "50MB")}
print(f"corpus: {docs} documents, {big_bytes / 1e6:.1f} MB; small: 1000 documents, {small_bytes / 1e6:.1f} MB; repeats: {len(runs['big-j1'])}")
print()
print("| run | wall s, median (all) | MB/s input (wall) | CPU s (user+sys), median | wall µs / doc | CPU µs / doc | max RSS MB | load avg before each |")
print("|---|---|---|---|---|---|---|---|")
for label in ("big-cat", "big-j1", "big-j2"):
    print(fmt(label, big_bytes, docs if "cat" not in label else None))
for label in ("small-cat", "small-j1", "small-j2"):
    print(fmt(label, small_bytes, 1000 if "cat" not in label else None))
for s in ("1MB", "5MB", "50MB"):
    print(fmt(f"single-{s}-j1", sizes[s]))
print()
j1, j2, cat = med("big-j1"), med("big-j2"), med("big-cat")
print(f"- 2 threads / 1 thread: {j1 / j2:.2f}x")
print(f"- extract -j2 vs cat: extract takes {j2 / cat:.1f}x cat's time (throughput ratio {cat / j2:.3f}; target 0.5)")
c1, c2 = med("big-j1", 3), med("big-j2", 3)
print(f"- CPU-bound throughput: {big_bytes / c1 / 1e6:.1f} MB per CPU-second with 1 thread, {big_bytes / c2 / 1e6:.1f} with 2 (an unloaded 2-core machine would give at most ~{2 * big_bytes / c2 / 1e6:.0f} MB/s with 2 threads)")
s1, s2 = med("small-j1"), med("small-j2")
print(f"- per document, 1 thread: {s1 / 1000 * 1e6:.1f} µs at 1,000 vs {j1 / docs * 1e6:.1f} µs at {docs:,}")
print(f"- per document, 2 threads: {s2 / 1000 * 1e6:.1f} µs at 1,000 vs {j2 / docs * 1e6:.1f} µs at {docs:,}")
per_mb = j1 / (big_bytes / 1e6)
for s in ("1MB", "5MB", "50MB"):
    w = med(f"single-{s}-j1")
    if w is not None:
        print(f"- single {s} file: {w:.2f} s, {w / (sizes[s] / 1e6) / per_mb:.2f}x the per-MB time of the corpus run")
    else:
        print(f"- single {s} file: timed out")
EOF
