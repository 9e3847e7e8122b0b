#!/usr/bin/env python3
"""Author the KCN Atlas seed data in geodata/ from the team's shared facts.

Reads (never copies) the shared facts directory:
  geodata/zones-facts.csv, geodata/targets.csv, seeds/*.txt and
  geodata/districts-dongthap-kiengiang.geojson (CC BY 3.0 IGO; used here only to
  compute label points and to check that generated zone boundaries fit inside
  their district; no part of its geometry is written out).

Writes provinces.csv, districts.csv, sources.csv, zones.geojson, lots.geojson,
targets.csv and reports.csv into geodata/, then re-reads them and runs the
checks listed in geodata/README.md, exiting non-zero if any fails.

Zone boundaries are approximate: a rotated rectangle with one or two corners cut
(aspect, rotation and cuts from a hash of the zone code), sized to the declared
area (or a nominal one), centred on the commune estimate and moved the least
distance needed to fit its district and keep clear of other zones.
Lots are an illustrative subdivision, not surveyed.

Standard library only.  Usage:
    python3 geodata/tools/author_seed.py [--shared /path/to/shared] [--out DIR]
"""

import argparse
import csv
import hashlib
import json
import math
import os
import re
import sys
import unicodedata

# --------------------------------------------------------------------------
# Constants and hand-curated tables
# --------------------------------------------------------------------------

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563
WGS84_E2 = WGS84_F * (2 - WGS84_F)
WGS84_E = math.sqrt(WGS84_E2)

PROVINCES = [("dong-thap", "Đồng Tháp"), ("kien-giang", "Kiên Giang")]

# geojson unit_type -> (csv unit_type, code prefix, display prefix)
UNIT_TYPES = {
    "huyện": ("huyen", "huyen", "H."),
    "thành phố": ("thanh_pho", "tp", "TP"),
    "thị xã": ("thi_xa", "tx", "TX"),
}
# prefixes found in facts/targets text -> csv unit_type
TEXT_PREFIXES = [
    (r"^(H\.|huyện)\s*", "huyen"),
    (r"^(TP\.?|thành phố)\s*", "thanh_pho"),
    (r"^(TX\.?|thị xã)\s*", "thi_xa"),
]

NOMINAL_AREA_HA = {"KCN": 50.0, "CCN": 30.0}
DEFAULT_AS_OF = "2022-12-31"
CODE_RE = re.compile(r"^(kcn|ccn)-[a-z0-9-]+$")

# Placement rules (metres).  Search margins sit a little inside the check
# thresholds so that rounding to 6 decimals cannot break a check.
DISTRICT_CLEARANCE_M = 100.0
ZONE_GAP_M = 50.0
LINKED_GAP_MAX_M = 150.0
SEARCH_MARGIN_M = 5.0
MAX_OFFSET_M = 6000.0
AIM_OFFSET_M = 3000.0
COARSE_STEP_M = 100.0
FINE_STEP_M = 10.0

# An extension / later phase is placed adjacent to its parent and shares its
# orientation (same rotation), so the pair reads as one estate.
LINKED_TO = {
    "kcn-tran-quoc-toan-mo-rong": "kcn-tran-quoc-toan",
    "kcn-thanh-loc-2": "kcn-thanh-loc",
}

# Seed documents: title as the document names itself, issuer, issue date as
# stated (blank when the text does not state one), and a fragment of the text
# that must be present (checked, so a title cannot drift from its document).
SEED_SOURCES = {
    "000_94adf07991790db2": dict(
        title="Kế hoạch triển khai thực hiện Kết luận số 248-KL/TU ngày 26/11/2021 "
              "của Ban Chấp hành Đảng bộ Tỉnh khóa XI về tiếp tục thực hiện tái cơ cấu "
              "ngành Công nghiệp tỉnh Đồng Tháp đến năm 2025, tầm nhìn đến năm 2030",
        issuer="UBND huyện Cao Lãnh", issued="",
        evidence="Uỷ ban nhân dân Huyện xây dựng Kế hoạch triển khai thực hiện"),
    "001_3d3481c360888731": dict(
        title="Kế hoạch tiếp tục thực hiện tái cơ cấu ngành Công nghiệp tỉnh Đồng Tháp "
              "đến năm 2025, tầm nhìn đến năm 2030",
        issuer="UBND thành phố Cao Lãnh", issued="",
        evidence="Ủy ban nhân dân thành phố Cao Lãnh xây dựng kế hoạch"),
    "002_6c09c1a50aa5fc0e": dict(
        title="Kế hoạch thực hiện Tái cơ cấu ngành công nghiệp huyện Hồng Ngự đến 2025, "
              "tầm nhìn đến năm 2030",
        issuer="UBND huyện Hồng Ngự", issued="2022-02",
        evidence="Hồng Ngự, ngày tháng 02 năm 2022"),
    "003_4cb41a0515343e68": dict(
        title="Kế hoạch triển khai thực hiện Nghị quyết số 124/NQ-CP ngày 03/9/2020 của "
              "Chính phủ năm 2022 trên địa bàn tỉnh Đồng Tháp",
        issuer="UBND tỉnh Đồng Tháp", issued="2022-01",
        evidence="tháng 01 năm 2022"),
    "004_53d47e5277c7f35a": dict(
        title="Chương trình hành động về phát triển công nghiệp tỉnh giai đoạn 2021-2025, "
              "định hướng đến năm 2030",
        issuer="Tỉnh ủy Kiên Giang", issued="",
        evidence="T/M TỈNH ỦY"),
}

# Public sources cited in zones-facts.csv `public_source` (split on ';').
# Every citation string must map to one id here; several spellings of the same
# source map to the same id.
PUBLIC_SOURCES = [
    dict(id="sggpnews-2020-04-19", title="Dong Thap province establishes Tan Kieu Industrial Park",
         issuer="SGGP News", issued="2020-04-19", kind="press",
         url="https://sggpnews.org.vn/business/dong-thap-province-establishes-tan-kieu-industrial-park-86536.html",
         cited_as=["sggpnews.org.vn 2020-04-19"]),
    dict(id="baodauthau", title="", issuer="Báo Đấu thầu",
         issued="", kind="press", url="https://baodauthau.vn",
         cited_as=["baodauthau.vn"]),
    dict(id="vietnamplus-2021", title="", issuer="VietnamPlus",
         issued="2021", kind="press", url="",
         cited_as=["vietnamplus 2021"]),
    dict(id="dongthap-gov-vn", title="", issuer="Cổng thông tin điện tử tỉnh Đồng Tháp",
         issued="", kind="official", url="https://dongthap.gov.vn",
         cited_as=["dongthap.gov.vn", "dongthap.gov.vn (86 ha extension planned)",
                   "dongthap.gov.vn (150 ha in the 2012 plan; larger figures quoted later)",
                   "dongthap.gov.vn (500 ha planned in 2012)"]),
    dict(id="qd-252-2009", title="QĐ 252/2009 (bản đăng trên tailieusinhvien.net)",
         issuer="tailieusinhvien.net", issued="2009", kind="official",
         url="https://tailieusinhvien.net",
         cited_as=["tailieusinhvien.net (QĐ 252/2009)"]),
    dict(id="nso-sa-dec-a1", title="Sa Dec A1 Industrial Park", issuer="nso.com.vn",
         issued="", kind="press",
         url="https://nso.com.vn/en/n/detail/sa-dec-a1-industrial-park-260",
         cited_as=["nso.com.vn sa-dec-a1-industrial-park-260",
                   "nso.com.vn/en/n/detail/sa-dec-a1-industrial-park-260"]),
    dict(id="nso-thanh-loc", title="Thanh Loc Industrial Park", issuer="nso.com.vn",
         issued="", kind="press",
         url="https://nso.com.vn/en/n/detail/thanh-loc-industrial-park-293",
         cited_as=["nso.com.vn/en/n/detail/thanh-loc-industrial-park-293"]),
    dict(id="nso-com-vn", title="", issuer="nso.com.vn",
         issued="", kind="press", url="https://nso.com.vn",
         cited_as=["nso.com.vn (250 ha in two phases: 150 + 100)"]),
    dict(id="kitra-2015", title="Planning Industrial Parks to Sharpen Comoetitive Edge", issuer="kitra.com.vn",
         issued="2015-02-02", kind="official",
         url="http://kitra.com.vn/index.php?option=com_k2&view=item&id=803:planning-industrial-parks-to-sharpen"
             "-comoetitive-edge&Itemid=201&tmpl=component&print=1&lang=en",
         cited_as=["kitra.com.vn 2015"]),
    dict(id="kitra", title="", issuer="kitra.com.vn",
         issued="", kind="official", url="https://kitra.com.vn",
         cited_as=["kitra.com.vn"]),
    dict(id="arit-gov-vn", title="", issuer="arit.gov.vn",
         issued="", kind="official", url="https://arit.gov.vn",
         cited_as=["arit.gov.vn"]),
    dict(id="baokiengiang", title="", issuer="Báo Kiên Giang",
         issued="", kind="press", url="https://baokiengiang.vn",
         cited_as=["baokiengiang.vn"]),
    dict(id="baokiengiang-2023-07-18", title="", issuer="Báo Kiên Giang",
         issued="2023-07-18", kind="press",
         url="https://baokiengiang.vn/trong-tinh/kien-giang-phat-trien-cac-khu-cong-nghiep-cum-cong-nghiep-15739.html",
         cited_as=["baokiengiang.vn 2023-07-18"]),
    dict(id="top10tphcm", title="", issuer="top10tphcm.com",
         issued="", kind="press", url="https://top10tphcm.com/?p=104503",
         cited_as=["top10tphcm.com"]),
]

# Sources of the contacts only (the facts do not cite them): pages that name a board or department and
# what it manages. None of them gives a phone number, an email or a street address.
CONTACT_SOURCES = [
    # Decision 1548/QĐ-TTg of 17/7/2025 sets up the board for the merged province; names it in English.
    dict(id="laodong-bqlkkt-dong-thap-2025", title="Dong Thap has a new Head of the Provincial Economic Zone "
         "Management Board", issuer="Lao Động", issued="", kind="press",
         url="https://news.laodong.vn/xa-hoi/dong-thap-co-tan-truong-ban-quan-ly-khu-kinh-te-tinh-1549334.ldo"),
    # The Department of Industry and Trade reviews where the province's industrial clusters go.
    dict(id="vietnammoi-2021-06-24", title="", issuer="Vietnammoi", issued="2021-06-24", kind="press",
         url="https://vietnammoi.vn/dong-thap-thu-hut-dau-tu-vao-cac-khu-cum-cong-nghiep-20210624114839559.htm"),
]

# Whom an investor calls: a KCN's provincial economic zone board, a CCN's provincial Department of Industry
# and Trade, each as a source names it. A name in English only where that source gives one.
CONTACTS = [
    dict(id="bqlkkt-dong-thap", kind="board", name_vi="Ban Quản lý Khu kinh tế tỉnh Đồng Tháp",
         name_en="Dong Thap Economic Zone Management Board", source_id="laodong-bqlkkt-dong-thap-2025"),
    # nso.com.vn names it as Thạnh Lộc's investor; top10tphcm.com as the investor of Thuận Yên and Xẻo Rô.
    dict(id="bqlkkt-kien-giang", kind="board", name_vi="Ban Quản lý Khu kinh tế tỉnh Kiên Giang",
         name_en="Kien Giang Economic Zones Authority", source_id="nso-thanh-loc"),
    dict(id="sct-dong-thap", kind="department", name_vi="Sở Công Thương tỉnh Đồng Tháp", name_en="",
         source_id="vietnammoi-2021-06-24"),
    # The article has the province's Department of Industry and Trade review its industrial clusters.
    dict(id="sct-kien-giang", kind="department", name_vi="Sở Công Thương tỉnh Kiên Giang", name_en="",
         source_id="baokiengiang-2023-07-18"),
]
CONTACT_COLUMNS = ["id", "kind", "name_vi", "name_en", "phone", "email", "url", "address", "source_id"]
CONTACT_BY_KIND_PROVINCE = {
    ("KCN", "Đồng Tháp"): "bqlkkt-dong-thap", ("KCN", "Kiên Giang"): "bqlkkt-kien-giang",
    ("CCN", "Đồng Tháp"): "sct-dong-thap", ("CCN", "Kiên Giang"): "sct-kien-giang",
}

# What the rent covers, as the zone's source states it: nso.com.vn gives Sa Đéc A1's sublease price as
# "35 -50 USD / m / time remaining lease (excluding VAT)" and its land-lease term as "Zone A1 (until 2052)".
RENT_TERMS = {"kcn-sa-dec-a1": ("lease_term", 2052)}

# Developer texts that need cleaning: the facts text -> (developer, rent min, rent max)
DEVELOPER_CLEANUP = {
    "Dong Thap construction and building-materials JSC (VND 1.26 trillion; 50-year term)":
        ("Dong Thap construction and building-materials JSC", None, None),
}
RENT_RE = re.compile(r"^(?P<dev>.*?)\s*\(rent (?P<lo>\d+(?:\.\d+)?)\s*[–-]\s*(?P<hi>\d+(?:\.\d+)?) USD/m²\)$")

# kcn-song-hau: the source says >98% of 45.2 leasable ha are leased.
LEASED_HA = {"kcn-song-hau": round(0.98 * 45.2, 2)}

# Illustrative lot layouts: rows of strips across the short axis, columns by
# weight along the long axis, road gap between lots, and target lot area.
LOT_GAP_M = 18.0
LOT_MIN_PERIMETER_ROAD_M = 10.0
LOT_SOURCE = "illustrative lot layout, not surveyed"
LOT_PLANS = [
    dict(zone="kcn-song-hau", rows=2, col_weights=[1, 1, 0.225, 1, 1],
         target="leasable", policy="one_small_available", count=(8, 12)),
    dict(zone="kcn-thanh-loc", rows=4, col_weights=[1, 1, 1, 1],
         target=0.70, policy="leased_share_0.75", count=(12, 20)),
    dict(zone="kcn-sa-dec-a1", rows=3, col_weights=[1, 1, 1],
         target=0.70, policy="two_smallest_available_priced", count=(6, 10)),
]

ZONE_PROPERTY_ORDER = [
    "code", "name", "nameInSource", "kind", "province", "district", "districtCode", "commune",
    "lifecycle", "clearanceStatus", "investmentStatus", "areaHa", "leasableHa", "clearedHa",
    "leasedHa", "developer", "rentMinUsdM2", "rentMaxUsdM2", "rentBasis", "rentUntilYear", "contact",
    "contactId", "boundaryQuality",
    "source", "sourceIds", "asOf",
]
LIFECYCLES = {"planned", "under_construction", "operating", "removed_from_plan"}
CLEARANCES = {"not_started", "in_progress", "completed"}
INVESTMENTS = {"not_open", "seeking_infrastructure_investor", "seeking_tenants", "closed"}


class CheckFailed(Exception):
    pass


def require(cond, message):
    if not cond:
        raise CheckFailed(message)


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

def nfc(text):
    return unicodedata.normalize("NFC", text.strip()) if text is not None else None


def ascii_slug(text):
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", "-", text.lower())
    return text.strip("-")


def number_or_none(text):
    text = (text or "").strip()
    if not text:
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def squash_spaces(text):
    return re.sub(r"\s+", " ", text)


# --------------------------------------------------------------------------
# Geometry: projections and areas
# --------------------------------------------------------------------------

class LocalFrame:
    """Affine east/north metres around (lat0, lon0).

    Affine in lon/lat, so straight lon/lat edges stay straight and
    inside/crossing tests are exact; distances are accurate to ~1e-4 within
    tens of km at these latitudes.
    """

    def __init__(self, lat0, lon0):
        self.lat0, self.lon0 = lat0, lon0
        phi = math.radians(lat0)
        w = 1 - WGS84_E2 * math.sin(phi) ** 2
        meridian = WGS84_A * (1 - WGS84_E2) / w ** 1.5
        normal = WGS84_A / math.sqrt(w)
        self.ky = meridian * math.pi / 180
        self.kx = normal * math.cos(phi) * math.pi / 180

    def xy(self, lon, lat):
        return ((lon - self.lon0) * self.kx, (lat - self.lat0) * self.ky)

    def lonlat(self, x, y):
        return (self.lon0 + x / self.kx, self.lat0 + y / self.ky)

    def ring_xy(self, ring):
        return [self.xy(lon, lat) for lon, lat in ring]

    def ring_lonlat(self, ring):
        return [self.lonlat(x, y) for x, y in ring]


def authalic_q(lat_deg):
    s = math.sin(math.radians(lat_deg))
    return (1 - WGS84_E2) * (s / (1 - WGS84_E2 * s * s)
                             - 1 / (2 * WGS84_E) * math.log((1 - WGS84_E * s) / (1 + WGS84_E * s)))


def ellipsoidal_area_m2(ring):
    """Area of a lon/lat ring on the WGS84 ellipsoid (Lambert cylindrical
    equal-area projection, exact for area; edges taken straight in it)."""
    pts = [(WGS84_A * math.radians(lon), WGS84_A * authalic_q(lat) / 2) for lon, lat in ring]
    return abs(signed_area(pts))


def signed_area(ring):
    """Shoelace area; positive for counter-clockwise.  Ring may be open or closed."""
    pts = open_ring(ring)
    total = 0.0
    for i, (x1, y1) in enumerate(pts):
        x2, y2 = pts[(i + 1) % len(pts)]
        total += x1 * y2 - x2 * y1
    return total / 2


def centroid(ring):
    pts = open_ring(ring)
    a = signed_area(pts)
    cx = cy = 0.0
    for i, (x1, y1) in enumerate(pts):
        x2, y2 = pts[(i + 1) % len(pts)]
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (6 * a), cy / (6 * a))


def open_ring(ring):
    pts = [tuple(p) for p in ring]
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    return pts


def closed_ring(ring):
    pts = open_ring(ring)
    return pts + [pts[0]]


def distance_m(lat1, lon1, lat2, lon2):
    frame = LocalFrame(lat1, lon1)
    x, y = frame.xy(lon2, lat2)
    return math.hypot(x, y)


# --------------------------------------------------------------------------
# Geometry: predicates
# --------------------------------------------------------------------------

def orient(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def on_segment(a, b, p):
    return (min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def segments_intersect(p1, p2, p3, p4):
    """True if closed segments p1p2 and p3p4 share any point."""
    d1, d2 = orient(p3, p4, p1), orient(p3, p4, p2)
    d3, d4 = orient(p1, p2, p3), orient(p1, p2, p4)
    if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
        return True
    return ((d1 == 0 and on_segment(p3, p4, p1)) or (d2 == 0 and on_segment(p3, p4, p2))
            or (d3 == 0 and on_segment(p1, p2, p3)) or (d4 == 0 and on_segment(p1, p2, p4)))


def ring_is_simple(ring):
    """No two non-adjacent edges touch, and no repeated vertex."""
    pts = open_ring(ring)
    n = len(pts)
    if n < 3 or len(set(pts)) != n:
        return False
    edges = [(pts[i], pts[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                continue
            if segments_intersect(*edges[i], *edges[j]):
                return False
    return True


def point_in_ring(p, ring):
    x, y = p
    pts = open_ring(ring)
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        xi, yi = pts[i]
        xj, yj = pts[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_segment_distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1])


def ring_edges(ring):
    pts = open_ring(ring)
    return [(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts))]


def rings_cross(ring_a, ring_b):
    """True if any edge of ring_a touches any edge of ring_b."""
    edges_b = ring_edges(ring_b)
    for a1, a2 in ring_edges(ring_a):
        lo_x, hi_x = min(a1[0], a2[0]), max(a1[0], a2[0])
        lo_y, hi_y = min(a1[1], a2[1]), max(a1[1], a2[1])
        for b1, b2 in edges_b:
            if (max(b1[0], b2[0]) < lo_x or min(b1[0], b2[0]) > hi_x
                    or max(b1[1], b2[1]) < lo_y or min(b1[1], b2[1]) > hi_y):
                continue
            if segments_intersect(a1, a2, b1, b2):
                return True
    return False


def ring_gap(ring_a, ring_b):
    """Minimum distance between two non-crossing rings' boundaries."""
    best = math.inf
    for p in open_ring(ring_a):
        for b1, b2 in ring_edges(ring_b):
            best = min(best, point_segment_distance(p, b1, b2))
    for p in open_ring(ring_b):
        for a1, a2 in ring_edges(ring_a):
            best = min(best, point_segment_distance(p, a1, a2))
    return best


def ring_inside(inner, outer):
    """All vertices of inner inside outer and no edge crossing outer's border."""
    return all(point_in_ring(p, outer) for p in open_ring(inner)) and not rings_cross(inner, outer)


def polygons_gap(ring_a, ring_b):
    """Distance between two polygons; 0 when they overlap or touch."""
    if rings_cross(ring_a, ring_b):
        return 0.0
    if point_in_ring(open_ring(ring_a)[0], ring_b) or point_in_ring(open_ring(ring_b)[0], ring_a):
        return 0.0
    return ring_gap(ring_a, ring_b)


def clip_half_plane(poly, a, b, offset):
    """Keep the part of poly left of line a->b shifted left by offset (Sutherland-Hodgman)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    nx, ny = -dy / length, dx / length
    limit = nx * a[0] + ny * a[1] + offset

    def side(p):
        return nx * p[0] + ny * p[1] - limit

    out = []
    pts = open_ring(poly)
    for i, cur in enumerate(pts):
        prev = pts[i - 1]
        s_cur, s_prev = side(cur), side(prev)
        if s_cur >= 0:
            if s_prev < 0:
                t = s_prev / (s_prev - s_cur)
                out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
            out.append(cur)
        elif s_prev >= 0:
            t = s_prev / (s_prev - s_cur)
            out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
    return out


def clip_to_convex(poly, convex, inset=0.0):
    """Clip poly to a counter-clockwise convex polygon shrunk by inset metres."""
    out = open_ring(poly)
    for a, b in ring_edges(convex):
        if len(out) < 3:
            return []
        out = clip_half_plane(out, a, b, inset)
    return out


def clean_ring(ring, tol=0.01):
    """Drop near-duplicate and collinear vertices (tolerance in ring units)."""
    pts = []
    for p in open_ring(ring):
        if not pts or math.hypot(p[0] - pts[-1][0], p[1] - pts[-1][1]) > tol:
            pts.append(p)
    if len(pts) > 1 and math.hypot(pts[0][0] - pts[-1][0], pts[0][1] - pts[-1][1]) <= tol:
        pts.pop()
    changed = True
    while changed and len(pts) > 3:
        changed = False
        for i in range(len(pts)):
            a, b, c = pts[i - 1], pts[i], pts[(i + 1) % len(pts)]
            if abs(orient(a, b, c)) <= tol * math.hypot(c[0] - a[0], c[1] - a[1]):
                pts.pop(i)
                changed = True
                break
    return pts


def rotate(pts, angle_rad):
    c, s = math.cos(angle_rad), math.sin(angle_rad)
    return [(x * c - y * s, x * s + y * c) for x, y in pts]


def translate(pts, dx, dy):
    return [(x + dx, y + dy) for x, y in pts]


def scale_about(pts, origin, factor):
    ox, oy = origin
    return [(ox + (x - ox) * factor, oy + (y - oy) * factor) for x, y in pts]


def round_ring(ring_lonlat, digits=6):
    pts = [(round(lon, digits), round(lat, digits)) for lon, lat in open_ring(ring_lonlat)]
    if signed_area(pts) < 0:
        pts.reverse()
    return closed_ring(pts)


# --------------------------------------------------------------------------
# Label points (pole of inaccessibility by grid search)
# --------------------------------------------------------------------------

def pole_of_inaccessibility(contains, edges_lonlat, bbox):
    """Interior point farthest from the given boundary edges.

    contains(lon, lat) -> bool; edges as lon/lat segment pairs; bbox = (minlon,
    minlat, maxlon, maxlat).  Coarse 60x60 grid, then 6 rounds of 21x21 local
    refinement.  Returns (lon, lat, distance_m).
    """
    min_lon, min_lat, max_lon, max_lat = bbox
    frame = LocalFrame((min_lat + max_lat) / 2, (min_lon + max_lon) / 2)
    edges = [(frame.xy(*a), frame.xy(*b)) for a, b in edges_lonlat]

    def depth(lon, lat):
        if not contains(lon, lat):
            return -1.0
        p = frame.xy(lon, lat)
        return min(point_segment_distance(p, a, b) for a, b in edges)

    def search(c_lon, c_lat, half_lon, half_lat, n):
        best = (-1.0, c_lon, c_lat)
        for i in range(n):
            for j in range(n):
                lon = c_lon - half_lon + 2 * half_lon * (i + 0.5) / n
                lat = c_lat - half_lat + 2 * half_lat * (j + 0.5) / n
                d = depth(lon, lat)
                if d > best[0]:
                    best = (d, lon, lat)
        return best

    half_lon, half_lat = (max_lon - min_lon) / 2, (max_lat - min_lat) / 2
    best = search((min_lon + max_lon) / 2, (min_lat + max_lat) / 2, half_lon, half_lat, 60)
    require(best[0] > 0, "no interior point found")
    for _ in range(6):
        half_lon, half_lat = half_lon / 6, half_lat / 6
        cand = search(best[1], best[2], half_lon, half_lat, 21)
        if cand[0] > best[0]:
            best = cand
    return best[1], best[2], best[0]


def bbox_of(rings):
    lons = [p[0] for r in rings for p in r]
    lats = [p[1] for r in rings for p in r]
    return (min(lons), min(lats), max(lons), max(lats))


def district_label(district):
    ring = district["main_ring"]
    lon, lat, depth = pole_of_inaccessibility(
        lambda x, y: point_in_ring((x, y), ring), ring_edges(ring), bbox_of([ring]))
    return lon, lat, depth


def province_outer_edges(districts):
    """Edges of the union of the districts: edges used by exactly one district
    ring (the source keeps shared borders vertex-identical)."""
    count = {}
    for d in districts:
        for ring in d["rings"]:
            for a, b in ring_edges(ring):
                key = (min(a, b), max(a, b))
                count[key] = count.get(key, 0) + 1
    return [k for k, v in count.items() if v == 1]


def province_label(districts):
    rings = [r for d in districts for r in d["rings"]]
    edges = province_outer_edges(districts)
    lon, lat, depth = pole_of_inaccessibility(
        lambda x, y: any(point_in_ring((x, y), r) for r in rings), edges, bbox_of(rings))
    return lon, lat, depth


# --------------------------------------------------------------------------
# Loading inputs
# --------------------------------------------------------------------------

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: nfc(v) for k, v in row.items()} for row in csv.DictReader(fh)]


def load_districts(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    province_codes = {name: code for code, name in PROVINCES}
    districts = []
    for feature in data["features"]:
        props = feature["properties"]
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = [[tuple(p) for p in poly[0]] for poly in polygons]
        require(all(len(poly) == 1 for poly in polygons), "district polygons with holes are not handled")
        raw_name = nfc(props["district"])
        unit_type, prefix, display = UNIT_TYPES[nfc(props["unit_type"])]
        name = re.sub(r"^(TP|TX|H\.)\s+", "", raw_name)
        province = nfc(props["province"])
        province_code = province_codes[province]
        districts.append(dict(
            code=f"{province_code}.{prefix}-{ascii_slug(name)}",
            province_code=province_code, province=province, name=name, unit_type=unit_type,
            display=f"{display} {name}", rings=rings,
            main_ring=max(rings, key=lambda r: abs(signed_area(r))),
        ))
    codes = [d["code"] for d in districts]
    require(len(codes) == len(set(codes)), "duplicate district codes")
    return districts


def resolve_district(districts, province_name, text):
    """Find a district from text such as 'H. Cao Lãnh', 'TP Sa Đéc' or 'Lai Vung'."""
    text = nfc(text)
    unit_type = None
    for pattern, unit in TEXT_PREFIXES:
        m = re.match(pattern, text, flags=re.IGNORECASE)
        if m:
            unit_type, text = unit, text[m.end():]
            break
    matches = [d for d in districts
               if d["province"] == province_name and ascii_slug(d["name"]) == ascii_slug(text)
               and (unit_type is None or d["unit_type"] == unit_type)]
    require(len(matches) == 1, f"district {province_name} / {text!r} ({unit_type}) matched {len(matches)}")
    return matches[0]


def resolve_scope(districts, scope_type, scope, zone_codes):
    if scope_type == "zone":
        require(scope in zone_codes, f"target zone {scope} unknown")
        return scope
    if scope_type == "province":
        codes = [code for code, name in PROVINCES if name == scope]
        require(len(codes) == 1, f"target province {scope} unknown")
        return codes[0]
    if scope_type == "district":
        province_name, district_text = [s.strip() for s in scope.split("/", 1)]
        return resolve_district(districts, province_name, district_text)["code"]
    raise CheckFailed(f"unknown scope_type {scope_type}")


def split_citations(text):
    """Split a public_source cell on ';' outside parentheses."""
    parts, depth, current = [], 0, ""
    for ch in text or "":
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == ";" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def public_source_index():
    index = {}
    for src in PUBLIC_SOURCES:
        for cited in src["cited_as"]:
            index[cited] = src["id"]
    return index


# --------------------------------------------------------------------------
# Outputs: provinces, districts, sources
# --------------------------------------------------------------------------

def build_provinces(districts):
    rows = []
    for code, name in PROVINCES:
        members = [d for d in districts if d["province_code"] == code]
        lon, lat, depth = province_label(members)
        rows.append(dict(code=code, name=name, label_lat=f"{lat:.5f}", label_lon=f"{lon:.5f}"))
        print(f"province {code}: label {lat:.5f},{lon:.5f} ({depth / 1000:.1f} km from the coast/border)")
    return rows


def build_district_rows(districts):
    rows = []
    for d in districts:
        lon, lat, _ = district_label(d)
        rows.append(dict(code=d["code"], province_code=d["province_code"], name=d["name"],
                         unit_type=d["unit_type"], label_lat=f"{lat:.5f}", label_lon=f"{lon:.5f}"))
    return rows


def build_sources(seed_dir, facts):
    rows = []
    for stem, meta in SEED_SOURCES.items():
        path = os.path.join(seed_dir, stem + ".txt")
        with open(path, encoding="utf-8") as fh:
            text = squash_spaces(nfc(fh.read()))
        require(squash_spaces(meta["evidence"]) in text, f"seed {stem}: evidence text not found")
        rows.append(dict(id=stem, title=meta["title"], issuer=meta["issuer"], issued=meta["issued"],
                         kind="plan", url=""))
    index = public_source_index()
    cited = {c for row in facts for c in split_citations(row["public_source"])}
    unknown = sorted(c for c in cited if c not in index)
    require(not unknown, f"public sources without a sources.csv row: {unknown}")
    used = {index[c] for c in cited} | {c["source_id"] for c in CONTACTS}
    for src in PUBLIC_SOURCES + CONTACT_SOURCES:
        if src["id"] in used:
            rows.append({k: src[k] for k in ("id", "title", "issuer", "issued", "kind", "url")})
    return rows


def build_contacts():
    return [{k: c.get(k, "") for k in CONTACT_COLUMNS} for c in CONTACTS]


# --------------------------------------------------------------------------
# Zones
# --------------------------------------------------------------------------

def hash_units(text, count):
    """Deterministic numbers in [0, 1) from a text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return [int.from_bytes(digest[4 * i:4 * i + 4], "big") / 2 ** 32 for i in range(count)]


def zone_shape(code, rotation_key):
    """Unit-area-ish outline in metres, centroid at origin: a rotated rectangle
    (aspect 1.3-2.0) with one or two corners cut.  Returns (points, rotation_rad)."""
    u = hash_units(code, 8)
    aspect = 1.3 + 0.7 * u[0]
    rotation = math.radians(180 * hash_units(rotation_key, 1)[0])
    width, height = math.sqrt(aspect), 1 / math.sqrt(aspect)
    corners = [(-width / 2, -height / 2), (width / 2, -height / 2),
               (width / 2, height / 2), (-width / 2, height / 2)]
    n_cuts = 1 + int(u[1] * 2)
    first = int(u[2] * 4)
    cut_corners = {first, (first + 1 + int(u[3] * 3)) % 4} if n_cuts == 2 else {first}
    pts = []
    for i, corner in enumerate(corners):
        if i not in cut_corners:
            pts.append(corner)
            continue
        prev_c, next_c = corners[i - 1], corners[(i + 1) % 4]
        leg_in = (0.15 + 0.15 * u[4 + (i % 2)]) * height
        leg_out = (0.15 + 0.15 * u[6 + (i % 2)]) * height
        for other, leg in ((prev_c, leg_in), (next_c, leg_out)):
            dx, dy = other[0] - corner[0], other[1] - corner[1]
            length = math.hypot(dx, dy)
            pts.append((corner[0] + dx / length * leg, corner[1] + dy / length * leg))
    pts = rotate(pts, rotation)
    cx, cy = centroid(pts)
    return translate(pts, -cx, -cy), rotation


def sized_shape(unit_shape, area_m2):
    return scale_about(unit_shape, (0.0, 0.0), math.sqrt(area_m2 / abs(signed_area(unit_shape))))


def district_ring_for(district, lat, lon):
    """The district part holding the estimate, else the nearest part."""
    for ring in district["rings"]:
        if point_in_ring((lon, lat), ring):
            return ring
    frame = LocalFrame(lat, lon)
    return min(district["rings"],
               key=lambda r: min(point_segment_distance((0, 0), a, b) for a, b in ring_edges(frame.ring_xy(r))))


def placement_ok(ring, district_xy, neighbours, parent):
    """Rules for a candidate ring (all in one local frame, metres)."""
    if not ring_inside(ring, district_xy):
        return False
    if ring_gap(ring, district_xy) < DISTRICT_CLEARANCE_M + SEARCH_MARGIN_M:
        return False
    for other in neighbours:
        if polygons_gap(ring, other) < ZONE_GAP_M + SEARCH_MARGIN_M:
            return False
    if parent is not None and polygons_gap(ring, parent) > LINKED_GAP_MAX_M - SEARCH_MARGIN_M:
        return False
    return True


def grid_offsets(radius, step, centre=(0.0, 0.0)):
    n = int(radius // step)
    offs = [(centre[0] + i * step, centre[1] + j * step)
            for i in range(-n, n + 1) for j in range(-n, n + 1)
            if math.hypot(i * step, j * step) <= radius]
    return sorted(offs, key=lambda o: (round(math.hypot(*o), 6), round(math.atan2(o[1], o[0]), 9)))


def place_shape(shape, district_xy, neighbours, parent):
    """Least move (coarse 100 m grid, refined to 10 m) satisfying placement_ok."""
    def ok(off):
        return placement_ok(translate(shape, *off), district_xy, neighbours, parent)

    coarse = next((off for off in grid_offsets(MAX_OFFSET_M, COARSE_STEP_M) if ok(off)), None)
    require(coarse is not None, "no valid placement within 6 km")
    if coarse == (0.0, 0.0):
        return coarse
    fine = [off for off in grid_offsets(COARSE_STEP_M * 1.5, FINE_STEP_M, coarse)
            if math.hypot(*off) < math.hypot(*coarse)]
    return next((off for off in sorted(fine, key=lambda o: math.hypot(*o)) if ok(off)), coarse)


def fit_area(ring_lonlat, target_m2, frame):
    """Scale a lon/lat ring about its centroid until its ellipsoidal area hits target."""
    ring_xy = frame.ring_xy(ring_lonlat)
    for _ in range(4):
        area = ellipsoidal_area_m2(frame.ring_lonlat(ring_xy))
        ring_xy = scale_about(ring_xy, centroid(ring_xy), math.sqrt(target_m2 / area))
    return frame.ring_lonlat(ring_xy)


def clean_developer(text):
    if not text:
        return None, None, None
    if text in DEVELOPER_CLEANUP:
        return DEVELOPER_CLEANUP[text]
    m = RENT_RE.match(text)
    if m:
        return m.group("dev"), number_or_none(m.group("lo")), number_or_none(m.group("hi"))
    return text, None, None


def rent_basis(code, rent_lo, rent_hi):
    """The rent's basis as its source states it; a price with no stated basis says so."""
    if rent_lo is None and rent_hi is None:
        return None
    return RENT_TERMS.get(code, ("not_stated", None))[0]


def zone_source_ids(row, index):
    ids = []
    if row["seed_file"]:
        ids.append(os.path.splitext(row["seed_file"])[0])
    for cited in split_citations(row["public_source"]):
        if index[cited] not in ids:
            ids.append(index[cited])
    return ids


def zone_as_of(source_ids, sources_by_id):
    dates = [sources_by_id[s]["issued"] for s in source_ids]
    full_dates = [d for d in dates if re.match(r"^\d{4}-\d{2}-\d{2}$", d or "")]
    return max([DEFAULT_AS_OF] + full_dates)


def zone_source_text(row, nominal, moved_m):
    parts = []
    if row["seed_file"]:
        seed_no = row["seed_file"].split("_")[0]
        written = row["name_as_written_in_seeds"]
        parts.append(f"seed {seed_no} ({written})" if written else f"seed {seed_no}")
    parts.extend(split_citations(row["public_source"]))
    text = "zones-facts: " + ", ".join(parts) if parts else "zones-facts"
    if not row["lat_estimate"]:
        return text + "; location unknown, no boundary"
    text += "; boundary approximate, generated around the commune estimate"
    if nominal:
        text += (f", declared area unknown; nominal {NOMINAL_AREA_HA[row['kind']]:g} ha "
                 f"({row['kind']}) shape")
    else:
        text += ", sized to the declared area"
    if moved_m >= 1:
        reason = "district clearance, spacing from other zones"
        if row["code"] in LINKED_TO:
            reason += f", adjacency to {LINKED_TO[row['code']]}"
        text += f"; moved {moved_m:.0f} m from the estimate ({reason})"
    return text


def build_zones(facts, districts, sources_by_id):
    index = public_source_index()
    placed = {}          # code -> closed lon/lat ring
    layout = {}          # code -> dict(rotation, estimate, district ring)
    features = []
    for row in facts:
        code = row["code"]
        district = resolve_district(districts, row["province"], row["district"])
        area = number_or_none(row["area_ha"])
        developer, rent_lo, rent_hi = clean_developer(row["developer"])
        source_ids = zone_source_ids(row, index)
        geometry, nominal, moved = None, area is None, 0.0
        if row["lat_estimate"]:
            lat, lon = float(row["lat_estimate"]), float(row["lon_estimate"])
            target_m2 = (area if area is not None else NOMINAL_AREA_HA[row["kind"]]) * 1e4
            parent_code = LINKED_TO.get(code)
            unit_shape, rotation = zone_shape(code, parent_code or code)
            frame = LocalFrame(lat, lon)
            district_ring = district_ring_for(district, lat, lon)
            district_xy = frame.ring_xy(district_ring)
            neighbours = [frame.ring_xy(r) for c, r in placed.items()
                          if distance_m(lat, lon, r[0][1], r[0][0]) < 30000]
            parent = frame.ring_xy(placed[parent_code]) if parent_code else None
            shape = sized_shape(unit_shape, target_m2)
            off = place_shape(shape, district_xy, neighbours, parent)
            moved = math.hypot(*off)
            ring = fit_area(frame.ring_lonlat(translate(shape, *off)), target_m2, frame)
            ring = round_ring(ring)
            placed[code] = ring
            layout[code] = dict(rotation=rotation, lat=lat, lon=lon, district_ring=district_ring,
                                target_m2=target_m2)
            geometry = {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}
        cleared = area if row["clearance_hint"] == "completed" and area is not None else None
        props = dict(
            code=code, name=row["name"], nameInSource=row["name_as_written_in_seeds"] or None,
            kind=row["kind"], province=row["province"], district=district["display"],
            districtCode=district["code"], commune=row["commune"] or None,
            lifecycle=row["lifecycle_hint"], clearanceStatus=row["clearance_hint"],
            investmentStatus=row["investment_hint"],
            areaHa=area, leasableHa=number_or_none(row["leasable_ha"]), clearedHa=cleared,
            leasedHa=LEASED_HA.get(code), developer=developer,
            rentMinUsdM2=rent_lo, rentMaxUsdM2=rent_hi,
            rentBasis=rent_basis(code, rent_lo, rent_hi), rentUntilYear=RENT_TERMS.get(code, (None, None))[1],
            contact=None, contactId=CONTACT_BY_KIND_PROVINCE[(row["kind"], row["province"])],
            boundaryQuality="approximate" if geometry else None,
            source=zone_source_text(row, nominal, moved),
            sourceIds=source_ids, asOf=zone_as_of(source_ids, sources_by_id),
        )
        features.append({"type": "Feature", "id": code,
                         "properties": {k: props[k] for k in ZONE_PROPERTY_ORDER},
                         "geometry": geometry})
    return features, layout


# --------------------------------------------------------------------------
# Lots
# --------------------------------------------------------------------------

def lot_cells(region_xy, rows, col_weights):
    """Grid cells (axis-aligned, shrunk by half the road gap) clipped to region."""
    min_x = min(p[0] for p in region_xy)
    max_x = max(p[0] for p in region_xy)
    min_y = min(p[1] for p in region_xy)
    max_y = max(p[1] for p in region_xy)
    total_w = sum(col_weights)
    half = LOT_GAP_M / 2
    cells = []
    for r in range(rows):
        y0 = min_y + (max_y - min_y) * r / rows + half
        y1 = min_y + (max_y - min_y) * (r + 1) / rows - half
        acc = 0.0
        for w in col_weights:
            x0 = min_x + (max_x - min_x) * acc / total_w + half
            acc += w
            x1 = min_x + (max_x - min_x) * acc / total_w - half
            cell = clip_to_convex([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], region_xy)
            cells.append(clean_ring(cell) if len(cell) >= 3 else [])
    return [c for c in cells if len(c) >= 3]


def layout_lots(zone_ring, rotation, rows, col_weights, target_m2):
    """Lots in lon/lat; perimeter road width found by bisection to hit target_m2."""
    c_lon, c_lat = centroid(zone_ring)
    frame = LocalFrame(c_lat, c_lon)
    zone_local = rotate(frame.ring_xy(zone_ring), -rotation)   # axis-aligned outline

    def lots_for(road):
        region = clip_to_convex(zone_local, zone_local, road)
        cells = lot_cells(region, rows, col_weights)
        return [round_ring(frame.ring_lonlat(rotate(c, rotation))) for c in cells]

    def total(road):
        # as published: each lot's area rounded to 0.01 ha
        return sum(round(ellipsoidal_area_m2(l) / 1e4, 2) for l in lots_for(road)) * 1e4

    lo, hi = LOT_MIN_PERIMETER_ROAD_M, 400.0
    require(total(lo) >= target_m2, "zone too small for the lot target")
    for _ in range(60):
        mid = (lo + hi) / 2
        if total(mid) > target_m2:
            lo = mid
        else:
            hi = mid
    road = min((lo, hi), key=lambda r: abs(total(r) - target_m2))
    return lots_for(road), road


def assign_statuses(policy, areas):
    n = len(areas)
    if policy == "one_small_available":
        smallest = min(range(n), key=lambda i: areas[i])
        return ["available" if i == smallest else "leased" for i in range(n)]
    if policy == "two_smallest_available_priced":
        order = sorted(range(n), key=lambda i: areas[i])[:2]
        return ["available" if i in order else "leased" for i in range(n)]
    if policy.startswith("leased_share_"):
        # lots in code order are leased until the share is reached; the rest
        # alternate reserved / available
        share = float(policy.rsplit("_", 1)[1])
        total, leased, leasing, others = sum(areas), 0.0, True, 0
        statuses = []
        for a in areas:
            if leasing and leased + a / 2 <= share * total:
                statuses.append("leased")
                leased += a
            else:
                leasing = False
                statuses.append(("reserved", "available")[others % 2])
                others += 1
        return statuses
    raise CheckFailed(f"unknown lot policy {policy}")


def build_lots(zone_features, layout):
    by_code = {f["id"]: f for f in zone_features}
    features = []
    for plan in LOT_PLANS:
        zone = by_code[plan["zone"]]
        props = zone["properties"]
        if plan["target"] == "leasable":
            target_ha = props["leasableHa"]
        else:
            target_ha = plan["target"] * props["areaHa"]
        ring = [tuple(p) for p in zone["geometry"]["coordinates"][0]]
        lots, road = layout_lots(ring, layout[plan["zone"]]["rotation"], plan["rows"],
                                 plan["col_weights"], target_ha * 1e4)
        areas = [ellipsoidal_area_m2(l) / 1e4 for l in lots]
        statuses = assign_statuses(plan["policy"], areas)
        print(f"lots {plan['zone']}: {len(lots)} lots, {sum(round(a, 2) for a in areas):.2f} ha "
              f"(target {target_ha:.2f}), perimeter road {road:.0f} m")
        for i, (lot, area, status) in enumerate(zip(lots, areas, statuses), start=1):
            lot_code = f"L{i:02d}"
            # Illustrative lots name no tenant and ask no price: a made-up tenant or price read as a fact
            # would mislead an investor, and the layout only demonstrates the lot feature.
            features.append({
                "type": "Feature", "id": f"{plan['zone']}/{lot_code}",
                "properties": dict(zone=plan["zone"], code=lot_code, status=status,
                                   areaHa=round(area, 2), tenant=None, priceUsdM2=None,
                                   source=LOT_SOURCE, illustrative=True),
                "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in lot]]},
            })
    return features


# --------------------------------------------------------------------------
# Targets and reports
# --------------------------------------------------------------------------

def build_targets(targets, districts, zone_codes):
    rows = []
    for t in targets:
        rows.append(dict(
            scope_type=t["scope_type"],
            scope_code=resolve_scope(districts, t["scope_type"], t["scope"], zone_codes),
            zone_kind=t["zone_kind"], metric=t["metric"], comparator=t["comparator"],
            value=t["value"], year=t["year"], source_id=os.path.splitext(t["seed_file"])[0],
            wording=t["wording_in_seed"]))
    return rows


def parse_occupancy(text):
    """-> (pct or '', year, Vietnamese note); fails on unknown wording."""
    m = re.match(r"^>(\d+)% \((\d{4})\)$", text)
    if m:
        return m.group(1), m.group(2), f"Tỷ lệ lấp đầy trên {m.group(1)}% ({m.group(2)})"
    m = re.match(r"^(\d+)% \((\d{4})\)$", text)
    if m:
        return m.group(1), m.group(2), f"Tỷ lệ lấp đầy {m.group(1)}% ({m.group(2)})"
    m = re.match(r"^being filled \((\d{4}); no figure\)$", text)
    if m:
        return "", m.group(1), f"Đang lấp đầy; chưa có số liệu ({m.group(1)})"
    raise CheckFailed(f"unknown occupancy wording {text!r}")


def report_source(row, year, sources_by_id, index):
    """The row's public source dated in the figure's year, else its only undated one."""
    ids = [index[c] for c in split_citations(row["public_source"])]
    same_year = [s for s in ids if sources_by_id[s]["issued"].startswith(year)]
    if same_year:
        return same_year[0]
    undated = [s for s in ids if not sources_by_id[s]["issued"]]
    require(len(undated) == 1, f"{row['code']}: cannot tell which source gives the occupancy")
    return undated[0]


def build_reports(facts, sources_by_id):
    index = public_source_index()
    rows = []
    for row in facts:
        if not row["occupancy"]:
            continue
        pct, year, note = parse_occupancy(row["occupancy"])
        source_id = report_source(row, year, sources_by_id, index)
        issued = sources_by_id[source_id]["issued"]
        as_of = issued if len(issued) == 10 else f"{year}-12-31"
        rows.append(dict(zone_code=row["code"], as_of=as_of, cleared_ha="", leased_ha="",
                         occupancy_pct=pct, tenants="", registered_capital_bn_vnd="",
                         wastewater_plant="", note=note, source_id=source_id))
    return rows


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def write_csv(path, fields, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


def write_geojson(path, features):
    text = json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, indent=2)
    # keep each [lon, lat] pair on one line
    text = re.sub(r"\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]", r"[\1, \2]", text)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text + "\n")


# --------------------------------------------------------------------------
# Checks (run on the files as written)
# --------------------------------------------------------------------------

def load_outputs(out_dir):
    def geo(name):
        with open(os.path.join(out_dir, name), encoding="utf-8") as fh:
            return json.load(fh)["features"]
    return dict(
        provinces=read_csv(os.path.join(out_dir, "provinces.csv")),
        districts=read_csv(os.path.join(out_dir, "districts.csv")),
        sources=read_csv(os.path.join(out_dir, "sources.csv")),
        contacts=read_csv(os.path.join(out_dir, "contacts.csv")),
        targets=read_csv(os.path.join(out_dir, "targets.csv")),
        reports=read_csv(os.path.join(out_dir, "reports.csv")),
        zones=geo("zones.geojson"), lots=geo("lots.geojson"))


def check_files_text(out_dir):
    for name in sorted(os.listdir(out_dir)):
        path = os.path.join(out_dir, name)
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                raw = fh.read()
            require(b"\r" not in raw, f"{name}: CR line ending")
            raw.decode("utf-8")


def check_zone_attributes(zones, facts, out):
    codes = [z["id"] for z in zones]
    require(len(zones) == len(facts), f"{len(zones)} zone features, facts have {len(facts)}")
    require(len(set(codes)) == len(codes), "duplicate zone codes")
    require(all(CODE_RE.match(c) and z["properties"]["code"] == c for c, z in zip(codes, zones)),
            "zone code format / id mismatch")
    district_codes = {d["code"] for d in out["districts"]}
    source_ids = {s["id"] for s in out["sources"]}
    require(all(c["source_id"] in source_ids for c in out["contacts"]), "contact source_id")
    require(all(s["title"] or s["issuer"] for s in out["sources"]), "a source has neither title nor issuer")
    contact_ids = {c["id"] for c in out["contacts"]}
    for z in zones:
        p = z["properties"]
        require(list(p) == ZONE_PROPERTY_ORDER, f"{p['code']}: property names/order")
        require(p["districtCode"] in district_codes, f"{p['code']}: districtCode {p['districtCode']}")
        require(p["lifecycle"] in LIFECYCLES and p["clearanceStatus"] in CLEARANCES
                and p["investmentStatus"] in INVESTMENTS, f"{p['code']}: status vocabulary")
        require(all(s in source_ids for s in p["sourceIds"]) and p["sourceIds"], f"{p['code']}: sourceIds")
        require(p["contactId"] in contact_ids, f"{p['code']}: contactId {p['contactId']}")
        require((p["boundaryQuality"] == "approximate") == (z["geometry"] is not None),
                f"{p['code']}: boundaryQuality vs geometry")
    expected_polygons = sum(1 for r in facts if r["lat_estimate"])
    n_polygons = sum(1 for z in zones if z["geometry"])
    require(n_polygons == expected_polygons, f"{n_polygons} polygons, facts locate {expected_polygons}")
    print(f"check zones: {len(zones)} features, unique codes, {n_polygons} polygons, "
          f"{len(zones) - n_polygons} without geometry (facts: {expected_polygons} located) - OK")


def check_polygon_ring(ring, label, min_vertices, max_vertices):
    pts = [tuple(p) for p in ring]
    require(pts[0] == pts[-1], f"{label}: ring not closed")
    n = len(pts) - 1
    require(min_vertices <= n <= max_vertices, f"{label}: {n} vertices")
    require(all(len(str(c).split(".")[-1]) <= 6 for p in pts for c in p), f"{label}: >6 decimals")
    require(signed_area(pts) > 0, f"{label}: exterior not counter-clockwise")
    require(ring_is_simple(pts), f"{label}: ring self-intersects")


def check_zone_geometry(zones, facts, districts):
    facts_by_code = {r["code"]: r for r in facts}
    district_by_code = {d["code"]: d for d in districts}
    located = [z for z in zones if z["geometry"]]
    table = []
    for z in located:
        p = z["properties"]
        row = facts_by_code[p["code"]]
        ring = [tuple(c) for c in z["geometry"]["coordinates"][0]]
        require(z["geometry"]["type"] == "Polygon" and len(z["geometry"]["coordinates"]) == 1,
                f"{p['code']}: not a single-ring Polygon")
        check_polygon_ring(ring, p["code"], 5, 8)
        lat, lon = float(row["lat_estimate"]), float(row["lon_estimate"])
        frame = LocalFrame(lat, lon)
        ring_xy = frame.ring_xy(ring)
        target = (p["areaHa"] if p["areaHa"] is not None else NOMINAL_AREA_HA[p["kind"]])
        area = ellipsoidal_area_m2(ring) / 1e4
        require(abs(area - target) <= 0.01 * target, f"{p['code']}: area {area:.2f} vs {target}")
        local_area = abs(signed_area(ring_xy)) / 1e4
        require(abs(local_area - area) <= 0.005 * area, f"{p['code']}: local/ellipsoidal area disagree")
        offset = math.hypot(*centroid(ring_xy))
        require(offset <= MAX_OFFSET_M, f"{p['code']}: centroid {offset:.0f} m from estimate")
        district = district_by_code[p["districtCode"]]
        holders = [r for r in district["rings"] if ring_inside(ring, r)]
        require(len(holders) == 1, f"{p['code']}: not inside district {district['code']}")
        clearance = ring_gap(ring_xy, frame.ring_xy(holders[0]))
        require(clearance >= DISTRICT_CLEARANCE_M, f"{p['code']}: clearance {clearance:.0f} m")
        table.append((p["code"], target, area, offset, clearance))
    print("check zone polygons: closed, CCW, 5-8 vertices, simple, inside district with "
          f">= {DISTRICT_CLEARANCE_M:.0f} m clearance, area within 1%, centroid within 6 km - OK")
    return table


def check_zone_gaps(zones):
    located = [z for z in zones if z["geometry"]]
    gaps = {}
    for i, a in enumerate(located):
        ring_a = [tuple(c) for c in a["geometry"]["coordinates"][0]]
        frame = LocalFrame(ring_a[0][1], ring_a[0][0])
        for b in located[i + 1:]:
            ring_b = [tuple(c) for c in b["geometry"]["coordinates"][0]]
            gap = polygons_gap(frame.ring_xy(ring_a), frame.ring_xy(ring_b))
            require(gap >= ZONE_GAP_M, f"{a['id']} / {b['id']}: gap {gap:.0f} m")
            gaps[(a["id"], b["id"])] = gaps[(b["id"], a["id"])] = gap
    for child, parent in LINKED_TO.items():
        gap = gaps[(child, parent)]
        require(ZONE_GAP_M <= gap <= LINKED_GAP_MAX_M, f"{child}: {gap:.0f} m from {parent}")
        print(f"check adjacency {parent} / {child}: gap {gap:.0f} m - OK")
    closest = min(gaps.values()) if gaps else math.inf
    print(f"check zone overlaps: {len(located)} polygons pairwise, min gap {closest:.0f} m "
          f"(>= {ZONE_GAP_M:.0f} m) - OK")


def check_lots(lots, zones):
    zone_by_code = {z["id"]: z for z in zones}
    require(all(l["properties"]["source"] == LOT_SOURCE for l in lots), "lot source text")
    require(len({l["id"] for l in lots}) == len(lots), "duplicate lot ids")
    for plan in LOT_PLANS:
        zone = zone_by_code[plan["zone"]]
        zone_ring = [tuple(c) for c in zone["geometry"]["coordinates"][0]]
        frame = LocalFrame(zone_ring[0][1], zone_ring[0][0])
        zone_xy = frame.ring_xy(zone_ring)
        mine = [l for l in lots if l["properties"]["zone"] == plan["zone"]]
        lo, hi = plan["count"]
        require(lo <= len(mine) <= hi, f"{plan['zone']}: {len(mine)} lots")
        rings = []
        for lot in mine:
            p = lot["properties"]
            require(lot["id"] == f"{p['zone']}/{p['code']}", f"{lot['id']}: id")
            ring = [tuple(c) for c in lot["geometry"]["coordinates"][0]]
            check_polygon_ring(ring, lot["id"], 3, 12)
            require(ring_inside(frame.ring_xy(ring), zone_xy), f"{lot['id']}: outside its zone")
            require(abs(ellipsoidal_area_m2(ring) / 1e4 - p["areaHa"]) <= 0.005 + 1e-9, f"{lot['id']}: areaHa")
            require(p["status"] in ("available", "reserved", "leased"), f"{lot['id']}: status")
            require(p["illustrative"] is True, f"{lot['id']}: illustrative")
            require(p["tenant"] is None and p["priceUsdM2"] is None, f"{lot['id']}: no tenant, no price")
            rings.append(frame.ring_xy(ring))
        for i in range(len(rings)):
            for j in range(i + 1, len(rings)):
                require(polygons_gap(rings[i], rings[j]) > 0, f"{plan['zone']}: lots {i + 1}/{j + 1} overlap")
        total = sum(l["properties"]["areaHa"] for l in mine)
        leased = sum(l["properties"]["areaHa"] for l in mine if l["properties"]["status"] == "leased")
        counts = {s: sum(1 for l in mine if l["properties"]["status"] == s)
                  for s in ("leased", "reserved", "available")}
        zone_area = zone["properties"]["areaHa"]
        print(f"check lots {plan['zone']}: {len(mine)} lots inside zone, no overlaps, "
              f"{total:.2f} ha = {100 * total / zone_area:.1f}% of {zone_area} ha, "
              f"leased {leased:.2f} ha = {100 * leased / total:.1f}% of lot area, {counts} - OK")
        if plan["zone"] == "kcn-song-hau":
            require(abs(total - 45.20) <= 0.5, f"Sông Hậu lots sum {total:.2f} ha")
            require(counts["available"] == 1 and counts["reserved"] == 0, "Sông Hậu statuses")
            require(abs(leased - zone["properties"]["leasedHa"]) <= 0.2, "Sông Hậu leased lots vs leasedHa")
        elif plan["zone"] == "kcn-thanh-loc":
            require(0.65 <= total / zone_area <= 0.75 and 0.70 <= leased / total <= 0.80
                    and counts["reserved"] >= 1 and counts["available"] >= 1, "Thạnh Lộc lot mix")
        else:
            require(0.65 <= total / zone_area <= 0.75 and 1 <= counts["available"] <= 2
                    and counts["leased"] > len(mine) / 2, "Sa Đéc A1 lot mix")


def check_tables(out, districts, facts, targets_in):
    require(len(out["districts"]) == len(districts) == 27, f"{len(out['districts'])} districts")
    district_codes = {d["code"] for d in out["districts"]}
    require(all(d["code"] in district_codes for d in districts), "geojson district missing")
    for d_row, d in zip(out["districts"], districts):
        p = (float(d_row["label_lon"]), float(d_row["label_lat"]))
        require(point_in_ring(p, d["main_ring"]), f"{d['code']}: label point outside")
    for prov in out["provinces"]:
        rings = [r for d in districts if d["province_code"] == prov["code"] for r in d["rings"]]
        p = (float(prov["label_lon"]), float(prov["label_lat"]))
        require(any(point_in_ring(p, r) for r in rings), f"{prov['code']}: label point not on land")
    zone_codes = {r["code"] for r in facts}
    province_codes = {p["code"] for p in out["provinces"]}
    source_ids = {s["id"] for s in out["sources"]}
    require(len(out["targets"]) == len(targets_in), "target rows lost")
    for t, t_in in zip(out["targets"], targets_in):
        valid = {"zone": zone_codes, "district": district_codes, "province": province_codes}[t["scope_type"]]
        require(t["scope_code"] in valid, f"target scope {t['scope_code']} unresolved")
        require(t["source_id"] in source_ids, f"target source {t['source_id']}")
        require(t["wording"] == t_in["wording_in_seed"], "target wording changed")
    for r in out["reports"]:
        require(r["zone_code"] in zone_codes and r["source_id"] in source_ids, f"report {r['zone_code']}")
    print(f"check tables: {len(out['districts'])} districts (all geojson units present, labels inside), "
          f"{len(out['provinces'])} provinces (labels on land), {len(out['sources'])} sources, "
          f"{len(out['targets'])} targets resolved, {len(out['reports'])} reports - OK")


def print_summary(table):
    print()
    print(f"{'zone':28} {'target ha':>9} {'computed':>9} {'diff %':>7} {'offset m':>9} {'clear m':>8}")
    for code, target, area, offset, clearance in table:
        flag = "  (> aim 3 km)" if offset > AIM_OFFSET_M else ""
        print(f"{code:28} {target:9.2f} {area:9.2f} {100 * (area - target) / target:7.3f} "
              f"{offset:9.0f} {clearance:8.0f}{flag}")


def run_checks(out_dir, facts, districts, targets_in):
    check_files_text(out_dir)
    out = load_outputs(out_dir)
    check_tables(out, districts, facts, targets_in)
    check_zone_attributes(out["zones"], facts, out)
    table = check_zone_geometry(out["zones"], facts, districts)
    check_zone_gaps(out["zones"])
    check_lots(out["lots"], out["zones"])
    print_summary(table)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main():
    repo_root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(repo_root, "..", "shared"),
                        help="shared facts directory (default: ../shared next to the repo)")
    parser.add_argument("--out", default=os.path.join(repo_root, "geodata"),
                        help="output directory (default: geodata/ in the repo)")
    args = parser.parse_args()
    shared = os.path.abspath(args.shared)
    out_dir = os.path.abspath(args.out)
    os.makedirs(out_dir, exist_ok=True)

    facts = read_csv(os.path.join(shared, "geodata", "zones-facts.csv"))
    targets_in = read_csv(os.path.join(shared, "geodata", "targets.csv"))
    districts = load_districts(os.path.join(shared, "geodata", "districts-dongthap-kiengiang.geojson"))

    sources = build_sources(os.path.join(shared, "seeds"), facts)
    sources_by_id = {s["id"]: s for s in sources}
    zones, layout = build_zones(facts, districts, sources_by_id)
    lots = build_lots(zones, layout)
    zone_codes = {z["id"] for z in zones}

    write_csv(os.path.join(out_dir, "provinces.csv"), ["code", "name", "label_lat", "label_lon"],
              build_provinces(districts))
    write_csv(os.path.join(out_dir, "districts.csv"),
              ["code", "province_code", "name", "unit_type", "label_lat", "label_lon"],
              build_district_rows(districts))
    write_csv(os.path.join(out_dir, "sources.csv"), ["id", "title", "issuer", "issued", "kind", "url"], sources)
    write_csv(os.path.join(out_dir, "contacts.csv"), CONTACT_COLUMNS, build_contacts())
    write_geojson(os.path.join(out_dir, "zones.geojson"), zones)
    write_geojson(os.path.join(out_dir, "lots.geojson"), lots)
    write_csv(os.path.join(out_dir, "targets.csv"),
              ["scope_type", "scope_code", "zone_kind", "metric", "comparator", "value", "year",
               "source_id", "wording"], build_targets(targets_in, districts, zone_codes))
    write_csv(os.path.join(out_dir, "reports.csv"),
              ["zone_code", "as_of", "cleared_ha", "leased_ha", "occupancy_pct", "tenants",
               "registered_capital_bn_vnd", "wastewater_plant", "note", "source_id"],
              build_reports(facts, sources_by_id))

    run_checks(out_dir, facts, districts, targets_in)
    print("\nall checks passed")


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as exc:
        print(f"CHECK FAILED: {exc}", file=sys.stderr)
        sys.exit(1)
