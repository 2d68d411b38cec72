#!/usr/bin/env python3
"""Merges hand-written labels of title, headline, subject, role and
honorific (one `<stem>.json` per document in a staging directory) into
tests/expected/<stem>.json, editing the text so that the rest of each file
keeps its layout.

    scripts/merge_labels.py LABEL_DIR

title, headline and subject become the first keys; role and honorific go
inside `chief_inspector` after its name (only when it is not null).
"""
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
labels = pathlib.Path(sys.argv[1])


def dump(v):
    return json.dumps(v, ensure_ascii=False)


for path in sorted(labels.glob("*.json")):
    target = root / "tests" / "expected" / path.name
    if not target.exists():
        print(f"skip {path.name}: no expectation", file=sys.stderr)
        continue
    label = json.loads(path.read_text())
    text = target.read_text()
    want = json.loads(text)
    if "headline" in want:
        print(f"skip {path.name}: already labelled", file=sys.stderr)
        continue
    head = "".join(f'  "{k}": {dump(label[k])},\n' for k in ("title", "headline", "subject"))
    assert text.startswith("{\n"), path
    text = "{\n" + head + text[2:]
    if isinstance(want.get("chief_inspector"), dict):
        extra = f', "role": {dump(label["role"])}, "honorific": {dump(label["honorific"])}'
        name = r'("chief_inspector":\s*\{\s*"name":\s*"(?:[^"\\]|\\.)*")'
        text, n = re.subn(name, lambda m: m.group(1) + extra, text, count=1)
        assert n == 1, path
    merged = json.loads(text)
    assert merged["chief_inspector"] == (
        None if want.get("chief_inspector") is None
        else {**want["chief_inspector"], "role": label["role"], "honorific": label["honorific"]}
    ) or "chief_inspector" not in want, path
    target.write_text(text)
