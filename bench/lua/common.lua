-- What bench.lua and soak.lua share: options, request lists, tokens shared out between threads.
local common = {}

-- options {"k=v", ...}: the script's arguments after "--" as a table.
function common.options(args)
  local opts = {}
  for _, a in ipairs(args) do
    local k, v = a:match("^(%w+)=(.*)$")
    if k then opts[k] = v end
  end
  return opts
end

-- lines FILE: its non-empty lines.
function common.lines(file)
  local out = {}
  for line in io.lines(file) do
    if line ~= "" then out[#out + 1] = line end
  end
  assert(#out > 0, file .. " is empty")
  return out
end

-- share FILE, ME, N: thread ME of N gets lines ME+1, ME+1+N, ME+1+2N... of FILE, so the requests a
-- thread has in flight carry different tokens (wrk has no per-connection hook).
function common.share(file, me, n)
  local all, mine = common.lines(file), {}
  for i = me + 1, #all, n do mine[#mine + 1] = all[i] end
  assert(#mine > 0, file .. " has fewer lines than wrk has threads")
  return mine
end

-- cycle LIST: a function returning the list's elements in turn, forever.
function common.cycle(list)
  local i = 0
  return function()
    i = i % #list + 1
    return list[i]
  end
end

return common
