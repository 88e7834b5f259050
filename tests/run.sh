#!/usr/bin/env bash
# Builds Vaultscope and runs the whole test suite twice: a release build with warnings as errors,
# then a debug build under AddressSanitizer + UndefinedBehaviorSanitizer. Also checks that the
# translation sources are current (lupdate leaves them unchanged), and builds the libFuzzer targets
# with clang and runs each briefly on its seeds, so they keep building and old findings stay fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

# The sign-in tests' OpenID Connect server (oidc-provider, pinned by tests/oidc/package-lock.json).
npm ci --prefix tests/oidc --no-audit --no-fund --loglevel=error

# Tests run inside a private D-Bus session with an unlocked gnome-keyring, so that refresh tokens
# go to a real Secret Service; the session and the keyring end with the tests.
run_tests() {
  dbus-run-session -- bash tests/with-keyring.sh ctest "$@"
}

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVAULTSCOPE_WERROR=ON
cmake --build build -j"$jobs"
run_tests --test-dir build --output-on-failure -j"$jobs"

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  cmake --build build --target update_translations >/dev/null
  if ! git diff --quiet -- translations; then
    git --no-pager diff --stat -- translations
    echo "translations/*.ts are out of date: run 'cmake --build build --target update_translations'," \
         "then 'python3 translations/fill.py', and commit" >&2
    exit 1
  fi
fi

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVAULTSCOPE_WERROR=ON -DVAULTSCOPE_SANITIZE=ON
cmake --build build-asan -j"$jobs"
# Benchmarks print figures only, and sanitizers distort them: the sanitized run skips them.
run_tests --test-dir build-asan --output-on-failure -j"$jobs" -LE bench

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DVAULTSCOPE_FUZZ=ON
cmake --build build-fuzz -j"$jobs"
bash tests/fuzz/run.sh build-fuzz -runs=300
