-- wrk script: every request picks a random corpus entry, so caches see the whole corpus, not one hot document.
--   BENCH_IDS          ids.tsv (id, archive ETag, nginx ETag); GET BENCH_PATH with %s replaced by the id
--   BENCH_ETAG_COLUMN  2 or 3: send that column as If-None-Match (the 304 path); unset: unconditional GET
--   BENCH_BODIES       instead of BENCH_IDS: a file listing text files; POST one of them to BENCH_PATH
--   BENCH_OUT          where done() writes the figures as JSON
--   BENCH_TARGETS      space-separated host:port of several servers of one archive: thread n connects to the
--                      n-th (round-robin), as a load balancer spreading connections would; unset: the URL's host
local threads = 0
local targets = {}
for target in (os.getenv("BENCH_TARGETS") or ""):gmatch("%S+") do
  local host, port = target:match("^(.+):(%d+)$")
  targets[#targets + 1] = wrk.lookup(host, port)[1]
end

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
  if #targets > 0 then
    thread.addr = targets[(threads - 1) % #targets + 1]
  end
end

local function fields(line)
  local parts = {}
  for part in line:gmatch("[^\t]+") do
    parts[#parts + 1] = part
  end
  return parts
end

function init(args)
  math.randomseed(7919 * thread_number)
  path = os.getenv("BENCH_PATH")
  ids, etags, bodies = {}, {}, {}
  local column = tonumber(os.getenv("BENCH_ETAG_COLUMN") or "")
  if os.getenv("BENCH_BODIES") then
    for name in io.lines(os.getenv("BENCH_BODIES")) do
      local file = assert(io.open(name, "rb"))
      bodies[#bodies + 1] = file:read("*a")
      file:close()
    end
    return
  end
  for line in io.lines(os.getenv("BENCH_IDS")) do
    local parts = fields(line)
    ids[#ids + 1] = parts[1]
    if column then
      etags[#etags + 1] = parts[column]
    end
  end
end

function request()
  if #bodies > 0 then
    return wrk.format("POST", path, {["Content-Type"] = "text/plain; charset=utf-8"},
      bodies[math.random(#bodies)])
  end
  local i = math.random(#ids)
  local headers = nil
  if #etags > 0 then
    headers = {["If-None-Match"] = etags[i]}
  end
  return wrk.format("GET", string.format(path, ids[i]), headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  out:write(string.format('{"requests": %d, "seconds": %.3f, "requestsPerSecond": %.1f, '
    .. '"p50Ms": %.3f, "p95Ms": %.3f, "p99Ms": %.3f, "maxMs": %.3f, "errors": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.status + e.timeout))
  out:close()
end
