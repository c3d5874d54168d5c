#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for a bounded time
# over the seed corpus in tests/fuzz/corpus (new inputs go to a scratch copy).
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
cmake --build "$build_dir" --parallel "$(nproc)" >/dev/null
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
for pair in FuzzIngestReply:ingest-reply FuzzErrorReply:error-reply FuzzArn:arn FuzzAwsConfig:aws-config; do
    target=${pair%%:*}
    corpus=${pair#*:}
    cp -r "$top/tests/fuzz/corpus/$corpus" "$scratch/$corpus"
    echo "fuzzing $target for ${seconds}s"
    # A crash, leak or sanitizer report makes the fuzzer exit non-zero; the
    # reproducer lands in the scratch folder and is printed.
    if ! "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
        -artifact_prefix="$scratch/" "$scratch/$corpus" >"$scratch/$target.log" 2>&1; then
        tail -n 40 "$scratch/$target.log" >&2
        for artifact in "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-*; do
            [ -f "$artifact" ] && { echo "reproducer $artifact:" >&2; od -c "$artifact" | head -20 >&2; }
        done
        exit 1
    fi
    grep -E "^Done|stat::number_of_executed_units" "$scratch/$target.log" | tail -n 1
done
echo "fuzzing: 4 targets ran ${seconds}s each without a finding"
