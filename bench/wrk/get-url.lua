-- GET of the one URL given to wrk (a list page, a deep page, a report), with the bearer token.
package.path = os.getenv("BENCH_WRK") .. "/?.lua;" .. package.path
local lib = require "lib"

lib.authorize()
setup = lib.setup
done = lib.done
