# A real systemd as PID 1 of a private PID + mount namespace, for end-to-end tests. Source this file.
#
#   sandbox_start            boot it (fresh tmpfs on /run and /tmp; /etc, /var and /usr/local are
#                            copy-on-write overlays, so nothing the test installs reaches the host)
#   sandbox COMMAND [ARG...] run a command inside (systemctl, journalctl, cp, ...)
#   sandbox_stop             kill it all: SIGKILL to the namespace's PID 1 ends every process in it
#
# sandbox_start installs an EXIT trap that calls sandbox_stop and a watchdog that stops the sandbox
# after SANDBOX_TIME_LIMIT seconds (default 300), so an aborted or hung test never leaves it running.
# Needs root, unshare, nsenter, overlayfs and /lib/systemd/systemd.

SANDBOX_TIME_LIMIT=${SANDBOX_TIME_LIMIT:-300}
sandbox_unshare_pid=
sandbox_pid=
sandbox_watchdog_pid=
sandbox_log=

# What runs as the namespace's first process: prepare the mounts, then become systemd.
_sandbox_boot() {
    mount -t tmpfs -o mode=0755 tmpfs /run
    mount -t tmpfs -o mode=1777 tmpfs /tmp
    mkdir -p /run/sandbox-overlay
    mount -t tmpfs -o mode=0700 tmpfs /run/sandbox-overlay
    local dir name
    for dir in /etc /var /usr/local; do
        name=${dir//\//_}
        mkdir -p "/run/sandbox-overlay/$name/upper" "/run/sandbox-overlay/$name/work"
        mount -t overlay overlay \
            -o "lowerdir=$dir,upperdir=/run/sandbox-overlay/$name/upper,workdir=/run/sandbox-overlay/$name/work" "$dir"
    done
    mkdir -p /run/systemd/system
    exec env container=other /lib/systemd/systemd --system --unit=sysinit.target
}

sandbox_start() {
    sandbox_log=$(mktemp /tmp/systemd-sandbox.XXXXXX.log)
    trap sandbox_stop EXIT
    unshare --fork --pid --mount --mount-proc --propagation private --kill-child=SIGKILL \
        bash -c "$(declare -f _sandbox_boot); _sandbox_boot" >"$sandbox_log" 2>&1 &
    sandbox_unshare_pid=$!
    (sleep "$SANDBOX_TIME_LIMIT" & sleeper=$!
     trap 'kill "$sleeper"; exit 0' TERM
     wait "$sleeper"
     echo "sandbox: time limit of ${SANDBOX_TIME_LIMIT}s reached, killing it" >&2
     kill -KILL "$sandbox_unshare_pid" 2>/dev/null) &
    sandbox_watchdog_pid=$!
    local _
    for _ in $(seq 200); do
        sandbox_pid=$(pgrep -P "$sandbox_unshare_pid" || true)
        if [[ -n $sandbox_pid ]] && sandbox systemctl is-system-running --wait >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.1
    done
    echo "sandbox: systemd did not come up; its output:" >&2
    cat "$sandbox_log" >&2
    return 1
}

sandbox() {
    nsenter --target "$sandbox_pid" --pid --mount -- "$@"
}

sandbox_stop() {
    local _
    if [[ -n $sandbox_pid ]]; then
        kill -KILL "$sandbox_pid" 2>/dev/null || true
        # The kernel then kills the rest of the namespace; wait until its PID 1 is gone.
        for _ in $(seq 50); do [[ -e /proc/$sandbox_pid ]] || break; sleep 0.1; done
    fi
    if [[ -n $sandbox_unshare_pid ]]; then
        kill -KILL "$sandbox_unshare_pid" 2>/dev/null || true
        wait "$sandbox_unshare_pid" 2>/dev/null || true
    fi
    if [[ -n $sandbox_watchdog_pid ]]; then
        kill "$sandbox_watchdog_pid" 2>/dev/null || true
        wait "$sandbox_watchdog_pid" 2>/dev/null || true
    fi
    if [[ -n $sandbox_log ]]; then rm -f "$sandbox_log"; fi
    sandbox_pid= sandbox_unshare_pid= sandbox_watchdog_pid= sandbox_log=
}
