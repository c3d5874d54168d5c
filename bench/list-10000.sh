#!/bin/sh
# Lists 10,000 ingest configurations (100 pages of 100) end to end against a
# fake endpoint that enforces IVS's 5 requests a second per account, region
# and operation at the server (more are answered 429 ThrottlingException):
# first `ivs-inspector list-ingest-configurations --page-size 100` (the whole
# process), then the official AWS SDK for JavaScript v3's paginator
# (paginateListIngestConfigurations from @aws-sdk/client-ivs-realtime,
# installed from npm into a scratch folder) on the same fake, in the same run.
# Prints each one's time, items, throttled requests (counted at the server)
# and retries. The quota's floor for 100 requests is 19.8 s.
#   RUNS=3 ./bench/list-10000.sh
set -eu
export NODE_NO_WARNINGS=1 # the SDK warns about the Node version on every run
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
runs=${RUNS:-1}
work=$(mktemp -d)
trap 'kill "$endpoint" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent @aws-sdk/client-ivs-realtime >/dev/null)
cp "$top/bench/sdk-list.mjs" "$work/"
"$build_dir/tests/paged-ivs-endpoint" --count 10000 --rate 5 >"$work/url" &
endpoint=$!
while [ ! -s "$work/url" ]; do sleep 0.05; done
url=$(head -n 1 "$work/url")
export AWS_ENDPOINT_URL="$url" AWS_ENDPOINT_URL_IVS_REALTIME="$url" AWS_ACCESS_KEY_ID=AKIDEXAMPLE \
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY AWS_REGION=us-east-1 HOME="$work"

stats() { # prints "accepted throttled" as the server counted them so far
    python3 -c 'import json,sys,urllib.request; s=json.load(urllib.request.urlopen(sys.argv[1]+"/__stats")); print(s["accepted"], s["throttled"])' "$url"
}

sdk() { # label title: one run of the SDK's paginator, as configured by SDK_* variables
    set -- "$1" "$2" $(stats)
    start=$(date +%s%N)
    (cd "$work" && /usr/bin/time -f "%M" -o "$work/rss" node "$work/sdk-list.mjs" >"$work/sdk-$1.json")
    end=$(date +%s%N)
    label=$1 title=$2 before_ok=$3 before_throttled=$4
    set -- $(stats)
    python3 - "$work/sdk-$label.json" "$(echo "($end - $start) / 1000000000" | bc -l)" \
        "$(( $1 - before_ok + $2 - before_throttled ))" "$(( $2 - before_throttled ))" \
        "$(echo "$(cat "$work/rss") / 1024" | bc -l)" "$title" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("%-16s %7.2f s  items %5d  requests %3s  throttled %3s  retries %3d  peak RSS %5.1f MiB%s" % (
    sys.argv[6], float(sys.argv[2]), r["items"], sys.argv[3], sys.argv[4], r["retries"], float(sys.argv[5]),
    ("  error: " + r["error"]) if r["error"] else ""))
PY
}

i=0
while [ $i -lt "$runs" ]; do
    set -- $(stats); before_ok=$1 before_throttled=$2
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$build_dir/ivs-inspector" list-ingest-configurations --page-size 100 \
        --debug >"$work/cli.json" 2>"$work/cli.log"
    end=$(date +%s%N)
    set -- $(stats); ok=$(( $1 - before_ok )) throttled=$(( $2 - before_throttled ))
    items=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["ingestConfigurations"]))' "$work/cli.json")
    retries=$(grep -c -i "retrying" "$work/cli.log" || true)
    printf "ivs-inspector    %7.2f s  items %5d  requests %3d  throttled %3d  retries %3d  peak RSS %5.1f MiB\n" \
        "$(echo "($end - $start) / 1000000000" | bc -l)" "$items" "$((ok + throttled))" "$throttled" "$retries" \
        "$(echo "$(cat "$work/rss") / 1024" | bc -l)"
    sleep 2 # let the server's window empty
    sdk default "AWS SDK (JS v3)"
    sleep 2
    SDK_RETRY_MODE=adaptive SDK_MAX_ATTEMPTS=10 sdk adaptive "AWS SDK adaptive"
    sleep 2
    i=$((i + 1))
done
echo "floor: 100 requests at 5 a second = 19.8 s (the first 5 at once, then 5 more each second)"
