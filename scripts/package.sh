#!/bin/sh
# Builds the Debian package ivs-inspector_<version>_<arch>.deb (CPack, with
# dependencies from dpkg-shlibdeps), checks its contents (tests/check-package.sh)
# and runs lintian on it, then prints the package's path as the last line.
#   ./scripts/package.sh                   the app alone, a Release build with
#                                          Debian's hardening flags in ./build-package
#   BUILD_DIR=build ./scripts/package.sh   package an existing build instead
#                                          (the test suite's: CI does this)
# Install the result with: sudo apt install ./build-package/package/ivs-inspector_<version>_amd64.deb
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh" package

if [ -n "${BUILD_DIR:-}" ]; then
    build_dir=$BUILD_DIR
    [ -f "$build_dir/CMakeCache.txt" ] || cmake -S "$top" -B "$build_dir" >/dev/null
else
    build_dir=$top/build-package
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        # CMake reads these flags when it creates the cache, not later.
        CXXFLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
            LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" \
            cmake -S "$top" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
            -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
    fi
fi

out=$build_dir/package
rm -rf "$out"
mkdir -p "$out"
# CPack builds whatever is out of date first (its "preinstall" step builds
# all targets, through `cmake --build`, which reads the parallel level from
# the environment), so there is no build of our own before it: over an
# up-to-date build such as the test suite's, a build only walks all targets
# (each of their AUTOMOC steps) to find nothing to do, and that walk is most
# of this script's time.
if ! CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" \
    cpack --config "$build_dir/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    exit 1
fi
# CPack's and dpkg-shlibdeps' warnings (e.g. a useless dependency) are worth
# seeing ("CMake Warning ...", "...: warning:"; not the build's lines about
# InspectionWarning.cpp).
grep -iE "cmake warning|warning:" "$out/cpack.log" >&2 || true
deb=$(find "$out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || { echo "cpack made no .deb (see $out/cpack.log)" >&2; exit 1; }

"$top/tests/check-package.sh" "$deb"

# Errors fail the build; warnings are printed (the kept ones are listed in README.md).
echo "lintian:"
if ! lintian --allow-root --fail-on error "$deb" >"$out/lintian.log" 2>&1; then
    cat "$out/lintian.log" >&2
    echo "lintian found errors" >&2
    exit 1
fi
if [ -s "$out/lintian.log" ]; then sed 's/^/  /' "$out/lintian.log"; else echo "  no errors, no warnings"; fi
echo "$deb"
