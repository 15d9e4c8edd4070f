#!/usr/bin/env bash
# Measures CommPlan's start time as a user sees it and compares it with
# GNOME Planner started the same way: from exec to the window being mapped
# on a fresh Xvfb, and on to the window's title naming the loaded plan.
# Usage: packaging/measure-startup.sh [BIN] [RUNS] [DISPLAY_NUMBER]
# Needs: xvfb, python3-xlib, planner (apt-get install xvfb python3-xlib planner).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BIN="$(realpath "${1:-target/release/commplan}")"
RUNS="${2:-10}"
DISPLAY_NUM=":${3:-47}"
MEASURE="$HERE/startup-time.py"

Xvfb "$DISPLAY_NUM" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
WORK="$(mktemp -d)"
trap 'kill "$XVFB" 2>/dev/null || true; rm -rf "$WORK"' EXIT
export DISPLAY="$DISPLAY_NUM"
"$HERE/wait-for-display" "$DISPLAY_NUM"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), no GPU, Xvfb $DISPLAY_NUM"
export ICED_BACKEND=tiny-skia
"$MEASURE" --runs "$RUNS" --fresh --label "CommPlan, mapped" -- "$BIN"
"$MEASURE" --runs "$RUNS" --fresh --label "CommPlan, sample shown" --until-title S3-4Alp -- "$BIN"
"$MEASURE" --runs $((RUNS + 1)) --label "CommPlan, mapped" -- "$BIN"
"$MEASURE" --runs $((RUNS + 1)) --label "CommPlan, sample shown" --until-title S3-4Alp -- "$BIN"
unset ICED_BACKEND
"$MEASURE" --runs "$RUNS" --fresh --label "CommPlan default renderer (wgpu tried first), sample shown" \
    --until-title S3-4Alp -- "$BIN"

if command -v planner >/dev/null; then
    # A Planner project of the sample's size: 55 tasks, 15 resources.
    /usr/bin/python3 - "$WORK/s3-4alpclusters.planner" <<'EOF'
import sys
from datetime import date, timedelta
start = date(2016, 11, 1)
tasks = []
for i in range(1, 56):
    s = start + timedelta(days=i * 16)
    e = s + timedelta(days=5)
    tasks.append(
        f'    <task id="{i}" name="Activity {i}" note="" work="{5 * 8 * 3600}" '
        f'start="{s:%Y%m%d}T000000Z" end="{e:%Y%m%d}T170000Z" work-start="{s:%Y%m%d}T080000Z" '
        'percent-complete="0" priority="0" type="normal" scheduling="fixed-work"/>'
    )
resources = [
    f'    <resource id="{i}" name="Partner {i}" short-name="P{i}" type="1" units="0" '
    'email="" note="" std-rate="0"/>'
    for i in range(1, 16)
]
nl = "\n"
open(sys.argv[1], "w").write(f'''<?xml version="1.0"?>
<project name="S3-4AlpClusters" company="" manager="" phase="" project-start="20161101T000000Z" mrproject-version="2" calendar="1">
  <properties/>
  <phases/>
  <calendars>
    <day-types>
      <day-type id="0" name="Working" description="A default working day"/>
      <day-type id="1" name="Nonworking" description="A default non working day"/>
      <day-type id="2" name="Use base" description="Use day from base calendar"/>
    </day-types>
    <calendar id="1" name="Default">
      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>
      <overridden-day-types>
        <overridden-day-type id="0">
          <interval start="0800" end="1200"/>
          <interval start="1300" end="1700"/>
        </overridden-day-type>
      </overridden-day-types>
      <days/>
    </calendar>
  </calendars>
  <tasks>
{nl.join(tasks)}
  </tasks>
  <resource-groups/>
  <resources>
{nl.join(resources)}
  </resources>
  <allocations/>
</project>
''')
EOF
    "$MEASURE" --runs "$RUNS" --fresh --label "GNOME Planner, empty project, mapped" -- planner
    "$MEASURE" --runs $((RUNS + 1)) --label "GNOME Planner, empty project, mapped" -- planner
    "$MEASURE" --runs $((RUNS + 1)) --label "GNOME Planner, 55-task project shown" \
        --until-title S3-4Alp -- planner "$WORK/s3-4alpclusters.planner"
fi
