#!/bin/sh
# Runs the real command line against botocore_fake_ivs.py: botocore, not our
# signer, must accept its requests (long-term keys and a session token), and
# must refuse one signed with a wrong secret (so the check can fail).
set -eu
binary=$1
fixtures=$2
python=${PYTHON:-/usr/bin/python3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
token='FwoGZXIvYXdzEXAMPLE//botocore+token='
"$python" "$here/botocore_fake_ivs.py" --fixtures "$fixtures" --port-file "$work/port" \
    --key 'AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' \
    --key "ASIABOTOCORETEMP:temporaryBotocoreSecret0001:$token" 2>"$work/server.err" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
i=0
while [ ! -s "$work/port" ]; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 $server 2>/dev/null; then
        echo "botocore fake endpoint did not start:" >&2
        cat "$work/server.err" >&2
        exit 1
    fi
    sleep 0.1
done
url="http://127.0.0.1:$(cat "$work/port")"
arn='arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpUnicode1'
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_IVS_REALTIME

run() { # expected-exit, key, secret, token
    status=0
    AWS_ACCESS_KEY_ID=$2 AWS_SECRET_ACCESS_KEY=$3 AWS_SESSION_TOKEN=$4 \
        "$binary" get-ingest-configuration --endpoint-url "$url" --arn "$arn" >"$work/out" 2>"$work/err" || status=$?
    if [ "$status" -ne "$1" ]; then
        echo "FAIL: expected exit $1, got $status (key $2)" >&2
        cat "$work/err" >&2
        exit 1
    fi
}

run 0 AKIDEXAMPLE 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' ''
grep -q '"arn": "arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpUnicode1"' "$work/out"
echo "botocore accepted a request signed with long-term keys"
run 0 ASIABOTOCORETEMP temporaryBotocoreSecret0001 "$token"
echo "botocore accepted a request signed with a session token"
run 254 AKIDEXAMPLE 'wrongSecretwrongSecretwrongSecret0000' ''
grep -q 'InvalidSignatureException' "$work/err"
echo "botocore refused a request signed with the wrong secret"
