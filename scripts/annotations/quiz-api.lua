---@meta
-- Trigger Trainer quiz API, for lua-language-server (LuaCATS annotations). Not loaded by the
-- game: the functions are provided in C by game/quiz/quizapi.c. Reference: docs/quiz-api.md.

---@alias tt.View "anterior"|"posterior"|"lateral_right"|"lateral_left"|"foot_plantar"|"leg_medial"|"hand_palmar"|"hand_dorsal"
---@alias tt.Side "right"|"left"
---@alias tt.Kind "locate"|"refer"|"identify"|"name"|"palpate"
---@alias tt.Position "prone"|"supine"|"side_lying"|"seated"
---@alias tt.Technique "flat"|"pincer"

---A question made by a constructor (read-only). In on_answer every default is decided.
---@class tt.Question
---@field kind tt.Kind
---@field muscle string muscle id
---@field view tt.View|nil nil while left to the round
---@field side tt.Side|nil nil while left to the round
---@field trp integer|nil 1 = the muscle's first trigger point (not for locate)
---@field tolerance number|nil locate, palpate: cm where the click's score reaches 0
---@field choices integer|string[]|nil identify/name: in on_answer the muscle ids shown (the answer among them); on a question not asked yet, the ids written (answer first) or the number of choices
---@field prompt string|nil the text replacing the generated prompt ("{prompt}" stands for the generated text)
---@field time_limit number|nil seconds for this question (nil: the quiz's)
---@field points number weight in the round's score (1 when not written)
---@field hint string|nil the hint the student may ask for
---@field always boolean kept in every round when count draws a subset
---@field line integer line of the constructor call
---@field n integer|nil number in the round (in on_answer)

---@class tt.QuestionFields
---@field muscle string muscle id (required), see `trigger-trainer atlas --list`
---@field view? tt.View locate: default posterior, anterior, then the lateral view of the side, the first that fits; refer/identify: the view shown first (the pattern's other views follow); name: default the view of the X
---@field side? tt.Side the client's side; default: fixed by a lateral view, else random per round
---@field prompt? string replaces the generated question text; "{prompt}" in it stands for the generated text
---@field time_limit? number seconds for this question, 1 to 3600 (default: the quiz's time_limit)
---@field points? number weight in the round's score, 0 to 100 (default 1: 100 points; 2 counts double)
---@field hint? string a hint the student may ask for before answering, shown with the result
---@field always? boolean true: kept in every round when the quiz's count draws a subset

---@class tt.LocateFields: tt.QuestionFields
---@field tolerance? number cm, 1.5 to 30 (default 5): 100 within 1.5 cm, 0 at the tolerance

---@class tt.ReferFields: tt.QuestionFields
---@field trp? integer which trigger point (1 = first); default: at random among those fitting the view, common 3 : occasional 1 : rare never

---@class tt.ChoiceFields: tt.ReferFields
---@field choices? integer|string[] 2 to 6 (default 4), or a list of 1 to 5 distractor muscle ids

---Click the trigger point of a muscle.
---@param fields tt.LocateFields
---@return tt.Question
function locate(fields) end

---Paint where a trigger point refers pain.
---@param fields tt.ReferFields
---@return tt.Question
function refer(fields) end

---See a referred-pain pattern, pick the muscle.
---@param fields tt.ChoiceFields
---@return tt.Question
function identify(fields) end

---See a trigger point, pick the muscle.
---@param fields tt.ChoiceFields
---@return tt.Question
function name(fields) end

---@class tt.PalpateFields: tt.ReferFields
---@field tolerance? number cm, 1.5 to 30 (default 5): the click, scored like locate against the trigger point asked

---Palpate a trigger point: choose the client's position, the technique (flat or pincer), then click
---where to press, starting from the first landmark of its palpation (marked). Scored 20 + 20 + 60.
---@param fields tt.PalpateFields
---@return tt.Question
function palpate(fields) end

---@class tt.Ctx
---@field seed integer the round's seed
---@field player string the player's name
---@field quiz string the quiz id
---@field [string] any your own per-round state
local Ctx = {}

---ctx.random(): [0,1); ctx.random(n): 1..n; ctx.random(m, n): m..n. Seeded per round.
---@param m? integer
---@param n? integer
---@return number
function Ctx.random(m, n) end

---Shuffles list in place (seeded per round) and returns it.
---@generic T
---@param list T[]
---@return T[]
function Ctx.shuffle(list) end

---One element at random, nil for an empty list.
---@generic T
---@param list T[]
---@return T|nil
function Ctx.pick(list) end

---Writes its arguments (tostring, separated by spaces) as a line: `check` prints it as
---"file:line: log: ...", `play --stdio` as {"type":"log",...}. Quizzes have no print.
---@param ... any
function Ctx.log(...) end

---@class tt.Result
---@field n integer
---@field score integer 0..100
---@field correct boolean identify/name right, or locate/refer score >= 50
---@field skipped boolean
---@field answer string the right muscle id
---@field feedback string the built-in feedback
---@field time_ms integer|nil how long the student took to answer
---@field hint_used boolean the student asked for the question's hint first
---@field distance_cm number|nil locate: cm to the nearest trigger point (palpate: to the one asked); nil when skipped, on the wrong side or in another view
---@field areas tt.AreaVerdict[]|nil refer: one entry per named area, each area once
---@field found_percent integer|nil refer: the essential zone found, 0..100 (the score is found - overshoot)
---@field overshoot_percent integer|nil refer: the penalty for paint where the pain does not go
---@field areas_hit string[]|nil refer: areas found or partly found (from areas; nil when skipped)
---@field areas_missed string[]|nil refer: areas missed (from areas)
---@field areas_outside string[]|nil refer: areas with overshoot (from areas); the three lists never share a name
---@field parts tt.PalpateParts|nil palpate: each part's score (nil when skipped)

---@class tt.PalpateParts
---@field position integer 0 or 20
---@field technique integer 0 or 20
---@field location integer 0 to 60: the click's locate score x 0.6

---@alias tt.Verdict "found"|"partly"|"missed"|"overshoot"

---@class tt.AreaVerdict
---@field area string the area's label, e.g. "right temple"
---@field verdict tt.Verdict
---@field view tt.View the view that decided it (the one showing that area best)

---@class tt.AnswerReply
---@field feedback? string added after the built-in feedback
---@field again? boolean|tt.Question true: ask this question again at the end of the round
---@field ask? tt.Question[] questions added at the end of the round

---@class tt.ResultRecord
---@field n integer
---@field kind tt.Kind
---@field muscle string
---@field score integer
---@field correct boolean
---@field skipped boolean
---@field points number the question's weight
---@field time_ms integer|nil

---@alias tt.EndedBy "completed"|"quit"|"eof"|"time_limit"

---@class tt.Summary
---@field score integer
---@field max integer 100 * points per planned question (100 each without points)
---@field percent integer of max: every planned question counts, answered or not
---@field planned integer questions the round meant to ask (on_answer's again/ask included)
---@field asked integer
---@field answered integer
---@field skipped integer
---@field finished boolean every planned question answered or skipped
---@field ended_by tt.EndedBy how the round ended (on_finish also runs when it ends early)
---@field pass_mark? integer the quiz's pass mark (only when it sets one)
---@field passed? boolean finished and percent >= pass_mark (only with a pass mark)
---@field results tt.ResultRecord[]

---@class tt.FinishReply
---@field feedback? string shown with the total

---@class tt.QuizFields
---@field id string unique, [a-z0-9-]+
---@field title string
---@field description? string
---@field author? string
---@field time_limit? number seconds per question, 1 to 3600 (a question's own time_limit wins)
---@field time_limit_total? number seconds for the whole round, 1 to 86400: when they run out the round ends (ended_by "time_limit")
---@field pass_mark? integer percent (0 to 100) of the planned questions a finished round needs to pass; stored with the round
---@field shuffle? boolean ask in a random order
---@field count? integer ask at most this many per round (1 to 200; with shuffle, a new selection each round)
---@field repeats? boolean allow the same question twice in a round
---@field questions tt.Question[]|fun(ctx: tt.Ctx): tt.Question[]
---@field on_answer? fun(ctx: tt.Ctx, question: tt.Question, result: tt.Result): tt.AnswerReply|nil
---@field on_finish? fun(ctx: tt.Ctx, summary: tt.Summary): tt.FinishReply|nil

---@class tt.Quiz

---Declares the quiz; the file must `return quiz { ... }`.
---@param fields tt.QuizFields
---@return tt.Quiz
function quiz(fields) end

---@class tt.MuscleInfo
---@field id string
---@field name string
---@field region string
---@field palpation string the prose palpation note
---@field trps integer number of trigger points
---@field views tt.View[] views where a trigger point can be seen
---@field zone_views tt.View[] views where a referred-pain zone is drawn
---@field trigger_points tt.TriggerPoint[] the muscle's trigger points, in order (without areas and spillover_areas)

---How a trigger point is found (its own, or its muscle's).
---@class tt.Palpation
---@field position tt.Position how the client lies
---@field technique tt.Technique flat: pressed against bone; pincer: grasped between thumb and fingers
---@field landmarks string[] landmark ids, the one to find first first
---@field steps string[] short steps in words

---@class tt.MuscleFilter
---@field region? string one of atlas.regions()
---@field view? tt.View only muscles with a trigger point in this view

---@class tt.TriggerPoint
---@field id string "vastus_medialis_1"
---@field muscle string the muscle id
---@field number integer what `trp = n` takes
---@field name string "TrP1 (distal, above the medial knee)"
---@field frequency "common"|"occasional"|"rare"
---@field areas string[]|nil areas the essential zone covers, without a side: "medial knee" (atlas.trigger_points only)
---@field spillover_areas string[]|nil areas only the spillover zone adds (atlas.trigger_points only)
---@field views tt.View[] views where the trigger point is drawn
---@field zone_views tt.View[] views where its essential zone is drawn
---@field palpation tt.Palpation how a therapist finds it

---@class tt.TriggerPointFilter
---@field muscle? string a muscle id
---@field region? string one of atlas.regions()
---@field area? string a word an area's name holds: "knee" matches "medial knee", "back of the knee" (essential zone)
---@field view? tt.View the trigger point is drawn in this view
---@field frequency? "common"|"occasional"|"rare"

---The body model, read-only.
---@class tt.Atlas
atlas = {}

---@return string[]
function atlas.regions() end

---@param filter? tt.MuscleFilter
---@return tt.MuscleInfo[]
function atlas.muscles(filter) end

---@param id string
---@return tt.MuscleInfo|nil
function atlas.muscle(id) end

---The trigger points that pass every filter given (all of them without one), in atlas order.
---`trigger-trainer atlas --list --trps` prints the same as text.
---@param filter? tt.TriggerPointFilter
---@return tt.TriggerPoint[]
function atlas.trigger_points(filter) end
