"""Reading a team's decision out of a thread reply, and what a decision keeps.

    >>> read_decision("ok, we'll go with fine-tuning", today=date(2026, 1, 5)).approach
    <Approach.FINE_TUNING: 'fine-tuning'>
    >>> read_decision("should we go with prompting?", today=date(2026, 1, 5)) is None
    True

A reply decides when a clause says the team commits ("we'll go with", "let's do",
"decided:", "we chose") and names an approach after it. Questions, conditionals ("if we
go with ..."), hedges ("we could", "maybe") and negations ("we won't fine-tune", "let's
not") never decide. Pure and deterministic: the date to count a revisit from is passed in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from assistant.answer import Reason
from assistant.parsing.numbers import NUMBER_WORDS
from assistant.vocabulary import Approach

#: Default revisit delays, from the guidance: test in small increments (a pilot) before
#: committing, ``strategy.pilot-testing``; a fine-tuned model is retrained periodically,
#: ``mastering.retraining`` (its cost report's retraining interval wins when known).
PILOT_REVISIT_MONTHS = 3
RETRAINING_REVISIT_MONTHS = 6
REVISIT_CITATIONS: dict[Approach, str] = {
    Approach.PROMPTING: "strategy.pilot-testing",
    Approach.PROMPT_THEN_FINE_TUNE: "strategy.pilot-testing",
    Approach.FINE_TUNING: "mastering.retraining",
}
MAX_NOTE_CHARS = 500
MAX_TITLE_CHARS = 80


class DecisionStatus(StrEnum):
    """The ``status`` values of a recorded decision (the export contract's words)."""

    ACTIVE = "active"
    SUPERSEDED = "superseded"
    REVISIT = "revisit"


class DecisionIntent(BaseModel):
    """What a reply decided: an approach, a revisit date, or both; with the why, if said."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    approach: Approach | None
    note: str = ""
    revisit_on: date | None = None
    # "We'll do what it says": the thread's recommended approach, which the reader of
    # one reply cannot know; whoever records the decision fills it in.
    as_recommended: bool = False


_NUMBERS = {
    **{word: value for word, value in NUMBER_WORDS.items() if 0 < value <= 12},
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a few": 3,
}
_NUMBER = r"(\d{1,3}|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + ")"

# Said by people without the jargon too: "the instructions-only approach", "writing
# instructions for the bot, no training", "plain instructions".
_PROMPT = (
    r"(?:prompt(?:ing|s|ed)?(?:[- ]engineering)?|few[- ]shot|zero[- ]shot"
    r"|(?:the\s+|plain\s+|good\s+|just\s+)?instructions(?:[- ]only)?(?=\W*(?:$|one\b|approach"
    r"|route|option|way|for\s+(?:the\s+)?bot|,|\.|;|!|now|first|then|later|to\s+start|and\b))"
    r"|writing\s+instructions)"
)
# "FT" is the abbreviation people type ("prompt now, FT later").
# "fine-tuned models" names a kind of model, not a choice.
# "A tuned model" is the fine-tuned one ("switch to a tuned model once ..."); "feintunen" is
# the German verb.
_FINE_TUNE = (
    r"(?:(?:fine[- ]?tun|finetun|feintun)(?:e|es|ed|ing|en)(?!\s+(?:models?|llms?|versions?"
    r"|weights|checkpoints?))|training our own model|(?:a|our|the)\s+tuned\s+model|\bft\b"
    # "the training one", "training it on our forms", "fine, we'll train it".
    r"|the\s+training(?:\s+(?:one|approach|route|option|way))?(?!\s+(?:for|of|session|day))\b"
    r"|train(?:ing)?\s+it\b)"
)
_HYBRID = re.compile(
    rf"prompt[- ]then[- ]fine[- ]tun\w*|hybrid|\bptft\b"
    rf"|{_PROMPT}\W+(?:\w+\W+){{0,4}}?(?:then|later|first|now|before|until|d'abord|puis"
    rf"|zuerst|dann|später|spaeter|primero|luego|depois|ensuite)\b"
    rf"(?:\W+\w+){{0,5}}?\W+{_FINE_TUNE}"
    # "prompt for Q1, fine-tune in Q2", "prompt now and fine-tune once the data is in"
    rf"|{_PROMPT}\W+(?:\w+\W+){{0,12}}?{_FINE_TUNE}\W+(?:\w+\W+){{0,2}}?"
    rf"(?:later|after\w*|once|when|as\s+soon\s+as|in\s+q[1-4]|next|depois|después|ensuite|später"
    r"|en\s+la|en\s+el|na\s+|no\s+|dans\s+la|im\s+"
    r"|for\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter|v2|phase\s*(?:2|two))"
    r"|no\s+segundo|en\s+el\s+segundo|au\s+second)\b"
    rf"|{_PROMPT}\s+(?:now|agora|ahora|maintenant|jetzt)\b"
    r"|phased|staged|two[- ](?:step|phase|stage)|dos\s+pasos|duas\s+etapas|deux\s+[ée]tapes"
    r"|zwei\s+(?:schritte|phasen|stufen)|due\s+fasi"
    rf"|{_PROMPT}[- ]first"
    rf"|{_PROMPT}\W+(?:\w+\W+){{0,4}}?{_FINE_TUNE}\s+in\s+h[12]\b"
    rf"|{_PROMPT}\s+first\W+(?:\w+\W+){{0,3}}?train\w*\s+later"
    # "phase 1 prompting, phase 2 tuning"; "start with prompts ... tune later if it doesn't".
    rf"|phase\s*(?:1|one)\W+(?:\w+\W+){{0,3}}?{_PROMPT}\W+(?:\w+\W+){{0,3}}?phase\s*(?:2|two)"
    rf"|{_PROMPT}\W+(?:\w+\W+){{0,10}}?(?:re)?tun(?:e|ing)\s+(?:it\s+)?(?:later|after)"
    # "vamos de prompting por enquanto e fazemos fine-tuning depois".
    rf"|{_PROMPT}\W+(?:\w+\W+){{0,3}}?(?:por\s+enquanto|por\s+ahora|pour\s+l'instant|vorerst)"
    rf"\W+(?:\w+\W+){{0,4}}?{_FINE_TUNE}"
    # "start with prompting and revisit in Q3 when we have the labeled set".
    rf"|{_PROMPT}\W+(?:\w+\W+){{0,3}}?revisit\b(?:\W+\w+){{0,5}}?\W+(?:when|once|after)\s+"
    r"(?:\w+\W+){0,5}?(?:data|labels|labell?ed|examples|annotations)\b"
)
# A sentence that is nothing but an approach (and "done", "approved", "then", or the
# stage it is for: "prompting for the mvp"): the team names its choice.
_ALONE = re.compile(
    rf"((?:{_HYBRID.pattern})|{_FINE_TUNE}|{_PROMPT}(?:\s+(?:route|path|version))?)"
    r"(?:\s+(?:for|in)\s+(?:the\s+)?(?:mvp|pilot|poc|v1|beta|launch|now|first\s+(?:release|version"
    r"|phase)|phase\s+(?:1|one)))?"
    r"(?:\W+(?:done|approved|decided|agreed|then|moving\s+on|ship\s+it))*"
)
# "fine-tune it is": the approach first, then the words that settle on it ("fine-tune is
# the call").
_IT_IS = re.compile(
    rf"(prompt[- ]then[- ]fine[- ]?tun\w*|{_FINE_TUNE}|{_PROMPT}|hybrid)"
    r"(?:\s+only|\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?=it\s+is))?"
    r"\s*(?:it\s+is|,?\s*final\s+(?:answer|call|decision)"
    r"|is\s+the\s+(?:call|plan|decision|choice|pick|way\s+(?:to\s+go|forward)))\b"
)
# "skip fine-tuning entirely and just prompt": the second one.
# ("we're skipping the prompt phase, fine-tune straight away").
_SKIP = re.compile(
    rf"\bskip(?:ping)?\s+(?:the\s+)?(?:{_FINE_TUNE}|{_PROMPT})(?:\s+(?:phase|step|stage|part))?"
    rf"\s*(?:\w+\s+)?(?:and|,)\s+(?:just\s+)?(?:go\s+(?:straight\s+)?(?:to\s+)?)?"
    rf"({_FINE_TUNE}|{_PROMPT})"
)
# "it's prompting only": the one kept; "fine-tuning is off the table": the other one.
_ONLY = re.compile(rf"\b(?:it'?s\s+|so\s+)?({_FINE_TUNE}|{_PROMPT})\s+only\b")
_OFF_THE_TABLE = re.compile(rf"\b({_FINE_TUNE}|{_PROMPT})\s+is\s+off\s+the\s+table")
_OTHER = {Approach.FINE_TUNING: Approach.PROMPTING, Approach.PROMPTING: Approach.FINE_TUNING}
# A sentence that only settles, after one that names the approach: "+1 prompting. closing
# this out", "start with prompting and see how far it gets. going with that", "Go."
_SETTLES = re.compile(
    r"(?:go|go\s+go|done|decided|approved|agreed|locked(?:\s+in)?|closing\s+(?:this|it)\s+out"
    r"|final\s+(?:answer|call|decision)|ship\s+it|shipping\s+(?:it\s+)?(?:next|this|on|today"
    r"|tomorrow|monday|tuesday|wednesday|thursday|friday)(?:\s+\w+)?"
    r"|going\s+with\s+(?:that|this|it)|that'?s\s+the\s+(?:plan|call"
    r"|decision)|it'?s\s+decided|i'?ll\s+write\s+it\s+up|moving\s+on"
    r"|done\s+(?:deliberating|discussing|debating)|let'?s\s+do\s+(?:it|this|that)(?:\W+\S+)?"
    # A second look planned settles the first choice: "will circle back if consultants
    # complain", "we revisit only if Q4 drafts still get bounced".
    r"|(?:we'?ll\s+|we\s+will\s+|will\s+|we\s+|and\s+)?(?:circle\s+back|revisit|re-?evaluate|reassess)"
    r"(?:\s+[^.!?]*)?"
    # "is decided in the loc meeting today".
    r"|(?:it\s+)?(?:is|was|'s)\s+decided(?:\s+[^.!?]*)?)"
)
# Assent, and the choice taken on to others ("works for me", "sounds good", "ill tell the
# partners"): they settle an approach said plainly ("eh fine, prompting"), not one said
# with a view of it ("fine-tuning sounds expensive").
_ASSENTS = re.compile(
    r"works\s+for\s+(?:me|us)|sounds\s+good|fine\s+by\s+(?:me|us)|deal|perfect|cool"
    r"|makes\s+sense|that\s+settles\s+it|settled|agreed"
    r"|i'?ll\s+(?:tell|let|inform|update|loop\s+in|brief)\s+(?:the\s+|my\s+|our\s+)?[\w-]+"
    r"(?:\s+know)?"
)
# "We'll do what it says", "as recommended", "wie empfohlen".
_AS_RECOMMENDED = re.compile(
    r"\b(?:(?:we'?ll|we\s+will|let'?s|going\s+to|we'?re\s+going\s+to)\s+(?:just\s+)?(?:do|go"
    r"\s+with|follow|take)\s+(?:what\s+(?:it|you|advisor|the\s+bot)\s+(?:says|said|recommends?"
    r"|suggests?)|the\s+recommendation|your\s+(?:advice|recommendation)|the\s+advice|its\s+advice)"
    # "go with the advisor rec", "going with the bot's recommendation".
    r"|(?:going|go)\s+with\s+(?:the|your|its)\s+(?:(?:advisor|bot)(?:'s)?\s+)?(?:recommendation"
    r"|rec|advice|suggestion)"
    r"|(?:as|like)\s+(?:recommended|suggested|advised)|wie\s+empfohlen|comme\s+recommand[ée]"
    # "we'll follow this", and "as proposed" in German, French, Spanish, Portuguese, Italian.
    r"|(?:we'?ll|we\s+will|let'?s)\s+follow\s+(?:this|that|it)\b(?!\s+(?:thread|up|discussion"
    r"|conversation|closely))"
    r"|wie\s+vorgeschlagen|comme\s+(?:propos|sugg[ée]r)[ée]e?|come\s+(?:suggerito|consigliato"
    r"|proposto)|conform[ée]ment\s+[àa]\s+la\s+recommandation|seguir\s+la\s+recomendaci[oó]n"
    r"|seguir\s+a\s+recomenda[çc][ãa]o|der\s+empfehlung\s+(?:zu\s+)?folgen"
    # "thanks, we'll go with that": the answer, pointed at.
    r"|(?:we'?ll|we\s+will|let'?s|going\s+to)\s+(?:just\s+)?(?:go|run|roll)\s+with\s+(?:that|this|it)"
    r"(?=\s*(?:[.!]|$))"
    r"|(?:signed\s+off\s+on|approved|accepted|green[- ]?lit)\s+(?:the|your|its)\s+"
    r"(?:recommendation|rec|advice|suggestion)"
    r"|como\s+(?:recomendado|se\s+recomienda|recomendaste|sugerido|propuesto|proposto|sugeriste)"
    # "ok ship it" on its own: the answer as it stands.
    r"|^\W*(?:(?:ok(?:ay)?|alright|right|great|cool|good)\W+)?(?:let'?s\s+)?ship\s+it\W*$)"
)
_ANY_APPROACH = re.compile(f"{_FINE_TUNE}|{_PROMPT}")
_APPROACHES = (
    (Approach.FINE_TUNING, re.compile(_FINE_TUNE)),
    (Approach.PROMPTING, re.compile(_PROMPT)),
)

# A clause commits when one of these leads up to the approach it names.
_COMMIT = re.compile(
    r"\b(?:"
    r"(?:we|i|team)\s*(?:'ll|will|'re|are|'ve|have|shall)?\s*"
    r"(?:going\s+(?:to\s+go\s+)?with|go(?:ing)?\s+(?:to\s+)?(?:with|for)|go\s+with|"
    r"decided|chose|choose|picked|pick|settled|opted|agreed|do|use|start|"
    r"going\s+to|stick|stay)"
    r"|let'?s|let\s+us"
    # "we had a go with a prompt" tried it; it chose nothing.
    # ("going w prompting obv": "w" and "w/" are "with".)
    r"|going\s+(?:with|w)|(?<!\ba\s)go\s+(?:with|w)|sticking\s+(?:with|w)"
    r"|we'?ll|^\s*go\s+for"
    # "i'll kick off the fine-tune on monday".
    r"|(?:i|we)\s*(?:'ll|\s+will)\s+(?:kick\s+off|launch|set\s+up|start\s+on)"
    # "we go fine-tune" (said by a team writing in a second language).
    rf"|(?:we|i|team)\s+go\s+(?={_PROMPT}|{_FINE_TUNE})"
    # "going prompt first and fine-tune later".
    rf"|going\s+(?={_PROMPT}|{_FINE_TUNE}|hybrid)"
    r"|approved|approves|sign(?:ed|ing)?\s+off\s+on|green[- ]?lit|green[- ]?light(?:ing|ed)?"
    r"|ship(?:ping)?"
    r"|go(?:ing)?\s+the|doing"
    # "team voted for fine-tuning", "fine-tuning gets my vote"; a clause that opens with the
    # plan ("going to prompt for Q1 and circle back on FT in Q2").
    r"|voted\s+(?:for|to)|^\s*going\s+to"
    # "Proceeding with prompt-then-fine-tune", "we're moving forward with fine-tuning".
    r"|proceed(?:ing|s)?\s+with|(?:go(?:ing|es)?|mov(?:e|es|ing))\s+(?:ahead|forward)\s+with"
    # "we're fine-tuning anyway", "we fine-tune", "we're doing prompt-first"
    # (Not "we prompted claude for a week" or "we fine-tuned one last year": trials told.)
    rf"|(?:we|i|team)\s*(?:'re|are)?\s+(?:doing\s+)?(?!(?:prompted|fine[- ]?tuned|finetuned)\b)"
    rf"(?=(?:{_FINE_TUNE}|{_PROMPT}))"
    # The same commitment in French, German and Spanish.
    r"|on\s+part\s+sur|nous\s+partons\s+sur|on\s+y\s+va\s+avec|on\s+choisit|on\s+commence\s+par"
    r"|empezamos\s+con|wir\s+(?:fangen|starten)\s+mit|vamos\s+(?:de|com|fazer)"
    r"|(?:skip(?:ping)?|go(?:ing)?|jump(?:ing)?)\s+straight\s+to"
    r"|wir\s+machen\s+(?:es\s+mit|das)?"
    r"|wir\s+nehmen|wir\s+entscheiden\s+uns\s+f[uü]r|vamos\s+con|nos\s+quedamos\s+con"
    # Minutes: "décision de retenir le fine-tuning", "se aprueba el prompting".
    r"|d[ée]cision\s+de\s+retenir|on\s+retient|se\s+aprueba|se\s+aprov[ao]u?|beschlossen"
    # "on fait le fine-tuning", "we starten met prompting", "decidimos ir con", "vamos em
    # frente com", "andiamo con", "abbiamo deciso di".
    r"|on\s+fait|we\s+(?:starten|beginnen)\s+met|we\s+gaan\s+(?:voor|met)|we\s+kiezen(?:\s+voor)?"
    r"|decidimos(?:\s+(?:ir\s+con|hacer|usar|fazer|ir\s+de))?|vamos\s+(?:em\s+frente\s+com|a\s+ir\s+con"
    r"|por)|andiamo\s+(?:avanti\s+)?con|abbiamo\s+deciso(?:\s+di)?|facciamo"
    # Keeping what the thread has: "Staying with prompting then.", "keeping prompting for
    # now", "lo dejamos en prompting de momento", "on reste sur le prompting".
    rf"|(?:stay(?:ing|s)?|stick(?:ing|s)?)\s+(?:with|w|on)|keep(?:ing|s)?\s+(?:with\s+)?"
    rf"(?=(?:{_PROMPT}|{_FINE_TUNE})\s*(?:for\s+now|then|as\s+is|$|[.!,;]))"
    r"|lo\s+dejamos\s+en|nos\s+quedamos\s+en|on\s+reste\s+sur|on\s+garde|wir\s+bleiben\s+bei"
    r"|we\s+blijven\s+bij|ficamos\s+com|restiamo\s+con"
    # Done already: "we went ahead with fine-tuning", "we've gone with prompts".
    r"|(?:went|gone)\s+(?:ahead\s+)?with"
    r")\b"
    r"|^\s*(?:decided|decision(?:\s+made)?|final\s+(?:decision|answer|call)|agreed|verdict|"
    r"fechado|decidido|entschieden|d[ée]cid[ée]|beslissing|besluit|besloten|decisi[oó]n|decis[ãa]o"
    r"|decisione|"
    r"conclusion|"
    # "final answer from leadership: ...", "decision by the steering group -".
    r"outcome|consensus|(?:the\s+)?(?:call|choice|pick|plan))(?:\s+(?:from|by|in|at|of)\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?)?\s*(?::|-|—|is\b|=)"
    r"|^\s*(?:decided|agreed)\b"
    r"|^\s*(?:plan|plan\s+of\s+record|signed\s+off|sign[- ]off|approved)\s*:"
    # "PM signed off: prompt first, then ...", "leadership approved - fine-tune".
    r"|^\s*(?:[\w-]+\s+){1,2}?(?:signed\s+off|approved|agreed|decided)\s*(?::|-|—)"
    r"|^\s*agree(?:d)?\s+(?:w/|with)\s+"
    r"|\+1\s+(?:to|for)\b|\b(?:we'?re|we\s+are|i'?m)\s+gonna\b"
)
_NEGATION = re.compile(
    r"\b(?:not(?!\s+overthink)|no|never|won'?t|don'?t(?!\s+overthink)|doesn'?t|didn'?t|isn'?t"
    r"|aren'?t|wasn'?t|shouldn'?t|can'?t"
    r"|cannot|wouldn'?t|no\s+longer|against|instead\s+of|rather\s+than|rule\s+out|ruled\s+out|"
    r"drop(?:ped)?|reject(?:ed)?|skip(?!\w*\s+straight))\b"
)
_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|might|may|could|should|would|if|whether|unless|probably|possibly|"
    r"thinking\s+(?:of|about)|considering|consider|wondering|suppose|supposing|what\s+if|"
    r"how\s+about|why\s+not|undecided|not\s+sure|unsure|or|decide|deciding|between|compare|"
    r"comparing|discuss|evaluate|evaluating)\b"
)
_UNSURE = re.compile(
    rf"\b(?:not\s+sure|unsure|undecided|tbd|to\s+be\s+decided|or\s+(?:{_FINE_TUNE}|{_PROMPT}))"
)
# A single approach chosen on a condition, or set against the other, is not decided yet.
_CONDITIONAL = re.compile(
    rf"\b(?:if|unless|provided|assuming|depending|whether)\b"
    rf"|{_PROMPT}\s+(?:and|or|vs\.?|versus)\s+{_FINE_TUNE}"
    rf"|{_FINE_TUNE}\s+(?:and|or|vs\.?|versus)\s+{_PROMPT}"
)
_QUESTION_START = re.compile(
    r"^\s*(?:should|shall|what|which|why|how|would|could|can|does|did|is|are|will|"
    r"have|has|any|anyone|who|when|where|wdyt|thoughts)\b"
    # ("Do lado de Lisboa, está decidido" is Portuguese for "on Lisbon's side".)
    r"|^\s*do\s+(?:we|you|i|they|people|anyone|folks|u)\b"
)
_REASON = re.compile(r"\b(?:because|since|given\s+that|due\s+to|so\s+that)\b|\s[-—–]\s")
_REVISIT = re.compile(
    rf"\b(?:revisit|review|re-?evaluate|reassess|re-?check|check\s+again|look\s+again)"
    rf"(?:\s+(?:it|this|that|the\s+decision))?\s+"
    rf"(?:in\s+{_NUMBER}\s+(day|week|month|quarter|year)s?"
    rf"|on\s+(\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|next\s+(week|month|quarter|year))\b"
)
_CLAUSE = re.compile(r"[.;!?\n]+|,\s*(?:but|and\s+then)\b|\bbut\b")
_FILLER = re.compile(
    r"^\s*(?:(?:(?:ok(?:ay)?|k|kk|so|alright|all\s+right|right|fine(?![- ]?tun)|great|good|cool"
    r"|yes|eh|meh|yep|yeah|yup|sure|then|team|folks|everyone|y'all|sounds\s+(?:right|good))\b"
    r"|\+1(?!\s+(?:to|for)\b))[\s,!:.]*)+"
)


def read_decision(text: str, *, today: date) -> DecisionIntent | None:
    """The decision ``text`` states, or None when it states none.

    ``today`` is the date a relative revisit ("revisit in 3 months") counts from.

    >>> read_decision("decided: fine-tune, because the brand voice matters",
    ...               today=date(2026, 1, 5)).note
    'the brand voice matters'
    """
    normal = _normalise(text)
    revisit_on = _revisit_date(normal, today=today)
    sentences = _sentences(normal)
    for sentence, start in sentences:
        approach = _committed_approach(sentence)
        if approach is not None:
            if approach is Approach.PROMPTING and _TUNE_AHEAD.search(sentence):
                # "ship the prompt version and start logging edits for the fine-tune".
                approach = Approach.PROMPT_THEN_FINE_TUNE
            note = _note(text, offset=start, sentence=sentence)
            return DecisionIntent(approach=approach, note=note, revisit_on=revisit_on)
    settled = _settled_approach(sentences)
    if settled is not None:
        approach, sentence, start = settled
        note = _note(text, offset=start, sentence=sentence)
        return DecisionIntent(approach=approach, note=note, revisit_on=revisit_on)
    led = _assent_led(sentences)
    if led is not None:
        approach, sentence, start = led
        note = _note(text, offset=start, sentence=sentence)
        return DecisionIntent(approach=approach, note=note, revisit_on=revisit_on)
    recommended = _AS_RECOMMENDED.search(normal)
    if recommended is not None:
        # Said in a sentence that is not a question (``sentences`` holds only those).
        for sentence, start in sentences:
            if start <= recommended.start() < start + len(sentence):
                # "Wir machen es wie empfohlen: Fine-Tuning" names it as well, in the same
                # sentence ("let's do what it says. @marco can you set up the first
                # prompt" does not).
                scope = normal[: start + len(sentence)]
                named = _approach_in(scope, after=recommended.end())
                approach = named[0] if named is not None else None
                return DecisionIntent(
                    approach=approach, as_recommended=named is None, revisit_on=revisit_on
                )
    if revisit_on is not None and not _is_question(normal):
        return DecisionIntent(approach=None, revisit_on=revisit_on)
    return None


#: A dash between a choice and what follows it.
_DASH = re.compile(r"\s[-\u2014\u2013]\s")
#: A view of an option, not a choice of it: "prompt first then fine-tune sounds slow".
_VIEW = re.compile(r"\b(?:sounds?|seems?|looks?|feels?)\b")


def _chosen(alone: re.Match[str], sentence: str, at: int) -> tuple[Approach, str, int] | None:
    """The approach a sentence that is only an approach (``_ALONE``) names, with where."""
    named = _approach_in(alone.group(1), after=0)
    if named is None:
        return None
    plan = _HYBRID.search(sentence)
    if named[0] is Approach.PROMPTING and plan and not _negated_plan(sentence, plan):
        # "ok, prompting for the pilot, fine-tune as soon as the set is cleaned": the first
        # step of the plan the sentence lays out.
        return Approach.PROMPT_THEN_FINE_TUNE, sentence, at
    return named[0], sentence, at


def _settled_approach(sentences: list[tuple[str, int]]) -> tuple[Approach, str, int] | None:
    """The approach a reply names plainly when another of its sentences only settles it
    ("+1 prompting. closing this out"), or when it leads the reply before a reason
    ("yeah prompting, it's a hobby app")."""
    bodies = [(_FILLER.sub("", s).strip(" .!,;:-—–"), s, at) for s, at in sentences]
    settles = any(_SETTLES.fullmatch(body) for body, _, _ in bodies)
    assents = any(_ASSENTS.fullmatch(body) for body, _, _ in bodies)
    for body, sentence, at in bodies:
        if not body or _SETTLES.fullmatch(body) or _ASSENTS.fullmatch(body):
            continue
        parts = _DASH.split(body, maxsplit=1)
        choice, after = parts[0].strip(), parts[-1].strip()
        if len(parts) == 2 and (plain := _ALONE.fullmatch(choice)) and _SETTLES.fullmatch(after):
            # "prompting for now - we revisit only if Q4 drafts still get bounced".
            return _chosen(plain, sentence, at)
        if _HEDGE.search(body) or _UNSURE.search(body):
            return None
        head, _, rest = (part.strip() for part in body.partition(","))
        if _ASSENTS.fullmatch(head) and (plain := _ALONE.fullmatch(rest)) is not None:
            # "ok makes sense, prompt first then", "that settles it, fine-tuning".
            return _chosen(plain, sentence, at)
        alone = _ALONE.fullmatch(head)
        if alone is not None and (settles or assents or "," in body):
            return _chosen(alone, sentence, at)
        if assents and _HYBRID.search(body) and not (_NEGATION.search(body) or _VIEW.search(body)):
            # "prompt first with the style guide, then ft once we've got the rewrites. works
            # for me": the plan laid out, then agreed to.
            return Approach.PROMPT_THEN_FINE_TUNE, sentence, at
        if settles:
            named = _approach_in(body, after=0)
            if named is not None and not _NEGATION.search(body[: named[1]]):
                return named[0], sentence, at
            return None
    return None


# A reply that opens by agreeing and then says what the team does next: "ok trying
# prompting this week", "top, we gaan voor prompting", "ok phase 1 prompting starts monday,
# phase 2 FT in Q3". The words before the approach must not report or ask (no "tried",
# "what"), and the word after it must carry the plan on, not describe the approach ("ok
# prompting costs too much", "ok fine-tuning gave 70%").
_ASSENT_OPENS = re.compile(
    r"^\s*(?:ok(?:ay)?|k|kk|alright|all\s+right|top|great|cool|perfect|right|sounds\s+good"
    r"|d'accord|oké|prima|genau|vale|beleza|certo)\b[\s,!:.]*"
)
_REPORTS = re.compile(
    r"\b(?:tried|tested|ran|used|had|did|was|were|got|saw|found|what|how|why|which|when"
    r"|need|needs|want|wants|about|vs|versus)\b"
)
_CARRIES_ON = re.compile(
    r"\s*(?:$|[.!,:;+&(\u2014\u2013-]|(?:now|first|then|for|this|next|today|tomorrow|tonight"
    r"|starts?|starting|begins?|from|on|it\s+is|d'abord|zuerst|primero|primeiro|eerst|and|with"
    r"|w/|plus|route|path|plan|it|again|in\s+(?:q[1-4]|h[12]|phase))\b)"
)


def _assent_led(sentences: list[tuple[str, int]]) -> tuple[Approach, str, int] | None:
    """The approach a reply's first sentence takes on after words of assent (see
    ``_ASSENT_OPENS``), or None."""
    if not sentences or sentences[0][1] > 2:
        return None  # the reply opens with a question or a sentence dropped as one
    sentence, at = sentences[0]
    opening = _ASSENT_OPENS.match(sentence)
    if opening is None:
        return None
    body = sentence[opening.end() :]
    named = _approach_in(body, after=0)
    if named is None:
        return None
    approach, where = named
    lead = body[:where]
    if _REPORTS.search(lead) or _UNSURE.search(body) or _VIEW.search(body):
        return None
    if approach is Approach.PROMPT_THEN_FINE_TUNE and not (
        _HEDGE.search(lead) or _NEGATION.search(lead)
    ):
        # A plan in two steps is what the team does next; the condition of its second
        # step ("if voices still drift we fine-tune after the milestone") is the plan's.
        return approach, sentence, at
    if _HEDGE.search(body) or _NEGATION.search(body):
        return None
    mention = _ANY_APPROACH.match(body, where)
    if mention is None or not _CARRIES_ON.match(body, mention.end()):
        return None
    return approach, sentence, at


def default_revisit_on(
    approach: Approach, *, decided_on: date, retrain_every_months: int | None = None
) -> date:
    """When a decision is due for a second look, by default (see ``REVISIT_CITATIONS``)."""
    if approach is Approach.FINE_TUNING:
        return add_months(decided_on, retrain_every_months or RETRAINING_REVISIT_MONTHS)
    return add_months(decided_on, PILOT_REVISIT_MONTHS)


def reason_against(
    chosen: Approach, *, reasons: Sequence[Reason], counter_reasons: Sequence[Reason]
) -> str:
    """The strongest fired rule that supports another approach than ``chosen`` ("" if none).

    Ties go to the rule id, so the same answer always names the same reason.
    """
    against = [r for r in (*reasons, *counter_reasons) if r.approach is not chosen]
    if not against:
        return ""
    return min(against, key=lambda r: (-r.weight, r.rule)).summary


def project_title(text: str) -> str:
    """A short title for a project: its description's first clause, cut to a word."""
    first = re.split(r"(?<=[.!?;])\s|\n", " ".join(text.split()), maxsplit=1)[0]
    first = first.rstrip(".!?;, ")
    if len(first) <= MAX_TITLE_CHARS:
        return first
    cut = first[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:- ") + "…"


def add_months(day: date, months: int) -> date:
    """``day`` plus calendar months, kept on the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- the reading ------------------------------------------------------------------------


def _normalise(text: str) -> str:
    # Lower case, one kind of apostrophe, one space: offsets stay aligned with the input
    # (every replacement keeps the length) so the note can be cut from the original text.
    # ("w/" is "with": "going w/ fine-tuning" reads as "going w  fine-tuning".)
    return text.lower().replace("\u2019", "'").replace("\u2018", "'").replace(" w/ ", " w  ")


# A fine-tune the prompted version prepares for, said beside the choice to prompt: "start
# logging their edits for the fine-tune", "keep the outputs as training data for later".
_TUNE_AHEAD = re.compile(
    rf"\bfor\s+(?:the|a|our|a\s+later|the\s+later|an\s+eventual|the\s+eventual)\s+"
    rf"(?:{_FINE_TUNE}|training\s+run|tune)\b"
    rf"|\btraining\s+data\s+for\s+(?:later|a\s+(?:later\s+)?{_FINE_TUNE})"
)
#: The emoji and symbol blocks, as character-class ranges (thread replies use them too).
EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
# A sentence ends at a stop, a line break, or an emoji, which ends a thought in chat
# ("prompting ✅ shipping friday").
_SENTENCE = re.compile(rf"[^.!?\n{EMOJI}]+[.!?\n{EMOJI}]*")


def _sentences(text: str) -> list[tuple[str, int]]:
    """Sentences not asked as questions, with their offsets."""
    found: list[tuple[str, int]] = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0)
        if "?" in sentence or _QUESTION_START.match(_FILLER.sub("", sentence)):
            continue
        found.append((sentence, match.start()))
    return found


def _committed_approach(sentence: str) -> Approach | None:
    """The approach a sentence commits to; None if it names none, or hedges or negates."""
    kept_or_other = _kept_or_other(sentence)
    if kept_or_other is not None:
        return kept_or_other
    skipped = _SKIP.search(sentence)
    if skipped is not None and not _HEDGE.search(sentence[: skipped.start()]):
        named = _approach_in(skipped.group(1), after=0)
        if named is not None:
            return named[0]
    for clause in _clauses(sentence):
        body = _FILLER.sub("", clause)
        settled = _IT_IS.search(body)
        if settled is not None and not _NEGATION.search(body[: settled.start()]):
            named = _approach_in(settled.group(1), after=0)
            return named[0] if named else None
        alone = _ALONE.fullmatch(body.strip(" .!,;:-—–"))
        if alone is not None:  # "prompting. done.", "alright, prompting"
            chosen = _chosen(alone, sentence, 0)
            return chosen[0] if chosen else None
        committed = _commitment(body, sentence)
        if committed is not None:
            return committed
    return None


def _commitment(body: str, sentence: str) -> Approach | None:
    """The approach the committing words in ``body`` lead to. A commitment that is negated
    gives way to a later one: "we're not doing the fine-tune, we'll just prompt for now"
    commits to prompting."""
    searched = 0
    while (commit := _COMMIT.search(body, searched)) is not None:
        named = _approach_in(body, after=commit.end())
        if named is None:
            return None
        approach, at = named
        # The words leading up to the approach, from the clause the commitment opens:
        # "we're not going with prompting" negates; "not fine-tuning, we'll prompt" does not.
        # A dash opens a clause too: "not fine-tuning, not yet — going prompt first".
        dash = max(body.rfind(mark, 0, commit.start()) for mark in ("\u2014", "\u2013", " - "))
        opens = max(body.rfind(",", 0, commit.start()) + 1, dash + 1, commit.start() - 15, 0)
        lead = body[opens : max(at, commit.end())]
        if _HEDGE.search(lead) or _UNSURE.search(sentence):
            return None
        if _NEGATION.search(lead):
            searched = max(at, commit.end()) + 1
            continue
        # A condition on the choice ("if the pilot works, we'll go with prompting", "we'll
        # prompt if legal agrees") undoes it; one on something later ("... and revisit if
        # accuracy drops") does not.
        near = body[: at + 22]
        if approach is not Approach.PROMPT_THEN_FINE_TUNE and _CONDITIONAL.search(near):
            return None
        # The second step of a plan the clause already laid out ("prompt first, then once
        # we've got enough labels we fine-tune") commits to the plan.
        plan = _HYBRID.search(body)
        if (
            approach is Approach.FINE_TUNING
            and plan is not None
            and plan.start() < at
            and _CLAUSE.search(body, plan.start(), at) is None
            and not _negated_plan(body, plan)
        ):
            return Approach.PROMPT_THEN_FINE_TUNE
        return approach
    return None


def _negated_plan(text: str, plan: re.Match[str]) -> bool:
    """Whether a two-step plan is named only to be refused ("she doesn't want two
    phases")."""
    return _NEGATION.search(text, max(0, plan.start() - 20), plan.start()) is not None


def _kept_or_other(sentence: str) -> Approach | None:
    """The approach kept ("prompting only") or, failing that, the one left when the other
    is ruled out ("fine-tuning is off the table"); None when the first of them is hedged
    before or conditional after."""
    kept = _ONLY.search(sentence)
    ruled = _OFF_THE_TABLE.search(sentence)
    first = min((m for m in (kept, ruled) if m is not None), key=lambda m: m.start(), default=None)
    if (
        first is None
        or _HEDGE.search(sentence[: first.start()])
        or _CONDITIONAL.search(sentence[first.end() : first.end() + 25])
    ):
        return None
    named = _approach_in(first.group(1) if kept is None else kept.group(1), after=0)
    if named is None:
        return None
    return named[0] if kept is not None else _OTHER.get(named[0])


def _clauses(sentence: str) -> list[str]:
    # Commas separate a reason ("fine-tune, because ...") but not a plan ("prompt first,
    # then fine-tune"): the sentence as a whole is tried first for the two-step plan.
    parts = [p for p in _CLAUSE.split(sentence) if p.strip()]
    return [sentence, *parts] if _HYBRID.search(sentence) else parts


def _approach_in(clause: str, *, after: int) -> tuple[Approach, int] | None:
    # The approach must come after the committing words, and before any reason for it.
    tail = clause[after:]
    reason = _REASON.search(tail)
    if (
        reason is not None
        and reason.group().strip() in "-—–"
        and not _ANY_APPROACH.search(tail, 0, reason.start())
    ):
        # "let's not overthink it - start with prompts ...": the dash leads to the plan.
        after, tail = after + reason.end(), tail[reason.end() :]
        reason = _REASON.search(tail)
    scope = tail[: reason.start()] if reason else tail
    hybrid = _HYBRID.search(scope)
    if hybrid is not None and not _negated_plan(scope, hybrid):
        return Approach.PROMPT_THEN_FINE_TUNE, after + hybrid.start()
    first: tuple[Approach, int] | None = None
    for approach, pattern in _APPROACHES:
        match = pattern.search(scope)
        if match is not None and (first is None or match.start() < first[1]):
            first = (approach, after + match.start())
    return first


def _note(original: str, *, offset: int, sentence: str) -> str:
    """The reason given with the decision, in the person's own words ("" when none)."""
    named = _ANY_APPROACH.search(sentence)
    marker = _REASON.search(sentence, pos=named.end() if named else 0)
    if marker is None:
        return ""
    begin = offset + marker.end()
    reason = original[begin : offset + len(sentence)]
    reason = _REVISIT.sub("", reason.lower()) if _REVISIT.search(reason.lower()) else reason
    cleaned = " ".join(reason.split()).strip(" ,;.!")
    return cleaned[:MAX_NOTE_CHARS]


def _revisit_date(text: str, *, today: date) -> date | None:
    match = _REVISIT.search(text)
    if match is None:
        return None
    count, unit, on, next_unit = match.groups()
    if on is not None:
        try:
            return date.fromisoformat(on)
        except ValueError:
            return None
    if next_unit is not None:
        count, unit = "1", next_unit
    amount = int(count) if count.isdigit() else _NUMBERS[count]
    if unit == "day":
        return today + timedelta(days=amount)
    if unit == "week":
        return today + timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    return add_months(today, amount * months)


def _is_question(text: str) -> bool:
    return "?" in text or _QUESTION_START.match(_FILLER.sub("", text)) is not None
