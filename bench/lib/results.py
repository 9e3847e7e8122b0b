#!/usr/bin/env python3
"""Helpers of bench/run-all: turn tool output into result lines (JSON, one per measurement).

    results.py wrk KEY LABEL CMD [EXTRA-JSON]      < wrk output      -> JSON line on stdout
    results.py pgbench KEY LABEL CMD [EXTRA-JSON]  < pgbench output  -> JSON line on stdout
    results.py png-size FILE                       -> "WIDTH HEIGHT" of a PNG
    results.py meta KEY=VALUE...                   -> the run's description (machine, versions, knobs)
    results.py meta-data KEY=VALUE...              -> the data the run measured (counts, load time)
    results.py jstat KEY LABEL                     < jstat -gc -t output -> the heap through the run

A one-line summary of each measurement goes to stderr.
"""
import json
import os
import platform
import re
import struct
import subprocess
import sys
import time


def emit(row, extra):
    row["round"] = int(os.environ.get("BENCH_ROUND", "1"))
    if extra:
        row.update(json.loads(extra))
    print(json.dumps(row, ensure_ascii=False))
    p50 = row.get("p50_ms")
    p50 = f", median {p50:.2f} ms" if p50 is not None else f", mean {row.get('mean_ms', 0):.2f} ms"
    print(f"[bench {time.strftime('%H:%M:%S')}] {row['label']}: {row['rps']:.1f} req/s{p50}, "
          f"{row['requests']} requests, {row['errors']} errors", file=sys.stderr)


def wrk(key, label, cmd, extra=""):
    text = sys.stdin.read()
    line = next((l for l in text.splitlines() if l.startswith("WRKJSON ")), None)
    if line is None:
        sys.exit(f"no WRKJSON line in the wrk output:\n{text}")
    row = json.loads(line[len("WRKJSON "):])
    row.update(key=key, label=label, cmd=cmd,
               errors=row["errors_status"] + row["errors_connect"] + row["errors_read"] + row["errors_timeout"])
    emit(row, extra)


def pgbench(key, label, cmd, extra=""):
    text = sys.stdin.read()
    try:
        tps = float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text).group(1))
        mean = float(re.search(r"latency average = ([0-9.]+) ms", text).group(1))
        n = int(re.search(r"number of transactions actually processed: ([0-9]+)", text).group(1))
    except AttributeError:
        sys.exit(f"cannot read the pgbench output:\n{text}")
    failed = re.search(r"number of failed transactions: ([0-9]+)", text)
    row = dict(key=key, label=label, cmd=cmd, rps=tps, mean_ms=mean, p50_ms=None, requests=n,
               errors=int(failed.group(1)) if failed else 0)
    emit(row, extra)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path} is not a PNG")
    print(*struct.unpack(">II", head[16:24]))


def run(*cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (p.stdout.strip() or p.stderr.strip()).splitlines()[0]
    except Exception:
        return "?"


def meta(*pairs):
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(next(l.split()[1] for l in f if l.startswith("MemTotal"))) / 1024 / 1024
    row = {"key": "meta", "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "machine": f"{os.cpu_count()} × {cpu}, {mem:.0f} GiB RAM, {platform.platform()}",
           "java": run("java", "-version"), "wrk": run("wrk", "-v"), "nginx": run("nginx", "-v"),
           "mapserver": run("/usr/lib/cgi-bin/mapserv", "-v"), "pgbench": run("pgbench", "--version")}
    for pair in pairs:
        k, _, v = pair.partition("=")
        row[k] = v
    print(json.dumps(row, ensure_ascii=False))


def meta_data(*pairs):
    row = {"key": "meta-data"}
    for pair in pairs:
        k, _, v = pair.partition("=")
        row[k] = v
    print(json.dumps(row, ensure_ascii=False))


def jstat(key, label):
    """Heap in use (survivors, eden and old generation) every sample; the old generation's use after the
    first and the last quarter of the run says whether it grows."""
    lines = [l.split() for l in sys.stdin.read().splitlines() if l.strip()]
    if len(lines) < 3:
        sys.exit("too few jstat samples")
    head = lines[0]
    rows = [dict(zip(head, map(float, l))) for l in lines[1:] if len(l) == len(head) and l[0][0].isdigit()]
    used = [(r["S0U"] + r["S1U"] + r["EU"] + r["OU"]) / 1024 for r in rows]
    old = [r["OU"] / 1024 for r in rows]
    quarter = max(1, len(rows) // 4)
    row = dict(key=key, label=label, samples=len(rows), seconds=rows[-1]["Timestamp"] - rows[0]["Timestamp"],
               heap_max_mib=round(max(used), 1), heap_committed_mib=round(max(
                   (r["S0C"] + r["S1C"] + r["EC"] + r["OC"]) / 1024 for r in rows), 1),
               old_first_quarter_mib=round(max(old[:quarter]), 1), old_last_quarter_mib=round(max(old[-quarter:]), 1),
               young_gcs=int(rows[-1]["YGC"] - rows[0]["YGC"]), full_gcs=int(rows[-1]["FGC"] - rows[0]["FGC"]))
    print(json.dumps(row, ensure_ascii=False))
    print(f"[bench {time.strftime('%H:%M:%S')}] {label}: at most {row['heap_max_mib']} MiB in use, old generation "
          f"{row['old_first_quarter_mib']} -> {row['old_last_quarter_mib']} MiB", file=sys.stderr)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"wrk": wrk, "pgbench": pgbench, "png-size": png_size, "meta": meta, "meta-data": meta_data,
     "jstat": jstat}[command](*args)
