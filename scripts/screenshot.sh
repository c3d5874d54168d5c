#!/bin/sh
# Regenerates docs/screenshot.png: the real app under Xvfb in demo mode
# (ivs-inspector --demo: its built-in endpoint and made-up data, no AWS
# account needed), showing the demo's configurations; with an id, that one in
# front of them (DemoStudioA, DemoFieldCam, DemoRedundant, ...).
#   ./scripts/screenshot.sh [demo-id] [output.png]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
id=${1:-}
output=${2:-$top/docs/screenshot.png}
"$top/scripts/install-deps.sh" test
missing=""
for package in x11-apps imagemagick fonts-dejavu-core; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
    [ "$(id -u)" -eq 0 ] && as_root="" || as_root="sudo"
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
fi
"$top/scripts/build.sh"

app=""
xvfb=""
work=$(mktemp -d)
cleanup() {
    kill "$app" "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
display=:$((90 + $$ % 9))
Xvfb "$display" -screen 0 1040x720x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
arn=""
[ -z "$id" ] || arn="arn:aws:ivs:us-east-1:123456789012:ingest-configuration/$id"

mkdir -p "$work/home"
# English, as a desktop sets it: with LANGUAGE=en alone, the demo's Japanese
# names were drawn as boxes (no CJK fallback font was chosen).
# shellcheck disable=SC2086
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" DISPLAY="$display" QT_QPA_PLATFORM=xcb \
    LANGUAGE=en_US:en LANG=C.UTF-8 "$build_dir/ivs-inspector" --demo $arn >"$work/app.log" 2>&1 &
app=$!
sleep 5
mkdir -p "$(dirname "$output")"
xwd -root -display "$display" -silent | convert xwd:- -crop 900x640+0+0 +repage "$output"
echo "wrote $output"
