#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for a bounded time
# over the seed corpus in tests/fuzz/corpus (new inputs go to a scratch copy),
# as many at a time as there are cores: each fuzzer is one process on one
# core, so on 2 cores the four take twice their seconds, not four times.
#   FUZZ_SECONDS=20 ./scripts/fuzz.sh     seconds per target, a whole number above 0 (default 20)
#   ./scripts/fuzz.sh --check-seconds     only check FUZZ_SECONDS (scripts/test.sh does, before building)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${FUZZ_BUILD_DIR:-$top/build-fuzz}
seconds=${FUZZ_SECONDS:-20}
# libFuzzer reads -max_total_time=0 as "no limit": only a positive number is a bound.
case "$seconds" in
    '' | *[!0-9]*) seconds=0 ;;
esac
if [ "$seconds" -le 0 ]; then
    echo "FUZZ_SECONDS must be a whole number of seconds above 0, not \"${FUZZ_SECONDS:-}\"" >&2
    exit 2
fi
[ "${1:-}" != --check-seconds ] || exit 0
CC=clang CXX=clang++ cmake -S "$top" -B "$build_dir" -DIVS_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
pairs="FuzzIngestReply:ingest-reply FuzzErrorReply:error-reply FuzzArn:arn FuzzAwsConfig:aws-config"
# Only the fuzzers and the layers they link (core, aws, ivs), not every layer.
cmake --build "$build_dir" --parallel "$(nproc)" --target FuzzIngestReply FuzzErrorReply FuzzArn FuzzAwsConfig >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM

# One fuzzer: its own scratch corpus and artifact folder, its log, and its
# exit status in a file (a background job's status is otherwise lost).
fuzz() {
    target=$1
    corpus=$2
    mkdir -p "$scratch/$target"
    cp -r "$top/tests/fuzz/corpus/$corpus" "$scratch/$target/corpus"
    status=0
    "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
        -artifact_prefix="$scratch/$target/" "$scratch/$target/corpus" >"$scratch/$target.log" 2>&1 || status=$?
    echo "$status" >"$scratch/$target.status"
}

jobs=$(nproc)
running=0
for pair in $pairs; do
    echo "fuzzing ${pair%%:*} for ${seconds}s"
    fuzz "${pair%%:*}" "${pair#*:}" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait
        running=0
    fi
done
wait

failed=0
for pair in $pairs; do
    target=${pair%%:*}
    # A crash, leak or sanitizer report makes the fuzzer exit non-zero; the
    # reproducer lands in the target's scratch folder and is printed.
    if [ "$(cat "$scratch/$target.status")" != 0 ]; then
        echo "$target found a problem:" >&2
        tail -n 40 "$scratch/$target.log" >&2
        for artifact in "$scratch/$target"/crash-* "$scratch/$target"/leak-* "$scratch/$target"/timeout-*; do
            [ -f "$artifact" ] && { echo "reproducer $artifact:" >&2; od -c "$artifact" | head -20 >&2; }
        done
        failed=1
        continue
    fi
    echo "$target: $(grep -E "^Done|stat::number_of_executed_units" "$scratch/$target.log" | tail -n 1)"
done
[ "$failed" -eq 0 ] || exit 1
echo "fuzzing: 4 targets ran ${seconds}s each without a finding"
