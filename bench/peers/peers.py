"""datefinder, dateparser and `extract` on the same documents.

For each tool: documents per second (in-process for the Python libraries;
for `extract`, one process over the documents repeated 20 times, so its
start-up is amortised), the time for the real sample document, and how many
documents with an embargo had that embargo date among the dates found
("found") and as the first date found ("first", what a script taking the
first date would report). Run through bench/peers/run.sh.
"""

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def load_corpus(corpus, expected):
    docs = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        truth = None
        path = os.path.join(expected, stem + ".json")
        if os.path.exists(path):
            e = json.load(open(path)).get("embargo")
            truth = e["date"] if e else None
        docs.append((os.path.join(corpus, name), truth))
    return docs


def load_generated(directory, truth_file, limit):
    docs = []
    for line in open(truth_file):
        t = json.loads(line)
        docs.append((os.path.join(directory, t["file"]), t["embargo"]["date"]))
        if len(docs) >= limit:
            break
    return docs


def run_datefinder(text):
    import datefinder

    return [d.date().isoformat() for d in datefinder.find_dates(text)]


def run_dateparser(text):
    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"], settings={"DATE_ORDER": "DMY"}) or []
    return [d.date().isoformat() for _, d in found]


def measure_python(name, fn, docs, texts, repeats):
    fn("warm up 1 January 2020")  # imports and caches, not timed
    per_doc = {path: [] for path, _ in docs}
    results = {}
    totals = []
    for _ in range(repeats):
        start = time.perf_counter()
        for (path, _), text in zip(docs, texts):
            t0 = time.perf_counter()
            try:
                results[path] = fn(text)
            except Exception as e:  # a crash counts as nothing found
                results[path] = []
                print(f"  {name} failed on {os.path.basename(path)}: {e!r}", file=sys.stderr)
            per_doc[path].append(time.perf_counter() - t0)
        totals.append(time.perf_counter() - start)
    return statistics.median(totals), per_doc, results


def measure_extract(binary, docs, repeats, copies=20):
    paths = [p for p, _ in docs]
    totals = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([binary, "--jobs", "1", *(paths * copies)], stdout=subprocess.DEVNULL, check=False)
        totals.append((time.perf_counter() - start) / copies)
    out = subprocess.run([binary, "--jobs", "1", *paths], capture_output=True, text=True, check=False).stdout
    results = {}
    for path, line in zip(paths, out.splitlines()):
        record = json.loads(line)
        embargo = record.get("embargo")
        results[path] = [embargo["date"]] if embargo and embargo.get("date") else []
    return statistics.median(totals), results


def score(docs, results):
    with_embargo = [(p, t) for p, t in docs if t]
    found = sum(1 for p, t in with_embargo if t in results.get(p, []))
    first = sum(1 for p, t in with_embargo if results.get(p) and results[p][0] == t)
    return found, first, len(with_embargo)


def report(title, docs, extract_binary, repeats):
    texts = [decode(open(p, "rb").read()) for p, _ in docs]
    sample = next((p for p, _ in docs if os.path.basename(p).startswith("000_")), None)
    rows = []
    for name, fn, reps in (
        ("datefinder", run_datefinder, repeats),
        ("dateparser (search_dates)", run_dateparser, max(1, repeats // 3)),
    ):
        total, per_doc, results = measure_python(name, fn, docs, texts, reps)
        found, first, n = score(docs, results)
        sample_ms = statistics.median(per_doc[sample]) * 1e3 if sample else None
        rows.append((name, len(docs) / total, sample_ms, found, first, n))
    total, results = measure_extract(extract_binary, docs, repeats)
    found, first, n = score(docs, results)
    rows.append(("extract --jobs 1 (process, start-up amortised)", len(docs) / total, None, found, first, n))

    print(f"\n### {title}: {len(docs)} documents, {sum(1 for _, t in docs if t)} with an embargo\n")
    print("| tool | documents / s | sample document, ms | embargo date found | ... as the first date |")
    print("|---|---|---|---|---|")
    for name, rate, sample_ms, found, first, n in rows:
        if sample_ms is not None:
            s = f"{sample_ms:.1f}"
        elif sample and name.startswith("extract"):
            s = "see divan `parse`"
        else:
            s = "-"
        print(f"| {name} | {rate:.1f} | {s} | {found}/{n} | {first}/{n} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--expected", required=True)
    ap.add_argument("--generated")
    ap.add_argument("--truth")
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    import datefinder, dateparser  # noqa: E401  (fail early if missing)

    print(f"python {sys.version.split()[0]}, datefinder {getattr(datefinder, '__version__', '?')}, dateparser {dateparser.__version__}, load {os.getloadavg()[0]:.1f}")
    report("corpus/", load_corpus(a.corpus, a.expected), a.extract, a.repeats)
    if a.generated:
        report(f"generated ({a.generated})", load_generated(a.generated, a.truth, a.limit), a.extract, a.repeats)


if __name__ == "__main__":
    main()
