# Sourced (not run; by dash or bash, it uses `local`) by scripts/test-debian13.sh
# and scripts/verify-package.sh: a throwaway Debian root under .cache/ (never
# committed), made from a cached debootstrap of the release, with /proc, /sys
# and /dev mounted while in use.
# Needs root, debootstrap and the Debian mirror; the first run of a release
# downloads its base system (about 1-2 minutes), later runs unpack it.
#   ivs_root_create SUITE DIR   fresh minbase root of SUITE (bookworm, trixie) in DIR
#   ivs_root_mount DIR          mount what programs and apt need inside
#   ivs_root_run DIR CMD...     run CMD inside, with a clean environment
#   ivs_root_unmount DIR        unmount everything under DIR
#   ivs_root_remove DIR         unmount everything under DIR, then delete it
# Clean the caches with: rm -rf .cache/debootstrap .cache/apt-*

ivs_cache=${IVS_CACHE_DIR:-$top/.cache}
ivs_mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

ivs_root_create() {
    local suite=$1 dir=$2 base staging
    base="$ivs_cache/debootstrap/$suite-minbase.tar.gz"
    if [ ! -s "$base" ]; then
        mkdir -p "$ivs_cache/debootstrap"
        staging="$ivs_cache/debootstrap/$suite-staging"
        ivs_root_remove "$staging"
        echo "debootstrap $suite (once; cached in $base)"
        debootstrap --variant=minbase "$suite" "$staging" "$ivs_mirror" >"$ivs_cache/debootstrap/$suite.log" 2>&1 || {
            tail -n 20 "$ivs_cache/debootstrap/$suite.log" >&2
            ivs_root_remove "$staging"
            return 1
        }
        rm -f "$staging"/var/cache/apt/archives/*.deb
        tar -C "$staging" -czf "$base.part" . && mv "$base.part" "$base"
        ivs_root_remove "$staging"
    fi
    mkdir -p "$dir"
    tar -C "$dir" -xzf "$base"
    # Packages never start services in here.
    printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
    chmod 755 "$dir/usr/sbin/policy-rc.d"
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
}

ivs_root_mount() {
    local dir=$1
    mount -t proc proc "$dir/proc"
    mount --rbind /sys "$dir/sys" && mount --make-rslave "$dir/sys"
    mount --rbind /dev "$dir/dev" && mount --make-rslave "$dir/dev"
}

ivs_root_run() {
    local dir=$1
    shift
    chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive ${CI:+CI=$CI} "$@"
}

# Lists the mount points at or below $1, deepest first.
ivs_root_mounts() {
    awk -v d="$1" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

# Unmounts everything at or below DIR (deepest first; a recursive unmount
# may already have taken the deeper ones).
ivs_root_unmount() {
    local dir=$1 point
    for point in $(ivs_root_mounts "$dir"); do
        umount -R "$point" 2>/dev/null || umount -l "$point" 2>/dev/null || true
    done
}

ivs_root_remove() {
    local dir=$1
    [ -n "$dir" ] && [ -e "$dir" ] || return 0
    dir=$(cd "$dir" && pwd -P)
    ivs_root_unmount "$dir"
    if [ -n "$(ivs_root_mounts "$dir")" ]; then
        echo "still mounted under $dir, not deleting it:" >&2
        ivs_root_mounts "$dir" >&2
        return 1
    fi
    # --one-file-system: never follow a mount that somehow survived.
    rm -rf --one-file-system "$dir"
}
