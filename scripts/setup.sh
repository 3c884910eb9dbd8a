#!/usr/bin/env bash
# Installs everything articled needs to build and test on a fresh Debian machine (run as root).
# Safe to run again: it only installs what is missing.
set -euo pipefail

apt_packages=(libsystemd-dev pkg-config rsync systemd util-linux iproute2 python3-pip strace)
missing=()
for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The record's JSON Schema is checked with a standard validator.
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
