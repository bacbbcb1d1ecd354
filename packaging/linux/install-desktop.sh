#!/bin/sh
# Install the bundle (dist/facilitator) for the current user on a Linux desktop: the app folder,
# a `facilitator` command, the menu entry, the icon and the .session file type. No root needed.
# Run from the project's root after `make bundle`; run again to update.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-dist/facilitator}
[ -x "$bundle/facilitator" ] || { echo "No bundle at $bundle; run 'make bundle' first." >&2; exit 2; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
app="$HOME/.local/opt/facilitator"
mkdir -p "$app" "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages"
rm -rf "$app.new" && cp -r "$bundle" "$app.new" && rm -rf "$app" && mv "$app.new" "$app"
ln -sf "$app/facilitator" "$HOME/.local/bin/facilitator"
sed "s|^Exec=facilitator|Exec=$app/facilitator|" "$here/facilitator.desktop" > "$data/applications/facilitator.desktop"
cp "$app/_internal/facilitator/assets/icons/facilitator.svg" "$data/icons/hicolor/scalable/apps/facilitator.svg"
cp "$here/facilitator-session.xml" "$data/mime/packages/facilitator-session.xml"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Installed Facilitator in $app (menu entry, icon, 'facilitator' in ~/.local/bin)."
