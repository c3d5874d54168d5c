#!/bin/sh
# Builds with -Werror and runs the whole test suite (./scripts/test.sh) on
# Debian 13 "trixie" (Qt 6.8, QtKeychain 0.15, CMake 3.31, g++ 14), in a
# throwaway chroot made with debootstrap, from a copy of this working tree
# (uncommitted changes included). Run it as root (it calls sudo otherwise)
# before resolving anything that touches the build; it is not part of CI.
#   ./scripts/test-debian13.sh             about 20-40 minutes on 2 cores
#   FUZZ_SECONDS=5 ./scripts/test-debian13.sh
# Caches (reused, delete to start over): .cache/debootstrap/trixie-minbase.tar.gz
# (the base system) and .cache/apt-trixie/ (downloaded packages). The root
# itself is deleted at the end, also on failure or Ctrl+C; with KEEP_ROOT=1 it
# stays in .cache/debian13-root (unmounted) and the next run with KEEP_ROOT=1
# builds incrementally in it (remove it with: rm -rf --one-file-system
# .cache/debian13-root, after checking that nothing is mounted under it).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi
. "$top/scripts/debian-root.sh"
started=$(date +%s)

command -v debootstrap >/dev/null 2>&1 || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

mkdir -p "$ivs_cache/apt-trixie"
if [ "${KEEP_ROOT:-0}" = 1 ]; then
    root="$ivs_cache/debian13-root"
    cleanup() {
        ivs_root_unmount "$root"
    }
else
    root=$(mktemp -d "$ivs_cache/debian13-root.XXXXXX")
    cleanup() {
        ivs_root_remove "$root"
    }
fi
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -x "$root/bin/sh" ] || ivs_root_create trixie "$root"
ivs_root_mount "$root"
# Downloaded packages survive the root, so later runs do not fetch them again.
mount --bind "$ivs_cache/apt-trixie" "$root/var/cache/apt/archives"

# The working tree, without builds, caches or history. A kept root keeps its
# build folders, so only what changed is rebuilt: a file is copied only when
# its contents differ, and then stamped with the time of copying. (Copying
# with its own time, as tar does, left objects built from an older copy
# looking newer than the file, and they were not rebuilt.)
stage=$(mktemp -d)
tar -C "$top" --exclude=./.git --exclude='./build*' --exclude=./.cache -cf - . | tar -C "$stage" -xf -
(cd "$stage" && find . -type f) | while IFS= read -r file; do
    cmp -s "$stage/$file" "$root/src/$file" 2>/dev/null && continue
    mkdir -p "$(dirname "$root/src/$file")"
    cp "$stage/$file" "$root/src/$file"
done
rm -rf "$stage"

ivs_root_run "$root" sh -c 'apt-get update -qq && /src/scripts/install-deps.sh test' >"$root/deps.log" 2>&1 || {
    tail -n 30 "$root/deps.log" >&2
    exit 1
}
ivs_root_run "$root" sh -c '. /etc/os-release; echo "$PRETTY_NAME: Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev),\
 QtKeychain $(dpkg-query -W -f="\${Version}" qtkeychain-qt6-dev), $(cmake --version | head -n 1), $(g++ --version | head -n 1)"'

# CI=true: the keychain tests must pass, not skip.
status=0
ivs_root_run "$root" env CI=true FUZZ_SECONDS="${FUZZ_SECONDS:-20}" /src/scripts/test.sh || status=$?
echo "Debian 13: ./scripts/test.sh exited $status after $(($(date +%s) - started)) s"
exit "$status"
