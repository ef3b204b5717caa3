#!/bin/sh
# The Debian packages that the tests and the e2e run use, installed in one apt-get run on a
# fresh CI machine (as root), before anything else starts: the tests' own installers
# (ensure-chromium.sh, ensure-document-tools.sh, test/packages/debian-packages.ts) then find
# them and do nothing, and no two apt-get runs wait for each other. Not root, or no network:
# says so and leaves it to the tests (they skip what they cannot run, and say why).
set -e
need=""
have() { command -v "$1" >/dev/null 2>&1; }
have chromium || need="$need chromium"
have pdftoppm && have pdffonts && have pdftotext || need="$need poppler-utils"
have soffice || need="$need libreoffice-writer-nogui"
[ -f /usr/share/dict/dutch ] || need="$need wdutch"
[ -f /usr/share/dict/american-english ] || need="$need wamerican"
[ -f /usr/share/dict/british-english ] || need="$need wbritish"
have nvim || need="$need neovim"
have pre-commit || need="$need pre-commit"
have rg || need="$need ripgrep"
[ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] || need="$need libkrb5-dev"
if [ -z "$need" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
    echo "ensure-ci-packages: missing$need; installing them needs root (the tests that need them will say so)." >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
# shellcheck disable=SC2086
apt-get install -y -q $need >/dev/null || echo "ensure-ci-packages: apt-get install$need failed (the tests that need them will say so)." >&2
