#!/bin/sh
# Installs what is missing, builds, and starts IVS Ingest Inspector.
# Arguments are passed on: ./scripts/run.sh arn:aws:ivs:...
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh" run
"$top/scripts/build.sh"
exec "${BUILD_DIR:-$top/build}/ivs-inspector" "$@"
