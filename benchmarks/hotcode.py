#!/usr/bin/env python3
"""The compiled code a scorer runs for every unit, in lines of the instruction cache.

usage: benchmarks/hotcode.py DUMP CODELIST UNITS
  DUMP      the loop thread's dump of benchmarks/callgrind.sh run with
            CALLGRIND_OPTS=--dump-instr=yes (OUT.cg.1-02 or whichever it names)
  CODELIST  OUT.codelist of the same run (where each compiled method lies)
  UNITS     the units counted: measured passes times units a pass (20 * 1024)

Prints the 64-byte lines of code that run at least 0.9 instructions a unit (code run for every
unit, or nearly), in all and by compiled method (inlined callees count in their caller), with the
instructions run there a unit. Set against the first-level instruction cache (32 KB, 512 lines):
code that does not fit is fetched again for every unit.
"""
import collections
import re
import sys

dump, codelist, units = sys.argv[1], sys.argv[2], int(sys.argv[3])
by_line = collections.Counter()
addr = 0
call_site = False
for text in open(dump):
    if text.startswith("calls="):
        call_site = True  # the next line is the call's site and its inclusive cost: not its own
        continue
    if text[0] not in "0+-*":
        continue
    fields = text.split()
    position = fields[0]
    if position.startswith("0x"):
        addr = int(position, 16)
    elif position[0] in "+-":
        addr += int(position, 0)  # relative to the line above: "+3", "-0x10"
    if call_site:
        call_site = False
        continue
    if len(fields) >= 3:  # positions "instr line", then the instructions
        by_line[addr >> 6] += int(fields[2])

methods = []
for text in open(codelist):
    m = re.search(r"\[(0x[0-9a-f]+), (0x[0-9a-f]+) - (0x[0-9a-f]+)\]", text)
    if m:
        f = text.split()
        methods.append((int(m.group(1), 16), int(m.group(3), 16), f"{f[3].split('(')[0]} (tier {f[1]})"))

lines = collections.Counter()
instructions = collections.Counter()
for line, count in by_line.items():
    if count / units < 0.9:
        continue
    name = "code not in the list"
    for low, high, method in methods:
        if low <= line << 6 < high:
            name = method
            break
    lines[name] += 1
    instructions[name] += count / units
total = sum(lines.values())
print(f"{total} lines ({total * 64 / 1024:.1f} KB) run for every unit")
for name, n in lines.most_common(20):
    print(f"{n:6d} lines {n * 64 / 1024:5.1f} KB {instructions[name]:8.0f} instructions  {name}")
