#!/bin/sh
# Makes sure a headless Chromium is at /usr/bin/chromium for the browser tests of the HTML
# report and the Mermaid diagrams. Installs Debian's package when it is missing and we are root
# (a fresh CI machine); otherwise says why it could not, and exits 1.
set -e
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
    echo "ensure-chromium: /usr/bin/chromium is missing and installing it needs root (apt-get install chromium)." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q chromium >/dev/null
test -x /usr/bin/chromium
