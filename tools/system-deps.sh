#!/bin/sh
# System libraries Qt needs on Linux (X11), plus a virtual screen and screenshot tools for the
# end-to-end tests. Installs what is missing when run as root with apt-get (CI, fresh machines);
# otherwise prints the command to run, and carries on.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0

packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
if [ "${1:-}" = "test" ]; then
    packages="$packages xvfb x11-xserver-utils x11-utils imagemagick poppler-utils xdotool desktop-file-utils"
fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq $missing >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $missing >/dev/null; }
else
    echo "Note: for the app window (and the screen tests) install:$missing"
    echo "      sudo apt-get install$missing"
fi
exit 0
