#!/usr/bin/env bash
# Adds Field Triage to this user's application menu: the desktop entry (pointing at this
# folder's triage-app) and its icons under ~/.local/share. Run it from the unpacked app folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
for icon in "$here"/share/icons/hicolor/*/apps/field-triage.png; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  install -D -m 644 "$icon" "$share/icons/hicolor/$size/apps/field-triage.png"
done
install -d "$share/applications"
sed "s|^Exec=triage-app$|Exec=\"$here/triage-app\"|" "$here/share/applications/field-triage.desktop" \
  > "$share/applications/field-triage.desktop"
echo "Field Triage is in the application menu ($share/applications/field-triage.desktop)."
