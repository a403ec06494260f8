-- wrk script for `python -m camreset.bench.load`: each wrk thread is one person at a camera.
--
-- Run with as many threads as connections (-t N -c N), so a thread owns exactly one
-- connection and one session, and one request is in flight per session. The person starts a
-- session for a model drawn from the KB's list with a random set of things at hand, then
-- answers whatever the current step offers: mostly a real answer, sometimes "not sure" or
-- "can't", now and then an undo; at the end, feedback, then a new session. Paths therefore
-- differ from session to session and the server's engine memo misses as it would for real
-- people.
--
-- Arguments after `--`: MODELS_FILE (one model id a line) HAVE (comma-separated ids) SEED
-- MEASURE_FROM (CLOCK_MONOTONIC microseconds; requests sent before it are warm-up). Every
-- measured request adds (kind, status, microseconds) to the global `samples`, which `done`
-- writes to the file named by the environment variable CAMRESET_LOAD_SAMPLES.

local ffi = require("ffi")
ffi.cdef([[
typedef struct { long tv_sec; long tv_nsec; } camreset_timespec;
int clock_gettime(int clk_id, camreset_timespec *tp);
]])
local CLOCK_MONOTONIC = 1
local clock = ffi.new("camreset_timespec")

local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1e6 + tonumber(clock.tv_nsec) / 1e3
end

-- A small JSON reader: the server's documents are trusted, well-formed UTF-8 JSON.
local decode
do
  local sub, find, concat = string.sub, string.find, table.concat
  local escapes = { b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }

  local function skip(s, i)
    local _, e = find(s, "^[ \n\r\t]*", i)
    return e + 1
  end

  local function str(s, i)
    local parts, j = {}, i + 1
    while true do
      local a = find(s, '["\\]', j)
      if not a then error("unterminated string") end
      parts[#parts + 1] = sub(s, j, a - 1)
      if sub(s, a, a) == '"' then return concat(parts), a + 1 end
      local c = sub(s, a + 1, a + 1)
      if c == "u" then
        parts[#parts + 1] = "?" -- no id or status we read holds a \u escape
        j = a + 6
      else
        parts[#parts + 1] = escapes[c] or c
        j = a + 2
      end
    end
  end

  local value
  value = function(s, i)
    i = skip(s, i)
    local c = sub(s, i, i)
    if c == "{" then
      local obj = {}
      i = skip(s, i + 1)
      if sub(s, i, i) == "}" then return obj, i + 1 end
      while true do
        local key, v
        key, i = str(s, skip(s, i))
        i = skip(s, i) + 1 -- the colon
        v, i = value(s, i)
        obj[key] = v
        i = skip(s, i)
        if sub(s, i, i) == "}" then return obj, i + 1 end
        i = i + 1 -- the comma
      end
    elseif c == "[" then
      local arr, n = {}, 0
      i = skip(s, i + 1)
      if sub(s, i, i) == "]" then return arr, i + 1 end
      while true do
        local v
        v, i = value(s, i)
        n = n + 1
        arr[n] = v
        i = skip(s, i)
        if sub(s, i, i) == "]" then return arr, i + 1 end
        i = i + 1
      end
    elseif c == '"' then
      return str(s, i)
    elseif c == "t" then
      return true, i + 4
    elseif c == "f" then
      return false, i + 5
    elseif c == "n" then
      return nil, i + 4
    end
    local _, e = find(s, "^-?[%d.eE+-]+", i)
    if not e then error("bad JSON at " .. i) end
    return tonumber(sub(s, i, e)), e + 1
  end

  decode = function(s)
    local ok, v = pcall(value, s, 1)
    if ok then return v end
    return nil
  end
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

-- Per thread: its models, what it may have at hand, the session it is walking.
local models, have_ids, measure_from, think_ms = {}, {}, 0, 0
local session, pending_kind, sent_at = nil, nil, 0
samples = {} -- flat: kind, status, microseconds, kind, status, microseconds, ...
local HEADERS = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

local threads = {} -- in wrk's main state: every thread, for `done`

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_id", #threads)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then models[#models + 1] = line end
  end
  for id in string.gmatch(args[2], "[^,]+") do have_ids[#have_ids + 1] = id end
  math.randomseed((tonumber(args[3]) or 0) * 1000 + (thread_id or 0))
  measure_from = tonumber(args[4]) or 0
  think_ms = tonumber(args[5]) or 0
  for _ = 1, 10 do math.random() end
end

local function start_request()
  local have = {}
  for _, id in ipairs(have_ids) do
    if math.random() < 0.7 then have[#have + 1] = json_string(id) end
  end
  local model = models[math.random(#models)]
  local body = '{"model":' .. json_string(model) .. ',"have":[' .. table.concat(have, ",") .. "]}"
  return "start", wrk.format("POST", "/api/sessions", HEADERS, body)
end

local function pick_answer(step)
  local real, all = {}, {}
  for _, a in ipairs(step.answers or {}) do
    all[#all + 1] = a.id
    if a.role == "answer" then real[#real + 1] = a.id end
  end
  if #real > 0 and (math.random() < 0.85 or #all == #real) then
    return real[math.random(#real)]
  end
  return all[math.random(#all)]
end

local function step_request()
  local step = session.current
  local path = "/api/sessions/" .. session.id .. "/events"
  local body
  local kind = "answer"
  if session.finished or step.kind == "outcome" or #(step.answers or {}) == 0 then
    kind = "feedback"
    body = '{"type":"feedback","step":' .. json_string(step.id) .. ',"data":{"fixed":"no"}}'
  elseif session.can_undo and math.random() < 0.03 then
    kind = "undo"
    body = '{"type":"undo","step":' .. json_string(step.id) .. "}"
  else
    body = '{"type":"answer","step":' .. json_string(step.id)
      .. ',"answer":' .. json_string(pick_answer(step)) .. "}"
  end
  return kind, wrk.format("POST", path, HEADERS, body)
end

-- A person reads each step before answering: an exponential pause with mean `think_ms`
-- (0: no pause, every connection sends its next request as soon as the last is answered),
-- cut at MAX_PAUSE_MS so the connection is not closed as idle meanwhile (uvicorn closes an
-- idle keep-alive connection after 5 s; wrk would count the next request as a socket error
-- where a browser would open a new connection).
local MAX_PAUSE_MS = 4500
function delay()
  if think_ms <= 0 then return 0 end
  return math.min(MAX_PAUSE_MS, math.floor(-math.log(1 - math.random()) * think_ms))
end

function request()
  local kind, req
  if session == nil then
    kind, req = start_request()
  else
    kind, req = step_request()
  end
  pending_kind = kind
  sent_at = now_us()
  return req
end

function response(status, headers, body)
  if sent_at >= measure_from then
    local n = #samples
    samples[n + 1] = pending_kind
    samples[n + 2] = status
    samples[n + 3] = now_us() - sent_at
  end
  if pending_kind == "feedback" or status >= 300 then
    session = nil -- the session ended (or failed): the person starts again
    return
  end
  local doc = decode(body)
  if doc == nil or doc.current == nil or doc.id == nil then
    session = nil
    return
  end
  session = doc
end

function done(summary, latency, requests)
  local path = os.getenv("CAMRESET_LOAD_SAMPLES")
  if not path then return end
  local out = assert(io.open(path, "w"))
  for _, thread in ipairs(threads) do
    local s = thread:get("samples")
    for i = 1, #s, 3 do
      out:write(s[i], " ", s[i + 1], " ", string.format("%.1f", s[i + 2]), "\n")
    end
  end
  out:close()
end
