#!/usr/bin/env bash
# Runs a command next to a private systemd-journald, for tests that need a real journal.
#
# Usage (as root): journal-sandbox.sh COMMAND [ARG...]
#
# Re-executes itself as PID 1 of a new PID + mount namespace with a fresh tmpfs on /run and on
# /var/log/journal, so the journald started here owns /run/systemd/journal/socket only inside the
# namespace and writes nothing to the host. When this script ends (or its parent unshare is killed),
# the kernel kills every process left in the namespace: journald never outlives the test.
set -euo pipefail

if [[ "${JOURNAL_SANDBOX_INSIDE:-}" != 1 ]]; then
    exec env JOURNAL_SANDBOX_INSIDE=1 unshare --fork --pid --mount --mount-proc --propagation private \
        --kill-child=SIGKILL -- bash "$0" "$@"
fi

mount -t tmpfs -o mode=0755 tmpfs /run
mkdir -p /run/systemd/journal /run/log/journal
[[ -d /var/log/journal ]] && mount -t tmpfs -o mode=2755 tmpfs /var/log/journal

/lib/systemd/systemd-journald &
journald=$!
for _ in $(seq 100); do
    [[ -S /run/systemd/journal/socket ]] && break
    sleep 0.05
done
if [[ ! -S /run/systemd/journal/socket ]]; then
    echo "journal-sandbox: systemd-journald did not create its socket" >&2
    exit 1
fi

status=0
"$@" || status=$?
kill "$journald" 2>/dev/null || true
wait "$journald" 2>/dev/null || true
exit "$status"
