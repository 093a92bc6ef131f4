"""Descriptions in other languages."""

from __future__ import annotations

import pytest

from assistant.parsing import parse
from assistant.parsing.language import mostly_not_english


@pytest.mark.parametrize(
    "text",
    [
        "Wir brauchen einen Chatbot für unsere Kunden, und wir haben keine Daten.",
        "Necesitamos clasificar correos de clientes y tenemos un presupuesto de $3000.",
        "Nous avons besoin d'un assistant pour nos clients, avec un budget de 5000 dollars.",
        "我们需要一个客服机器人，预算五万美元。",
        "Нам нужен чат-бот для поддержки клиентов, бюджет 10 000 долларов.",
        "Precisamos de um assistente para os nossos clientes e temos dados de 2 anos.",
        "Budget 10.000 €, wir haben keine Daten.",
        "Queremos un chatbot para clientes, sin datos.",
    ],
)
def test_other_languages_are_reported(text: str) -> None:
    constraints = parse(text)
    [issue] = [i for i in constraints.issues if i.field == "text"]
    assert "English" in issue.message


@pytest.mark.parametrize(
    "text",
    [
        "Mortgage lender: classify loan documents into 40 types. 90,000 labeled documents.",
        "Budget $5k, 3 weeks, no data.",
        "We run a café in Zürich and want Instagram captions, naïve as that sounds.",
        "Our team in São Paulo wants a chatbot for customers.",
        "Pilot for El Paso and Los Angeles stores.",
        "",
    ],
)
def test_english_is_not_reported(text: str) -> None:
    assert not mostly_not_english(text.lower())


def test_numbers_are_still_read_in_another_language() -> None:
    constraints = parse("Necesitamos clasificar correos; tenemos un presupuesto de $3000.")
    assert constraints.budget_usd == 3_000


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("We willen het binnen zes weken live hebben.", "timeline_days", 42),
        ("We hebben geen gelabelde voorbeelden.", "labeled_examples", 0),
        ("Onze juristen hebben 4.000 contracten geannoteerd.", "labeled_examples", 4_000),
        ("De begroting is 20.000 dollar.", "budget_usd", 20_000),
    ],
)
def test_dutch_facts(text: str, field: str, value: object) -> None:
    assert getattr(parse(text), field) == value


@pytest.mark.parametrize(
    "text",
    [
        "À terme, la conformité exigera des réponses précises et homogènes.",
        "Langfristig müssen die Antworten präziser werden.",
        "No futuro, as respostas terão de ser precisas.",
    ],
)
def test_a_need_ahead_in_other_languages(text: str) -> None:
    assert parse(text).future_need is True


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben den Prompt-Ansatz getestet; die Ergebnisse schwanken stark von Lauf zu Lauf.",
        "On a testé le prompt sur 100 lettres, il classe correctement à peine 55 %.",
        "Abbiamo provato con prompt lunghissimi, ma il tono non è mai il nostro.",
    ],
)
def test_prompting_that_fell_short_in_other_languages(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Nessuno nel team ha esperienza di machine learning.", "ml_expertise", "none"),
        ("Nadie en el equipo tiene experiencia en ML.", "ml_expertise", "none"),
        ("O prazo para estar a funcionar é de dois meses.", "timeline_days", 60),
        ("Dobbiamo andare in produzione entro tre settimane.", "timeline_days", 21),
    ],
)
def test_expertise_and_deadlines_in_other_languages(text: str, field: str, value: object) -> None:
    got = getattr(parse(text), field)
    assert (got.value if hasattr(got, "value") else got) == value


def test_a_greeting_is_no_task() -> None:
    assert parse("Guten Tag, wir möchten Schadenmeldungen zuordnen.").task is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Laut Datenschutz dürfen nur 2.500 der Antworten fürs Training genutzt werden.",
            "labeled_examples",
            2500,
        ),
        ("O time de qualidade terminou de rotular 1.800 atendimentos.", "labeled_examples", 1800),
        ("Vamos receber mais 300 avaliações corrigidas por mês.", "data_growth", True),
    ],
)
def test_more_data_said_in_german_and_portuguese(text: str, field: str, value: object) -> None:
    assert getattr(parse(text), field) == value


def test_approved_and_labelled_records_in_italian() -> None:
    text = "Abbiamo circa 4.000 contratti approvati dai legali, tutti etichettati per tipo."
    assert parse(text).labeled_examples == 4000


@pytest.mark.parametrize(
    "text",
    [
        "A equipe do Porto avisou: eles têm mais 900 fichas que podemos usar.",
        "Dalla sede di Bari: sono circa 40 casi al giorno.",
    ],
)
def test_a_short_reply_reads_as_another_language_with_two_function_words(text: str) -> None:
    assert mostly_not_english(text.lower(), least=2)
    assert not mostly_not_english("our non profit has 200 volunteers and CI is red", least=2)
