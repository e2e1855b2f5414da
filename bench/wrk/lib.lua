-- Shared by the benchmark's wrk scripts: the bearer token, data files, and one result line.
local lib = {}

local threads = {}

-- Each thread gets a number (1, 2, ...); its failure counters are added up by done().
function lib.setup(thread)
   table.insert(threads, thread)
   thread:set("thread_no", #threads)
end

function lib.authorize()
   wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

-- The lines of a file under bench/results, each split on spaces.
function lib.read(name)
   local rows = {}
   for line in io.lines(os.getenv("BENCH_DATA") .. "/" .. name) do
      local fields = {}
      for field in line:gmatch("%S+") do
         table.insert(fields, field)
      end
      table.insert(rows, fields)
   end
   return rows
end

-- The measured-run slot ("warmup" is 0, "rep2" is 2), so that each run may use its own ids.
function lib.slot(arg)
   if arg == nil or arg == "warmup" then
      return 0
   end
   return tonumber(arg:match("%d+"))
end

-- Counts a failed answer by status, for the line done() writes to the log.
local STATUSES = { 200, 201, 204, 400, 401, 403, 404, 409, 412, 413, 422, 429, 500, 502, 503 }

function lib.fail(status)
   failures = (failures or 0) + 1
   local name = "failed_" .. status
   _G[name] = (_G[name] or 0) + 1
end

-- One line run.sh reads: requests per second, p50 and p99 in ms, and failed requests (socket
-- errors, HTTP status >= 400, and what the scripts' response() functions count as failures).
function lib.done(summary, latency)
   local e = summary.errors
   -- A script's own count includes every status >= 400 that wrk counts itself, hence the larger of the two.
   local scripted = 0
   for _, thread in ipairs(threads) do
      scripted = scripted + (thread:get("failures") or 0)
   end
   local failed = e.connect + e.read + e.write + e.timeout + math.max(e.status, scripted)
   local by_status = {}
   for _, status in ipairs(STATUSES) do
      local count = 0
      for _, thread in ipairs(threads) do
         count = count + (thread:get("failed_" .. status) or 0)
      end
      if count > 0 then
         table.insert(by_status, status .. "=" .. count)
      end
   end
   if #by_status > 0 then
      io.write("BENCH-FAILURES " .. table.concat(by_status, " ") .. "\n")
   end
   io.write(string.format("BENCH %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end

return lib
