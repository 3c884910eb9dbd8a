#!/usr/bin/env bash
# CI check: scripts/install.sh stages everything under DESTDIR, and what it installs works:
# sysusers creates the user and the inbox group, tmpfiles creates the folders with their owners and
# modes, and the journal catalog compiles with an entry for every MessageID in the daemon.
set -euo pipefail
cd "$(dirname "$0")/../.."

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "systemd-install: $*" >&2; exit 1; }

# A SwiftPM resource bundle beside the binary must travel with it: stage the build with one.
build=$root.build
trap 'rm -rf "$root" "$build"' EXIT
mkdir -p "$build/articled_ArticleCore.resources/data"
install -m 0755 "${BINARY:-.build/release/articled}" "$build/articled" 2>/dev/null || {
    swift build -c release --product articled
    install -m 0755 .build/release/articled "$build/articled"
}
echo "resource" >"$build/articled_ArticleCore.resources/data/table.txt"

DESTDIR=$root PREFIX=/usr/local BINARY=$build/articled bash scripts/install.sh >/dev/null
[[ $(cat "$root/usr/local/bin/articled_ArticleCore.resources/data/table.txt" 2>/dev/null) == resource ]] ||
    fail "the resource bundle beside the binary was not installed"
for file in /usr/local/bin/articled /usr/local/lib/systemd/system/articled.service \
    /usr/local/lib/sysusers.d/articled.conf /usr/local/lib/tmpfiles.d/articled.conf \
    /usr/local/lib/systemd/catalog/articled.catalog /etc/articled/articled.conf; do
    [[ -s $root$file ]] || fail "$file was not installed"
done
[[ -x $root/usr/local/bin/articled ]] || fail "the binary is not executable"
grep -q '^ExecStart=/usr/local/bin/articled run' "$root/usr/local/lib/systemd/system/articled.service" ||
    fail "ExecStart does not point at the installed binary"
# A second install keeps the operator's configuration.
echo "# edited" >>"$root/etc/articled/articled.conf"
DESTDIR=$root PREFIX=/usr/local BINARY=$build/articled bash scripts/install.sh >/dev/null
grep -q '^# edited' "$root/etc/articled/articled.conf" || fail "a second install overwrote the configuration"

# The staged root has no passwd yet: sysusers writes one with our user and group.
mkdir -p "$root/etc"
systemd-sysusers --root="$root" >/dev/null 2>&1 || fail "systemd-sysusers failed"
grep -q '^articled:' "$root/etc/passwd" || fail "sysusers did not create the articled user"
grep -q '^articled-inbox:.*:articled$' "$root/etc/group" || fail "articled is not a member of articled-inbox"
systemd-tmpfiles --root="$root" --create || fail "systemd-tmpfiles failed"
uid=$(awk -F: '$1 == "articled" { print $3 }' "$root/etc/passwd")
gid=$(awk -F: '$1 == "articled" { print $3 }' "$root/etc/group")
inbox_gid=$(awk -F: '$1 == "articled-inbox" { print $3 }' "$root/etc/group")
expect() { # path mode uid gid
    local actual
    actual=$(stat -c '%a %u %g' "$root$1") || fail "$1 was not created"
    [[ $actual == "$2 $3 $4" ]] || fail "$1 is '$actual', expected '$2 $3 $4'"
}
expect /var/lib/articled 751 "$uid" "$gid"
expect /var/lib/articled/inbox 2770 "$uid" "$inbox_gid"
for folder in processing processed failed records state; do
    expect "/var/lib/articled/$folder" 750 "$uid" "$gid"
done

# Every MessageID the daemon logs has a catalog entry, and the catalog compiles.
journalctl --root="$root" --update-catalog
catalog=$(journalctl --root="$root" --list-catalog)
ids=$(sed -n 's/.*case [a-zA-Z]* = "\([0-9a-f]\{32\}\)".*/\1/p' Sources/Daemon/MessageID.swift)
[[ -n $ids ]] || fail "no message IDs found in Sources/Daemon/MessageID.swift"
for id in $ids; do
    grep -q "^$id " <<<"$catalog" || fail "message ID $id has no entry in systemd/articled.catalog"
done
echo "systemd-install: staged install, sysusers, tmpfiles and catalog ($(wc -w <<<"$ids") message IDs) fine"
