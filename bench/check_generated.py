"""Compares `extract`'s records for a generated corpus with the generator's
truth file, field by field, and prints the agreement per field with a few
examples of each disagreement.

    cargo run --release --example gen_corpus -- --count 1000 --out /tmp/g --truth /tmp/g.truth.jsonl
    target/release/extract /tmp/g > /tmp/g.jsonl
    python3 bench/check_generated.py /tmp/g.truth.jsonl /tmp/g.jsonl

Records are matched by file name. Not a test: the generator's truth is what
it wrote, and some of its wordings are meant to be hard.
"""

import collections
import json
import os
import sys


def main(truth_path, records_path):
    truth = {}
    for line in open(truth_path):
        t = json.loads(line)
        truth[t["file"]] = t
    got = {}
    for line in open(records_path):
        r = json.loads(line)
        got[os.path.basename(r.get("source") or "")] = r
    fields = collections.OrderedDict(
        (k, [0, 0, []])
        for k in ("embargo.date", "embargo.time", "inspectorates", "units.count", "files.examined", "recommendations.total", "annex rows")
    )

    def check(key, want, have, name):
        f = fields[key]
        if want == have:
            f[0] += 1
        else:
            f[1] += 1
            if len(f[2]) < 4:
                f[2].append(f"{name}: want {want!r}, got {have!r}")

    for name, t in truth.items():
        r = got.get(name)
        if r is None:
            continue
        e = r.get("embargo") or {}
        check("embargo.date", t["embargo"]["date"], e.get("date"), name)
        check("embargo.time", t["embargo"]["time"], e.get("time"), name)
        check("inspectorates", sorted(t["inspectorates"]), sorted({i["acronym"] for i in r.get("inspectorates", [])}), name)
        check("units.count", t["units"], (r.get("units") or {}).get("count"), name)
        check("files.examined", t["files"], (r.get("files") or {}).get("examined"), name)
        recs = r.get("recommendations") or {}
        check("recommendations.total", t["recommendations"], recs.get("total"), name)
        check("annex rows", t["annex_rows"], len(recs.get("annex") or []), name)
    print(f"{len(truth)} documents in the truth file, {len(got)} records\n")
    print("| field | agree | disagree |")
    print("|---|---|---|")
    for key, (ok, bad, _) in fields.items():
        print(f"| {key} | {ok} ({100 * ok / max(1, ok + bad):.1f}%) | {bad} |")
    for key, (_, _, examples) in fields.items():
        if examples:
            print(f"\n{key}, e.g.:")
            for x in examples:
                print(f"  {x}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
