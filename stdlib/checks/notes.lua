-- Rules about how notes are written: vague wording, jobs worded as
-- results, the same note twice, the business's own products inside the
-- profile, gains that only mirror a pain. The heuristics themselves are in
-- checks/wording.lua; the pass (checks/pass.lua) runs them once per note.
local text = require "canvas.util.text"

local quote = text.quote

local function each(ctx, fact, fn)
  for _, seg in ipairs(ctx.S.segments) do
    for _, pair in ipairs(ctx.facts[seg][fact]) do fn(seg, pair[1], pair[2]) end
  end
end

local function label(n) return n.category .. " " .. quote(n.text) end
local function at(n) return text.escape(n.file or "?") .. ":" .. (n.line or 0) end

return {
  {
    id = "CS005", name = "vague-note", severity = "warning",
    summary = "a pain or gain with vague wording and nothing measurable",
    explanation = [[
A pain or gain that says "better", "easier", "annoying" or "problems" gives
nothing to act on or to test. The rule flags pains and gains that lean on
such words, or are a bare word like "Price", and state nothing measurable:
no number, amount, unit or time frame. Say how much, how long or how
often: not "Waiting is annoying" but "Waiting more than 10 minutes in line".]],
    needs = { "vague" },
    bad = [[
segment "Shoppers" { pain "Waiting is annoying" { severity = 3 } }]],
    good = [[
segment "Shoppers" { pain "Waiting more than 10 minutes at the till" { severity = 3 } }]],
    run = function(ctx)
      each(ctx, "vague", function(_, n, why)
        ctx.report("CS005", n, label(n) .. " is vague: " .. why)
      end)
    end,
  },
  {
    id = "CS006", name = "job-as-outcome", severity = "warning",
    summary = "a job worded as a result, or the same note as a job and a pain or gain",
    explanation = [[
Jobs are what customers try to get done: tasks, problems to solve, needs to
meet. Pains and gains are the results they want to avoid or reach. A job
written as a result ("Lower costs", "Faster delivery") belongs with the
gains, and a note that stands both among the jobs and among the pains or
gains confuses the two. The rule flags jobs that open with a comparative or
a result ("lower", "faster", "saved", "happy ...") rather than with what
the customer does, and texts that are both a job and a pain or gain.]],
    needs = { "outcome", "duplicates" },
    bad = [[
segment "Fleet managers" {
  job "Lower fuel costs" { importance = 5 },
}]],
    good = [[
segment "Fleet managers" {
  job "Plan routes for 40 vans every morning" { importance = 5 },
  gain "Fuel costs 10% lower than last year" { relevance = 4 },
}]],
    run = function(ctx)
      each(ctx, "outcome", function(_, n, why)
        ctx.report("CS006", n, label(n) .. ": " .. why)
      end)
      each(ctx, "cross", function(_, job, other)
        ctx.report("CS006", other, label(other) .. " is also job " .. quote(job.text) .. " at "
          .. at(job) .. "; a job is a task, a " .. other.category
          .. " a result of it: keep one and word it for its part")
      end)
    end,
  },
  {
    id = "CS007", name = "duplicate-note", severity = "warning",
    summary = "the same note twice in one profile",
    explanation = [[
Two jobs, pains or gains of one profile with the same text (compared without
regard to case, spacing and final punctuation) are one note written twice:
the ranking counts it twice and a reference to it could mean either. A pain
and a gain with the same text are the same mistake. Keep one; if they
really differ, say how. (A job that is also a pain or gain is CS006.)]],
    needs = { "duplicates" },
    bad = [[
segment "Cyclists" {
  pain "Bike stolen at the station" { severity = 5 },
  pain "bike stolen at the station." { severity = 4 },
}]],
    good = [[
segment "Cyclists" {
  pain "Bike stolen at the station" { severity = 5 },
}]],
    run = function(ctx)
      each(ctx, "dups", function(seg, n, first)
        if first.category == n.category then
          ctx.report("CS007", n, label(n) .. " is written twice in segment " .. quote(seg.name)
            .. " (first at " .. at(first) .. "); keep one")
        else
          ctx.report("CS007", n, label(n) .. " is also " .. label(first) .. " at " .. at(first)
            .. "; a note is a pain or a gain, not both: keep the one it is")
        end
      end)
    end,
  },
  {
    id = "CS008", name = "product-in-profile", severity = "warning",
    summary = "profile notes that name the business's own products",
    explanation = [[
The profile describes the customer, whether or not the offer touches a job,
pain or gain. A note that names one of the business's own products or value
propositions was written from the product's side ("Wants CardShield") and
hides the customer's real job. The names are those of the script's value
propositions and products, matched as whole words without regard to case;
a one-word name that is a common word ("App", "Offer") counts only when
written with its own capitals and not as the note's first word, to keep
false alarms rare.]],
    needs = { "mentions" },
    bad = [[
segment "Cardholders" { gain "CardShield blocks fraud" { relevance = 5 } }
value "CardShield" { segment = "Cardholders", product "CardShield alerts" }]],
    good = [[
segment "Cardholders" { gain "Fraud stopped before any money leaves the account" { relevance = 5 } }
value "CardShield" { segment = "Cardholders", product "CardShield alerts" }]],
    run = function(ctx)
      each(ctx, "mentions", function(_, n, name)
        ctx.report("CS008", n, label(n) .. " names the business's own " .. quote(name)
          .. "; describe the customer's job, pain or gain without the product")
      end)
    end,
  },
  {
    id = "CS020", name = "mirrored-pain-gain", severity = "warning",
    summary = "a gain that is only the mirror image of a pain",
    explanation = [[
Turning each pain round ("queue is slow" / "queue is fast") doubles the
profile without saying anything new. A gain should state what the customer
would count as a gain, ideally measurable. The rule matches gains against
the pains of the same profile with antonyms ("slow"/"fast", "hard"/"easy")
and negations set aside; a gain that states a measurable target ("served in
under 3 minutes") is not a mirror.]],
    needs = { "mirrors" },
    bad = [[
segment "Diners" {
  pain "Service is slow" { severity = 3 },
  gain "Service is fast" { relevance = 3 },
}]],
    good = [[
segment "Diners" {
  pain "Service is slow" { severity = 3 },
  gain "Served within 5 minutes of ordering" { relevance = 3 },
}]],
    run = function(ctx)
      each(ctx, "mirrors", function(_, gain, pain)
        ctx.report("CS020", gain, label(gain) .. " only mirrors pain " .. quote(pain.text)
          .. " at " .. at(pain) .. "; state the gain the customer would count, with a number")
      end)
    end,
  },
}
