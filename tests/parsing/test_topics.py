"""Domain and task."""

from __future__ import annotations

import pytest

from assistant.constraints import Domain, Task
from assistant.parsing import parse
from tests.parsing.helpers import check

H, L, F = Domain.HEALTHCARE, Domain.LEGAL, Domain.FINANCE
CS, TS = Domain.CUSTOMER_SERVICE, Domain.TECHNICAL_SUPPORT
MK, MD, CR, EC, ED, GN = (
    Domain.MARKETING,
    Domain.MEDIA,
    Domain.CREATIVE,
    Domain.ECOMMERCE,
    Domain.EDUCATION,
    Domain.GENERAL,
)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("We run a chain of dental clinics.", H),
        ("Clinic network wants a symptom-checker chatbot.", H),
        ("hey all, hosptial IT here. docs want discharge summaries rewritten for patients", H),
        ("Orthodontics group, 14 practices", H),
        ("Clinical notes -> ICD-10 code assignment.", H),
        ("Pharma company: draft adverse-event narratives.", H),
        ("A veterinary practice wants appointment reminders.", H),
        ("Corporate legal department: summarise NDAs.", L),
        ("Law firm wants to review leases.", L),
        ("We're a marketing agency building a contract-review tool for law firms.", L),
        ("Mortgage lender: classify loan documents into 40 types.", F),
        ("Accounting SaaS: categorize expense line items.", F),
        ("A regional bank wants a chatbot to answer questions about account fees.", F),
        ("Insurance company: summarize claim files for adjusters.", F),
        ("Tax prep firm wants to extract fields from W-2 forms.", F),
        ("Sentiment analysis of app store reviews for a fintech app.", F),
        ("Answer 4 million customer chats per month for an airline.", CS),
        ("Customer support team at a hotel chain wants to classify incoming emails.", CS),
        ("Regional gym chain, member services: a bot for class schedules.", CS),
        ("Customer service chatbot for a furniture retailer's order questions.", CS),
        ("Municipal library wants a help bot for opening hours.", CS),
        ("Our B2B SaaS needs to route support tickets to the right team.", CS),
        ("Draft replies to guest inquiries for our hotel chain.", CS),
        ("call centre transcripts need summaries", CS),
        ("Cloud hosting provider: technical support bot for Kubernetes networking issues.", TS),
        ("Our hospital's IT help desk wants to triage tickets.", TS),
        ("IT support tickets about VPN and printer problems", TS),
        ("Need a tool that writes Instagram captions for our coffee shop.", MK),
        ("Generate Facebook ad copy for our campaigns.", MK),
        ("Real-estate agency wants property listing descriptions.", MK),
        ("Detect the sentiment of tweets about our brand.", MK),
        ("Local newspaper wants headline suggestions for articles.", MD),
        ("A podcast network wants episode summaries.", MD),
        ("Classify news articles by topic for our newsroom.", MD),
        ("Video game company: in-game NPC banter generator.", CR),
        ("Write fantasy short stories for kids.", CR),
        ("Indie game studio, dialogue for NPCs.", CR),
        ("Translate our product catalog into Spanish for our Shopify store.", EC),
        ("Online store: write product descriptions for 5,000 SKUs.", EC),
        ("Edtech startup: generate quiz questions from textbook chapters.", ED),
        ("Help our university admissions office answer applicant emails.", ED),
        ("Grade student essays for a high school.", ED),
        ("We need a general-purpose assistant for internal questions.", GN),
        ("a generic chatbot, nothing domain specific", GN),
        ("We want help with general stuff like rewording emails.", GN),
        ("Paramedic dispatch service: sort emergency calls by urgency.", H),
        ("Employment law boutique drafting client letters.", L),
        ("An asset manager wants fund commentary drafted.", F),
        ("Our quant desk wants research write-ups summarised.", F),
        ("We sell a WordPress plugin and need an installation help bot.", TS),
        ("Observability startup: support bot for config questions.", TS),
        ("Screenwriting team wants plot twist ideas.", CR),
        ("Greeting-card company: verse ideas for birthdays.", CR),
        ("Children's book publisher: personalised bedtime stories.", CR),
        ("Grocery delivery app: normalise product search queries.", EC),
        ("State exam board wants short answers scored against rubrics.", ED),
        ("Retention team: win-back emails for lapsed subscribers.", MK),
        ("We're an airline; passengers message us about rebooking.", CS),
        ("Customer-care team of a telecom wants call summaries.", CS),
        ("Online bookshop: blurbs for each title page, written like our copywriters.", EC),
        ("University IT service desk: students ask about wifi, printing and VPN.", TS),
        ("We're a fashion e-tailer; returns pile up.", EC),
    ],
)
def test_domain(text: str, domain: Domain) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    "text",
    [
        "Could an LLM help us?",
        "We want a tool. Budget $5k, 3 weeks.",
        "It needs to be fast and cheap.",
    ],
)
def test_no_domain_when_nothing_says(text: str) -> None:
    check(text, domain=None)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Customer support team at a bank wants to classify incoming emails.", F),
        ("One of the top banks, with a 24/7 contact centre: draft replies to disputes.", F),
        ("A mortgage lender's call centre wants call summaries.", F),
        ("Our hospital's patient helpline needs a triage assistant.", H),
    ],
)
def test_a_named_industry_beats_customer_service(text: str, domain: Domain) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Insurance broker, marketing team (not underwriting): LinkedIn posts.", MK),
        ("Boutique hotel group: a guest-messaging bot that is never generic.", CS),
    ],
)
def test_negated_words_do_not_count(text: str, domain: Domain) -> None:
    check(text, domain=domain)


def test_general_only_when_no_other_domain_is_named() -> None:
    check("A general-purpose assistant for our hospital staff.", domain=H)


def test_a_finance_department_approving_is_not_the_domain() -> None:
    check("12,000 dollars is what finance approved.", domain=None)


def test_the_first_sentence_weighs_more() -> None:
    # The company is a bank; a later mention of marketing is in passing.
    check(
        "A retail bank wants to summarise loan applications. Marketing may reuse it later.",
        domain=F,
    )


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("classify loan documents into 40 types", Task.CLASSIFICATION),
        ("categorise expense line items", Task.CLASSIFICATION),
        ("route incoming emails to the right team", Task.CLASSIFICATION),
        ("triage support tickets", Task.CLASSIFICATION),
        ("tag each ticket with a product area", Task.CLASSIFICATION),
        ("Clinical notes -> ICD-10 code assignment", Task.CLASSIFICATION),
        ("extract fields from invoices", Task.EXTRACTION),
        ("pull out names and dates from contracts", Task.EXTRACTION),
        ("summarize NDAs", Task.SUMMARIZATION),
        ("summarise meeting transcripts", Task.SUMMARIZATION),
        ("condense long reports into a paragraph", Task.SUMMARIZATION),
        ("handover notes condensed into bullet points", Task.SUMMARIZATION),
        ("writes Instagram captions", Task.GENERATION),
        ("drafts treatment-plan explanations", Task.GENERATION),
        ("headline suggestions for articles", Task.GENERATION),
        ("property listing descriptions", Task.GENERATION),
        ("an assistant that drafts replies", Task.GENERATION),
        ("in-game NPC banter generator", Task.GENERATION),
        ("a symptom-checker chatbot", Task.CHAT),
        ("technical support bot for Kubernetes", Task.CHAT),
        ("Answer 4 million customer chats per month", Task.CHAT),
        ("a conversational agent for our app", Task.CHAT),
        ("answer questions about our internal docs", Task.QUESTION_ANSWERING),
        ("a Q&A tool over the employee handbook", Task.QUESTION_ANSWERING),
        ("translate product pages into German", Task.TRANSLATION),
        ("localise our app strings", Task.TRANSLATION),
        ("sentiment of app reviews", Task.SENTIMENT),
        ("tell whether each review is positive or negative", Task.SENTIMENT),
        ("summarize NDAs and flag non-standard terms", Task.DOCUMENT_REVIEW),
        ("review contracts for risky clauses", Task.DOCUMENT_REVIEW),
        ("analyze leases for unusual provisions", Task.DOCUMENT_REVIEW),
        ("Generate SQL queries from natural language", Task.CODE),
        ("write unit tests for our Python services", Task.CODE),
        ("code review comments on pull requests", Task.CODE),
        ("an entity extractor for contracts", Task.EXTRACTION),
        ("generate episode summaries from transcripts", Task.SUMMARIZATION),
        ("a model that tags incoming emails as billing or other", Task.CLASSIFICATION),
        ("map free-text descriptors to merchant categories", Task.CLASSIFICATION),
        ("regulatory complaint coding", Task.CLASSIFICATION),
        ("classify the sentiment of each review", Task.SENTIMENT),
        ("pull names and ID numbers out of uploaded documents", Task.EXTRACTION),
    ],
)
def test_task(text: str, task: Task) -> None:
    check(text, task=task)


def test_no_task_when_nothing_says() -> None:
    check("Budget $5k, 3 weeks, healthcare.", task=None)


def test_evidence_lists_the_words() -> None:
    constraints = check("Dental clinics; patients; clinical terms.", domain=H)
    assert constraints.evidence["domain"] == "Dental, clinics, patients"


@pytest.mark.parametrize(
    "text",
    [
        # Support for a software or hardware product is technical support.
        "Support team for our database product wants consistent answers",
        "Support bot for questions about our query language and agent config",
        "Customer support for our SaaS analytics platform",
        "We run support for a network monitoring tool.",
        "A help desk for our accounting software.",
        "support for developers using our API",
        "Our database company's support team answers the tickets.",
        "Customer support for a firmware update tool on our routers.",
    ],
)
def test_support_for_a_technical_product(text: str) -> None:
    check(text, domain=TS)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # Support for orders, returns, bookings or guests is customer service.
        ("Support team for our online store handles orders and returns.", CS),
        ("Support bot for questions about bookings and refunds", CS),
        ("support for our hotel guests", CS),
        ("customer support for an airline: bookings, baggage, refunds", CS),
        ("We keep customer tickets in a database; the support team answers refunds.", CS),
        ("support for our mobile banking app", F),
        ("a customer support chatbot for our SaaS billing questions", CS),
        ("help desk for our software subscriptions and refunds", CS),
    ],
)
def test_support_for_orders_and_bookings_is_not_technical(text: str, domain: Domain) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    "text",
    [
        # Support for software, hardware, devices, developer tools, network gear and
        # industrial equipment.
        "tier-2 support for our PLC programming software",
        "support for our chip-design (EDA) software",
        "help customers set up our Wi-Fi mesh router",
        "support questions about our IoT gateway: MQTT, certificates",
        "Second-line support for our network switches and firewalls.",
        "Customers email us about pairing our Bluetooth headphones.",
        "support for our industrial equipment",
        "We make CNC machines; the bot helps operators troubleshoot spindle errors.",
        "Help desk for our accounting software's API integrations.",
    ],
)
def test_support_for_a_technical_product_in_other_words(text: str) -> None:
    check(text, domain=TS)


@pytest.mark.parametrize(
    "text",
    [
        # Bills, a utility's outages, orders, bookings and memberships.
        "contact-centre agents at a water utility answer billing and outage messages",
        "A gas and electricity supplier wants to answer meter-reading and bill queries in its "
        "call centre.",
        "A gym chain answers membership and class-booking questions.",
        "Support for our SaaS billing questions and refunds.",
        "Support for orders and bookings at our hotel.",
    ],
)
def test_support_for_bills_orders_and_bookings(text: str) -> None:
    check(text, domain=CS)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # People named in passing do not make the domain.
        (
            "We're a seed-stage startup; our investor asked the CTO to look at support for "
            "our booking app.",
            CS,
        ),
        ("Our CFO approved $20k for a support bot for our gym memberships.", CS),
        ("Our VC wants us to automate support for the hotel booking platform.", CS),
        # A described project in no named field is general work.
        (
            "The CTO of our bakery chain wants a bot that answers questions about orders.",
            Domain.GENERAL,
        ),
        # Investors as the audience of the work are finance.
        ("Our investor relations team drafts shareholder letters.", F),
    ],
)
def test_an_investor_in_passing_is_not_finance(text: str, domain: Domain | None) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    "text",
    [
        "sort emails into urgent / can wait",
        "Sort our inbox into urgent / can wait and add a one-line summary.",
        "Sort every inbound message by urgency.",
        "Classify incoming emails as urgent or can-wait.",
        "tagging of internal documents",
        "tagging of internal documents, with a short summary field",
        "Auto-tagging of knowledge-base articles, plus a one-line summary.",
        "route to one of 60 reason codes",
        "Read the complaint summary and route to one of 60 reason codes.",
        "Assign each call transcript to one of 45 disposition codes and summarise it.",
    ],
)
def test_classification_beside_other_work(text: str) -> None:
    check(text, task=Task.CLASSIFICATION)


@pytest.mark.parametrize(
    "text",
    [
        "Summarise long threads into a short digest.",
        "one of our analysts writes a summary of each call",
    ],
)
def test_summaries_without_a_set_to_choose_from(text: str) -> None:
    check(text, task=Task.SUMMARIZATION)


@pytest.mark.parametrize(
    "text",
    [
        "A CLI that writes commit messages from the diff; it reads the logs and calls our API.",
        "Generate SQL for analysts against our database; the software team owns it.",
    ],
)
def test_software_words_alone_are_not_technical_support(text: str) -> None:
    assert parse(text).domain != "technical_support"


@pytest.mark.parametrize(
    "text",
    [
        "I manage IT for a law office; staff keep asking about VPN and printer errors.",
        "An assistant over the documentation for one specific piece of software we sell.",
        "Our IT team answers the same password reset questions every day.",
    ],
)
def test_people_who_field_technical_questions_are_technical_support(text: str) -> None:
    assert parse(text).domain == "technical_support"


@pytest.mark.parametrize(
    "text",
    [
        "HR wants resumes screened against the job ad; legal says the old decisions may be biased.",
        "Support bot for our gym members. Legal signed off on the pilot last week.",
    ],
)
def test_the_company_s_lawyers_as_a_gate_are_not_the_legal_field(text: str) -> None:
    assert parse(text).domain != "legal"


def test_a_legal_team_that_wants_legal_work_is_legal() -> None:
    assert parse("Our legal team wants an assistant that reviews NDAs.").domain == "legal"


@pytest.mark.parametrize(
    "text",
    [
        "Toxicity detection for comments on our gaming forum.",
        "We want to flag abusive messages before moderators see them.",
        "About 30k support emails, 7 classes, tagged by the team lead.",
        "Predict the right HS code for each shipment line.",
    ],
)
def test_detecting_harm_classes_by_size_and_picking_a_code_are_classification(
    text: str,
) -> None:
    assert parse(text).task is Task.CLASSIFICATION


def test_tags_from_a_controlled_vocabulary_are_classification() -> None:
    text = "Our archive of 2M articles needs tags from our controlled vocabulary of 900 terms."
    assert parse(text).task is Task.CLASSIFICATION


@pytest.mark.parametrize(
    "text",
    [
        "We're a small tour operator; we want AI to answer the emails of our guests faster.",
        "Customers' questions come in on WhatsApp, about 80 a day.",
        "The city's 311 line wants draft replies for residents.",
        "Tag our help-center articles with one of 12 topics.",
    ],
)
def test_serving_the_people_a_business_serves_is_customer_service(text: str) -> None:
    assert parse(text).domain is Domain.CUSTOMER_SERVICE


@pytest.mark.parametrize(
    "text",
    [
        "Teaching an LLM our internal DSL, which no model has seen.",
        "Lessons learned from a text-to-SQL project.",
        "Depends on the Instructor integration for structured output.",
        "My course project: sentiment on Yelp reviews with Gemma.",
        "I exported my Facebook messages to make a bot that talks like me.",
    ],
)
def test_words_that_only_sound_like_a_field(text: str) -> None:
    assert parse(text).domain not in (Domain.EDUCATION, Domain.MARKETING)


def test_teaching_people_is_still_education() -> None:
    assert parse("Our teaching assistants grade 9th-grade essays.").domain is Domain.EDUCATION


@pytest.mark.parametrize(
    "text",
    [
        # A field outside the vocabulary, named as the team's own, outweighs passing words
        # of a named field.
        "We're a haulage firm: pull consignee, weight and pallet count out of scanned "
        "delivery notes and supplier invoices.",
        "HR team here. New joiners ask the same things about leave, expenses and payroll "
        "dates; we want a bot over the employee handbook.",
        "Our recruiting team screens 3,000 applicants a month; legal flagged bias in the old "
        "hiring data, so nothing is labelled.",
        "I run quality at a factory that makes brake parts; operators log defects in "
        "shorthand and we must code each one for the audit trail.",
        "Farm co-op with 300 farmers: answer questions about subsidy deadlines.",
        "The city council wants a chatbot over its permit rules for residents' planning "
        "applications.",
        "Our charity writes grant reports for 15 funders a year, each in its own format.",
        "Internal comms: turn the CEO's bullet points into the weekly staff newsletter.",
        "A research lab in marine ecology: turn field notes into structured records.",
    ],
)
def test_a_field_the_vocabulary_does_not_name_is_general(text: str) -> None:
    check(text, domain=GN)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # Work every organisation does stays that work in a field the vocabulary lacks.
        (
            "A logistics company's customer service team answers questions about delayed parcels.",
            CS,
        ),
        ("IT support tickets from our warehouse staff about scanners and printers.", TS),
        ("Marketing for our farm shop: Instagram captions for weekly specials.", MK),
        # A strong word of a named field still names it.
        ("Hospital logistics: summarise patient transfer notes for the clinical team.", H),
    ],
)
def test_functions_and_strong_fields_beat_a_general_field(text: str, domain: Domain) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # Machine-learning words that look like a field.
        (
            "We distil a small student model from a larger teacher model for ticket routing "
            "in our warehouse system.",
            GN,
        ),
        ("We use LLM-as-a-judge to score summaries of our trucking incident reports.", GN),
        (
            "Prompting reached 70% agreement with our reviewers on the delay codes of our "
            "trucking company's shipments.",
            GN,
        ),
        (
            "The tuning job has a 40,000 character limit, which is too small for our "
            "factory maintenance manuals.",
            GN,
        ),
        (
            "Intent list is fixed for the whole contract period; route support emails for our "
            "gym chain.",
            CS,
        ),
    ],
)
def test_machine_learning_words_are_no_field(text: str, domain: Domain) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Trabajamos en una empresa de entregas y queremos clasificar las incidencias.", GN),
        ("Wir sind ein Logistikdienstleister und wollen Frachtbriefe auslesen, 30 Felder.", GN),
        ("Escribo desde el ayuntamiento: un asistente para dudas sobre trámites.", GN),
        ("Somos um banco digital e queremos detectar fraude nas mensagens do chat.", F),
        ("Trabalho numa operadora de planos de saúde e precisamos codificar guias.", H),
        ("Nous voulons publier sur les réseaux sociaux trois fois par jour.", MK),
    ],
)
def test_fields_named_in_other_languages(text: str, domain: Domain) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Route incoming tickets to one of 40 resolver groups; 200k closed tickets.", TS),
        ("The on-call bot should suggest runbook steps when an alert fires.", TS),
        ("County public health lab: summarise outbreak reports.", H),
        ("Draft apology emails to people whose parcels are late.", CS),
        ("Map merchant names to merchant category codes.", F),
        ("Insurer: read each first notice of loss and assign a loss code.", F),
        ("Write alt text for our product images.", EC),
    ],
)
def test_more_words_that_name_a_field(text: str, domain: Domain) -> None:
    check(text, domain=domain)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        (
            "We translate the monthly company newsletter into German and Japanese. Finance "
            "asked whether we should be fine-tuning our own translation model.",
            Domain.GENERAL,
        ),
        (
            "The City Clerk's office wants plain-language summaries of council meeting "
            "agendas. Our IT department is two people.",
            Domain.GENERAL,
        ),
        (
            "credit union mktg team - want an AI to draft social posts for our car loan promo.",
            Domain.MARKETING,
        ),
    ],
)
def test_a_department_as_a_voice_or_the_team_is_not_the_field(text: str, domain: Domain) -> None:
    assert parse(text).domain is domain


@pytest.mark.parametrize(
    "text",
    [
        "We're a small gym chain and want a WhatsApp bot to answer client questions about "
        "class times and plan prices.",
        "No data yet but every agent reply gets logged with the customer msg.",
    ],
)
def test_the_people_a_business_serves_asking_is_customer_service(text: str) -> None:
    assert parse(text).domain is Domain.CUSTOMER_SERVICE


def test_a_quality_standard_audit_is_not_finance() -> None:
    text = (
        "Automotive supplier, 6 plants: non-conformance reports need a root cause before "
        "the IATF audit."
    )
    assert parse(text).domain is not Domain.FINANCE


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # The field said about as much as the service: the field.
        (
            "Our bank's support desk answers customers' questions about loans, mortgages and "
            "card fees.",
            Domain.FINANCE,
        ),
        # A field's word passing by in a text about service work: the service.
        (
            "We run the customer contact centre for a parcel firm: 90,000 customer chats and "
            "calls a month, complaints and redelivery requests, and our QA auditors score a few "
            "calls by hand.",
            Domain.CUSTOMER_SERVICE,
        ),
    ],
)
def test_service_work_belongs_to_a_field_only_where_the_field_is_said_as_much(
    text: str, domain: Domain
) -> None:
    assert parse(text).domain is domain


@pytest.mark.parametrize(
    "text",
    [
        "Our customs brokerage files about 3,000 import declarations a month and wants HS codes "
        "suggested from the shipper's goods description.",
        "We are a small customs broker in Antwerp; customs clearance paperwork eats our week.",
    ],
)
def test_customs_work_is_general_not_finance(text: str) -> None:
    assert parse(text).domain is Domain.GENERAL


def test_an_investment_brokerage_is_still_finance() -> None:
    text = "Our brokerage wants summaries of client portfolios for the advisers."
    assert parse(text).domain is Domain.FINANCE


@pytest.mark.parametrize(
    "text",
    [
        "We run a small B&B in the hills; guests message us all day about parking and "
        "check-in times and I want a bot to answer.",
        "Our housing office gets tenants emailing about repairs and rent, maybe 25 a day.",
    ],
)
def test_the_people_a_business_serves_writing_in_is_customer_service(text: str) -> None:
    assert parse(text).domain is Domain.CUSTOMER_SERVICE


def test_students_asking_is_still_education() -> None:
    text = "Our students ask the same questions about essay deadlines every term."
    assert parse(text).domain is Domain.EDUCATION
