#!/bin/sh
# Makes sure the tools the covenant-text tests read documents with are there: poppler's
# pdftotext, pdffonts and pdftoppm, LibreOffice Writer (soffice, headless) and the Dutch,
# American and British word lists in /usr/share/dict. Installs Debian's packages when one is
# missing and we are root (a fresh CI machine); otherwise says why it could not, and exits 1.
set -e
missing=""
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
[ -f /usr/share/dict/dutch ] || missing="$missing wdutch"
[ -f /usr/share/dict/american-english ] || missing="$missing wamerican"
[ -f /usr/share/dict/british-english ] || missing="$missing wbritish"
if [ -z "$missing" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
    echo "ensure-document-tools: missing$missing, and installing them needs root (apt-get install$missing)." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
# shellcheck disable=SC2086 -- the package names are separate words
apt-get install -y -q --no-install-recommends $missing >/dev/null
command -v pdftotext >/dev/null && command -v soffice >/dev/null && [ -f /usr/share/dict/dutch ]
