"""The aim that a model should hold documents' content, as opposed to a way of working."""

from __future__ import annotations

import pytest

from assistant.parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "I want the model to know everything in our 300-page employee handbook.",
        "Management would like the product specs baked into the weights.",
        "We tried to make Mistral memorise the maintenance manuals so techs can ask it.",
        "Goal: a knowledge-base Q&A assistant for the service desk.",
        "Building question answering over our internal engineering wiki with Llama 3.",
        "Staff should be able to chat with our policy PDFs instead of searching them.",
        "My idea was to load the raw text into the model as the knowledge base.",
    ],
)
def test_a_model_meant_to_hold_documents(text: str) -> None:
    assert parse(text).knowledge_goal is True


@pytest.mark.parametrize(
    "text",
    [
        "We tune for tone only, so the model can't memorise prices that change daily.",
        "Instead of teaching the model our facts, we train it on the reply format.",
        "Classify tickets into 12 queues; we have 8,000 labelled ones.",
        "The bot answers questions in a friendly, on-brand voice; tone is what we tune.",
    ],
)
def test_form_and_behaviour_goals_are_not_knowledge_goals(text: str) -> None:
    assert parse(text).knowledge_goal is None
