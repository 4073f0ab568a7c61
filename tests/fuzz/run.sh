#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang beside the main build and runs each for a time budget
# on a copy of its committed corpus. Fails on any crash, leak, sanitizer report or broken
# invariant; the input that did it lands in <build>/fuzz/artifacts/<target>/.
#   run.sh SOURCE_DIR MAIN_BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
set -euo pipefail
src=$1
build=$2
seconds=${3:-15}
shift $(($# < 3 ? $# : 3))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(xep0393_styling message_stanza dataform roster_push omemo_element)
fuzz=$build/fuzz

cmake -S "$src/tests/fuzz" -B "$fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DISTHMUS_BUILD_DIR="$build" > "$fuzz.configure.log" 2>&1 || { cat "$fuzz.configure.log"; exit 1; }
cmake --build "$fuzz" > "$fuzz.build.log" 2>&1 || { tail -50 "$fuzz.build.log"; exit 1; }

failed=0
for target in "${targets[@]}"; do
    corpus=$(mktemp -d)
    cp "$src/tests/fuzz/corpus/$target/"* "$corpus/"
    mkdir -p "$fuzz/artifacts/$target"
    log=$fuzz/$target.log
    if "$fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$fuzz/artifacts/$target/" -print_final_stats=1 "$corpus" > "$log" 2>&1; then
        runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log")
        speed=$(awk '/stat::average_exec_per_sec/ { print $2 }' "$log")
        cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
        echo "fuzz_$target: $runs runs in $seconds s, $speed exec/s, $cov, corpus $(ls "$corpus" | wc -l) inputs"
    else
        echo "fuzz_$target FAILED:"
        grep -E 'ERROR|SUMMARY|Test unit written|#[0-9]+ +(pulse|INITED)' "$log" | head -20
        failed=1
    fi
    rm -rf "$corpus"
done
exit $failed
