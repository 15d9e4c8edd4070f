#!/usr/bin/env bash
# Takes the README and AppStream screenshots from the release binary on the
# embedded sample plan, under Xvfb with the CPU renderer, 1280x820.
# Usage: packaging/screenshots/take.sh [target/release/commplan]
# Needs: xvfb xdotool imagemagick
set -euo pipefail
BIN="${1:-target/release/commplan}"
OUT="$(cd "$(dirname "$0")" && pwd)"
DISPLAY_NUMBER=":97"
HOME_DIR="$(mktemp -d)"
trap 'kill "$APP" "$XVFB" 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT

Xvfb "$DISPLAY_NUMBER" -screen 0 1280x820x24 -nolisten tcp &
XVFB=$!
"$OUT/../wait-for-display" "$DISPLAY_NUMBER"
export DISPLAY="$DISPLAY_NUMBER" ICED_BACKEND=tiny-skia LANG=en_GB.UTF-8
XDG_DATA_HOME="$HOME_DIR/data" XDG_CONFIG_HOME="$HOME_DIR/config" "$BIN" &
APP=$!
for _ in $(seq 50); do
    WINDOW="$(xdotool search --name CommPlan 2>/dev/null | head -1 || true)"
    [ -n "$WINDOW" ] && break
    sleep 0.2
done
[ -n "${WINDOW:-}" ] || { echo "no window" >&2; exit 1; }
xdotool windowmove "$WINDOW" 0 0 windowsize "$WINDOW" 1280 820
# Without a window manager nothing gives the window the keyboard focus.
xdotool windowfocus --sync "$WINDOW"
sleep 2

shot() { # key name
    xdotool key "$1"
    sleep 1.5
    import -window root "$OUT/$2.png"
    echo "$OUT/$2.png"
}
shot ctrl+1 overview
shot ctrl+2 calendar
shot ctrl+4 dissemination
shot ctrl+6 indicators
