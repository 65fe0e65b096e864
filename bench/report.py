#!/usr/bin/env python3
"""Prints compare.sh's table, checks the three engines' answers and the issue's targets.

Reads the rows compare.sh wrote (label, dangke, duckdb, sqlite, unit; tab-separated) and the
answers (answers/qN.tsv from dangke-bench, answers/duckdb-qN.csv and answers/sqlite-qN.csv).
Answers are compared as sorted rows of normalised cells: numbers rounded to 4 decimal places
(integers plain), empty and NULL alike, text as is.
"""
import argparse
import csv
import os
import platform
import re
import subprocess
import sys
import unicodedata

JOINS = {2, 3, 5}  # the three join queries (target ≤ 0.2× DuckDB)


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text, n, right=False):
    gap = " " * max(0, n - width(text))
    return gap + text if right else text + gap


def number(text):
    try:
        return float(text.rstrip("*"))
    except ValueError:
        return None


def cell(text):
    text = text.strip()
    try:
        v = float(text)
    except ValueError:
        return text
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return ("%.4f" % v).rstrip("0").rstrip(".")


def rows(path, delimiter):
    if not os.path.exists(path):
        return None
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter=delimiter, quoting=csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL)
        return sorted(tuple(cell(c) for c in r) for r in reader if r)


def ratio(a, b):
    x, y = number(a), number(b)
    if x is None or y is None or y == 0:
        return "—"
    return "%.2f×" % (x / y)


def shown(value, unit):
    if value in ("", "-", "fail"):
        return value or "—"
    v = number(value)
    if v is None:
        return value
    star = "*" if value.endswith("*") else ""
    return ("%.1f" % v if v < 100 else "%.0f" % v) + star + ("" if unit == "ms" else " MiB")


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout
        return out.strip().splitlines()[0] if out.strip() else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--scale")
    p.add_argument("--runs")
    p.add_argument("--results")
    p.add_argument("--answers")
    p.add_argument("--bench-log")
    a = p.parse_args()
    with open(a.results, encoding="utf-8") as f:
        table = [line.rstrip("\n").split("\t") for line in f if line.strip()]

    cpu = "?"
    for line in open("/proc/cpuinfo", encoding="utf-8"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    print("Dangke vs DuckDB vs sqlite3, %s data set, median of %s runs" % (a.scale, a.runs))
    print("machine: %d cores (%s), %s; %s; duckdb %s; sqlite3 %s" % (
        os.cpu_count(), cpu, platform.platform(terse=True), version(["swift", "--version"]),
        version([os.environ.get("DUCKDB", "duckdb"), "--version"]), version(["sqlite3", "--version"]).split(" ")[0]))
    print("dangke q1–q8: in-process evaluation (dangke-bench on the snapshot, parse+plan+run and every value made, no rendering);"
          " DuckDB/sqlite3 q1–q8: .timer real time in the shell, warm;"
          " load/open/sample rows: whole process wall time.")
    print()
    head = ["query", "dangke", "duckdb", "sqlite3", "dangke/duckdb", "dangke/sqlite3"]
    body = []
    for label, dk, du, sq, unit in table:
        body.append([label, shown(dk, unit), shown(du, unit), shown(sq, unit),
                     ratio(dk, du), ratio(dk, sq)])
    widths = [max(width(r[i]) for r in [head] + body) for i in range(len(head))]
    line = lambda r: "  ".join(pad(c, widths[i], right=i > 0) for i, c in enumerate(r))
    print(line(head))
    print("  ".join("-" * w for w in widths))
    for r in body:
        print(line(r))
    print("(times in ms; * = timed once, slower than 2 s; the sample row runs DuckDB and sqlite3"
          " on their own database files of the sample)")
    if a.bench_log and os.path.exists(a.bench_log):
        for l in open(a.bench_log, encoding="utf-8"):
            if "load" in l or "MB" in l or "snapshot" in l or l.startswith("open:"):
                print("dangke-bench:", l.strip())
    print()

    failures = 0
    print("answers:")
    for n in range(1, 9):
        dk = rows(os.path.join(a.answers, "q%d.tsv" % n), "\t")
        du = rows(os.path.join(a.answers, "duckdb-q%d.csv" % n), ",")
        sq = rows(os.path.join(a.answers, "sqlite-q%d.csv" % n), ",")
        if dk is None or du is None:
            print("  q%d: MISSING an answer" % n)
            failures += 1
            continue
        same_du = dk == du
        same_sq = sq is None or dk == sq
        what = "same in all three" if sq is not None else "same in dangke and duckdb (sqlite3 not run)"
        if same_du and same_sq:
            print("  q%d: %s (%d rows)" % (n, what, len(dk)))
        else:
            failures += 1
            print("  q%d: DIFFERENT — dangke %d rows, duckdb %d, sqlite3 %s" % (
                n, len(dk), len(du), "-" if sq is None else len(sq)))
            for name, other in (("duckdb", du), ("sqlite3", sq)):
                if other is not None and other != dk:
                    only = sorted(set(dk) ^ set(other))[:4]
                    print("     vs %s, rows in one only: %s" % (name, only))
    print()
    targets(table)
    if a.scale == "province":
        province_targets(table)
    return 1 if failures else 0


def targets(table):
    rows = {r[0].split(" (")[0]: r for r in table}
    load = table[0]
    load_cpu = rows["CPU time of that load"]
    rss = rows["peak RSS of that load"]
    opened = rows["open own file + count sessions"]
    open_cpu = rows["CPU time of that open"]
    sample = table[-1]
    checks = []
    checks.append(("load no slower than DuckDB", number(load[1]), number(load[2]), 1.0))
    checks.append(("peak RSS ≤ 0.75× DuckDB", number(rss[1]), number(rss[2]), 0.75))
    for r in table:
        m = re.match(r"q(\d) ", r[0])
        if m:
            n = int(m.group(1))
            limit = 0.2 if n in JOINS else 0.5
            checks.append(("q%d ≤ %.1f× DuckDB" % (n, limit), number(r[1]), number(r[2]), limit))
    print("targets of issue 7:")
    for name, dk, du, limit in checks:
        if dk is None or du is None:
            print("  %-28s no figure" % name)
            continue
        verdict = "met" if dk <= limit * du else "MISSED"
        print("  %-28s %s (%.2f×)" % (name, verdict, dk / du if du else float("inf")))
    s = number(sample[1])
    print("  %-28s %s (%s ms)" % ("sample -c under 50 ms", "met" if s is not None and s < 50 else "MISSED", sample[1]))
    for what, a, b in (("wall", load, opened), ("CPU time", load_cpu, open_cpu)):
        lo, op = number(a[1]), number(b[1])
        if lo and op:
            print("  %-28s %s (%.1f× less %s: %s ms vs %s ms)" % (
                "snapshot open ≥ 10× CSV load", "met" if lo >= 10 * op else "MISSED", lo / op,
                what, b[1], a[1]))


def province_targets(table):
    """The province targets of issue 18: load ≤ 0.8× DuckDB, its peak RSS ≤ 0.6×, every query
    ≤ 0.3×, and the snapshot open under a second."""
    rows = {r[0].split(" (")[0]: r for r in table}
    checks = [("load ≤ 0.8× DuckDB", table[0], 0.8), ("peak RSS ≤ 0.6× DuckDB", rows["peak RSS of that load"], 0.6)]
    for r in table:
        m = re.match(r"q(\d) ", r[0])
        if m:
            checks.append(("q%s ≤ 0.3× DuckDB" % m.group(1), r, 0.3))
    print("targets of issue 18 (province):")
    for name, r, limit in checks:
        dk, du = number(r[1]), number(r[2])
        if dk is None or du is None:
            print("  %-28s no figure" % name)
            continue
        verdict = "met" if dk <= limit * du else "MISSED"
        print("  %-28s %s (%.2f×)" % (name, verdict, dk / du if du else float("inf")))
    opened = number(rows["open own file + count sessions"][1])
    verdict = "met" if opened is not None and opened < 1000 else "MISSED"
    print("  %-28s %s (%s ms)" % ("snapshot open under 1 s", verdict, rows["open own file + count sessions"][1]))


if __name__ == "__main__":
    sys.exit(main())
