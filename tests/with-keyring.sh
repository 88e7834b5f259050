#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring (Secret Service) in the current D-Bus session; the
# daemon belongs to the session and ends with it. The keyring's files live in a throw-away folder.
set -euo pipefail
keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT
export VAULTSCOPE_TEST_KEYRING_DATA="$keyrings"
# gnome-keyring keeps its keyrings under XDG_DATA_HOME; the tests' own HOME is set per test by CTest.
XDG_DATA_HOME="$keyrings" gnome-keyring-daemon --unlock --components=secrets <<<"vaultscope-tests" >/dev/null
"$@"
