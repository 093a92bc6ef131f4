"""Graded facts: the team's machine-learning expertise and how often requirements change.

Phrasings are tried in order at each position ("no ML engineers" is none before it could
be read as "ML engineers"). A phrase with a negation before it ("we don't have a strong
ML team") says what the team is not, so it is skipped. The last statement wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.constraints import Change, Level
from assistant.parsing.dates import MONTH_NAMES
from assistant.parsing.draft import Draft
from assistant.parsing.keys import PhraseKey
from assistant.parsing.negation import negated
from assistant.parsing.text import Text

_ML = r"(?:ml|machine[- ]learning|ai|data[- ]scien\w+|nlp|deep[- ]learning)"
_PEOPLE = (
    r"(?:engineers?|team|people|staff|folks|expertise|experience|skills|knowledge|background"
    r"|specialists?|researchers?|talent|capabilit\w+|hires?|resources?|person|scientists?"
    r"|group|department|org|function|chops|practice|platform)"
)

# Words that make a team strong: "our experienced ML team" is high, not medium.
_STRONG = (
    r"(?:strong|experienced|dedicated|senior|large|expert|seasoned|solid|deep|world|mature"
    r"|full|established|big|sizeable|whole|entire)\b"
)

EXPERTISE: Mapping[Level, str] = {
    Level.NONE: rf"(?:no|zero|without(?:\s+any)?|don'?t have(?:\s+any)?|do not have(?:\s+any)?"
    rf"|lack(?:ing|s)?(?:\s+any)?|not a single|no in-house|no dedicated)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_ML}|technical|engineering|tech|developers?|devs|engineers?|programmers?|coders?)"
    rf"(?:\s+{_PEOPLE})?"
    # Not a claim about a product ("no ML team needed") nor its output ("no AI patches").
    r"(?!\s+(?:[\w-]+\s+)?(?:needed|required|necessary)\b)"
    r"(?!\s+(?:patch|patches|suggestions?|features?|outputs?|tools?|models?|generated|written"
    r"|content|images?)\b)"
    r"|non-technical (?:team|staff|founders?|people|folks|users?)"
    r"|none\s+of\s+us\s+(?:are|is)\s+(?:\w+\s+)?(?:engineers?|developers?|programmers?|coders?"
    r"|technical|data\s+scientists?)"
    r"|(?:we're|we are|team is|team's) (?:all |fully |entirely )?non-technical"
    r"|(?:zero|no)\s+in-house\s+(?:ml|ai|data\s+science)"
    # "none of us in the English dept know anything about training models".
    r"|(?:none\s+of\s+us|nobody|no\s+one)\s+(?:[\w-]+\s+){0,4}?(?:knows?|understands?)\s+"
    rf"(?:anything|much|a\s+thing)\s+about\s+(?:{_ML}|training|fine[- ]tuning|models)"
    # "I've only ever done SQL", "we've only ever built dashboards".
    r"|(?:i'?ve|we'?ve|i\s+have|we\s+have)\s+only\s+(?:ever\s+)?(?:done|used|written|built|know)\s+"
    r"(?:sql|excel|spreadsheets|dashboards|reports|reporting|bi|web\s+dev\w*|wordpress)\b"
    # "neither of us knows python", "nobody here can code".
    r"|(?:nobody|no one|no-one|none of us|neither of us)\s+(?:here\s+|on the team\s+)?"
    r"(?:knows|know|can|codes|writes)\s+(?:python|code|coding|how\s+to\s+code|programming)"
    r"|(?:nobody|no one|no-one) (?:here |on the team |on our team )?(?:knows|understands|has"
    rf"(?: ever)? done(?: any)?|has experience with) (?:{_ML}|fine-tuning|training models)"
    r"|never (?:done|trained|fine-tuned|built) (?:a |any )?(?:models?|ml|machine learning)"
    r"|(?:nobody|no one|no-one|none of us)\s+(?:here\s+|on the team\s+|on our team\s+)?"
    r"(?:has|have)\s+(?:ever\s+)?(?:trained|fine[- ]tuned|built)\s+(?:a\s+|any\s+)?"
    r"(?:models?|anything|llms?)"
    rf"|(?:nobody|no one|no-one)\s+(?:here\s+|on the team\s+)?has\s+(?:any\s+)?{_ML}"
    r"\s+(?:experience|background|skills)"
    # "there's nobody here with any ML background at all".
    rf"|(?:nobody|no one|no-one)\s+(?:here\s+|on\s+(?:the|our)\s+team\s+)?with\s+(?:any\s+)?"
    rf"{_ML}\s+(?:experience|background|skills|knowledge)"
    # "nobody on our side has ever trained a model", "I've never touched ML", "the people
    # who did ML left in the reorg".
    r"|(?:nobody|no one|no-one|none of us)\s+(?:\w+\s+){0,3}?(?:has|have)\s+(?:ever\s+)?"
    r"(?:trained|fine[- ]tuned|built|touched)\s+(?:a\s+|any\s+)?(?:models?|ml|llms?|anything)"
    rf"|never\s+(?:touched|worked\s+with|used)\s+(?:{_ML}|models?)"
    rf"|(?:people|folks|team|ones?)\s+who\s+(?:did|knew|do)\s+{_ML}\s+(?:left|quit|are\s+gone)"
    # "the only person who knew python left last friday".
    r"|(?:only|one|sole)\s+(?:person|one|guy|engineer|dev|developer)\s+(?:\w+\s+){0,4}?who\s+"
    r"(?:knew|knows|did|could\s+do)\s+(?:python|ml|code|coding|machine\s+learning|the\s+ml)\s+"
    r"(?:\w+\s+)?(?:left|quit|is\s+gone|has\s+gone|resigned)"
    # "ML expertise = zero", "ml skills: none", "nobody who knows ML".
    rf"|{_ML}\s+(?:expertise|experience|skills|knowledge)\s*(?:=|:|is|will\s+be)\s*(?:zero|none"
    r"|nil|nothing|0)\b"
    rf"|(?:nobody|no\s+one|no-one)\s+(?:here\s+|left\s+)?(?:who\s+)?(?:knows|understands|does)"
    rf"\s+{_ML}"
    # The only ML person gone: "our one data guy is on parental leave", "the only ML
    # engineer quit", "the data scientist is leaving".
    # ("data scientist" is "data" and "scientist" here).
    rf"|(?:our|the)\s+(?:one|only|single|sole|lone)?\s*(?:{_ML}|data)\s+(?:person|guy|gal"
    r"|engineer|scientist|expert)\s+(?:is\s+|just\s+)?(?:leaving|left|quit|quitting|gone"
    r"|on\s+(?:\w+\s+)?leave|(?:goes|going)\s+on\s+(?:\w+\s+)?leave|resigned|moving\s+on"
    r"|handed\s+in\s+(?:\w+\s+)?notice|gave\s+(?:\w+\s+)?notice|(?:got|was|been)\s+laid\s+off)"
    # The hire that would have brought it, stopped: "the data scientist role got frozen".
    rf"|(?:{_ML}|data)\s+(?:\w+\s+)?(?:role|position|hire|hiring|req|headcount)\s+(?:got\s+|was\s+"
    r"|has\s+been\s+|is\s+)?(?:frozen|cut|cancell?ed|pulled|paused|on\s+hold)"
    rf"|(?:nobody|no\s+one|no-one)\s+in-house\s+(?:who\s+)?(?:knows|understands|does)\s+{_ML}"
    # The same in other languages: "nessuno nel team ha esperienza di machine learning",
    # "nadie tiene experiencia en ML", "ninguém tem experiência com IA", "personne n'a
    # d'expérience en ML", "niemand hat Erfahrung mit ML".
    r"|(?:nessuno|nadie|ningu[ée]m|personne|niemand)\s+(?:[\w']+\s+){0,3}?(?:ha|tiene|tem|n'a|hat)"
    r"\s+(?:d')?(?:esperienza|experiencia|experi[êe]ncia|exp[ée]rience|erfahrung)\s+(?:\w+\s+)?"
    r"(?:machine\s+learning|ml|ia|ai|ki|intelligenza|inteligencia|intelig[êe]ncia)",
    # What a course taught: "two of us took the fast.ai course", "did an online ML course".
    # (A course in ML or on a learning site, not "we took a different course".)
    Level.LOW: r"(?:took|did|done|completed|finished|taken)\s+(?:an?\s+|the\s+|one\s+|some\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:(?:ml|ai|data[- ]science|machine[- ]learning|deep[- ]learning|online"
    r"|coursera|udemy|fast\.ai|intro|python)\s+)(?:courses?|bootcamp|mooc)\b"
    r"|(?:took|did|done|completed|finished|taken)\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+)?(?:bootcamp"
    r"|mooc)\b"
    r"|(?:a\s+bit\s+of|some\s+basic|dabbled\s+(?:in|with))\s+(?:sklearn|scikit[- ]learn"
    r"|pandas|python|ml|machine\s+learning)"
    r"|(?:limited|little|minimal|basic|junior|no real|not much|beginner|novice|light"
    rf"|entry[- ]level|a bit of)\s+(?:\w+\s+)?(?:{_ML}\s+)?(?:experience|expertise|skills"
    r"|knowledge|team|engineers?|background|developers?)"
    r"|(?:only|just)\s+(?:have\s+|has\s+|got\s+)?(?:one|a|1)\s+(?:\w+\s+)?(?:developer|engineer|dev|programmer"
    r"|data scientist|ml engineer)"
    r"|(?:one|a)\s+(?:junior|part[- ]time)\s+(?:\w+\s+)?(?:developer|engineer|data scientist"
    r"|ml engineer)"
    # "the ML team is one contractor 2 days a week", "just a freelancer".
    r"|(?:only|just|is)\s+(?:one|a|1)\s+(?:part[- ]time\s+)?(?:contractor|freelancer|consultant)"
    r"|(?:web|software|backend|back-end|full[- ]stack|generalist|front[- ]?end) (?:developers?"
    r"|engineers?|devs?|team)(?!\s+(?:and|with|plus)\s+(?:ml|data|ai))",
    # "ml expertise is high btw".
    Level.HIGH: rf"{_ML}\s+(?:expertise|skills|experience|knowledge)\s*(?:is|are|=|:)\s*"
    r"(?:high|strong"
    r"|solid|deep)\b|"
    r"(?:strong|experienced|dedicated|senior|large|expert|seasoned|solid|deep"
    r"|world[- ]class|mature|full|established|big|sizeable|in-house|whole|entire|own)\s+"
    rf"(?:\w+\s+)?{_ML}\s*(?:\w+\s+)?{_PEOPLE}"
    r"|(?:we've|we have|we|team has|have|already|who've|who have|they've|they have)\s+"
    r"(?:\w+\s+)?(?:fine[- ]tuned|trained|deployed|shipped|built)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:models|llms|classifiers|transformers|networks)"
    r"(?:\s+(?:before|in the past|previously|in production|in prod|already))?"
    r"|(?:done|did) (?:plenty|a lot|lots) of fine[- ]tuning"
    r"|mlops|ml ?ops|phds?|ml platform|research (?:team|scientists)"
    # "one of the volunteers is an NLP postdoc, turns out".
    rf"|{_ML}\s+(?:postdocs?|professors?|researchers?|phd\s+students?)"
    # "we actually hired a senior ML engineer last week".
    rf"|(?:hired|onboarded|brought\s+on)\s+(?:an?\s+|two\s+)?(?:senior|experienced|staff|principal"
    rf"|lead)\s+{_ML}\s+(?:engineers?|scientists?|researchers?|leads?)"
    # "skills aren't a constraint at all", "expertise isn't the bottleneck".
    r"|(?:skills?|expertise|experience|know-how)\s+(?:aren't|are\s+not|isn't|is\s+not)\s+(?:really\s+)?"
    r"(?:a|an|the|our)\s+(?:constraint|bottleneck|problem|issue|concern)"
    rf"|(?:\d{{2,}}|[5-9]|five|six|seven|eight|nine|ten|a dozen|dozens of)\s+{_ML}\s*"
    r"(?:engineers?|scientists?|researchers?)"
    # "our ML team is 6 people, we train models all the time", "a vendor whose ML team has
    # done this for 2 other streamers".
    rf"|{_ML}\s+team\s+(?:is|of|has)\s+(?:\d{{2,}}|[5-9]|five|six|seven|eight|nine|ten|a\s+dozen)\b"
    r"|train\w*\s+(?:our\s+own\s+)?models\s+(?:all\s+the\s+time|regularly|routinely|constantly"
    r"|every\s+(?:week|month|day))"
    r"|(?:has|have|'s|'ve)\s+(?:already\s+)?(?:done|built|shipped)\s+(?:this|exactly\s+this|the\s+same)"
    r"\s+(?:before|for\s+(?:\d+|two|three|several|other|many))",
    Level.MEDIUM: r"(?:a couple(?:\s+of)?|two|three|four|[1-4]|a few|some|a small team of"
    r"|small|one|a|an|our|an in-house)\s+(?:(?!" + _STRONG + r")\w+\s+)?(?:data[- ]scientists?"
    r"|ml (?:engineers?"
    r"|people|folks|specialists?|team|person)|machine[- ]learning (?:engineers?|team)"
    r"|ai (?:engineers?|team)|nlp (?:engineers?|people)|data science team)"
    # "we hired an ML lead last week", "expertise is medium-ish now".
    rf"|(?:hired|onboarded|brought\s+on|got)\s+(?:an?\s+|our\s+first\s+)?{_ML}\s+(?:lead|engineer"
    r"|person|specialist|scientist)"
    r"|(?:expertise|skills?|experience)\s+(?:is|are|=|:)\s+(?:now\s+)?(?:medium|moderate)(?:-ish)?"
    rf"|(?:some|moderate|decent|reasonable|fair|okay|ok)\s+{_ML}\s+(?:experience|expertise"
    r"|skills|knowledge|background)"
    # "we already fine-tuned BERT for NER last year": a classic model, not an LLM.
    r"|(?:we|i|our\s+team|the\s+team|she|he)\s+(?:have\s+|has\s+|'ve\s+)?(?:already\s+)?"
    r"(?:fine[- ]tuned|trained)\s+(?:a\s+|our\s+own\s+)?(?:bert|roberta|t5|distilbert"
    r"|a\s+classifier|classifiers|an?\s+ner\s+model)\b",
}

_SUBJECT = (
    r"(?:requirements?|specs?|specifications?|scope|needs|criteria|categories|labels|label set"
    r"|protocols?"
    r"|taxonomy|guidelines|rules|priorities|use cases?|formats?|schema|task|policies|intents"
    r"|manuals|documentation|terminology|rubrics?|articles|procedures|regulations|rulings"
    r"|plans|pricing|prices|products|catalog(?:ue)?|offers|templates?|layouts?|law|menus?"
    r"|slang|lists?|fields|conventions|styles?|lint\s+rules|known[- ]issues\s+list|pages"
    r"|content|information|info|faqs?|docs|help\s+articles|polic(?:y|ies)|pages?|checklists?"
    r"|process(?:es)?|workflows?|playbooks?|terms|rates|forms?|(?:coding\s+)?frames?|codebooks?"
    r"|code\s+lists?|codes"
    r"|characters|personas?|brief|voice\s+guide|style\s+guide)"
)
# How often something is redone, by grade: "every sprint" is frequent, "once a quarter"
# occasional.
_OFTEN = (
    r"(?:constantly|all the time|weekly|daily|monthly|every (?:single )?(?:week|sprint|day"
    r"|month|release|couple of weeks|few weeks|other week))"
)
_NOW_AND_THEN = (
    # ("quarterly-ish": a hedge on the period.)
    r"(?:(?:quarterly|yearly|annually|monthly)-ish|once (?:a|per|every) (?:quarter|year)"
    r"|quarterly|twice a year|a few times a year"
    r"|every (?:few|couple of|two|three|six) (?:months|years)|yearly|annually"
    r"|(?:every|each|per) (?:[\w-]+ )?(?:quarter|semester|term|year|season|election|budget\s+cycle"
    rf"|spring|summer|autumn|fall|winter|{MONTH_NAMES}))"
)
# The redoing itself: "get rewritten", "are reshuffled", or "rewrites the rules".
_REDONE = (
    r"(?:get|gets|are|is)?\s*(?:rewritten|reshuffled|revised|reworked|redone|updated|changed"
    r"|tweaked|amended)"
)
_REDO = r"(?:rewrites?|reshuffles?|revises?|reworks?|redoes|updates?|changes?)"
# Redoing in any form ("tweaked", "reshuffling", "pushes some update"), not after a
# negation ("doesn't change every week" is read by the negation check as stable, or not).
_REDOING = (
    r"(?<!n't\s)(?<!not\s)(?<!never\s)(?:chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)"
    r"|tweak(?:s|ed|ing)?|reshuffl(?:e|es|ed|ing)|rewrit(?:e|es|ing|ten)|rewrote"
    r"|revis(?:e|es|ed|ing)|rework(?:s|ed|ing)?|redefin(?:e|es|ed|ing)|evolv(?:e|es|ed|ing))\b"
)
# Words between a redoing and its period: "basically every week", "way more than quarterly".
_HEDGE = r"(?:basically\s+|pretty\s+much\s+|like\s+|roughly\s+|about\s+|or\s+so\s+)?"
# A period short enough that what is redone in it changes often.
_SHORT_PERIOD = (
    r"(?:every\s+(?:single\s+)?(?:week|sprint|day|release|fortnight|other\s+week|couple\s+(?:of"
    r"\s+)?weeks|few\s+weeks|two\s+weeks|2\s+weeks|three\s+weeks)|weekly|daily|all\s+the\s+time"
    r"|constantly|(?:way\s+|much\s+)?more\s+(?:often\s+)?than\s+(?:quarterly|monthly|once\s+a"
    r"\s+(?:month|quarter)))"
)
CHANGE: Mapping[Change, str] = {
    # Change said with a short period and no named subject: "the stuff it has to answer
    # changes every few weeks", "the coding scheme changes basically every hearing", "lore
    # changes every patch, writers retcon constantly" (not traffic or prices changing).
    Change.FREQUENT: r"(?<!traffic )(?<!volume )(?<!demand )(?<!load )(?<!prices )(?<!price )"
    r"(?<!rates )(?<!weather )(?:changes?|changing|evolves?|evolving|shifts?|retcons?|retconning"
    r"|gets?\s+(?:updated|reorganized|reorganised|rewritten|revised|reworked|redone|overhauled))"
    r"\s+(?:basically\s+|pretty\s+much"
    r"\s+|like\s+|roughly\s+)?(?:constantly|all\s+the\s+time|every\s+(?:single\s+)?(?:few\s+|couple\s+"
    r"(?:of\s+)?|other\s+)?(?:days?|weeks?|sprints?|patch(?:es)?|releases?|hearings?|cases?|projects?"
    r"|(?<=every\s)month|half[- ]terms?"
    r"|campaigns?|seasons?|launch(?:es)?|drops?)\b"
    r"|weekly|daily)"
    r"|(?<!traffic )(?<!volume )(?<!demand )(?<!prices )(?<!rates )(?:keeps?|kept)\s+(?:on\s+)?"
    r"(?:changing|shifting|evolving)|"
    rf"{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:keeps?|are|is|will|still)?\s*"
    r"(?:keep\s+)?(?:changing|change (?:often|frequently|constantly|a lot|all the time|weekly"
    r"|daily|monthly|every (?:week|sprint|day|month|few weeks))|evolv(?:ing|e (?:quickly"
    r"|rapidly|fast|often))|in flux|shifting|moving|fluid|unclear|still being (?:defined"
    r"|figured out|worked out)|not (?:yet )?(?:settled|defined|clear|final|fixed|stable)"
    r"|up in the air|a moving target)"
    r"|(?:changing|evolving|shifting|moving|fluid|unclear|fuzzy|volatile|unstable|loose)\s+"
    rf"{_SUBJECT}|moving target|still (?:figuring out|working out|deciding) (?:what|how|the)"
    # What the people served want, changing: "the SEO team changes what they want
    # constantly", "what clients want extracted keeps shifting".
    r"|what\s+(?:[\w-]+\s+){1,3}?(?:want|wants|need|needs|ask\s+for|expect)\b[^.!?\n]{0,40}?"
    r"(?:keeps?\s+(?:shifting|changing|moving|evolving)|changes?\s+(?:constantly|all\s+the\s+time"
    r"|often|a\s+lot))"
    r"|(?:chang\w+|shift\w*)\s+what\s+(?:[\w-]+\s+){1,3}?(?:want|wants|need|needs|ask\s+for)\s+"
    r"(?:constantly|all\s+the\s+time|often|a\s+lot|every\s+(?:week|sprint|month))"
    r"|we (?:often |frequently |keep )?pivot\w*|change our minds|iterat\w+ (?:quickly|rapidly|fast"
    r"|daily|weekly)|tweak\w* (?:\w+ )?(?:constantly|often|weekly|daily|all the time)"
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:{_REDONE}|changes?|updates?)\s+(?:\w+\s+){{0,2}}?"
    rf"{_OFTEN}"
    rf"|{_REDO}\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?{_SUBJECT}\s+(?:\w+\s+){{0,2}}?{_OFTEN}"
    # Different for every case: "criteria change per trial", "formats vary by agency",
    # "templates change with every race".
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:change|changes|vary|varies|differ|differs)\s+"
    r"(?:basically\s+|completely\s+|a\s+lot\s+)?(?:(?:per|by|for|every|each|from)\s+"
    r"(?:every\s+|each\s+|one\s+|single\s+)?|with\s+(?:every|each)\s+)"
    r"(?!(?:year|quarter|semester|season|few|couple|two|three|six|now|time|the|a|an)\b)[a-z]+"
    # A stream of new cases to keep up with: "new rulings every week", "we onboard new
    # agencies weekly".
    # (New products every day are the work coming in, not a change of what is asked.)
    r"|new\s+(?:\w+\s+)?(?:rulings|regulations|rules|categories|agencies|clients"
    r"|policies|features|releases|sources|ones)\s+(?:\w+\s+)?(?:every\s+(?:week|day|month"
    r"|couple\s+of\s+weeks|few\s+weeks)|weekly|daily|constantly|all\s+the\s+time)"
    # "the slang changes weekly", "the list gets reshuffled basically every sprint", "fields
    # change whenever a new insurer comes on", "changed three times this year".
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,3}}?(?:change[sd]?|get(?:s)?\s+reshuffled|shift[s]?)\s+"
    r"(?:basically\s+|pretty\s+much\s+)?(?:weekly|daily|constantly|whenever|each\s+time|every"
    r"\s+(?:single\s+)?(?:sprint|week|release|time|couple)|(?:three|four|five|several|many|\d+)"
    r"\s+times)"
    rf"|(?:changed|reshuffled|rewrote|revised|redid)\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?"
    rf"{_SUBJECT}\s+(?:three|four|five|several|many|\d+)\s+times"
    # Any redoing said with a short period, whatever is redone: "HR pushes some update
    # basically every week", "keep reshuffling the taxonomy every sprint", "every couple of
    # weeks the rates page gets rewritten".
    rf"|{_SUBJECT}\b[^.!?\n]{{0,60}}?{_REDOING}\s+(?:[\w'()-]+\s+){{0,6}}?{_HEDGE}{_SHORT_PERIOD}"
    rf"|{_REDOING}\s+(?:[\w'()-]+\s+){{0,3}}?{_SUBJECT}\s+(?:[\w'()-]+\s+){{0,3}}?{_HEDGE}"
    rf"{_SHORT_PERIOD}"
    rf"|{_SHORT_PERIOD}\s+(?:[\w'-]+\s+){{0,4}}?{_SUBJECT}\s+(?:gets?\s+|is\s+"
    r"|are\s+)?" + _REDOING,
    # A redesign under way or announced: "Product Ops is redesigning the tag set", "a new
    # taxonomy is expected in Q2", "the code list is being consolidated".
    # "the code set will change under us", "they change a lot" (said of what was named).
    # "probably change again in summer", "the scope is growing".
    Change.OCCASIONAL: r"change\s+again\b|scope\s+(?:is\s+|keeps\s+)?(?:growing|expanding|creeping)"
    # "the category list changes in October when the new product lines launch".
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,2}}?changes\s+in\s+(?:{MONTH_NAMES}|spring|summer|autumn|fall|winter"
    r"|q[1-4])\b"
    r"|(?:will|is\s+going\s+to|is\s+about\s+to)\s+change\s+under\s+"
    r"(?:us|our\s+feet)"
    r"|(?:they|these|those)\s+change\s+a\s+lot"
    r"|(?:redesign|rework|overhaul|restructur|rebuild|consolidat|rewrit)"
    rf"(?:ing|es|s)?\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?{_SUBJECT}\b"
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:is|are)\s+being\s+(?:redesigned|reworked|overhauled"
    r"|restructured|rebuilt|replaced|consolidated|merged|rewritten)"
    rf"|\bnew\s+(?:[\w-]+\s+)?{_SUBJECT}\s+(?:is\s+|are\s+)?(?:expected|coming|due|planned|arriving"
    r"|lands?|landing)"
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:change|changes|get updated"
    r"|are updated|evolve|evolves|shift|shifts)\s+(?:occasionally|sometimes|every (?:few"
    r"|couple of|two|three|six) months|quarterly|once (?:a|per) (?:quarter|year)|yearly"
    r"|annually|now and then|from time to time|once in a while|twice a year|a few times a year"
    r"|slowly|gradually)"
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:{_REDONE}|changes?)\s+(?:\w+\s+){{0,2}}?"
    rf"{_NOW_AND_THEN}"
    rf"|{_REDO}\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?{_SUBJECT}\s+(?:\w+\s+){{0,2}}?"
    rf"{_NOW_AND_THEN}"
    # "the rubric gets tweaked every term by the instructors".
    rf"|{_SUBJECT}\b[^.!?\n]{{0,60}}?{_REDOING}\s+(?:[\w'()-]+\s+){{0,6}}?{_HEDGE}"
    rf"{_NOW_AND_THEN}",
    Change.STABLE: r"(?:stable|fixed|frozen|locked|settled|well[- ]defined|clearly defined"
    rf"|static|unchanging|mature|established)\s+(?:\w+\s+)?{_SUBJECT}"
    rf"|{_SUBJECT}\s+(?:\w+\s+){{0,2}}?(?:are|is|will be|have been|has been|stays?|remains?)?"
    r"\s*(?:stable|fixed|frozen|locked(?: down| in)?|settled|well[- ]defined|final|set in stone"
    r"|unlikely to change|won't change|will not change|don't change|do not change"
    r"|doesn't change|does not change|rarely change|never change|haven't changed"
    r"|hasn't changed|not (?:going to |likely to )?change|unchanged|untouched"
    r"|(?:hasn't|has not|haven't|have not) been (?:touched|changed|updated|revised))"
    # "schema's been frozen since the migration", "the checklist isn't going anywhere",
    # "it will stay that way", "no changes planned".
    rf"|{_SUBJECT}'s\s+(?:\w+\s+){{0,2}}?(?:stable|fixed|frozen|locked|settled|final)"
    r"|(?:isn't|is not|aren't|are not)\s+going\s+anywhere|(?:will\s+)?stays?\s+that\s+way"
    r"|no\s+changes\s+(?:are\s+)?planned"
    # "characters are locked now, no more changes".
    r"|no\s+(?:more|further)\s+changes\b(?!\s+to\s+(?:the\s+|our\s+)?(?:budget|timeline|deadline"
    r"|team|date))"
    # "it's pretty stable", "only gets reorganized every election cycle or so".
    r"|(?:it'?s|its|it\s+is|they'?re|they\s+are)\s+(?:pretty|very|fairly|quite|really)\s+stable"
    r"|only\s+(?:gets?\s+|is\s+|are\s+)?(?:reorgani[sz]ed|changed|updated|revised|rewritten)\s+"
    r"(?:once\s+a\s+(?:year|decade)|every\s+(?:[\w-]+\s+)?(?:year|cycle|decade|election))",
}

_LEVELS: dict[PhraseKey, Level | Change] = {
    **{PhraseKey("ml_expertise", level): level for level in EXPERTISE},
    **{PhraseKey("requirements_change", change): change for change in CHANGE},
}
#: ``(key, fragment)`` pairs for the shared phrase table (see ``phrases``).
ENTRIES = [(PhraseKey("ml_expertise", level), fragment) for level, fragment in EXPERTISE.items()]
ENTRIES += [
    (PhraseKey("requirements_change", change), fragment) for change, fragment in CHANGE.items()
]
# These phrasings carry their own negation ("no ML engineers", "not stable").
_SELF_NEGATING = frozenset({Level.NONE, Change.STABLE, Change.FREQUENT})


def extract(text: Text, draft: Draft, *, found: Sequence[tuple[PhraseKey, re.Match[str]]]) -> None:
    """Set ``ml_expertise`` and ``requirements_change`` from the phrases ``found``: the
    last statement of each."""
    last: dict[str, tuple[PhraseKey, re.Match[str]]] = {}
    for key, match in found:
        if key not in _LEVELS:
            continue
        if _LEVELS[key] in _SELF_NEGATING or not negated(text, match.start()):
            last[key.fact] = (key, match)
    for field in ("ml_expertise", "requirements_change"):
        if field in last:
            key, match = last[field]
            draft.put(field, _LEVELS[key], evidence=text.evidence(*match.span()))
