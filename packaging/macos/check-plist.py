#!/usr/bin/env python3
"""Checks packaging/macos/Info.plist the way plutil -lint and Launch Services
would read it: it parses, and names the app id, the executable, the icon
and the plan document type. Usage: check-plist.py [Info.plist] [App.app]"""
import plistlib
import sys
from pathlib import Path

plist_path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("Info.plist"))
with plist_path.open("rb") as f:
    info = plistlib.load(f)

problems = []
def expect(key, value):
    if info.get(key) != value:
        problems.append(f"{key} is {info.get(key)!r}, expected {value!r}")

expect("CFBundleIdentifier", "eu.commplan.CommPlan")
expect("CFBundleExecutable", "commplan")
expect("CFBundlePackageType", "APPL")
expect("CFBundleIconFile", "CommPlan")
for key in ("CFBundleName", "CFBundleShortVersionString", "CFBundleVersion", "LSMinimumSystemVersion"):
    if not isinstance(info.get(key), str) or not info[key]:
        problems.append(f"{key} is missing")
docs = info.get("CFBundleDocumentTypes", [])
if not any("eu.commplan.plan" in d.get("LSItemContentTypes", []) for d in docs):
    problems.append("no document type for eu.commplan.plan")
types = info.get("UTExportedTypeDeclarations", [])
plan = next((t for t in types if t.get("UTTypeIdentifier") == "eu.commplan.plan"), None)
if plan is None or "commplan.ron" not in plan["UTTypeTagSpecification"]["public.filename-extension"]:
    problems.append("eu.commplan.plan does not claim the commplan.ron extension")

if len(sys.argv) > 2:
    app = Path(sys.argv[2])
    for part in ("Contents/MacOS/commplan", "Contents/Resources/CommPlan.icns", "Contents/Info.plist"):
        if not (app / part).is_file():
            problems.append(f"{app / part} is missing")
    icns = (app / "Contents/Resources/CommPlan.icns").read_bytes()[:4]
    if icns != b"icns":
        problems.append("CommPlan.icns is not an icns file")

if problems:
    print(f"{plist_path}: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"{plist_path}: ok ({info['CFBundleIdentifier']} {info['CFBundleShortVersionString']})")
