"""Plans and futures: what the team means to do later, and what the project will become.

Two facts, each said in ordinary words:

- ``staged_plan``: the team says it will begin with prompting and come back to fine-tuning
  later ("we'll start with a prompt and revisit once we have data", "prompt first, tune
  later", "eventually we'd fine-tune"). A denial ("we don't plan to fine-tune later")
  reads as no.
- ``future_scale``: the project will grow well beyond today — usage said to multiply
  ("will grow tenfold next year", "expect 5x the traffic by spring"), or a pilot that
  becomes a roll-out ("if the pilot works it goes to all 40 branches").
- ``requirements_settle``: what changes today is said to stop changing later ("GA is in 4
  months and then the API freezes", "after March the categories stay fixed").

Each pattern's intent is in the comment above it; a phrase matches within one sentence.
"""

from __future__ import annotations

from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.negation import negated
from assistant.parsing.text import Text

# Words between two parts of one phrase: up to six, never across a sentence end.
_GAP = r"(?:[^\s.!?;]+\s+){0,6}?"
# What a team does meanwhile, between its first step and the later one ("a prompted model
# + catalog search, log conversations (with consent), and fine-tune in year two").
_LONG_GAP = r"(?:[^\s.!?;]+\s+){0,12}?"
# Between the parts: spaces and light punctuation ("prompt first, then ...").
_SEP = r"[\s,;:()-]*"
# How a team names prompting, and fine-tuning.
_PROMPTING = (
    r"(?:prompt(?:s|ing|\s+engineering)?|few[- ]shot|zero[- ]shot|rag|retrieval"
    r"|an?\s+off[- ]the[- ]shelf\s+model|an?\s+(?:base|hosted|stock)\s+model"
    r"|prompted\s+(?:model|llm|gpt\S*|approach|version|extraction|pipeline|setup))"
)
_TUNING = (
    r"(?:fine[- ]?tun(?:e|ed|ing)|tun(?:e|ing)\s+(?:our|a|the)\s+own\s+model"
    r"|train(?:ing)?\s+(?:our|a|an|the)\s+(?:own\s+|custom\s+|small\s+|smaller\s+)?model"
    r"|custom\s+model|distil\w*\s+(?:(?:it|this|that)\s+)?(?:in)?to\s+(?:a|an|our)\s+"
    r"(?:small|smaller|tiny|own|custom|cheaper)\w*\s+model"
    # "could we train on that later?": training on what the prompted version gathers.
    r"|train\s+on\s+(?:that|this|those|these|them|it)\b)"
)
# When, later: the moment a plan defers to.
_LATER = (
    r"(?:later|eventually|down\s+the\s+(?:road|line)|in\s+(?:a\s+)?(?:later|second|next)\s+"
    r"(?:phase|stage)|phase\s+(?:2|two)|v2|next\s+year|in\s+the\s+(?:long|longer)\s+(?:run|term)"
    # "once we have the data", "when there are enough labels", "after we collect 2,000".
    r"|(?:once|when|as\s+soon\s+as|after)\s+(?:we(?:'ve|\s+have)?\s+(?:have|get|got|collect\w*"
    r"|gather\w*|reach\w*|hit|pass|cross\w*|exceed\w*|build\w*|accumulat\w*|see|label\w*)"
    r"|there\s+(?:is|are|'s)\s+"
    r"(?:enough|more)|(?:enough|more)\s+(?:data|labels|examples)|(?:the\s+)?(?:volume|usage"
    r"|traffic|data|labels?)\s+(?:grows?|is\s+there|are\s+there|justif\w+|comes?\s+in))"
    # "when the big library lands", "once the annotation set is done".
    r"|(?:once|when|after|as\s+soon\s+as)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:lands?"
    r"|arrives?|comes\s+in|is\s+(?:done|ready|finished|complete)|launches|goes\s+live)"
    r"|if\s+(?:it|that|this|prompting)\s+(?:isn't|is\s+not|doesn't|does\s+not|plateaus|stalls"
    r"|falls\s+short|hits))"
)
_STAGED = lazy_pattern(
    # "start with a prompt", "begin with prompting", "start off prompting", "prompt first".
    rf"\b(?:(?:start|begin|kick\s+off|launch|go\s+live|ship)(?:\s+off)?\s+(?:with|by|using|on)\s+"
    rf"{_GAP}{_PROMPTING}\b{_SEP}{_LONG_GAP}(?:and|then|,){_SEP}{_GAP}(?:{_TUNING}|revisit|re-?evaluate"
    rf"|reconsider|switch|move|graduate|upgrade)"
    # "prompt first, fine-tune later", "prompting for now and fine-tuning once ...".
    rf"|{_PROMPTING}\s+(?:first|for\s+now|to\s+start|initially|at\s+first|in\s+the\s+meantime)"
    rf"\b{_SEP}{_GAP}(?:{_TUNING}|revisit|switch|move)"
    # "fine-tune later", "fine-tuning once we have data", "revisit fine-tuning when ...".
    rf"|(?:{_TUNING})\s+{_GAP}{_LATER}"
    rf"|(?:revisit|reconsider|re-?evaluate)\s+(?:{_TUNING})"
    # "labeled data for a later fine-tune", "a future fine-tuning run".
    rf"|(?:later|future|eventual|subsequent|second[- ]phase|phase[- ](?:2|two))\s+(?:{_TUNING})"
    rf"|(?:later|eventually|then)\s+(?:we\s+)?(?:could|can|might|may|will|would|'d|plan\s+to"
    rf"|want\s+to|hope\s+to)\s+(?:\w+\s+){{0,2}}?(?:{_TUNING})"
    # "we'd like to know what makes sense now vs. in a year": a plan in two steps asked for.
    rf"|what\s+(?:makes\s+sense|to\s+do|we\s+should\s+do)\s+now\s+(?:vs\.?|versus|and|or)\s+(?:in\s+a\s+year"
    rf"|later|long[- ]term|next\s+year|down\s+the\s+(?:road|line)|in\s+\d+\s+(?:months|years))"
    # "We'd start with prompting (few-shot with a handful of worked examples) and, once the
    # corrected set reaches a size that makes it worthwhile, fine-tune an open model": a
    # first step, a moment later, and training, in one sentence.
    # (Not a past story: "I started with prompt engineering, then tried fine-tuned models".)
    rf"|(?:start|begin)(?:ing)?(?:\s+off)?\s+(?:with|by|using)\s+{_GAP}{_PROMPTING}\b"
    rf"[^.!?\n]{{0,200}}?"
    rf"\b(?:then|later|once|when|after|until|eventually)\b[^.!?\n]{{0,120}}?(?:{_TUNING})"
    # "prompting with a detailed schema until the annotation set is done, then fine-tune".
    rf"|{_PROMPTING}\b[^.!?\n]{{0,160}}?\b(?:until|till)\b[^.!?\n]{{0,160}}?(?:{_TUNING})"
    # "start with a prompt and revisit once we have data": the revisit says the plan.
    rf"|(?:start|begin)\s+(?:off\s+)?(?:with|by|using)\s+{_GAP}{_PROMPTING}\b{_SEP}{_GAP}"
    rf"(?:revisit|re-?evaluate|reconsider)\b)"
)

# Usage said to multiply: "will grow tenfold", "10x the volume next year", "to triple".
_MULTIPLE = r"(?:\d+(?:\.\d+)?\s*x|\d+\s*-?\s*fold|two|three|four|five|ten|hundred)(?:fold)?"
# Said of what will happen: "will", "is projected to", "we expect it to".
_WILL = (
    r"(?:will|'ll|expect(?:ed)?\s+to|set\s+to|going\s+to|should|could|may|likely\s+to"
    r"|projected\s+to|forecast\s+to|planned\s+to|about\s+to)"
)
_SCALE = lazy_pattern(
    # "will grow tenfold", "is expected to increase by 5x", "could climb sharply".
    rf"\b(?:{_WILL}\s+(?:\w+\s+)?(?:grow|increase|rise|climb|jump|multiply|scale)\s+(?:by\s+)?"
    rf"(?:about\s+|roughly\s+|around\s+)?(?:{_MULTIPLE}|a\s+lot|massively|significantly"
    rf"|substantially|dramatically|sharply|quickly|fast)"
    rf"|{_WILL}\s+(?:\w+\s+)?(?:double|triple|quadruple)"
    # "so volume will jump", "traffic is going to explode".
    rf"|(?:volume|traffic|usage|demand|requests|calls)\s+{_WILL}\s+(?:\w+\s+)?(?:jump|explode|surge|soar"
    rf"|balloon|skyrocket)"
    # "growing ~15% month-on-month", "could hit 2M next year".
    rf"|growing\s+(?:by\s+)?(?:~|about\s+|around\s+|roughly\s+)?\d+\s*%\s+(?:a\s+month|per\s+month"
    rf"|monthly|month[- ](?:on|over)[- ]month|mom|a\s+week|week[- ](?:on|over)[- ]week)"
    rf"|(?:could|will|should|might|expected\s+to|set\s+to)\s+(?:hit|reach|top|pass)\s+[\d.,]+\s*[km]?\b"
    rf"[^.!?;]{{0,20}}?\b(?:next|by|within|in\s+(?:a|\d))"
    # "usage is growing about 10x over the next year".
    rf"|(?:is|are)\s+(?:growing|increasing|climbing|rising)\s+(?:by\s+)?(?:about\s+|roughly\s+"
    rf"|around\s+|~)?{_MULTIPLE}"
    # "10x the traffic by spring", "a fivefold increase over the year".
    rf"|(?:{_MULTIPLE})\s+(?:the\s+)?(?:growth|increase|more|volume|traffic|usage|users|requests)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:next|by|within|in|over|after)"
    # A pilot that turns into a roll-out: "if the pilot works it goes to all 40 sites",
    # "after the trial we roll out company-wide".
    rf"|(?:if|once|when|after)\s+(?:the\s+)?(?:pilot|trial|poc|proof\s+of\s+concept|test\s+phase)"
    rf"\s+{_GAP}(?:roll(?:s|ed|ing)?\s+out|goes?\s+to|expand\w*|extend\w*|scal\w+)"
    rf"|roll(?:s|ed|ing)?\s+(?:it\s+)?out\s+to\s+(?:all|every|the\s+whole|the\s+rest|the\s+other"
    rf"|the\s+(?:branches|sites|stores|clinics|schools|offices|regions|countries))"
    # "volume goes 10x", "traffic jumps 5x", "(x5)", "le volume va exploser".
    rf"|(?:volume|traffic|usage|demand|requests)\s+(?:\w+\s+)?(?:goes|go|jumps?|grows?)\s+(?:up\s+)?"
    rf"(?:\d+(?:\.\d+)?\s*x|x\s*\d+)\b|(?<=\()[x×]\s*\d+\s*\)|va\s+exploser"
    # New markets at a later time: "we launch in Germany and Austria in the spring",
    # "expanding to Ohio and Texas next year"; a peak that multiplies the work each year:
    # "Black Friday to Christmas always doubles the listings".
    rf"|(?:launch\w*|expand\w*|go(?:ing)?\s+live)\s+(?:in|to|into)\s+[\w-]+\s+(?:and|&)\s+[\w-]+\s+"
    rf"(?:in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|q[1-4]|20\d\d)|next|later|by)\b"
    rf"|(?:always|usually|typically|reliably)\s+(?:doubles|triples|quadruples)"
    # "all 30 categories by next year", "every region later this year".
    rf"|(?:all|every)\s+(?:\d+\s+)?(?:categories|sites|stores|markets|regions|countries|branches"
    rf"|clinics|teams|departments|languages)\s+(?:by|next|later)"
    rf"|(?:company|org|enterprise|nation|country)[- ]wide\s+(?:roll[- ]?out|launch|deployment)"
    # "if reviewers like it we'd extend to the full team of 140 reviewers next year".
    rf"|(?:extend|expand|roll)\w*\s+(?:it\s+)?(?:out\s+)?to\s+(?:the\s+)?(?:full|whole|entire)\s+"
    rf"(?:team|org\w*|company|network|department|staff|workforce|group)"
    rf"|if\s+(?:\w+\s+){{0,2}}?(?:like|love|approve|adopt|accept)s?\s+it\W+[^.!?;]{{0,40}}?"
    rf"(?:extend|expand|roll|scale|grow)\w*"
    # A pilot funded first, more to follow on success: "€4k for the pilot, more if it works".
    rf"|(?:more|bigger|larger|additional|further)\s+(?:\w+\s+)?if\s+(?:it|this|that|the\s+pilot"
    rf"|the\s+trial)\s+(?:works|succeeds|goes\s+well|pans\s+out|delivers)"
    # "Post-pilot: national rollout to ~900 inspectors".
    rf"|(?:national|global|worldwide|group[- ]wide|full)\s+roll[- ]?out\s+to"
    rf"|post[- ](?:pilot|trial|poc)\W+(?:\w+\W+){{0,3}}?(?:roll[- ]?out|expan\w+|scal\w+)"
    # A trial that, if it works, reaches every site: "if the trial goes well, the board
    # wants it in all 31 warehouses", "if pilot succeed, all 36 districts".
    # (Whatever it does, "goes well", "works", "succeeds", in a few words.)
    rf"|(?:if|once|when|after)\s+(?:the\s+|our\s+|this\s+)?(?:pilot|trial|poc|test|it|this)\s+"
    rf"[^.!?;]{{0,25}}?[^\w.!?;]+"
    rf"[^.!?;]{{0,60}}?\b(?:(?:all|every|the\s+whole|the\s+rest\s+of)\s+(?:\d+\s+|our\s+|the\s+)?"
    rf"[a-z]+|\d{{2,}}\s+[^\W\d_]+\s+(?:next\s+year|by\s+\w+|in\s+a\s+year))"
    # "then expand to all six and eventually a further 20 clinics", "by year end: all 48
    # hotels".
    rf"|(?:then|later|eventually|afterwards)\W+[^.!?;]{{0,40}}?(?:expand|extend|roll\s+(?:it\s+)?"
    rf"out|scale|grow|spread)\w*\s+(?:it\s+)?(?:to|across|into)\s+(?:all|every|the\s+whole"
    rf"|the\s+rest|\d+|a\s+further|more|the\s+other)"
    # "next semester the tool goes to 38 teachers".
    rf"|(?:next|from\s+next)\s+(?:semester|term|year|quarter|season|month)\W+(?:[\w']+\W+){{0,4}}?"
    rf"(?:goes|go|rolls?\s+out|expands?|extends?|opens?\s+up)\s+to\s+(?:all|every|the\s+other"
    rf"|\d+)"
    # "the idea is to extend it to all the sites within a year", "we'll deploy it across every
    # branch": a roll-out to every site of the organisation, whatever word comes before it.
    rf"|(?:expand|extend|roll\s+(?:it\s+)?out|spread|deploy)\w*\s+(?:it\s+)?(?:to|across|into|in)\s+"
    rf"(?:all|every|the\s+whole)\s+(?:the\s+|our\s+|\d+\s+)?(?:sites?|stores?|clinics?|branch(?:es)?"
    rf"|offices?|schools?|hospitals?|regions?|countries|country|markets?|agencies|agency"
    rf"|warehouses?|hotels?|locations?|restaurants?|shops?|districts?|campuses|campus|plants?"
    rf"|factories|factory|franchises?)\b"
    # "once the 3PL deal closes we go to 60k docs/month".
    rf"|(?:once|when|after)\s+[^.!?;]{{0,40}}?\b(?:we|it|volume|usage|traffic)\s+(?:go|goes|grow|grows"
    rf"|jump|jumps|move|moves|ramp\s+up)\s+to\s+(?:about\s+|around\s+|~)?\d"
    # A volume that will grow to a stated rate, the rest of a roll-out at a later date, and
    # the other customers or sites still to come: "~200 docs/day, growing to 5k/day when the
    # other 11 customers onboard", "10 of our 55 agents in two weeks, the rest in Q2".
    rf"|(?:growing|grows|rising|ramping\s+up|going\s+up|climbing)\s+to\s+(?:about\s+|around\s+|~)?"
    rf"[\d.,]+\s*[km]?\s*(?:[a-z]+\s*)?(?:/|a\s+|per\s+)(?:day|week|month|year)"
    rf"|(?:the\s+)?rest\s+(?:of\s+(?:the\s+|our\s+)?[a-z]+\s+)?(?:in|by|from)\s+(?:q[1-4]\b"
    rf"|next\s+(?:month|quarter|year)|the\s+(?:spring|summer|autumn|fall|winter))"
    rf"|(?:when|once|as)\s+(?:the\s+)?other\s+(?:\d+\s+)?[a-z]+\s+(?:onboard|join|come\s+on|go\s+live"
    rf"|sign\s+on|are\s+added|roll\s+on)"
    rf"|by\s+(?:year[- ]end|the\s+end\s+of\s+(?:the\s+)?year|next\s+(?:year|spring|summer|autumn"
    rf"|fall|winter))\W+(?:\w+\W+){{0,3}}?(?:all|every)\s+(?:\d+\s+)?[a-z]+)"
)


# The general reading of a pilot that becomes a roll-out, for the wordings the phrases
# above do not foresee: a condition of success ("if they like it", "if it goes well",
# "assuming the trial works out") and, in the same sentence, a wider reach ("all 60
# physicians get it", "the whole district", "everyone", "company-wide").
_ON_SUCCESS = lazy_pattern(
    r"\b(?:if|once|assuming|provided)\s+(?:that\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:works?(?:\s+out)?|goes\s+well|went\s+well|succeeds?|is\s+(?:a\s+)?success(?:ful)?"
    r"|pans\s+out|proves\s+(?:itself|out|useful|valuable|its\s+worth)|delivers|lands\s+well"
    r"|(?:like|likes|love|loves|approve|approves|adopt|adopts|buy\s+in|sign\s+off|signs\s+off)"
    r"(?:\s+(?:it|on\s+it|this))?|is\s+positive|are\s+positive|pays\s+off|takes\s+off"
    r"|holds\s+up|shows\s+(?:value|results|promise))\b"
    r"|\bif\s+(?:successful|all\s+goes\s+well|it's\s+a\s+hit)\b|\bon\s+success\b"
)
_WIDER = lazy_pattern(
    r"\b(?:all|every|everyone|everybody|the\s+whole|the\s+entire|the\s+rest|the\s+other"
    r"|(?:company|org|firm|group|network|nation|country|district|state|world)[- ]?wide"
    r"|nationally|globally|roll\w*\s+(?:it\s+)?out|scal\w+\s+(?:it\s+)?up|expand\w*|extend\w*)\b"
)
# Usage said to multiply, in any order within a sentence: a volume, a multiple and a time
# to come ("by then volume should be 10x", "next year we expect three times the calls").
_VOLUME_NOUN = lazy_pattern(
    r"\b(?:volume|volumes|traffic|usage|demand|requests|calls|chats|tickets|queries|users"
    r"|customers|messages|documents|docs|emails|load|throughput)\b"
)
_MULTIPLIED = lazy_pattern(
    r"(?<![\w.])(?:\d+(?:\.\d+)?\s*x|x\s*\d+|\d+\s*-?\s*fold|(?:two|three|four|five|ten"
    r"|hundred)fold|(?:twice|doubles?|triples?|quadruples?|(?:\d+|two|three|four|five|ten)\s+times)\b)(?!\w|\.\d)"
)
_AHEAD = lazy_pattern(
    r"\b(?:will|'ll|should|expect\w*|going\s+to|set\s+to|projected|forecast\w*|by\s+then"
    # A moment to come that brings it: "when we launch the two new markets", "if we win the
    # tender, volume goes ~4x".
    r"|(?:when|once|if|after)\s+we\s+(?:launch|win|sign|land|open|add|expand|roll)\w*"
    # A wider reach as the condition: "if it goes citywide it's ten times the volume".
    r"|(?:when|once|if|after)\s+(?:it|this|the\s+(?:pilot|tool|bot|assistant))\s+(?:goes|go)\s+"
    r"(?:[a-z]+wide|national|global|live\s+everywhere)"
    r"|next\s+(?:year|quarter|season|month|spring|summer|autumn|fall|winter)|after\s+(?:launch|the\s+\w+)|soon|eventually"
    r"|by\s+(?:q[1-4]|the\s+end|year[- ]end|next|\d{4})|in\s+q[1-4])\b|'ll\b"
)


# A need said to come later: "after that we want the bot more accurate", "long term:
# compliance wants standardized wording", "latency under 1s eventually, and cost per answer
# has to come way down at full scale". A marker of later and a need in one sentence.
_LATER_MARK = lazy_pattern(
    r"\b(?:eventually|over\s+time|long(?:er)?[- ]term|in\s+the\s+(?:long|longer)\s+(?:run|term)"
    r"|in\s+(?:the\s+)?future|down\s+the\s+(?:road|line)|later\s+on|after\s+that|afterwards"
    # Things settling, or a stretch of years ahead: "once the 3 launch characters are locked",
    # "once v3 lands", "in 2 years we have an accreditation audit".
    r"|(?:once|when|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:is|are|gets?)\s+(?:locked|final"
    r"|finali[sz]ed|settled|stable|signed\s+off)|(?:once|when|after)\s+(?:the\s+)?[\w.-]+\s+lands"
    r"|in\s+(?:\d|two|three|four|five)\s+years"
    # The team's own moment: "once we have a few months of corrected drafts I'd like ...".
    r"|(?:once|when)\s+we\s+(?:have|get|'ve\s+got|have\s+got|collect|reach)"
    # A wider audience to come: "once we open it up to agencies", "when we roll it out to".
    r"|(?:once|when|after)\s+we\s+(?:open\s+(?:it\s+|this\s+)?up|roll\s+(?:it\s+|this\s+)?out"
    r"|expand|go\s+public|launch\s+(?:it\s+)?to)"
    # A later version or season: "for the customer-facing v2", "next spring".
    r"|for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?v(?:2|3)\b|next\s+(?:spring|summer|autumn|fall|winter)"
    # "if the pilot succeeds, ... then cost must be very low", "by year end: ...".
    r"|if\s+(?:the\s+)?(?:pilot|trial|it)\s+(?:succeeds?|works|goes\s+well)"
    r"|by\s+(?:year[- ]end|the\s+end\s+of\s+(?:the\s+)?year)"
    # "revisit quality and per-call cost after ~6 months of usage" (not "after 18 months
    # running it, we switched": a revisit planned, not time gone by).
    r"|(?:revisit|reconsider|re-?evaluate|review\s+again|look\s+again\s+at)\b(?:[^.!?;]|\.\d){0,60}?"
    r"\bafter\s+"
    r"(?:~|about\s+|around\s+|roughly\s+)?\d+\s+(?:months?|weeks?|quarters?)"
    # "once that happens we'd like the copy to follow our style guide": the moment a
    # sentence before names.
    r"|(?:once|when|after)\s+(?:that|this)\s+happens|at\s+that\s+point|by\s+then|from\s+then\s+on"
    # "an MVP for the spring release, then want it cheaper and more accurate".
    r"|then\s+(?:we\s+)?want\s+it"
    # "accuracy expectations will rise as clients see it": the bar itself going up.
    r"|(?:will|'ll|going\s+to)\s+(?:\w+\s+)?(?:rise|go\s+up|tighten|get\s+(?:stricter|higher|tougher))"
    # "Phase 2 (H2 2027): ... must be very precise and consistent".
    r"|phase\s*(?:2|two|ii)\b"
    # "for the public launch compliance wants consistent, approved answers".
    r"|for\s+(?:the\s+)?(?:public|full|official|wider|external|customer[- ]facing)\s+(?:launch"
    r"|release|roll-?out|version)|for\s+general\s+availability"
    r"|next\s+year|at\s+(?:full\s+|national\s+|group\s+|global\s+)?scale|(?:once|when|as)\s+(?:we|it|volume|usage)\s+"
    r"(?:scale|grow)s?|by\s+next\s+(?:year|season|quarter)"
    # The same in the other languages teams write in.
    r"|no\s+futuro|en\s+el\s+futuro|a\s+futuro|más\s+adelante|à\s+terme|plus\s+tard"
    r"|(?:et\s+)?là\s+il\s+faudra|später|langfristig|künftig)\b"
)
_NEED = lazy_pattern(
    r"\b(?:more\s+accurate|accura(?:cy|te)|precis(?:e|ion)|(?:in)?consisten(?:t|cy)|standardi[sz]ed"
    r"|terminolog\w+|(?:our|the\s+brand's|house)\s+(?:tone|voice|style|words)"
    # "answers have to be identical across countries", "stable and auditable", "tone will
    # matter way more".
    r"|identical|exactly\s+the\s+same|auditable|reproducible"
    r"|(?:tone|voice|style|wording)\s+(?:will\s+)?(?:\w+\s+)?matters?"
    r"|(?:the\s+)?same\s+(?:wording|format|tone|style|answers?)"
    # "'close enough' is fine for launch, not acceptable long-term".
    r"|not\s+(?:acceptable|ok|okay|good\s+enough|enough)"
    r"|like\s+our\s+(?:agents|writers|staff|team|editors|doctors|lawyers)"
    # "eventually flag our specific red lines the way our GC does", "learn how our lawyers
    # write".
    r"|(?:how|the\s+way)\s+(?:our|the)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:do|does|did|write|writes|talk"
    r"|talks|decide|decides|work|works|reason|reasons|phrase|phrases)"
    r"|our\s+(?:own\s+|specific\s+|house\s+)(?:red\s+lines|rules|criteria|standards|policies"
    r"|checklist|playbook|conventions|terminology)"
    # "eventually the bot should sound like them".
    r"|sounds?\s+like\s+(?:them|us|our\s+\w+|the\s+\w+|each\s+\w+|every\s+\w+|their\s+\w+)"
    r"|cost\w*\s+(?:per\s+\w+\s+)?(?:has\s+to|must|needs?\s+to|will\s+have\s+to|to)\s+"
    r"(?:come|go)\s+(?:way\s+)?down|cheaper"
    r"|(?:lower|reduce|cut)\s+(?:the\s+)?(?:per[- ]\w+\s+)?cost"
    # "long-term, getting the clinical criteria right is critical".
    r"|(?:right|correct|accurate)\s+(?:is|will\s+be|becomes)\s+(?:\w+\s+)?(?:critical|essential"
    r"|crucial|key)"
    # "cost per grievance must be very low", "cost per reply must drop", "tone must be
    # uniform".
    r"|cost\w*\s+(?:per\s+\w+\s+)?(?:must|has\s+to|needs?\s+to|will\s+have\s+to)\s+(?:be\s+)?"
    r"(?:very\s+|really\s+|much\s+)?(?:low|lower|minimal|drop)|uniform"
    r"|cost\s+becomes|real\s+line\s+item|latency|sub[- ]second|faster|affordable"
    # No person in the loop: "straight-through processing", "fully automated".
    r"|straight[- ]through|fully\s+automat\w+|no\s+human\s+(?:review|in\s+the\s+loop)"
    # The bar itself going up: "the compliance bar goes up".
    r"|(?:bar|standards?|threshold|requirements?)\s+(?:goes|go|gets?|will\s+go)\s+(?:up|higher"
    r"|stricter|tighter)"
    r"|revisit\s+(?:the\s+)?(?:quality|accuracy|cost|per[- ]\w+\s+cost)"
    r"|consistente|terminologia|moins\s+cher|(?:le|notre)\s+ton|einheitlich|genauer"
    r"|pr[ée]cis(?:e|es)|homog[èe]nes?|coh[ée]rente?s?|fiables?|pr[äa]zise[rn]?|precis[oa]s?"
    r"|coerentes?|exact(?:e|es|os|as)?)\b"
)
# A later stage of the work: "next year's audit", "the public launch", "general
# availability", "the full release".
_LATER_STAGE = (
    r"(?:next\s+\w+|the\s+(?:public|full|official|general|wider|national|external"
    r"|customer[- ]facing)\s+\w+|general\s+availability|ga\b|go-?live|production|v2\b)"
)
# A plan in two steps, often across sentences or list items: prompting first ("Phase 1:
# a prompted model", "plan is first to use prompt", "a prompt template at first") ...
_FIRST = lazy_pattern(
    rf"\b(?:(?:phase|stage|step)\s*(?:1|one|i)\b|v1\b|mvp\b|(?:at|to)\s+(?:first|start)|first(?:ly)?"
    rf"|initially|for\s+now|now\b|to\s+begin|to\s+start\s+with)\W+[^.!?;\n*•]{{0,90}}?"
    rf"{_PROMPTING}\b"
    rf"|{_PROMPTING}\b{_SEP}(?:[\w/-]+\s+){{0,6}}?(?:at\s+first|first|initially|for\s+now|now"
    rf"|to\s+start|in\s+(?:phase|stage)\s*(?:1|one))\b"
    # A first stage named: "we start with prompts", "until the labelled set is ready we use
    # a prompt", "prompting is good enough for the beta".
    rf"|\b(?:start|begin)(?:s|ning)?\s+(?:off\s+)?(?:with|by|using)\s+{_GAP}{_PROMPTING}\b"
    rf"|\buntil\b[^.!?;\n]{{0,60}}?{_PROMPTING}\b"
    rf"|{_PROMPTING}\b[^.!?;\n]{{0,40}}?\bfor\s+(?:the\s+)?(?:beta|pilot|mvp|prototype|poc"
    rf"|first\s+(?:release|version)|internal\s+[\w-]+)\b"
)
# ... then tuning ("Phase 2: fine-tune for our tone", "then fine-tune before next season",
# "after ~3 months distill into a small model", "FT at ~5k coded").
_THEN = lazy_pattern(
    rf"\b(?:(?:phase|stage|step)\s*(?:2|two|ii)\b|v2\b|then|later|after\w*|once|when|eventually"
    rf"|next\s+(?:season|year|quarter|phase))\W+(?:[\w~≈/-]+\W+){{0,12}}?(?:{_TUNING}|ft\b"
    rf"|distil\w*)"
    rf"|\b(?:{_TUNING}|ft|distil\w*)\s+(?:\w+\s+){{0,3}}?(?:at|once|when|after|before|by)\s+"
    rf"(?:~|≈|about\s+|around\s+)?(?:\d|next|the\s+next|we|our|enough)"
    # A tuned model wanted by a later stage: "a fine-tuned, validated model before next
    # year's audit", "for general availability we need a tuned model".
    rf"|\b(?:{_TUNING}|tuned\s+model)\b[^.!?;\n]{{0,40}}?\b(?:before|by|for)\s+{_LATER_STAGE}"
    rf"|\bfor\s+{_LATER_STAGE}\W+[^.!?;\n]{{0,60}}?(?:{_TUNING}|tuned\s+model)"
    # "The plan is to revisit after six months of reviewed outputs".
    rf"|\brevisit\w*\b[^.!?;\n]{{0,40}}?\b(?:after|once|when|in)\b"
)


# The general reading, for the many ways a plan is put that no phrase above foresees: one
# sentence that names training a model of the team's own and puts it later. "We'd consider
# training something once the TAs have a rubric", "we'd like our own tuned model by next
# season", "Later: consider training on our winning proposals".
_OWN_MODEL = lazy_pattern(
    r"\b(?:(?:fine[- ]?)?train(?:ing)?\s+(?:(?:a|an|our|the|its|my|some|something|one|it)\b\s*)"
    r"(?:[\w-]+\s+){0,3}?(?:models?|llms?|classifiers?|something|one|version|on)\b"
    r"|train(?:ing)?\s+(?:something|it|on)\b"
    r"|fine[- ]?tun(?:e|ing)\b|(?:own|tuned|custom|bespoke|dedicated|specialised|specialized"
    r"|trained|better)\s+(?:small\s+|smaller\s+)?(?:models?|llms?)\b)"
)
# Training put off to a later moment: "eventually", "by next season", "once we've
# collected better feedback", "if volume keeps growing" (not "when the data is noisy").
_LATER_WORDS = lazy_pattern(
    # "later" as a time to come, not an edit note: "(later)", "Update later: we ...".
    r"\b(?:(?<!\()later(?!\))(?!\s*:?\s*(?:i|we)\b)|eventually|down\s+the\s+(?:road|line)"
    r"|long[- ]term|in\s+the\s+future"
    r"|next\s+(?:season|year|cycle|quarter|phase|term|semester|campaign|release)"
    r"|(?:by|before|after)\s+next\s+\w+|phase\s*(?:2|two)|v2|over\s+time"
    r"|(?:once|when|after)\s+(?:we(?:'ve|\s+have)?|they(?:'ve|\s+have)?|the\s+\w+\s+(?:have|has))\s+"
    r"(?:\w+\s+){0,2}?(?:collected|gathered|built|got|have|has|a\s+bigger|more|enough|reach\w*|hit"
    r"|pass|passed|cross\w*|exceed\w*)"
    r"|if\s+(?:it\s+works|this\s+works|the\s+pilot\s+works|volume|usage|traffic|demand)"
    r"|as\s+(?:volume|usage|data|traffic)\s+grows)\b"
)
# A moment the team sets itself: "once we've got", "when we have".
_OUR_CONDITION = lazy_pattern(r"(?:once|when|after)\s+we\b")
# Said as the team's intention: "we'd consider", "we'd like", "we could", "plan to".
_INTENT = lazy_pattern(
    r"(?:\b(?:would|could|might|may|will|plan\w*|consider\w*|hope|like\s+to|want\w*|aim\w*"
    r"|intend\w*|then)\b|'d\b|'ll\b)"
)
# Advice or a general claim, not the team's plan: "when you fine-tune", "if you train".
_GENERIC = lazy_pattern(r"\byou(?:r)?\b")
# A step already taken, not a plan: "we trained a model last year".
_PAST = lazy_pattern(
    r"\b(?:we|i)\s+(?:already\s+)?(?:trained|fine[- ]?tuned|tuned|built)\b"
    r"|\b(?:tried|tested|attempted|ran|did)\s+(?:\w+\s+)?(?:fine[- ]?tun|train)"
)


def extract(text: Text, draft: Draft) -> None:
    """Set ``staged_plan`` and ``future_scale`` from the last statement of each."""
    for name, pattern in (("staged_plan", _STAGED), ("future_scale", _SCALE)):
        last = None
        for last in pattern.finditer(text.low):  # noqa: B007 - the last statement wins
            pass
        if last is not None:
            value = not negated(text, last.start())
            draft.put(name, value, evidence=text.evidence(*last.span()))
    if not draft.has("future_scale"):
        _wider_reach(text, draft)
    _future_need(text, draft)
    _settling(text, draft)
    if not draft.has("staged_plan"):
        _later_model(text, draft)
    if not draft.has("staged_plan"):
        first = _FIRST.search(text.low)
        then = _THEN.search(text.low, first.end()) if first is not None else None
        if first is not None and then is not None and not negated(text, then.start()):
            words = f"{text.evidence(*first.span())} ... {text.evidence(*then.span())}"
            draft.put("staged_plan", True, evidence=words)


def _wider_reach(text: Text, draft: Draft) -> None:
    """Set ``future_scale`` from a sentence that puts a wider reach after a success, or a
    multiple of today's volume ahead."""
    low = text.low
    for success in _ON_SUCCESS.finditer(low):
        begin, end = text.sentence(success.start())
        # Within the sentence's part around the condition ("if it works, great; all 40
        # agents already use the old tool" puts no reach after success).
        begin = max(begin, low.rfind(";", begin, success.start()) + 1)
        stop = low.find(";", success.end(), end)
        end = end if stop < 0 else stop
        wider = _WIDER.search(low, begin, end)
        if wider is not None and not negated(text, wider.start()):
            first, last = min(success.start(), wider.start()), max(success.end(), wider.end())
            draft.put("future_scale", True, evidence=text.evidence(first, last))
            return
    for multiple in _MULTIPLIED.finditer(low):
        begin, end = text.sentence(multiple.start())
        ahead = _VOLUME_NOUN.search(low, begin, end) and _AHEAD.search(low, begin, end)
        if ahead and not negated(text, multiple.start()):
            draft.put("future_scale", True, evidence=text.evidence(begin, end))
            return


# Bare "at scale" is later only beside a word of the future or of a need ("cost has to come
# down at scale", "once we run it at scale").
_SCALE_AHEAD = lazy_pattern(
    r"\b(?:will|should|must|has\s+to|have\s+to|needs?\s+to|going\s+to|once|when|eventually)\b"
    r"|'ll\b"
)


def _future_need(text: Text, draft: Draft) -> None:
    """Set ``future_need`` from a sentence that puts a need for precision, consistency,
    voice, cost or speed later on."""
    for mark in _LATER_MARK.finditer(text.low):
        begin, end = text.sentence(mark.start())
        if mark.group() == "at scale" and not _SCALE_AHEAD.search(text.low, begin, end):
            continue  # "fine-tuning for cheaper, faster text-to-SQL at scale": today's scale
        need = _NEED.search(text.low, begin, end)
        if need is not None and not negated(text, need.start()):
            first, last = min(mark.start(), need.start()), max(mark.end(), need.end())
            draft.put("future_need", True, evidence=text.evidence(first, last))
            return


# Requirements that stop changing at a later moment: "then the API freezes", "they will be
# frozen", "after that the categories stay fixed", "once the schema is stable".
# ("Fixed" only as staying so: "bugs will be fixed" is mending, "prices fixed in euros" a
# currency.)
_STILL = (
    r"(?:frozen|stable|locked(?:\s+down)?|settled|final(?:i[sz]ed)?|set\s+in\s+stone"
    r"|(?<=stay\s)fixed|(?<=stays\s)fixed|(?<=remain\s)fixed|(?<=remains\s)fixed)"
)
_SETTLES = lazy_pattern(
    rf"\b(?:will|'ll|should|(?:is|are)\s+going\s+to|(?:is|are)\s+expected\s+to)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:be\s+|stay\s+|remain\s+|become\s+|get\s+)?{_STILL}\b"
    r"|\b(?:will|'ll|should)\s+(?:\w+\s+)?(?:freeze|stabili[sz]e|settle(?:\s+down)?"
    r"|stop\s+changing)\b"
    rf"|\b(?:then|after\s+that|afterwards|from\s+then\s+on)\W+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:freezes|stabili[sz]es|settles|locks|(?:is|are|stays?|remains?)\s+{_STILL})\b"
    rf"|\b(?:once|when|after)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,3}}?(?:is|are|gets?)\s+"
    rf"{_STILL}\b"
)
# What changes today, said in the text: "docs change every release", "being rewritten",
# "still in beta".
_CHANGING_NOW = lazy_pattern(
    r"\b(?:chang(?:e|es|ing)|rewrit\w+|rework\w*|redesign\w*|reorgani[sz]\w+|evolv\w+"
    r"|in\s+(?:beta|flux)|moving\s+target|in\s+progress|updated\s+(?:every|each|weekly|monthly))\b"
)


#: How far before a settling the change it ends may be said.
_CHANGE_REACH = 400


def _settling(text: Text, draft: Draft) -> None:
    """Set ``requirements_settle`` from a sentence that says what changes today stops
    changing later, in a text that says something changes now."""
    low = text.low
    for settle in _SETTLES.finditer(low):
        begin, end = text.sentence(settle.start())
        if _GENERIC.search(low, begin, end) or negated(text, settle.start()):
            continue
        # What changes may be said a few sentences before ("right now they change
        # constantly. ... Once the programme wraps up they will be frozen").
        if _CHANGING_NOW.search(low, max(0, begin - _CHANGE_REACH), end) is None:
            continue
        draft.put("requirements_settle", True, evidence=text.evidence(begin, end))
        return


def _later_model(text: Text, draft: Draft) -> None:
    """Set ``staged_plan`` from a sentence that puts a model of the team's own later."""
    low = text.low
    for model in _OWN_MODEL.finditer(low):
        begin, end = text.sentence(model.start())
        later = _LATER_WORDS.search(low, begin, end)
        if later is None:
            continue
        # "Once we've got 500 validated examples, fine-tune GPT-4o-mini": the team's own
        # condition is its intention, said or not.
        if _INTENT.search(low, begin, end) is None and not _OUR_CONDITION.match(later.group()):
            continue
        if negated(text, model.start()) or _PAST.search(low, begin, end):
            continue
        if _GENERIC.search(low, begin, end):
            continue
        first, last = min(model.start(), later.start()), max(model.end(), later.end())
        draft.put("staged_plan", True, evidence=text.evidence(first, last))
        return
