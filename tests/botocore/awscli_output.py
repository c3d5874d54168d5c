#!/usr/bin/env python3
"""Prints what `aws ivs-realtime get-ingest-configuration --output json` would
print for each reply body in tests/data/fake-ivs/GetIngestConfiguration, using
botocore's own rest-json parser (not a re-implementation of it) and the AWS
CLI's JSON formatting (json.dumps with indent=4, ensure_ascii=False), and
checks it against tests/data/cli/<name>.json, which our command line must
print byte for byte.

botocore 1.29 in Debian 12 predates the IVS Real-Time model, so the output
shapes are given here as the public service model defines them
(ivs-realtime 2020-07-14: GetIngestConfigurationResponse, IngestConfiguration,
RedundantIngestCredential). Map keys are sorted before printing: the AWS CLI
keeps the reply's order, which our Qt JSON reader cannot see (the README's one
documented difference).
    python3 tests/botocore/awscli_output.py tests/data/fake-ivs tests/data/cli
"""
import json
import pathlib
import sys

from botocore.model import ServiceModel
from botocore.parsers import RestJSONParser

STRING = {"type": "string"}
MODEL = {
    "metadata": {"apiVersion": "2020-07-14", "protocol": "rest-json", "serviceId": "IVS RealTime",
                 "endpointPrefix": "ivsrealtime", "signatureVersion": "v4", "signingName": "ivs"},
    "operations": {
        "GetIngestConfiguration": {
            "name": "GetIngestConfiguration",
            "http": {"method": "POST", "requestUri": "/GetIngestConfiguration", "responseCode": 200},
            "output": {"shape": "GetIngestConfigurationResponse"},
        }
    },
    "shapes": {
        "GetIngestConfigurationResponse": {
            "type": "structure", "members": {"ingestConfiguration": {"shape": "IngestConfiguration"}}},
        "IngestConfiguration": {
            "type": "structure",
            "members": {
                "name": {"shape": "String"}, "arn": {"shape": "String"}, "ingestProtocol": {"shape": "String"},
                "streamKey": {"shape": "String"}, "stageArn": {"shape": "String"},
                "participantId": {"shape": "String"}, "state": {"shape": "String"}, "userId": {"shape": "String"},
                "redundantIngest": {"shape": "Boolean"},
                "redundantIngestCredentials": {"shape": "RedundantIngestCredentials"},
                "attributes": {"shape": "StringMap"}, "tags": {"shape": "StringMap"},
            },
        },
        "RedundantIngestCredentials": {"type": "list", "member": {"shape": "RedundantIngestCredential"}},
        "RedundantIngestCredential": {
            "type": "structure",
            "members": {"participantId": {"shape": "String"}, "streamKey": {"shape": "String"}}},
        "StringMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
        "String": STRING,
        "Boolean": {"type": "boolean"},
    },
}


def sort_maps(value, path=""):
    if isinstance(value, dict):
        items = value.items()
        if path.endswith(("attributes", "tags")):
            items = sorted(items)
        return {k: sort_maps(v, path + "." + k) for k, v in items}
    if isinstance(value, list):
        return [sort_maps(v, path) for v in value]
    return value


def main():
    fixtures = pathlib.Path(sys.argv[1]) / "GetIngestConfiguration"
    expected_dir = pathlib.Path(sys.argv[2])
    output_shape = ServiceModel(MODEL).operation_model("GetIngestConfiguration").output_shape
    failures = 0
    for fixture in sorted(fixtures.glob("*.json")):
        parsed = RestJSONParser().parse(
            {"body": fixture.read_bytes(), "headers": {}, "status_code": 200}, output_shape)
        parsed.pop("ResponseMetadata", None)
        text = json.dumps(sort_maps(parsed), indent=4, ensure_ascii=False) + "\n"
        expected = (expected_dir / fixture.name).read_text(encoding="utf-8")
        if text != expected:
            failures += 1
            print(f"{fixture.name}: botocore prints\n{text}\nbut {expected_dir / fixture.name} says\n{expected}",
                  file=sys.stderr)
    print(f"{len(list(fixtures.glob('*.json')))} replies, {failures} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
