#!/usr/bin/env python3
"""A fake IVS Real-Time endpoint whose signature check is botocore's SigV4Auth,
an implementation independent of ours. It recomputes the signature of each
request from what it received (the headers listed in SignedHeaders, the raw
body) and answers with the fixture on a match, 403 InvalidSignatureException
otherwise. Writes its port to --port-file once it listens."""
import argparse
import http.server
import json
import pathlib
import re

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

KEYS = {}  # access key id -> (secret, token)
AUTH = re.compile(r"^AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, "
                  r"SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$")


class Handler(http.server.BaseHTTPRequestHandler):
    fixtures = None

    def log_message(self, fmt, *args):  # keep test output clean
        pass

    def reply(self, status, body, error_type=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", "00000000-0000-4000-8000-000000000000")
        if error_type:
            self.send_header("x-amzn-ErrorType", error_type)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        match = AUTH.match(self.headers.get("Authorization", ""))
        if not match or match.group(1) not in KEYS:
            return self.reply(403, {"message": "no or unknown credentials"}, "UnrecognizedClientException")
        key_id, _, region, service, signed, signature = match.groups()
        secret, token = KEYS[key_id]
        names = signed.split(";")
        required = {"host", "x-amz-date", "content-type"} | ({"x-amz-security-token"} if token else set())
        if not required <= set(names) or (token and self.headers.get("X-Amz-Security-Token") != token):
            return self.reply(403, {"message": "required headers unsigned or token wrong"}, "IncompleteSignatureException")
        headers = {name: self.headers[name] for name in names if self.headers.get(name) is not None}
        request = AWSRequest(method="POST", url="http://" + self.headers["Host"] + self.path, data=body, headers=headers)
        request.context["timestamp"] = self.headers["X-Amz-Date"]
        auth = SigV4Auth(Credentials(key_id, secret, token), service, region)
        canonical = auth.canonical_request(request)
        expected = auth.signature(auth.string_to_sign(request, canonical), request)
        if service != "ivs" or expected != signature:
            return self.reply(403, {"message": "The request signature we calculated does not match the signature "
                                               "you provided (botocore)."}, "InvalidSignatureException")
        arn = json.loads(body)["arn"]
        fixture = self.fixtures / "GetIngestConfiguration" / (arn.rsplit("/", 1)[-1] + ".json")
        if not fixture.exists():
            return self.reply(404, {"exceptionMessage": "not found: " + arn}, "ResourceNotFoundException")
        data = fixture.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--key", action="append", default=[], help="ID:SECRET[:TOKEN]")
    args = parser.parse_args()
    for spec in args.key:
        key_id, secret, *token = spec.split(":", 2)
        KEYS[key_id] = (secret, token[0] if token else None)
    Handler.fixtures = pathlib.Path(args.fixtures)
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    pathlib.Path(args.port_file).write_text(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
