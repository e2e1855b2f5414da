-- Shared by the benchmark's wrk scripts: the bearer token, data files, and one result line.
local lib = {}

local threads = {}

-- Each thread gets a number (1, 2, ...) and a failure counter that done() adds up.
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

-- One line run.sh reads: requests per second, p50 and p99 in ms, and failed requests (socket
-- errors, HTTP status >= 400, and what the scripts' response() functions count as failures).
function lib.done(summary, latency)
   local e = summary.errors
   local failed = e.connect + e.read + e.write + e.status + e.timeout
   for _, thread in ipairs(threads) do
      failed = failed + (thread:get("failures") or 0)
   end
   io.write(string.format("BENCH %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed))
end

return lib
