-- Every request an ad click: the page's address with utm_* tags and a click id of its own.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "wrk_report.lua")

local counter = 0

setup = function(thread)
  thread:set("thread_id", tostring(math.random(100000, 999999)))
end

request = function()
  counter = counter + 1
  local joiner = wrk.path:find("?", 1, true) and "&" or "?"
  local path = wrk.path .. joiner .. "utm_source=google&utm_medium=cpc&utm_campaign=launch"
    .. "&utm_content=banner-" .. (counter % 7) .. "&gclid=" .. thread_id .. "x" .. counter
    .. "&fbclid=IwAR" .. counter
  return wrk.format("GET", path)
end
