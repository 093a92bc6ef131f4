"""What a thread reply is read as: a table of replies written for these tests (none of
them from the reply corpora in tests/cases, which are scored by
benchmarks/score_replies.py), each with its kind and what it states."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from assistant import Advisor, Approach, Constraints, FollowUpKind, read_reply
from assistant.constraints import Change, Level
from assistant.reply_reading import Alternative

TODAY = date(2026, 3, 2)
PROJECT = "Claims triage for an insurer, 8k labeled claims, 90k claims a month, $25,000, 3 months"


@pytest.fixture(scope="module")
def project(advisor: Advisor) -> Constraints:
    return advisor.ask(PROJECT).constraints


KINDS = [
    # decisions, including plans and other languages; questions about a choice are not
    ("ok, fine-tuning it is", FollowUpKind.DECISION),
    ("we'll start with prompting and fine-tune once the labels are in", FollowUpKind.DECISION),
    ("leadership signed off on prompting this morning", FollowUpKind.DECISION),
    ("vamos con fine-tuning", FollowUpKind.DECISION),
    ("should we go with fine-tuning?", FollowUpKind.CONFIDENCE),
    # changes, absolute and relative
    ("actually the budget is $60k", FollowUpKind.CHANGE),
    ("what if we only had a month?", FollowUpKind.CHANGE),
    ("claims volume will triple after the merger", FollowUpKind.CHANGE),
    ("we've got another 4k labeled claims coming from the pilot region", FollowUpKind.CHANGE),
    ("also, it has to run on-prem for compliance reasons", FollowUpKind.CHANGE),
    # statements that use money words are still statements
    ("the monthly spend we can get approved is 3000 dollars", FollowUpKind.CHANGE),
    ("scratch that: 40k claims a month, not 90k", FollowUpKind.CHANGE),
    # a team that has shipped fine-tuned models has not decided anything
    ("our data team has shipped fine-tuned models before", FollowUpKind.CHANGE),
    # questions of each kind; the facts they mention do not change the project
    ("why prompting when we have 8k labeled claims?", FollowUpKind.WHY),
    ("what's the reasoning behind this?", FollowUpKind.WHY),
    ("how confident is this recommendation?", FollowUpKind.CONFIDENCE),
    ("what would flip it to fine-tuning?", FollowUpKind.CONFIDENCE),
    ("could we put the claims manual in a vector store instead?", FollowUpKind.ALTERNATIVE),
    ("what about QLoRA on an open-weights model?", FollowUpKind.ALTERNATIVE),
    ("is a distilled model an option?", FollowUpKind.ALTERNATIVE),
    ("what's the monthly bill for the tuned model?", FollowUpKind.COST),
    ("give me the executive summary", FollowUpKind.SUMMARY),
    ("tl;dr please", FollowUpKind.SUMMARY),
    ("how do we evaluate the model before launch?", FollowUpKind.GUIDANCE),
    ("is this GDPR compliant?", FollowUpKind.GUIDANCE),
    ("what can you do?", FollowUpKind.HELP),
    # acknowledgements and talk between colleagues
    ("thanks, very clear", FollowUpKind.ACK),
    ("🙏", FollowUpKind.ACK),
    ("makes sense to me", FollowUpKind.ACK),
    ("does anybody have the zoom link for the retro?", FollowUpKind.OFF_TOPIC),
    ("congrats on the launch Priya 🎉", FollowUpKind.OFF_TOPIC),
    ("who borrowed the 2B whiteboard marker?", FollowUpKind.OFF_TOPIC),
    ("what's the cheapest way to run this?", FollowUpKind.COST),
    ("have you looked at automatic prompt optimization?", FollowUpKind.ALTERNATIVE),
    ("on commence par le prompting, puis fine-tuning au printemps", FollowUpKind.DECISION),
    ("the coffee machine on 3 is broken again", FollowUpKind.OFF_TOPIC),
    # decisions settled in a second sentence, led by the approach, or left to the advice
    ("prompting for us. that's the plan", FollowUpKind.DECISION),
    ("yep fine-tuning, the volume justifies it", FollowUpKind.DECISION),
    ("as recommended, then", FollowUpKind.DECISION),
    ("phase 1 prompting, phase 2 a tuned model. locked in", FollowUpKind.DECISION),
    # other options named the way people name them
    (
        "couldn't we point Azure AI Search at the claims manual and skip training?",
        FollowUpKind.ALTERNATIVE,
    ),
    (
        "would a cheap classifier first pass, LLM only for the hard ones, get us there?",
        FollowUpKind.ALTERNATIVE,
    ),
    ("Gemini Flash at this volume, viable?", FollowUpKind.ALTERNATIVE),
    ("do we even need an LLM, claims have a fixed form", FollowUpKind.ALTERNATIVE),
    ("what about JSON mode for the output format instead of training?", FollowUpKind.ALTERNATIVE),
    ("@sam suggested a vector db for the manuals, worth trying?", FollowUpKind.ALTERNATIVE),
    (
        "what if adjusters review the draft before it goes out, instead of training a model?",
        FollowUpKind.ALTERNATIVE,
    ),
    ("we can't use RAG on claims data, could a small local model do it?", FollowUpKind.ALTERNATIVE),
    ("what would have to be true for you to say fine-tune now?", FollowUpKind.CONFIDENCE),
    ("which assumption is the answer most sensitive to?", FollowUpKind.CONFIDENCE),
    ("which price list is that cost based on?", FollowUpKind.COST),
    ("what's the case against prompting forever?", FollowUpKind.WHY),
    ("¿cuánto costaría el modelo ajustado?", FollowUpKind.COST),
    ("could we drop a few of the best claim notes into the prompt?", FollowUpKind.ALTERNATIVE),
    ("how do you stop the tone drifting over a long chat?", FollowUpKind.GUIDANCE),
    ("are you confident, or is this a guess?", FollowUpKind.CONFIDENCE),
    ("we can't spend more than $900/mo on hosting", FollowUpKind.CHANGE),
]


@pytest.mark.parametrize(("text", "kind"), KINDS, ids=[k[0][:40] for k in KINDS])
def test_a_reply_is_read_as_what_it_is(project: Constraints, text: str, kind: FollowUpKind) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


def test_a_relative_change_applies_to_the_project(project: Constraints) -> None:
    tripled = read_reply(
        "claims volume will triple after the merger", previous=project, today=TODAY
    )
    assert tripled.relative == {"monthly_requests": "x3"}
    assert tripled.delta.monthly_requests == 3 * (project.monthly_requests or 0)
    more = read_reply("we've got another 4k labeled claims", previous=project, today=TODAY)
    assert more.relative == {"labeled_examples": "+4000"}
    assert more.delta.labeled_examples == (project.labeled_examples or 0) + 4000
    halved = read_reply("what if the budget were cut in half?", previous=project, today=TODAY)
    assert halved.delta.budget_usd == Decimal("12500.00")
    fifth = read_reply("suppose traffic drops by a fifth", previous=project, today=TODAY)
    assert fifth.kind is FollowUpKind.CHANGE
    quarter = read_reply("say we had a quarter of the budget", previous=project, today=TODAY)
    assert quarter.delta.budget_usd == Decimal("6250.00")


def test_a_figure_given_beside_a_factor_is_the_new_value(project: Constraints) -> None:
    reading = read_reply(
        "claims are 10x lower than I said - 9k/month", previous=project, today=TODAY
    )
    assert reading.delta.monthly_requests == 9000
    assert reading.relative == {}
    lower = read_reply("volume will be 3x lower next year", previous=project, today=TODAY)
    assert lower.delta.monthly_requests == 30000  # "3x lower": a third of 90k
    typo = read_reply("an extra zero in my message, sorry", previous=project, today=TODAY)
    assert "labeled_examples" not in typo.relative


def test_a_relative_change_without_a_base_asks_for_the_number() -> None:
    reading = read_reply("what if we double the volume?", previous=Constraints(), today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.unresolved == ["monthly_requests"]
    assert reading.delta.monthly_requests is None


def test_a_correction_can_recast_the_domain(project: Constraints) -> None:
    reading = read_reply(
        "it's for our IT helpdesk, not the insurance side", previous=project, today=TODAY
    )
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.domain is not None


def test_a_question_that_mentions_a_fact_changes_nothing(project: Constraints) -> None:
    for text in ("can we use RAG instead?", "is this HIPAA compliant?", "summarise this for me?"):
        reading = read_reply(text, previous=project, today=TODAY)
        assert reading.kind is not FollowUpKind.CHANGE, text
        assert project.merged(reading.delta).changed_fields(project) == [], text


def test_alternatives_and_why_name_what_they_ask_about(project: Constraints) -> None:
    assert read_reply("what about LoRA?", previous=project, today=TODAY).alternative is (
        Alternative.LORA
    )
    assert read_reply("why not fine-tune?", previous=project, today=TODAY).about is (
        Approach.FINE_TUNING
    )
    # A ruled-out option is not what is asked about; "bother" is not "both".
    ruled_out = read_reply(
        "we can't use RAG on claims data, could a small local model do it?",
        previous=project,
        today=TODAY,
    )
    assert ruled_out.alternative is Alternative.MODEL
    bother = read_reply("why would we bother fine tuning?", previous=project, today=TODAY)
    assert bother.about is Approach.FINE_TUNING
    staged = read_reply("why stage it at all?", previous=project, today=TODAY)
    assert staged.about is Approach.PROMPT_THEN_FINE_TUNE
    more = read_reply(
        "found another 2k reviewed claims in the old system", previous=project, today=TODAY
    )
    assert more.relative == {"labeled_examples": "+2000"}
    tripled = read_reply("claims chats will triple after the merger", previous=project, today=TODAY)
    assert tripled.relative == {"monthly_requests": "x3"}
    money = read_reply("finance approved another $10k", previous=project, today=TODAY)
    assert money.relative == {"budget_usd": "+10000"}
    assert money.delta.budget_usd == 35000
    # The approach asked about is the one named first.
    asked = read_reply("why would prompting beat fine-tuning here?", previous=project, today=TODAY)
    assert asked.about is Approach.PROMPTING


def test_the_follow_up_answers_each_kind_without_touching_the_project(
    advisor: Advisor, project: Constraints
) -> None:
    confident = advisor.follow_up("how sure are you?", previous=project)
    assert confident.kind is FollowUpKind.CONFIDENCE
    assert confident.answer.constraints == project
    followed = advisor.follow_up("we'll do what it says", previous=project, today=TODAY)
    assert followed.kind is FollowUpKind.DECISION
    assert followed.decision.approach is followed.answer.recommendation.approach
    decided = advisor.follow_up("we'll go with prompting", previous=project, today=TODAY)
    assert decided.kind is FollowUpKind.DECISION
    assert decided.decision.approach is Approach.PROMPTING
    changed = advisor.follow_up("what if we double the volume?", previous=project)
    assert changed.kind is FollowUpKind.CHANGE
    assert changed.relative == {"monthly_requests": "x2"}
    assert [c.field for c in changed.changes] == ["monthly_requests"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("great, let's sync again next week", FollowUpKind.ACK),
        ("the recommendation seems wrong to me", FollowUpKind.WHY),
        ("our head of data thinks we should fine-tune, thoughts?", FollowUpKind.WHY),
        ("the monthly figure looks off, is that input tokens only?", FollowUpKind.COST),
    ],
)
def test_meetings_disagreement_and_a_colleague_s_view(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is kind
    assert reading.delta.timeline_days is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("just checking - does this assume Claude pricing?", FollowUpKind.COST),
        ("we're going with your recommendation", FollowUpKind.DECISION),
        ("I'll take this to the steering group", FollowUpKind.ACK),
        ("are 8k claims enough though?", FollowUpKind.CONFIDENCE),
        ("can you make it shorter, please", FollowUpKind.SUMMARY),
        ("would weak supervision get us more labels for less?", FollowUpKind.ALTERNATIVE),
    ],
)
def test_more_replies_read_as_what_they_are(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


# A fact about the project Advisor has no field for is still about the project: answered
# as a change that changes nothing, never passed over as chatter. Chatter stays chatter.
PROJECT_STATEMENTS = [
    ("the adjusters write their notes in a mix of Dutch and English", FollowUpKind.CHANGE),
    ("fraud claims get routed to a separate model downstream anyway", FollowUpKind.CHANGE),
    ("update: the claim forms moved to a new format in 2025 🙃", FollowUpKind.CHANGE),
    ("the canteen is doing tacos on thursday", FollowUpKind.OFF_TOPIC),
    ("thanks, I'll walk the claims team through it on monday", FollowUpKind.ACK),
    ("reminder: quarterly all-hands moved to 4pm", FollowUpKind.OFF_TOPIC),
]


@pytest.mark.parametrize(
    ("text", "kind"), PROJECT_STATEMENTS, ids=[k[0][:40] for k in PROJECT_STATEMENTS]
)
def test_a_statement_about_the_project_is_answered(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


def test_a_figure_named_again_is_replaced_by_the_new_one(project: Constraints) -> None:
    """The field that held the old figure takes the new one, whatever the noun beside it."""
    typo = read_reply("sorry, 80k claim files, not 8k", previous=project, today=TODAY)
    assert typo.kind is FollowUpKind.CHANGE
    assert typo.delta.labeled_examples == 80000
    deduped = read_reply(
        "re the 8k: once duplicates are gone it's closer to 5,500", previous=project, today=TODAY
    )
    assert deduped.delta.labeled_examples == 5500
    volume = read_reply("the 90k was a peak month, normal is 60k", previous=project, today=TODAY)
    assert volume.delta.monthly_requests == 60000
    # With no word that corrects, two figures are not a correction.
    both = read_reply("8k labeled claims and 300 more each week", previous=project, today=TODAY)
    assert both.delta.labeled_examples != 300


def test_a_statement_with_no_fact_says_so(advisor: Advisor) -> None:
    reply = advisor.follow_up(
        "the adjusters write their notes in a mix of Dutch and English",
        previous=advisor.ask(PROJECT).constraints,
    )
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.changes == [] and reply.stated == []


def test_a_relative_change_in_the_project_s_own_words(project: Constraints) -> None:
    """The project counts claims; "claims" names its volume in a reply, and multiples said
    in words, money in grand and growth in other languages are read."""
    cases = {
        "we expect four times as many claims once the broker channel opens": ("x4", 360000),
        "storm season brings 3x the claims": ("x3", 270000),
        "les sinistres vont doubler, the claims I mean": ("x2", 180000),
        "ojo: los claims van a subir un 20% en enero": ("+20%", 108000),
    }
    for text, (said, value) in cases.items():
        reading = read_reply(text, previous=project, today=TODAY)
        assert reading.relative.get("monthly_requests") == said, text
        assert reading.delta.monthly_requests == value, text
    grand = read_reply("the CFO found another 15 grand for us", previous=project, today=TODAY)
    assert grand.relative == {"budget_usd": "+15000"}
    assert grand.delta.budget_usd == Decimal("40000.00")


def test_a_foreign_rate_in_a_question_is_not_a_change(project: Constraints) -> None:
    """ "par mois" reads as "a month" for the patterns, but a cost question stays one."""
    reading = read_reply("et ça coûte combien par mois ?", previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.COST


MORE_QUESTIONS = [
    # a why that names a model in passing asks why; a model set against an approach is asked after
    ("why isn't prompting enough? claude handled our test claims fine", FollowUpKind.WHY),
    ("why not a smaller model instead of fine-tuning?", FollowUpKind.ALTERNATIVE),
    ("genuinely curious what drove the prompting recommendation", FollowUpKind.WHY),
    ("should we fine-tune instead? prompting feels fragile", FollowUpKind.WHY),
    # other options named as people name them
    ("could we license one of those off-the-shelf claims triage tools?", FollowUpKind.ALTERNATIVE),
    ("would lightgbm on the structured fields get us most of the way?", FollowUpKind.ALTERNATIVE),
    (
        "what if a frontier model wrote sample triage notes and we then train a tiny model?",
        FollowUpKind.ALTERNATIVE,
    ),
    ("what about pasting maybe 8 of our best triage notes in the prompt", FollowUpKind.ALTERNATIVE),
    ("¿un modelo más pequeño sería una opción?", FollowUpKind.ALTERNATIVE),
    # how sure, put as a threshold or a condition
    ("at what label count would the answer flip?", FollowUpKind.CONFIDENCE),
    ("what would have to change for you to recommend fine-tuning?", FollowUpKind.CONFIDENCE),
    ("¿qué tan seguros están de esto?", FollowUpKind.CONFIDENCE),
    # plain terms are a summary unless they ask why
    ("explain it like I'm a claims handler who never heard of LLMs", FollowUpKind.SUMMARY),
    ("explain like I'm five why fine-tuning", FollowUpKind.WHY),
    # using Advisor itself
    ("can I give you a CSV with our figures instead of typing it all out?", FollowUpKind.HELP),
    ("is it a risk if claimants upload scanned forms?", FollowUpKind.GUIDANCE),
    # decisions that name who decided, or defer to the advice
    ("final call from the steering group: prompting", FollowUpKind.DECISION),
    ("let's just go with the bot's recommendation, enough debate", FollowUpKind.DECISION),
]


@pytest.mark.parametrize(("text", "kind"), MORE_QUESTIONS, ids=[k[0][:40] for k in MORE_QUESTIONS])
def test_questions_and_decisions_said_other_ways(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


def test_a_statement_before_a_question_states(project: Constraints) -> None:
    """ "we now get X, does that change it?": the first clause states; a question that only
    mentions a figure ("for the 8k labels, how do we evaluate?") does not."""
    stated = read_reply(
        "we're now at about 4,000 claims a day, does prompting still hold up?",
        previous=project,
        today=TODAY,
    )
    assert stated.kind is FollowUpKind.CHANGE
    assert stated.delta.monthly_requests == 120000
    asked = read_reply(
        "for the 12k labeled claims, how should we split train and test?",
        previous=project,
        today=TODAY,
    )
    assert asked.kind is FollowUpKind.GUIDANCE


def test_a_multiple_of_things_handled_is_the_volume(project: Constraints) -> None:
    """Multiples of a count the project never named ("appeals", "photos") are its volume;
    a multiple of a named field stays that field's."""
    for text in (
        "after the merger expect five times as many appeals",
        "they want 3x more photos assessed per claim",
        "appeals will probably double next year",
    ):
        reading = read_reply(text, previous=project, today=TODAY)
        assert "monthly_requests" in reading.relative, text
    budget = read_reply("the budget will double in Q3", previous=project, today=TODAY)
    assert budget.relative == {"budget_usd": "x2"}


def test_why_not_enough_asks_why(project: Constraints) -> None:
    reading = read_reply(
        "why isn't prompting good enough? our tests looked fine", previous=project, today=TODAY
    )
    assert reading.kind is FollowUpKind.WHY


THIRD_ROUND = [
    ("can we trust this enough to put it in front of the board?", FollowUpKind.CONFIDENCE),
    ("where's the tipping point where fine-tuning starts to win?", FollowUpKind.CONFIDENCE),
    ("strong yes or weak yes on prompting?", FollowUpKind.CONFIDENCE),
    ("which assumption is the answer most fragile to?", FollowUpKind.CONFIDENCE),
    ("what matters most in this answer, the labels or the volume?", FollowUpKind.CONFIDENCE),
    ("isso é confiável ou é um chute?", FollowUpKind.CONFIDENCE),
    ("plain-english version for the claims director?", FollowUpKind.SUMMARY),
    ("one paragraph for the newsletter please", FollowUpKind.SUMMARY),
    ("¿me lo resumes para el comité?", FollowUpKind.SUMMARY),
    ("why, in plain terms, is prompting the better bet?", FollowUpKind.WHY),
    ("is a tuned model pricier to run per claim?", FollowUpKind.COST),
    ("le coût inclut quoi exactement ?", FollowUpKind.COST),
    ("do we keep paying for the tuned model in the quiet months?", FollowUpKind.COST),
    (
        "how should we weight rare classes? we have 40 fraud cases and 9000 normal ones",
        FollowUpKind.GUIDANCE,
    ),
    ("how do we catch drift without someone checking every output", FollowUpKind.GUIDANCE),
    ("would a plain keyword rules engine handle most of these", FollowUpKind.ALTERNATIVE),
    ("the board signed off on the recommendation, moving on", FollowUpKind.DECISION),
    ("wir machen erst Prompting, später Fine-Tuning", FollowUpKind.DECISION),
]


@pytest.mark.parametrize(("text", "kind"), THIRD_ROUND, ids=[k[0][:40] for k in THIRD_ROUND])
def test_third_round_of_replies(project: Constraints, text: str, kind: FollowUpKind) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


def test_what_is_skipped_is_not_what_is_asked_about(project: Constraints) -> None:
    reading = read_reply(
        "why not skip prompting and go straight to a fine-tune?", previous=project, today=TODAY
    )
    assert reading.kind is FollowUpKind.WHY
    assert reading.about is Approach.FINE_TUNING


def test_deferring_to_the_advice_names_no_approach_from_the_next_sentence(
    project: Constraints,
) -> None:
    reading = read_reply(
        "ok let's do what it says. @ana can you draft the first prompt?",
        previous=project,
        today=TODAY,
    )
    assert reading.kind is FollowUpKind.DECISION
    assert reading.decision is not None
    assert reading.decision.approach is None and reading.decision.as_recommended


def test_seasonal_bumps_and_discarded_labels_are_relative(project: Constraints) -> None:
    bump = read_reply("the holidays bump claims about 40%", previous=project, today=TODAY)
    assert bump.relative == {"monthly_requests": "+40%"}
    discarded = read_reply(
        "bad news: QA discarded about 25% of the labels", previous=project, today=TODAY
    )
    assert discarded.relative == {"labeled_examples": "-25%"}
    assert discarded.delta.labeled_examples == 6000


def test_time_added_to_the_timeline(project: Constraints) -> None:
    """The project has 3 months; "extra" or "another" weeks and months add to it, a count of
    months of records does not."""
    later = read_reply(
        "procurement slipped, so we get three extra weeks", previous=project, today=TODAY
    )
    assert later.kind is FollowUpKind.CHANGE
    assert later.delta.timeline_days == 90 + 21
    assert later.relative == {"timeline_days": "+21"}
    another = read_reply("the board gave us another 2 months", previous=project, today=TODAY)
    assert another.delta.timeline_days == 90 + 60
    logs = read_reply("we have 2 more months of logs", previous=project, today=TODAY)
    assert logs.delta.timeline_days is None


def test_a_figure_corrected_in_a_question_s_clothes(project: Constraints) -> None:
    reply = read_reply(
        "hm, didn't you mean 5 months, not 3 months, for the deadline?",
        previous=project,
        today=TODAY,
    )
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.delta.timeline_days == 150


def test_labels_no_person_gave_are_not_labeled_examples(project: Constraints) -> None:
    reply = read_reply(
        "only ~3k are clean; the other 40k were auto-labeled by a rules engine",
        previous=project,
        today=TODAY,
    )
    assert reply.delta.labeled_examples == 3000


def test_the_task_that_comes_instead_of_the_one_named(advisor: Advisor) -> None:
    previous = advisor.ask("Summarise support emails for the team lead, 900 a month.").constraints
    listed = read_reply(
        "what if instead of summaries they only want the order numbers pulled out?",
        previous=previous,
        today=TODAY,
    )
    assert listed.delta.task == "extraction"
    tagged = read_reply(
        "new plan: instead of summaries, tag each email positive/negative",
        previous=previous,
        today=TODAY,
    )
    assert tagged.delta.task == "sentiment"


def test_a_question_that_quotes_a_plan_or_a_share_changes_nothing(project: Constraints) -> None:
    quoted = read_reply(
        "curious why you didn't suggest the prompt-first-then-fine-tune route here",
        previous=project,
        today=TODAY,
    )
    assert quoted.kind is FollowUpKind.WHY
    unsure = read_reply(
        "how sure are you given the label count? not 100% sure every one of those claims "
        "is usable.",
        previous=project,
        today=TODAY,
    )
    assert unsure.kind is FollowUpKind.CONFIDENCE
    assert unsure.delta.labeled_examples is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Asking how far the answer can be trusted, with "how much" in it, is confidence.
        ("how much do you actually trust this recommendation?", FollowUpKind.CONFIDENCE),
        (
            "How much would our inputs need to change before it turns into fine-tuning?",
            FollowUpKind.CONFIDENCE,
        ),
        ("how much should we earmark for getting the claims labelled?", FollowUpKind.COST),
        # Office life with amounts and days in it is not the project's.
        ("pizza's here, it was $40 split four ways, venmo me", FollowUpKind.OFF_TOPIC),
        ("standup moved to Thursday 10am for the rest of the month", FollowUpKind.OFF_TOPIC),
        ("farewell drinks for Ana on Friday at 6, bring $15 for the gift", FollowUpKind.OFF_TOPIC),
        # ... unless it passes on someone's word about the work.
        ("over lunch the CFO said the budget is now $40k", FollowUpKind.CHANGE),
    ],
)
def test_trust_questions_and_office_life(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


def test_a_multiple_of_a_rate_changes_the_volume(project: Constraints) -> None:
    reply = read_reply(
        "two new regions join in June, so plan for double the claims per month",
        previous=project,
        today=TODAY,
    )
    assert reply.relative == {"monthly_requests": "x2"}


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        ("what about a search-and-answer setup over the policy wiki?", Alternative.RAG),
        (
            "could we train a small model on the outputs of the big one instead?",
            Alternative.DISTILLATION,
        ),
    ],
)
def test_more_names_for_other_options(
    project: Constraints, text: str, alternative: Alternative
) -> None:
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.ALTERNATIVE
    assert reply.alternative is alternative


@pytest.mark.parametrize(
    "text",
    [
        "we're adding two regions in spring, so claims will triple, does that change anything?",
        "on ajoute deux régions au printemps, donc le volume sera x3, ça change quelque chose ?",
    ],
)
def test_a_fact_then_does_that_change_anything(project: Constraints, text: str) -> None:
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.relative == {"monthly_requests": "x3"}


def test_news_about_the_project_in_another_language_is_a_change(project: Constraints) -> None:
    text = "novedad: ayer contratamos a una ingeniera de machine learning para el equipo"
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.CHANGE


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        ("okay fine, fine-tuning. let's move on", Approach.FINE_TUNING),
        (
            "we're not fine-tuning yet — going prompt first and fine-tune once the labels exist",
            Approach.PROMPT_THEN_FINE_TUNE,
        ),
        ("Procès-verbal du 3 mars : décision de retenir le prompting.", Approach.PROMPTING),
    ],
)
def test_decisions_said_in_minutes_and_asides(
    project: Constraints, text: str, approach: Approach
) -> None:
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.DECISION
    assert reply.decision is not None and reply.decision.approach is approach


def test_having_a_go_with_a_prompt_decides_nothing(project: Constraints) -> None:
    reply = read_reply(
        "We had a go with a prompt on last month's claims and it coded about half of them right.",
        previous=project,
        today=TODAY,
    )
    assert reply.kind is FollowUpKind.CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "unrelated, but timesheets are due Friday and finance says over $50 needs a receipt",
        "Hors sujet : pot de départ de Marc jeudi 18h, cagnotte à 5 € par personne.",
        "Reminder: Q3 expense reports are due Monday, anything over £200 needs sign-off.",
    ],
)
def test_office_life_said_as_an_aside_is_off_topic(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.OFF_TOPIC


def test_protected_health_information_is_no_model(project: Constraints) -> None:
    reply = read_reply(
        "Should have said this earlier: it's all PHI, so HIPAA applies to whichever vendor.",
        previous=project,
        today=TODAY,
    )
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.delta.model is None


def test_the_plan_named_before_it_is(project: Constraints) -> None:
    reply = read_reply("ok, prompt-then-fine-tune it is.", previous=project, today=TODAY)
    assert reply.decision is not None
    assert reply.decision.approach is Approach.PROMPT_THEN_FINE_TUNE


def test_a_multiple_of_the_things_handled_is_the_volume(project: Constraints) -> None:
    reply = read_reply(
        "if all five regions join, that's about 5x the claims", previous=project, today=TODAY
    )
    assert reply.relative == {"monthly_requests": "x5"}


def test_a_share_right_said_as_a_ratio(project: Constraints) -> None:
    reply = read_reply(
        "we had a go with a prompt on last week's claims; it coded about 2 in 5 correctly",
        previous=project,
        today=TODAY,
    )
    assert reply.delta.prompting_fell_short is True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("La dirección recortó el presupuesto por la mitad.", "budget_usd", Decimal(12500)),
        (
            "Nous avons retrouvé environ 5 000 dossiers corrigés par les experts.",
            "labeled_examples",
            5000,
        ),
        (
            "we are trying this out to see if it's worth it, nobody has committed yet",
            "exploratory",
            True,
        ),
        (
            "the filter runs before each comment is posted, and we have maybe 80ms",
            "latency_sensitive",
            True,
        ),
        # "non-" negates only the word it is joined to.
        (
            "Legal says it: customer data can't leave Germany, non-negotiable for the regulator.",
            "compliance",
            True,
        ),
        # A modest score accepted is accuracy that is not critical.
        (
            "honestly we'd be fine with 75% accuracy for the first months",
            "accuracy_critical",
            False,
        ),
        # What a tried prompt kept doing wrong.
        (
            "we tried the prompted drafts on 30 claims and it kept skipping the policy number",
            "prompting_fell_short",
            True,
        ),
        (
            "to be honest, there's no one on our team with any ML experience at all",
            "ml_expertise",
            Level.NONE,
        ),
        (
            "comms just reminded us every reply must follow the tone-of-voice guide",
            "brand_voice",
            True,
        ),
        (
            "fyi the code list hasn't been touched since 2019 and stays as is",
            "requirements_change",
            Change.STABLE,
        ),
        (
            "heads up: the eligibility rules get amended nearly every month",
            "requirements_change",
            Change.FREQUENT,
        ),
        (
            "it's ok if it's a bit off now and then, a clerk checks everything anyway",
            "accuracy_critical",
            False,
        ),
        ("the agents will use it while the caller is still on the line", "latency_sensitive", True),
        ("Dernière minute : la direction impose désormais Claude Haiku.", "model", "claude-haiku"),
        (
            "Ojo: el cliente exige siempre la misma respuesta para la misma pregunta.",
            "consistency_required",
            True,
        ),
        (
            "Nachtrag: der Datenschutz hat sich gemeldet, die Daten bleiben im Haus.",
            "compliance",
            True,
        ),
        ("payouts need exact amounts, it cant hallucinate a figure", "accuracy_critical", True),
        (
            "we tried claude w/ a long prompt, it missed ~15% of claims. not acceptable",
            "prompting_fell_short",
            True,
        ),
        ("security says no data leaves our VPC, period", "compliance", True),
        ("the rubric gets updated quarterly-ish", "requirements_change", Change.OCCASIONAL),
        ("we're 2 ppl and neither of us knows python", "ml_expertise", Level.NONE),
        ("EMA submissions, so data can't leave EU region", "compliance", True),
        (
            "@mark you mentioned client data can't go to openai, that's a firm-wide rule",
            "compliance",
            True,
        ),
        ("all data must stay in EU datacenters per the DPO", "compliance", True),
        ("@priya reminder we have zero ml ppl in house", "ml_expertise", Level.NONE),
        ("the monthly cap on inference is 12k", "monthly_budget_usd", Decimal(12_000)),
        ("what if volume dropped to 20k in the bear market", "monthly_requests", 20_000),
        (
            "responses need to come back fast, customers bail if it takes >2s",
            "latency_sensitive",
            True,
        ),
        (
            "we hired an ML lead last week, so expertise is medium-ish now",
            "ml_expertise",
            Level.MEDIUM,
        ),
        (
            "heads up, our data scientist goes on parental leave in 2 wks",
            "ml_expertise",
            Level.NONE,
        ),
        (
            "adjusters flagged ~40% of the drafts as wrong, and that was with plain gpt-4 prompts",
            "prompting_fell_short",
            True,
        ),
    ],
)
def test_facts_a_reply_states(project: Constraints, text: str, field: str, value: object) -> None:
    """Facts said in other words, by formal and hurried teams, and in other languages."""
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.CHANGE
    assert getattr(reply.delta, field) == value


def test_another_approximate_count_adds_to_the_examples(project: Constraints) -> None:
    reply = read_reply(
        "the archive team can pull another ~3,000 coded claims if that helps",
        previous=project,
        today=TODAY,
    )
    assert reply.relative == {"labeled_examples": "+3000"}


@pytest.mark.parametrize(
    "text",
    [
        "the Leeds office joins in March, so roughly twice as many each month",
        "Ab März kommt Leeds dazu, dann etwa doppelt so viele pro Monat.",
    ],
)
def test_twice_as_many_with_a_period_is_the_volume(project: Constraints, text: str) -> None:
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.relative == {"monthly_requests": "x2"}


@pytest.mark.parametrize(
    "text",
    [
        "audit says only 2,500 of 9,000 contracts are correctly labeled",
        "Laut Audit sind nur 2.500 der 9.000 Verträge sauber gelabelt.",
    ],
)
def test_the_labeled_part_of_a_whole_is_the_count(project: Constraints, text: str) -> None:
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.delta.labeled_examples == 2500


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("in a world where we had $60k, would you still say prompting?", "budget_usd", 60_000),
        ("hypothetically, with 25k labeled examples, does it flip?", "labeled_examples", 25_000),
        ("let's say we get 900k requests a month - same answer?", "monthly_requests", 900_000),
    ],
)
def test_a_supposition_in_other_words_is_a_change(
    project: Constraints, text: str, field: str, value: int
) -> None:
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.CHANGE
    assert getattr(reply.delta, field) == value


def test_a_corrected_figure_ignores_years_and_rates_beside_it(project: Constraints) -> None:
    base = dataclasses.replace(project, labeled_examples=6000)
    text = (
        "heads up: half of those 6000 were labeled by a vendor in 2022 and are junk, "
        "so realistically it's more like 3000; we add maybe 50 a day"
    )
    reply = read_reply(text, previous=base, today=TODAY)
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.delta.labeled_examples == 3000


def test_a_dated_deadline_in_a_reply_counts_from_the_day_given(project: Constraints) -> None:
    text = "update: legal moved go-live, it now has to be live by March 31"
    reply = read_reply(text, previous=project, today=TODAY, dated_from=date(2027, 3, 1))
    assert reply.kind is FollowUpKind.CHANGE
    assert reply.delta.timeline_days == 30


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        ("could a multimodal model read the scans directly?", "model"),
        ("is there a Japanese-specific model that would beat the big ones?", "model"),
        ("should we just buy a purpose-built invoice parsing service?", "other"),
        ("maybe a standalone OCR engine rather than an LLM at all?", "other"),
    ],
)
def test_other_models_and_tools_named_in_passing(
    project: Constraints, text: str, alternative: str
) -> None:
    reply = read_reply(text, previous=project, today=TODAY)
    assert reply.kind is FollowUpKind.ALTERNATIVE
    assert reply.alternative is not None and reply.alternative.value == alternative


def test_a_reported_trial_is_news_not_a_question(project: Constraints) -> None:
    text = (
        "fwiw we tried a giant prompt w/ gpt-4o last qtr and it kept mixing up motor vs home "
        "claims, like 70% acc. not great"
    )
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.prompting_fell_short is True
    assert reading.delta.model == "gpt-4o"
    assert "monthly_requests" not in reading.relative  # "70% acc" is a score


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("summary for the partners meeting pls, 3 bullets max", FollowUpKind.SUMMARY),
        ("wanna know how the $25,000 gets split between training and serving", FollowUpKind.COST),
        (
            "how do i add my own context to the bot? like upload our claims manual",
            FollowUpKind.HELP,
        ),
        ("how many examples would we need if we fine-tuned later on?", FollowUpKind.GUIDANCE),
        (
            "8k a month seems like a lot for 10k questions, how was that calculated?",
            FollowUpKind.COST,
        ),
        ("how much of the £8k would the fine-tuning step eat?", FollowUpKind.COST),
        (
            "is prompting really going to hold up at 1,500 a month or are you hedging?",
            FollowUpKind.CONFIDENCE,
        ),
        ("does the bot remember this thread if I ask again next week?", FollowUpKind.HELP),
    ],
)
def test_requests_about_the_answer_change_nothing(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("3k claims/day was the quiet season. in storm months it triples", "x3"),
        ("90k/month is current but we expect +40% after the acquisition", "+40%"),
    ],
)
def test_a_change_with_no_noun_refers_to_the_rate_said_before_it(
    project: Constraints, text: str, said: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.relative == {"monthly_requests": said}


@pytest.mark.parametrize(
    "text",
    [
        "every letter has to match the regulator's approved voice or compliance sends it back",
        "the brand team rejects anything that doesn't sound like 'us'",
    ],
)
def test_a_voice_to_match_said_indirectly(project: Constraints, text: str) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.brand_voice is True


def test_a_multiple_of_the_volume_named_by_its_count(project: Constraints) -> None:
    text = "fyi we're expanding to two more regions, call count roughly triples"
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.relative == {"monthly_requests": "x3"}


def test_the_part_said_to_have_what_the_work_needs_is_the_count(project: Constraints) -> None:
    text = (
        "the 8k graded claims - most only have a code, not notes. like 1.5k have real written notes"
    )
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.delta.labeled_examples == 1_500


def test_a_trial_approved_without_edits_worked(project: Constraints) -> None:
    text = "we ran Claude for a month on 4 teams - adjusters approve ~90% without edits"
    assert read_reply(text, previous=project, today=TODAY).delta.prompting_fell_short is False


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "what if we dropped the voice requirement for the regional accounts",
            "brand_voice",
            False,
        ),
    ],
)
def test_a_dropped_requirement(project: Constraints, text: str, field: str, value: object) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) == value


def test_spending_more_is_a_budget_change(project: Constraints) -> None:
    reading = read_reply(
        "what if we spent 10% more and skipped the prompt phase", previous=project, today=TODAY
    )
    assert reading.relative == {"budget_usd": "+10%"}


@pytest.fixture(scope="module")
def funded(project: Constraints) -> Constraints:
    return dataclasses.replace(
        project, budget_usd=Decimal("50000"), labeled_examples=8000, monthly_requests=1_000_000
    )


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A noun beside the figure names its field.
        ("sounds good, btw the sponsor moved us to 80k", "budget_usd", Decimal("80000")),
        ("the annotating is done, we're at 12k now", "labeled_examples", 12_000),
        # Failing one, the one project figure within a factor of three of it.
        ("heads up: leadership bumped us to 70k", "budget_usd", Decimal("70000")),
        ("the contractors wrapped up, we're at 14k now", "labeled_examples", 14_000),
    ],
)
def test_a_bare_figure_moves_the_project_figure_it_belongs_to(
    funded: Constraints, text: str, field: str, value: object
) -> None:
    reading = read_reply(text, previous=funded, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) == value


def test_a_bare_figure_in_the_projects_own_words_is_that_figure(project: Constraints) -> None:
    reading = read_reply("make that 120k claims, the merger closed", previous=project, today=TODAY)
    assert reading.delta.monthly_requests == 120_000


@pytest.mark.parametrize(
    "text",
    [
        "we're at 85% accuracy on the eval now",
        "the weekly sync moved to 3pm",
        "so far 2 people have looked at it",
    ],
)
def test_shares_times_and_head_counts_move_no_figure(funded: Constraints, text: str) -> None:
    delta = read_reply(text, previous=funded, today=TODAY).delta
    assert (delta.budget_usd, delta.labeled_examples, delta.monthly_requests) == (None,) * 3


def test_a_figure_near_two_project_figures_is_left_alone(project: Constraints) -> None:
    # $25,000 and 90k claims a month are both within a factor of three of 60k.
    delta = read_reply("ok, they bumped us to 60k", previous=project, today=TODAY).delta
    assert (delta.budget_usd, delta.monthly_requests) == (None, None)


def test_money_given_by_a_funder_adds_to_the_budget(project: Constraints) -> None:
    reading = read_reply("the foundation chipped in another 10k", previous=project, today=TODAY)
    assert reading.relative == {"budget_usd": "+10000"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Wat kost dat ongeveer per jaar aan hosting?", FollowUpKind.COST),
        ("Quanto costa al mese con il prompting?", FollowUpKind.COST),
        ("Kun je een korte samenvatting maken voor de directie?", FollowUpKind.SUMMARY),
        ("Pode fazer um resumo para a diretoria?", FollowUpKind.SUMMARY),
        ("Waarom geen fine-tuning?", FollowUpKind.WHY),
        ("Perché non il fine-tuning?", FollowUpKind.WHY),
        ("Hoe zeker ben je hiervan?", FollowUpKind.CONFIDENCE),
        ("bedankt!", FollowUpKind.ACK),
        ("obrigada, perfeito", FollowUpKind.ACK),
    ],
)
def test_questions_and_thanks_in_other_languages(
    project: Constraints, text: str, kind: FollowUpKind
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is kind


def test_records_labelled_in_another_batch_add_to_the_examples(project: Constraints) -> None:
    reading = read_reply(
        "the adjusters coded another 3k claims last week", previous=project, today=TODAY
    )
    assert reading.relative == {"labeled_examples": "+3000"}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "what's left is mostly frontend devs who've never trained a model",
            "ml_expertise",
            Level.NONE,
        ),
        (
            "what the bot has to know changes constantly, new tariffs every week",
            "requirements_change",
            Change.FREQUENT,
        ),
    ],
)
def test_a_statement_that_opens_with_what_states(
    project: Constraints, text: str, field: str, value: object
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) == value


def test_a_question_that_opens_with_what_still_asks(project: Constraints) -> None:
    reading = read_reply("what does the bot need to know", previous=project, today=TODAY)
    assert reading.kind is not FollowUpKind.CHANGE


def test_the_old_figure_restated_as_the_base_gives_way_to_the_new(project: Constraints) -> None:
    reading = read_reply(
        "the 90k/month is just the north region; with the south it's ~150k claims a month",
        previous=project,
        today=TODAY,
    )
    assert reading.delta.monthly_requests == 150_000


def test_a_figure_set_against_the_old_one_wins_over_other_figures(project: Constraints) -> None:
    reading = read_reply(
        "sorry, it's 800 not 8k labeled claims - the other 7k are unchecked",
        previous=project,
        today=TODAY,
    )
    assert reading.delta.labeled_examples == 800


def test_the_same_figure_over_a_new_period_is_a_new_rate(project: Constraints) -> None:
    reading = read_reply("oops, it's 90k claims a week, not a month", previous=project, today=TODAY)
    assert reading.delta.monthly_requests == 390_000


@pytest.mark.parametrize("text", ["love it", "obviously 😄", "yay"])
def test_more_acknowledgements(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.ACK


def test_laughter_at_chatter_is_not_an_acknowledgement(project: Constraints) -> None:
    reading = read_reply("lol who parked in the loading bay again", previous=project, today=TODAY)
    assert reading.kind is not FollowUpKind.ACK


def test_more_in_portuguese_adds_to_the_examples(project: Constraints) -> None:
    reading = read_reply(
        "O parceiro pode nos passar mais 4.000 sinistros rotulados.", previous=project, today=TODAY
    )
    assert reading.relative == {"labeled_examples": "+4000"}


@pytest.mark.parametrize(
    "text",
    [
        "would a small roberta classifier be enough here?",
        "what model would you even pick for this",
        "could a layout model like LayoutLM read the forms better?",
        "¿Y si usamos DistilBERT en vez de un LLM?",
        "Si potrebbe usare un modello più piccolo in locale?",
    ],
)
def test_other_models_by_name_or_kind_are_the_model_alternative(
    project: Constraints, text: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.ALTERNATIVE
    assert reading.alternative is Alternative.MODEL


def test_distilling_a_big_model_is_still_distillation(project: Constraints) -> None:
    reading = read_reply("could we distil GPT-4 into a small model?", previous=project, today=TODAY)
    assert reading.alternative is Alternative.DISTILLATION


def test_a_part_of_the_figure_the_reply_names_is_a_part_of_that_field(project: Constraints) -> None:
    # The project has 8k labeled claims and 90k claims a month; "claims" alone names both.
    reading = read_reply(
        "about half the 8k claims are from the line we closed, so realistically 4k",
        previous=project,
        today=TODAY,
    )
    assert reading.delta.labeled_examples == 4_000
    assert "monthly_requests" not in reading.relative


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A bare new figure right after the old one keeps the old one's unit.
        ("the 3 months is now 5 - procurement dragged", "timeline_days", 150),
        ("fyi the 25k became 40 after the board meeting", "budget_usd", Decimal("40000")),
        ("those 8k claims are really 6,500 once you drop the test ones", "labeled_examples", 6500),
        # A rate's period set right against the one said before.
        ("sorry, 90k was per week, not per month", "monthly_requests", 390_000),
        ("it's 90k claims a day, not a month", "monthly_requests", 2_700_000),
    ],
)
def test_a_correction_keeps_the_old_figures_terms(
    project: Constraints, text: str, field: str, value: object
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) == value
    assert reading.delta.timeline_days in (None, 150)  # "not a month" names no deadline


@pytest.mark.parametrize(
    "text", ["the 3 months is now 5 people on the team", "the 25k is now 40% of the total"]
)
def test_a_new_figure_with_a_unit_of_its_own_keeps_it(project: Constraints, text: str) -> None:
    delta = read_reply(text, previous=project, today=TODAY).delta
    assert delta.timeline_days != 150
    assert delta.budget_usd != Decimal("40000")


def test_a_third_party_is_not_an_office_party(project: Constraints) -> None:
    reading = read_reply(
        "our DPO says claim photos can't be sent to third-party AI services",
        previous=project,
        today=TODAY,
    )
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.compliance is True


@pytest.mark.parametrize("text", ["ship it 🚀", "alright, let's ship it"])
def test_ship_it_takes_the_answer_as_it_stands(project: Constraints, text: str) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.DECISION
    assert reading.decision is not None and reading.decision.as_recommended


def test_skipping_a_phase_chooses_the_other(project: Constraints) -> None:
    reading = read_reply(
        "we'll skip the prompting stage and go straight to fine-tuning",
        previous=project,
        today=TODAY,
    )
    assert reading.decision is not None
    assert reading.decision.approach is Approach.FINE_TUNING


@pytest.mark.parametrize(
    "text", ["¡Feliz cumpleaños, Marta! 🎂", "Tanti auguri Paolo!", "Gefeliciteerd Sanne!"]
)
def test_wishes_in_other_languages_are_off_topic(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.OFF_TOPIC


def test_asking_how_to_reach_the_bot_is_help(project: Constraints) -> None:
    reading = read_reply("can I ping you in #claims-ai as well?", previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.HELP


@pytest.mark.parametrize(
    "text",
    ["what would the review step between the phases involve?", "what does the eval look like?"],
)
def test_a_question_that_names_no_money_is_not_a_cost_question(
    project: Constraints, text: str
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.GUIDANCE


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("why train a model when prompting with the playbook would do?", Approach.PROMPTING),
        ("why prompting and not a fine-tune on our 8k claims?", Approach.FINE_TUNING),
        ("Pourquoi du fine-tuning et pas un bon prompt ?", Approach.PROMPTING),
        # "instead of" asks about the first: why that one.
        ("why fine-tune instead of prompting?", Approach.FINE_TUNING),
        ("why would prompting beat fine-tuning?", Approach.PROMPTING),
    ],
)
def test_a_why_question_asks_about_the_option_set_against_the_first(
    project: Constraints, text: str, about: Approach
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.WHY
    assert reading.about is about


@pytest.mark.parametrize(
    "text",
    [
        "legal found 12k more claims already coded by adjusters - does that change anything?",
        "the adjusters have coded 20,000 of them since 2019, would that count?",
    ],
)
def test_news_asked_whether_it_changes_the_answer_is_a_change(
    project: Constraints, text: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE


def test_records_added_and_said_to_be_labelled_add_to_the_examples(project: Constraints) -> None:
    reading = read_reply(
        "we also have ~3k more claims the adjusters already coded", previous=project, today=TODAY
    )
    assert reading.relative == {"labeled_examples": "+3000"}


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        # A part said bad leaves the rest; a part said good is what is left.
        ("about half of those 8k claims are duplicates from the old system", "x0.5"),
        ("only about a quarter of the 8k claims follow the new codes, the rest are old", "x0.25"),
        ("two-thirds of the 8k claims are outdated", "x0.33"),
    ],
)
def test_a_share_of_the_project_figure_said_good_or_bad(
    project: Constraints, text: str, relative: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.relative == {"labeled_examples": relative}


def test_half_the_team_is_no_share_of_a_figure(project: Constraints) -> None:
    assert read_reply("half of the team is new", previous=project, today=TODAY).relative == {}


def test_an_option_weighed_without_a_question_mark_asks(project: Constraints) -> None:
    reading = read_reply(
        "with the policy manuals at 40k pages would retrieval be better than a long prompt",
        previous=project,
        today=TODAY,
    )
    assert reading.kind is FollowUpKind.ALTERNATIVE
    assert reading.delta.budget_usd is None  # "40k pages" counts pages, not dollars


def test_examples_put_in_the_prompt_are_not_the_projects_labels(project: Constraints) -> None:
    reading = read_reply(
        "what if we just put 15 example claims with their codes into the prompt?",
        previous=project,
        today=TODAY,
    )
    assert reading.kind is FollowUpKind.ALTERNATIVE
    assert reading.alternative is Alternative.FEW_SHOT
    assert reading.delta.labeled_examples is None


@pytest.mark.parametrize(
    "text",
    [
        "is the 15:30 still on or did it move to Friday?",
        "the lab is closed Tuesday 8-10am for maintenance",
        "claims team lunch Friday 12:15, usual place",
    ],
)
def test_appointments_are_off_topic(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.OFF_TOPIC


def test_what_is_left_after_dropping_some(project: Constraints) -> None:
    reading = read_reply(
        "the claims before 2020 used old codes, we have to drop them. Leaves about 5k.",
        previous=project,
        today=TODAY,
    )
    assert reading.delta.labeled_examples == 5000


def test_fees_ask_about_cost(project: Constraints) -> None:
    reading = read_reply(
        "what would 90k claims come to in API fees?", previous=project, today=TODAY
    )
    assert reading.kind is FollowUpKind.COST


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("legal moved the go-live forward by 14 days", "-14"),
        ("the launch got pushed back by 3 weeks", "+21"),
    ],
)
def test_a_deadline_moved_by_an_amount(project: Constraints, text: str, said: str) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.relative == {"timeline_days": said}


@pytest.mark.parametrize(
    ("text", "field", "said"),
    [
        ("En Chile también lo usarán, así que el volumen se duplica.", "monthly_requests", "x2"),
        ("Update: het volume stijgt met 30% na de fusie.", "monthly_requests", "+30%"),
    ],
)
def test_relative_changes_in_spanish_and_dutch(
    project: Constraints, text: str, field: str, said: str
) -> None:
    assert read_reply(text, previous=project, today=TODAY).relative == {field: said}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Only 8k? Claims ops just told me the archive has closer to 30,000 labelled claims.",
            "labeled_examples",
            30000,
        ),
        (
            "90k a month?? nope, after the merger it's 150k claims a month.",
            "monthly_requests",
            150000,
        ),
    ],
)
def test_a_figure_echoed_in_disbelief_before_the_news_is_a_change(
    project: Constraints, text: str, field: str, value: int
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) == value


@pytest.mark.parametrize("text", ["only 8k? is that enough to fine-tune?", "$25,000? for what?"])
def test_an_echo_followed_by_a_question_still_asks(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is not FollowUpKind.CHANGE


@pytest.mark.parametrize(
    ("text", "field", "said"),
    [
        (
            "Aus Hamburg: die Kollegen haben noch 2.000 gelabelte Schäden, die wir dazunehmen "
            "können.",
            "labeled_examples",
            "+2000",
        ),
        ("Dalla sede di Napoli: stimiamo circa 120.000 conversazioni al mese.", "", ""),
        ("Desde Quito: vamos a sumar nuestros informes también, unos 400 más al mes.", "", ""),
    ],
)
def test_news_with_a_figure_in_another_language_is_a_change(
    project: Constraints, text: str, field: str, said: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    if field:
        assert reading.relative == {field: said}


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons une réunion à 14:30 demain pour en parler.",
        "Wir sehen uns um 10:00 im großen Raum, die Kollegen kommen auch.",
    ],
)
def test_a_meeting_time_in_another_language_is_no_change(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is not FollowUpKind.CHANGE


def test_only_weeks_left_in_german_is_no_added_time(project: Constraints) -> None:
    text = "Kurze Info: wir haben nur noch 5 Wochen bis zum Go-live."
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.delta.timeline_days == 35


def test_decimals_cut_off_by_the_sentences_are_no_echo(project: Constraints) -> None:
    text = "we're adding the broker channel too so volume maybe 1.5x?"
    assert read_reply(text, previous=project, today=TODAY).relative == {"monthly_requests": "x1.5"}


@pytest.mark.parametrize(
    "text",
    [
        "Staying with prompting then.",
        "keeping prompting for now",
        "Lo dejamos en prompting de momento.",
        "On reste sur le prompting.",
        "Wir bleiben bei Prompting.",
    ],
)
def test_keeping_the_current_approach_is_a_decision(project: Constraints, text: str) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.DECISION
    assert reading.decision is not None
    assert reading.decision.approach is Approach.PROMPTING


@pytest.mark.parametrize(
    "text", ["should we stay with prompting?", "we keep prompting the model with examples"]
)
def test_asking_to_stay_or_prompting_as_a_verb_is_no_decision(
    project: Constraints, text: str
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is not FollowUpKind.DECISION


def test_a_trait_of_the_work_said_with_an_office_word_is_the_projects(
    project: Constraints,
) -> None:
    text = "and the parking permit rules change every couple of weeks"
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.requirements_change is Change.FREQUENT
    assert read_reply("parking garage closes at 7 tonight", previous=project, today=TODAY).kind is (
        FollowUpKind.OFF_TOPIC
    )


@pytest.mark.parametrize(
    ("text", "monthly"),
    [("90k is wrong, that's per quarter", 30000), ("the 90k is per week actually", 390000)],
)
def test_a_period_given_to_the_figure_said_before(
    project: Constraints, text: str, monthly: int
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.monthly_requests == pytest.approx(monthly, rel=0.02)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("what about just pointing it at the claims wiki so it looks things up?", Alternative.RAG),
        ("what about a plain OCR + rules tool instead of an LLM?", Alternative.OTHER),
    ],
)
def test_options_said_by_what_they_do(project: Constraints, text: str, about: Alternative) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.ALTERNATIVE
    assert reading.alternative is about


def test_standing_by_the_answer_is_a_question_of_confidence(project: Constraints) -> None:
    text = "do you still stand by fine-tuning with only 150 examples?"
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.CONFIDENCE


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Le directeur veut que ça sonne comme le journal, pas comme de l'IA.", "brand_voice"),
        (
            "Legal insiste: las 9 oficinas tienen que sonar exactamente igual.",
            "consistency_required",
        ),
        ("the 9 branches have to sound exactly the same", "consistency_required"),
    ],
)
def test_voice_and_sameness_said_in_any_language(
    project: Constraints, text: str, field: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) is True


def test_a_figure_set_in_the_old_ones_place_after_a_clause(project: Constraints) -> None:
    text = "correction: 8k claims is the motor book only, with home and travel it's closer to 14k"
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.delta.labeled_examples == 14000
    text = "ops says 90k was wrong, it's more like 2,000 a day"
    assert read_reply(text, previous=project, today=TODAY).delta.labeled_examples is None


@pytest.mark.parametrize(
    "text",
    [
        "CLAIMS-2291 is the ticket for this if anyone wants to follow along",
        "ticket for the vendor key is INC-77310 if anyone wants to chase it",
    ],
)
def test_an_identifiers_digits_are_no_figure_of_the_project(
    project: Constraints, text: str
) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.OFF_TOPIC


def test_the_news_figure_beside_the_old_one_is_learned(project: Constraints) -> None:
    text = "the 8k was all regions, only ~1,900 are ours"
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.labeled_examples == 1900


def test_exporting_the_teams_records_is_no_help_question(project: Constraints) -> None:
    text = "we could export ~12k historic claim notes with approved/rejected flags"
    assert read_reply(text, previous=project, today=TODAY).kind is not FollowUpKind.HELP
    assert read_reply("how do I export the thread?", previous=project, today=TODAY).kind is (
        FollowUpKind.HELP
    )


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("go-live got pushed back 3 weeks because of the audit", "+21"),
        ("the deadline moved out a month", "+30"),
        ("launch postponed two weeks", "+14"),
        ("legal pulled the date in by a week", "-7"),
    ],
)
def test_a_deadline_moved_by_an_amount_is_a_relative_change(
    project: Constraints, text: str, relative: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.relative["timeline_days"] == relative


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        ("wait, 400 a week was the old plan - ops now says 1,800 a week", 7800),
        ("the 2,000 a month was only France, all countries together it's about 9k a month", 9000),
        ("5k a day was the pilot region; nationally it's 40k a day", 1_200_000),
    ],
)
def test_a_figure_said_to_be_the_old_one_gives_way_to_the_new(
    project: Constraints, text: str, monthly: int
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.delta.monthly_requests == monthly


def test_a_lone_figure_said_good_is_no_old_one(project: Constraints) -> None:
    reading = read_reply("400 a week was great for us", previous=project, today=TODAY)
    assert reading.delta.monthly_requests == 1733


@pytest.mark.parametrize(
    ("text", "field", "relative"),
    [
        ("finance says the budget fell to half", "budget_usd", "x0.5"),
        ("the budget is now half of what it was", "budget_usd", "x0.5"),
        ("the number of claims doubles after the merger", "monthly_requests", "x2"),
        ("A diretoria diz que o orçamento caiu para metade.", "budget_usd", "x0.5"),
        ("Das Budget wurde halbiert.", "budget_usd", "x0.5"),
        ("Con la nuova sede il volume raddoppierà.", "monthly_requests", "x2"),
    ],
)
def test_halved_and_doubled_said_in_other_words_and_languages(
    project: Constraints, text: str, field: str, relative: str
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.relative.get(field) == relative


def test_another_batch_said_in_dutch_is_added() -> None:
    project = Advisor.load().ask(PROJECT).constraints
    text = "Het team in Gent heeft nog eens 2.500 claims gelabeld."
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.relative.get("labeled_examples") == "+2500"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "the brochure goes to the printer in 4 weeks, the tool has to work by then",
            "timeline_days",
            28,
        ),
        ("bookings went x3 after the radio spot", "monthly_requests", 270_000),
    ],
)
def test_office_words_beside_the_work_s_date_and_volume_said_as_done(
    project: Constraints, text: str, field: str, value: int
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.CHANGE
    assert getattr(reading.delta, field) == value


def test_office_life_by_then_is_still_chatter(project: Constraints) -> None:
    reading = read_reply("lunch is at the new place by then", previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.OFF_TOPIC


@pytest.mark.parametrize(
    "text",
    [
        "why not just prompt it with a good template? the adjusters check every claim anyway",
        "why not just prompting? the underwriters write the rules anyway",
    ],
)
def test_a_why_with_its_argument_is_a_why(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.WHY


def test_news_opened_by_anyway_is_still_news(project: Constraints) -> None:
    reading = read_reply(
        "anyway, we now have 12k claims labelled. does that change it?",
        previous=project,
        today=TODAY,
    )
    assert reading.kind is FollowUpKind.CHANGE
    assert reading.delta.labeled_examples == 12000


@pytest.mark.parametrize("text", ["ta", "ta very much"])
def test_ta_is_thanks(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.ACK


@pytest.mark.parametrize(
    ("text", "approach"),
    [
        ("ok, we're going with plain instructions for the bot, no training", Approach.PROMPTING),
        ("right, let's do the training one", Approach.FINE_TUNING),
        ("going ahead with training it on our claim files", Approach.FINE_TUNING),
        (
            "we'll do it like you said: first instructions, later the training",
            Approach.PROMPT_THEN_FINE_TUNE,
        ),
        ("going with PTFT, revisit at 20k labels", Approach.PROMPT_THEN_FINE_TUNE),
    ],
)
def test_decisions_said_without_the_jargon(
    project: Constraints, text: str, approach: Approach
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.DECISION
    assert reading.decision is not None and reading.decision.approach is approach


def test_training_that_is_not_the_model_s_is_no_decision(project: Constraints) -> None:
    text = "we're doing the training for new adjusters on Monday"
    assert read_reply(text, previous=project, today=TODAY).kind is not FollowUpKind.DECISION


@pytest.mark.parametrize(
    ("text", "alternative"),
    [
        ("couldn't it just read our claims manual?", Alternative.RAG),
        ("what about a cheaper AI that runs on our own server?", Alternative.MODEL),
        (
            "could we just do this with rules, like if it says 'hail' it goes to property?",
            Alternative.OTHER,
        ),
        (
            "can we bolt an add-on onto an open model instead of retraining it all?",
            Alternative.LORA,
        ),
    ],
)
def test_other_options_said_without_the_jargon(
    project: Constraints, text: str, alternative: Alternative
) -> None:
    reading = read_reply(text, previous=project, today=TODAY)
    assert reading.kind is FollowUpKind.ALTERNATIVE
    assert reading.alternative is alternative


def test_why_not_just_instructions_asks_about_prompting(project: Constraints) -> None:
    reading = read_reply(
        "why can't we just give it clear instructions?", previous=project, today=TODAY
    )
    assert reading.kind is FollowUpKind.WHY and reading.about is Approach.PROMPTING


@pytest.mark.parametrize(
    "text",
    ["how do we record which option we went with?", "how do I log our decision once we make it?"],
)
def test_asking_how_to_record_the_choice_is_help(project: Constraints, text: str) -> None:
    assert read_reply(text, previous=project, today=TODAY).kind is FollowUpKind.HELP
