"""Facts written in Spanish, French, German and Portuguese, read through the glossary."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.parsing import parse
from assistant.parsing.glossary import _GLOSSARY, glossed


def test_every_replacement_keeps_the_offsets() -> None:
    assert all(len(english) <= len(word) for word, english in _GLOSSARY.items())
    low = "¿y si tuviéramos un presupuesto de 20.000 dólares por mes?"
    assert len(glossed(low)) == len(low)


def test_english_text_is_left_as_it_is() -> None:
    low = "we have no labeled data and a budget of $5 mil for the pilot."
    assert glossed(low) == low
    assert parse("We ship in 2 weeks, budget $5 mil.").budget_usd == Decimal(5_000_000)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Tenemos 3.000 ejemplos etiquetados y un presupuesto de 15.000 dólares.",
            "budget_usd",
            15000,
        ),
        ("Tenemos 3.000 ejemplos etiquetados.", "labeled_examples", 3000),
        ("Nous avons 8 000 exemples annotés.", "labeled_examples", 8000),
        ("Wir haben 2.500 gelabelte Beispiele.", "labeled_examples", 2500),
        ("Lancement dans 3 semaines.", "timeline_days", 21),
        ("Precisamos de algo no ar em 45 dias.", "timeline_days", 45),
        ("São uns 20 mil atendimentos por mês.", "monthly_requests", 20000),
        ("Unos 1.500 consultas al día.", "monthly_requests", 45000),
        ("Ainda não temos dados rotulados.", "labeled_examples", 0),
        ("Wir haben keine gelabelten Daten.", "labeled_examples", 0),
        ("Nous n'avons pas encore de données annotées.", "labeled_examples", 0),
    ],
)
def test_facts_in_other_languages(text: str, field: str, value: int) -> None:
    assert getattr(parse(text), field) == value


def test_an_amount_in_euros_is_noted_not_converted() -> None:
    constraints = parse("Presupuesto: 40.000 € para el primer año.")
    assert constraints.budget_usd is None
    assert any(issue.field == "budget_usd" for issue in constraints.issues)


@pytest.mark.parametrize(
    ("text", "value"),
    [("20.000", 20000), ("1.500.000", 1500000), ("3.750", 3750), ("1.125", Decimal("1.125"))],
)
def test_dots_between_thousands(text: str, value: Decimal) -> None:
    from assistant.parsing.numbers import find_quantities

    (quantity,) = find_quantities(text)
    assert quantity.value == value


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Tenemos una tienda en línea de zapatos y queremos descripciones.", "ecommerce"),
        ("Wir sind eine kleine Versicherung und wollen Schadensmeldungen sortieren.", "finance"),
        ("Nous sommes un cabinet d'avocats à Lyon.", "legal"),
        ("Os alunos escrevem redações toda semana.", "education"),
        ("Queremos ayudar a los pacientes con sus citas.", "healthcare"),
    ],
)
def test_the_field_of_work_in_other_languages(text: str, domain: str) -> None:
    assert parse(text).domain == domain


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Tenemos tres meses y un presupuesto de 8.000 dólares.", "timeline_days", 90),
        ("On doit lancer dans deux semaines.", "timeline_days", 14),
        ("Start in drei Wochen, bitte.", "timeline_days", 21),
        ("Os analistas rotulam cerca de 1.500 por mês.", "labels_per_month", 1500),
    ],
)
def test_small_numbers_and_verbs_in_other_languages(text: str, field: str, value: int) -> None:
    assert getattr(parse(text), field) == value


def test_number_words_of_other_languages_stay_put_in_english() -> None:
    assert glossed("the six of us have dos and don'ts") == "the six of us have dos and don'ts"


@pytest.mark.parametrize(
    "text",
    [
        "Todavía no hay datos, pero las enfermeras van a corregir cada borrador.",
        "Ainda sem dados; vamos acumular exemplos com as avaliações dos clientes.",
        "Pas encore d'exemples, mais les juristes corrigeront les textes proposés.",
        "On n'a rien d'annoté ; on accumulera des exemples au fil des semaines.",
        "Keine Daten bisher, aber wir sammeln jede Korrektur der Redaktion.",
        "Sin ejemplos todavía: guardaremos los borradores aprobados.",
    ],
)
def test_data_that_will_accrue_in_other_languages(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "Empezamos en una tienda y luego extenderlo a todas las tiendas del país.",
        "Un pilote dans 2 agences, ensuite déploiement sur toutes les agences de la région.",
        "Primeiro numa clínica; depois a ideia é expandir para todas as clínicas.",
    ],
)
def test_roll_outs_to_every_site_in_other_languages(text: str) -> None:
    assert parse(text).future_scale is True


@pytest.mark.parametrize(
    "text",
    [
        "La dirección quiere respuestas consistentes en todas las oficinas.",
        "Le client exige un ton homogène sur tous les canaux.",
        "Die Antworten müssen einheitlich klingen.",
    ],
)
def test_consistency_in_other_languages(text: str) -> None:
    assert parse(text).consistency_required is True


def test_pairs_written_by_lawyers_in_french_are_labeled_legal_data() -> None:
    constraints = parse(
        "Maison d'édition juridique : 12 000 paires décision / sommaire rédigés par nos juristes."
    )
    assert constraints.domain == "legal"
    assert constraints.labeled_examples == 12000


def test_a_trial_that_fell_short_in_portuguese() -> None:
    text = (
        "Testamos o modelo da OpenAI só com prompt e ele confundiu as categorias, acerto de "
        "uns 60%. Precisamos de pelo menos 92%."
    )
    assert parse(text).prompting_fell_short is True


def test_records_already_identified_in_portuguese_are_labeled() -> None:
    assert parse("Temos uns 8 mil registros já identificados pela equipe.").labeled_examples == 8000


def test_a_count_said_for_later_in_portuguese_is_not_held_now() -> None:
    constraints = parse("Depois de uns 4 meses a gente deve ter uns 9 mil casos revisados.")
    assert constraints.labeled_examples is None
    assert constraints.timeline_days is None


def test_corrections_users_will_make_and_that_are_saved_in_spanish() -> None:
    text = (
        "No hay datos etiquetados; los clientes van a poder corregir la categoría y eso se guarda."
    )
    assert parse(text).data_growth is True


def test_the_brand_tone_in_spanish_and_portuguese() -> None:
    assert parse("Queremos respuestas con el tono de la marca.").brand_voice is True
    assert parse("As respostas devem seguir o tom da marca.").brand_voice is True


def test_records_each_with_their_answer_and_a_trial_that_fell_short_in_german() -> None:
    constraints = parse(
        "Wir haben ca. 40.000 historische Berichte, jeweils mit der Ursache. Ein Versuch mit "
        "einem Sprachmodell brachte nur etwa 55 % Trefferquote."
    )
    assert constraints.prompting_fell_short is True


def test_every_six_months_in_portuguese_is_a_cadence_not_a_deadline() -> None:
    assert parse("Os preços mudam a cada 6 meses.").timeline_days is None


def test_no_history_in_portuguese_and_spanish() -> None:
    assert parse("Não temos histórico organizado.").labeled_examples == 0
    assert parse("No tenemos histórico de consultas.").labeled_examples == 0


def test_a_german_trial_that_did_not_work_and_its_verdicts() -> None:
    text = (
        "Ein Versuch mit einem reinen Prompt-Ansatz hat nicht funktioniert: Rechnungen wurden "
        "ständig falsch eingestuft. Wir haben etwa 50.000 Fälle mit der endgültigen Entscheidung "
        "des Sachbearbeiters."
    )
    found = parse(text)
    assert found.prompting_fell_short is True
    assert found.labeled_examples == 50000


def test_a_dutch_trial_and_approved_answers() -> None:
    text = (
        "We hebben een chatbot met een lange prompt geprobeerd, maar de toon verschilt per "
        "gesprek. We hebben zo'n 30.000 chatgesprekken waarvan het antwoord is goedgekeurd."
    )
    found = parse(text)
    assert found.prompting_fell_short is True
    assert found.labeled_examples == 30000


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Temos umas 6 mil respostas escritas pelos nossos atendentes.", 6000),
        ("Nous avons environ 3 000 réponses rédigées par le service client.", 3000),
        ("Tenemos unas 9 mil descripciones redactadas por el equipo.", 9000),
    ],
)
def test_records_written_by_people_said_in_other_languages_are_labels(
    text: str, labels: int
) -> None:
    assert parse(text).labeled_examples == labels
