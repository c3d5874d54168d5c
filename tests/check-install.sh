#!/bin/sh
# Installs the build into a scratch prefix and checks that each file a
# desktop needs is there and valid, that the installed program finds its
# window module and libraries, and that the version agrees everywhere.
#   tests/check-install.sh BUILD_DIR PROJECT_VERSION
set -eu
build=$1
version=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.github.ivsinspector.IvsInspector
for file in bin/ivs-inspector share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg share/doc/ivs-inspector/copyright share/doc/ivs-inspector/changelog.gz \
    share/man/man1/ivs-inspector.1.gz; do
    if [ ! -s "$prefix/$file" ]; then
        echo "missing after install: $file" >&2
        exit 1
    fi
    echo "installed: $file"
done
# lib/ivs-inspector, or lib/<multiarch>/ivs-inspector when configured for /usr.
module=$(find "$prefix/lib" -path '*/ivs-inspector/ivs-inspector-gui.so' | head -n 1)
if [ -z "$module" ]; then
    echo "missing after install: lib/[<multiarch>/]ivs-inspector/ivs-inspector-gui.so" >&2
    exit 1
fi
echo "installed: ${module#"$prefix"/}"
# Every installed program and library finds the libraries it links.
for binary in "$prefix/bin/ivs-inspector" "$module"; do
    if ldd "$binary" | grep "not found"; then
        echo "unresolved libraries in ${binary#"$prefix"/}" >&2
        exit 1
    fi
done
# One version: --version (and the User-Agent, from the same macro), the
# AppStream release and the changelog all say project(VERSION).
reported=$("$prefix/bin/ivs-inspector" --version)
echo "$reported"
case "$reported" in
    "ivs-inspector/$version "*) ;;
    *) echo "--version does not report $version" >&2; exit 1 ;;
esac
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$prefix/share/metainfo/$id.metainfo.xml" | head -n 1)
[ "$release" = "$version" ] || { echo "the metainfo's newest release is \"$release\", not $version" >&2; exit 1; }
zcat "$prefix/share/doc/ivs-inspector/changelog.gz" | head -n 1 | grep "^ivs-inspector ($version) " ||
    { echo "the changelog's first entry is not $version" >&2; exit 1; }
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
