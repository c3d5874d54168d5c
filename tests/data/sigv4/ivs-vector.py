#!/usr/bin/env python3
"""Recomputes the project's ivs signing vector (TestSigV4Signer's
"ivs-get-ingest-configuration" row) with botocore's SigV4Auth, a signer that is
not ours: GetIngestConfiguration on ivsrealtime.us-east-1.amazonaws.com at
2026-01-01T00:00:00Z with AWS's documented example key. Prints the
Authorization header; its Signature must equal the test's.
    python3 tests/data/sigv4/ivs-vector.py
"""
import datetime
from unittest import mock

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

BODY = b'{"arn":"arn:aws:ivs:us-east-1:123456789012:ingest-configuration/AbCdEfGh1234"}'
request = AWSRequest(method="POST", url="https://ivsrealtime.us-east-1.amazonaws.com/GetIngestConfiguration",
                     data=BODY, headers={"Content-Type": "application/json"})
credentials = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
with mock.patch("botocore.auth.datetime") as clock:
    clock.datetime.utcnow.return_value = datetime.datetime(2026, 1, 1, 0, 0, 0)
    clock.datetime.now.return_value = datetime.datetime(2026, 1, 1, 0, 0, 0)
    SigV4Auth(credentials, "ivs", "us-east-1").add_auth(request)
print(request.headers["Authorization"])
