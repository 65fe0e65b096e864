#!/usr/bin/env python3
"""Prints the last statement a client ran through the extended protocol, as a PostgreSQL server
log (log_statement = 'all') recorded it after byte OFFSET, with its parameters ($1, $2 …)
written in as quoted literals, so psql can run the same statement.

usage: bench/pg-statement.py SERVER_LOG OFFSET
"""
import re
import sys

log, offset = sys.argv[1], int(sys.argv[2])
with open(log, encoding="utf-8", errors="replace") as f:
    f.seek(offset)
    lines = f.read().split("\n")

entries = []  # [statement lines, parameters text]
current = None
for line in lines:
    if line.startswith("\t") and current is not None:
        current[-1].append(line[1:])
        continue
    m = re.search(r"LOG:  execute [^:]*: (.*)$", line)
    if m:
        current = [[m.group(1)]]
        entries.append([current[0], None])
        continue
    m = re.search(r"DETAIL:  parameters: (.*)$", line)
    if m and entries:
        entries[-1][1] = m.group(1)
    current = None

if not entries:
    sys.exit("pg-statement.py: no statement in the log after offset %d" % offset)
text, parameters = "\n".join(entries[-1][0]), entries[-1][1] or ""
values = {}
for m in re.finditer(r"\$(\d+) = (NULL|'(?:[^']|'')*')", parameters):
    values[m.group(1)] = m.group(2)
print(re.sub(r"\$(\d+)\b", lambda m: values.get(m.group(1), m.group(0)), text).rstrip(";") + ";")
