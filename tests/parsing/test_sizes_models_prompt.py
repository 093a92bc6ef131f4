"""Prompt and output sizes, the named model, a pasted prompt."""

from __future__ import annotations

import pytest

from assistant.constraints import Provenance
from assistant.parsing import parse
from assistant.parsing.models import model_id
from tests.parsing.helpers import check


@pytest.mark.parametrize(
    ("text", "prompt", "output"),
    [
        ("our prompt has 2,000 tokens of instructions and examples", 2_000, None),
        ("prompts are ~1,500 tokens", 1_500, None),
        ("a 3k-token system prompt", 3_000, None),
        ("answers are about 300 tokens", None, 300),
        ("outputs ~200 words", None, 267),
        ("200-word summaries", None, 267),
        ("Our prompt has ~1,500 tokens and answers are about 300 tokens.", 1_500, 300),
        ("the instructions run to 900 words; each reply is 150 tokens", 1_200, 150),
        ("model context window of 128k tokens", None, None),
        ("we spend 1M tokens a day", None, None),
    ],
)
def test_sizes(text: str, prompt: int | None, output: int | None) -> None:
    check(text, prompt_tokens=prompt, output_tokens=output)


def test_words_are_converted_and_inferred() -> None:
    constraints = parse("outputs ~200 words")
    assert constraints.provenance["output_tokens"] is Provenance.INFERRED
    assert parse("answers are 300 tokens").provenance["output_tokens"] is Provenance.STATED


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("we use gpt-4o-mini today", "gpt-4o-mini"),
        ("GPT-4o", "gpt-4o"),
        ("GPT 4o mini", "gpt-4o-mini"),
        ("gpt-4.1", "gpt-4.1"),
        ("GPT-3.5-turbo", "gpt-3.5-turbo"),
        ("Llama 3 8B", "llama-3-8b"),
        ("llama 3.1 70b", "llama-3.1-70b"),
        ("Claude", "claude"),
        ("Claude 3.5 Sonnet", "claude-3.5-sonnet"),
        ("Mistral 7B", "mistral-7b"),
        ("gemini 1.5 flash", "gemini-1.5-flash"),
        ("o3-mini", "o3-mini"),
        ("We currently use GPT-4o and want to fine-tune gpt-4o-mini.", "gpt-4o-mini"),
        ("fine-tune Llama 3 8B; GPT-4o is the baseline", "llama-3-8b"),
    ],
)
def test_model(text: str, model: str) -> None:
    check(text, model=model)


@pytest.mark.parametrize("text", ["We use ChatGPT informally.", "no model picked yet"])
def test_no_model(text: str) -> None:
    check(text, model=None)


def test_model_id() -> None:
    assert model_id("GPT4o") == "gpt-4o"
    assert model_id("Llama 3 8 B") == "llama-3-8b"


def test_a_fenced_prompt_is_kept_and_hidden_from_the_other_extractors() -> None:
    text = (
        "Our prompt:\n```\nYou are a billing assistant. Reply in 3 sentences, "
        "under $5 of cost, within 2 days.\n```\nWe have 2k labeled tickets and $10k."
    )
    constraints = check(text, labeled_examples=2_000, budget_usd=10_000, timeline_days=None)
    assert constraints.prompt_text is not None
    assert constraints.prompt_text.startswith("You are a billing assistant.")


def test_a_quoted_prompt_after_the_word_prompt() -> None:
    constraints = parse('Our current prompt is: "Summarise this NDA in five bullet points."')
    assert constraints.prompt_text == "Summarise this NDA in five bullet points."


def test_a_prompt_block_after_a_colon_and_line_break() -> None:
    constraints = parse(
        "Budget $3k.\nOur prompt:\nClassify the email as spam or not spam.\n\nThanks"
    )
    assert constraints.prompt_text == "Classify the email as spam or not spam."
    assert constraints.budget_usd == 3_000


def test_a_fenced_block_without_the_word_prompt_is_not_a_prompt() -> None:
    constraints = parse("Example ticket:\n```\nMy order #123 never arrived\n```")
    assert constraints.prompt_text is None


def test_the_prompt_fills_the_task_when_the_text_does_not_say() -> None:
    constraints = parse('Here is our prompt: "Translate the following message into French."')
    assert constraints.task is not None
    assert constraints.task.value == "translation"


def test_a_language_tag_on_the_fence_is_dropped() -> None:
    constraints = parse("prompt:\n```text\nYou label each review as positive or negative.\n```")
    assert constraints.prompt_text == "You label each review as positive or negative."


@pytest.mark.parametrize(
    ("text", "prompt", "output"),
    [
        # A size in brackets or in a clause of its own describes what came before it.
        (
            "Our current prompt is enormous (about 2,500 tokens of policy text and sample answers)",
            2_500,
            None,
        ),
        ("Our prompt is huge (roughly 4k tokens).", 4_000, None),
        ("The system prompt is long, about 3,000 tokens.", 3_000, None),
        ("The instructions are massive - around 5,000 tokens.", 5_000, None),
        ("Our prompt (about 900 words) covers tone and policy.", 1_200, None),
        ("our system prompt runs ~1,800 tokens", 1_800, None),
        ("prompts average 1.2k tokens", 1_200, None),
        # What a prompt is made of, and what a request sends, is the prompt.
        ("each request sends roughly 3,000 tokens of instructions", 3_000, None),
        ("every call sends about 2k tokens of context", 2_000, None),
        ("we stuff 6k tokens of policy docs into every request", 6_000, None),
        ("2,000 tokens of few-shot examples go into each call", 2_000, None),
        # Outputs stay outputs.
        ("answers are ~300 tokens", None, 300),
        ("responses of about 150 words", None, 200),
        ("Replies are short (about 120 tokens).", None, 120),
        ("the prompt is short, but answers run about 800 tokens", None, 800),
        ("Answers are long, around 600 tokens each.", None, 600),
        ("The model writes about 400 words per reply.", None, 533),
        ("The model sends back about 250 tokens.", None, 250),
        ("The prompt has 2,000 tokens, answers are short, about 300 tokens.", 2_000, 300),
        # Neither.
        ("Our model has a large context window (128k tokens).", None, None),
        ("It is a big job, about 5,000 tokens.", None, None),
        ("We have 2,000 examples averaging 300 tokens.", None, None),
        ("Our refund policy is 800 words long.", None, None),
    ],
)
def test_sizes_said_around_the_number(text: str, prompt: int | None, output: int | None) -> None:
    check(text, prompt_tokens=prompt, output_tokens=output)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("IT is moving us from GPT-4o to Claude 3.5 Sonnet next quarter.", "claude-3.5-sonnet"),
        ("We switched to Gemini last week after a trial of GPT-4o.", "gemini"),
    ],
)
def test_the_model_moved_to_is_the_projects(text: str, model: str) -> None:
    assert parse(text).model == model
