#!/bin/sh
# Installs what is missing, builds, checks formatting, fuzzes the parsers for
# a bounded time, and runs the whole test suite inside a private D-Bus session
# with an unlocked throwaway gnome-keyring (the real Secret Service that
# QtKeychain talks to).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
"$top/scripts/install-deps.sh" test
"$top/scripts/build.sh"
"$top/scripts/check-format.sh"
# A bounded libFuzzer run over the parsers (reply, error, ARN, AWS config).
FUZZ_SECONDS=${FUZZ_SECONDS:-20} "$top/scripts/fuzz.sh"

# A throwaway HOME: the keyring and any settings the tests write stay there.
scratch=$(mktemp -d)
chmod 700 "$scratch"
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch" XDG_DATA_HOME="$scratch/.local/share" XDG_CONFIG_HOME="$scratch/.config"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# In CI the keychain tests must fail, not skip, when no keychain works.
if [ "${CI:-}" = "true" ]; then export IVS_REQUIRE_KEYCHAIN=1; fi

cd "$build_dir"
exec dbus-run-session -- sh -c '
    printf %s throwaway-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --output-on-failure --parallel 2 --timeout 300
'
