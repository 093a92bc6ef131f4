"""What the model should come to know: facts held in documents, rather than a way of
working.

People often mean to fine-tune so that a model "knows" a body of documents:

    "What I'm after is llama knowing what's in a handful of local text documents."
    "They wanted the knowledge baked into the weights."
    "The goal is a knowledge-base question-answering bot."

This reading sets ``knowledge_goal`` for those: the aim is the documents' content, which
a prompt can carry at run time, as opposed to a behaviour, a format or a voice. A goal
denied or set aside ("so the model can't memorise anything", "instead of teaching it our
data") is not one.
"""

from __future__ import annotations

from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.negation import negated
from assistant.parsing.text import Text

# Learning or holding content: "knowing what's in", "memorise the manuals", "teach the
# model clinical knowledge", "baked into the weights", "knowledge-base QA".
_GOAL = lazy_pattern(
    r"\b(?:know|knows|knowing|learn|learns|memori[sz]e|absorb|internali[sz]e|remember"
    r"|teach(?:ing)?\s+(?:it|the\s+model|the\s+llm))\b[^.?!;]{0,60}?\b(?:documents?|docs"
    r"|contents?|knowledge|facts|protocols|manuals?|information|wiki|pdfs?|policies|handbook"
    r"|articles)\b"
    r"|\bknowledge\s+(?:is\s+|was\s+)?baked|\binto\s+(?:the|its)\s+(?:model'?s?\s+)?weights\b"
    r"|\bknowledge[- ]base\s+(?:q&a|qa|question)"
    # Questions answered from a body of documents: "question answering over private
    # documents", "answer questions from our PDFs", "chat with my docs", "feed the raw text
    # to the model as the knowledge base".
    r"|\b(?:question[- ]answering|q&a|qa|answer(?:s|ing)?\s+questions)\s+(?:over|from|about|on"
    r"|based\s+on|using)\s+(?:(?:our|my|the|its|private|internal|company|local|own)\s+){1,2}"
    r"(?:[\w-]+\s+)?(?:documents?|docs|pdfs?|manuals?|wiki|knowledge[- ]base|files|notes)\b"
    r"|\bchat\s+with\s+(?:our|my|your|the)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:documents?|docs|pdfs?"
    r"|files|notes)\b"
    r"|\b(?:as|into)\s+(?:the|a|its)\s+knowledge[- ]base\b"
)
# The content set aside in favour of form: "instead of teaching the adapter our data",
# "rather than training in the facts".
_SET_ASIDE = lazy_pattern(r"\b(?:instead\s+of|rather\s+than|not|never|can't|cannot|won't)\b")


def extract(text: Text, draft: Draft) -> None:
    """Set ``knowledge_goal`` from the first statement that the model should hold
    documents' content."""
    low = text.low
    for match in _GOAL.finditer(low):
        begin, _ = text.sentence(match.start())
        if negated(text, match.start()) or _SET_ASIDE.search(
            low, max(begin, match.start() - 30), match.start()
        ):
            continue
        draft.put("knowledge_goal", True, evidence=text.evidence(match.start(), match.end()))
        return
