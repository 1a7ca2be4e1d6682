-- wrk script: GETs a path built from a template per request and prints the 50th, 95th and 99th percentile.
-- PATH_TEMPLATE may contain {ds} (a random Datastream id in FIRST … FIRST+COUNT-1) and {from}/{to} (a random
-- one-hour window inside the synthetic series, which starts 2025-01-01 and has SPAN minutes per Datastream).
local template = os.getenv("PATH_TEMPLATE")
local first = tonumber(os.getenv("FIRST") or "1")
local count = tonumber(os.getenv("COUNT") or "1")
local span = tonumber(os.getenv("SPAN") or "60")
local start = 1735689600 -- 2025-01-01T00:00:00Z

local function iso(seconds)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", seconds)
end

request = function()
  local offset = math.random(0, math.max(span - 60, 0)) * 60
  local path = template:gsub("{ds}", tostring(math.random(first, first + count - 1)))
  path = path:gsub("{from}", iso(start + offset)):gsub("{to}", iso(start + offset + 3600))
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, %.0f req/s, mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency.mean / 1000, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
