-- The mixed traffic of bench/soak: each request is of a kind picked at random by weight.
--   wrk ... -s soak.lua http://127.0.0.1:8090 -- dir=DIR threads=N
-- DIR holds the lists bench/soak writes, one entry a line: page-paths, list-paths, search-paths,
-- related-paths, vote-paths (questions' and answers' /vote), answer-paths (a question's /answers),
-- tokens (voters, who author nothing) and writer-tokens (who post the answers).
-- done() prints one machine-readable line that bench/soak parses:
--   SOAK requests=.. rps=.. p50_ms=.. p99_ms=.. max_ms=.. non2xx=.. socket_errors=.. status_200=.. ... kind_page=.. ...
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local common = require "common"

-- Reads weigh most, as on a forum; search is rare because one costs ~50 question pages of CPU.
local MIX = {
  { "page", 30 }, { "list", 15 }, { "related", 10 }, { "search", 2 },
  { "vote", 25 }, { "retract", 12 }, { "answer", 6 },
}
local TOTAL = 0
for _, kind in ipairs(MIX) do TOTAL = TOTAL + kind[2] end

local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  threads[#threads + 1] = thread
end

local lists, voter, writer = {}, nil, nil
kinds, statuses = {}, {}   -- per thread, read by done() through thread:get

function init(args)
  local opts = common.options(args)
  local me, n = tid or 0, tonumber(opts.threads or "1")
  math.randomseed(os.time() + me * 7919)
  for _, name in ipairs({ "page", "list", "search", "related", "vote", "answer" }) do
    lists[name] = common.lines(opts.dir .. "/" .. name .. "-paths")
  end
  voter = common.cycle(common.share(opts.dir .. "/tokens", me, n))
  writer = common.cycle(common.share(opts.dir .. "/writer-tokens", me, n))
end

local function pick()
  local r = math.random(TOTAL)
  for _, kind in ipairs(MIX) do
    r = r - kind[2]
    if r <= 0 then return kind[1] end
  end
end

local function any(name)
  local list = lists[name]
  return list[math.random(#list)]
end

function request()
  local kind = pick()
  kinds[kind] = (kinds[kind] or 0) + 1
  if kind == "vote" or kind == "retract" then
    local headers = { Authorization = "Bearer " .. voter() }
    if kind == "retract" then return wrk.format("DELETE", any("vote"), headers) end
    headers["Content-Type"] = "application/json"
    return wrk.format("PUT", any("vote"), headers, (math.random() < 0.8) and '{"value":1}' or '{"value":-1}')
  elseif kind == "answer" then
    return wrk.format("POST", any("answer"), { Authorization = "Bearer " .. writer(), ["Content-Type"] = "application/json" },
      string.format('{"body":"Soak answer %d: take the **offer** with the clearer growth path.","anonymous":%s}',
        math.random(1e9), tostring(math.random() < 0.3)))
  end
  return wrk.format("GET", any(kind))
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total_kinds, total_statuses, non2xx = {}, {}, 0
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("kinds")) do total_kinds[k] = (total_kinds[k] or 0) + v end
    for k, v in pairs(thread:get("statuses")) do total_statuses[k] = (total_statuses[k] or 0) + v end
  end
  local e = summary.errors
  local line = string.format("SOAK requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000)
  local parts = {}
  for status, count in pairs(total_statuses) do
    if status < 200 or status > 299 then non2xx = non2xx + count end
    parts[#parts + 1] = string.format("status_%d=%d", status, count)
  end
  for kind, count in pairs(total_kinds) do parts[#parts + 1] = string.format("kind_%s=%d", kind, count) end
  table.sort(parts)
  io.write(string.format("%s non2xx=%d socket_errors=%d %s\n", line, non2xx,
    e.connect + e.read + e.write + e.timeout, table.concat(parts, " ")))
end
