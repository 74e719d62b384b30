#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# One entry point for newcomers and CI:
#   bash build.sh          install what is missing, build, launch Coroscope
#   bash build.sh test     install what is missing, build, run the whole test suite, then
#                          the same suite under the sanitizers (the asan mode), then the
#                          short fuzz runs (the fuzz-short mode)
#   bash build.sh asan     the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   bash build.sh bench    build the release preset and compare with CPython
#   bash build.sh lint     the dev build (warnings, -Wshadow included, are errors) and clang-tidy
#   bash build.sh fuzz-short  build the fuzz preset and run each fuzz target a fixed number
#                          of inputs from a fixed seed on its corpus (about 15 s each)
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
case "$mode" in
run | test | asan | bench | lint | fuzz-short) ;;
*)
    echo "build.sh: unknown mode '$mode'. Use one of: run, test, asan, bench, lint, fuzz-short." >&2
    exit 2
    ;;
esac

# Debian 12 packages the project needs; the list is checked on every run and
# only what is missing is installed, so a second run costs nothing.
packages=(build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins qcoro-qt6-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core)
command -v python3 >/dev/null 2>&1 || packages+=(python3)
[ "$mode" = lint ] && packages+=(clang-tidy)
# libFuzzer's runtime ships in libclang-rt-14-dev, beside Debian 12's clang.
case "$mode" in test | fuzz-short) packages+=(clang libclang-rt-14-dev) ;; esac

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "build.sh: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The sanitizers make every native frame several times larger, so the checks'
# walk of a script as deep as CPython compiles (about 3,000 levels) needs more
# than the usual 8 MB of stack: the suite runs with 256 MB there.
asanSuite() {
    (
        ulimit -s 262144 || {
            echo "build.sh: cannot raise the stack limit to 256 MB (ulimit -Hs is $(ulimit -Hs))." >&2
            exit 1
        }
        ctest --preset asan
    )
}

case "$mode" in
run)
    cmake --preset release >/dev/null
    cmake --build --preset release
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "build.sh: no display found; starting Coroscope inside a virtual X server (xvfb-run)." >&2
        exec xvfb-run -a -s "-screen 0 1920x1080x24" build/release/app/coroscope
    fi
    exec build/release/app/coroscope
    ;;
test)
    cmake --preset dev
    cmake --build --preset dev
    ctest --preset dev
    # Then the same suite under AddressSanitizer and UBSan, as the asan mode runs it.
    cmake --preset asan
    cmake --build --preset asan
    asanSuite
    # Then every fuzz target on its corpus and what it finds from a fixed seed.
    bash fuzz/run-short
    ;;
fuzz-short)
    bash fuzz/run-short
    ;;
asan)
    cmake --preset asan
    cmake --build --preset asan
    asanSuite
    ;;
bench)
    exec bench/compare-with-cpython
    ;;
lint)
    cmake --preset dev
    cmake --build --preset dev
    # Every translation unit of the project, two at a time, against the
    # curated checks of .clang-tidy; the first finding fails the mode.
    git ls-files '*.cpp' | xargs -P "$(nproc)" -n 4 clang-tidy -p build/dev --quiet
    echo "build.sh: clang-tidy and -Wshadow found nothing."
    ;;
esac
