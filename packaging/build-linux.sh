#!/usr/bin/env bash
# Builds the frozen Linux app from build.spec and packs it for delivery:
#   dist/triage-app/                      the one-folder app (run dist/triage-app/triage-app)
#   dist/triage-app/SHA256SUMS            SHA-256 of every other shipped file (sha256sum -c)
#   dist/field-triage-VERSION-linux-ARCH.tar.gz (+ .sha256)
# and ends by running the frozen app's self-test in a clean environment (env -i).
#   bash packaging/build-linux.sh [--dist DIR]      (default: dist; work files under build/)
# Needs the dev set-up (bash packaging/setup-debian.sh --dev), which installs PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=dist
[ "${1:-}" = "--dist" ] && dist="$2"
dist=$(realpath -m "$dist")
work=$(realpath -m "${dist}/../build/pyinstaller")

.venv/bin/python packaging/build_translations.py  # .ts -> .qm, shipped under resources/
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work" build.spec
app="$dist/triage-app"

# The desktop entry and icons travel in the folder; install-desktop-entry.sh adds them to the menu.
install -D -m 644 packaging/linux/field-triage.desktop "$app/share/applications/field-triage.desktop"
for icon in resources/icons/field-triage-*.png; do
  size=$(basename "$icon" .png); size=${size##*-}
  install -D -m 644 "$icon" "$app/share/icons/hicolor/${size}x${size}/apps/field-triage.png"
done
install -m 755 packaging/linux/install-desktop-entry.sh "$app/install-desktop-entry.sh"

# Every shipped file (links too: they are part of the folder), by path inside the app folder.
(cd "$app" && find . \( -type f -o \( -type l -xtype f \) \) ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort |
   while IFS= read -r path; do sha256sum -- "$path"; done > SHA256SUMS)

version=$(.venv/bin/python -c 'import triage_app; print(triage_app.__version__)')
tarball="$dist/field-triage-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" --owner=0 --group=0 --numeric-owner -czf "$tarball" triage-app
(cd "$dist" && sha256sum "$(basename "$tarball")" > "$(basename "$tarball").sha256")

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
env -i HOME="$home" TRIAGE_APP_HOME="$home/app" "$app/triage-app" self-test
echo "built $app ($(du -sh "$app" | cut -f1)) and $tarball"
