#!/usr/bin/env bash
# CI check: articled end to end under a real systemd (PID 1 of a private PID + mount namespace, see
# scripts/testing/systemd-sandbox.bash): install with scripts/install.sh, start, status line, drop
# the sample article with cp, record and journal fields, reload, kill -9 and automatic restart with
# recovery, watchdog restart of a wedged daemon, clean stop. Always kills what it started; bounded by
# SANDBOX_TIME_LIMIT. With E2E_TRANSCRIPT=FILE it also saves the operator-facing output it saw.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

if [[ $(id -u) != 0 ]] || ! command -v nsenter >/dev/null || [[ ! -x /lib/systemd/systemd ]]; then
    if [[ ${CI:-} == true ]]; then echo "systemd-e2e: needs root, nsenter and systemd in CI" >&2; exit 1; fi
    echo "systemd-e2e: SKIPPED: needs root, nsenter (util-linux) and /lib/systemd/systemd"
    exit 0
fi
sample=${ARTICLED_SAMPLE:-$repo/../shared/samples/kazakhstan-opinion.ar.txt}
[[ -r $sample ]] || { echo "systemd-e2e: the sample article $sample is missing" >&2; exit 1; }
binary=${BINARY:-$repo/.build/release/articled}
[[ -x $binary ]] || swift build -c release --product articled
transcript=${E2E_TRANSCRIPT:-/dev/null}
: >"$transcript"

SANDBOX_TIME_LIMIT=${SANDBOX_TIME_LIMIT:-240}
# shellcheck source=../testing/systemd-sandbox.bash
source scripts/testing/systemd-sandbox.bash

step() { echo "systemd-e2e: $*"; }
fail() {
    echo "systemd-e2e: FAILED: $*" >&2
    if [[ -n $sandbox_pid ]]; then
        sandbox systemctl status articled --no-pager -l >&2 || true
        sandbox journalctl -u articled --no-pager -o short-monotonic -n 60 >&2 || true
    fi
    exit 1
}
# Saves a command's output (as an operator would see it) into the transcript, and prints it.
show() {
    local output
    output=$(sandbox "$@" 2>&1) || true
    { echo "\$ ${*}"; echo "$output"; echo; } >>"$transcript"
    echo "$output"
}
# Waits up to $1 seconds for a command to succeed.
await() {
    local seconds=$1; shift
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}
property() { sandbox systemctl show -P "$1" articled; }
journal_json() { sandbox journalctl -u articled --no-pager -o json "$@"; }
has_entry() { [[ -n $(journal_json "$@") ]]; }
# The value of a field in the last journal entry matching the given matches.
field() {
    local name=$1; shift
    journal_json "$@" | python3 -c '
import json, sys
entries = [json.loads(line) for line in sys.stdin if line.strip()]
value = entries[-1].get(sys.argv[1], "") if entries else ""
print(bytes(value).decode() if isinstance(value, list) else value)' "$name"
}
count_entries() { journal_json "$@" | grep -c . || true; }

message_id() { sed -n "s/.*case $1 = \"\([0-9a-f]\{32\}\)\".*/\1/p" Sources/Daemon/MessageID.swift; }
started_id=$(message_id started) processed_id=$(message_id processed) reloaded_id=$(message_id reloaded) stopping_id=$(message_id stopping)

step "booting systemd in a private namespace"
sandbox_start || fail "the sandbox did not boot"

step "installing with scripts/install.sh"
sandbox env BINARY="$binary" bash "$repo/scripts/install.sh" >/dev/null || fail "install.sh failed"
sandbox id articled >/dev/null || fail "sysusers did not create the articled user"
[[ $(sandbox stat -c %a /var/lib/articled/inbox) == 2770 ]] || fail "the inbox is not 2770"

step "systemctl start articled"
sandbox timeout 90 systemctl start articled || fail "articled did not start"
[[ $(property ActiveState) == active ]] || fail "articled is not active after start"
await 10 has_entry MESSAGE_ID="$started_id" || fail "no start-up entry with MESSAGE_ID=$started_id"
status=$(show systemctl status articled --no-pager -l)
grep -q 'Status: "' <<<"$status" || fail "systemctl status shows no Status: line"
[[ -n $(property StatusText) ]] || fail "no STATUS= text"

step "dropping the sample article with cp"
name=$(basename "$sample")
sandbox cp "$sample" /var/lib/articled/inbox/
await 30 has_entry ARTICLED_FILE="$name" ARTICLED_OUTCOME=processed || fail "no processed entry for $name"
[[ $(field MESSAGE_ID ARTICLED_OUTCOME=processed) == "$processed_id" ]] || fail "processed entry has the wrong MESSAGE_ID"
[[ $(field _TRANSPORT ARTICLED_OUTCOME=processed) == journal ]] || fail "the daemon did not log natively to the journal"
[[ $(field ARTICLED_INPUT_SHA256 ARTICLED_OUTCOME=processed) == $(sha256sum "$sample" | cut -d' ' -f1) ]] ||
    fail "ARTICLED_INPUT_SHA256 is not the sample's SHA-256"
record=$(field ARTICLED_OUTPUT ARTICLED_OUTCOME=processed)
[[ -n $record ]] || fail "the processed entry names no output record"
sandbox test -s "$record" || fail "the record $record does not exist"
sandbox python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$record" || fail "the record is not JSON"
sandbox test ! -e "/var/lib/articled/inbox/$name" || fail "the sample is still in the inbox"
show journalctl -u articled --no-pager ARTICLED_OUTCOME=processed -o verbose >/dev/null
show journalctl --no-pager -x MESSAGE_ID="$processed_id" >/dev/null
# (Output captured first: grep -q stopping early would fail the pipeline under pipefail.)
explained=$(sandbox journalctl --no-pager -x MESSAGE_ID="$processed_id")
grep -q 'Subject: An article was turned into a record' <<<"$explained" || fail "journalctl -x does not show the catalog entry"

step "a member of articled-inbox drops a file"
sandbox useradd --no-create-home --groups articled-inbox editor
# The sandbox has its own /tmp: write the editor's article there, from inside.
sandbox runuser -u editor -- sh -c 'umask 022; printf "%s\n" "مقال قصير للاختبار" "كاتب الاختبار" \
    "قال الوزير في القاهرة يوم الاثنين إن الاجتماع كان مفيدا." >/tmp/editor-note.txt'
sandbox runuser -u editor -- cp /tmp/editor-note.txt /var/lib/articled/inbox/ ||
    fail "a member of articled-inbox cannot drop files"
await 30 has_entry ARTICLED_FILE=editor-note.txt ARTICLED_OUTCOME=processed || fail "the editor's file was not processed"

step "a file that cannot be processed is failed with a reason"
failed_id=$(message_id failed)
sandbox ln -s /etc/hostname /var/lib/articled/inbox/a-link.txt
await 30 has_entry ARTICLED_FILE=a-link.txt ARTICLED_OUTCOME=failed || fail "the symbolic link was not failed"
[[ $(field MESSAGE_ID ARTICLED_OUTCOME=failed) == "$failed_id" ]] || fail "the failed entry has the wrong MESSAGE_ID"
[[ -n $(field ARTICLED_REASON ARTICLED_OUTCOME=failed) ]] || fail "the failed entry has no ARTICLED_REASON"
show journalctl -u articled --no-pager ARTICLED_OUTCOME=failed >/dev/null
# STATUS= follows the counters (at most once a second).
await 10 eval '[[ $(property StatusText) == *"2 processed"*"1 failed"* ]]' ||
    fail "the status line did not catch up: $(property StatusText)"
show systemctl status articled --no-pager -l >/dev/null
show journalctl -u articled --no-pager >/dev/null
# libdispatch's refused thread-priority request must not reach the journal (ArticledMain.swift).
service_log=$(sandbox journalctl -u articled --no-pager)
! grep -q 'Failed to set thread priority' <<<"$service_log" ||
    fail "libdispatch's 'Failed to set thread priority' line is in the journal"

step "systemctl reload articled"
sandbox timeout 30 systemctl reload articled || fail "reload failed"
await 10 has_entry MESSAGE_ID="$reloaded_id" || fail "no reload entry with MESSAGE_ID=$reloaded_id"
await 10 test "$(property ActiveState)" == active || fail "not active after reload"

step "systemctl kill -s KILL articled: restarted and recovered"
pid=$(property MainPID)
sandbox systemctl kill -s KILL articled
# What a kill in mid-work leaves behind: a claimed file in the instance's processing area
# (RestartSec=2 leaves time to put it there before the new daemon starts).
sandbox sh -c 'printf "%s\n" "خبر عن التعافي" "مراسل" "أعلن المتحدث في بيروت يوم الخميس أن الاجتماع سيعقد مجددا." \
    >/var/lib/articled/processing/main/claimed-when-killed.txt'
await 20 eval '[[ $(property ActiveState) == active && $(property MainPID) != "$pid" && $(property MainPID) != 0 ]]' ||
    fail "articled was not restarted after SIGKILL"
[[ $(property NRestarts) -ge 1 ]] || fail "NRestarts did not count the restart"
await 10 eval '(( $(count_entries MESSAGE_ID=$started_id) >= 2 ))' || fail "no second start-up entry"
await 30 has_entry ARTICLED_FILE=claimed-when-killed.txt ARTICLED_OUTCOME=processed ||
    fail "the file claimed when articled was killed was not recovered"
sandbox cp "$sample" /var/lib/articled/inbox/after-restart.txt
await 30 has_entry ARTICLED_FILE=after-restart.txt || fail "nothing was processed after the restart"
show systemctl status articled --no-pager -l >/dev/null

step "a wedged daemon is restarted by the watchdog"
sandbox mkdir -p /run/systemd/system/articled.service.d
sandbox sh -c 'printf "[Service]\nWatchdogSec=3\nTimeoutAbortSec=3\n" >/run/systemd/system/articled.service.d/e2e-watchdog.conf'
sandbox systemctl daemon-reload
sandbox timeout 60 systemctl restart articled || fail "restart with WatchdogSec=3 failed"
sleep 5
[[ $(property ActiveState) == active ]] || fail "an idle daemon was killed by a 3 s watchdog: it does not send WATCHDOG=1"
restarts=$(property NRestarts) pid=$(property MainPID)
sandbox kill -STOP "$pid"
await 20 eval '[[ $(property NRestarts) -gt $restarts && $(property ActiveState) == active ]]' ||
    fail "a stopped daemon was not restarted by the watchdog"
manager_log=$(sandbox journalctl -u articled --no-pager)
grep -q 'Watchdog timeout' <<<"$manager_log" || fail "systemd logged no watchdog timeout"
sandbox rm -r /run/systemd/system/articled.service.d
sandbox systemctl daemon-reload

step "systemctl stop articled"
sandbox timeout 60 systemctl stop articled || fail "stop failed"
[[ $(property ActiveState) == inactive ]] || fail "not inactive after stop"
[[ $(property Result) == success ]] || fail "stop result is $(property Result)"
has_entry MESSAGE_ID="$stopping_id" || fail "no stopping entry with MESSAGE_ID=$stopping_id"
show systemctl status articled --no-pager -l >/dev/null
show journalctl -u articled --no-pager --since=-60s >/dev/null
step "all passed"
