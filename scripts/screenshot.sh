#!/bin/sh
# Regenerates docs/screenshot.png: the real app under Xvfb, inspecting an ARN
# from the test suite's fake IVS endpoint (no AWS account needed).
#   ./scripts/screenshot.sh [ARN-id] [output.png]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build}
id=${1:-Redundant1}
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

work=$(mktemp -d)
cleanup() {
    kill "$app" "$endpoint" "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
display=:$((90 + $$ % 9))
Xvfb "$display" -screen 0 1040x720x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
"$build_dir/tests/fake-ivs-endpoint" >"$work/endpoint" 2>&1 &
endpoint=$!
i=0
while [ ! -s "$work/endpoint" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
url=$(head -n 1 "$work/endpoint")

mkdir -p "$work/home"
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" DISPLAY="$display" QT_QPA_PLATFORM=xcb \
    AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY \
    AWS_ENDPOINT_URL_IVS_REALTIME="$url" LANGUAGE=en LANG=C.UTF-8 \
    "$build_dir/ivs-inspector" "arn:aws:ivs:us-east-1:123456789012:ingest-configuration/$id" >"$work/app.log" 2>&1 &
app=$!
sleep 4
mkdir -p "$(dirname "$output")"
xwd -root -display "$display" -silent | convert xwd:- -crop 900x640+0+0 +repage "$output"
echo "wrote $output"
