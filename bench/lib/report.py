#!/usr/bin/env python3
"""Turns bench/run-all's results.jsonl into the Markdown tables of BENCHMARKS.md.

    report.py results.jsonl
"""
import json
import sys
from collections import defaultdict


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def median(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def by_key(rows):
    """One row per key; a key measured in several rounds gets the median of each figure and the
    requests/s of every round (rounds_rps)."""
    groups = defaultdict(list)
    for r in rows:
        groups[r["key"]].append(r)
    out = {}
    for key, rs in groups.items():
        if len(rs) == 1:
            out[key] = dict(rs[0], rounds_rps=[rs[0].get("rps")])
            continue
        merged = dict(rs[0])
        for field in ("rps", "p50_ms", "p90_ms", "p99_ms", "mean_ms"):
            merged[field] = median(r.get(field) for r in rs)
        merged["requests"] = sum(r.get("requests", 0) for r in rs)
        merged["errors"] = sum(r.get("errors", 0) for r in rs)
        merged["rounds_rps"] = [r.get("rps") for r in sorted(rs, key=lambda r: r.get("round", 0))]
        out[key] = merged
    return out


def fmt(x, digits=0):
    if x is None:
        return "–"
    return f"{x:,.{digits}f}"


def verdict(ratio, goal, higher_is_better=True):
    if ratio is None:
        return "not measured"
    ok = ratio >= goal if higher_is_better else ratio <= goal
    return "**met**" if ok else "**missed**"


def throughput_table(rows, title, ours, theirs, goal, extra=()):
    out = [f"### {title}", "",
           "| server | requests/s (median round) | each round | median ms | p99 ms | requests | errors |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for key in (ours, theirs) + tuple(extra):
        r = rows.get(key)
        if r:
            each = " / ".join(fmt(v) for v in r.get("rounds_rps", []))
            out.append(f"| {r['label']} | {fmt(r.get('rps'), 1)} | {each} | {fmt(r.get('p50_ms'), 2)} | "
                       f"{fmt(r.get('p99_ms'), 2)} | {fmt(r.get('requests'))} | {r.get('errors', 0)} |")
    a, b = rows.get(ours), rows.get(theirs)
    ratio = a["rps"] / b["rps"] if a and b and b.get("rps") else None
    line = f"Ratio: **{fmt(ratio, 2)}×** (goal ≥ {goal}×): {verdict(ratio, goal)}."
    pairs = list(zip(a.get("rounds_rps", []), b.get("rounds_rps", []))) if a and b else []
    if len(pairs) > 1:
        line += " Round by round: " + ", ".join(f"{x / y:.2f}×" for x, y in pairs if x and y) + "."
    out += ["", line, ""]
    return out


def main(path):
    rows = load(path)
    keyed = by_key(rows)
    meta = next((r for r in rows if r["key"] == "meta"), {})
    out = []
    end = next((r for r in rows if r["key"] == "meta-end"), {})
    if meta:
        out += [f"Run: {meta.get('date')}, {meta.get('machine')}; load average {meta.get('load_start')} before, "
                f"{end.get('load_end', '?')} after", ""]
    data = next((r for r in rows if r["key"] == "meta-data"), None)
    if data:
        out += [f"Data: {data.get('data')}, {data.get('zones')} zones, {data.get('lots')} lots, {data.get('reports')} "
                f"reports, {data.get('history')} history rows, generated and loaded through the importer in "
                f"{data.get('load_s')} s", ""]
    if "png.app" in keyed:
        out += throughput_table(keyed, "1. Cached PNG tiles vs nginx static files (wrk -t1)", "png.app", "png.nginx",
                                0.8, extra=("png.app-static",))
    if "png2.app" in keyed:
        out += throughput_table(keyed, "1b. Cached PNG tiles vs nginx static files (wrk -t2)", "png2.app",
                                "png2.nginx", 0.8)
    if "mvt.app" in keyed:
        out += throughput_table(keyed, "2. Uncached MVT vs PostGIS ST_AsMVT (pgbench)", "mvt.app", "mvt.postgis", 0.8)
    if "wms.app" in keyed:
        out += throughput_table(keyed, "3. WMS GetMap 512×512 PNG at zone zooms vs MapServer 8 (FastCGI)", "wms.app",
                                "wms.mapserver", 2.0, extra=("wms.app-cached",))
    if "country.app" in keyed:
        out += throughput_table(keyed, "5. WMS GetMap of the whole country vs MapServer 8 (FastCGI)", "country.app",
                                "country.mapserver", 2.0)
    api = [k for k in keyed if k.startswith("api.")]
    if api:
        out += ["### 6. The JSON API at national scale (uncached instance)", "",
                "| request | requests/s | median ms | p99 ms | bytes | errors |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for k in api:
            r = keyed[k]
            out.append(f"| `{r['label'][4:]}` | {fmt(r.get('rps'), 1)} | {fmt(r.get('p50_ms'), 2)} | "
                       f"{fmt(r.get('p99_ms'), 2)} | {fmt(r.get('bytes'))} | {r.get('errors', 0)} |")
        if "asof.first" in keyed:
            r = keyed["asof.first"]
            out.append(f"\n{r['label']}: status {r['status']}, {fmt(float(r['seconds']), 2)} s.")
        out.append("")
    heap = [keyed[k] for k in ("heap.cached", "heap.uncached") if k in keyed]
    if heap:
        out += ["### Heap of the app through the run (jstat -gc every 2 s)", "",
                "| instance | seconds | most in use (MiB) | committed (MiB) | old gen, first quarter → last (MiB) | young / full GCs | goal: steady under 1 GiB |",
                "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
        for r in heap:
            steady = r["heap_max_mib"] < 1024 and r["old_last_quarter_mib"] <= 1.25 * r["old_first_quarter_mib"] + 64
            out.append(f"| {r['label']} | {fmt(r['seconds'])} | {fmt(r['heap_max_mib'], 1)} | {fmt(r['heap_committed_mib'], 1)} | "
                       f"{fmt(r['old_first_quarter_mib'], 1)} → {fmt(r['old_last_quarter_mib'], 1)} | {r['young_gcs']} / {r['full_gcs']} | "
                       f"{'**met**' if steady else '**missed**'} |")
        out.append("")
    scale = [r for r in rows if r["key"].startswith("scale.")]
    if scale:
        sizes = sorted({r["lots"] for r in scale})
        groups = defaultdict(dict)
        order = []
        for r in scale:
            g = r["group"]
            if g not in groups:
                order.append(g)
            groups[g][r["lots"]] = r
        out += ["### 4. Scale: median tile time (ms) by number of lots, uncached, one connection", "",
                "| request | " + " | ".join(f"{s:,} lots" for s in sizes) + f" | {sizes[-1]:,} / {sizes[0]:,} |",
                "| --- | " + " | ".join("---:" for _ in sizes) + " | ---: |"]
        for g in order:
            cells = [groups[g].get(s) for s in sizes]
            # pgbench gives a mean, not a median: its rows say so in their label.
            p50 = [(c.get("p50_ms") or c.get("mean_ms")) if c else None for c in cells]
            ratio = p50[-1] / p50[0] if p50[0] and p50[-1] else None
            status = {c.get("status") for c in cells if c and c.get("status")}
            label = cells[0]["label"] if cells[0] else g
            if status:
                label += f" ({'/'.join(sorted(status))})"
            out.append(f"| {label} | " + " | ".join(fmt(v, 2) for v in p50) + f" | {fmt(ratio, 2)}× |")
        z15 = [g for g in order if g.startswith("lots-z15-") and not g.endswith("postgis")]
        worst = None
        for g in z15:
            a, b = groups[g].get(sizes[0]), groups[g].get(sizes[-1])
            if a and b and a.get("p50_ms"):
                r = b["p50_ms"] / a["p50_ms"]
                worst = r if worst is None else max(worst, r)
        out += ["", f"z15 growth {sizes[0]:,} → {sizes[-1]:,} lots: worst **{fmt(worst, 2)}×** (goal ≤ 1.5×): "
                f"{verdict(worst, 1.5, higher_is_better=False)}.", ""]
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
