#!/usr/bin/env bash
# CI check: the unit is hardened (`systemd-analyze security --offline=true` rates it 1.0 or lower)
# and `systemd-analyze verify` is clean for the unit as scripts/install.sh installs it.
set -euo pipefail
cd "$(dirname "$0")/../.."

limit=1.0
rating=$(systemd-analyze security --offline=true --no-pager systemd/articled.service 2>&1 |
    sed -n 's/^→ Overall exposure level for articled.service: \([0-9.]*\).*/\1/p')
if [[ -z $rating ]]; then
    echo "systemd-unit: no exposure level from systemd-analyze security" >&2
    systemd-analyze security --offline=true --no-pager systemd/articled.service >&2 || true
    exit 1
fi
echo "systemd-unit: exposure level $rating (limit $limit)"
if ! awk -v r="$rating" -v l="$limit" 'BEGIN { exit !(r <= l) }'; then
    systemd-analyze security --offline=true --no-pager systemd/articled.service | grep '✗' >&2
    exit 1
fi

# verify resolves ExecStart=, so check the installed unit, whose paths point at the staged binary.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
PREFIX=$stage/usr SYSCONFDIR=$stage/etc SYSTEM_SETUP=no bash scripts/install.sh >/dev/null
output=$(systemd-analyze verify "$stage/usr/lib/systemd/system/articled.service" 2>&1) || {
    echo "systemd-unit: systemd-analyze verify failed:" >&2
    echo "$output" >&2
    exit 1
}
if [[ -n $output ]]; then
    echo "systemd-unit: systemd-analyze verify is not clean:" >&2
    echo "$output" >&2
    exit 1
fi
echo "systemd-unit: systemd-analyze verify clean"
