#!/usr/bin/env bash
# Installs everything Vaultscope needs to build, run and test on Debian bookworm.
# Run as root (or through sudo). Safe to run again.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  build-essential cmake ninja-build pkg-config git clang-format clang libclang-rt-14-dev \
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-networkauth-dev qt6-svg-dev \
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
  qt6-httpserver-dev qt6-websockets-dev qt6-qpa-plugins \
  libgl-dev libxkbcommon-dev \
  qtkeychain-qt6-dev libquazip1-qt6-dev \
  libcmark-gfm-dev libcmark-gfm-extensions-dev libssl-dev libsqlite3-dev \
  xvfb xauth x11-utils poppler-utils fonts-noto-core fonts-noto-cjk fonts-dejavu-core \
  sqlite3 gnome-keyring dbus-daemon dbus-bin libsecret-1-0

# Node.js (for the sign-in test peer) may come from another source with npm bundled.
if ! command -v node >/dev/null 2>&1; then
  $SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi
