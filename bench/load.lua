-- Mixed load for bench/load.sh: one connection per wrk thread, so each thread keeps its own
-- issue and knows its version. Per cycle of 10 requests: 4 backlog pages, 3 issue reads, 2 score
-- saves and 1 issue update (every 5th cycle an issue create instead). Any non-2xx counts as an error.
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("n", counter)
  table.insert(threads, thread)
end

function init(args)
  cookie = args[1]
  criterion = args[2]
  department = args[3]
  local ids = {}
  for id in string.gmatch(args[4], "%d+") do table.insert(ids, id) end
  issue = ids[((n - 1) % #ids) + 1]
  version = nil
  step = 0
  cycle = 0
  headers = { ["Cookie"] = cookie, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
end

local function issue_body()
  return '{"title":"負荷試験の課題 ' .. n .. '","departmentIds":[' .. department .. '],"status":"ANALYZING",'
    .. '"description":"wrk ' .. cycle .. '","version":' .. version .. '}'
end

function request()
  step = step % 10 + 1
  if step == 1 then cycle = cycle + 1 end
  if step <= 4 then
    return wrk.format("GET", "/api/v1/backlog?size=50&page=" .. (step - 1), headers)
  elseif step <= 7 then
    return wrk.format("GET", "/api/v1/issues/" .. issue, headers)
  elseif step <= 9 then
    local body = '{"scores":[{"criterionId":' .. criterion .. ',"value":' .. math.random(1, 5) .. ',"comment":"負荷"}]}'
    return wrk.format("PUT", "/api/v1/issues/" .. issue .. "/scores", headers, body)
  elseif cycle % 5 == 0 or version == nil then
    return wrk.format("POST", "/api/v1/issues", headers,
      '{"title":"負荷試験で作成 ' .. n .. '-' .. cycle .. '","departmentIds":[' .. department .. ']}')
  else
    return wrk.format("PUT", "/api/v1/issues/" .. issue, headers, issue_body())
  end
end

function response(status, hdrs, body)
  -- the issue reads tell this thread its issue's version; an update bumps it
  if (step >= 5 and step <= 7) or step == 10 then
    local v = string.match(body or "", '"version":(%d+)}?$') or string.match(body or "", '"version":(%d+)')
    if v and string.find(body, '"id":' .. issue .. ',', 1, true) then version = tonumber(v) end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests %d in %.1f s: %.1f req/s\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors %d (connect %d, read %d, write %d, non-2xx %d, timeout %d)\n", errors,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
