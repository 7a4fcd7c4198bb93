#!/usr/bin/env python3
"""Instructions counted at each machine instruction of one compiled method, beside its code.

usage: benchmarks/jitannotate.py LOG METHOD DUMP UNITS
  LOG     OUT.log of benchmarks/callgrind.sh run with CALLGRIND_OPTS=--dump-instr=yes and
          JAVA_OPTS="... -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=quiet
          -XX:CompileCommand=print,some.Class::method": the JVM prints the method's code there (as
          bytes: without the hsdis library it cannot disassemble), at the addresses it runs at
  METHOD  what names the method in the log's "Compiled method" line, e.g. CsvRows::read; the last
          C2 (tier 4) code of it is taken
  DUMP    the loop thread's dump of the same run (OUT.cg.1-02 or whichever callgrind.sh names)
  UNITS   the units counted: measured passes times units a pass

Prints each instruction (disassembled with objdump) with the instructions run there a unit, and
the compiler's notes (the bytecode and line of calls and safepoints, allocations, barriers) where
the log gives them: what "CsvRows.read 5,024" is made of, down to each load, spill and barrier.
"""
import collections
import re
import subprocess
import sys
import tempfile

log, method, dump, units = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
blocks = []
current = None
noted = None
for text in open(log, errors="replace"):
    text = text.rstrip("\n")
    if text.startswith("Compiled method ("):
        current = {"head": text, "bytes": {}, "notes": collections.defaultdict(list)}
        blocks.append(current)
        noted = None
        continue
    if current is None:
        continue
    m = re.match(r"\s*(0x[0-9a-f]+): (.*)$", text)
    if m:
        at, rest = int(m.group(1), 16), m.group(2)
        if rest.startswith(";"):
            current["notes"][at].append(rest)
            noted = at
            continue
        words = rest.replace("|", " ").split()
        if words and all(re.fullmatch(r"[0-9a-f]+", w) for w in words):
            for i, b in enumerate(bytes.fromhex("".join(words))):
                current["bytes"][at + i] = b
        noted = None
    elif noted is not None and text.strip().startswith(";"):
        current["notes"][noted].append(text.strip())
chosen = [b for b in blocks if "(c2)" in b["head"] and method in b["head"]]
if not chosen:
    sys.exit(f"no C2 code of {method} in {log}")
block = chosen[-1]
addresses = sorted(block["bytes"])
low, high = addresses[0], addresses[-1] + 1
with tempfile.NamedTemporaryFile(suffix=".bin") as code:
    code.write(bytes(block["bytes"].get(a, 0) for a in range(low, high)))
    code.flush()
    listing = subprocess.run(
        ["objdump", "-D", "-b", "binary", "-mi386:x86-64", f"--adjust-vma={low}", code.name],
        capture_output=True, text=True, check=True).stdout
counts = collections.Counter()
at = 0
call_site = False
for text in open(dump):
    if text.startswith("calls="):
        call_site = True  # the next line is the call's inclusive cost, not its own
        continue
    if not text or text[0] not in "0+-*":
        continue
    fields = text.split()
    if fields[0].startswith("0x"):
        at = int(fields[0], 16)
    elif fields[0][0] in "+-":
        at += int(fields[0], 0)
    if call_site:
        call_site = False
        continue
    if len(fields) >= 3 and low <= at < high:
        counts[at] += int(fields[2])
print(block["head"])
print(f"{sum(counts.values()) / units:.1f} instructions a unit in this code")
for text in listing.splitlines():
    m = re.match(r"\s*([0-9a-f]+):\s+(.*)", text)
    if not m:
        continue
    at = int(m.group(1), 16)
    for note in block["notes"].get(at, []):
        print("            " + note)
    print(f"{counts.get(at, 0) / units:8.2f}  {at:x}  {m.group(2).split(chr(9))[-1]}")
