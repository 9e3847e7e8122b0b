-- wrk script of bench/load: a mixed workload of reads and authenticated writes, then one machine-readable
-- line: WRKJSON {"requests":…,"p99_ms":…,"statuses":{"200":…},"sent":{"png_cached":…},…}
--
--   LOAD_DIR   the lists load.py prepare wrote: <kind>.txt (request paths), edits.txt ("code etag")
--   LOAD_MIX   kinds and their weights, e.g. "png_cached:300,wms:100,edit:5,report:5"; the kinds edit
--              (the planner PATCHes a zone with If-Match) and report (the official POSTs a periodic report)
--              need LOAD_PLANNER_COOKIE/_CSRF and LOAD_OFFICIAL_COOKIE/_CSRF
--   LOAD_REPORT_YEAR  the first year of the reports' quarters (1900)
--
-- Run with one thread (-t1): the zones' versions are tracked in its Lua state. Edit N sets the zone's contact
-- to "bench/load #N"; the zone is edited again only once an answer shows edit N (the edit's own, or a read
-- of the zone that came back first) with the ETag of that version, so no edit conflicts with another; a
-- zone whose edit is refused is left alone after that. Reports go to distinct zones and
-- quarters of a hundred years from LOAD_REPORT_YEAR (each is new: a second report of a zone's quarter would be a 409).

local kinds = {}        -- {name, weight, paths, next}
local schedule = {}     -- kind indices, interleaved by weight
local slot = 0
local zones = {}        -- {code, etag, pending (the edit in flight), refused}
local byCode = {}
local nextZone = 0
local reportSeq = 0
local reportYear = tonumber(os.getenv("LOAD_REPORT_YEAR") or "1900")
-- Counters are globals of numbers and strings, which thread:get copies to done() (it does not copy tables).
statusCodes = ""
editsOk, reportsOk = 0, 0
local sent = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function lines(name)
  local out = {}
  local file = assert(io.open(os.getenv("LOAD_DIR") .. "/" .. name, "r"), "cannot read " .. name)
  for line in file:lines() do
    if #line > 0 then out[#out + 1] = line end
  end
  file:close()
  return out
end

function init(args)
  for name, weight in string.gmatch(assert(os.getenv("LOAD_MIX"), "LOAD_MIX is not set"), "([%w_]+):(%d+)") do
    local kind = {name = name, weight = tonumber(weight), next = 0}
    if name ~= "edit" and name ~= "report" then
      kind.paths = lines(name .. ".txt")
    end
    kinds[#kinds + 1] = kind
    sent[name] = 0
  end
  for _, line in ipairs(lines("edits.txt")) do
    local code, etag = line:match("^(%S+) (.+)$")
    zones[#zones + 1] = {code = code, etag = etag}
    byCode[code] = zones[#zones]
  end
  -- Smooth weighted round robin: each kind spread evenly over the schedule.
  local total, current = 0, {}
  for i, kind in ipairs(kinds) do
    total = total + kind.weight
    current[i] = 0
  end
  for _ = 1, total do
    local best = 1
    for i, kind in ipairs(kinds) do
      current[i] = current[i] + kind.weight
      if current[i] > current[best] then best = i end
    end
    current[best] = current[best] - total
    schedule[#schedule + 1] = best
  end
end

local function count(name)
  sent[name] = sent[name] + 1
  _G["sent_" .. name] = sent[name]
end

local function read(kind)
  kind.next = kind.next % #kind.paths + 1
  count(kind.name)
  return wrk.format("GET", kind.paths[kind.next], {["Accept-Encoding"] = "gzip"})
end

local function edit()
  for _ = 1, #zones do
    nextZone = nextZone % #zones + 1
    local zone = zones[nextZone]
    if not zone.pending and not zone.refused then
      count("edit")
      zone.pending = tostring(sent.edit)
      local body = string.format('{"properties":{"contact":"bench/load #%d"},"comment":"bench/load"}', sent.edit)
      return wrk.format("PATCH", "/api/zones/" .. zone.code, {
        ["Cookie"] = os.getenv("LOAD_PLANNER_COOKIE"), ["X-XSRF-TOKEN"] = os.getenv("LOAD_PLANNER_CSRF"),
        ["If-Match"] = zone.etag, ["Content-Type"] = "application/merge-patch+json"}, body)
    end
  end
  return nil  -- every zone has an edit in flight
end

local function report()
  local zone = zones[reportSeq % #zones + 1]
  local quarter = math.floor(reportSeq / #zones)
  reportSeq = reportSeq + 1
  count("report")
  local body = string.format('{"period":"%d-Q%d","tenants":%d,"note":"bench/load"}',
    reportYear + math.floor(quarter / 4) % 100, quarter % 4 + 1, reportSeq % 50)
  return wrk.format("POST", "/api/zones/" .. zone.code .. "/reports", {
    ["Cookie"] = os.getenv("LOAD_OFFICIAL_COOKIE"), ["X-XSRF-TOKEN"] = os.getenv("LOAD_OFFICIAL_CSRF"),
    ["Content-Type"] = "application/json"}, body)
end

function request()
  while true do
    slot = slot % #schedule + 1
    local kind = kinds[schedule[slot]]
    local req
    if kind.name == "edit" then
      req = edit()
    elseif kind.name == "report" then
      req = report()
    else
      req = read(kind)
    end
    if req then return req end
  end
end

function response(status, headers, body)
  local key = "status_" .. status
  if not _G[key] then
    _G[key] = 0
    statusCodes = statusCodes .. status .. ","
  end
  _G[key] = _G[key] + 1
  if status == 201 then
    reportsOk = reportsOk + 1
    return
  end
  -- A zone showing the edit in flight: the edit's answer or a read of the zone (OGC API items), whose ETag
  -- names the same version. Or a refused edit: a problem whose instance is the zone.
  local code = body:match('^{"type":"Feature","id":"([^"]+)"')
  local zone = code and byCode[code]
  if status == 200 and zone and zone.pending and body:match('"contact":"bench/load #(%d+)"') == zone.pending then
    zone.pending = nil
    zone.etag = headers["ETag"] or headers["etag"]
    editsOk = editsOk + 1
    return
  end
  code = status >= 400 and body:match('"instance":"/api/zones/([^"/?]+)"')
  zone = code and byCode[code]
  if zone and zone.pending then
    zone.pending = nil
    zone.refused = status ~= 503
  end
end

local function json(t)
  local parts = {}
  for k, v in pairs(t) do
    parts[#parts + 1] = string.format('"%s":%d', tostring(k), v)
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local allStatuses, allSent, edits, reports = {}, {}, 0, 0
  for _, thread in ipairs(threads) do
    for code in string.gmatch(thread:get("statusCodes"), "(%d+),") do
      allStatuses[code] = (allStatuses[code] or 0) + thread:get("status_" .. code)
    end
    for name in string.gmatch(os.getenv("LOAD_MIX"), "([%w_]+):%d+") do
      allSent[name] = (allSent[name] or 0) + (thread:get("sent_" .. name) or 0)
    end
    edits = edits + thread:get("editsOk")
    reports = reports + thread:get("reportsOk")
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"seconds":%.3f,"rps":%.2f,"bytes":%d,"mean_ms":%.3f,"p50_ms":%.3f,"p90_ms":%.3f,' ..
    '"p99_ms":%.3f,"max_ms":%.3f,"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_status":%d,' ..
    '"errors_timeout":%d,"statuses":%s,"sent":%s,"edits_ok":%d,"reports_ok":%d}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes, latency.mean / 1000,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout, json(allStatuses), json(allSent), edits, reports))
end
