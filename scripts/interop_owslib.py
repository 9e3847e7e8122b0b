#!/usr/bin/python3
"""Client-side interoperability checks for scripts/interop.

    interop_owslib.py owslib WMS_URL OUT_DIR   OWSLib against the WMS 1.3.0 endpoint
    interop_owslib.py png FILE WIDTH HEIGHT    is FILE a PNG of that size with something drawn on it?

`owslib` prints one line per check, "PASS name: detail" or "FAIL name: detail", and exits 1 when any
failed; `png` prints one detail line and exits 1 when the image is wrong. Only the standard library and Debian's python3-owslib are used (no Pillow): the PNG
reader below decodes the images itself.
"""

import collections
import json
import struct
import sys
import traceback
import zlib
from pathlib import Path

# A point inside the Tân Kiều zone (kcn-tan-kieu), and a box around it, longitude/latitude.
TAN_KIEU = (105.815, 10.515)
BOX = (105.78, 10.48, 105.85, 10.55)
# Not square on purpose: a server that mixes up WIDTH and HEIGHT, or the axes, shows it.
WIDTH, HEIGHT = 400, 300

ZONE_STYLES = {"investment", "occupancy", "clearance"}
LAYERS = ("zones", "lots", "districts")
CRSS = ("EPSG:4326", "CRS:84", "EPSG:3857")
TIMEOUT = 60

failures = 0


def report(ok, name, detail):
    global failures
    if not ok:
        failures += 1
    print(f"{'PASS' if ok else 'FAIL'} {name}: {detail}", flush=True)


def check(name):
    """Runs the decorated function as one check: it returns the detail, or raises on failure."""

    def wrap(fn):
        def run(*args):
            try:
                detail = fn(*args)
                report(True, name, detail)
                return True
            except AssertionError as e:
                report(False, name, str(e))
            except Exception as e:  # a client that crashes is a failed check, with the reason
                last = traceback.extract_tb(e.__traceback__)[-1]
                report(False, name, f"{type(e).__name__}: {e} (at {Path(last.filename).name}:{last.lineno})")
            return False

        return run

    return wrap


# --- images -------------------------------------------------------------------------------------


def png_decode(data):
    """Decodes an 8-bit PNG (any colour type, not interlaced) into (width, height, rows of pixels)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"not a PNG (starts with {data[:16]!r})"
    pos, idat, palette = 8, [], None
    width = height = depth = ctype = interlace = None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = [tuple(body[i:i + 3]) for i in range(0, len(body), 3)]
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    assert width, "PNG without IHDR"
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    assert depth == 8 or (ctype in (0, 3) and depth in (1, 2, 4)), f"unsupported bit depth {depth}"
    assert interlace == 0, "interlaced PNG not supported by this checker"
    raw = zlib.decompress(b"".join(idat))
    bits_per_pixel = depth * channels
    stride = (width * bits_per_pixel + 7) // 8
    bpp = max(1, bits_per_pixel // 8)
    rows, prev, pos = [], bytearray(stride), 0
    for _ in range(height):
        ftype, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 0xFF
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        if depth == 8:
            row = [bytes(line[i:i + channels]) for i in range(0, width * channels, channels)]
        else:  # packed palette or grey indices
            per_byte, mask = 8 // depth, (1 << depth) - 1
            row = [bytes([(line[i // per_byte] >> (8 - depth * (i % per_byte + 1))) & mask]) for i in range(width)]
        if palette is not None:
            row = [bytes(palette[v[0]]) for v in row]
        rows.append(row)
        prev = line
    return width, height, rows


def drawn_fraction(rows):
    """Share of pixels that differ from the most common one (the background)."""
    counts = collections.Counter(p for row in rows for p in row)
    background, n = counts.most_common(1)[0]
    return 1 - n / sum(counts.values())


def expect_png(data, width, height, min_drawn=0.002):
    w, h, rows = png_decode(data)
    assert (w, h) == (width, height), f"PNG is {w}x{h}, asked for {width}x{height}"
    drawn = drawn_fraction(rows)
    assert drawn >= min_drawn, f"PNG {w}x{h} is blank ({drawn:.2%} of pixels differ from the background)"
    return rows, drawn


def jpeg_size(data):
    assert data[:2] == b"\xff\xd8", f"not a JPEG (starts with {data[:16]!r})"
    pos = 2
    while pos < len(data):
        assert data[pos] == 0xFF, "broken JPEG marker sequence"
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return width, height
        pos += 2 + length
    raise AssertionError("JPEG without a frame header")


def body_of(response):
    data = response.read()
    ctype = response.info().get("Content-Type", "") if hasattr(response, "info") else ""
    return data, ctype


# --- OWSLib --------------------------------------------------------------------------------------


def owslib_checks(url, out):
    from owslib.wms import WebMapService  # imported here so that `png` works without OWSLib

    out.mkdir(parents=True, exist_ok=True)
    holder = {}

    @check("owslib-capabilities")
    def capabilities():
        wms = WebMapService(url, version="1.3.0", timeout=TIMEOUT)
        holder["wms"] = wms
        assert wms.identification.version == "1.3.0", f"version {wms.identification.version}"
        names = set(wms.contents)
        missing = [n for n in LAYERS if n not in names]
        assert not missing, f"layers {missing} missing; capabilities list {sorted(names)}"
        problems = []
        for name in LAYERS:
            layer = wms[name]
            crs = {str(c[4] if isinstance(c, tuple) else c) for c in (layer.crsOptions or [])}
            lacking = [c for c in CRSS if c not in crs]
            if lacking:
                problems.append(f"{name} lacks CRS {lacking} (has {sorted(crs)})")
            if not layer.styles:
                problems.append(f"{name} lists no style")
            if not layer.boundingBoxWGS84:
                problems.append(f"{name} has no EX_GeographicBoundingBox")
        zone_styles = set(wms["zones"].styles)
        if not ZONE_STYLES <= zone_styles:
            problems.append(f"zones styles {sorted(zone_styles)}, want {sorted(ZONE_STYLES)}")
        ops = {op.name: op for op in wms.operations}
        for op in ("GetCapabilities", "GetMap", "GetFeatureInfo"):
            if op not in ops:
                problems.append(f"operation {op} missing")
        if "GetMap" in ops:
            formats = set(ops["GetMap"].formatOptions)
            if not {"image/png", "image/jpeg"} <= formats:
                problems.append(f"GetMap formats {sorted(formats)}")
        if "GetFeatureInfo" in ops and "application/json" not in ops["GetFeatureInfo"].formatOptions:
            problems.append(f"GetFeatureInfo formats {ops['GetFeatureInfo'].formatOptions}")
        assert not problems, "; ".join(problems)
        return (f"layers {', '.join(LAYERS)}; zones styles {', '.join(sorted(zone_styles))}; "
                f"CRS {', '.join(CRSS)}; GetMap {', '.join(sorted(ops['GetMap'].formatOptions))}")

    if not capabilities():
        report(False, "owslib-getmap", "skipped: no capabilities")
        report(False, "owslib-getfeatureinfo", "skipped: no capabilities")
        report(False, "owslib-legend", "skipped: no capabilities")
        return
    wms = holder["wms"]

    def getmap(crs, bbox, fmt="image/png", style="investment"):
        return body_of(wms.getmap(layers=["zones"], styles=[style], srs=crs, bbox=bbox,
                                  size=(WIDTH, HEIGHT), format=fmt, transparent=False, timeout=TIMEOUT))

    @check("owslib-getmap")
    def getmap_png():
        # OWSLib takes the box as x/y and swaps it to lat/lon for EPSG:4326 in 1.3.0 by itself.
        data, ctype = getmap("EPSG:4326", BOX)
        (out / "owslib-getmap-4326.png").write_bytes(data)
        assert ctype.startswith("image/png"), f"Content-Type {ctype!r}: {data[:300]!r}"
        rows4326, drawn = expect_png(data, WIDTH, HEIGHT)
        # Tân Kiều lies in the middle of the box: its pixel must not be background.
        i, j = pixel_of(TAN_KIEU)
        centre = rows4326[j][i]
        background = collections.Counter(p for row in rows4326 for p in row).most_common(1)[0][0]
        assert centre != background, f"nothing drawn at Tân Kiều (pixel {i},{j} = background {centre.hex()})"
        # The same box as CRS:84 (lon/lat order) must give the same picture: axis order is handled.
        data84, ctype84 = getmap("CRS:84", BOX)
        (out / "owslib-getmap-crs84.png").write_bytes(data84)
        rows84, _ = expect_png(data84, WIDTH, HEIGHT)
        differ = sum(a != b for ra, rb in zip(rows4326, rows84) for a, b in zip(ra, rb)) / (WIDTH * HEIGHT)
        assert differ < 0.02, f"EPSG:4326 and CRS:84 images of the same box differ in {differ:.1%} of pixels"
        # EPSG:3857.
        bbox3857 = mercator(BOX[0], BOX[1]) + mercator(BOX[2], BOX[3])
        data3857, ctype3857 = getmap("EPSG:3857", bbox3857)
        (out / "owslib-getmap-3857.png").write_bytes(data3857)
        assert ctype3857.startswith("image/png"), f"EPSG:3857: Content-Type {ctype3857!r}: {data3857[:300]!r}"
        _, drawn3857 = expect_png(data3857, WIDTH, HEIGHT)
        # JPEG.
        jpg, ctype_jpg = getmap("EPSG:4326", BOX, fmt="image/jpeg")
        (out / "owslib-getmap-4326.jpg").write_bytes(jpg)
        assert ctype_jpg.startswith("image/jpeg"), f"JPEG: Content-Type {ctype_jpg!r}"
        assert jpeg_size(jpg) == (WIDTH, HEIGHT), f"JPEG is {jpeg_size(jpg)}, asked for {(WIDTH, HEIGHT)}"
        return (f"{WIDTH}x{HEIGHT} PNG, {drawn:.1%} drawn, zone at Tân Kiều; CRS:84 same image "
                f"({differ:.2%} differ); EPSG:3857 {drawn3857:.1%} drawn; JPEG {WIDTH}x{HEIGHT}")

    @check("owslib-getfeatureinfo")
    def getfeatureinfo():
        i, j = pixel_of(TAN_KIEU)
        response = wms.getfeatureinfo(layers=["zones"], styles=["investment"], srs="EPSG:4326", bbox=BOX,
                                      size=(WIDTH, HEIGHT), format="image/png", query_layers=["zones"],
                                      info_format="application/json", xy=(i, j), feature_count=5,
                                      timeout=TIMEOUT)
        data, ctype = body_of(response)
        (out / "owslib-getfeatureinfo.json").write_bytes(data)
        assert "json" in ctype, f"Content-Type {ctype!r}: {data[:300]!r}"
        doc = json.loads(data)
        features = doc.get("features", []) if isinstance(doc, dict) else []
        props = [f.get("properties") or {} for f in features]
        codes = [p.get("code") or f.get("id") for p, f in zip(props, features)]
        assert "kcn-tan-kieu" in codes, f"no kcn-tan-kieu at pixel {i},{j}; features: {codes} in {data[:300]!r}"
        hit = props[codes.index("kcn-tan-kieu")]
        assert hit.get("name") == "Tân Kiều", f"name {hit.get('name')!r}, want 'Tân Kiều'"
        extra = []
        for fmt, probe in (("text/html", "Tân Kiều"), ("text/plain", "Tân Kiều")):
            resp = wms.getfeatureinfo(layers=["zones"], styles=["investment"], srs="EPSG:4326", bbox=BOX,
                                      size=(WIDTH, HEIGHT), format="image/png", query_layers=["zones"],
                                      info_format=fmt, xy=(i, j), timeout=TIMEOUT)
            body, ctype2 = body_of(resp)
            text = body.decode("utf-8", "replace")
            assert ctype2.startswith(fmt), f"{fmt}: Content-Type {ctype2!r}"
            assert probe in text, f"{fmt}: no {probe!r} in {text[:200]!r}"
            extra.append(fmt)
        return (f"pixel {i},{j} of {WIDTH}x{HEIGHT} -> {len(features)} feature(s): kcn-tan-kieu 'Tân Kiều'; "
                f"also {', '.join(extra)}")

    @check("owslib-legend")
    def legend():
        style = wms["zones"].styles.get("investment") or {}
        href = style.get("legend")
        assert href, f"no LegendURL for zones/investment in the capabilities ({style})"
        from owslib.util import openURL
        data, ctype = body_of(openURL(href, timeout=TIMEOUT))
        assert ctype.startswith("image/png"), f"{href}: Content-Type {ctype!r}"
        w, h, rows = png_decode(data)
        assert drawn_fraction(rows) > 0.01, f"{href}: legend is blank"
        (out / "owslib-legend.png").write_bytes(data)
        return f"GetLegendGraphic from the capabilities' LegendURL: {w}x{h} PNG"

    @check("owslib-time")
    def time_dimension():
        zones = wms["zones"]
        positions = zones.timepositions or []
        assert len(positions) == 1 and positions[0].startswith("2000-01-01/") and positions[0].endswith("/P1D"), \
            f"zones time positions {positions}, want one range 2000-01-01/today/P1D"
        assert zones.defaulttimeposition == "current", f"default time {zones.defaulttimeposition!r}"
        assert wms["lots"].timepositions is None, f"lots have time positions {wms['lots'].timepositions}"
        # The seed's zones count from the start, so the first day of the extent draws Tân Kiều too.
        first = positions[0].split("/")[0]
        data = body_of(wms.getmap(layers=["zones"], styles=["investment"], srs="CRS:84", bbox=BOX,
                                  size=(WIDTH, HEIGHT), format="image/png", transparent=False, time=first,
                                  timeout=TIMEOUT))[0]
        (out / "owslib-getmap-time.png").write_bytes(data)
        rows, drawn = expect_png(data, WIDTH, HEIGHT)
        i, j = pixel_of(TAN_KIEU)
        background = collections.Counter(p for row in rows for p in row).most_common(1)[0][0]
        assert rows[j][i] != background, f"nothing drawn at Tân Kiều with TIME={first}"
        return f"zones: time {positions[0]}, default current; GetMap TIME={first} draws Tân Kiều ({drawn:.1%})"

    getmap_png()
    getfeatureinfo()
    legend()
    time_dimension()


def pixel_of(lonlat):
    lon, lat = lonlat
    i = int((lon - BOX[0]) / (BOX[2] - BOX[0]) * WIDTH)
    j = int((BOX[3] - lat) / (BOX[3] - BOX[1]) * HEIGHT)
    return i, j


def mercator(lon, lat):
    import math
    r = 6378137.0
    return (math.radians(lon) * r, math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * r)


def main(argv):
    if len(argv) == 3 and argv[0] == "owslib":
        owslib_checks(argv[1].rstrip("?"), Path(argv[2]))
    elif len(argv) == 4 and argv[0] == "png":
        # Prints one detail line (no PASS/FAIL: the caller names the check) and exits 0 or 1.
        try:
            _, drawn = expect_png(Path(argv[1]).read_bytes(), int(argv[2]), int(argv[3]))
            print(f"{argv[2]}x{argv[3]} PNG, {drawn:.1%} of pixels drawn")
        except (AssertionError, OSError, zlib.error, KeyError, struct.error) as e:
            print(f"{Path(argv[1]).name}: {e}")
            return 1
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
