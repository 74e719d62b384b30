#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The presenter's long run: the app autoplays the whole catalogue in
# presenter mode inside a virtual X server for SECONDS (600 by hand), and
# must end it alive, responsive and not grown.
#
#   autoplay_soak.sh COROSCOPE_BINARY [SECONDS] [RSS_CSV]
#
# Every ten seconds it records the app's resident memory and its heartbeat
# (a file the GUI thread rewrites every second: a hung event loop stops it).
# Exits 1 when the app died, its heartbeat stopped, the autoplay stalled or
# never moved on, its window is gone, or its memory at the end is more than
# half as much again as once warm (after the first tenth of the run, 20 s at
# least).
set -euo pipefail

if [ "${1:-}" != --inside ]; then
    [ $# -ge 1 ] || {
        echo "usage: autoplay_soak.sh COROSCOPE_BINARY [SECONDS] [RSS_CSV]" >&2
        exit 2
    }
    exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" --inside "$@"
fi
shift
binary=$1
seconds=${2:-600}
csv=${3:-}
interval=10
[ "$seconds" -ge 30 ] || interval=2

work=$(mktemp -d)
app=""
cleanup() {
    if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
        kill "$app" 2>/dev/null || true
        wait "$app" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
keep_csv=$csv
[ -n "$csv" ] || csv=$work/rss.csv

# A home of its own: the user's settings, edits and lessons play no part.
HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    "$binary" --autoplay --heartbeat "$work/heartbeat" >"$work/log" 2>&1 &
app=$!

fail() {
    cat "$csv" >&2
    echo "autoplay_soak: FAIL after ${elapsed}s: $*" >&2
    tail -n 20 "$work/log" >&2 || true
    exit 1
}
field() { sed -n "s/^$1 //p" "$work/heartbeat" 2>/dev/null || true; }
rss() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$app/status"; }

echo "seconds,rss_kb,beat,lesson,script,played,loops,stalls" >"$csv"
elapsed=0
warm_rss=""
warm_at=$((seconds / 10))
[ "$warm_at" -ge 20 ] || warm_at=20
while [ "$elapsed" -lt "$seconds" ]; do
    sleep "$interval"
    elapsed=$((elapsed + interval))
    if ! kill -0 "$app" 2>/dev/null; then
        status=0
        wait "$app" || status=$?
        app=""
        fail "the app is gone (exit status $status)"
    fi
    [ -f "$work/heartbeat" ] || fail "no heartbeat yet"
    age=$(($(date +%s) - $(stat -c %Y "$work/heartbeat")))
    [ "$age" -le 5 ] || fail "the heartbeat stopped ${age}s ago: the event loop is not answering"
    now_rss=$(rss)
    echo "$elapsed,$now_rss,$(field beat),$(field lesson),$(field script),$(field played),$(field loops),$(field stalls)" >>"$csv"
    if [ -z "$warm_rss" ] && [ "$elapsed" -ge "$warm_at" ]; then warm_rss=$now_rss; fi
done

played=$(field played)
stalls=$(field stalls)
end_rss=$(rss)
[ -n "$warm_rss" ] || warm_rss=$end_rss # a run shorter than the warm-up
if command -v xwininfo >/dev/null; then
    xwininfo -root -tree | grep -q "Coroscope" || fail "no Coroscope window on the screen"
fi
[ "$stalls" = 0 ] || fail "$stalls scripts stalled and were skipped"
# A script plays in about twenty seconds with its narration: a run that moved
# on less than once a minute is stuck.
min_played=$((seconds / 60))
[ "$seconds" -lt 40 ] || [ "$min_played" -ge 1 ] || min_played=1
[ "$played" -ge "$min_played" ] || fail "only $played scripts played in ${seconds}s"
[ "$end_rss" -le $((warm_rss * 3 / 2)) ] ||
    fail "memory grew from ${warm_rss} kB (warm) to ${end_rss} kB"
[ -n "$keep_csv" ] || cat "$csv"
echo "autoplay_soak: alive after ${seconds}s; $played scripts played, $(field loops) times round" \
    "the catalogue; RSS ${warm_rss} kB warm (at ${warm_at}s), ${end_rss} kB at the end"
