#!/usr/bin/env bash
# Builds CommPlan.app (and, on macOS, a .dmg) from a release binary.
# On a Mac, from the repository root:
#   cargo build --release
#   packaging/macos/build-app.sh target/release/commplan
# For both Intel and Apple silicon, build the two targets and join them:
#   cargo build --release --target aarch64-apple-darwin
#   cargo build --release --target x86_64-apple-darwin
#   lipo -create -output target/commplan-universal \
#       target/aarch64-apple-darwin/release/commplan \
#       target/x86_64-apple-darwin/release/commplan
#   packaging/macos/build-app.sh target/commplan-universal
# The bundle lands in target/macos/CommPlan.app. It also runs on Linux, where
# it only assembles the folder (as .ci/run does to check the layout).
set -euo pipefail
BIN="${1:?usage: build-app.sh PATH/TO/commplan [OUT_DIR]}"
OUT="${2:-target/macos}"
HERE="$(cd "$(dirname "$0")" && pwd)"
APP="$OUT/CommPlan.app"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$HERE/../../Cargo.toml" | head -1)"

rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp "$BIN" "$APP/Contents/MacOS/commplan"
cp "$HERE/CommPlan.icns" "$APP/Contents/Resources/CommPlan.icns"
sed "s|<string>0\.1\.0</string>|<string>$VERSION</string>|g" "$HERE/Info.plist" > "$APP/Contents/Info.plist"
printf 'APPL????' > "$APP/Contents/PkgInfo"

if [ "$(uname)" = Darwin ]; then
    plutil -lint "$APP/Contents/Info.plist"
    # Ad-hoc signature; replace "-" with a Developer ID to distribute.
    codesign --force --deep --sign - "$APP"
    hdiutil create -volname CommPlan -srcfolder "$APP" -ov -format UDZO "$OUT/CommPlan-$VERSION.dmg"
fi
echo "$APP"
