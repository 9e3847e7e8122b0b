-- wrk script: sends the request paths listed in the file named by $WRK_URLS (one a line, e.g.
-- /tiles/zones/12/3251/1927.png), round robin, each thread starting at a different place; then
-- prints one machine-readable line:
--   WRKJSON {"requests":…,"rps":…,"p50_ms":…,…}
-- Usage: WRK_URLS=urls.txt wrk -t1 -c8 -d15s -s bench/lib/urls.lua http://127.0.0.1:8080
local paths = {}
local index = 0
local threads = {}
local created = 0

function setup(thread)
  thread:set("start", created)
  created = created + 1
  table.insert(threads, thread)
end

function init(args)
  local name = os.getenv("WRK_URLS")
  local file = assert(io.open(name, "r"), "cannot read WRK_URLS=" .. tostring(name))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  file:close()
  assert(#paths > 0, "no paths in " .. name)
  -- Spread the threads over the list.
  index = math.floor((start or 0) * #paths / 4) % #paths
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"seconds":%.3f,"rps":%.2f,"bytes":%d,"mean_ms":%.3f,"p50_ms":%.3f,' ..
    '"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"errors_connect":%d,"errors_read":%d,' ..
    '"errors_write":%d,"errors_status":%d,"errors_timeout":%d}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
