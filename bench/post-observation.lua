-- wrk script: POSTs one Observation per request and counts the answers by status.
-- Set TOKEN and DATASTREAM in the environment (see run-sensing.sh).
local token = os.getenv("TOKEN")
local datastream = os.getenv("DATASTREAM")
local counter = 0

wrk.method = "POST"
wrk.path = "/v1.1/Datastreams(" .. datastream .. ")/Observations"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

request = function()
  counter = counter + 1
  local body = string.format('{"phenomenonTime":"2026-01-01T00:00:00.%06dZ","result":%d}', counter % 1000000, counter)
  return wrk.format(nil, nil, nil, body)
end

statuses = {}
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function()
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, count in pairs(counts) do
      io.write(string.format("status %d: %d\n", status, count))
    end
  end
end
