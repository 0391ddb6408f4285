-- wrk script: POSTs drawings as the page does ({"image": "data:image/png;base64,..."}) and counts
-- answers whose digit differs from the one expected for the payload. Works with digitpad's
-- /api/predict and with the Python peers' /predict ("digit": d, with or without a space).
-- The payload list comes from the file named by $DIGITPAD_PAYLOADS: one "<digit> <json file>" a line.
--
-- wrk does not say which connection a response belongs to, and a thread's connections answer in
-- any order, so each thread keeps a multiset of the digits it is still waiting for: an answer is
-- right when some outstanding request expects its digit. With a single payload this is exact; with
-- several it can only miss a wrong answer, never invent one (the count is a lower bound).

local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    payloads = {}
    for line in io.lines(os.getenv("DIGITPAD_PAYLOADS")) do
        local digit, file = line:match("^(%d) (.+)$")
        if digit then
            local f = assert(io.open(file, "rb"))
            table.insert(payloads, { digit = digit, body = f:read("*a") })
            f:close()
        end
    end
    assert(#payloads > 0, "no payloads in " .. os.getenv("DIGITPAD_PAYLOADS"))
    next_payload = 0
    outstanding = {}
    for d = 0, 9 do
        outstanding[tostring(d)] = 0
    end
    wrong = 0
    checked = 0
end

function request()
    next_payload = next_payload % #payloads + 1
    local p = payloads[next_payload]
    outstanding[p.digit] = outstanding[p.digit] + 1
    return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, p.body)
end

function response(status, headers, body)
    if status ~= 200 then
        return -- counted by wrk as a non-2xx response
    end
    checked = checked + 1
    local digit = body:match('"digit"%s*:%s*(%d)')
    if digit and outstanding[digit] > 0 then
        outstanding[digit] = outstanding[digit] - 1
    else
        wrong = wrong + 1
    end
end

function done(summary, latency, requests)
    local wrong_total, checked_total = 0, 0
    for _, thread in ipairs(threads) do
        wrong_total = wrong_total + thread:get("wrong")
        checked_total = checked_total + thread:get("checked")
    end
    io.write(string.format("answers checked: %d, wrong digit: %d\n", checked_total, wrong_total))
    for _, p in ipairs({ 50, 90, 99, 99.9 }) do
        io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
    end
end
