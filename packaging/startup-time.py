#!/usr/bin/python3
"""Start time of a desktop program as a user sees it: from exec to its
first top-level window being mapped on the X display.

iced maps its window right after it has built the first user interface and
just before drawing the first frame, so for CommPlan "mapped" is the first
frame. The same measure works for any X11 program (GNOME Planner, ...).

Usage (needs an X server, e.g. Xvfb, in DISPLAY, and python3-xlib):
    startup-time.py [--runs N] [--fresh] [--until-title TEXT] [--max-ms MS]
                    [--label NAME] -- PROGRAM [ARGS...]

--until-title TEXT waits further, until the window's title contains TEXT.
--fresh gives every run new, empty XDG data/config/cache folders and HOME
(a first start); without it all runs share one set of folders, so the first
run is a first start and the ones after it are warm starts (the first is
left out of the median then). Prints each time and the median in ms; exits
1 if a window does not appear within 10 s, or if the median exceeds --max-ms.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, display as xdisplay


def window_pid(disp, window):
    atom = disp.intern_atom("_NET_WM_PID")
    try:
        prop = window.get_full_property(atom, X.AnyPropertyType)
    except Exception:  # the window may be gone already
        return None
    return prop.value[0] if prop and len(prop.value) else None


def window_title(disp, window):
    try:
        prop = window.get_full_property(disp.intern_atom("_NET_WM_NAME"), X.AnyPropertyType)
    except Exception:
        return ""
    if not prop:
        return ""
    value = prop.value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def one_run(command, folders, until_title=None, timeout=10.0):
    disp = xdisplay.Display()
    root = disp.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    disp.sync()
    env = dict(os.environ)
    env.update(
        HOME=folders,
        XDG_DATA_HOME=os.path.join(folders, "data"),
        XDG_CONFIG_HOME=os.path.join(folders, "config"),
        XDG_CACHE_HOME=os.path.join(folders, "cache"),
    )
    start = time.monotonic()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    mapped = None
    try:
        while time.monotonic() - start < timeout:
            if not disp.pending_events():
                if child.poll() is not None:
                    break
                time.sleep(0.0005)
                continue
            event = disp.next_event()
            if event.type != X.MapNotify:
                continue
            now = time.monotonic()
            pid = window_pid(disp, event.window)
            # Windows without _NET_WM_PID (override-redirect helpers) are
            # not the program's main window.
            if pid == child.pid:
                mapped = now
                break
        if mapped is not None and until_title is not None:
            window = event.window
            window.change_attributes(event_mask=X.PropertyChangeMask)
            disp.sync()
            titled = None
            if until_title in window_title(disp, window):
                titled = time.monotonic()
            while titled is None and time.monotonic() - start < timeout:
                if not disp.pending_events():
                    if child.poll() is not None:
                        break
                    time.sleep(0.0005)
                    continue
                event = disp.next_event()
                if event.type == X.PropertyNotify and until_title in window_title(disp, window):
                    titled = time.monotonic()
            mapped = titled
    finally:
        child.terminate()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        disp.close()
    return None if mapped is None else (mapped - start) * 1000.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--max-ms", type=float, default=None)
    parser.add_argument("--label", default=None)
    parser.add_argument(
        "--until-title",
        default=None,
        help="wait further, until the window's title contains this text (CommPlan "
        "names the plan in its title once the plan is loaded and shown)",
    )
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no program to start")
    label = args.label or os.path.basename(command[0])

    shared = tempfile.mkdtemp(prefix="startup-")
    times = []
    try:
        for _ in range(args.runs):
            folders = tempfile.mkdtemp(prefix="startup-") if args.fresh else shared
            try:
                elapsed = one_run(command, folders, args.until_title)
            finally:
                if args.fresh:
                    shutil.rmtree(folders, ignore_errors=True)
            if elapsed is None:
                print(f"{label}: no window appeared within 10 s", file=sys.stderr)
                return 1
            times.append(elapsed)
            time.sleep(0.3)
    finally:
        shutil.rmtree(shared, ignore_errors=True)

    counted = times if args.fresh or len(times) < 2 else times[1:]
    median = statistics.median(counted)
    kind = "first start" if args.fresh else "warm start"
    if args.until_title:
        kind += f", until the title shows {args.until_title!r}"
    print(
        f"{label} ({kind}): median {median:.0f} ms over {len(counted)} runs, "
        f"min {min(counted):.0f}, max {max(counted):.0f}; all: "
        + " ".join(f"{t:.0f}" for t in times)
    )
    if args.max_ms is not None and median > args.max_ms:
        print(f"{label}: median {median:.0f} ms is over {args.max_ms:.0f} ms", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
