"""Finding the guidance passages that answer a question, or honestly finding none.

    found = search_guidance(guidance, "what are the risks of overfitting?")
    [passage.id for passage, score in found]
    # ['hidden-cost.customization-needs', 'hidden-cost.overfitting',
    #  'strategy.comprehensive-datasets']
    search_guidance(guidance, "how do I bake bread?")   # []

Ranking is Okapi BM25 written by hand over each passage's text, section heading and
topics, after light normalisation: lower case, compound terms joined ("fine-tuning" and
"fine tune" are one term), stop words dropped, suffixes stripped, and a few synonym groups
so that "price" finds "cost" and "speed" finds "latency". No model, no randomness: the
same question gives the same passages in the same order (score, then id).

A question the guidance does not cover gets an empty list, so the caller can say so.
Three tests decide that, each tuned on the on- and off-topic questions of
tests/test_retrieval.py:

- the words the guidance knows must carry most of the question (``MIN_KNOWN_SHARE``,
  weighted by IDF), or "how much does a car cost?" would match on "cost";
- at least one of them must be a subject word of the guidance (fine-tuning, prompts,
  labels, latency, compliance, ...), or "what time is it?" would match on "time";
- the best passage must score at least ``MIN_SCORE``.

Where a short question's words single out no passage ("what is fine-tuning?": the term is
in nearly every passage), its form may: a "what is" question is ranked towards the
passages with topic ``definition``, a "should we ... or ..." question towards ``decision``.

``integrations.langchain.retriever.GuidanceRetriever`` exposes the same search as a
langchain-core retriever; this module imports no LangChain, so neither ``advisor ask`` nor
a Slack follow-up pays for it.
"""

from __future__ import annotations

import math
import re
import weakref
from collections import Counter
from dataclasses import dataclass

from assistant.guidance import Guidance, Passage

#: The lowest BM25 score a best passage may have and still count as an answer. Chosen from
#: the on- and off-topic questions in tests/test_retrieval.py: single generic words score
#: below it, any specific term the guidance discusses scores well above it.
MIN_SCORE = 3.0

#: A result scoring below this share of the best one is left out: it matched only a side
#: word of the question.
RELATIVE_CUTOFF = 0.35

#: The words of a question that the guidance knows must carry at least this share of the
#: question's information (each word weighted by its IDF; an unknown word weighs most).
MIN_KNOWN_SHARE = 0.4

#: A synonym counts for less than the word the question used.
SYNONYM_WEIGHT = 0.6

_K1 = 1.2
_B = 0.75

# Compound terms are joined before splitting into words, so each is one term.
_COMPOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bfine[\s-]*tun(?:e|es|ed|ing|er)?\b", "finetune"),
        (r"\bchain[\s-]*of[\s-]*thoughts?\b", "chainofthought"),
        (r"\bzero[\s-]*shot\b", "zeroshot"),
        (r"\bfew[\s-]*shot\b", "fewshot"),
        (r"\bmulti[\s-]*step\b", "multistep"),
        (r"\bpre[\s-]*train(?:ed|ing)?\b", "pretrained"),
        (r"\bover[\s-]*fit", "overfit"),
        (r"\ba\s*/\s*b\b", "abtest"),
        (r"\bprompt\s+engineering\b", "prompt"),  # one concept, however it is named
        (r"'(?:s|re|ve|ll|d|t|m)\b", ""),  # contractions: "what's" -> "what"
        (r"\bhyper[\s-]*param", "hyperparam"),
        (r"\bknow[\s-]*how\b", "expertise"),
        # British spellings: "customised", "specialisation" -> "customized", ...
        (r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)\b", r"iz\1"),
    )
)

_WORD = re.compile(r"[a-z0-9]{2,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words, question words, and words that only say "the guidance" or "a model"
# (every passage is about models and guidance, so they discriminate nothing).
_STOPWORDS = _words(
    """
    a about above after again against all also am an and any anything are as at be because
    been before being below between both but by can could did do does doing done down during
    each either else etc ever every few for from further get gets getting give go goes going
    good got had has have having he her here hers him his how however i if in into is it its
    itself just let like may me might mine more most much must my no nor not now of off on
    once one only or other our ours out over own please really same say says said she should
    so some something such tell than that the their theirs them then there these they thing
    things think this those through to too under until up upon us very was way we were what
    whats when where whether which while who whom whose why will with within without would
    yes yet you your yours per don doesn isn aren didn won take takes taking different
    various lot lots instead rather company companies business businesses organisation
    organisations organization organizations

    ai llm llms model models guidance guide source sources explain describe mention mentions
    mentioned recommend recommends know best better use used using approach approaches
    option options need needs needed matter matters
    """
)

# Each group's words find each other. Stems are taken at build time, so list plain words.
_SYNONYM_GROUPS: tuple[str, ...] = (
    "overfit overfitting overfitted generalize generalise generalization generalisation"
    " generalizability generalises generalizes memorize memorise",
    "cost price pricing priced expensive cheap cheaper costly spend spending money budget"
    " afford affordable dollar dollars bill billing economical",
    "latency speed fast faster slow slower quick quicker responsive",
    "time timeline timelines long longer weeks months days duration schedule deadline",
    "data dataset datasets corpus",
    "label labels labeled labelled labeling labelling annotate annotation annotated",
    "chatbot chatbots bot bots assistant assistants",
    "expertise expert experts skill skills skilled staff talent team",
    "maintenance maintain maintaining upkeep update updates updating",
    "retrain retraining retrained",
    "consistent consistency uniform dependable reliable reliability",
    "accuracy accurate precision precise",
    "compliance compliant regulation regulations regulatory regulated audit",
    "healthcare health medical medicine clinical hospital hospitals pharma pharmaceutical"
    " diagnosis diagnostic",
    "legal law lawyer lawyers contract contracts",
    "finance financial bank banking insurance fintech",
    "marketing ads advertising campaign campaigns copywriting",
    "news media journalism publishing publisher",
    "creative fiction story stories creativity",
    "risk risks danger dangers",
    "hidden overlooked overlook downside downsides drawback drawbacks disadvantage"
    " disadvantages challenge challenges pitfall pitfalls",
    "pilot pilots trial trials incremental increments",
    "partner partners vendor vendors provider providers",
    "chainofthought reasoning cot",
    "compute gpu gpus hardware infrastructure cloud computational",
    "brand tone voice",
    "scale scaling scalability scalable traffic usage extensively heavily",
    "token tokens api",
    "abtest ab",
    "customer customers client clients",
    "evaluation evaluate evaluating test testing tests metric metrics measure measuring success",
    "deployment deploy deploying deployed launch ship live production",
    "summarization summarize summarise summarizing summaries",
    "translation translate translating",
    "personalization personalise personalize recommendation recommendations recommender",
    "hyperparam hyperparameter hyperparameters",
    "type types kind kinds variant variants",
    "explore exploring exploratory exploration experiment experiments experimentation"
    " prototype prototypes prototyping",
    "automated automatic automatically automate algorithm algorithms",
    "clean cleaning cleaned messy dirty noisy duplicates",
    "combine combined combining mix mixing hybrid",
)

# Words that make a question about this guidance at all. A question must use at least one
# (besides every topic and synonym above): "what time is it?" or "thanks!" share a word
# with some passage, but no subject.
_SUBJECT_WORDS = (
    "finetune prompt prompting pretrained zeroshot fewshot multistep chainofthought abtest"
    " hyperparam chatbot customization customize specialization domain niche labeled"
    " weights training retrain inference deployment deploy bleu benchmark gpt openai claude"
    " hugging transformers t5 netflix chatgpt aws"
)

# What a question asks for, by its form, as the topic that answers it. Used only when the
# question's own words single out no passage: "what is fine-tuning?" names a term found in
# nearly every passage, but its form asks for a definition.
_INTENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*(?:what\s+(?:is|are)|what'?s|define|meaning\s+of)\b"), "definition"),
    (
        re.compile(
            r"\b(?:should\s+(?:i|we)|when\s+(?:to|should|is|are)|which\s+(?:one|is|to)"
            r"|choose|choosing|decide|instead|versus|vs\.?|rather|or)\b"
        ),
        "decision",
    ),
)
_INTENT_MAX_WORDS = 8


_UNSTEMMED = frozenset({"news", "analysis", "always", "series"})


def _stem(word: str) -> str:
    """A light suffix stripper: enough to join plurals and verb forms, never clever."""
    if len(word) <= 3 or word in _UNSTEMMED:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            # "overfitting" -> "overfitt" -> "overfit"; "labelled" -> "label"
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeious":
                word = word[:-1]
            break
    for suffix, replacement in (("ization", "ize"), ("isation", "ize"), ("ise", "ize")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def analyze(text: str) -> list[str]:
    """The terms of ``text`` as the index sees them (lower case, joined, stemmed)."""
    lowered = text.lower().replace("’", "'")
    for pattern, replacement in _COMPOUNDS:
        lowered = pattern.sub(replacement, lowered)
    return [_stem(word) for word in _WORD.findall(lowered) if word not in _STOPWORDS]


def _synonym_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for group in _SYNONYM_GROUPS:
        stems = {_stem(word) for word in group.split()}
        for stem in stems:
            table.setdefault(stem, set()).update(stems)
    return {stem: frozenset(others - {stem}) for stem, others in table.items()}


_SYNONYMS = _synonym_table()
# Synonyms too common in everyday questions to make one about the guidance on their own.
_NOT_SUBJECTS = frozenset(
    analyze(
        "time long longer days weeks months duration schedule deadline quick fast slow team"
        " test update"
    )
)
_SUBJECTS = (frozenset(analyze(_SUBJECT_WORDS)) | frozenset(_SYNONYMS)) - _NOT_SUBJECTS


@dataclass(frozen=True)
class _Entry:
    passage: Passage
    counts: Counter[str]
    length: int


class GuidanceIndex:
    """A BM25 index over one ``Guidance``; build once, query many times."""

    def __init__(self, guidance: Guidance) -> None:
        self._entries = tuple(
            self._entry(passage) for passage in guidance.ordered
        )  # ordered by id, so ties and float sums come out the same every time
        self._average_length = sum(e.length for e in self._entries) / max(len(self._entries), 1)
        document_frequency: Counter[str] = Counter()
        for entry in self._entries:
            document_frequency.update(entry.counts.keys())
        total = len(self._entries)
        self._idf = {
            term: math.log(1 + (total - df + 0.5) / (df + 0.5))
            for term, df in document_frequency.items()
        }
        self._unknown_idf = math.log(1 + (total + 0.5) / 0.5)
        topics = {topic for entry in self._entries for topic in entry.passage.topics}
        topic_words = frozenset(analyze(" ".join(topics).replace("-", " ")))
        self._subjects = (_SUBJECTS | topic_words) - _NOT_SUBJECTS

    @staticmethod
    def _entry(passage: Passage) -> _Entry:
        topics = " ".join(topic.replace("-", " ") for topic in passage.topics)
        # The heading says what a passage is about, so it counts twice.
        terms = analyze(f"{passage.text} {passage.section} {passage.section} {topics}")
        return _Entry(passage=passage, counts=Counter(terms), length=len(terms))

    def search(self, question: str, *, limit: int = 3) -> list[tuple[Passage, float]]:
        """The passages answering ``question``, best first; empty when none does."""
        terms = list(dict.fromkeys(analyze(question)))  # each term once, in order
        if not terms or limit < 1:
            return []
        known = [term for term in terms if self._known(term)]
        if self._known_share(terms, known) < MIN_KNOWN_SHARE:
            return []
        if not any(term in self._subjects for term in known):
            return []
        scored = self._ranked(known)
        if scored[0][1] < MIN_SCORE:
            intents = _intents(question)
            if intents:
                scored = self._ranked([*known, *intents])
        best = scored[0][1]
        if best < MIN_SCORE:
            return []
        floor = best * RELATIVE_CUTOFF
        return [(passage, score) for passage, score in scored[:limit] if score >= floor]

    def _ranked(self, terms: list[str]) -> list[tuple[Passage, float]]:
        scored = [(entry.passage, self._score(entry, terms)) for entry in self._entries]
        scored.sort(key=lambda pair: (-pair[1], pair[0].id))
        return scored

    def _known_share(self, terms: list[str], known: list[str]) -> float:
        def weight(term: str) -> float:
            if term in self._idf:
                return self._idf[term]
            # Known only through a synonym: as informative as the commonest form used.
            forms = [self._idf[t] for t in _SYNONYMS.get(term, ()) if t in self._idf]
            return min(forms, default=self._unknown_idf)

        total = sum(weight(term) for term in terms)
        return sum(weight(term) for term in known) / total

    def _known(self, term: str) -> bool:
        return term in self._idf or any(s in self._idf for s in _SYNONYMS.get(term, ()))

    def _score(self, entry: _Entry, terms: list[str]) -> float:
        total = 0.0
        for term in terms:
            # A synonym group counts once, by its best-scoring member, so a passage that
            # says "cost", "price" and "budget" is not three times as relevant to "cost".
            candidates = [(term, 1.0)] + [(s, SYNONYM_WEIGHT) for s in _SYNONYMS.get(term, ())]
            total += max(weight * self._term_score(entry, t) for t, weight in candidates)
        return total

    def _term_score(self, entry: _Entry, term: str) -> float:
        frequency = entry.counts.get(term, 0)
        if not frequency:
            return 0.0
        norm = _K1 * (1 - _B + _B * entry.length / self._average_length)
        return self._idf[term] * frequency * (_K1 + 1) / (frequency + norm)


def _intents(question: str) -> list[str]:
    lowered = question.lower().replace("’", "'")
    if len(lowered.split()) > _INTENT_MAX_WORDS:
        return []
    return [topic for pattern, topic in _INTENTS if pattern.search(lowered)]


# One index per loaded Guidance, dropped with it.
_INDEXES: weakref.WeakKeyDictionary[Guidance, GuidanceIndex] = weakref.WeakKeyDictionary()


def index_for(guidance: Guidance) -> GuidanceIndex:
    """The index of ``guidance``, built on first use and kept while it lives."""
    index = _INDEXES.get(guidance)
    if index is None:
        index = _INDEXES[guidance] = GuidanceIndex(guidance)
    return index


def search_guidance(
    guidance: Guidance, question: str, *, limit: int = 3
) -> list[tuple[Passage, float]]:
    """Up to ``limit`` (passage, score) pairs answering ``question``, best first.

    Empty when the guidance does not cover the question.
    """
    return index_for(guidance).search(question, limit=limit)
