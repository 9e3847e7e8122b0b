#!/usr/bin/env python3
"""Helpers of bench/load (standard library only).

    load.py prepare BASE DIR          the request lists of the mix, the editors' sessions and the zones' ETags
    load.py etags BASE DIR            the zones' ETags again (after a warm-up that edited them)
    load.py row STORE CMD EXTRA-JSON  < wrk output (load.lua)  -> one JSON result line on stdout
    load.py table RESULTS.jsonl       -> the Markdown table of RELIABILITY.md
    load.py kinds STORE APP-LOG SINCE -> the server's own times by kind of request (its request log, from the
                                         time SINCE, HH:MM:SS UTC), as a Markdown table

prepare writes into DIR, one request path a line:
    png_cached.txt, mvt_cached.txt    z8-z14 tiles over the zones' boxes (fetched once here, so cached)
    png_uncached.txt, mvt_uncached.txt  z15-z19 tiles over the zones' boxes (never fetched before the run)
    wms.txt                           WMS 1.3.0 GetMaps, 512 px, of random boxes around the zones (seeded; uncached)
    wms_warm.txt                      other such boxes, for the warm-up
    ogc.txt, zones.txt, stats.txt     OGC API items, /api/zones with filters, /api/stats/occupancy
    edits.txt                         "code etag" of every zone, for the planner's PATCHes
    sessions.env                      the planner's and the official's session cookie and CSRF token
"""
import http.cookiejar
import json
import math
import os
import random
import re
import sys
import urllib.parse
import urllib.request

EARTH = 20037508.342789244
PLANNER = ("planner", "planner-demo")
OFFICIAL = ("official", "official-demo")


def fail(message):
    sys.exit(f"load.py: {message}")


def get(base, path, opener=None, method="GET"):
    request = urllib.request.Request(base + path, method=method)
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=60) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def tile_range(box, z):
    """The x and y ranges of the z tiles over a lon/lat box."""
    n = 2 ** z

    def tx(lon):
        return min(n - 1, int((lon + 180) / 360 * n))

    def ty(lat):
        return min(n - 1, int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n))

    return range(tx(box[0]), tx(box[2]) + 1), range(ty(box[3]), ty(box[1]) + 1)


def tiles(boxes, zooms, ext):
    seen = set()
    for z in zooms:
        for box in boxes:
            xs, ys = tile_range(box, z)
            seen.update((z, x, y) for x in xs for y in ys)
    return [f"/tiles/zones/{z}/{x}/{y}.{ext}" for z, x, y in sorted(seen)]


def mercator(lon, lat):
    return lon * EARTH / 180, math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * EARTH / math.pi


def wms_boxes(boxes, count, rng):
    """GetMaps of 512 px (as BENCHMARKS.md's WMS benchmark) around random points of the zones' boxes, at
    web-map zooms 11-16."""
    out = []
    size = 512
    for _ in range(count):
        box = rng.choice(boxes)
        x, y = mercator(rng.uniform(box[0], box[2]), rng.uniform(box[1], box[3]))
        half = size / 2 * 2 * EARTH / 256 / 2 ** rng.randint(11, 16)
        layers = rng.choice(["zones", "zones", "zones,lots"])
        out.append(f"/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS={layers}&STYLES=&CRS=EPSG:3857"
                   f"&BBOX={x - half:.2f},{y - half:.2f},{x + half:.2f},{y + half:.2f}&WIDTH={size}&HEIGHT={size}"
                   f"&FORMAT=image/png")
    return out


def bbox(geometry):
    coords = []

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            coords.append(c)
        else:
            for part in c:
                walk(part)

    walk(geometry["coordinates"])
    return [min(c[0] for c in coords), min(c[1] for c in coords), max(c[0] for c in coords),
            max(c[1] for c in coords)]


def sign_in(base, account):
    """The Cookie header and CSRF token of a browser session signed in as the account."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    get(base, "/api/session", opener)
    token = next(c.value for c in jar if c.name == "XSRF-TOKEN")
    body = json.dumps({"username": account[0], "password": account[1]}).encode()
    request = urllib.request.Request(base + "/api/session", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "X-XSRF-TOKEN": token})
    with opener.open(request, timeout=60) as answer:
        if not json.load(answer).get("authenticated"):
            fail(f"could not sign in as {account[0]} (is the demo profile on?)")
    token = next(c.value for c in jar if c.name == "XSRF-TOKEN")
    return "; ".join(f"{c.name}={c.value}" for c in jar), token


def write_lines(directory, name, lines):
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


def prepare(base, directory):
    status, _, body = get(base, "/api/zones")
    if status != 200:
        fail(f"/api/zones answered {status}")
    zones = json.loads(body)["features"]
    codes = [z["properties"]["code"] for z in zones]
    boxes = [bbox(z["geometry"]) for z in zones if z.get("geometry")]
    lists = {
        "png_cached": tiles(boxes, range(8, 15), "png"),
        "mvt_cached": tiles(boxes, range(8, 15), "mvt"),
        "png_uncached": tiles(boxes, range(15, 20), "png"),
        "mvt_uncached": tiles(boxes, range(15, 20), "mvt"),
        "wms": wms_boxes(boxes, 20000, random.Random(14)),
        "wms_warm": wms_boxes(boxes, 2000, random.Random(41)),
        "ogc": ["/ogc/collections/zones/items?limit=50", "/ogc/collections/zones/items?limit=5&offset=10"]
               + [f"/ogc/collections/zones/items/{c}" for c in codes]
               + ["/ogc/collections/zones/items?bbox=" + ",".join(f"{v:.4f}" for v in b) for b in boxes]
               + ["/ogc/collections/lots/items?limit=100&bbox=" + ",".join(f"{v:.4f}" for v in b) for b in boxes],
        "zones": ["/api/zones", "/api/zones?kind=KCN", "/api/zones?kind=CCN", "/api/zones?q=tan%20kieu",
                  "/api/zones?minAvailableHa=5", "/api/zones?maxOccupancyPct=50&includeUnknown=true",
                  "/api/zones?lifecycle=removed_from_plan"]
                 + ["/api/zones?bbox=" + ",".join(f"{v:.3f}" for v in b) for b in boxes[:5]],
        "stats": [f"/api/stats/occupancy?groupBy={g}" for g in ("district", "province", "kind", "commune",
                                                               "province2025")],
    }
    # Every read must answer 2xx before the run; the uncached lists only by a few, so that they stay uncached.
    for name, paths in lists.items():
        for path in paths if "uncached" not in name and not name.startswith("wms") else paths[:3]:
            code = get(base, path)[0]
            if code // 100 != 2:
                fail(f"{path} answered {code}")
        print(f"{name}: {write_lines(directory, name + '.txt', paths)} paths", file=sys.stderr)
    etags(base, directory, codes)
    planner, official = sign_in(base, PLANNER), sign_in(base, OFFICIAL)
    write_lines(directory, "sessions.env", [
        f"LOAD_PLANNER_COOKIE='{planner[0]}'", f"LOAD_PLANNER_CSRF='{planner[1]}'",
        f"LOAD_OFFICIAL_COOKIE='{official[0]}'", f"LOAD_OFFICIAL_CSRF='{official[1]}'"])


def etags(base, directory, codes=None):
    if codes is None:
        with open(os.path.join(directory, "edits.txt"), encoding="utf-8") as f:
            codes = [line.split()[0] for line in f if line.strip()]
    edits = []
    for code in codes:
        status, headers, _ = get(base, f"/api/zones/{code}", method="HEAD")
        if status != 200 or not headers.get("ETag"):
            fail(f"HEAD /api/zones/{code} answered {status} without an ETag")
        edits.append(f"{code} {headers['ETag']}")
    write_lines(directory, "edits.txt", edits)


def row(store, cmd, extra):
    text = sys.stdin.read()
    line = next((l for l in text.splitlines() if l.startswith("WRKJSON ")), None)
    if line is None:
        fail(f"no WRKJSON line in the wrk output:\n{text}")
    r = json.loads(line[len("WRKJSON "):])
    statuses = {int(k): v for k, v in r.pop("statuses").items()}
    r.update(store=store, cmd=cmd, statuses=statuses,
             non2xx=sum(v for k, v in statuses.items() if k // 100 != 2),
             s503=statuses.get(503, 0),
             socket=r["errors_connect"] + r["errors_read"] + r["errors_write"] + r["errors_timeout"])
    r.update(json.loads(extra))
    print(json.dumps(r, ensure_ascii=False))
    print(f"[load] {store}: {r['rps']:.0f} req/s, p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, "
          f"{r['non2xx']} non-2xx ({r['s503']} × 503), {r['socket']} socket errors", file=sys.stderr)


def table(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    print("| store | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | of them 503 | socket errors"
          " | edits / reports written | app CPU |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['store']} | {r['requests']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p90_ms']:.1f} "
              f"| {r['p99_ms']:.1f} | {r['max_ms']:.0f} | {r['non2xx']} | {r['s503']} | {r['socket']} "
              f"| {r['edits_ok']} / {r['reports_ok']} | {r['app_cpu_s'] / r['seconds'] * 100:.0f} % of a core, "
              f"{r['app_cpu_s'] * 1000 / max(1, r['requests']):.1f} ms a request |")
    for r in rows:
        mix = ", ".join(f"{k} {v}" for k, v in sorted(r["sent"].items(), key=lambda kv: -kv[1]))
        other = {k: v for k, v in r["statuses"].items() if int(k) // 100 != 2}
        print(f"\n{r['store']}: {r['seconds']:.0f} s, {r['connections']} connections, load average {r['load_avg']} at the"
              f" end; requests sent by kind: {mix}"
              + (f"; non-2xx by status: {other}" if other else ""))


def kind_of(method, path):
    if path.startswith("/tiles/"):
        return "tile " + path.split("?")[0].rsplit(".", 1)[-1]
    if path.startswith("/api/zones/"):
        return f"{method} /api/zones/{{code}}" + ("/reports" if "/reports" in path else "")
    return path.split("?")[0].split("/items")[0].rstrip("/") if not path.startswith("/ogc/") else "/ogc items"


def kinds(store, log, since):
    """RequestLog's lines: "… vn.kcnatlas.requests : GET /path?query 200 12ms"."""
    line = re.compile(r"^\S+T(\d\d:\d\d:\d\d)\S* .*vn\.kcnatlas\.requests\s*: (\w+) (\S+) (\d+) (\d+)ms$")
    times = {}
    with open(log, encoding="utf-8", errors="replace") as f:
        for text in f:
            m = line.match(text.rstrip("\n"))
            if m and m.group(1) >= since and m.group(2) != "HEAD":  # HEADs: load.py reading the ETags
                times.setdefault(kind_of(m.group(2), m.group(3)), []).append(int(m.group(5)))
    print(f"| {store}: server time by kind | requests | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|")
    for kind, ms in sorted(times.items(), key=lambda kv: -len(kv[1])):
        ms.sort()
        print(f"| {kind} | {len(ms)} | {ms[len(ms) // 2]} | {ms[min(len(ms) - 1, int(len(ms) * 0.99))]} | {ms[-1]} |")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"prepare": prepare, "etags": etags, "row": row, "table": table, "kinds": kinds}[command](*args)
