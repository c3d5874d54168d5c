#!/bin/sh
# Installs the .deb into a fresh Debian root (debootstrap, chroot) the way a
# user does, `apt-get install ./ivs-inspector_….deb`, and checks that apt
# pulled in what it needs: `ivs-inspector --version` on PATH, a command-line
# lookup against the test suite's fake IVS endpoint (with keys from the
# environment and from ~/.aws/credentials), the window starting, the plugins
# it loads at run time, the desktop entry; then that `apt-get remove` and
# `apt-get purge` leave no file of it behind. Not part of CI (it downloads
# the dependencies): run it before a release.
#   ./scripts/verify-package.sh [PACKAGE.deb]   default: build-package/package/*.deb
#   SUITE=trixie ./scripts/verify-package.sh    another release (default bookworm, Debian 12)
#   RECOMMENDS=0 ./scripts/verify-package.sh    without Recommends: Depends alone must suffice
# Runs as root (calls sudo otherwise). Caches the base system in
# .cache/debootstrap/ (delete it to start over); the root itself is deleted.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi
. "$top/scripts/debian-root.sh"
suite=${SUITE:-bookworm}
deb=${1:-$(find "$top/build-package/package" -maxdepth 1 -name '*.deb' 2>/dev/null | sort | tail -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || {
    echo "no package: run ./scripts/package.sh first, or name the .deb" >&2
    exit 2
}
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
for tool in debootstrap desktop-file-validate; do
    command -v $tool >/dev/null 2>&1 || {
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap desktop-file-utils
    }
done
endpoint=${BUILD_DIR:-$top/build}/tests/fake-ivs-endpoint
[ -x "$endpoint" ] || "$top/scripts/build.sh" fake-ivs-endpoint >/dev/null

root=$(mktemp -d "$top/.cache/verify-$suite.XXXXXX")
endpoint_pid=""
cleanup() {
    [ -z "$endpoint_pid" ] || kill "$endpoint_pid" 2>/dev/null || true
    ivs_root_remove "$root"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
fail() {
    echo "verify-package: FAILED: $*" >&2
    exit 1
}
# Every file of the root, except what apt, dpkg and the checks themselves
# change (package lists and caches, logs, /tmp, /root).
snapshot() {
    ivs_root_run "$root" find / -xdev \( -path /tmp -o -path /root -o -path /var/cache/apt -o -path /var/lib/apt \
        -o -path /var/log -o -path /var/lib/dpkg -o -path /var/cache/debconf \) -prune -o -print | sort >"$1"
}

echo "fresh Debian root ($suite) in $root"
ivs_root_create "$suite" "$root"
ivs_root_mount "$root"
cp "$deb" "$root/tmp/"
package=/tmp/$(basename "$deb")
ivs_root_run "$root" apt-get update -qq
snapshot "$root/tmp/pristine"

recommends=""
[ "${RECOMMENDS:-1}" = 1 ] || recommends=--no-install-recommends
echo "# apt-get install $recommends $package"
ivs_root_run "$root" apt-get install -y -q $recommends "$package" >"$root/tmp/install.log" 2>&1 || {
    tail -n 30 "$root/tmp/install.log" >&2
    # Debian pins Qt modules' ABI (qt6-websockets-abi (= 6.4.2) on Debian
    # 12), so a package fits the release it was built on only.
    if grep -q -- '-abi (= ' "$root/tmp/install.log"; then
        echo "verify-package: this package was built for another Debian release (it depends on that release's exact" >&2
        echo "Qt version); build it on $suite with ./scripts/package.sh there." >&2
    fi
    fail "apt-get install"
}
grep -E "^[0-9]+ upgraded, [0-9]+ newly installed" "$root/tmp/install.log"

echo "# command -v ivs-inspector; ivs-inspector --version"
ivs_root_run "$root" sh -c 'command -v ivs-inspector' | grep -qx /usr/bin/ivs-inspector || fail "not on PATH"
version=$(ivs_root_run "$root" ivs-inspector --version) || fail "--version"
echo "$version"
case "$version" in
    "ivs-inspector/$(dpkg-deb -f "$deb" Version) "*) ;;
    *) fail "--version does not match the package's version" ;;
esac

# The fake endpoint runs here, outside; the chroot shares the loopback.
"$endpoint" >"$root/tmp/endpoint" 2>&1 &
endpoint_pid=$!
i=0
while [ ! -s "$root/tmp/endpoint" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
url=$(head -n 1 "$root/tmp/endpoint")
arn=arn:aws:ivs:us-east-1:123456789012:ingest-configuration/RtmpsActive1
mkdir -p "$root/tmp/home"
echo "# ivs-inspector get-ingest-configuration --arn $arn  (AWS_ENDPOINT_URL_IVS_REALTIME=$url)"
ivs_root_run "$root" env HOME=/tmp/home AWS_ENDPOINT_URL_IVS_REALTIME="$url" AWS_ACCESS_KEY_ID=AKIDEXAMPLE \
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY \
    ivs-inspector get-ingest-configuration --arn "$arn" >"$root/tmp/lookup.json" || fail "the lookup"
grep -q '"arn": "'"$arn"'"' "$root/tmp/lookup.json" || fail "the lookup's reply lacks the ARN"
grep -E '"(name|state)":' "$root/tmp/lookup.json"

echo "# the same without keys: the advice names ~/.aws/credentials"
status=0
ivs_root_run "$root" env HOME=/tmp/home AWS_ENDPOINT_URL_IVS_REALTIME="$url" \
    ivs-inspector get-ingest-configuration --arn "$arn" >/dev/null 2>"$root/tmp/nokeys.err" || status=$?
cat "$root/tmp/nokeys.err"
[ "$status" -eq 253 ] && grep -q "~/.aws/credentials" "$root/tmp/nokeys.err" || fail "no-credentials advice (exit $status)"
echo "# with the keys in ~/.aws/credentials, as that advice says"
mkdir -p "$root/tmp/home/.aws"
printf '[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = %s\n' \
    wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY >"$root/tmp/home/.aws/credentials"
ivs_root_run "$root" env HOME=/tmp/home AWS_ENDPOINT_URL_IVS_REALTIME="$url" \
    ivs-inspector get-ingest-configuration --arn "$arn" --output text >/dev/null || fail "lookup with ~/.aws/credentials"
echo "ok"

echo "# the window: starts offscreen; its run-time plugins are installed and resolve"
status=0
ivs_root_run "$root" env HOME=/tmp/home QT_QPA_PLATFORM=offscreen timeout 5 ivs-inspector >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the window did not start (exit $status)"
ivs_root_run "$root" sh -c '
    set -e
    for plugin in platforms/libqxcb.so platforms/libqoffscreen.so iconengines/libqsvgicon.so imageformats/libqsvg.so; do
        file=$(ls /usr/lib/*/qt6/plugins/$plugin)
        ! ldd "$file" | grep "not found"
        echo "$file"
    done
    ls /usr/lib/*/libsecret-1.so.0
' || fail "run-time plugins"
id=io.github.ivsinspector.IvsInspector
echo "# desktop-file-validate /usr/share/applications/$id.desktop"
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop entry"
echo "valid"

# What the package adds, then that removing it takes all of it away: the
# dependencies stay installed, so a difference can only be the package's.
ivs_root_run "$root" apt-get remove -y -q ivs-inspector >/dev/null
snapshot "$root/tmp/removed"
ivs_root_run "$root" apt-get install -y -q $recommends "$package" >/dev/null
snapshot "$root/tmp/installed"
echo "# files the package adds: $(comm -13 "$root/tmp/removed" "$root/tmp/installed" | wc -l)"
comm -13 "$root/tmp/removed" "$root/tmp/installed" | sed 's/^/  /'
echo "# apt-get remove ivs-inspector"
ivs_root_run "$root" apt-get remove -y -q ivs-inspector >/dev/null
snapshot "$root/tmp/removed-again"
left=$(comm -3 "$root/tmp/removed" "$root/tmp/removed-again")
[ -z "$left" ] || fail "apt-get remove left differences: $left"
echo "nothing left behind"
echo "# apt-get purge ivs-inspector (after installing it again)"
ivs_root_run "$root" apt-get install -y -q $recommends "$package" >/dev/null
ivs_root_run "$root" apt-get purge -y -q ivs-inspector >/dev/null
snapshot "$root/tmp/purged"
left=$(comm -3 "$root/tmp/removed" "$root/tmp/purged")
[ -z "$left" ] || fail "apt-get purge left differences: $left"
[ -z "$(ivs_root_run "$root" dpkg-query -W -f='${Status}' ivs-inspector 2>/dev/null | grep -v not-installed)" ] ||
    fail "dpkg still knows ivs-inspector"
echo "nothing left behind"
# For information: with its dependencies removed too (their own leftovers are theirs).
ivs_root_run "$root" apt-get autoremove --purge -y -q >/dev/null
snapshot "$root/tmp/autoremoved"
echo "# after apt-get autoremove --purge, differences from the fresh root: $(comm -3 "$root/tmp/pristine" \
    "$root/tmp/autoremoved" | wc -l)"
comm -3 "$root/tmp/pristine" "$root/tmp/autoremoved" | head -n 20 | sed 's/^/  /'
echo "verify-package: $(basename "$deb") installs, runs and goes away cleanly on Debian $suite"
