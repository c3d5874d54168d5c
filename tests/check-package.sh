#!/bin/sh
# Checks a built ivs-inspector .deb without installing it: the control fields
# (computed and run-time dependencies), that each file a desktop needs is in
# its standard place, and, from a scratch extraction, that the packaged
# program runs, finds its window module and reports the package's version,
# which the AppStream <release> shares. Run by scripts/package.sh.
#   tests/check-package.sh ivs-inspector_<version>_<arch>.deb
set -eu
deb=$1
id=io.github.ivsinspector.IvsInspector
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() {
    echo "check-package: $*" >&2
    exit 1
}

[ "$(dpkg-deb -f "$deb" Package)" = ivs-inspector ] || fail "wrong package name"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: ivs-inspector $version $(dpkg-deb -f "$deb" Architecture)"
echo "depends: $depends"
echo "recommends: $(dpkg-deb -f "$deb" Recommends)"
echo "suggests: $(dpkg-deb -f "$deb" Suggests)"
# From dpkg-shlibdeps (linked) and from the package's own list (loaded at run time).
echo "$depends" | tr ',|' '\n\n' | sed 's/^ *//; s/[ (].*//' >"$scratch/depends"
for needed in libc6 libqt6core6 libqt6network6 libqt6widgets6 libqt6svg6 libqt6keychain1 libsecret-1-0 \
    qt6-qpa-plugins qt6-svg-plugins; do
    # Debian 13 renamed some libraries (…t64).
    grep -Eqx "${needed}(t64)?" "$scratch/depends" || fail "Depends lacks $needed"
done

dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$scratch/files"
for file in /usr/bin/ivs-inspector /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/doc/ivs-inspector/copyright \
    /usr/share/doc/ivs-inspector/changelog.gz /usr/share/man/man1/ivs-inspector.1.gz; do
    grep -qx "$file" "$scratch/files" || fail "missing: $file"
done
module=$(grep -E '^/usr/lib/([^/]+/)?ivs-inspector/ivs-inspector-gui\.so$' "$scratch/files") ||
    fail "missing: /usr/lib/[<multiarch>/]ivs-inspector/ivs-inspector-gui.so"
echo "window module: $module"
outside=$(grep -v '^/usr/' "$scratch/files" | grep -v '^/$' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"

dpkg-deb -x "$deb" "$scratch/root"
# The binary is stripped; the version it reports is the package's.
reported=$("$scratch/root/usr/bin/ivs-inspector" --version)
echo "--version: $reported"
case "$reported" in
    "ivs-inspector/$version "*) ;;
    *) fail "--version says \"$reported\", the package is $version" ;;
esac
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$scratch/root/usr/share/metainfo/$id.metainfo.xml" | head -n 1)
[ "$release" = "$version" ] || fail "the metainfo's newest release is \"$release\", the package is $version"
zcat "$scratch/root/usr/share/doc/ivs-inspector/changelog.gz" | head -n 1 | grep -q "^ivs-inspector ($version) " ||
    fail "the changelog's first entry is not $version"
# The window starts from the extracted tree: the module is found relative to
# the program, as after installation (it keeps running until the timeout).
status=0
HOME="$scratch" QT_QPA_PLATFORM=offscreen timeout 3 "$scratch/root/usr/bin/ivs-inspector" >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the packaged window did not start (exit $status)"
echo "packaged window starts"
desktop-file-validate "$scratch/root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/$id.metainfo.xml" >/dev/null ||
    appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/$id.metainfo.xml"
echo "desktop entry and metainfo valid"
