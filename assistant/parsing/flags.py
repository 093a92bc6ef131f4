"""Yes/no facts: accuracy critical, consistency, brand voice, compliance, latency,
exploratory work, jargon, complex reasoning, creative variety, and whether prompting was
tried and fell short.

Each fact has explicit phrasings for yes and for no ("not regulated", "latency doesn't
matter") and weaker signs that only suggest it (a batch job suggests latency does not
matter). A "yes" phrase with a negation just before it ("no compliance requirements")
counts as a "no". Explicit phrasings beat weak signs; among explicit ones the last
statement wins, as people correct themselves as they go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import assistant.parsing.messages as messages
from assistant.constraints import FIELD_ROWS
from assistant.parsing.alternation import any_of
from assistant.parsing.draft import Draft
from assistant.parsing.keys import PhraseKey
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.negation import negated
from assistant.parsing.shortfall import BAD_RESULT
from assistant.parsing.text import Text

# Phrases where a negation word makes the point stronger ("mistakes are not acceptable").
_AFFIRMING = lazy_pattern(
    # "no member data may leave": a rule on the data, said with "no".
    r"no\s+(?:[\w-]+\s+){0,2}?data\s+(?:may|can|shall|must|should|will|is\s+allowed\s+to)\s+"
    r"(?:ever\s+)?leave"
    r"|no\s+wrong\s+\w+,?\s+ever|(?:zero|no)\s+(?:room\s+for\s+)?(?:errors|mistakes)\s+"
    r"(?:allowed|ever|tolerated)"
    r"|not (?:acceptable|an option|tolerated|allowed|ok|okay)|can(?:'t|not| not) (?:happen"
    r"|afford)|no (?:room|tolerance)|zero tolerance|unacceptable|non-negotiable"
    r"|(?:no|without|avoid) (?:repetiti|repeating)|(?:not|never) (?:be |sound |get |feel )?"
    r"(?:repetitive|samey)|(?:n't|not|never)\s+vary|(?:no|zero|without(?: any)?)\s+variation"
    # Data that must stay put: "can't leave our network", "no client data to third parties".
    r"|(?:n't|not|never)\s+leaves?\b|^no\s+(?:client|customer|patient|user|personal)\s+data"
    r"|^(?:shouldn't|should\s+not|must\s+not|mustn't|can't|cannot|may\s+not)\s+(?:flip|change|vary"
    r"|differ|drift)\s"
    r"|(?:n't|not|never|cannot)\s+(?:be\s+sent|go|be\s+shared|be\s+uploaded)\s+(?:to|outside)\b"
    r"|^no\s+(?:[\w-]+\s+){0,2}?data\s+(?:to|outside|leaves?|may\s+leave)\b"
    r"|^no\s+(?:[\w-]+\s+)?(?:logs|records|files|documents|emails)\s+leave\b"
    r"|^no\s+(?:pii|phi|data|personal data|patient data)\s+(?:ever\s+)?leaves"
    r"|^(?:no|nothing)\s+(?:[\w-]+\s+){0,2}?(?:leaves|may\s+leave|can\s+leave|goes\s+outside)\s"
    # "no transcript containing PII may be used", "don't upload ... to third-party tools",
    # "no source code goes to external APIs".
    r"|^(?:no|never)\s+(?:[\w-]+\s+){0,3}?(?:containing|with|including)\s"
    r"|^(?:don't|do\s+not|never|can't|cannot|mustn't|must\s+not|may\s+not)\s+upload\s"
    r"|^(?:can't|cant|cannot|can\s+not|must\s+not|mustn't|may\s+not|not\s+allowed\s+to)\s+"
    r"(?:send|upload|share|transfer|put)\s"
    r"|^(?:no|nothing)\s+(?:[\w-]+\s+){0,2}?goes?\s+to\s"
)
# "is not", "isn't", "wasn't", "doesn't"...: the ways a statement is denied.
_NOT = (
    r"(?:is\s+not|are\s+not|was\s+not|were\s+not|does\s+not|do\s+not|did\s+not|isn't|aren't"
    r"|wasn't|weren't|doesn't|don't|didn't|won't|not)"
)
# A percentage high enough that a target of it makes accuracy critical.
_HIGH_PERCENT = r"(?:9[5-9]|100)(?:\.\d+)?\s*(?:%|percent|per cent)"
# How good "it" has to be: "has to be excellent", "doesn't need to be great".
_GREAT = (
    r"great|perfect|exact|precise|flawless|amazing|spot[- ]on|excellent|100%|polished"
    r"|brilliant|stellar|top[- ]notch|near[- ]perfect|impeccable|outstanding|very good|high"
)
_INNER_NEGATION = lazy_pattern(r"\b(?:not|isn't|aren't|doesn't|don't|never|no)\b|n't\b")


@dataclass(frozen=True)
class Signal:
    """The phrasings of one fact. ``yes``/``no`` are explicit; ``hint_yes``/``hint_no``
    only suggest the value (it is then reported as inferred)."""

    name: str
    yes: str
    no: str = ""
    hint_yes: str = ""
    hint_no: str = ""
    case_sensitive_yes: str = ""  # acronyms that are only names in capitals ("SEC")
    # The "yes" phrasings carry their own negation ("our prompt isn't accurate enough"),
    # so a negation inside them does not turn them into a "no".
    negation_inside: bool = False
    # Any "no" hint beats every "yes" hint, wherever it stands: one production word says
    # more about a project than a prototype mentioned on the way.
    hint_no_wins: bool = False

    def entries(self) -> list[tuple[PhraseKey, str]]:
        """``(key, fragment)`` pairs. Alternatives for "no" come first: at one
        position the first that matches wins, so "accuracy is not critical" is a "no"."""
        kinds = (
            ("no", self.no),
            ("yes", self.yes),
            ("hint_no", self.hint_no),
            ("hint_yes", self.hint_yes),
        )
        return [(PhraseKey(self.name, kind), fragment) for kind, fragment in kinds if fragment]


# Prompting as a team would name what it tried.
_PROMPTING = any_of(
    [
        r"prompt(?:s|ing|\s+engineering|\s+tuning|-only)?",
        r"prompted\s+(?:bot|chatbot|assistant|model|version|drafts?|outputs?|answers?|replies)",
        r"few[- ]shot(?:\s+prompt(?:s|ing)?|\s+examples)?",
        r"zero[- ]shot(?:\s+prompt(?:s|ing)?)?",
        r"gpt(?:-?\d[\w.]*)?",
        r"chat ?gpt",
        r"claude",
        r"gemini",
        r"llms?",
    ]
)
# How a tried prompt falls short: "keeps drifting off-voice", "isn't accurate enough", "gets
# us close", "hasn't worked". Said of what happens, not what might ("it may drift").
_FALLS_SHORT = (
    r"(?:falls?|fell|falling)\s+short|(?:isn't|aren't|wasn't|weren't|is\s+not|are\s+not"
    r"|was\s+not|were\s+not)\s+(?:\w+\s+)?(?:good|accurate|reliable|consistent|precise"
    r"|right|enough|cutting\s+it|working|there|on[- ]brand|up\s+to)|(?:hasn't|haven't|didn't"
    r"|doesn't|don't|has\s+not|have\s+not|did\s+not|does\s+not|do\s+not|can't|cannot"
    r"|couldn't)\s+(?:really\s+|quite\s+|fully\s+|reliably\s+|consistently\s+)?(?:work(?:ed)?"
    r"|cut\s+it|get\s+(?:us\s+)?(?:there|it\s+right|close)|help(?:ed)?|deliver(?:ed)?|follow"
    r"|capture|match|handle|hold|keep|stay|nail)|(?:keeps?|kept)\s+(?:on\s+)?(?:drifting"
    r"|getting|making|hallucinating|missing|failing|breaking|going|forgetting|ignoring|mixing"
    r"|inventing|producing)|drift(?:s|ed|ing)|(?:is|are|was|were|comes?\s+out|came\s+out"
    r"|stays?|remains?|feels?|sounds?|reads?)\s+(?:still\s+|too\s+|very\s+|really\s+"
    r"|pretty\s+|quite\s+|often\s+|sometimes\s+|always\s+)?(?:inconsistent|unreliable"
    r"|off[- ](?:voice|brand|tone|topic)|generic|bland|wrong|inaccurate|patchy|hit[- ](?:and|or)"
    r"[- ]miss|mediocre|flaky|unpredictable|sloppy|robotic)"
    r"|gets?\s+(?:us|you|me)\s+(?:close|partway|part\s+of\s+the\s+way|most\s+of\s+the\s+way|\d+(?:-\d+)?%)|(?:hit|hits|reached|plateau\w*)"
    r"\s+(?:a\s+|its\s+)?(?:ceiling|limit|wall|plateau)|underwhelm\w*"
    rf"|{BAD_RESULT}"
    r"|(?:reads?|sounds?|looks?)\s+nothing\s+like|(?:\w+\s+)?hate[sd]?\s+(?:it|them|the\s+\w+)"
    # "Prompting alone didn't give feedback in the voice we wanted": a past try, not a
    # general claim ("prompting doesn't give guarantees").
    r"|(?:didn't|did\s+not|couldn't|could\s+not|never)\s+(?:really\s+|quite\s+|fully\s+"
    r"|reliably\s+|consistently\s+)?(?:give|gave|given|produced?|provided?|achieved?|reach(?:ed)?"
    r"|generated?)\b(?!\s+(?:us\s+|me\s+|them\s+)?(?:any\s+)?(?:trouble|problems?|issues?"
    r"|headaches?|complaints?))"
    r"|(?:fails|failed|failing)\s+(?:to|on|at"
    r"|with|badly|often)|struggl(?:es|ed|ing)|hallucinat(?:es|ed)|ignores|ignored|forgets|forgot"
)
# The words between them, within one sentence.
_GAP = r"(?:[^\s.!?;]+\s+){0,8}?"
_PROMPTING_FELL_SHORT = Signal(
    name="prompting_fell_short",
    # "Prompting works fine for now", "our prompt already does the job".
    no=rf"{_PROMPTING}\s+(?:(?:that\s+|which\s+)?(?:we|i|they)\s+(?:\w+\s+){{1,2}}?)?"
    r"(?:(?:already|still|currently|actually|really|mostly|generally|so\s+far"
    r"|is|are|has\s+been|have\s+been)\s+){0,2}(?:(?:works?|working|worked|performs?|performing"
    r"|does|do|did)\s+(?:fine|well|great|ok|okay|nicely|perfectly|the\s+job|the\s+trick)"
    r"|(?:gets?|got)\s+the\s+job\s+done|(?:good|fine|adequate|sufficient)\s+enough)"
    # Not "did OK, but not well enough for production".
    r"(?![\s,;-]+but\b)",
    yes=rf"{_PROMPTING}\s+{_GAP}(?:{_FALLS_SHORT})"
    # "Even with careful prompting, the tone drifts"; "we've hit the limits of prompting".
    rf"|(?:despite|even\s+with)\s+(?:[\w-]+\s+){{0,3}}?{_PROMPTING}"
    rf"|(?:limits?|ceiling)\s+of\s+{_PROMPTING}|outgr(?:own|ew)\s+{_PROMPTING}",
    negation_inside=True,
)

SIGNALS: tuple[Signal, ...] = (
    Signal(
        name="accuracy_critical",
        no=r"(?:accuracy|precision|correctness|being (?:exact|precise|correct))\s+(?:is\s+|are\s+)?"
        rf"(?:{_NOT}|less|not that|not very|not super|not too|not a)"
        r"\s*(?:\w+\s+){0,2}?(?:critical|crucial|important|key|essential|vital|matters?|a (?:big )?"
        r"(?:deal|concern|priority|requirement)|priority|paramount|required)"
        # "the odd miss is fine", "an occasional error is acceptable".
        r"|(?:the|an?)\s+(?:odd|occasional)\s+(?:miss|mistake|error|slip)(?:es|s)?\s+(?:is|are)\s+"
        r"(?:fine|ok|okay|acceptable|tolerable)"
        # "accuracy matters less than we said".
        r"|(?:accuracy|precision|correctness)\s+(?:matters?|counts?)\s+(?:a\s+lot\s+|much\s+|far\s+)?"
        r"less\b"
        r"|(?:accuracy|precision)\s+(?:is\s+)?(?:secondary|nice[- ]to[- ]have|negotiable"
        r"|not the (?:main |top )?(?:goal|priority|focus))"
        r"|(?:some |occasional |a few |minor )?(?:mistakes|errors|typos|inaccuracies"
        r"|imperfections?|mis[a-z]+s)\s+(?:are|is|would be)\s+"
        r"(?:(?!not\b)\w+\s+)?(?:fine|ok|okay|acceptable|tolerable|no big deal"
        r"|not (?:a (?:big )?(?:deal|problem|issue)|costly|critical))"
        r"|(?<!not )(?<!n't )(?<!nt )(?<!quite )(?<!really )(?<!never )good enough"
        # "it's fine if it's wrong now and then".
        r"|(?:fine|ok|okay|acceptable|not\s+a\s+problem)\s+if\s+(?:it'?s|it\s+is|it\s+gets(?:\s+\w+)?)"
        r"\s+(?:wrong|off|inaccurate|a\s+bit\s+off|not\s+perfect)"
        # "we'd be happy with 70% quality at first": a modest score accepted.
        r"|(?:happy|fine|ok|okay|content|satisfied|good)\s+with\s+(?:~|about\s+|around\s+|like\s+"
        r"|maybe\s+)?[1-7]\d\s*(?:%|percent)"
        # "mistakes don't really matter much here".
        r"|(?:mistakes|errors|typos|inaccuracies)\s+(?:don't|do not|won't)\s+(?:really\s+)?matter"
        r"|not\s+the\s+end\s+of\s+the\s+world|(?:just|only)\s+means\s+(?:a|an)\s+(?:\w+\s+){0,2}?"
        r"(?:delay|re-?route|retry|extra\s+click)"
        r"|rough (?:drafts? (?:are|is) fine|is fine)|low[- ]stakes"
        # "if one question in 20 is a bit off nobody cares".
        r"|(?:a\s+bit\s+off|slightly\s+off|wrong|off|a\s+mistake|an\s+error)\s+(?:\w+\s+){0,3}?"
        r"(?:nobody|no\s+one|no-one)\s+(?:really\s+)?(?:cares|minds|notices)"
        rf"|(?:doesn't|does not|don't|do not) (?:need|have) to be (?:\w+ )?(?:{_GREAT})"
        rf"|need(?:n't| not) be (?:\w+ )?(?:{_GREAT})"
        r"|no need for (?:perfect|high) accuracy"
        # "It's only a convenience", "just a first draft": people check what it gives.
        # "if it's wrong people just open a ticket": an error is cheap to undo.
        r"|if\s+(?:it'?s|it\s+is|they'?re|it\s+gets\s+(?:it|one)\s+)\s*wrong,?\s+(?:\w+\s+){0,4}?"
        r"(?:just|simply)\s+(?:open|file|fix|edit|correct|ignore|redo|re-?run|flag)(?:s|es|ed)?\b"
        r"|(?:only|just|merely|simply|mostly) (?:an? )?(?:convenience|nice[- ]to[- ]have"
        r"|time[- ]saver|first[- ]pass|(?:rough |first )drafts?|starting point|suggestions?)",
        yes=r"no\s+wrong\s+\w+,?\s+ever|(?:recall|precision|accuracy|correctness)\s+is\s+everything"
        r"|(?:miss|error|failure|false[- ]negative|defect)\s+rates?\s+"
        r"(?:has\s+to|must|needs?\s+to|should)\s+(?:be|stay)\s+(?:<|under|below|less\s+than)\s*\d|(?:zero|no)\s+(?:room\s+for\s+)?(?:errors|mistakes)\s+"
        r"(?:allowed|ever|tolerated)|zero[- ]tolerance\s+for"
        r"|(?:a\s+|one\s+|every\s+|each\s+|any\s+)?(?:wrong|bad|missed|incorrect|made[- ]up"
        r"|mis\w+ed)\s+(?:[\w-]+\s+){0,3}?(?:means|=|could\s+mean|would\s+mean|leads?\s+to"
        r"|is\s+a\s+(?:[\w-]+\s+)?(?:reportable|serious|real|big|costly|legal|compliance|safety)"
        r"|costs?\s+us(?!\s+(?:nothing|little|next\s+to\s+nothing|almost\s+nothing))"
        # "a wrong dose could literally poison someone", "could cost someone their benefits".
        r"|(?:could|can|would|will|might)\s+(?:literally\s+|actually\s+|easily\s+)?(?:poison|kill"
        r"|harm|hurt|injure|endanger|bankrupt|ruin|cost\s+(?:someone|somebody|a\s+\w+|them|us"
        r"|people|the\s+\w+)))"
        r"|malpractice|reportable\s+(?:failure|event|incident)|liabilit(?:y|ies)\s+(?:risk|issue)"
        # "it can't hallucinate a fare", "needs exact prices".
        r"|(?:can't|cant|cannot|can\s+not|must\s+not|mustn't|should\s+never|can\s+never)\s+(?:ever\s+)?"
        r"(?:hallucinate|invent|make\s+up|fabricate|get\s+(?:\w+\s+)?wrong)"
        r"|needs?\s+(?:to\s+(?:be|give|quote|use)\s+)?exact\s+(?:prices|figures|numbers|amounts"
        r"|values|dates|fares|dosages?|doses)"
        r"|(?:accuracy|precision|correctness|getting (?:it|this|them) right|reliability)\s+"
        r"(?:\w+\s+){0,4}?(?:matters?|critical|crucial|paramount|essential|vital"
        # Not a time ("for the first months").
        r"|non-negotiable|a must|important|top priority|first(?!\s+(?:few\s+)?(?:days?|weeks?"
        r"|months?|quarters?|years?|phase|stage|release|version|pilot))|everything|key|high"
        r"|higher|king)"
        # "Accuracy target: very high eventually".
        r"|(?:accuracy|precision)\s+(?:target|goal|bar|requirement)s?\s*[:=-]?\s*(?:\w+\s+)?"
        r"(?:high|strict|near[- ]perfect|perfect)"
        # "Feedback quality must become very high over time", "the quality bar is high".
        r"|quality\s+(?:[\w-]+\s+){0,3}?(?:must|has to|have to|needs? to|should|will need to"
        r"|is expected to|is required to)\s+(?:\w+\s+)?(?:be|become|get|reach|stay)\s+"
        rf"(?:\w+\s+)?(?:{_GREAT})|quality\s+(?:bar|standards?|expectations?)\s+(?:is|are)"
        r"\s+(?:\w+\s+)?(?:high|strict|demanding)"
        r"|(?:high|very high|highest|top|maximum|max|utmost|extreme|near[- ]perfect|perfect"
        rf"|strict|{_HIGH_PERCENT})\s+(?:\w+\s+)?(?:accuracy|precision|reliability|correctness)"
        # A target of 95% or more: "target accuracy at GA is 98%", "98% accurate".
        r"|(?:accuracy|precision|recall|correctness|f1)(?:[:=]?\s+[\w-]+){0,5}?[:=]?\s*"
        rf"(?:(?:at least|above|over|>=?|≥)\s*)?{_HIGH_PERCENT}"
        rf"|{_HIGH_PERCENT}\s+(?:accurate|correct|precise|right|reliable|of the time)"
        # The bar is a person's: "as accurate as the tutors", "human-level accuracy".
        r"|(?:as|just as) (?:accurate|precise|reliable|correct) as"
        r"|(?:human|expert|clinician|doctor|lawyer|analyst|tutor|specialist)[- ]level"
        r"\s+(?:accuracy|precision|quality|performance)"
        # "It has to be excellent eventually", "must become near-perfect", "has to get it right".
        # Not of the voice: "the brand voice has to be rock-solid" is about the voice.
        r"|(?<!tone )(?<!voice )(?<!style )(?:must|needs? to|has to|have to|got to)\s+"
        r"(?:always\s+|eventually\s+)?(?:be|become|get)\s+(?:\w+\s+)?(?:accurate|precise"
        r"|correct|right|exact|error[- ]free|reliable|perfect|excellent|flawless|spot[- ]on"
        r"|near[- ]perfect|rock[- ]solid)"
        r"|(?:mistakes?|errors?|hallucinations?|wrong (?:answers?|advice|information|outputs?"
        r"|labels?|codes?|classifications?)|bad advice|inaccuracies|misclassifications?"
        r"|false (?:positives|negatives))\s+(?:\w+\s+){0,2}?(?:are|is|would be|can be|could be"
        r"|=|means?|cost)?\s*(?:\w+\s+)?(?:costly|expensive|dangerous|unacceptable"
        r"|not acceptable|not an option|catastrophic|serious|a big deal|liability|harmful"
        r"|risky|not tolerated|lawsuits?|fines?|real money|hurts?|harms?|injur(?:e|es|y)"
        r"|endangers?|kills?|misleads?|mislead|damages?|put (?:\w+\s+){0,2}at risk)"
        r"|(?:put|puts|putting) (?:patients|people|lives|users|customers|students|children)"
        r" at risk|lives (?:are |could be |may be )?at stake"
        r"|(?:can't|cannot|can not|couldn't)\s+afford\s+(?:\w+\s+)?(?:mistakes|errors|to be wrong"
        r"|inaccuracies|hallucinations)"
        r"|(?:zero|no) tolerance for (?:errors|mistakes|misses|mistaken\s+\w+|missed\s+\w+)"
        r"|high[- ]stakes|mission[- ]critical|(?:is|are|be)\s+on\s+the\s+hook"
        r"|safety[- ]critical|life[- ]or[- ]death|precision[- ]critical|accuracy[- ]critical"
        r"|error[- ]free|no room for error|(?:really|very|highly|extremely|super|100%)\s+accurate"
        # "we must hit 99%+ on totals", "errors go straight into client tax filings".
        rf"|(?:must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:hit|reach|achieve|get)\s+"
        rf"(?:at\s+least\s+)?{_HIGH_PERCENT}"
        r"|(?:errors?|mistakes?)\s+(?:\w+\s+)?go\s+(?:straight\s+|directly\s+|right\s+)?(?:into|to)\s+"
        r"(?:\w+\s+){0,3}?(?:filings?|returns?|records?|charts?|statements?|invoices?|accounts?)",
    ),
    Signal(
        name="consistency_required",
        no=rf"consisten(?:cy|t)\s+(?:is\s+|are\s+|was\s+)?(?:{_NOT}|less)\s*"
        r"(?:\w+\s+){0,2}?(?:critical|important|matters?|needed|required|a (?:concern|priority))"
        r"|(?:some |a bit of |a little |slight )?(?:variety|variation|variability|differences)"
        r"\s+(?:is|are|would be)\s+(?:\w+\s+)?(?:fine|ok|okay|acceptable|welcome|expected"
        r"|allowed|good)"
        r"|(?:answers|responses|replies|outputs|results|wording|phrasing|tone|style|voice"
        r"|format|length|structure|copy|posts|captions)\s+(?:can|may|could)\s+(?:vary|be\s+"
        r"(?:loose|flexible|rough|informal))"
        r"|(?:doesn't|does not|don't|do not|needn't|need not)\s+(?:need to |have to )?be\s+"
        r"(?:\w+\s+)?(?:identical|the same|consistent|uniform)",
        # "Identical answers", "the same every time", "must not vary": the same input
        # gets the same output.
        yes=r"consisten(?:t|cy|tly)|uniform(?:ity|ly)?|standardi[sz]ed|predictable"
        r"|(?:zero|no)\s+drift"
        # "must use exactly the policy wording", "values must match our CRM picklists exactly",
        # "identical disputes to get identical categories".
        r"|(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+(?:use|follow|match|mirror|reproduce)\s+"
        r"(?:[\w'-]+\s+){0,4}?exactly|exactly\s+the\s+(?:\w+\s+)?wording"
        r"|identical\s+[\w-]+\s+(?:to\s+|should\s+|must\s+|have\s+to\s+|has\s+to\s+)?(?:get|receive"
        r"|produce|yield)\s+identical"
        # "categories shouldn't flip between runs".
        r"|(?:shouldn't|should\s+not|must\s+not|mustn't|can't|cannot|may\s+not)\s+(?:flip|change"
        r"|vary|differ|drift)\s+(?:between|across|from)\s+runs?\b"
        # "every explanation must come out the same way", "each draft has to follow the
        # same disclosure".
        r"|(?:every|each|all)\s+(?:\w+\s+){1,2}?(?:must|has\s+to|have\s+to|needs?\s+to|should)"
        r"\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:exact\s+)?same\b|(?:the\s+)?exact(?:ly)?\s+(?:the\s+)?same\s+"
        r"(?:[\w-]+\s+)?(?:format|structure|steps?|order|wording|layout|numbering|template)"
        r"|(?:policy|rule|format|template|schema|style|process|guideline)s?-consisten(?:t|cy)"
        r"|same (?:format|structure|style|template|tone|terminology|wording|answer|output"
        r"|script|playbook|checklist|procedure"
        r"|response|reply|replie|result|decision|classification|verdict)s?"
        r"|identical(?:,?\s+[\w-]+){0,2}?\s+(?:answers?|responses?|outputs?|replies|reply"
        r"|results?|wording|format(?:ting)?|tone|treatment|behaviou?r)"
        r"|(?:the same|identical)\s+(?:\w+\s+){0,2}?(?:every|each)\s+(?:time|run|call|request"
        r"|day|week|month|issue|edition|report|batch|cycle)"
        # "format has to be identical every week", "the layout must stay the same".
        r"|(?:format|layout|structure|template|output|wording|numbering)s?\s+(?:has|have|needs?"
        r"|must|should)\s+(?:to\s+)?(?:be|stay|remain)\s+(?:exactly\s+)?(?:identical|the\s+same)"
        r"|(?:the same|identical)\s+(?:across|regardless|no matter|for every(?:one|body)?)"
        r"|strict (?:format|schema|template|structure|style guide|json)"
        r"|(?:follow|match)(?:es|ing|s)? (?:a|our|the) (?:strict |fixed |set )?"
        r"(?:format|template|schema|structure)|always (?:the same|in the same)"
        r"|deterministic|reproducible|repeatab(?:le|ility)"
        # "the 12 hotels have to sound exactly the same".
        r"|(?:sound|read|look)\s+(?:exactly\s+)?(?:the\s+)?same\b(?!\s+as\s+(?:before|now|today))"
        r"|(?:must|should|can|cannot|may)(?:n't|not| not)\s+vary|never\s+vary"
        r"|(?:no|zero|without(?: any)?)\s+variation",
        hint_yes=r"inconsisten\w+",
    ),
    Signal(
        name="brand_voice",
        # "what if we dropped the voice requirement".
        no=r"(?:drop|dropped|dropping|remove|removed|scrap|scrapped|relax|relaxed)\s+(?:the\s+)?"
        r"(?:brand\s+)?(?:voice|tone|style)\s+(?:requirement|constraint|rule|guide)s?|"
        rf"(?:tone|voice|brand voice|style)\s+{_NOT}\s+"
        r"(?:\w+\s+)?(?:matter|important|a concern|critical)"
        r"|(?:any|neutral|generic)\s+(?:tone|voice|style)\s+(?:is\s+)?(?:fine|ok|okay)"
        # "neutral and polite is fine, no special voice", "walked back the tone requirement".
        r"|no\s+(?:special|particular|specific|distinctive)\s+(?:voice|tone|style)"
        r"|(?:walked|rolled)\s+back\s+(?:the\s+)?(?:brand\s+)?(?:voice|tone|style)\s+requirement"
        # "brand team says they're fine with a generic tone for now".
        r"|(?:fine|ok|okay|happy|good)\s+with\s+(?:a\s+)?(?:generic|neutral|plain|standard|any)\s+"
        r"(?:tone|voice|style)",
        yes=r"brand(?:'s)?\s+(?:voice|tone|style|guidelines|personality|identity|language"
        r"|consisten\w+)|(?:our|the company's|company|house|in-house|editorial"
        r"|signature|distinctive|distinct|unique|specific|consistent|own)\s+"
        r"(?:voice|tone(?:[- ]of[- ]voice)?|writing style|style)|tone[- ]of[- ]voice|on[- ]brand"
        # "each show has its own host voice", "each host is really picky about their show's
        # voice", "the voice of our scripts is really specific".
        r"|own\s+[\w-]+\s+voice"
        r"|(?:picky|particular|fussy|strict)\s+about\s+(?:their|our|the|its|his|her)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:voice|tone|style)"
        r"|(?:voice|tone|style)\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:is|are)\s+(?:really\s+|very\s+|super\s+)?"
        r"(?:specific|distinctive|unique|particular)"
        # One writer's own voice: "an AI that writes like me", "in my own style".
        r"|(?:write|writes|writing|sound|sounds)\s+(?:exactly\s+|just\s+)?like\s+(?:me|myself)\b"
        # "wants it to sound like the paper, not like AI".
        r"|(?:sound|sounds)\s+(?:exactly\s+|just\s+)?like\s+(?:the|our)\s+(?:paper|newspaper|journal"
        r"|magazine|brand|company|house|station|show|channel|newsroom)\b"
        r"|in\s+my\s+(?:own\s+)?(?:style|voice|tone)"
        # Someone's voice copied: "a bot that talks like me", "mimic my friend's texting
        # style", "sounds like the group", "clone the author's voice".
        r"|(?:talk|talks|talking|text|texts|chat|chats|speak|speaks)\s+(?:exactly\s+|just\s+)?like"
        r"\s+(?:me|myself|us|him|her|them|the\s+(?:group|server|community|team|author))\b"
        r"|(?:mimic|imitat|clon|cop(?:y|ie)|emulat|replicat)\w*\s+(?:[\w'-]+\s+){0,3}?(?:voice"
        r"|style|tone|diction|way\s+of\s+(?:writing|talking|speaking))"
        # "The tone must stay recognisable": a requirement on the voice.
        r"|(?:tone|voice)\s+(?:must|has to|needs? to|should)\s+(?:always\s+|eventually\s+)?"
        r"(?:be|stay|sound|become)\b"
        r"|sound(?:s|ing)?\s+(?:\w+ly\s+|more\s+|exactly\s+|just\s+)?like\s+(?:us|ourselves"
        r"|our\s+(?:brand|company|team|writers|editors|house)|the\s+brand|we\s+do|we\s+write)"
        r"|house style|style guide"
        # "every description has to sound like the Hygge line copy".
        r"|sound\s+like\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:copy|voice|tone|style|writing|brand"
        r"|writers?|editors?|house)\b"
        # "fans notice any drift in a character's voice", "each persona's voice is sacred".
        r"|(?:drift|slip)\w*\s+(?:in|of|from)\s+(?:a|the|each|every|any)?\s*(?:character|persona)'?s?"
        r"\s+voice|voice\s+is\s+(?:sacred|non-negotiable|everything)"
        r"|(?:preserv|keep|retain|maintain)\w*\s+(?:the\s+|each\s+|every\s+)?(?:character|persona"
        r"|author|speaker)'?s?\s+voices?"
        r"|brand[- ]consistent|(?:match|matches|matching|in|keep|keeps|keeping|fit|fits)\s+(?:our"
        r"|the)\s+(?:brand|tone|voice)"
        # "has to match the station's on-air voice", "sound like 'us'".
        r"|(?:match|matches|matching|fit|fits)\s+(?:our|the|their|its)\s+(?:[\w'-]+\s+){1,2}?"
        r"(?:brand|tone|voice)\b"
        r"|sound(?:s|ing)?\s+like\s+['\"\u2018\u201c]us\b"
        # "voice is everything", "indistinguishable from our writers"
        r"|(?:voice|style|tone)\s+is\s+(?:sacred|everything|non-negotiable)"
        r"|indistinguishable\s+from\s+(?:our|the)\s+(?:own\s+)?(?:writers|editors|team|copy)",
    ),
    Signal(
        name="compliance",
        no=r"(?:not|isn't|aren't|non-?|un)\s*-?regulated|unregulated"
        r"|no (?:\w+\s+)?(?:compliance|regulatory)\s+(?:requirements?|concerns?|constraints?"
        r"|issues?|obligations?|needs?|rules|burden)"
        rf"|(?:compliance|regulations?|regulatory (?:requirements?|rules))\s+{_NOT}\s+(?:\w+\s+)?"
        r"(?:a concern|an issue|a factor|required|relevant|apply|applicable|matter|involved)"
        r"|(?:compliance|regulatory)(?:\s+(?:requirements?|concerns?|constraints?))?\s*[:=-]\s*"
        r"(?:none|n/a|nil)",
        # (Not news about regulation as the topic: "a digest of regulatory news".)
        yes=r"regulat(?:ed|ory|ion|ions|ors?)(?! (?:news|updates?|developments|alerts|bulletins"
        r"|newsletters?|landscape|digests?|horizon|roundups?)\b)|hipaa|gdpr|rgpd|dsgvo|lgpd|ccpa|finra|ferpa|coppa|glba"
        r"|mifid"
        r"|pci(?:[- ]dss)?|soc ?2|iso ?27001|regs\b|reportable"
        # An audit, not the team checking its own work: "outputs we'd audited manually".
        r"|(?<!we )(?<!we'd )(?<!we've )(?<!i )(?<!i'd )(?<!i've )audit(?:ed|able| trail|s|ors?)"
        r"(?! (?:manually|by hand|ourselves))"
        # Not "format compliance" (a schema followed), nor a form's empty "## Compliance".
        r"|(?<!format )(?<!schema )(?<!style )(?<!json )(?<!# )complian(?:ce|t)"
        r"|eu ai act|legal (?:review|sign-?off|requirements)|data protection|kyc|aml|sox"
        r"|sarbanes[- ]oxley|fda"
        # Data that may not leave: "can't leave our network", "no client data to third parties".
        r"|(?:can't|cannot|must not|mustn't|may not|never|nothing\s+(?:can|may|is\s+allowed\s+to))"
        r"\s+leaves?\s+(?:our|the)\s+(?:network"
        r"|vpc|premises|servers|environment|country|eu)"
        r"|no\s+(?:client|customer|patient|user|personal)\s+data\s+(?:\w+\s+)?(?:to|leaves|outside)"
        r"|no\s+(?:pii|phi|data|personal data|patient data)\s+(?:ever\s+)?leaves"
        # Where data may go, by rule: "data can't leave EU region", "code can't go to any
        # external API", "client data can't go to openai", "all data must stay in EU
        # datacenters", "self-hosted only", "on-prem only".
        r"|(?:can't|cant|cannot|can\s+not|must\s+not|mustn't|may\s+not|not\s+allowed\s+to|never)"
        r"\s+(?:be\s+sent\s+|go\s+|leave\s+|be\s+shared\s+|be\s+uploaded\s+)(?:to\s+|outside\s+(?:of\s+)?)?"
        r"(?:any\s+|an?\s+|the\s+|our\s+)?(?:external|third[- ]party|outside|public|cloud|openai"
        r"|eu|the\s+eu|region|country|premises|servers?|network|vendors?|apis?)\b"
        r"|(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+(?:stay|remain|be\s+(?:kept|stored|hosted"
        r"|processed))\s+(?:in|on|within|inside)\s+(?:the\s+|our\s+)?(?:eu|europe|country|region"
        r"|premises|prem|servers?|network|vpc|datacent(?:er|re)s?|eu\s+datacent(?:er|re)s?|house)\b"
        r"|(?:self[- ]hosted|on[- ]prem(?:ise|ises)?)\s+only|air[- ]gapped"
        # "no transcript containing PII may be used for training", "we don't upload
        # beneficiary stories to third-party AI tools", "no source code goes to external APIs".
        r"|(?:no|never)\s+(?:[\w-]+\s+){0,3}?(?:containing|with|including)\s+(?:pii|phi|personal\s+data"
        r"|patient\s+data|health\s+data)"
        r"|(?:don't|do\s+not|never|can't|cannot|mustn't|must\s+not|may\s+not)\s+upload\s+"
        r"(?:[\w-]+\s+){0,3}?to\s+(?:any\s+)?(?:third[- ]party|external|public|outside|cloud)"
        r"|(?:no|nothing)\s+(?:[\w-]+\s+){0,2}?goes?\s+to\s+(?:an?\s+|any\s+)?"
        r"(?:external|third[- ]party"
        r"|outside|public|cloud)\b"
        # "we can't send anything to US-hosted servers".
        r"|(?:can't|cant|cannot|can\s+not|must\s+not|mustn't|may\s+not|not\s+allowed\s+to)\s+"
        r"(?:send|upload|share|transfer|put)\s+(?:anything|any\s+[\w-]+|[\w-]+\s+data|data)\s+"
        r"(?:to|on|into)\s+(?:an?\s+|any\s+)?(?:[\w-]+[- ]hosted|external|third[- ]party|outside"
        r"|public|foreign|offshore)\b"
        # "nothing can go to a US-hosted API".
        r"|(?:nothing|no\s+[\w-]+)\s+(?:can|may|is\s+allowed\s+to|should)\s+(?:go|be\s+sent)\s+to\s+"
        r"(?:an?\s+|any\s+)?(?:[\w-]+\s+)?(?:apis?|clouds?|vendors?|third[- ]part\w+|servers?"
        r"|providers?|endpoints?)\b"
        # "no employee data to any US-hosted endpoint", "no logs leave the building", "a new
        # state rule just came down".
        r"|no\s+(?:[\w-]+\s+){0,2}?data\s+(?:to|outside|leaves?|may\s+leave)\b"
        r"|no\s+(?:[\w-]+\s+)?(?:logs|records|files|documents|emails)\s+leave\s+(?:the|our)\b"
        r"|(?:state|federal|government|new|eu)\s+(?:rules?|laws?|mandates?)\b(?!\s+of\s+thumb)"
        # "no code leaves our VPC", "nothing leaves the building": whatever the thing, kept
        # inside by rule.
        r"|(?:no|nothing)\s+(?:[\w-]+\s+){0,2}?(?:leaves|may\s+leave|can\s+leave|goes\s+outside)"
        r"\s+(?:our|the)\s+(?:network|vpc|premises|servers|building|cloud|tenant|tenancy"
        r"|environment|country|account|data\s+cent(?:er|re))"
        # "no patient data may leave our tenancy"; records kept for years by rule ("has to be
        # retained for 8 years", "archived for 10 years under the records policy").
        r"|no\s+(?:[\w-]+\s+){0,2}?data\s+(?:may|can|shall|must|should|will|is\s+allowed\s+to)\s+"
        r"(?:ever\s+)?leave"
        r"|(?:retained|archived|kept|stored)\s+for\s+(?:at\s+least\s+)?\d+\s+years"
        r"|records?\s+(?:retention\s+)?polic(?:y|ies)|retention\s+(?:period|rules|requirements?)"
        r"|traceable\s+to|transparency\s+reporting"
        # "fair housing law. hard rule", "consumer protection laws".
        r"|(?:fair\s+housing|consumer\s+protection|privacy|employment|labou?r|advertising"
        r"|anti-?discrimination|data\s+protection|accessibility)\s+laws?"
        # "privileged client docs, so bar confidentiality rules apply".
        r"|privileged|confidentiality\s+(?:rules|obligations|requirements|duties)"
        r"|attorney[- ]client|professional\s+(?:conduct|secrecy)\s+rules"
        # Where the data may be: "has to run in the EU only", "data residency".
        r"|(?:run|stay|be\s+hosted|hosted|stored|processed|kept)\s+(?:\w+\s+)?in\s+the\s+(?:eu|uk"
        r"|us|eea)(?:\s+only)?|(?:eu|eea)[- ]only|data\s+residency|on[- ]prem(?:ise)?s?"
        # Named regimes and classifications: "GxP validation", "Consumer Duty", "sovereign
        # cloud", "official-sensitive", "BaFin", "FedRAMP".
        r"|gxp|gmp|glp|consumer\s+duty|sovereign\s+cloud|official[- ]sensitive|classified\s+data"
        r"|bafin|fedramp|ferpa|pci|nis2|basel\s+(?:ii|iii|iv)|solvency\s+ii|iso\s*13485|21\s*cfr"
        # Any rule said to apply: "the retention directive applies", "the AI Act applies".
        r"|(?:act|directive|regulation|rule|duty|standard|framework|law)\s+(?:also\s+|now\s+)?"
        r"appl(?:y|ies)\b",
        hint_no=r"no (?:pii|phi|personal data|patient data|sensitive data|customer data)"
        r"(?!\s+(?:leaves?|leaving|can|may|must|should|goes|going|to|outside|ever))",
        hint_yes=r"(?:patient|medical|health|financial|personal|sensitive) (?:data|records"
        r"|information)|confidential|privacy",
        case_sensitive_yes=r"SEC|FCA|PHI|PII",
    ),
    Signal(
        name="latency_sensitive",
        no=rf"latency\s+(?:is\s+|was\s+)?{_NOT}\s*(?:\w+\s+){{0,2}}?"
        r"(?:critical|important|matter|matters|a (?:concern|priority|problem|issue)|an issue"
        r"|relevant)|(?:latency|speed|response time)\s+(?:doesn't|does not|don't|do not|won't)\s+"
        r"matter|(?:no|without)\s+(?:\w+\s+)?(?:latency|real[- ]time|speed)\s+(?:requirements?"
        r"|constraints?|needs?|pressure)|not (?:time[- ]sensitive|real[- ]time)"
        r"|can take (?:a few |several )?(?:minutes|hours|a while)"
        r"|(?:minutes|hours|a day) (?:is|are) fine"
        # "it doesn't need to be fast", "people can wait a few seconds".
        r"|latency\s+(?:actually\s+|really\s+)?(?:doesn't|does not|won't)\s+(?:really\s+)?matter"
        r"|(?:doesn't|does not|don't|do not|won't)\s+(?:really\s+)?(?:need|have)\s+to\s+be\s+"
        r"(?:fast|quick|instant|snappy|real[- ]time)|can\s+(?:easily\s+)?wait\s+(?:a\s+few"
        r"|several|\d+|a\s+couple\s+(?:of\s+)?)\s*(?:seconds|secs|minutes|mins)"
        # "latency isn't that tight", "a few seconds is fine".
        rf"|latency\s+(?:is\s+)?{_NOT}\s+(?:that\s+|very\s+|super\s+|so\s+|too\s+)?(?:tight"
        r"|strict|demanding|sensitive)"
        r"|(?:a\s+few|several|a\s+couple\s+(?:of\s+)?|\d+)\s*(?:seconds|secs)\s+(?:is|are)\s+"
        r"(?:totally\s+|perfectly\s+|completely\s+)?(?:fine|ok|okay|acceptable)",
        yes=r"real[- ]?time|low[- ]latency|(?:in|within)\s+under\s+(?:a|one)\s+second"
        r"|latency[- ](?:sensitive|critical)|latency\s+(?:\w+\s+)"
        r"{0,2}?(?:matters?|critical|crucial|key|important|is everything)"
        r"|instant(?:ly|aneous(?:ly)?)?|sub[- ]?second|split[- ]second"
        # "within seconds of the alert firing", "answers need to come back fast".
        r"|within\s+(?:a\s+few\s+)?seconds|come\s+back\s+(?:fast|quickly)"
        # "the summary should pop up the second the call ends".
        r"|the\s+(?:second|moment|instant)\s+(?:the|a|an|it|they|we|our)\b"
        r"|(?:under|below|within|less than|<|sub)\s*~?\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?"
        r"|seconds?)|milliseconds|fast (?:responses?|replies|answers|turnaround)"
        # A budget in milliseconds ("we have maybe 100ms per message"), and work that must
        # finish before a post is shown.
        r"|(?:have|get|budget\s+of|allow|max(?:imum)?|at\s+most|only|need)\s+(?:maybe\s+|about\s+"
        r"|~|roughly\s+)?\d+(?:\.\d+)?\s?ms\b|\d+(?:\.\d+)?\s?ms\s+(?:budget|max|limit|sla|p9\d"
        r"|per\s+(?:message|request|call|query|turn))|before\s+(?:the\s+|a\s+|each\s+)?(?:message|post|comment"
        r"|reply|review)s?\s+(?:appears?|is\s+shown|goes\s+live|is\s+posted|is\s+published)"
        r"|respond (?:immediately|instantly|quickly|in real time)|on the fly|p9[59]"
        # A figure in milliseconds: "so we're talking ~200ms, not 1s".
        r"|~?\d+(?:\.\d+)?\s?ms\b"
        # "responses need to come back fast", "customers bail if it takes >2s".
        r"|(?:need|needs|has|have|must)\s+(?:to\s+)?(?:come\s+back|be|respond|return|answer|load)\s+"
        r"(?:\w+\s+)?(?:fast|quick(?:ly)?|instantly|immediately)"
        r"|(?:bail|leave|drop\s+off|abandon|give\s+up|hang\s+up|churn)\w*\s+if\s+(?:it\s+|the\s+\w+\s+)?"
        r"takes\b"
        # "people bail if nothing shows up within 2 sec" (the "nothing" is the wait's).
        r"|(?:bail|leave|drop\s+off|abandon|give\s+up|hang\s+up|churn)\w*\s+if\s+nothing\s+"
        r"(?:shows?\s+up|appears?|loads?|comes?\s+back|happens)(?:\s+(?:within|in|after)\s+[\w~.]+"
        r"(?:\s+(?:ms|s|secs?|seconds?))?)?"
        # Used while someone waits on a call: "the nurses use it live while they're on the
        # phone".
        r"|while\s+(?:they'?re|they\s+are|we'?re|we\s+are|the\s+\w+\s+(?:is|are)|i'?m)\s+"
        r"(?:still\s+)?on\s+the\s+(?:phone|line|call)"
        # "it needs to be snappy", "before the customer hangs up", "under a second".
        r"|(?:needs?|has|have)\s+to\s+be\s+(?:snappy|quick|fast|instant)|snappy"
        r"|under\s+(?:a|one)\s+second|before\s+(?:the\s+)?(?:customer|caller|user)s?\s+hang(?:s|ing)?\s+up"
        r"|within\s+(?:a|one)\s+(?:minute|second)|within\s+\d+\s*(?:min|mins|minutes)\b"
        r"|has\s+to\s+be\s+(?:quick|fast|snappy|instant)"
        r"|(?:speed|response\s+times?|responsiveness)\s+(?:\w+\s+){0,2}?(?:matters?|is\s+critical"
        r"|is\s+crucial|is\s+key|is\s+everything)",
        hint_no=r"batch(?:es|ed)?|offline|overnight|nightly|asynchronous(?:ly)?|async",
        hint_yes=r"live (?:chat|conversations?|calls?)|while (?:the )?(?:customers?|users?"
        r"|callers?|agents?) (?:wait|waits|are waiting|is waiting)|interactive"
        r"|(?:customers?|users?|shoppers?|callers?|players?)\s+(?:are\s+)?waiting\s+(?:in|on|for)"
        # The person is waiting on it: "while the customer is still on the line".
        r"|on\s+the\s+(?:line|phone)\s+with|(?:is|are)\s+(?:still\s+)?on\s+the\s+(?:line|phone)"
        r"|wait(?:s|ing)?\s+on\s+(?:this|it)|breaking\s+news"
        r"|(?:live|used|open)\s+(?:\w+\s+){0,4}?during\s+(?:the\s+)?(?:call|meeting|consultation)",
    ),
    Signal(
        name="exploratory",
        no=r"not (?:a|an|just a|just an|merely a) (?:experiment|prototype|poc|proof of concept"
        r"|spike|toy)|no longer (?:exploring|experimenting|a prototype)"
        # "não é mais exploratório", "ya no es exploratorio", "n'est plus exploratoire".
        r"|(?:não\s+é\s+mais|ya\s+no\s+es|n'est\s+plus|ist\s+nicht\s+mehr)\s+explorat\w+"
        # "they want this in the daily workflow".
        r"|(?:want|need)s?\s+(?:this|it)\s+in\s+(?:the|our|their)\s+(?:daily|day-to-day|everyday)"
        r"\s+(?:workflow|work|process)"
        r"|(?:beyond|past) the (?:prototype|poc|experiment\w*|pilot) (?:stage|phase)",
        # The project itself is the exploration: "we're just experimenting", "this is a
        # POC", "exploring whether". A prototype named as something tried on the way ("our
        # prompted 7B prototype kept failing") is only a hint, which production words beat.
        yes=r"just (?:experimenting|exploring|playing around|testing the waters"
        r"|trying (?:it |things )?out|curious)|(?:we're|we are|i'm|i am|we'll be|currently)\s+"
        r"(?:just\s+|still\s+|only\s+)?(?:experimenting|exploring|prototyping)"
        r"|explor(?:atory|ation phase|e whether|e if|e how)|experimental (?:project|feature|tool)"
        r"|(?:is|it's|this is|as|build(?:ing)?|want|need|for|start with|kick off)\s+(?:a|an"
        r"|just\s+an?|only\s+an?|our)\s+(?:quick\s+|small\s+|rough\s+|first\s+|internal\s+)?"
        r"(?:prototype|poc|proof[- ]of[- ]concept|experiment|spike)"
        # "build the prototype for demo day" (an MVP is a first version, often a product).
        r"|build(?:ing)?\s+the\s+(?:first\s+)?(?:prototype|poc)\b|demo\s+day"
        # A spike as a time-boxed investigation ("a research spike", "spike ticket"), not a
        # surge ("returns spike in January").
        r"|(?:technical|tech|research|time-?boxed|investigation|discovery|(?:\w+-)?(?:week|day|sprint))\s+spike"
        r"|spike\s+(?:ticket|story|task|work|branch)"
        r"|hackathon|feasibility|(?:trying|try) (?:it |this |that )?out|tinker\w*|side project"
        # "to see if it's even useful", "nobody has committed to anything".
        r"|see (?:if|whether) (?:it'?s|it is|this is|it'?d be) (?:even |actually |really )?"
        r"(?:useful|worth it|worthwhile|helpful)|(?:nobody|no one) (?:has )?committed"
        r"|sandbox|research project|toy project|pet project|kick(?:ing)? the tires"
        r"|tire[- ]kicking|(?:see|test) (?:if|whether) (?:an? )?(?:llm|ai|model|gpt|this|it)"
        r" (?:can|could|would|is)|(?:validate|test) the idea|learning exercise"
        r"|just want to see"
        # Work for one occasion, not worth training for: "it's a one-night thing".
        r"|one[- ](?:off|night|time|day|week)\s+(?:thing|event|project|job|exercise|campaign"
        r"|migration|batch|task|run|backfill|conversion|clean-?up|case|matter|request|report"
        r"|analysis|review|assignment|study|deal)"
        # "~300 images for the relaunch, one-off."
        r"|one[- ]off\s*(?:[.,;!)]|$)",
        # A prototype or POC of prompting that was tried on the way ("POC with zero-shot
        # prompt: 58%") is the trial, not the project.
        # ("LLM prompting POC: 79%" too: the prompting named before it.)
        # ("our engineer ran an experiment" is a step taken on the way, not the project.)
        # (Nor A/B or holdout experiments that measure a product: "holdout experiments so we
        # know which messages lift orders".)
        # (Nor a lab's experiments: "when they close an experiment", "per experiment".)
        hint_yes=r"(?<!ran an )(?<!did an )(?<!conducted an )(?<!ran a quick )(?<!holdout )"
        r"(?<!a/b )(?<!ab )(?<!split )(?<!controlled )(?<!close an )(?<!closes an )(?<!per )"
        r"(?<!each )(?<!every )(?<!lab )(?<!wet-lab )experiment(?:ing|al|s)?|explor(?:ing|ation)"
        r"|(?<!prompting )(?<!prompted )"
        r"(?<!prompt )(?<!few-shot )(?<!zero-shot )(?<!prompted llm )(?<!prompting llm )"
        r"(?<!prompted gpt )(?<!prompt-only )(?<!prompt-based )(?<!prompting-only )"
        r"(?:prototyp(?:e|es|ing)"
        r"|proof[- ]of[- ]concept|poc)(?!\s+(?:with|using|on)\s+(?:an?\s+|the\s+|our\s+)?"
        r"(?:[\w.-]+\s+){0,2}?(?:prompt|few[- ]shot|zero[- ]shot|gpt|llm|claude|gemini))"
        # One that reported a result was a trial on the way: "the POC got 71% agreement".
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:got|scored|reached|achieved|hit|came\s+in|showed|returned"
        r"|gave|managed|topped\s+out|plateaued))"
        # A request to look into AI at all, with the details still open: "Explore AI for
        # clinical documentation", "evaluate an LLM for risk scoring", "details: TBD".
        r"|(?:explore|evaluate|investigate|look\s+into)\s+(?:using\s+)?(?:an?\s+)?(?:ai|llms?"
        r"|gen\s?ai|gpt|language\s+models?)\b"
        r"|(?:details|requirements|acceptance\s+criteria|scope)\s*(?::|are|is)?\s*(?:tbd|tbc"
        r"|to\s+be\s+(?:decided|defined|determined|confirmed))",
        hint_no=r"(?:i|we)\s+shipped|(?:is|are|went|been)\s+live\b"
        r"|production[- ](?:ready|grade|system|deployment|workload|traffic|use|launch"
        r"|rollout)|(?:in|into|to|for) production|mission[- ]critical|business[- ]critical"
        r"|go[- ]live|at scale|enterprise[- ]wide|shipping (?:feature|product)"
        r"|em\s+produção|en\s+producción|en\s+production|in\s+produktion"
        # Put to use by real people, or rolled out: "two practice groups will use it from next
        # month", "firm-wide rollout is planned".
        r"|(?:will\s+)?(?:use|using)\s+it\s+(?:from|starting|in\s+production)|roll[- ]?out"
        r"|(?:ships|shipping|launch(?:es|ing)?|goes live) (?:to|for|with) (?:all |our )?"
        r"(?:customers|users|players|clients)"
        # A system running today: "we migrated", "handled 40,000 conversations a month".
        r"|(?:we|i)\s+(?:migrated|switched\s+over|cut\s+over)\b"
        r"|(?:handled|handles|handling|serves|served|serving|processes|processed|processing)\s+"
        r"(?:about\s+|around\s+|roughly\s+|~)?[\d,.]+k?\s+(?:[\w-]+\s+){0,3}?(?:a|per|each|every)\s+"
        r"(?:day|week|month|year)\b",
        hint_no_wins=True,
    ),
    Signal(
        name="jargon_heavy",
        no=r"(?:no|little|minimal|without)\s+(?:\w+\s+)?(?:jargon|special(?:ized|ised)? "
        r"(?:terms|vocabulary|terminology))",
        yes=r"(?:heavy|lots of|full of|dense|a lot of|tons of|specialized|specialised"
        r"|domain[- ]specific|technical|industry|medical|legal|clinical|scientific|niche"
        r"|proprietary|internal|company[- ]specific|obscure|financial|engineering|insider"
        r"|specialist)\s+(?:\w+\s+)?(?:jargon|terminology|vocabulary|terms|acronyms|lingo"
        r"|abbreviations|nomenclature)|jargon(?:[- ](?:heavy|laden|filled|rich))?|legalese"
        r"|acronym[- ]heavy|(?:lots of|many|full of) (?:acronyms|abbreviations)|terminology"
        r"|legal language|medical language|clinical language"
        # A language or code no model has seen: "my own programming language, so no model
        # has seen it", "our in-house DSL", "private repos with custom macros".
        r"|(?:language|dsl|dialect|syntax|codebase|code)\W+(?:[\w']+\W+){0,4}?no\s+(?:\w+\s+)?(?:model"
        r"|llm)s?\s+(?:has|have)\s+(?:ever\s+)?seen"
        r"|(?:never|not)\s+(?:been\s+)?(?:seen|included)\s+in\s+(?:any\s+|the\s+)?(?:training|pre-?training)"
        r"|(?:our|my|an?)\s+(?:own\s+|in-house\s+|internal\s+|proprietary\s+|custom\s+)+(?:dsl"
        r"|programming\s+language|query\s+language|macros|dialect)",
    ),
    Signal(
        name="complex_reasoning",
        no=r"no (?:complex |deep )?reasoning|(?:doesn't|does not|don't|do not) (?:need|require"
        r"|involve) (?:much |any |complex )?reasoning",
        yes=r"multi[- ]?step|multi[- ]hop|multiple steps|complex (?:reasoning|logic"
        r"|troubleshooting|decisions?|analysis|cases|workflows?|problems?|questions|rules"
        r"|queries|inference|judg(?:e)?ments?)|chain[- ]of[- ]thought|step[- ]by[- ]step "
        r"(?:reasoning|logic|diagnos\w+|troubleshooting|analysis)|(?:requires?|needs?|involves?"
        r"|requiring)\s+(?:\w+\s+)?(?:reasoning|judg(?:e)?ment|inference)|nuanced (?:judg(?:e)?"
        r"ments?|reasoning|decisions|cases|analysis)|deep reasoning|intricate"
        r"|reason (?:through|about|across|over)|root[- ]cause analysis",
        hint_no=r"(?:simple|straightforward|easy|basic|trivial|rote|mechanical)\s+(?:\w+\s+)?"
        r"(?:task|classification|lookup|mapping|extraction|formatting|rules?|job|questions"
        r"|requests|faqs?|categori[sz]ation|tagging|work)",
    ),
    Signal(
        name="creative_variety",
        no=r"(?:doesn't|does not|don't|do not|no) (?:need|want|require) (?:to be )?(?:creative"
        r"|creativity|variety)",
        # (Not "the tone varied a lot from draft to draft": variation as a fault.)
        yes=r"(?<!tone )(?<!quality )(?<!accuracy )(?<!results )(?<!answers )varied"
        r"(?!\s+(?:a\s+lot|wildly|widely|between|from))|variety"
        r"|diverse (?:outputs?|responses?|styles?|content|ideas|tones?)"
        # (Not "the output format was different every time": a fault reported.)
        r"|diversity|(?<!was )(?<!were )different (?:every|each) time"
        r"|(?:avoid|without|no) (?:repetition|repetitive"
        r"|repeating)|(?:not|never) (?:be |sound |get |feel )?(?:repetitive|samey)"
        r"|fresh (?:ideas|content|takes|angles|copy)"
        r"|original (?:content|ideas|copy)|creativity|(?:be|more|very|highly|really|super)"
        r" creative|surprising|unpredictable|playful|witty|quirky|never the same|mix it up",
        hint_yes=r"creative",
    ),
    _PROMPTING_FELL_SHORT,
)

# One pattern for every signal: a single pass over the text.
#: ``(key, fragment)`` pairs for the shared phrase table (see ``phrases``).
ENTRIES = [entry for signal in SIGNALS for entry in signal.entries()]
_NAMES = frozenset(signal.name for signal in SIGNALS)
_NEGATION_INSIDE = frozenset(signal.name for signal in SIGNALS if signal.negation_inside)
_CAPITALS = lazy_pattern(r"[A-Z]{3}")
_ACRONYMS = {
    signal.name: lazy_pattern(rf"\b(?:{signal.case_sensitive_yes})\b")
    for signal in SIGNALS
    if signal.case_sensitive_yes
}


@dataclass
class _Reading:
    value: bool
    explicit: bool
    start: int
    end: int


def extract(text: Text, draft: Draft, *, found: Sequence[tuple[PhraseKey, re.Match[str]]]) -> None:
    """Set each yes/no fact the text speaks to, from the phrases ``found`` in it."""
    readings: dict[str, list[_Reading]] = {}
    for (name, kind), match in found:
        if name == "prompting_fell_short" and _about_tuning(text, match.start()):
            continue
        if name in _NAMES:
            inside = name in _NEGATION_INSIDE
            readings.setdefault(name, []).append(_reading(text, match, kind, inside=inside))
    for name, acronyms in _ACRONYMS.items() if _CAPITALS.search(text.raw) else ():
        for match in acronyms.finditer(text.raw):
            read = readings.get(name, [])
            if any(r.start <= match.start() < r.end for r in read):
                continue  # "no PHI leaves" was read as a phrase already
            reading = _Reading(not negated(text, match.start()), True, match.start(), match.end())
            readings.setdefault(name, []).append(reading)
    for signal in SIGNALS:
        ordered = sorted(readings.get(signal.name, []), key=lambda r: r.start)
        explicit = [r for r in ordered if r.explicit]
        hints = [r for r in ordered if not r.explicit]
        if signal.hint_no_wins and any(not r.value for r in hints):
            hints = [r for r in hints if not r.value]
        chosen = explicit[-1] if explicit else hints[-1] if hints else None
        if explicit and any(r.value is not explicit[-1].value for r in explicit):
            _contradiction(text, draft, signal.name, explicit)
        if chosen is not None:
            draft.put(
                signal.name,
                chosen.value,
                evidence=text.evidence(chosen.start, chosen.end),
                inferred=not chosen.explicit,
            )


# A fine-tune named earlier in the sentence: "we tried a fine-tune with an empty prompt -
# didn't work" reports on the fine-tune, not on prompting.
_TUNING_BEFORE = lazy_pattern(r"\bfine[- ]?tun\w*|\b(?:q)?lora\b")


def _about_tuning(text: Text, pos: int) -> bool:
    begin, _ = text.sentence(pos)
    return _TUNING_BEFORE.search(text.low, begin, pos) is not None


# Words that correct what came before ("actually, accuracy isn't critical"): the later
# statement replaces the earlier one, which is no contradiction.
_CORRECTION = lazy_pattern(
    r"\b(?:actually|correction|sorry|scratch\s+that|update|on\s+second\s+thought|instead"
    r"|to\s+be\s+clear|i\s+mean|rather|now)\b[^.!?]{0,40}$"
)


def _contradiction(text: Text, draft: Draft, name: str, explicit: list[_Reading]) -> None:
    """Report a fact stated both ways, unless the last statement corrects the first."""
    last = explicit[-1]
    if _CORRECTION.search(text.low[max(0, last.start - 60) : last.start]):
        return
    other = next(r for r in reversed(explicit) if r.value is not last.value)
    said = [text.evidence(other.start, other.end), text.evidence(last.start, last.end)]
    label = FIELD_ROWS[name].label
    message = messages.contradiction(label=label, said=said, kept=said[1])
    draft.issue(name, message, *said, contradiction=True)


# A negation that sharpens the phrase after it: "marketing rejects anything that doesn't
# sound like us" insists on the voice.
_REJECTS_UNLESS = lazy_pattern(
    r"(?:reject\w*|flag\w*|kill\w*|bounce\w*|send\w*\s+back|notice\w*|complain\w*\s+about"
    r"|rewrit\w*|rewrote|redo\w*|redid|scrap\w*|bin\w*|tear\w*\s+up|hate\w*|cut\w*)\s+"
    r"(?:anything|everything|whatever|any\s+\w+|all)\s+(?:that\s+|which\s+)?(?:doesn't|does\s+not"
    r"|don't|do\s+not|isn't|is\s+not)\s+$"
)


# Output said not to sound like the team: "the drafts don't sound like us" is a complaint
# that the voice is missed, so the voice matters ("doesn't have to sound like us" is not).
_DOES_NOT_SOUND = lazy_pattern(
    r"\b(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|never|isn't|aren't)\s+"
    r"(?:really\s+|quite\s+|yet\s+|always\s+)?$"
)


def _reading(text: Text, match: re.Match[str], kind: str, *, inside: bool) -> _Reading:
    start, end = match.span()
    if kind in ("no", "hint_no"):
        return _Reading(False, kind == "no", start, end)
    before = text.before(start, limit=80)
    if _REJECTS_UNLESS.search(before) or (
        match.group().startswith("sound") and _DOES_NOT_SOUND.search(before)
    ):
        return _Reading(True, kind == "yes", start, end)
    if inside:
        return _Reading(not negated(text, start), kind == "yes", start, end)
    inner = match.group()
    flipped = negated(text, start) or (
        _INNER_NEGATION.search(inner) is not None and _AFFIRMING.search(inner) is None
    )
    if _AFFIRMING.search(inner) and not negated(text, start):
        flipped = False
    return _Reading(not flipped, kind == "yes", start, end)
