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

With a build (BUILD_DIR, default ./build) and the AWS CLI on the PATH, it also
writes list/<case>.out: what the real `aws ivs-realtime
list-ingest-configurations` prints for each case of list/cases.json against
tests/support/PagedIvsServer (the paged-ivs-endpoint program), so the
paginator, its NextToken and the text output are botocore's own, not a copy.
A starting token "@<case>" is that case's NextToken.
"""
import json
import os
import pathlib
import shutil
import subprocess

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


def list_cases():
    top = root.parents[2]
    endpoint = pathlib.Path(os.environ.get("BUILD_DIR", top / "build")) / "tests" / "paged-ivs-endpoint"
    aws = shutil.which("aws")
    if not endpoint.exists() or aws is None:
        print("skipping list/: needs %s and the AWS CLI" % endpoint)
        return
    manifest = json.loads((root / "list" / "cases.json").read_text(encoding="utf-8"))
    server = subprocess.Popen([str(endpoint), "--count", str(manifest["count"]), "--rate", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"),
               "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
               "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
               "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"}
        tokens = {}
        for case in manifest["cases"]:
            args = [tokens[a[1:]] if a.startswith("@") else a for a in case["args"]]
            out = subprocess.run([aws, "ivs-realtime", "list-ingest-configurations", "--region", "us-east-1",
                                  "--endpoint-url", url] + args,
                                 env=env, check=True, capture_output=True).stdout
            (root / "list" / (case["name"] + ".out")).write_bytes(out)
            if "--output" not in args:
                tokens[case["name"]] = json.loads(out).get("NextToken")
        # Our test reads the resolved tokens from here.
        (root / "list" / "tokens.json").write_text(json.dumps(tokens, indent=4, sort_keys=True) + "\n",
                                                   encoding="utf-8")
    finally:
        server.kill()


list_cases()
