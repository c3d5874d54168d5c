#!/bin/sh
# Installs the Debian packages that are missing, and only those (Debian 12;
# Debian 13 too, see scripts/test-debian13.sh).
#   install-deps.sh run    what building and running the app needs
#   install-deps.sh test   that, plus what the test suite needs
#   install-deps.sh package  what scripts/package.sh needs to build and check the .deb
# Runs apt-get as root, or through sudo by itself when run as another user.
set -eu
build="cmake g++ make qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev qt6-websockets-dev libsecret-1-0 libgl-dev"
run_extra="gnome-keyring dbus-x11 fonts-noto-color-emoji"
# fonts-noto-cjk: the Japanese window is measured (TestWindowSize, TestMnemonics)
# with the font a Japanese desktop has, not with empty boxes of another's height.
# lld links the test programs about three times faster than GNU ld (CMakeLists.txt).
test_extra="gnome-keyring dbus-x11 libsecret-tools clang-format python3 python3-botocore xvfb xauth desktop-file-utils appstream clang libclang-rt-dev lld bsdutils obs-studio nginx libnginx-mod-rtmp ffmpeg fonts-noto-cjk"
package_extra="dpkg-dev file lintian desktop-file-utils appstream"
# From Qt 6.5 on, the SVG icon and image plugins are a package of their own.
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
if [ "$codename" != bookworm ]; then
    build="$build qt6-svg-plugins"
fi
case "${1:-run}" in
    run) wanted="$build $run_extra" ;;
    test) wanted="$build $test_extra" ;;
    package) wanted="$build $package_extra" ;;
    *) echo "usage: $0 run|test|package" >&2; exit 2 ;;
esac

missing=""
for package in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "Missing packages:$missing. Run this as root or install sudo." >&2
    exit 1
fi
echo "Installing:$missing"
$as_root apt-get update -qq
# In CI, on a throwaway machine, dpkg may skip its fsync calls: it unpacks
# about twice as fast (lintian alone is some 140 packages).
unsafe_io=""
if [ "${CI:-}" = "true" ]; then unsafe_io="-o Dpkg::Options::=--force-unsafe-io"; fi
# env: sudo would drop a plain variable assignment.
# shellcheck disable=SC2086 # the lists are meant to split
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $unsafe_io $missing
