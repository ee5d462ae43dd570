#!/usr/bin/env bash
# Installs Field Triage on Debian/Ubuntu from this checkout: the system libraries it needs
# (libmagic, Qt's xcb platform libraries), a virtual environment in .venv, and the app itself.
#   bash packaging/setup-debian.sh          the app
#   bash packaging/setup-debian.sh --dev    the app, the test tools and the reference programs
# Uses sudo for apt-get when not run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

runtime_packages=(
  python3 python3-venv python3-pip libmagic1
  # Qt 6 xcb platform plugin (a real window on X11/Xvfb); see design.md section 7
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libegl1 libgl1 fontconfig
  libdbus-1-3 libfontconfig1
  ewf-tools   # ewfacquire writes E01 images (the pip libewf can only read them)
  # scenario build makes synthetic evidence: ext4 (mke2fs, debugfs), FAT (mkfs.vfat, mtools),
  # and a byte-identical E01 (ewfacquire dates it from the clock, which faketime fixes)
  e2fsprogs dosfstools mtools faketime
)
dev_packages=(
  exfatprogs hashdeep sleuthkit xvfb libimage-exiftool-perl libxml2-utils
  poppler-utils
  ntfs-3g genisoimage   # mkntfs/ntfscp/ntfsinfo and mkisofs make and read test images
  fuse3   # fusermount3 for the pulled-drive tests (a FUSE file system that forgets)
  openssl   # the update tests make agency keys as an agency does (openssl genpkey)
)
packages=("${runtime_packages[@]}")
[ "$dev" = 1 ] && packages+=("${dev_packages[@]}")

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

python=""
for candidate in python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null &&
     "$candidate" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 13)))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "Field Triage needs Python 3.11 or 3.12; install python3.11 and run this again." >&2
  exit 1
fi

# The tests build the frozen app; PyInstaller needs Python's shared library, which Debian ships
# apart from the interpreter (package libpython3.X).
if [ "$dev" = 1 ] && ! "$python" -c 'import ctypes, sysconfig
ctypes.CDLL(sysconfig.get_config_var("INSTSONAME"))' 2>/dev/null; then
  echo "Installing lib${python##*/} (Python's shared library, for PyInstaller)"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "lib${python##*/}" >/dev/null
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$dev" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[dev]"
else
  .venv/bin/python -m pip install -q -e .
fi
.venv/bin/python packaging/build_translations.py >/dev/null  # the window's German and French
.venv/bin/triage-app self-test >/dev/null || { .venv/bin/triage-app self-test; exit 1; }
echo "Field Triage is installed: .venv/bin/triage-app (run it without arguments for the window)."
