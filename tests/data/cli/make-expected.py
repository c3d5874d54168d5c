#!/usr/bin/env python3
"""Writes what `aws ivs-realtime get-ingest-configuration --output json` prints
for each fake-endpoint fixture, as the expected output of our command line.

The AWS CLI prints botocore's parsed response with json.dumps(indent=4,
ensure_ascii=False): structure members in the service model's order, members
the model does not know dropped (nested ones too), and members whose value is
null dropped (botocore/parsers.py, BaseJSONParser._handle_structure). Map keys (attributes, tags) are sorted here;
the AWS CLI keeps the reply's order, which our Qt JSON reader cannot see (a
documented difference). Run from the repository root after changing a fixture:
    python3 tests/data/cli/make-expected.py
"""
import json
import pathlib

MEMBERS = ["name", "arn", "ingestProtocol", "streamKey", "stageArn", "participantId", "state", "userId",
           "redundantIngest", "redundantIngestCredentials", "attributes", "tags"]
CREDENTIAL_MEMBERS = ["participantId", "streamKey"]

root = pathlib.Path(__file__).resolve().parent
fixtures = root.parent / "fake-ivs" / "GetIngestConfiguration"
for fixture in sorted(fixtures.glob("*.json")):
    config = json.loads(fixture.read_text(encoding="utf-8"))["ingestConfiguration"]
    out = {}
    for member in MEMBERS:
        value = config.get(member)
        if value is None:
            continue
        if member in ("attributes", "tags"):
            value = dict(sorted(value.items()))
        elif member == "redundantIngestCredentials":
            value = [None if c is None else {k: c[k] for k in CREDENTIAL_MEMBERS if c.get(k) is not None}
                     for c in value]
        out[member] = value
    text = json.dumps({"ingestConfiguration": out}, indent=4, ensure_ascii=False) + "\n"
    (root / fixture.name).write_text(text, encoding="utf-8")
