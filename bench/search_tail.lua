-- A crowd's searches: each request a query of one to three words from the market's list
-- (wrk ... -s search_tail.lua URL -- words.txt), so that hardly any two are the same.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "wrk_report.lua")

local words = {}

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(char)
    return string.format("%%%02X", string.byte(char))
  end))
end

init = function(args)
  for line in io.lines(args[1]) do
    if #line > 0 then words[#words + 1] = line end
  end
  math.randomseed(os.time() + math.random(1, 100000))
end

request = function()
  local count = math.random(1, 3)
  local query = {}
  for index = 1, count do
    query[index] = words[math.random(1, #words)]
  end
  return wrk.format("GET", wrk.path .. "?q=" .. encode(table.concat(query, " ")))
end
