-- An editor's requests in the admin: the session cookie is given after the URL
-- (wrk ... -s signed_in.lua URL -- "sessionid=..."), as the load balancer's HTTPS header.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "wrk_report.lua")

init = function(args)
  wrk.headers["Cookie"] = args[1]
  wrk.headers["X-Forwarded-Proto"] = "https"
end
