#!/bin/sh
# Installs what is missing, builds, checks formatting, fuzzes the parsers for
# a bounded time, runs the whole test suite inside a private D-Bus session
# with an unlocked throwaway gnome-keyring (the real Secret Service that
# QtKeychain talks to), then builds the Debian package from the same build
# and checks it (scripts/package.sh: contents, dependencies, lintian).
#   FUZZ_SECONDS=20 ./scripts/test.sh    seconds of fuzzing per parser (default 20)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
"$top/scripts/fuzz.sh" --check-seconds
"$top/scripts/install-deps.sh" test
"$top/scripts/build.sh"
"$top/scripts/check-format.sh"
# A bounded libFuzzer run over the parsers (reply, error, ARN, AWS config).
FUZZ_SECONDS=${FUZZ_SECONDS:-20} "$top/scripts/fuzz.sh"

# A throwaway HOME: the keyring and any settings the tests write stay there,
# and it goes when this script ends, however it ends.
scratch=$(mktemp -d)
chmod 700 "$scratch"
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# In CI the keychain tests must fail, not skip, when no keychain works.
if [ "${CI:-}" = "true" ]; then export IVS_REQUIRE_KEYCHAIN=1; fi

# Not exec: this shell stays to remove the scratch HOME afterwards.
(
    export HOME="$scratch" XDG_DATA_HOME="$scratch/.local/share" XDG_CONFIG_HOME="$scratch/.config"
    export XDG_CACHE_HOME="$scratch/.cache" XDG_RUNTIME_DIR="$scratch/run"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    cd "$build_dir"
    dbus-run-session -- sh -c '
        printf %s throwaway-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --output-on-failure --parallel 2 --timeout 300
    '
)

# The package smoke test, from the build above (no second build).
BUILD_DIR="$build_dir" "$top/scripts/package.sh"
