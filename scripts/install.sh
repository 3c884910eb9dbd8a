#!/usr/bin/env bash
# Installs articled: the binary (with any SwiftPM resource bundle beside it), the systemd unit,
# sysusers.d and tmpfiles.d entries, the journal message catalog and the default configuration.
#
#   sudo bash scripts/install.sh                      # into /usr/local, then sets the system up
#   PREFIX=/usr DESTDIR=/tmp/pkg bash scripts/install.sh   # staged install for a package
#
# Variables: PREFIX (default /usr/local), DESTDIR (staging root, default none), SYSCONFDIR
# (default /etc), BINARY (default: .build/release/articled, built if missing), SYSTEM_SETUP
# (auto: without DESTDIR, as root, also create the user and folders, compile the catalog and
# reload systemd; no: never). It never overwrites an existing configuration file. Then enable with
#   systemctl enable --now articled
set -euo pipefail
cd "$(dirname "$0")/.."

PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
SYSCONFDIR=${SYSCONFDIR:-/etc}
BINARY=${BINARY:-.build/release/articled}
SYSTEM_SETUP=${SYSTEM_SETUP:-auto}

bindir=$PREFIX/bin
unitdir=$PREFIX/lib/systemd/system
sysusersdir=$PREFIX/lib/sysusers.d
tmpfilesdir=$PREFIX/lib/tmpfiles.d
catalogdir=$PREFIX/lib/systemd/catalog
docdir=$PREFIX/share/doc/articled

if [[ ! -x $BINARY ]]; then
    swift build -c release --product articled
fi

install -d "$DESTDIR$bindir" "$DESTDIR$unitdir" "$DESTDIR$sysusersdir" "$DESTDIR$tmpfilesdir" \
    "$DESTDIR$catalogdir" "$DESTDIR$docdir" "$DESTDIR$SYSCONFDIR/articled"
install -m 0755 "$BINARY" "$DESTDIR$bindir/articled"
# SwiftPM puts resource bundles (<package>_<target>.resources) beside the binary, where
# Bundle.module looks for them at run time.
for bundle in "$(dirname "$BINARY")"/*.resources; do
    [[ -d $bundle ]] || continue
    rm -rf "$DESTDIR$bindir/$(basename "$bundle")"
    cp -R "$bundle" "$DESTDIR$bindir/"
    chmod -R u=rwX,go=rX "$DESTDIR$bindir/$(basename "$bundle")"
done
sed "s|/usr/local/bin/articled|$bindir/articled|g; s|/usr/local/share/doc/articled|$docdir|g; s|/etc/articled/|$SYSCONFDIR/articled/|g" \
    systemd/articled.service >"$DESTDIR$unitdir/articled.service"
chmod 0644 "$DESTDIR$unitdir/articled.service"
install -m 0644 systemd/articled.sysusers "$DESTDIR$sysusersdir/articled.conf"
install -m 0644 systemd/articled.tmpfiles "$DESTDIR$tmpfilesdir/articled.conf"
install -m 0644 systemd/articled.catalog "$DESTDIR$catalogdir/articled.catalog"
install -m 0644 README.md "$DESTDIR$docdir/README.md"
if [[ -e "$DESTDIR$SYSCONFDIR/articled/articled.conf" ]]; then
    install -m 0644 etc/articled.conf "$DESTDIR$SYSCONFDIR/articled/articled.conf.default"
    echo "install: kept $DESTDIR$SYSCONFDIR/articled/articled.conf; the new default is articled.conf.default"
else
    install -m 0644 etc/articled.conf "$DESTDIR$SYSCONFDIR/articled/articled.conf"
fi

# Apply it to the running system, unless staging for a package (the package's scripts do that).
if [[ $SYSTEM_SETUP == auto && -z $DESTDIR && $(id -u) == 0 ]]; then
    systemd-sysusers "$sysusersdir/articled.conf"
    systemd-tmpfiles --create "$tmpfilesdir/articled.conf"
    journalctl --update-catalog
    if [[ -d /run/systemd/system ]]; then
        systemctl daemon-reload
    fi
    echo "install: done. Start it with: systemctl enable --now articled"
fi
