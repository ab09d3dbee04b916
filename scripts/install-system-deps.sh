#!/usr/bin/env bash
# Installs the Debian packages Kiji builds against, when they are missing:
# libxml2-dev (the HTML cleaner), libicu-dev (sentence and word breaks, normalization,
# transliteration, spelled-out numbers, locale data), pkg-config (finds libxml2), chromium
# (the report tests render pages in headless Chromium), python3 (they read its screenshots) and
# postgresql (the server the store tests start on loopback, in a temporary folder).
set -euo pipefail
packages=(libxml2-dev libicu-dev pkg-config chromium python3 postgresql)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
