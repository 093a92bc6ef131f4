"""Prompting tried and found wanting, said the way people report a trial.

``flags`` reads the sentences that name prompting and its failure together ("our prompt
keeps drifting off-voice"). People also report a trial in two steps — what they tried,
then what came of it — often with figures:

    "A prompted model got ~85% field accuracy; the filings need ~99%."
    "We tried GPT-4 with a long prompt. It invented measurements, a non-starter."
    "Our few-shot setup's drafts were rejected about half the time."

This reading sets ``prompting_fell_short`` when the text says a prompted model was tried
and then, within a few sentences, that it fell short: a reached figure below a required
one, or a failure in words. It runs after ``flags``, so an explicit statement either way
("prompting works fine for now") wins.
"""

from __future__ import annotations

import re

from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.numbers import NUMBER_WORDS
from assistant.parsing.text import Text

# A prompted model the team tried: "we tried GPT-4 with a long prompt", "a prompted
# pilot", "prompting a frontier model", "our few-shot setup", "a first attempt with GPT".
_TRIED = lazy_pattern(
    r"\b(?:(?:tried|did\s+try:?|tested|trialed|trialled|piloted|checked|evaluated|benchmarked|compared"
    r"|testing|trialing|trialling|piloting|evaluating"
    r"|experimented\s+with|began\s+with|started\s+(?:out\s+|off\s+)?with|played\s+(?:around\s+)?"
    r"with|had\s+a\s+(?:go|try|crack|stab)\s+(?:with|at)|played\s+(?:around\s+)?"
    r"with|attempt\s+with|spent\s+\w+\s+\w+\s+(?:on|with|building|writing|crafting|tuning"
    r"|tweaking|refining|iterating\s+on)|(?:have|had)\s+been\s+using)\s+"
    r"(?:[\w.'+:-]+\s+){0,6}?(?:prompt\w*|gpt[\w.-]*|chat\s?gpt|claude|gemini|llama[\w.-]*|(?:an?\s+)?llm"
    r"|few[- ]shot|zero[- ]shot|(?:a|an|the)\s+(?:frontier|hosted|base|general|off[- ]the[- ]shelf"
    r"|commercial|stock)\s+(?:model|llm))"
    # "what I get from prompting", "whatever we get back from GPT-4".
    r"|(?:what|whatever)\s+(?:i|we)\s+get\s+(?:back\s+)?(?:from|out\s+of)\s+(?:the\s+)?(?:prompt\w*"
    r"|gpt[\w.-]*|chat\s?gpt|claude|gemini|model|llm|bot)\b"
    r"|prompted\s+(?:(?:a|an|the|our)\s+)?(?:[\w.-]+\s+){0,2}?(?:model|version|pilot|baseline|setup"
    r"|approach|prototype|gpt[\w.-]*|llm|routing|extraction|classifier|bot|chatbot|assistant"
    r"|agent)"
    # "reps rewrite what the prompt gives them": what a prompted model produces, in use.
    r"|(?:what|whatever|everything)\s+(?:the|our)\s+(?:prompt|prompted\s+\w+|bot|model|llm"
    r"|gpt[\w.-]*)\s+(?:gives|produces|returns|spits\s+out|generates|drafts|writes|suggests"
    r"|outputs|gave|produced|returned|spat\s+out|generated|drafted|wrote|suggested|output)"
    # Drafts named by the model that made them: "half of the GPT drafts".
    r"|(?:gpt[\w.-]*|chat\s?gpt|claude|gemini|llm)[- ](?:drafts?|outputs?|answers?|summaries"
    r"|translations?|replies|responses?|suggestions|labels|tags|codes|descriptions|emails)\b"
    r"|(?:prompting|few[- ]shot(?:\s+prompting)?|zero[- ]shot(?:\s+prompting)?)\s+(?:a|an|the"
    r"|our|gpt[\w.-]*|claude|gemini|with)\b"
    # "off-the-shelf ChatGPT and Gemini did OK, but not well enough".
    r"|off[- ]the[- ]shelf\s+(?:chat\s?gpt|gpt[\w.-]*|claude|gemini|llms?|models?)"
    r"|(?:our|the|a)\s+(?:current\s+)?(?:prompt|few[- ]shot|zero[- ]shot|gpt[\w.-]*)\s+"
    r"(?:setup|pipeline|prototype|pilot|baseline|version|approach|bot)"
    # "we've been prompting for 6 months", "been running a prompt since spring".
    # "I rewrote the prompt 47 times", "we iterated on our prompts for weeks".
    r"|(?:rewrote|rewritten|reworked|tweaked|tweaking|rewriting)\s+(?:the|our|my)\s+(?:system\s+)?prompts?"
    # "I tried rewording it a bit": the wording of a prompt, tried again.
    r"|(?:tried|trying|tries)\s+(?:re-?wording|rephrasing|re-?phrasing|tweaking|reworking)\b"
    r"|been\s+prompting|(?:been\s+)?(?:running|ran|using|used)\s+(?:a|the|our)\s+"
    r"(?:[\w-]+\s+){0,3}?prompt\w*|ran\s+(?:gpt|claude|gemini|llama)[\w.-]*|iterating\s+on\s+(?:the\s+)?"
    r"prompts?|prompt(?:ed)?\s+version\s+(?:has\s+been|is|went)\s+live"
    # "when we prompted with the playbook pasted in".
    r"|\b(?:we|i|they)\s+(?:first\s+|also\s+)?prompted\b"
    # "POC with zero-shot prompt: 58%", "a pilot using GPT-4o", "baseline on a prompted LLM".
    # "Prompted drafts miss template sections", "prompted MT with the glossary", "even with
    # the schema in the prompt and 3 examples", "a hosted general model with a prompt".
    r"|prompted\s+(?:drafts?|outputs?|answers?|summaries|translations?|mt|results?|responses?"
    r"|captions?|descriptions?|reports?|memos?|letters?|questions|items|quizzes|emails|replies"
    r"|suggestions|labels|tags|codes)"
    r"|(?:even\s+)?with\s+(?:the|our|a)\s+[\w-]+(?:\s+[\w-]+)?\s+in\s+(?:the\s+)?(?:system\s+)?"
    r"(?:prompt|context)"
    # "hosted model with our KB articles pasted into the context".
    r"|with\s+(?:the|our|a)\s+(?:[\w-]+\s+){1,3}?(?:pasted|stuffed|put|dropped|loaded)\s+in(?:to)?\s+"
    r"(?:the\s+)?(?:prompt|context)"
    # "a general chat model gives plausible but wrong digits", "general model drafts with our
    # style guide read like textbook claims", "a 2024 proof of concept using prompts".
    r"|(?:general|generic|off[- ]the[- ]shelf|base|stock|frontier|general[- ]purpose)\s+"
    r"(?:chat\s+)?(?:model|llm)s?\s+(?:give|gives|gave|get|gets|got|produce|produces|produced|make"
    r"|makes|made|return|returns|returned|drafts|drafted|invent|invents|invented|hallucinate"
    r"|hallucinates|miss|misses|missed|with\s+(?:our\s+)?(?:instructions"
    r"|style\s+guide|a\s+prompt))\b"
    r"|proof\s+of\s+concept\s+(?:with|using|on)\s+(?:[\w.-]+\s+){0,3}?(?:prompt\w*|llm|model)"
    r"|(?:tried|tested|used|use|using)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:model|llm|assistant"
    r"|chatbot)\s+with\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:prompts?|instructions|examples)"
    # "we have the prompt approach meanwhile tested" (a second language's order).
    r"|(?:prompting|prompts?)\s+(?:[\w-]+\s+)?(?:tested|tried)\b"
    # "prompting was already tried by the previous vendor", "GPT-4 has been tested".
    r"|(?:prompting|prompts?|few[- ]shot|zero[- ]shot|gpt[\w.-]*|chat\s?gpt|claude|gemini"
    r"|an?\s+llm)\s+(?:was|were|has\s+been|had\s+been|got)\s+(?:already\s+|also\s+|first\s+)?(?:tried"
    r"|tested|trialed|trialled|piloted|evaluated|attempted)"
    # A prompted result said as it stands: "prompting routes maybe 61% right", "the prompt
    # gets about 70%".
    r"|(?:prompting|(?:the|our)\s+prompts?|few[- ]shot|zero[- ]shot)\s+(?:\w+\s+)?(?:gets|got"
    r"|routes|routed|classifies|classified|labels|labelled|labeled|tags|tagged|scores|scored|hits|hit"
    r"|reaches|reached|manages|managed)\b"
    # "and that was with plain gpt-4 prompts": the prompts the result came from.
    r"|(?:with|using)\s+(?:plain|basic|simple|just|our|a|the)\s+(?:(?:gpt[\w.-]*|claude|gemini"
    r"|llm)\s+)?prompts?\b"
    # "LLM prompting POC: 79% exact-match", "a prompted pilot".
    r"|prompt(?:ing|ed|-based|-only|ing-only)?\s+(?:poc|pilot|prototype|baseline|trial|test"
    r"|experiment|proof[- ]of[- ]concept|results)\b"
    # "a prompt-based tagger we tested in January".
    r"|prompt(?:ed|-based|-only|ing-based)\s+(?:[\w-]+\s+)?(?:tagger|classifier|bot|chatbot|model"
    r"|system|tool|assistant|pipeline|setup|router|extractor|summari[sz]er|drafter|version)\b"
    # A prompted result said as a score, whatever the verb: "prompting gave 70% accuracy",
    # "prompt-only accuracy is 71%", "with prompting we're at 70%", "few-shot tops out at
    # 68%", "GPT-4 prompting: 66% exact match" (the trial ends where the figure starts, so
    # the reading of the gap finds it; not a saving, "prompting is 30% cheaper").
    r"|(?:prompting|prompts?|prompt[- ](?:only|based)|few[- ]shot|zero[- ]shot)\b[^.!?;\d\n]{0,40}?"
    r"(?=[~≈]?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s+cent)(?!\s*(?:cheaper|faster|slower|more"
    r"|less|fewer|lower|higher|of\s+(?:the\s+)?(?:cost|price|budget|time|tokens))))"
    # "the prompts behind them have gotten really complex": prompts grown past managing.
    r"|prompts?\s+(?:[\w-]+\s+){0,3}?(?:have|has|had)\s+(?:gotten|grown|become|got)"
    r"|(?:poc|pilot|prototype|trial|test|baseline|experiment|attempt)\s+(?:with|using|on)\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:[\w.-]+\s+){0,2}?(?:prompt\w*|few[- ]shot|zero[- ]shot"
    r"|gpt[\w.-]*|chat\s?gpt|claude|gemini|llama[\w.-]*|llm|(?:ai\s+)?(?:assistant|chatbot)\s+with))"
)
# A run that went badly, in the words both readings of a shortfall use (``flags`` within
# one sentence, this one across a trial and its outcome): "it flopped", "accuracy
# plateaued at 62%", "it's all same-y", "signups are 15% below the old page".
BAD_RESULT = (
    r"flopped|bombed|(?:plateau|stall)(?:ed|s|ing)?\s+(?:at|around|near)|same-?y"
    r"|\d+\s*%\s+(?:below|worse\s+than|lower\s+than|under)"
)
# What came of it, in words: invented content, mangled fields, generic output, rejected
# drafts, lost trust.
_FELL_SHORT = lazy_pattern(
    r"\b(?:invent(?:s|ed|ing)|invent\s+(?:non-?\w+|fake|wrong|made-?up|nonexistent|bogus|imaginary)"
    r"|hallucinat\w+|mangl\w+|made\s+up|mak(?:es|ing)\s+up|garbl\w+"
    # "keeps getting item names, patch mechanics and refund rules wrong".
    r"|(?:keeps?|kept)\s+getting\s+[^.!?;]{1,80}?\bwrong\b"
    # "the lore mistakes were constant", "full of errors".
    r"|(?:mistakes|errors|hallucinations|inaccuracies)\s+(?:were|was|are|is)\s+(?:\w+\s+)?(?:constant"
    r"|everywhere|frequent|endless|common|all\s+over)"
    r"|(?:constant|frequent|endless|lots\s+of|loads\s+of|full\s+of|riddled\s+with)\s+(?:[\w-]+\s+)?"
    r"(?:mistakes|errors|inaccuracies)"
    # "it butchered the dish names", "botched the dates", "got the firmware steps wrong".
    r"|butcher\w*|botch\w*|(?:messed|screwed)\s+up"
    r"|(?:got|gets|get|getting)\s+(?:the\s+|our\s+|its\s+|their\s+)(?:[\w-]+\s+){1,3}?wrong\b"
    r"|mix(?:es|ed|ing)?\s+up|stopped\s+trusting|non-starter|not\s+(?:good|well|accurate|reliable"
    r"|usable|consistent|precise)\s+enough|mediocre|unusable|(?:generic|bland|vague)\s+"
    r"(?:[\w'\"\u2018\u2019\u201c\u201d-]+\s+){0,4}?(?:advice|answers?|output|replies|responses?"
    r"|copy|text|drafts?)"
    # "it ignored our fallback positions", "didn't know our line shorthand at all".
    r"|ignor(?:ed|es|ing)\s+(?:our|the|my|its|most|half|all)\b"
    # "the answers were too vague to send".
    r"|too\s+(?:vague|generic|bland|wordy|robotic|stiff|preachy|salesy|verbose)\b"
    r"|(?:didn't|did\s+not|doesn't|does\s+not|couldn't|could\s+not)\s+(?:really\s+)?(?:know"
    r"|understand|recogni[sz]e|handle|read|follow)\s+(?:our|the|any|most|half)\b"
    # "the same report got 6/10 one run and 9/10 the next".
    r"|\bone\s+run\b[^.!?;]{0,30}?\b(?:the\s+next|another|the\s+second)"
    r"|rejected\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?(?:half|most|a\s+third"
    r"|two\s+thirds|\d+\s*%)"
    # "reps rewrite what it gives them about half the time", "we redo most of them", "editors
    # fix 40% of the drafts": much of the output done again by people.
    r"|(?:rewr(?:ite|ote|itten|iting)|redo|redid|redone|redoing|throw\w*\s+out|threw\s+out"
    r"|discard|scrap|fix|(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!be\s)correct)\w*\s+(?:[\w']+\s+){0,5}?(?:about\s+|roughly\s+|around\s+"
    r"|nearly\s+|almost\s+|over\s+|more\s+than\s+|like\s+|~)?(?:half|most|the\s+majority"
    r"|two[- ]thirds|a\s+third|(?:[2-9]\d|100)\s*%)(?=\s+(?:of\b|the\s+time|them\b))"
    r"|(?:drift\w*|wander\w*)\s+off|off[- ](?:brand|tone|voice)"
    r"|violat\w+|(?:all|every\w*)\s+(?:\w+\s+){0,2}?(?:sound\w*|read\w*)\s+the\s+same"
    r"|(?:lost|loses|losing)\s+(?:the|its|our|his|her|their)\s+(?:voice|tone|style)"
    r"|wrong\s+(?:numbers|answers|codes|fields|facts|figures)"
    rf"|{BAD_RESULT}|all\s+over\s+the\s+place|underwhelming|disappointing|meh\b"
    r"|(?:fell|falls|falling|fall)\s+apart|(?:broke|breaks)\s+down"
    # "its choices changed from run to run", "answers vary between runs".
    r"|(?:changed|changes|change|varied|varies|vary|differed|differs|differ|flipped|flips)\s+"
    r"(?:\w+\s+)?(?:from\s+)?run\s+to"
    r"\s+run|(?:differ\w*|vary|varies|varied|inconsistent)\s+(?:between|across)\s+runs"
    # "the tone varied a lot from draft to draft".
    r"|(?:vari\w*|vary|differ\w*|chang\w*|swung|swings)\s+(?:\w+\s+){0,3}?(?:from|between)\s+"
    r"(?:draft|output|answer|reply|response|summary|email|letter)\s+(?:to|and)\s+(?:draft|output"
    r"|answer|reply|response|summary|email|letter)"
    # "it kept giving her contractions", "kept using real swear words".
    r"|kept\s+(?:on\s+)?(?:giving|using|adding|putting|making|producing|writing|apologi[sz]ing)\b"
    # "wrong 4th-level digit around 40% of time", "the partners rewrote nearly everything",
    # "mis-expanded abbreviations".
    r"|wrong\s+(?:[\w-]+\s+){0,4}?(?:about\s+|around\s+|~)?\d+\s*%\s+of\s+(?:the\s+)?time"
    r"|(?:rewr(?:ote|ite|itten)|redid|redo|redone)\s+(?:nearly|almost|basically|practically)\s+"
    r"(?:everything|all\s+of\s+it|all)"
    r"|\bmis-?[a-z]{3,}ed\b|\bmis(?:read|reads|reading|understood|understands|understanding)\b"
    # "used unapproved terms and sometimes explained a movement with a reason that wasn't in
    # the data": words the team does not allow, and claims the source does not hold.
    r"|(?:used|uses|using|picked|chose)\s+(?:\w+\s+)?(?:unapproved|wrong|incorrect|forbidden|banned"
    r"|non-?standard|made-?up|outdated|off-?brand)\s+(?:terms?|terminology|wording|words|codes?"
    r"|names?|language|phrases?|labels?)"
    r"|(?:wasn't|was\s+not|weren't|were\s+not|isn't|is\s+not|aren't|not)\s+(?:even\s+)?in\s+the\s+"
    r"(?:data|source|document|text|input|record|file|transcript|report|notes)"
    # "decent on simple imaging requests, poor on complex oncology cases".
    r"|(?:poor|weak|bad|terrible|awful|useless|unreliable|struggl\w+|fail\w*)\s+(?:on|for|with|at)\s+"
    r"(?:the\s+|our\s+)?(?:more\s+)?(?:complex|harder|hard|difficult|tricky|rare|edge|long|longer"
    r"|nuanced|ambiguous|messy)\b"
    # "the tone varies per chat", "the format differed between runs".
    r"|(?:tone|voice|style|quality|format|wording|answers?)\s+(?:\w+\s+)?(?:varies|varied|differs"
    r"|differed|changes|changed)\s+(?:a\s+lot\s+)?(?:per|by|with|from|between|across)\s+(?:each\s+"
    r"|every\s+)?(?:chats?|conversations?|calls?|runs?|drafts?|answers?|repl(?:y|ies)|outputs?"
    r"|emails?|messages?|tickets?|agents?)\b"
    # "the output format was different every time": what should hold still did not.
    r"|(?:was|were|is|are|came\s+out|comes\s+out)\s+(?:\w+\s+)?different\s+(?:every|each)\s+"
    r"(?:time|run)"
    # "reviewers flagged prompted drafts for inconsistent terminology".
    r"|flagged\s+(?:[\w-]+\s+){0,3}?for\s+(?:inconsistent|wrong|incorrect|non-?compliant|missing|poor"
    r"|bad|made[- ]up)"
    # "it missed ~15% of AEs. not acceptable", "the prompt-based pilot missed 4 of 50 urgent
    # test messages".
    r"|miss(?:es|ed)\s+(?:\d+\s+(?:of|out\s+of|in)\s+\d+|(?:about\s+|around\s+|roughly\s+|~"
    r"|over\s+)?\d+\s*%)|not\s+acceptable"
    r"|unacceptable"
    # "gave poor results", "breaks section structure", "drops fields, invents keys",
    # "followed maybe half the time", "rejected by LQA on about 35%", "sections went
    # missing", "routinely missed negations".
    r"|(?:gave|gives|produced|produces|got|gets)\s+(?:\w+\s+)?(?:poor|bad|mediocre|weak|inconsistent"
    r"|unreliable)\s+(?:results|output|outputs|answers|drafts)"
    r"|breaks?\s+(?:the\s+)?(?:\w+\s+)?(?:structure|format|schema|nesting|template|layout)"
    r"|drops?\s+fields|(?:\w+\s+)?went\s+missing|(?:routinely|often|constantly|regularly)\s+missed"
    r"|(?:followed|right|correct|usable|accepted)\s+(?:maybe\s+|only\s+|about\s+|roughly\s+)?half"
    r"\s+the\s+time"
    r"|(?:didn't|did\s+not|doesn't|does\s+not)\s+match\s+(?:what|the|our)"
    # "just produces code that doesn't compile", "the JSON often fails to parse", prompts
    # "gotten so complex that tweaking them is painful".
    r"|(?:doesn't|does\s+not|don't|do\s+not|won't|can't|never|fails?\s+to)\s+(?:even\s+)?"
    r"(?:compile|parse|validate|run|execute|build)\b"
    r"|(?:gotten|grown|become|got)\s+(?:so\s+|too\s+|really\s+|very\s+|extremely\s+|quite\s+)?"
    r"(?:complex|complicated|unwieldy|brittle|fragile|unmanageable|convoluted)\b"
    # "slow and pricey at our volume", "ok-ish but slow + $$", "the voice isn't ours".
    r"|(?:was|were|is|are|got|gets|too)\s+(?:\w+\s+)?(?:slow|pricey|expensive|costly)\b"
    r"|ok-?ish|slow\s*(?:and|\+|&)\s*(?:pricey|expensive|costly|\$)"
    r"|(?:voice|tone|style)\s+(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:ours|us|right|on[- ]brand)"
    r"|miss(?:es|ed)?\s+(?:the\s+|most\s+|half\s+(?:of\s+)?(?:the\s+)?|a\s+lot\s+of\s+)?[a-z]+"
    r"|(?:was|were|is|are)\s+(?:\w+\s+)?(?:awful|terrible|poor|abysmal|horrible|lousy|rubbish"
    r"|garbage|useless)\b"
    r"|hated?\s+(?:it|them|the\s+\w+)"
    # "it sort of worked", "prompts grow more and more elaborate", "the prompt grows, then
    # grows again".
    r"|(?:sort|kind)\s+of\s+worked|(?:only\s+)?(?:partly|partially|half)[- ]worked"
    # "that worked to a degree but not fully", "it works up to a point".
    r"|work(?:ed|s)\s+(?:only\s+)?(?:to\s+a\s+(?:degree|point)|to\s+some\s+(?:extent|degree)|up\s+to"
    r"\s+a\s+point|somewhat|partly|partially)"
    r"|(?:grow|grows|grew|growing)\s+(?:more\s+and\s+more\s+|ever\s+more\s+|increasingly\s+)"
    r"(?:elaborate|complex|complicated|long|convoluted)"
    r"|prompts?\s+(?:grows|grew|keeps?\s+growing|kept\s+growing)\b"
    # "it kept dropping allergies", "kept mixing up the codes".
    r"|(?:kept|keeps?)\s+(?:on\s+)?(?:dropping|missing|omitting|losing|forgetting|skipping|leaving\s+out"
    r"|confusing|mixing|inventing|getting\s+(?:\w+\s+)?wrong)"
    # "tried prompt engineering plus few-shot examples — not enough", "wasn't enough.":
    # not enough of nothing named after it (not "not enough data").
    r"|(?:(?<=[—–:,(-] )not|(?<=[—–:,(-])not|(?:was|were|is|are|been)\s+not|wasn't|weren't"
    r"|isn't|aren't)\s+enough(?=\s*(?:[.;!)]|$))"
    # "compliance rejects most of the prompted drafts", "editors sent back half of them".
    r"|(?:reject(?:s|ed|ing)?|bounc(?:e|es|ed|ing)|sen(?:d|ds|t|ding)\s+back|thr(?:ow|ows|ew|owing)"
    r"\s+out|kick(?:s|ed|ing)?\s+back|veto(?:es|ed|ing)?)\s+(?:[\w']+\s+){0,2}?(?:about\s+|roughly\s+|around\s+|nearly\s+"
    r"|almost\s+|over\s+|~)?(?:half|most|many|the\s+majority|two[- ]thirds|a\s+third|nearly\s+all"
    r"|almost\s+all)\s+of\b"
    # "I tried rewording it and it still doesn't work", "still isn't right".
    r"|still\s+(?:doesn't|does\s+not|didn't|did\s+not|won't|isn't|is\s+not|wasn't)\s+(?:really\s+)?"
    r"(?:work|working|right|good\s+enough|reliable|consistent|accurate)\b"
    # "couldn't get the outputs to follow our schema", "it never got the format right",
    # "describing the tone didn't move it enough".
    r"|(?:didn't|did\s+not|couldn't|could\s+not|never|can't|cannot|wouldn't|won't)\s+(?:really\s+"
    r"|quite\s+|ever\s+|reliably\s+)?(?:get|got|make|made)\s+(?:it|them|(?:the|our|its)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:right|work|follow|stick|match"
    r"|consistent|reliable|accurate|usable)\b"
    r"|(?:didn't|did\s+not|doesn't|does\s+not)\s+(?:\w+\s+){1,3}?enough\b(?!\s+(?:data|examples"
    r"|labels|budget|time|money))"
    # "bounced ~45%", "rejected by LQA on about 35%".
    r"|(?:bounced|flagged|rejected|failed|sent\s+back|threw\s+out)\s+(?:by\s+[\w-]+\s+)?(?:on\s+)?"
    r"(?:about\s+|roughly\s+|around\s+|~)?\d+\s*%"
    r"|(?:reads?|sound(?:s|ed)?|feels?|felt|look(?:s|ed)?|c(?:o|a)mes?\s+out|gets?|got|goes|went)\s+"
    r"(?:\w+\s+)?(?:generic"
    r"|bland|robotic|flat"
    r"|samey|off)\b"
    r"|(?:isn't|wasn't|aren't|weren't|not)\s+(?:\w+\s+)?(?:good|well|accurate|reliable|usable"
    r"|consistent|precise)\s+enough|(?:got|gets|get|getting)\s+(?:basically\s+|almost\s+"
    r"|nearly\s+)?(?:all|most|everything|half)\s+(?:of\s+(?:them|it)\s+)?wrong)"
)
# "got ~85%", "reaches 72%", "right maybe 80% of the time", "accuracy was 70 %".
_REACHED = lazy_pattern(
    r"(?:\b(?:got|gets|get|gave|gives|returned|yielded|showed|reach\w*|hit\w*|scor\w*|achiev\w*"
    r"|manag\w*|right|correct|accura\w*|accepted|approved|passed|came\s+in|come\s+in|landed"
    r"|precision|recall|f1|at|around|about|only|was|were|is|like|maybe|match\w*)\s+(?:[\w~≈]+\s+){0,2}?"
    r"|[:=]\s*)"
    r"[~≈]?\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
)
# A score said before the measure's name: "71% field accuracy", "84% exact match".
_REACHED_BEFORE = lazy_pattern(
    r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?:[\w-]+\s+)?(?:accuracy|accurate"
    r"|precision|recall|f1|correct|right|exact[- ]match)\b"
)
# A score said as a fraction after the measure's name: "precision 0.58", "F1 of .71".
_REACHED_FRACTION = lazy_pattern(
    r"\b(?:precision|recall|f1|accuracy|exact[- ]match)\s*(?:score\s+)?(?:of|was|is|=|:|at|around"
    r"|about|only)?\s*[~≈]?\s*(0?\.\d{1,3})(?![\d%])"
)
# "It routed about 3 in 5 correctly", "7 out of 10 were usable": a share right, said as a
# ratio.
_REACHED_RATIO = lazy_pattern(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
    r"(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b\s+(?:\w+\s+){0,2}?(?:right|correct(?:ly)?"
    r"|accurate(?:ly)?|usable|accepted|acceptable|good)\b"
)
# "need ~99%", "must hit 95%", "the bar is 90%", "target: 97%", "require at least 93%".
# Or the people's own level, the bar the model is held to: "the coders themselves agree
# with QA 94% of the time", "our graders agree with each other 92% of the time".
_REQUIRED = lazy_pattern(
    r"\b(?:need|needs|needed|require\w*|target\w*|must|have\s+to|has\s+to|goal|bar|sla"
    r"|threshold|minimum|want\w*|expect\w*|ask(?:s|ed)?\s+for|aim(?:s|ed|ing)?\s+(?:for|at)"
    r"|(?:humans?|coders|raters|annotators|graders|reviewers|experts|agents|analysts|clerks|staff"
    r"|nurses|doctors|lawyers|editors)\s+(?:themselves\s+)?(?:agree|score|get|hit|reach|manage)\w*)"
    r"\b[\s:]*(?:[\w~≈>=≥]+\s+){0,4}?[~≈>=≥]*\s*"
    # "has to be 95+" says a percent with a plus.
    r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent|\+(?![\w\d]))"
)
# The bar said as a bare number after a score in percent: "71% field accuracy, ops needs 95".
_REQUIRED_BARE = lazy_pattern(
    r"\b(?:need|needs|needed|require\w*|target\w*|must\s+(?:hit|reach|be)|goal\s+is|bar\s+is"
    r"|wants?)\s+(?:at\s+least\s+|about\s+|~)?(\d{2}(?:\.\d+)?)(?=\s*(?:$|[.,;!)]))"
)
# How far after the trial the outcome may be said, and how far before it.
_REACH = 500
_BEFORE = 160


# What came of it when it worked: "associates say the drafts are good; they edit lightly",
# "the output met our quality bar", "results were solid". Read only when no shortfall is.
_WORKED = lazy_pattern(
    r"\b(?:(?:drafts?|outputs?|results?|answers?|replies|summaries|texts?|emails?|it|they)\s+"
    r"(?:are|were|is|was|look|looks|looked|came\s+out|come\s+out)\s+(?:\w+\s+)?(?:good|great|fine"
    r"|solid|usable|decent|accurate|spot[- ]on)\b(?!\s+(?:enough\s+)?(?:for\s+a\s+demo|but|except))"
    r"|edit(?:s|ed|ing)?\s+(?:them\s+|it\s+)?(?:only\s+)?(?:lightly|a\s+little)|(?:light|minor)\s+edits"
    r"|(?:met|meets|meet)\s+(?:our|the)\s+(?:quality\s+)?(?:bar|needs?|requirements?|target)"
    # "hosts approve ~90% without edits".
    r"|(?:approve[sd]?|accept(?:s|ed)?|publish(?:es|ed)?|ship(?:s|ped)?)\s+(?:~|about\s+|around\s+"
    r"|roughly\s+|over\s+)?(?:[89]\d|100)\s*%\s+(?:of\s+(?:them|it|the\s+\w+)\s+)?(?:without|with\s+no)"
    r"\s+(?:edits|changes|corrections)"
    r"|(?:does|did|do)\s+the\s+job|works?\s+(?:fine|well|great)|happy\s+with\s+(?:it|the\s+\w+)"
    # "it is correct about 97% of time"; "the partner is happy".
    r"|(?:correct|right|accurate)\s+(?:about\s+|around\s+|roughly\s+|~)?(?:9\d|100)\s*%"
    r"|(?:partner|manager|team|client|boss|owner|users?)\s+(?:is|are)\s+(?:very\s+|quite\s+)?happy\b)"
)


# A trial's outcome as a count of its items: "tried it on 20 summaries, clinicians flagged
# 7", "copy team rejected 22 of 40", "55 of 100 logs correct", "recruiters accepted 14 of
# 15", "translators were happy with 27" (of 30 tried). Items said bad, or good, by people.
_BAD_COUNT = lazy_pattern(
    r"\b(?:flagged|rejected|bounced|discarded|threw\s+out|sent\s+back|scartat\w*|rechazad\w*"
    r"|rejet[ée]\w*|abgelehnt|got\s+wrong|missed)\s+(?:about\s+|around\s+|roughly\s+|~)?"
    r"(?P<count>\d{1,4})\b(?:\s+(?:[\w-]+\s+){0,2}?(?:of|out\s+of|in|su|de|sur|von)\s+(?:the\s+)?"
    r"(?P<whole>\d{1,4})\b)?"
    r"|\b(?P<count2>\d{1,4})\s+(?:[\w-]+\s+){0,2}?(?:of|out\s+of|su|de|sur|von)\s+(?:the\s+)?"
    r"(?P<whole2>\d{1,4})\s+(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+|got\s+)?(?:wrong|rejected|flagged"
    r"|unusable|bad|off)\b"
)
_GOOD_COUNT = lazy_pattern(
    r"\b(?:accepted|approved|kept|used|happy\s+with|rated|liked|signed\s+off\s+on|passed)\s+"
    r"(?:about\s+|around\s+|~)?(?P<count>\d{1,4})\b(?:\s+(?:[\w-]+\s+){0,3}?(?:of|out\s+of)\s+"
    r"(?:the\s+)?(?P<whole>\d{1,4})\b)?"
    r"|\b(?P<count2>\d{1,4})\s+(?:of|out\s+of|su|de|sur|von)\s+(?:the\s+)?(?P<whole2>\d{1,4})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?(?:correct|right|accurate|usable|useful|fine|good"
    r"|accepted|approved)\b"
)
# Shares said in percent: "95% of the hints were good", "30% came out wrong".
_PCT_JUDGED = lazy_pattern(
    # (A share of the items, said with "of": not "65% which is fine", a score accepted.)
    r"\b(?P<pct>\d{1,3}(?:\.\d+)?)\s*%\s+(?:of\s+(?:the\s+|our\s+|its\s+)?|des\s+|der\s+|de\s+los\s+"
    r"|dos\s+|delle\s+|degli\s+)(?:[\w-]+\s+){0,2}?(?:were|was|are|is|came\s+out|come\s+out)\s+"
    r"(?:(?P<good>good|right|correct|accurate|usable|fine|acceptable)|(?P<bad>wrong|bad|unusable"
    r"|rejected|off|incorrect|inaccurate))\b"
)
# How many items the trial ran on: "on 20 real summaries", "40 descriptions with ...".
_TRIAL_ON = lazy_pattern(r"\b(?:on|with)\s+(?:about\s+|~)?(\d{1,4})\b")
# Or right after the trial: "we did try: 40 descriptions with ...".
_TRIAL_LEAD = lazy_pattern(r"\W*(\d{1,4})\s+[a-z]")
# Shares of a trial's items said bad (at least) or good (under): a shortfall.
_BAD_SHARE = 0.2
_GOOD_SHARE = 0.8


def _trial_share(window: str, trial_end: int) -> tuple[bool, re.Match[str]] | None:
    """Whether a trial's items came out short (True) or well (False), from counts of them
    said bad or good after the trial, with the whole said beside them or by the trial."""
    size = _TRIAL_ON.search(window, trial_end, trial_end + 60) or _TRIAL_LEAD.match(
        window, trial_end, trial_end + 60
    )
    trial_whole = int(size.group(1)) if size else None
    for pattern, bad in ((_BAD_COUNT, True), (_GOOD_COUNT, False)):
        found = pattern.search(window, trial_end)
        if found is None:
            continue
        count = int(found.group("count") or found.group("count2"))
        whole_said = found.group("whole") or found.group("whole2")
        whole = int(whole_said) if whole_said else trial_whole
        if not whole or count > whole:
            continue
        return _short(count / whole, bad=bad), found
    judged = _PCT_JUDGED.search(window, trial_end)
    if judged is not None and float(judged.group("pct")) <= 100:
        return _short(float(judged.group("pct")) / 100, bad=bool(judged.group("bad"))), judged
    return None


def _short(share: float, *, bad: bool) -> bool:
    """Whether a share of a trial's items said bad (a fifth or more) or good (under four
    fifths) means the trial fell short."""
    return share >= _BAD_SHARE if bad else share < _GOOD_SHARE


def extract(text: Text, draft: Draft) -> None:
    """Set ``prompting_fell_short`` when a trial of prompting is followed by its shortfall,
    or to False when it is followed only by words that it worked."""
    if draft.has("prompting_fell_short"):
        return
    low = text.low
    worked: tuple[int, int] | None = None
    for trial in _TRIED.finditer(low):
        # The outcome is mostly said after the trial, sometimes just before it ("editors
        # hate it. we've been iterating on prompts for a month").
        before = max(0, trial.start() - _BEFORE)
        window = low[before : trial.start() + _REACH]
        shortfall = _FELL_SHORT.search(window) or _gap(window)
        shared = _trial_share(window, trial.end() - before)
        if shortfall is None and shared is not None:
            short, said = shared
            if short:
                shortfall = said
            elif worked is None:
                worked = (trial.start(), before + said.end())
                continue
        if shortfall is not None:
            start = min(trial.start(), before + shortfall.start())
            end = max(trial.end(), before + shortfall.end())
            draft.put("prompting_fell_short", True, evidence=text.evidence(start, end))
            _high_target(text, draft, window=window, offset=before)
            return
        if worked is None:
            success = _WORKED.search(low, trial.end(), trial.end() + _REACH)
            if success is not None and not _BUT_AFTER.match(low, success.end()):
                worked = (trial.start(), success.end())
    if worked is not None:
        draft.put("prompting_fell_short", False, evidence=text.evidence(*worked))


def _high_target(text: Text, draft: Draft, *, window: str, offset: int) -> None:
    """A trial that missed a required score of 90% or more ("risk said it has to be 95+")
    says accuracy is critical to the work, as "it must be 95% accurate" does."""
    target = _gap(window)
    if target is None or target.re not in (_REQUIRED.compiled, _REQUIRED_BARE.compiled):
        return
    if float(target.group(1)) >= _HIGH_TARGET:
        span = text.evidence(offset + target.start(), offset + target.end())
        draft.put("accuracy_critical", True, evidence=span)


def _gap(window: str) -> re.Match[str] | None:
    """The required figure, when a reached figure below it comes first; or, with no
    target said, a reached figure so low no one would ship it ("gets 60% exec accuracy",
    "precision 0.58 on a 2k sample"), unless the words after it accept it."""
    reached = (
        _REACHED.search(window)
        or _REACHED_BEFORE.search(window)
        or _REACHED_FRACTION.search(window)
        or _REACHED_RATIO.search(window)
    )
    if reached is None:
        return None
    required = _REQUIRED.search(window, reached.end())
    if required is None and reached.re is not _REACHED_RATIO.compiled:
        required = _REQUIRED_BARE.search(window, reached.end())
    if required is None:
        low_enough = _percent(reached) <= _TOO_LOW
        accepted = _ACCEPTED.match(window, reached.end())
        return reached if low_enough and accepted is None else None
    if float(required.group(1)) <= _percent(reached):
        return None
    return required


def _percent(reached: re.Match[str]) -> float:
    """A reached score in percent, whether said as one ("78%"), as a fraction ("0.58") or as
    a ratio ("3 in 5")."""
    if reached.re is _REACHED_RATIO.compiled:
        value, whole = (float(NUMBER_WORDS.get(g, g)) for g in reached.group(1, 2))
        return 100 * value / whole if whole else 100.0
    value = float(reached.group(1))
    return value * 100 if reached.re is _REACHED_FRACTION.compiled else value


# Praise taken back in the same sentence: "it was fine on common terms but picked sibling
# terms for rarer events".
_BUT_AFTER = lazy_pattern(r"[^.!?;\n]{0,60}?\b(?:but|except|however|though|although)\b")
# A required score at or above this says accuracy is critical.
_HIGH_TARGET = 90.0
# A score at or under this, with no target given, is a shortfall; and the words that
# accept one ("60%, which is fine for a first pass").
_TOO_LOW = 70.0
_ACCEPTED = lazy_pattern(
    r"[^.!?;]{0,40}?\b(?:is\s+|was\s+|'s\s+)?(?:fine|ok|okay|acceptable|good\s+enough|enough"
    r"|great|plenty)\b"
)
