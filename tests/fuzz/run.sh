#!/usr/bin/env bash
# Runs the fuzz targets of a -DVAULTSCOPE_FUZZ=ON build on their seed corpora, one after the other,
# with libFuzzer options passed through:
#   bash tests/fuzz/run.sh build-fuzz -runs=300                # the short pass tests/run.sh makes
#   bash tests/fuzz/run.sh build-fuzz -max_total_time=600      # a long run of each target
#   TARGETS="policy expression" bash tests/fuzz/run.sh build-fuzz -max_total_time=600
# New inputs go to BUILD/fuzz-corpus/<target> (kept between runs), findings to BUILD/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$1
shift

seeds() {
  case $1 in
    document) echo resources/baselines tests/data/baselines tests/data/own ;;
    workbook) echo tests/data/xlsx ;;
    estate) echo tests/data/arm ;;
    policy) echo tests/data/policy tests/data/policy-dataplane ;;
    expression) echo tests/fuzz/seeds/expression ;;
    reviewbundle) echo tests/fuzz/seeds/reviewbundle ;;
    idtoken) echo tests/fuzz/seeds/idtoken ;;
    oauth) echo tests/fuzz/seeds/oauth ;;
    graphpage) echo tests/fuzz/seeds/graphpage tests/data/arm ;;
  esac
}
dictionary() {
  case $1 in
    estate | reviewbundle | oauth | graphpage) echo json ;;
    *) echo "$1" ;;
  esac
}

for target in ${TARGETS:-document workbook estate policy expression reviewbundle idtoken oauth graphpage}; do
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus" "$build/fuzz-artifacts"
  echo "== fuzz_$target"
  # shellcheck disable=SC2046 # the seed folders are words
  "$build/tests/fuzz/fuzz_$target" -dict="tests/fuzz/dict/$(dictionary "$target").dict" \
    -artifact_prefix="$build/fuzz-artifacts/$target-" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    "$@" "$corpus" $(seeds "$target")
done
