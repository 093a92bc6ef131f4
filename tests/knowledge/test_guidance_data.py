"""The curated guidance file: it loads, covers the five documents, and stays faithful.

The faithfulness checks (headings, figures, own words) read the source documents in the
``shared/seeds`` folder beside the repository; they are skipped where it is absent.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.guidance import Guidance, load_guidance
from assistant.yamlio import load_yaml

ROOT = Path(__file__).parents[2]
GUIDANCE_FILE = ROOT / "knowledge" / "guidance.yaml"
README = ROOT / "knowledge" / "README.md"
SEEDS = (ROOT / "../shared/seeds").resolve()

needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="the source documents (shared/seeds) are not beside the repo"
)

DOCUMENT_TITLES = {
    "strategy": "Fine-Tuning vs Prompting: Optimize Your AI Strategy",
    "hidden-cost": "The Hidden Cost of Fine-Tuning vs. Prompting for Production Models",
    "which-to-choose": "Fine-Tuning vs Prompt Engineering: Which to Choose?",
    "mastering": "Fine-Tune or Prompt? Mastering LLMs for Maximum Impact",
    "production": "Prompting vs. Fine-Tuning: Where Each Wins in Production",
}

# The sections that carry each document's substance; each needs at least one passage.
MAIN_SECTIONS = {
    "strategy": {
        "Key Takeaways",
        "Understanding Fine-Tuning",
        "Examples and Benchmarks",
        "Costs and Considerations",
        "The Case for Prompting",
        "Efficacy and Efficiency",
        "Project Costing",
        "Framework for Decision Making",
        "Real-World Applications",
        "Conclusion: Choosing Your Path",
        "Final Actionable Recommendations",
    },
    "hidden-cost": {
        "Fine-Tuning Models",
        "Using Prompting Techniques",
        "Evaluating Hidden Costs in Real-World Scenarios",
        "Strategic Considerations for Deployment",
    },
    "which-to-choose": {
        "Understanding Fine-Tuning",
        "Exploring Prompt Engineering",
        "Fine-Tuning vs Prompt Engineering: Which to Choose?",
        "Cost and Resource Considerations",
        "Real-World Applications and Implications",
        "Key Takeaways",
        "Frequently Asked Questions",
    },
    "mastering": {
        "2.1 Types of Fine-Tuning",
        "3.1 Types of Prompt Engineering",
        "4. Cost Analysis",
        "4.1 Key Cost Considerations",
        "5. Benefit Analysis",
        "5.1 Key Benefit Considerations",
        "6.1 Flexibility",
        "6.2 Maintenance and Updates",
        "6.3 Complexity Handling",
        "7. Use Case Scenarios",
        "8. Conclusion",
        "8.1 Recommendations",
    },
    "production": {
        "Understanding LLM Customization Strategies",
        "Scenarios Where Prompting Delivers the Best Results",
        "Use Cases That Demand Fine-Tuning",
        "Practical Steps for Implementing Fine-Tuning",
        "Crafting Effective Prompts for Broad Applications",
        "Data Management Best Practices for LLM Projects",
        "Balancing Cost and Quality in Model Customization",
        "Making Informed Choices for Your AI Solutions",
        "Conclusion",
    },
}

# Ids that rules, renderers and other modules cite by name.
REQUIRED_IDS = (
    "strategy.gpt3-fine-tuning-hourly",
    "strategy.instance-hour-cost",
    "strategy.api-token-price",
    "hidden-cost.data-preparation",
    "hidden-cost.compute",
    "hidden-cost.overfitting",
    "hidden-cost.scarce-labels",
    "hidden-cost.prompt-evaluation-time",
    "mastering.retraining",
    "mastering.cost-table-operational",
    "mastering.cost-table-initial",
    "mastering.cost-table-time",
    "mastering.scales-with-use",
    "production.latency",
    "production.exploratory",
    "production.regulated-domains",
    "mastering.use-case-technical-support",
    "mastering.use-case-general-customer-service",
    "mastering.use-case-legal-medical",
    "mastering.use-case-marketing",
    "which-to-choose.brand-voice-chatbots",
    "production.consistent-service-bots",
    "production.brand-tone-prompts",
    "mastering.supervised",
    "mastering.unsupervised",
    "mastering.reinforcement",
    "mastering.zero-shot",
    "mastering.few-shot",
    "mastering.multi-step",
    "mastering.manual",
    "mastering.automated",
    "production.chain-of-thought",
    "strategy.pilot-testing",
    "strategy.ab-testing",
    "strategy.partners",
    "strategy.expertise-table",
    "which-to-choose.expertise",
)

# A figure: optional "$", a number (thousands commas, decimals), optional "K", optional "%".
# The look-behind keeps model names such as "T5" from counting as figures.
_FIGURE = r"(\$?)(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?([kK])\b)?(%?)"
FIGURE = re.compile(r"(?<![\w.])" + _FIGURE)
RANGE = re.compile(r"(?<![\w.])" + _FIGURE + r"\s*(?:-|–|to|and)\s*" + _FIGURE)
WORD = re.compile(r"\$?\d+(?:,\d{3})*(?:\.\d+)?%?|[a-z]+")
OWN_WORDS_RUN = 8


@pytest.fixture(scope="module")
def guidance() -> Guidance:
    return load_guidance(GUIDANCE_FILE)


@pytest.fixture(scope="module")
def sources(guidance: Guidance) -> dict[str, str]:
    return {
        doc.id: (SEEDS / doc.file).read_text(encoding="utf-8")
        for doc in guidance.documents.values()
    }


def _value(number: str, thousands: str | None) -> Decimal:
    value = Decimal(number.replace(",", ""))
    return value * 1000 if thousands else value


def figures(text: str) -> set[tuple[bool, Decimal, bool]]:
    """Every figure in ``text`` as (has dollar sign, value, is a percentage)."""
    return {
        (bool(dollar), _value(number, k), bool(percent))
        for dollar, number, k, percent in FIGURE.findall(text)
    }


def ranges(text: str) -> set[tuple[Decimal, Decimal]]:
    return {
        (_value(match[1], match[2]), _value(match[5], match[6])) for match in RANGE.findall(text)
    }


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def runs(text: str, length: int) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + length]) for i in range(len(tokens) - length + 1)}


# --- the helpers the faithfulness tests rely on ---------------------------------------------


def test_figures_normalise_thousands_and_keep_units() -> None:
    assert figures("$0.06 per 1,000 tokens, 1K more, 3-8%") == {
        (True, Decimal("0.06"), False),
        (False, Decimal("1000"), False),
        (False, Decimal("3"), False),
        (False, Decimal("8"), True),
    }
    assert figures("Google's T5 and GPT-3") == {(False, Decimal("3"), False)}


def test_ranges_match_across_spellings() -> None:
    assert ranges("$50 to $200") == ranges("$50-$200") == {(Decimal(50), Decimal(200))}


def test_runs_catch_a_copied_sentence() -> None:
    source = "Fine-tuning can cost anywhere from $50 to $200 per model instance per hour."
    copied = "Note: fine-tuning can cost anywhere from $50 to $200 per model instance."
    assert runs(copied, OWN_WORDS_RUN) & runs(source, OWN_WORDS_RUN)


# --- the file itself --------------------------------------------------------------------------


def test_file_loads_with_the_five_documents(guidance: Guidance) -> None:
    assert {doc_id: doc.title for doc_id, doc in guidance.documents.items()} == DOCUMENT_TITLES


def test_passage_ids_are_unique_and_prefixed_by_their_document(guidance: Guidance) -> None:
    # Read the raw list: the loader keys passages by id, so a duplicate could hide there.
    ids = [entry["id"] for entry in load_yaml(GUIDANCE_FILE)["passages"]]
    duplicates = [pid for pid, count in Counter(ids).items() if count > 1]
    assert duplicates == []
    assert len(ids) == len(guidance.passages)
    for passage in guidance.passages.values():
        assert passage.id.startswith(passage.document + "."), passage.id


def test_size_is_a_curation_not_a_copy(guidance: Guidance) -> None:
    assert 70 <= len(guidance.passages) <= 120


def test_every_document_covers_its_main_sections(guidance: Guidance) -> None:
    for doc_id, sections in MAIN_SECTIONS.items():
        covered = {p.section for p in guidance.passages.values() if p.document == doc_id}
        assert sections <= covered, f"{doc_id} lacks {sorted(sections - covered)}"


def test_required_ids_exist(guidance: Guidance) -> None:
    missing = [pid for pid in REQUIRED_IDS if pid not in guidance.passages]
    assert missing == []


def test_topics_come_from_the_documented_list(guidance: Guidance) -> None:
    readme = README.read_text(encoding="utf-8")
    topic_section = readme.split("## Topics", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`([a-z-]+)`", topic_section))
    used = {topic for p in guidance.passages.values() for topic in p.topics}
    assert used - listed == set()
    assert listed - used == set(), "a listed topic no passage uses"


def test_both_sides_of_the_customer_service_disagreement_are_kept(guidance: Guidance) -> None:
    general = guidance.passages["mastering.use-case-general-customer-service"]
    branded = guidance.passages["which-to-choose.brand-voice-chatbots"]
    consistent = guidance.passages["production.consistent-service-bots"]
    assert "prompt engineering" in general.text.lower()
    assert "fine-tune" in branded.text.lower()
    assert "fine-tuning" in consistent.text.lower()


def test_required_figures_are_carried_over(guidance: Guidance) -> None:
    expected = {
        "strategy.gpt3-fine-tuning-hourly": "$100",
        "strategy.instance-hour-cost": "$200",
        "strategy.api-token-price": "$0.12",
        "strategy.t5-translation-benchmark": "85.6",
        "strategy.sentiment-accuracy-gain": "3-8%",
        "mastering.cost-table-time": "weeks/months",
    }
    for pid, figure in expected.items():
        assert figure in guidance.passages[pid].text, pid
    assert "days/weeks" in guidance.passages["mastering.cost-table-time"].text


# --- faithfulness to the sources ----------------------------------------------------------------


@needs_seeds
def test_titles_are_the_ones_the_seed_index_lists(guidance: Guidance) -> None:
    index = (SEEDS / "README.md").read_text(encoding="utf-8")
    for doc in guidance.documents.values():
        row = next(line for line in index.splitlines() if line.startswith(f"| {doc.file} |"))
        assert doc.title in row, doc.id


@needs_seeds
def test_every_section_heading_occurs_in_its_document(
    guidance: Guidance, sources: dict[str, str]
) -> None:
    wrong = [p.id for p in guidance.passages.values() if p.section not in sources[p.document]]
    assert wrong == []


@needs_seeds
def test_every_figure_occurs_in_its_document(guidance: Guidance, sources: dict[str, str]) -> None:
    for passage in guidance.passages.values():
        source = sources[passage.document]
        assert figures(passage.text) <= figures(source), passage.id
        assert ranges(passage.text) <= ranges(source), passage.id


@needs_seeds
def test_passages_are_in_our_own_words(guidance: Guidance, sources: dict[str, str]) -> None:
    copied: dict[str, list[str]] = {}
    for passage in guidance.passages.values():
        shared = runs(passage.text, OWN_WORDS_RUN) & runs(sources[passage.document], OWN_WORDS_RUN)
        if shared:
            copied[passage.id] = sorted(" ".join(run) for run in shared)
    assert copied == {}
