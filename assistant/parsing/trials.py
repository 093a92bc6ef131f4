"""What the team's own trial of fine-tuning showed.

People who ask "should we fine-tune?" often have tried it already and report how it went:

    "GPT-4o-mini with few-shot examples: 0.85 / GPT-4o-mini fine-tuned: 0.99"
    "so the fine-tuned 14B beats GPT-4o (30% vs 22.7%)"
    "100% accuracy after fine-tuning, a 26.67% improvement over the baseline model"
    "Outcome: a hair better than just prompting. Maybe 2-3%, and it vanished"
    "the training ran, but the result was completely useless"

This reading sets ``fine_tuning_trial``: ``better`` when a model the team tuned did clearly
better than the prompted or base model it was compared with, ``no_better`` when it gained
little or nothing, or the tuned model did not work. A trial only counts when the text
names a fine-tune (or a LoRA, a training run) near the outcome. Hopes and plans ("was meant
to beat it", "whether fine-tuning adds anything") are not outcomes and are skipped. The
last outcome stated wins, as a later figure usually revises an earlier one.

Many who ask have trained a model for the work already, whatever came of it, and ask how
to make it better:

    "I fine-tuned a model on GPT-3.5 using about 700 samples, and the output language..."
    "Why is my fine-tuned model hallucinating? ... I trained on around 1000 examples."
    "Swapped in a fine-tuned GPT-4o and the output is about as good as GPT-4 Turbo."

``extract_done`` sets ``fine_tuned_already`` for those: the team (I, we, our engineer)
tuned a model, or owns one ("my fine-tuned model"), said as done, not planned or asked.
"""

from __future__ import annotations

import re

from assistant.constraints import TrialOutcome
from assistant.parsing.draft import Draft
from assistant.parsing.lazy import lazy_pattern
from assistant.parsing.negation import negated
from assistant.parsing.text import Text

# A model the team tuned, or the tuning itself: "fine-tuned", "the fine-tune", "LoRA",
# "QLoRA", "the training run", "after training".
_TUNED = lazy_pattern(
    r"\b(?:fine[- ]?tun\w*|(?:q)?lora|(?:the|a|our|my)\s+training(?:\s+run)?|after\s+training"
    r"|trained\s+(?:model|version|one|checkpoint)|tuned\s+(?:model|version|one|checkpoint))\b"
)
# How far from a named fine-tune an outcome may be said, in characters.
_NEAR = 320
# A clear win over what it was compared with: "beats GPT-4o", "outperformed the prompt",
# "a 3.2x jump over the base model", "a 26.67% improvement over the baseline", "went from
# 0.85 to 0.99".
_BETTER = lazy_pattern(
    r"\b(?:beat|beats|beating|outperform(?:s|ed|ing)?|outdid|surpass(?:es|ed|ing)|crush(?:es|ed)"
    # Faster or cheaper by a stated multiple: "answers 1.5x to 2x faster than GPT-4".
    r"|\d+(?:\.\d+)?\s*x\s+(?:to\s+\d+(?:\.\d+)?\s*x\s+)?(?:faster|cheaper)\s+than"
    # The tuned model as good as a bigger one for much less: "results on par with GPT-4
    # Turbo from a fine-tuned GPT-4o model, at a much lower cost", "near-identical
    # completions at about a 40th of the price", "4-5x lower latency", "clearly ahead of a
    # prompt-engineered baseline".
    r"|(?:on\s+par\s+with|comparable\s+to|as\s+good\s+as|near[- ]?identical|same\s+quality)\b"
    r"[^.!?;]{0,80}?\bat\s+(?:about\s+|roughly\s+|around\s+)?(?:a\s+)?(?:much\s+|far\s+|way\s+)?"
    r"(?:lower|smaller|fraction|tiny\s+fraction|\d+(?:st|nd|rd|th)|tenth|hundredth)\b"
    r"|\d+(?:\.\d+)?(?:\s*-\s*\d+(?:\.\d+)?)?\s*x\s+(?:lower|less)\s+(?:latency|cost|price)"
    r"|\b(?:clearly\s+|well\s+|significantly\s+|far\s+)?ahead\s+of\s+(?:a|the|our)\s+"
    r"(?:prompt[\w-]*|few[- ]shot|zero[- ]shot|base(?:line)?)"
    # "9 percentage points ahead of GPT-4o", "12.8 points above GPT-5.2".
    r"|\d+(?:\.\d+)?\s*(?:percentage\s+)?(?:points?|pp|pts)\s+(?:ahead\s+of|above|over|better\s+than"
    r"|higher\s+than)"
    r"|(?:\d+(?:\.\d+)?[\s-]*(?:x|%|percent|points?|pp)|big|huge|large|major|massive|significant)\s+"
    r"(?:jump|improvement|gain|boost|increase|lift)(?:\s+(?:over|on|from|versus|vs\.?))?"
    r"|improv(?:ed|es)\s+(?:things\s+|it\s+|accuracy\s+|results\s+)?(?:a\s+lot|massively"
    r"|dramatically|greatly|significantly|hugely|considerably|substantially)"
    r"|(?:much|far|way|significantly|dramatically|clearly)\s+better\s+than"
    r"|stopped\s+(?:getting\s+)?(?:confus\w+|mix\w+|making))"
)
# Little or nothing gained, or a tuned model that did not work: "a hair better than just
# prompting", "no better than the base model", "the gain vanished", "the result was
# useless", "didn't work", "no luck".
_NO_BETTER = lazy_pattern(
    r"\b(?:(?:a\s+hair|slightly|marginally|barely|hardly|only\s+(?:a\s+)?(?:bit|little|slightly)"
    r"|no|not\s+(?:much|any|really)|little)\s+better\s+than"
    r"|(?:worse|no\s+better)\s+than\s+(?:the\s+)?(?:untouched\s+|original\s+|plain\s+|vanilla"
    r"\s+|stock\s+|un-?tuned\s+)?(?:base|baseline|prompt\w*|few[- ]shot|zero[- ]shot)"
    # "two failed attempts", "both runs failed".
    r"|(?:two|three|both|several|\d+)\s+failed\s+(?:attempts|tries|runs)"
    r"|(?:didn't|did\s+not|couldn't|could\s+not|failed\s+to)\s+(?:beat|outperform|improve|help)"
    r"|(?:gain|gains|improvement|improvements|difference)\s+(?:was|were)\s+(?:marginal|tiny"
    r"|negligible|minimal|small)"
    r"|(?:that|it|the\s+(?:gain|edge|improvement|difference))\s+(?:vanished|disappeared|evaporated)"
    r"|(?:result|results|output|outputs|model)\s+(?:was|were|is|are)\s+(?:completely\s+|totally"
    r"\s+|basically\s+|pretty\s+much\s+|really\s+|very\s+)?(?:useless|garbage|gibberish|nonsense"
    r"|unusable|worse|poor|bad|terrible|awful|disappointing)\b"
    r"|(?:didn't|did\s+not|doesn't|does\s+not)\s+(?:work|succeed)|no\s+luck"
    # "the drop in accuracy for both fine-tuned models compared with the baseline".
    r"|(?<!no\s)(?<!without\s)(?<!zero\s)(?<!any\s)(?<!little\s)(?:drop|decline|fall|loss|decrease)"
    r"\s+in\s+(?:accuracy|performance|quality|scores?)\b"
    r"|accuracy\s*(?:of|:|=)?\s*0(?:\.0+)?\b(?!\.\d*[1-9]))"
)
# An outcome only hoped for or asked about: "was meant to beat it", "whether it helps".
_HOPED = lazy_pattern(
    r"\b(?:meant\s+to|supposed\s+to|should|would|could|might|may|will|whether|if|hope\w*"
    r"|want\w*|expect\w*|goal|aim\w*|in\s+theory|can\s+it|does\s+it|is\s+it)\b"
)
# A scored item of a comparison, in a list or a sentence: "- GPT-4o-mini fine-tuned: 0.99",
# "few-shot GPT-4o: 0.81, our fine-tuned model: 0.94", "base = 62%".
_SCORE_LINE = lazy_pattern(
    r"(?:^|(?<=[\n,;(])|(?<=[.:] )|(?<= - )|(?<=— ))(?P<label>[^\n:=,;()]{2,80}?)\s*[:=]\s*"
    r"(?P<score>\d{1,3}(?:\.\d+)?)"
    r"\s*(?P<pct>%)?(?=\s*(?:$|[\n,;)]|\.(?:\s|$)))",
    re.M,
)
_PROMPTED_LABEL = lazy_pattern(
    r"\b(?:prompt\w*|few[- ]shot|zero[- ]shot|base(?:line)?|nothing\s+optimi[sz]ed"
    r"|out\s+of\s+the\s+box|vanilla|stock)\b"
)
# A score that moved: "accuracy went from 62% to 91%", "jumped from 71 % to 94 %".
_FROM_TO = lazy_pattern(
    r"\b(?:went|jumped|rose|climbed|improved|increased|moved)\s+from\s+(?P<from>\d{1,3}(?:\.\d+)?)"
    r"\s*%\s+to\s+(?P<to>\d{1,3}(?:\.\d+)?)\s*%"
)
_PERCENT = lazy_pattern(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)")
# Words that make a percentage a change rather than a score: "cut by 40%", "saves 30%".
_DELTA = lazy_pattern(r"\b(?:by|cut|cuts|save[sd]?|saving|reduc\w+|lower\w*|fewer|drop\w*)\s+$")
# Points on a 0-100 scale by which a tuned score must lead to count as a win, and within
# which it counts as no better.
_CLEAR_LEAD = 5.0
_NO_LEAD = 2.0


def extract(text: Text, draft: Draft) -> None:
    """Set ``fine_tuning_trial`` from the last outcome of a fine-tune the text reports."""
    low = text.low
    tuned = [match.start() for match in _TUNED.finditer(low)]
    if not tuned:
        return
    outcomes: list[tuple[int, int, TrialOutcome]] = []
    for pattern, outcome in ((_BETTER, TrialOutcome.BETTER), (_NO_BETTER, TrialOutcome.NO_BETTER)):
        for match in pattern.finditer(low):
            if _near(tuned, match.start()) and not _hoped(text, match.start()):
                outcomes.append((match.start(), match.end(), outcome))
    scored = _scores(text)
    if scored is not None:
        outcomes.append(scored)
    for match in _FROM_TO.finditer(low):
        # "after fine-tuning, accuracy went from 62% to 91%": a clear rise is a win.
        rise = float(match.group("to")) - float(match.group("from"))
        if rise >= _CLEAR_LEAD and _near(tuned, match.start()) and not _hoped(text, match.start()):
            outcomes.append((match.start(), match.end(), TrialOutcome.BETTER))
    if not outcomes:
        return
    start, end, outcome = max(outcomes)
    begin, _ = text.sentence(start)
    draft.put("fine_tuning_trial", outcome, evidence=text.evidence(begin, end))


# A model the team has tuned, said as done. The verbs of training, past tense.
_TRAINED = r"(?:fine[- ]?tuned|finetuned|lora[- ]tuned|trained|tuned|pre-?trained|retrained)"
# What was trained: a model, a named model family, or "it" when a model was just named.
_MODEL = (
    r"(?:(?:a|an|the|my|our|two|three|several|some|\d+)\s+)?(?:own\s+)?(?:[\w.:-]+\s+){0,3}?"
    r"(?:models?|llms?|versions?|classifiers?|checkpoints?|adapters?|variants?|gpt[\w.:-]*|llama[\w.-]*"
    r"|mistral[\w.-]*|qwen[\w.-]*|gemma[\w.-]*|phi[\w.-]*|\w*bert[\w.-]*|t5[\w.-]*|falcon[\w.-]*"
    r"|babbage|davinci|ada|curie|deepseek[\w.-]*|whisper|wizardcoder[\w.-]*|starcoder[\w.-]*"
    # "we fine-tuned our own, then benchmarked it".
    r"|(?<=our\s)own(?=\s*[,.;]))\b"
)
_DONE = lazy_pattern(
    # "I fine-tuned llama", "we've already trained our own model", "our ML engineer
    # fine-tuned Phi-3", "I fine tuned and benchmarked three small LLMs".
    r"\b(?:i|we|i've|we've|(?:i|we)\s+have|(?:i|we)\s+had|(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:team|group|engineers?|scientists?|company|lab|startup|department|analysts?|developers?"
    r"|vendor))\s+(?:already\s+|just\s+|recently\s+|successfully\s+"
    r"|then\s+|finally\s+|also\s+)?"
    + _TRAINED
    + r"\s+(?:and\s+\w+\s+)?"
    + _MODEL
    # "I really did fine-tune a model of my own".
    + r"|\b(?:i|we)\s+(?:really\s+|actually\s+)?did\s+(?:really\s+|actually\s+)?(?:fine[- ]?tune"
    + r"|finetune|train|retrain)\s+"
    + _MODEL
    # "I fine-tuned on 5,000 emails", "we trained it on around 1000 examples".
    + r"|\b(?:i|we|i've|we've)\s+(?:already\s+|just\s+)?(?:fine[- ]?tuned|finetuned)"
    + r"\s+(?:it\s+)?on\b"
    + r"|\b(?:i|we)\s+"
    + _TRAINED
    + r"\s+(?:it|him|her|them)\s+(?:on|with|using)\b"
    # "my fine-tuned model", "our fine-tuned GPT-4o-mini", "the fine-tuned version we run".
    r"|\b(?:my|our)\s+(?:own\s+|new\s+|current\s+)?(?:fine[- ]?tuned|finetuned|custom[- ]trained"
    r"|lora)\s+(?:[\w.:-]+\s+){0,2}?(?:models?|llms?|versions?|classifiers?|gpt[\w.:-]*|llama[\w.-]*"
    r"|mistral[\w.-]*|qwen[\w.-]*|checkpoints?|adapters?)\b"
    # "the fine-tune worked", "fine-tuning finished without problems", "after fine-tuning I
    # found", "swapped in a fine-tuned GPT-4o", "we migrated to a fine-tuned model".
    r"|\bthe\s+fine[- ]?tune\s+(?:worked|ran|finished|is\s+done|went)"
    r"|\bfine[- ]?tuning\s+(?:finished|completed|worked|went\s+(?:well|fine|ok))"
    r"|\bafter\s+(?:the\s+)?fine[- ]?tuning,?\s+(?:i|we)\s+(?:found|noticed|saw|got|tested)"
    r"|\b(?:swapped|switched|moved|migrated)\s+(?:in\s+|over\s+)?(?:to\s+)?(?:a|an|our|the)\s+"
    r"fine[- ]?tuned"
    # "we took a generic open-weight model, trained it on one person's writing".
    r"|\b(?:we|i)\s+(?:took|used|grabbed|picked)\s+(?:[\w.:-]+\s+){0,4}?(?:model|llm)s?\s*,\s*(?:then\s+)?"
    r"(?:fine[- ]?tuned|finetuned|trained)\s+(?:it|them)\s+on\b"
    # "we used three separate models, each fine-tuned on quiz data".
    r"|\beach\s+(?:fine[- ]?tuned|finetuned|trained|retrained)\s+on\b"
    # "the small model was fine-tuned on our exact domain".
    r"|\b(?:our|my|the|this)\s+(?:[\w.-]+\s+){0,2}?model\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:fine[- ]?tuned|trained)\s+on\s+(?:our|my)\b"
    # "I did continued pretraining on a base model", "I just did a LoRA fine-tune of glm-4",
    # "I made a fine-tune of Mistral" (not "we built a fine-tuning dataset").
    r"|\b(?:i|we)\s+(?:just\s+|already\s+|recently\s+|also\s+)?(?:did|ran|made|built"
    r"|have\s+done|have\s+made)\s+(?:a\s+)?(?:(?:quick|first|full|small|lora|qlora|peft)\s+){0,2}"
    r"(?:continued\s+pre-?training|fine[- ]?tuning|a\s+fine[- ]?tune|fine[- ]?tune|lora)"
    r"(?![\w-]|\s+(?:data\w*|sets?|pipeline|plan|scripts?|notebook|config))"
    # Runs that happened: "seven failed training runs later", "my last LoRA run".
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|our|my|the)\s+"
    r"(?:failed|successful|final|last|previous)\s+(?:training|fine[- ]?tuning|lora)\s+"
    r"(?:runs?|jobs?|attempts?)\b"
    # "we built a custom model by fine-tuning Longformer".
    r"|\b(?:i|we|they)\s+(?:built|made|created|developed)\s+(?:a|an|our|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:model|classifier|llm)\s+by\s+(?:fine[- ]?tuning|finetuning|training)\b"
    # A tuned model at work: "running fine-tuned Qwen models at scale in production".
    r"|\b(?:running|serving|deployed|deploying|runs|serves)\s+(?:a\s+|an\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+)?fine[- ]?tuned\s+(?:[\w.:-]+\s+){0,2}?(?:models?|llms?|versions?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in\s+production|in\s+prod|at\s+scale|live)\b"
    # A write-up of the team's own run: "I went with fine-tuning", "the fine-tuned model
    # (asclepio-med) is the backend's default LLM", "LoRA r=16, 2 epochs, 21.5 minutes".
    r"|\b(?:i|we)\s+(?:went|ended\s+up\s+going)\s+with\s+fine[- ]?tuning\b"
    r"|\b(?:fine[- ]?tuned|finetuned|tuned)\s+model\s+(?:\([^)]{1,40}\)\s+)?(?:is|serves\s+as"
    r"|became)\s+(?:now\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:default|production|main|primary)\b"
    r"|\blora\s+r\s*=\s*\d+\s*,\s*(?:\d+|one|two|three|four|five)\s+(?:epochs?|[ée]pocas?|epochen)\b"
    # Under way: "we're in the middle of fine-tuning LLaMa 2 on our own data".
    r"|\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:currently\s+|now\s+|already\s+)?(?:in\s+the\s+middle"
    r"\s+of\s+|busy\s+|halfway\s+through\s+)?(?:fine[- ]?tuning|training)\s+"
    r"(?:[\w.-]+\s+){1,3}?on\s+(?:our|my)\b"
)


# A question to others about their tuning, not a report of the team's own.
_ASKS_OTHERS = lazy_pattern(
    r"\W*(?:is|are|does|do|has|have)\s+(?:anyone|anybody|someone|somebody|people|folks)\b"
    r"|\W*(?:anyone|anybody)\b"
)


def extract_done(text: Text, draft: Draft) -> None:
    """Set ``fine_tuned_already`` when the text says the team has tuned a model."""
    for match in _DONE.finditer(text.low):
        if _planned(text, match.start()):
            continue
        begin, _ = text.sentence(match.start())
        if _ASKS_OTHERS.match(text.low, begin):
            continue  # "is anyone running fine-tuned models in production?"
        draft.put("fine_tuned_already", True, evidence=text.evidence(begin, match.end()))
        return


# A tuned model only wished for or supposed: "if we fine-tuned it", "once we have trained"
# (contracted denials, "we haven't trained one", are ``negated``'s).
_SUPPOSED = lazy_pattern(
    r"\b(?:if|once|when|unless|whether|until|would|could|should|might|want\w*|plan\w*"
    r"|hope\w*|going\s+to|gonna|will|before|after\s+we|not|never)\s+(?:[\w'-]+\s+){0,3}$"
)


def _planned(text: Text, pos: int) -> bool:
    """Whether the tuning named at ``pos`` is a plan, a supposition or a denial."""
    begin, _ = text.sentence(pos)
    return _SUPPOSED.search(text.low, max(begin, pos - 40), pos) is not None or negated(text, pos)


def _near(tuned: list[int], pos: int) -> bool:
    """Whether a fine-tune is named before ``pos``, close enough to be what it is about."""
    return any(0 <= pos - at <= _NEAR for at in tuned)


def _hoped(text: Text, pos: int) -> bool:
    """Whether the outcome at ``pos`` is only hoped for, planned or asked about."""
    begin, end = text.sentence(pos)
    sentence = text.low[begin:end]
    return sentence.rstrip().endswith("?") or _HOPED.search(text.low, begin, pos) is not None


def _scores(text: Text) -> tuple[int, int, TrialOutcome] | None:
    """The outcome of scores given for a tuned and a prompted model, if both have one:
    in a scored list ("few-shot: 0.85 / fine-tuned: 0.99") or in sentences ("Plain
    prompting hit 74%. The fine-tune started at 93%.")."""
    low = text.low
    tuned: list[tuple[float, int, int]] = []
    prompted: list[float] = []
    for line in _SCORE_LINE.finditer(low):
        label = line.group("label")
        score = float(line.group("score"))
        score = score * 100 if line.group("pct") is None and score <= 1 else score
        if _TUNED.search(label) or "tuned" in label:
            tuned.append((score, line.start(), line.end()))
        elif _PROMPTED_LABEL.search(label):
            prompted.append(score)
    if not (tuned and prompted):
        tuned, prompted = [], []
        for percent in _PERCENT.finditer(low):
            if _DELTA.search(low, max(0, percent.start() - 12), percent.start()):
                continue  # "cut cost by 40%": a change, not a score
            begin, _ = text.sentence(percent.start())
            method = _last_method(low[begin : percent.start()])
            if method == "tuned":
                tuned.append((float(percent.group(1)), begin, percent.end()))
            elif method == "prompted":
                prompted.append(float(percent.group(1)))
    if not (tuned and prompted):
        return None
    best, start, end = max(tuned)
    lead = best - max(prompted)
    if lead >= _CLEAR_LEAD:
        return start, end, TrialOutcome.BETTER
    if lead <= _NO_LEAD:
        return start, end, TrialOutcome.NO_BETTER
    return None


def _last_method(lead: str) -> str | None:
    """Which model the words before a score name last: the tuned one or a prompted one."""
    tuned = [m.start() for m in _TUNED.finditer(lead)]
    tuned += [m.start() for m in re.finditer(r"\btuned\b", lead)]
    prompted = [m.start() for m in _PROMPTED_LABEL.finditer(lead)]
    if not tuned and not prompted:
        return None
    return "tuned" if max(tuned, default=-1) > max(prompted, default=-1) else "prompted"
