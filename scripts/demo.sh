#!/usr/bin/env bash
# The README's demo: set up the machine, build articled, then run the daemon in the foreground on
# a local demo inbox (./demo-run/inbox). A sample Arabic news article is dropped in once the
# daemon is ready; its record appears in ./demo-run/records. Drop more files into the inbox from
# another terminal; Ctrl-C stops the daemon (gracefully, like systemctl stop).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product articled
binary="$(swift build -c release --show-bin-path)/articled"

demo="$PWD/demo-run"
mkdir -p "$demo/inbox"
echo "demo: inbox $demo/inbox, records $demo/records, failed $demo/failed"

# Drop the sample article in once the daemon is up (it arrives like a `cp` would).
(
    for _ in $(seq 1 100); do
        [ -d "$demo/processing/demo" ] && break
        sleep 0.1
    done
    sleep 0.5
    cp demo/sample-news.ar.txt "$demo/inbox/sample-news.ar.txt"
    for _ in $(seq 1 50); do
        record=$(ls "$demo"/records/sample-news.ar.*.json 2>/dev/null | head -1 || true)
        if [ -n "$record" ]; then
            echo "demo: record written: $record"
            if command -v jq >/dev/null; then jq '{source, title, counts, entities: (.entities | length), dates: (.dates | length)}' "$record"
            else head -c 600 "$record"; echo; fi
            echo "demo: the daemon keeps watching $demo/inbox; press Ctrl-C to stop it."
            break
        fi
        sleep 0.2
    done
) &

exec "$binary" run --config etc/articled.conf --data-dir "$demo" --instance demo \
    --set detection.quiet_period=500ms --set detection.empty_file_wait=5s
