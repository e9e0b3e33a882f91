-- wrk script for bench/load.sh. Arguments after wrk's "--": the request kind (get, vote or beacon), a phase letter
-- that keeps the visitors of separate runs apart (w: warm-up, m: measured), and optionally where to keep the visitor
-- cookies the site issues (a path prefix; each wrk thread uses its own file, prefix.N).
-- Every request comes from its own client address (X-Forwarded-For, believed because the site trusts 127.0.0.1
-- as a proxy), so the per-address rate limits stay out of the way as they do for real visitors. Votes come from
-- visitors as browsers have them: a visitor's first vote carries no cookie and its answer sets the civic_vid cookie
-- the site made (pages never set one: they are cached); later votes carry that cookie. Warm-up votes are first votes
-- and keep the issued cookies; measured votes come from those visitors, each voting once more with its cookie (on
-- the measured item, their first vote there), and from new visitors without a cookie once the kept ones run out.
-- wrk itself counts only answers >= 400, so answers outside 2xx are counted here. done() prints one line:
-- "result <requests> <requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors>".

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", #threads)
end

local kind, phase, index, n = "get", "m", 0, 0
local jar, issued, used = nil, {}, 0
non2xx = 0

function init(args)
  kind = args[1] or kind
  phase = args[2] or phase
  index = tonumber(wrk.thread:get("index"))
  if args[3] and args[3] ~= "" then
    jar = args[3] .. "." .. index
    if phase == "m" then
      local kept = io.open(jar, "r")
      if kept then
        for cookie in kept:lines() do
          table.insert(issued, cookie)
        end
        kept:close()
      end
    end
  end
end

-- The Cookie header of the next vote: a kept issued cookie while there are any in the measured phase, else none.
local function voter_cookie()
  if phase == "m" and used < #issued then
    used = used + 1
    return "civic_vid=" .. issued[used]
  end
  return nil
end

local function client()
  return string.format("10.%d.%d.%d", index, math.floor(n / 256) % 256, n % 256)
end

local browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"

function request()
  n = n + 1
  if kind == "vote" then
    return wrk.format("POST", nil, {
      ["Content-Type"] = "application/json",
      ["Sec-Fetch-Site"] = "same-origin",
      ["User-Agent"] = browser,
      ["Cookie"] = voter_cookie(),
      ["X-Forwarded-For"] = client(),
    }, '{"score":' .. (n % 5 + 1) .. '}')
  elseif kind == "beacon" then
    -- What navigator.sendBeacon sends from a page.
    return wrk.format("POST", nil, {
      ["Content-Type"] = "text/plain;charset=UTF-8",
      ["Sec-Fetch-Site"] = "same-origin",
      ["User-Agent"] = browser,
      ["X-Forwarded-For"] = client(),
    }, '{"path":"/articles/item-' .. (n % 300) .. '","referrer":"https://www.google.com/"}')
  end
  -- A browser's User-Agent on every request: without one Magnolia's cache logs a warning per request.
  return wrk.format("GET", nil, { ["User-Agent"] = browser, ["X-Forwarded-For"] = client() })
end

function response(status, headers)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif kind == "vote" and phase == "w" and jar then
    local cookie = string.match(headers["Set-Cookie"] or "", "^civic_vid=([A-Za-z0-9_-]+);")
    if cookie then
      local kept = io.open(jar, "a")
      kept:write(cookie, "\n")
      kept:close()
    end
  end
end

function done(summary, latency)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format("result %d %.1f %.2f %.2f %d %d\n", summary.requests,
    summary.requests / summary.duration * 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    bad, e.connect + e.read + e.write + e.timeout))
end
