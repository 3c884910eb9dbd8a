#!/usr/bin/env bash
# Validates every record the tests produce against docs/record.schema.json (JSON Schema draft
# 2020-12, Python jsonschema): `articled extract` over the sample article and every unit-test
# fixture, plus every record the Swift tests kept in .build/test-records. Also checks the offsets
# rule: for every object with start, end and text, Python's text[start:end] is that text.
set -euo pipefail
cd "$(dirname "$0")/../.."

bin=${ARTICLED_BIN:-.build/release/articled}
[ -x "$bin" ] || bin=.build/debug/articled
[ -x "$bin" ] || { echo "record-schema: no built articled (run swift build first)" >&2; exit 1; }

inputs=(Tests/CoreTests/Fixtures/*.txt)
sample=../shared/samples/kazakhstan-opinion.ar.txt
if [ -f "$sample" ]; then
    inputs+=("$sample")
elif [ "${CI:-}" = "true" ]; then
    echo "record-schema: $sample is missing, and CI must have it" >&2; exit 1
fi
if [ ! -d .build/test-records ] && [ "${CI:-}" = "true" ]; then
    echo "record-schema: .build/test-records is missing: the Swift tests did not run" >&2; exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" extract "${inputs[@]}" > "$out/extract.jsonl"

python3 - "$out/extract.jsonl" "${#inputs[@]}" docs/record.schema.json .build/test-records <<'PY'
import json, pathlib, sys
from jsonschema import Draft202012Validator

lines_path, expected, schema_path, kept = sys.argv[1], int(sys.argv[2]), sys.argv[3], pathlib.Path(sys.argv[4])
schema = json.load(open(schema_path, encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

records = [(f"extract line {i + 1}", json.loads(line))
           for i, line in enumerate(open(lines_path, encoding="utf-8")) if line.strip()]
if len(records) != expected:
    sys.exit(f"record-schema: articled extract gave {len(records)} records for {expected} inputs")
if kept.is_dir():
    records += [(str(p), json.load(open(p, encoding="utf-8"))) for p in sorted(kept.glob("*.json"))]

def spans(node, path="$"):
    if isinstance(node, dict):
        if {"start", "end"} <= node.keys() and isinstance(node.get("start"), int):
            yield path, node
        for k, v in node.items():
            yield from spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from spans(v, f"{path}[{i}]")

failures = 0
for name, record in records:
    for error in validator.iter_errors(record):
        failures += 1
        print(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    text = record.get("text", "")
    for path, node in spans({k: v for k, v in record.items() if k != "text"}):
        start, end = node["start"], node["end"]
        if not (0 <= start <= end <= len(text)):
            failures += 1; print(f"{name}: {path}: span {start}..{end} outside the text ({len(text)})")
            continue
        surface = node.get("text", node.get("name"))
        if isinstance(surface, str) and text[start:end] != surface:
            failures += 1; print(f"{name}: {path}: text[{start}:{end}] is {text[start:end]!r}, not {surface!r}")
if failures:
    sys.exit(f"record-schema: {failures} problem(s) in {len(records)} records")
print(f"record-schema: {len(records)} records valid against {schema_path}, every span slices to its text")
PY
