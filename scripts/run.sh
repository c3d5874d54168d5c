#!/bin/sh
# Installs what is missing, builds what running needs (the program and its
# window module, not the tests), and starts IVS Ingest Inspector from the
# build folder. Arguments are passed on: ./scripts/run.sh arn:aws:ivs:...
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh" run
"$top/scripts/build.sh" ivs-inspector ivs-inspector-gui
exec "${BUILD_DIR:-$top/build}/ivs-inspector" "$@"
