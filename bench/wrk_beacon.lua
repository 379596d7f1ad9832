-- POSTs the beacon a page view sends (campaign/engagement), as a browser would, and
-- prints the same JSON line as wrk_report.lua.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "wrk_report.lua")

wrk.method = "POST"
wrk.body = '{"m":"jp","e":"view","p":3,"r":"https://www.google.co.jp/","q":"?utm_source=bench"}'
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
-- A browser's user agent: robots are answered without being counted, a shorter path.
wrk.headers["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
  .. "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
wrk.headers["Origin"] = "http://127.0.0.1:8090"
