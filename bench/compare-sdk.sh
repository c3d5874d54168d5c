#!/bin/sh
# Times one whole-process `ivs-inspector get-ingest-configuration` against one
# whole-process call of the official AWS SDK for JavaScript v3
# (@aws-sdk/client-ivs-realtime, installed from npm into a scratch folder),
# alternating, on the same fake endpoint. Prints median, min, max, the ratio
# and each side's peak memory (GNU time's maximum resident set size).
#   RUNS=20 ./bench/compare-sdk.sh
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
runs=${RUNS:-15}
work=$(mktemp -d)
trap 'kill "$endpoint" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent @aws-sdk/client-ivs-realtime >/dev/null)
cp "$top/bench/sdk-get.mjs" "$work/"
"$build_dir/tests/fake-ivs-endpoint" >"$work/url" &
endpoint=$!
while [ ! -s "$work/url" ]; do sleep 0.05; done
export AWS_ENDPOINT_URL="$(head -n 1 "$work/url")" AWS_ACCESS_KEY_ID=AKIDEXAMPLE \
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY HOME="$work"
arn=arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1

measure() { # label command...: appends "ms maxrss_kb" to $work/$label
    label=$1
    shift
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 )) $(cat "$work/rss")" >>"$work/$label"
}
# One warm-up each (disk cache), then alternate.
measure warmup "$build_dir/ivs-inspector" get-ingest-configuration --arn "$arn"
measure warmup node "$work/sdk-get.mjs" "$arn"
i=0
while [ $i -lt "$runs" ]; do
    measure ivs-inspector "$build_dir/ivs-inspector" get-ingest-configuration --arn "$arn"
    (cd "$work" && measure sdk node "$work/sdk-get.mjs" "$arn")
    i=$((i + 1))
done

stats() { # file column -> "median min max"
    cut -d' ' -f"$2" "$1" | sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; print m, v[1], v[NR]}'
}
set -- $(stats "$work/ivs-inspector" 1); cli_med=$1 cli_min=$2 cli_max=$3
set -- $(stats "$work/sdk" 1); sdk_med=$1 sdk_min=$2 sdk_max=$3
set -- $(stats "$work/ivs-inspector" 2); cli_rss=$3
set -- $(stats "$work/sdk" 2); sdk_rss=$3
echo "runs each: $runs (alternating, after one warm-up each)"
printf "%-16s %10s %10s %10s %14s\n" "" "median ms" "min ms" "max ms" "peak RSS MiB"
printf "%-16s %10.1f %10.1f %10.1f %14.1f\n" ivs-inspector "$(echo "$cli_med/1000" | bc -l)" "$(echo "$cli_min/1000" | bc -l)" \
    "$(echo "$cli_max/1000" | bc -l)" "$(echo "$cli_rss/1024" | bc -l)"
printf "%-16s %10.1f %10.1f %10.1f %14.1f\n" "AWS SDK (JS v3)" "$(echo "$sdk_med/1000" | bc -l)" "$(echo "$sdk_min/1000" | bc -l)" \
    "$(echo "$sdk_max/1000" | bc -l)" "$(echo "$sdk_rss/1024" | bc -l)"
printf "speed: ivs-inspector is %.1fx faster (median); memory: %.2f of the SDK's peak\n" \
    "$(echo "$sdk_med/$cli_med" | bc -l)" "$(echo "$cli_rss/$sdk_rss" | bc -l)"
