"""Guidance retrieval: questions find the passages that answer them, or honestly none."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from langchain_core.documents import Document

from assistant.guidance import Guidance, load_guidance
from assistant.retrieval import (
    GuidanceIndex,
    analyze,
    index_for,
    search_guidance,
)
from integrations.langchain.retriever import GuidanceRetriever

GUIDANCE_FILE = Path(__file__).parents[1] / "knowledge" / "guidance.yaml"

# (question, a passage that must be among the top 3)
ON_TOPIC = [
    ("what are the risks of overfitting?", "hidden-cost.overfitting"),
    ("How do I watch for overfitting while training?", "production.monitor-overfitting"),
    ("how long does fine-tuning take?", "mastering.cost-table-time"),
    (
        "what does the guidance say about customer service bots?",
        "mastering.use-case-general-customer-service",
    ),
    (
        "what does the guidance say about customer service bots?",
        "production.consistent-service-bots",
    ),
    ("how much does fine-tuning cost per hour?", "strategy.instance-hour-cost"),
    ("What does the OpenAI API charge per 1,000 tokens?", "strategy.api-token-price"),
    ("can fine-tuning reduce latency?", "production.latency"),
    ("is a fine-tuned model faster at inference?", "production.latency"),
    ("what if we only have a few labelled examples?", "hidden-cost.scarce-labels"),
    ("how often does a fine-tuned model need retraining?", "mastering.retraining"),
    ("what is few-shot prompting?", "mastering.few-shot"),
    ("explain chain-of-thought prompting", "production.chain-of-thought"),
    ("what about healthcare and compliance?", "production.regulated-domains"),
    ("should a legal team fine-tune for contract analysis?", "mastering.use-case-legal-medical"),
    ("how do I keep our brand voice consistent?", "production.brand-tone-prompts"),
    ("how do I keep our brand voice consistent?", "which-to-choose.brand-voice-chatbots"),
    ("what are the hidden costs of prompting?", "hidden-cost.pretraining-dependence"),
    ("does writing good prompts take a lot of time?", "hidden-cost.prompt-evaluation-time"),
    ("what are the downsides of fine-tuning?", "hidden-cost.data-preparation"),
    ("prompting or fine-tuning?", "strategy.decision-table-cost"),
    ("we need to go live in two weeks", "mastering.cost-table-time"),
    ("how should we pilot this before committing?", "strategy.pilot-testing"),
    ("should we run A/B tests?", "strategy.ab-testing"),
    ("should we partner with a platform provider?", "strategy.partners"),
    ("what skills does my team need to fine-tune?", "strategy.expertise-table"),
    ("what kinds of fine-tuning are there?", "mastering.supervised"),
    ("is prompting good for marketing copy?", "mastering.use-case-marketing"),
    ("what BLEU score did T5 reach?", "strategy.t5-translation-benchmark"),
    ("how much did fine-tuning improve sentiment accuracy?", "strategy.sentiment-accuracy-gain"),
    (
        "does fine-tuning become cheaper when used extensively at scale?",
        "mastering.scales-with-use",
    ),
    ("is data quality more important than volume?", "production.data-quality-over-volume"),
    ("what GPU compute does fine-tuning need?", "hidden-cost.compute"),
    ("what is fine-tuning?", "which-to-choose.fine-tuning-defined"),
    ("what is prompt engineering?", "mastering.prompt-engineering-defined"),
    (
        "we have a technical support chatbot with lots of jargon",
        "mastering.use-case-technical-support",
    ),
    ("how do news agencies use prompting?", "which-to-choose.news-agencies"),
    ("our requirements keep changing, we're still exploring", "production.exploratory"),
    ("what does it cost to label and prepare the data?", "hidden-cost.data-preparation"),
    ("what is the upfront investment for fine-tuning?", "mastering.cost-table-initial"),
    ("what are the ongoing operational costs?", "mastering.cost-table-operational"),
    ("how does Netflix personalise recommendations?", "strategy.netflix-personalization"),
    ("what hyperparameters matter, like learning rate?", "production.hyperparameters"),
    ("how much expertise does prompt engineering need?", "which-to-choose.expertise"),
    ("does prompting scale to complex tasks?", "hidden-cost.prompt-scalability"),
    (
        "how much data does fine-tuning need compared with training from scratch?",
        "which-to-choose.low-data-vs-scratch",
    ),
    ("what is reinforcement learning fine-tuning?", "mastering.reinforcement"),
    ("what is unsupervised fine-tuning?", "mastering.unsupervised"),
    ("what is multi-step prompting?", "mastering.multi-step"),
    ("Can prompts be generated automatically?", "mastering.automated"),
    ("should a pharmaceutical company fine-tune?", "which-to-choose.pharma-compliance"),
    (
        "how should I evaluate the fine-tuned model before deploying?",
        "production.held-out-evaluation",
    ),
]

OFF_TOPIC = [
    "what's the capital of France?",
    "how do I bake bread?",
    "asdfgh",
    "who won the world cup in 2018?",
    "what's the weather like tomorrow?",
    "recommend a good pizza place nearby",
    "tell me a joke",
    "how tall is Mount Everest?",
    "translate hello into Spanish",
    "what time is it?",
    "how much does a car cost?",
    "what is the meaning of life?",
    "can you write a poem about the sea?",
    "who is the president of the United States?",
    "how do I reset my password?",
    "what's a good name for a dog?",
    "thanks!",
    "what is the best programming language?",
    "book a meeting room for tomorrow",
    "how do I fix my bike?",
    "",
    "   ?!  ",
]


@pytest.fixture(scope="module")
def guidance() -> Guidance:
    return load_guidance(GUIDANCE_FILE)


@pytest.mark.parametrize(("question", "expected"), ON_TOPIC)
def test_on_topic_question_finds_its_passage(
    guidance: Guidance, question: str, expected: str
) -> None:
    found = [passage.id for passage, _ in search_guidance(guidance, question)]
    assert expected in found, found


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_question_finds_nothing(guidance: Guidance, question: str) -> None:
    assert search_guidance(guidance, question) == []


def test_results_are_ordered_by_score_then_id(guidance: Guidance) -> None:
    for question, _ in ON_TOPIC:
        results = search_guidance(guidance, question, limit=10)
        keys = [(-score, passage.id) for passage, score in results]
        assert keys == sorted(keys)
        assert len({passage.id for passage, _ in results}) == len(results)


def test_same_question_gives_identical_results(guidance: Guidance) -> None:
    first = search_guidance(guidance, "what are the risks of overfitting?", limit=5)
    second = search_guidance(guidance, "what are the risks of overfitting?", limit=5)
    fresh = GuidanceIndex(guidance).search("what are the risks of overfitting?", limit=5)
    assert first == second == fresh
    assert len(first) >= 2


def test_limit_bounds_the_results(guidance: Guidance) -> None:
    assert len(search_guidance(guidance, "fine-tuning cost compute budget", limit=1)) == 1
    assert len(search_guidance(guidance, "fine-tuning cost compute budget", limit=5)) == 5
    assert search_guidance(guidance, "fine-tuning cost", limit=0) == []


def test_index_is_built_once_per_guidance(guidance: Guidance) -> None:
    assert index_for(guidance) is index_for(guidance)
    other = load_guidance(GUIDANCE_FILE)
    assert index_for(other) is not index_for(guidance)


def test_a_query_is_fast(guidance: Guidance) -> None:
    index = index_for(guidance)
    start = time.perf_counter()
    for _ in range(200):
        index.search("what does the guidance say about customer service bots?")
    per_query = (time.perf_counter() - start) / 200
    # Sub-millisecond on a developer machine; the bound leaves room for a slow CI box.
    assert per_query < 0.005


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Fine-tuning, fine tune and finetuned", ["finetun", "finetun", "finetun"]),
        ("overfitting overfits over-fit", ["overfit", "overfit", "overfit"]),
        ("labelled labeling labels", ["label", "label", "label"]),
        ("customised customization", ["customiz", "customiz"]),
        ("What's chain-of-thought? A/B tests", ["chainofthought", "abtest", "test"]),
        ("prompt engineering prompts", ["prompt", "prompt"]),
    ],
)
def test_analyze_joins_spellings_of_one_term(text: str, terms: list[str]) -> None:
    assert analyze(text) == terms


def test_retriever_returns_documents_with_metadata(guidance: Guidance) -> None:
    retriever = GuidanceRetriever(guidance=guidance, k=2)
    documents = retriever.invoke("can fine-tuning reduce latency?")
    assert documents, "expected at least one document"
    assert len(documents) <= 2
    first = documents[0]
    assert isinstance(first, Document)
    passage = guidance.passages["production.latency"]
    assert first.page_content == passage.text
    assert first.metadata["id"] == "production.latency"
    assert first.metadata["source"] == "Prompting vs. Fine-Tuning: Where Each Wins in Production"
    assert first.metadata["section"] == "Use Cases That Demand Fine-Tuning"
    assert first.metadata["score"] > 0


def test_retriever_matches_the_plain_search(guidance: Guidance) -> None:
    question = "what does the guidance say about customer service bots?"
    documents = GuidanceRetriever(guidance=guidance).invoke(question)
    assert [d.metadata["id"] for d in documents] == [
        p.id for p, _ in search_guidance(guidance, question)
    ]


def test_retriever_returns_nothing_off_topic(guidance: Guidance) -> None:
    assert GuidanceRetriever(guidance=guidance).invoke("how do I bake bread?") == []


def test_the_search_itself_does_not_load_langchain() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from assistant.retrieval import search_guidance; "
        "print(any(m.startswith('langchain') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
