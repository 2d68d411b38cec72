#!/usr/bin/env python3
"""Takes fields the engine now gets right off `_known_misses` in tests/expected.

Runs the accuracy report with --misses and, for every expectations file,
keeps in `_known_misses` only the fields that still miss. It never adds a
field: a new miss is printed as a regression, to be fixed, not listed.

    python3 scripts/known_misses.py
"""
import collections
import glob
import json
import os
import subprocess
import sys

out = subprocess.run(
    ["cargo", "run", "--quiet", "--release", "--example", "accuracy", "--", "--misses"],
    capture_output=True, text=True, check=True,
).stdout
misses = collections.defaultdict(set)
for line in out.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[0][:3].isdigit():
        misses[parts[0]].add(parts[1])

regressions = 0
for path in sorted(glob.glob("tests/expected/*.json")):
    stem = os.path.basename(path)[:-5]
    with open(path) as f:
        expected = json.load(f)
    known = set(expected.get("_known_misses", []))
    now = misses.get(stem, set())
    for field in sorted(now - known):
        print(f"regression: {stem} {field}")
        regressions += 1
    kept = sorted(known & now | {k for k in known if k in ("diagnostics", "checks_failed")})
    if kept != sorted(known):
        fixed = sorted(known - set(kept))
        print(f"fixed: {stem} {', '.join(fixed)}")
        if kept:
            expected["_known_misses"] = kept
        else:
            expected.pop("_known_misses")
        with open(path, "w") as f:
            f.write(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
sys.exit(1 if regressions else 0)
