#!/bin/sh
# Measures the window under Xvfb, as the app itself reports it with
# IVS_INSPECTOR_TIMING=1: process start to first paint, and Inspect to the
# painted result against the loopback fake endpoint. RUNS times; prints
# median, min and max of each.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
runs=${RUNS:-10}
work=$(mktemp -d)
display=:$((80 + $$ % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
"$build_dir/tests/fake-ivs-endpoint" >"$work/url" &
endpoint=$!
trap 'kill "$xvfb" "$endpoint" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
while [ ! -s "$work/url" ]; do sleep 0.05; done
sleep 0.5
i=0
while [ $i -lt "$runs" ]; do
    rm -rf "$work/home" && mkdir -p "$work/home"
    HOME="$work/home" DISPLAY="$display" QT_QPA_PLATFORM=xcb IVS_INSPECTOR_TIMING=1 \
        AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY \
        AWS_ENDPOINT_URL_IVS_REALTIME="$(head -n 1 "$work/url")" \
        "$build_dir/ivs-inspector" arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1 \
        >/dev/null 2>"$work/log" &
    app=$!
    j=0
    while ! grep -q "inspect-to-painted-result" "$work/log" && [ $j -lt 100 ]; do sleep 0.05; j=$((j + 1)); done
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    sed -n 's/^ivs-inspector timing: first-paint \([0-9]*\) ms$/\1/p' "$work/log" >>"$work/first-paint"
    sed -n 's/^ivs-inspector timing: inspect-to-painted-result \([0-9]*\) ms$/\1/p' "$work/log" >>"$work/result"
    i=$((i + 1))
done
for what in first-paint result; do
    sort -n "$work/$what" | awk -v what="$what" '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2;
        printf "%-28s median %4d ms  min %4d ms  max %4d ms  (%d runs)\n", what, m, v[1], v[NR], NR}'
done
