-- One wrk script for every scenario of bench/run.
--   wrk ... -s bench.lua http://127.0.0.1:8090 -- [paths=FILE] [tokens=FILE] [method=PUT] [vote=1] [answer=1] [threads=N]
-- paths=FILE   request paths, one per line, each request picks one at random (a round-robin
--              would pair each path with the same token forever); without it, the URL's path
-- tokens=FILE  bearer tokens, one per line; thread t of N uses tokens t, t+N, t+2N... in turn, so the
--              requests a thread has in flight carry different tokens (wrk has no per-connection hook)
-- method=PUT   request method; vote=1 sends {"value":1} or {"value":-1} (4 in 5 up) as a JSON body;
--              answer=1 sends a new answer's body
-- done() prints one machine-readable line that bench/run parses:
--   BENCH requests=.. duration_s=.. rps=.. p50_ms=.. p95_ms=.. p99_ms=.. non2xx=.. errors=..
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local common = require "common"

local thread_count = 0
function setup(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end

local paths, next_token, method, vote, answer = nil, nil, "GET", false, false

function init(args)
  local opts = common.options(args)
  local me = tid or 0
  math.randomseed(os.time() + me * 7919)
  if opts.paths then paths = common.lines(opts.paths) end
  if opts.tokens then next_token = common.cycle(common.share(opts.tokens, me, tonumber(opts.threads or "1"))) end
  method = opts.method or "GET"
  vote = opts.vote == "1"
  answer = opts.answer == "1"
end

function request()
  local path = wrk.path
  if paths then path = paths[math.random(#paths)] end
  local headers = {}
  if next_token then
    headers["Authorization"] = "Bearer " .. next_token()
  end
  local body = nil
  if vote then
    headers["Content-Type"] = "application/json"
    body = (math.random() < 0.8) and '{"value":1}' or '{"value":-1}'
  elseif answer then
    headers["Content-Type"] = "application/json"
    body = '{"body":"Bench answer: ask for the **scope** of the role in writing before you sign."}'
  end
  return wrk.format(method, path, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
