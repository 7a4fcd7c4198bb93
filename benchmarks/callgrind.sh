#!/usr/bin/env bash
# Counts the instructions SideBySideLoop's scorer (or ReadLoop's reader) takes per unit, under
# callgrind: instrumentation
# stays off while warming up, is switched on for the measured passes alone, and the count is dumped
# when they end. Start-up, generating the facts and compiling are not counted.
#
# usage: benchmarks/callgrind.sh CLASSPATH SCORER WARM_PASSES MEASURED_PASSES OUT_PREFIX
#   e.g. benchmarks/callgrind.sh benchmarks/target/benchmarks.jar library 150 20 /tmp/library
# prints: each thread's count, then SCORER instructions per unit in the loop's own thread, and
# leaves OUT_PREFIX.log and the callgrind dumps (one per thread). The JIT compiler's and the garbage
# collector's threads are counted apart (--separate-threads): under valgrind the compiler is still
# busy long after warming up, and its instructions are not the scorer's.
# With LOOP=ReadLoop it runs ReadLoop instead, SCORER being one of its readers (json:library,
# json:baseline, ...) and UNITS its units per pass (ReadLoop's argument, 1024 unless given).
# SETTLE=120 waits two minutes after warming up before counting (see below).
# CALLGRIND_OPTS adds options: --cache-sim=yes counts first-level cache misses (the dumps' I1mr,
# D1mr, D1mw); --dump-instr=yes counts by instruction address, for benchmarks/hotcode.py.
# Run it from a scratch directory: a JVM that crashes under valgrind leaves hs_err_pid*.log there.
set -euo pipefail
cp=$1
scorer=$2
warm=$3
measured=$4
out=$5
loop=${LOOP:-SideBySideLoop}
units=${UNITS:-1024}
fifo=$(mktemp -u)
mkfifo "$fifo"
exec 3<>"$fifo"
rm "$fifo"
# --smc-check=all: the JVM rewrites compiled code in place; without it valgrind may run stale code.
valgrind --tool=callgrind ${CALLGRIND_OPTS:-} --instr-atstart=no --smc-check=all --separate-threads=yes --callgrind-out-file="$out.cg" \
  java ${JAVA_OPTS:-} -cp "$cp" "io.github.kaoping.scoring.benchmarks.$loop" \
  "$scorer" "$warm" "$measured" pause $units <&3 >"$out.log" 2>&1 &
pid=$!
wait_for() {
  until grep -qx "$1" "$out.log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the loop ended before '$1'; see $out.log" >&2
      exit 1
    fi
    sleep 5
  done
}
wait_for warm
# SETTLE seconds for the compiler threads to finish what warming up queued: under valgrind they lag
# far behind, and code still in a profiling tier counts several times the instructions of the same
# code compiled fully.
sleep "${SETTLE:-0}"
callgrind_control -i on "$pid" >/dev/null
echo >&3
wait_for measured
callgrind_control -d "$pid" >/dev/null
# Where each compiled method's code lies, to name the dump's addresses (JIT code has no symbols).
timeout 900 jcmd -J-Dsun.tools.attach.attachTimeout=300000 "$pid" Compiler.codelist >"$out.codelist" 2>&1 || true
echo >&3
# The JVM often dies under valgrind after the dump (SIGSEGV or abort); the dump is whole by then.
wait "$pid" || echo "the JVM exited with $? after the dump; the counts below are from the dump" >&2
# One dump per thread (--separate-threads): the loop runs in the thread that executed most
# instructions in compiled Java code (no symbol, "???"); compiler and GC threads run libjvm.so.
best=""
best_java=0
for dump in "$out".cg.*; do
  thread_total=$(awk '/^(summary|totals):/ {print $2; exit}' "$dump")
  java_code=$(callgrind_annotate --threshold=100 --show=Ir "$dump" 2>/dev/null \
    | awk '/\?\?\?:0x/ {gsub(",", "", $1); s += $1} END {print s + 0}')
  echo "  $(basename "$dump"): $thread_total instructions, $java_code in compiled Java code"
  if (( java_code > best_java )); then
    best_java=$java_code
    best=$dump
  fi
done
total=$(awk '/^(summary|totals):/ {print $2; exit}' "$best")
echo "$scorer $(( total / (measured * units) )) instructions per unit in the loop's thread ($total over $measured passes of $units units, $(basename "$best"))"
# The loop's thread by compiled method (inlined callees count in their caller), then native code.
# Addresses are fixed-width hexadecimal in both files, so comparing them as strings is exact.
echo "where its instructions go, per unit:"
callgrind_annotate --threshold=100 --show=Ir --sort=Ir "$best" 2>/dev/null | awk -v per=$((measured * units)) '
  FNR == NR {
    if (match($0, /\[0x[0-9a-f]+, 0x[0-9a-f]+ - 0x[0-9a-f]+\]/)) {
      split(substr($0, RSTART + 1, RLENGTH - 2), a, /[, -]+/)
      m = $4; sub(/\(.*/, "", m)
      n++; lo[n] = a[1]; hi[n] = a[3]; name[n] = m " (tier " $2 ")"
    }
    next
  }
  /^ *[0-9,]+ +\(/ && !/PROGRAM TOTALS/ {
    count = $1; gsub(",", "", count)
    fn = $0; sub(/^ *[0-9,]+ +\( *[0-9.]+%\) +/, "", fn); sub(/ \[[^]]*\]$/, "", fn)
    if (fn ~ /^\?\?\?:0x/) {
      addr = substr(fn, 5); label = "compiled code not in the list"
      for (i = 1; i <= n; i++) if (addr >= lo[i] && addr < hi[i]) { label = name[i]; break }
    } else {
      label = fn
    }
    sum[label] += count
  }
  END { for (l in sum) printf "%10.0f  %s\n", sum[l] / per, l }
' "$out.codelist" - | sort -rn | head -30
