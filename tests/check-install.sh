#!/bin/sh
# Installs the build into a scratch prefix and checks that each file a
# desktop needs is there and valid.
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.github.ivsinspector.IvsInspector
for file in bin/ivs-inspector lib/ivs-inspector/ivs-inspector-gui.so share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg; do
    if [ ! -s "$prefix/$file" ]; then
        echo "missing after install: $file" >&2
        exit 1
    fi
    echo "installed: $file"
done
"$prefix/bin/ivs-inspector" --version
# The installed binary finds its window module: it keeps running (until the
# timeout) instead of failing to start.
status=0
HOME="$prefix" QT_QPA_PLATFORM=offscreen timeout 3 "$prefix/bin/ivs-inspector" >/dev/null 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
    echo "the installed window did not start (exit $status)" >&2
    exit 1
fi
echo "installed window starts"
grep -q "^Icon=$id$" "$prefix/share/applications/$id.desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$prefix/share/applications/$id.desktop"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml" >/dev/null || \
        appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml"
fi
