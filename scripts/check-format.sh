#!/bin/sh
# Fails when a C++ file differs from .clang-format (clang-format 14).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
# The format is what clang-format 14 (Debian 12) makes of .clang-format; later
# versions break some lines differently, so they cannot judge it.
major=$(clang-format --version | sed -n 's/.*clang-format version \([0-9]*\).*/\1/p')
if [ "$major" != 14 ]; then
    echo "clang-format $major is not 14, which defines the project's format: formatting not checked"
    exit 0
fi
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui tests bench -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || exit 0
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files; then
    echo "Formatting differs from .clang-format: run clang-format -i on the files above." >&2
    exit 1
fi
echo "clang-format: $(echo "$files" | wc -l) files clean"
