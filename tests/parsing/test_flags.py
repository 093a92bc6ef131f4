"""Yes/no facts, with negation."""

from __future__ import annotations

import pytest

from assistant.constraints import Provenance
from assistant.parsing import parse
from tests.parsing.helpers import check

CASES: list[tuple[str, str, bool]] = [
    # accuracy_critical
    ("Accuracy matters more than anything.", "accuracy_critical", True),
    ("accuracy and consistent clinical terms matter", "accuracy_critical", True),
    ("precision critical", "accuracy_critical", True),
    ("it must be very accurate", "accuracy_critical", True),
    ("Mistakes are costly.", "accuracy_critical", True),
    ("mistakes = liability", "accuracy_critical", True),
    ("We need 99% accuracy.", "accuracy_critical", True),
    ("it has to be really accurate obv", "accuracy_critical", True),
    ("accuracy must eventually be very high", "accuracy_critical", True),
    ("High accuracy required, audited.", "accuracy_critical", True),
    ("we can't afford mistakes", "accuracy_critical", True),
    ("Errors are not acceptable here.", "accuracy_critical", True),
    ("precision is non-negotiable", "accuracy_critical", True),
    ("It's a high-stakes workflow.", "accuracy_critical", True),
    ("accuracy is not critical", "accuracy_critical", False),
    ("Accuracy isn't that important.", "accuracy_critical", False),
    ("Errors would be embarrassing but good enough is fine.", "accuracy_critical", False),
    ("It doesn't need to be perfect.", "accuracy_critical", False),
    ("mistakes are acceptable, a human edits everything", "accuracy_critical", False),
    ("low-stakes internal tool", "accuracy_critical", False),
    ("precision is secondary", "accuracy_critical", False),
    ("Some misclassifications are fine.", "accuracy_critical", False),
    ("occasional typos are ok", "accuracy_critical", False),
    # consistency_required
    ("outputs must be consistent", "consistency_required", True),
    ("consistent clinical terms", "consistency_required", True),
    ("uniform format across all replies", "consistency_required", True),
    ("always the same structure", "consistency_required", True),
    ("follow our template", "consistency_required", True),
    ("consistency doesn't matter much", "consistency_required", False),
    ("no need to be consistent", "consistency_required", False),
    # brand_voice
    ("Outputs must follow our brand voice.", "brand_voice", True),
    ("match our tone", "brand_voice", True),
    ("it should sound like us", "brand_voice", True),
    ("on-brand copy", "brand_voice", True),
    ("follow the house style guide", "brand_voice", True),
    ("tone doesn't matter much", "brand_voice", False),
    ("no brand voice to match", "brand_voice", False),
    ("any tone is fine", "brand_voice", False),
    # compliance
    ("regulated", "compliance", True),
    ("HIPAA applies", "compliance", True),
    ("We must be GDPR compliant.", "compliance", True),
    ("SOX controls", "compliance", True),
    ("FDA submissions", "compliance", True),
    ("compliance sign-off needed", "compliance", True),
    ("The SEC requires audit trails.", "compliance", True),
    ("we handle PHI", "compliance", True),
    ("no compliance requirements", "compliance", False),
    ("not regulated", "compliance", False),
    ("We are not regulated and there are no compliance requirements.", "compliance", False),
    ("unregulated internal tool", "compliance", False),
    ("Nothing clinical, no patient data.", "compliance", False),
    # latency_sensitive
    ("real-time responses", "latency_sensitive", True),
    ("under 200 ms", "latency_sensitive", True),
    ("low latency is key", "latency_sensitive", True),
    ("answers must be instant", "latency_sensitive", True),
    ("the model must respond within 2 seconds", "latency_sensitive", True),
    ("sub-second replies", "latency_sensitive", True),
    ("latency doesn't matter", "latency_sensitive", False),
    ("Latency isn't a concern.", "latency_sensitive", False),
    ("no real-time requirements", "latency_sensitive", False),
    ("doesn't need to be real-time", "latency_sensitive", False),
    ("This runs as a nightly batch job.", "latency_sensitive", False),
    # exploratory
    ("just experimenting", "exploratory", True),
    ("Exploring whether an LLM can help.", "exploratory", True),
    ("prototype in 2 weeks", "exploratory", True),
    ("a proof of concept", "exploratory", True),
    ("a two-week spike", "exploratory", True),
    ("quick PoC for the board", "exploratory", True),
    ("we want to see if an LLM can do this", "exploratory", True),
    ("This is not a prototype; it goes to production.", "exploratory", False),
    ("not an experiment", "exploratory", False),
    (
        "The bot serves about 9k chats a month; last week our intern ran an experiment with Phi-3.",
        "exploratory",
        False,
    ),
    ("We migrated to a tuned model after a long experimental phase.", "exploratory", False),
    # jargon_heavy
    ("heavy jargon", "jargon_heavy", True),
    ("lots of technical terminology", "jargon_heavy", True),
    ("full of acronyms", "jargon_heavy", True),
    ("dense legalese", "jargon_heavy", True),
    ("domain-specific vocabulary", "jargon_heavy", True),
    ("no jargon at all", "jargon_heavy", False),
    # complex_reasoning
    ("complex multi-step troubleshooting", "complex_reasoning", True),
    ("requires multi-step reasoning", "complex_reasoning", True),
    ("nuanced judgment calls", "complex_reasoning", True),
    ("the bot must reason through several documents", "complex_reasoning", True),
    ("no complex reasoning needed", "complex_reasoning", False),
    ("it does not require reasoning", "complex_reasoning", False),
    # creative_variety
    ("creative and varied", "creative_variety", True),
    ("diverse outputs", "creative_variety", True),
    ("captions should never be repetitive", "creative_variety", True),
    ("avoid repetition", "creative_variety", True),
    ("different every time", "creative_variety", True),
    ("We don't need creativity, just consistency.", "creative_variety", False),
]


@pytest.mark.parametrize(("text", "name", "value"), CASES)
def test_flag(text: str, name: str, value: bool) -> None:
    check(text, **{name: value})


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("This runs as a nightly batch job.", "latency_sensitive", False),
        ("Our internal tool goes to production next month.", "exploratory", False),
        ("We hold patient data.", "compliance", True),
        ("a creative agency", "creative_variety", True),
        ("simple classification task", "complex_reasoning", False),
        ("current prompts give inconsistent results", "consistency_required", True),
    ],
)
def test_hints_are_inferred(text: str, name: str, value: bool) -> None:
    constraints = check(text, **{name: value})
    assert constraints.provenance[name] is Provenance.INFERRED


def test_explicit_beats_a_hint() -> None:
    check("Real-time replies, though the reports are a nightly batch.", latency_sensitive=True)


def test_the_last_explicit_statement_wins() -> None:
    check("Accuracy isn't critical. Actually, mistakes are costly.", accuracy_critical=True)


def test_a_negation_does_not_cross_a_clause() -> None:
    check("No labeled data, but accuracy matters.", accuracy_critical=True)
    check("no labels and accuracy matters", accuracy_critical=True)


@pytest.mark.parametrize(
    "name",
    [
        "accuracy_critical",
        "consistency_required",
        "brand_voice",
        "compliance",
        "latency_sensitive",
        "exploratory",
        "jargon_heavy",
        "complex_reasoning",
        "creative_variety",
        "prompting_fell_short",
    ],
)
def test_silence_leaves_every_flag_empty(name: str) -> None:
    constraints = parse("We want a tool for our team. Budget $5k, 3 weeks.")
    assert getattr(constraints, name) is None


def test_pilot_alone_is_not_exploratory() -> None:
    check("We need a pilot in one month.", exploratory=None)


def test_a_traffic_spike_is_not_a_spike_project() -> None:
    check("We see a traffic spike on Mondays.", exploratory=None)


def test_flag_evidence() -> None:
    constraints = parse("We are not regulated.")
    assert constraints.evidence["compliance"] == "not regulated"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("must give identical, policy-consistent answers across chat, email and app", True),
        ("answers must be the same every time", True),
        ("uniform responses", True),
        ("predictable, repeatable output", True),
        ("replies must not vary between agents", True),
        ("answers shouldn't vary from one channel to the next", True),
        ("every customer should get identical wording", True),
        ("it should answer the same way each time", True),
        ("policy-consistent replies", True),
        ("the reply has to be identical regardless of who asks", True),
        ("no variation between agents is allowed", True),
        ("consistency doesn't matter", False),
        ("variety is fine", False),
        ("answers can vary a bit, that's fine", False),
        ("some variation is okay", False),
        ("it doesn't have to be identical each time", False),
    ],
)
def test_consistency_phrasings(text: str, value: bool) -> None:
    check(text, consistency_required=value)


@pytest.mark.parametrize(
    "text",
    [
        "we get many identical questions",
        "we use the same model for everything",
        "the format is the same as last year",
        "the same team handles it across regions",
        "prices vary by region",
    ],
)
def test_sameness_that_is_not_a_consistency_requirement(text: str) -> None:
    check(text, consistency_required=None)


@pytest.mark.parametrize(
    "text",
    [
        "faculty insist it eventually be as accurate as the tutors",
        "it must be as accurate as our human reviewers",
        "needs human-level accuracy",
        "target accuracy at GA is 98%",
        "accuracy target: 99.5%",
        "we need at least 97% precision",
        "needs 99% precision",
        "we need 98 percent accuracy",
        "it should be right 99% of the time",
        "has to be really precise eventually",
        "errors could hurt patients",
        "a wrong answer might harm a customer",
        "mistakes can put patients at risk",
        "hallucinations could mislead clinicians",
    ],
)
def test_accuracy_critical_phrasings(text: str) -> None:
    check(text, accuracy_critical=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("80% accuracy would be fine", None),
        ("accuracy around 85% is acceptable", None),
        ("accuracy target: 90%", None),
        ("98% of tickets are simple", None),
        ("errors won't hurt anyone", None),
        ("it doesn't need to be as accurate as a human", False),
    ],
)
def test_accuracy_not_critical(text: str, value: bool | None) -> None:
    check(text, accuracy_critical=value)


@pytest.mark.parametrize(
    "text",
    [
        "target accuracy at GA is 98%",
        "Target accuracy is 98 percent at GA.",
        "accuracy target: 99.5%",
        "We want 97% accuracy on these.",
    ],
)
def test_an_accuracy_target_is_no_count_or_budget(text: str) -> None:
    check(
        text,
        accuracy_critical=True,
        labeled_examples=None,
        budget_usd=None,
        monthly_requests=None,
        timeline_days=None,
        volume_growth_pct=None,
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Stakes said for the future.
        ("accuracy target: very high eventually", "accuracy_critical"),
        ("Precision goal: extremely high, eventually.", "accuracy_critical"),
        ("feedback quality must become very high over time", "accuracy_critical"),
        ("Answer quality needs to get very high as we scale.", "accuracy_critical"),
        ("it has to be excellent eventually", "accuracy_critical"),
        ("Over time the summaries have to become flawless.", "accuracy_critical"),
        ("the answers will need to be near-perfect by next year", "accuracy_critical"),
        ("the brand voice has to be rock-solid", "brand_voice"),
        ("eventually sounds unmistakably like us", "brand_voice"),
        ("Every caption should sound exactly like our brand.", "brand_voice"),
        ("Our tone must stay recognisable across channels.", "brand_voice"),
        ("style consistency has to get much better", "consistency_required"),
        ("Consistency of format needs to improve a lot.", "consistency_required"),
    ],
)
def test_stakes_said_for_the_future(text: str, name: str) -> None:
    check(text, **{name: True})


def test_a_bar_on_the_voice_is_not_an_accuracy_bar() -> None:
    check("the brand voice has to be rock-solid", brand_voice=True, accuracy_critical=None)
    check("Our tone must be perfect.", brand_voice=True, accuracy_critical=None)


@pytest.mark.parametrize(
    "text",
    [
        "accuracy doesn't need to be great",
        "The scores don't need to be perfect.",
        "it's only a convenience",
        "It's just a first draft for our editors.",
        "the output is merely a starting point",
    ],
)
def test_accuracy_said_not_to_matter(text: str) -> None:
    check(text, accuracy_critical=False)


@pytest.mark.parametrize(
    "text",
    [
        "nothing's regulated",
        "nothing here is regulated",
        "Nothing about this is regulated.",
        "no regulatory angle",
        "not subject to any regulation",
        "There's no regulation involved.",
        "Regulation doesn't apply to us.",
        "Regulatory requirements: none.",
    ],
)
def test_compliance_negated(text: str) -> None:
    check(text, compliance=False)


@pytest.mark.parametrize(
    "text",
    [
        "the tone can vary from post to post",
        "The style can vary between posts.",
        "Length and wording may vary.",
    ],
)
def test_variation_allowed_is_no_consistency_or_voice(text: str) -> None:
    check(text, consistency_required=False, brand_voice=None)


@pytest.mark.parametrize(
    "text",
    [
        "we tried few-shot prompting and it keeps drifting off-voice",
        "prompting has been tried: the output is inconsistent",
        "our current prompt isn't accurate enough",
        "GPT with a long prompt gets us close but editors keep fixing the same things",
        "prompt engineering hasn't worked",
        "prompting doesn't work well for us",
        "We've been using ChatGPT and the answers are too generic.",
        "Our few-shot examples aren't enough; it still mislabels refunds.",
        "Prompting alone has hit its ceiling.",
        "Even with a very detailed system prompt the model ignores our glossary.",
        "Claude handles most of it, but it struggles with the legal terms.",
        "The prompts we tried kept drifting.",
    ],
)
def test_prompting_fell_short(text: str) -> None:
    constraints = check(text, prompting_fell_short=True)
    assert constraints.provenance["prompting_fell_short"] is Provenance.STATED


@pytest.mark.parametrize(
    "text",
    [
        "prompting works fine for now",
        "our prompt already does the job",
        "Our zero-shot prompt works well.",
        "The prompt we wrote works fine for now.",
    ],
)
def test_prompting_works(text: str) -> None:
    check(text, prompting_fell_short=False)


@pytest.mark.parametrize(
    "text",
    [
        "we haven't tried prompting yet",
        "We haven't tried prompting at all.",
        "We might try prompting; we worry it will drift.",
        "We will write a prompt.",
        "We use GPT-4 to flag failed payments.",
        "Our prompt includes 5 few-shot examples.",
        "We want a tool for our team. Budget $5k, 3 weeks.",
    ],
)
def test_prompting_not_tried_or_not_judged(text: str) -> None:
    check(text, prompting_fell_short=None)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # Said indirectly: who waits on the output, what may not leave, what the voice is.
        ("underwriters read it while the broker is still on the phone", "latency_sensitive", True),
        ("the recap has to be out within a minute of the match ending", "latency_sensitive", True),
        ("customer records can't leave our network under any contract", "compliance", True),
        ("policy: no patient data to outside vendors", "compliance", True),
        ("our tone is non-negotiable, the brand team checks every line", "brand_voice", True),
        ("we have no PII in these logs", "compliance", False),
    ],
)
def test_constraints_said_indirectly(text: str, field: str, value: bool) -> None:
    assert getattr(parse(text), field) is value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("response time is critical, adjusters use it on the phone", "latency_sensitive", True),
        ("the planners keep it open during the meeting", "latency_sensitive", True),
        ("every report must use exactly the same section order", "consistency_required", True),
        ("we need to reach 97% or the auditors reject it", "accuracy_critical", True),
        ("mistakes go directly into patient charts", "accuracy_critical", True),
        ("we need to reach 60% coverage first", "accuracy_critical", None),
        ("these are privileged memos from outside counsel", "compliance", True),
        ("the partners are strict about confidentiality obligations", "compliance", True),
    ],
)
def test_flags_said_as_stakes(text: str, field: str, value: object) -> None:
    check(text, **{field: value})


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "if a caption is a bit off nobody minds, an editor checks them",
            "accuracy_critical",
            False,
        ),
        ("a missed defect and the inspector is on the hook", "accuracy_critical", True),
        ("zero tolerance for misses on the safety checks", "accuracy_critical", True),
        ("die Daten fallen unter die DSGVO", "compliance", True),
    ],
)
def test_stakes_said_in_passing(text: str, field: str, value: object) -> None:
    check(text, **{field: value})


def test_a_write_up_of_a_shipped_feature_is_not_exploratory() -> None:
    text = "The experiment: last month we shipped a ticket summariser and compared three setups."
    assert parse(text).exploratory is not True


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("IT says nothing may leave the VPC.", "compliance"),
        ("Food-safety regs apply to every label we print.", "compliance"),
        ("The board has zero tolerance for invented figures.", "accuracy_critical"),
    ],
)
def test_rules_and_stakes_said_in_passing(text: str, field: str) -> None:
    check(text, **{field: True})


@pytest.mark.parametrize(
    "text",
    [
        "It's our own query language, so no public model has seen it.",
        "The configs are in our in-house DSL.",
    ],
)
def test_a_language_no_model_has_seen_is_jargon(text: str) -> None:
    check(text, jargon_heavy=True)


@pytest.mark.parametrize(
    "text",
    [
        "Governance confirmed that no member data may leave our own cloud tenancy.",
        "Every generated letter has to be retained for 7 years.",
        "Drafts are archived under the records retention policy.",
    ],
)
def test_data_that_may_not_leave_and_records_kept_by_rule_are_compliance(text: str) -> None:
    assert parse(text).compliance is True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Post-holiday returns spike: January is 8-10x a normal month.", "exploratory", None),
        ("This is a research spike for the team.", "exploratory", True),
        ("Security says no code leaves our VPC, period.", "compliance", True),
        ("Routing latency isn't that tight actually.", "latency_sensitive", False),
        ("A few seconds is fine for the answer.", "latency_sensitive", False),
    ],
)
def test_surges_rules_on_what_stays_inside_and_relaxed_latency(
    text: str, field: str, value: bool | None
) -> None:
    assert getattr(parse(text), field) is value


def test_a_prompt_that_gets_you_part_of_the_way_falls_short() -> None:
    text = "We tried. A well-built prompt gets you 60-70% of the way for the first few outputs."
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("CISO: no employee data to any US-hosted endpoint.", "compliance", True),
        ("No logs leave the building. Air-gapped, full stop.", "compliance", True),
        ("A new state rule just came down on automated categorisation.", "compliance", True),
        ("Routing has to happen before the IVR hands off, so ~200ms.", "latency_sensitive", True),
    ],
)
def test_data_kept_inside_new_rules_and_millisecond_budgets(
    text: str, field: str, value: bool
) -> None:
    assert getattr(parse(text), field) is value
