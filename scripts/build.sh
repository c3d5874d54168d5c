#!/bin/sh
# Configures and builds into ./build (or $BUILD_DIR): everything, or only the
# given targets and what they depend on.
#   ./scripts/build.sh                      the app and the tests
#   ./scripts/build.sh ivs-inspector        the program alone (and its window module)
#   ./scripts/build.sh benchmarks           the benchmark programs in bench/ (not built by default)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
cmake -S "$top" -B "$build_dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
if [ $# -gt 0 ]; then
    cmake --build "$build_dir" --parallel "$(nproc)" --target "$@"
else
    cmake --build "$build_dir" --parallel "$(nproc)"
fi
