"""Classes of description that were misread, each with new sentences of our own: datasets
not called "labeled", trials that are not deadlines, prototypes inside production work, and
projects outside the named fields."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.constraints import Domain, Task
from assistant.parsing import parse


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Clerks have keyed roughly 42,000 customs forms by hand.", 42_000),
        (
            "We hold 9,000 scanned invoices, each paired with the entries our bookkeepers made.",
            9_000,
        ),
        ("About 6,500 call notes where supervisors validated the outcome code.", 6_500),
        ("* 11,000 warranty claims w/ part, symptom and the final decision", 11_000),
        ("There are 3,000 service tickets with the owning squad recorded.", 3_000),
        ("Lab techs have already structured ~2,400 assay write-ups into our schema.", 2_400),
        ("We kept 20k input/output pairs from the old system.", 20_000),
    ],
)
def test_a_dataset_named_by_what_it_pairs_is_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "Our prompt carries 12 example answers.",
        "We pass 6 few-shot examples with every call.",
    ],
)
def test_examples_inside_a_prompt_are_not_a_training_set(text: str) -> None:
    assert parse(text).labeled_examples is None


@pytest.mark.parametrize(
    "text",
    [
        "We've been piloting a prompt with the claims team for three weeks and it works.",
        "Each wrong routing adds about 2 days to the reply.",
        "We tested it for a month on one site.",
    ],
)
def test_how_long_something_ran_or_delays_is_not_a_deadline(text: str) -> None:
    assert parse(text).timeline_days is None


def test_a_deadline_beside_a_trial_is_still_read() -> None:
    c = parse("We piloted a prompt for two weeks; the full launch must be live in 6 weeks.")
    assert c.timeline_days == 42


@pytest.mark.parametrize(
    "text",
    [
        "Shipping feature for all players: our GPT prototype kept breaking the lore.",
        "This goes to production for 3,000 agents; the earlier POC used a prompt.",
    ],
)
def test_a_prototype_tried_on_the_way_does_not_make_production_work_exploratory(
    text: str,
) -> None:
    assert parse(text).exploratory is not True


@pytest.mark.parametrize(
    "text",
    [
        "We're just prototyping a recipe bot over the weekend.",
        "It is a quick proof of concept for the board.",
    ],
)
def test_a_project_that_is_itself_a_prototype_is_exploratory(text: str) -> None:
    assert parse(text).exploratory is True


@pytest.mark.parametrize(
    "text",
    [
        "Our warehouse team wants shift handover notes condensed into five bullet points.",
        "The facilities group would like to sort maintenance requests into twelve trades.",
        "Exploring whether an LLM can help our product managers write user stories.",
        "A software company wants to generate release notes.",
    ],
)
def test_a_described_project_outside_the_named_fields_is_general(text: str) -> None:
    assert parse(text).domain is Domain.GENERAL


@pytest.mark.parametrize("text", ["We want AI for our docs.", "thoughts on LLMs?"])
def test_a_thin_request_names_no_field(text: str) -> None:
    assert parse(text).domain is None


@pytest.mark.parametrize(
    "text",
    [
        "Step 1: a prompted model with our rubric. Step 2, after a term of teacher "
        "corrections: fine-tune.",
        "Plan is a prompt template at first; we log every edit, then fine-tune next year.",
        "Start with a prompted model now and after a few months distill it into a small model.",
    ],
)
def test_a_plan_in_two_steps_is_a_staged_plan(text: str) -> None:
    assert parse(text).staged_plan is True


def test_saving_edits_is_labels_to_come() -> None:
    assert parse("Editors fix each draft and we keep the edits.").data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "Starting next month every invoice gets stored with the codes our clerks confirmed.",
        "Each translation gets approved or fixed by a reviewer, which gives us pairs.",
        "Nurses will check the suggested codes from go-live.",
        "Subeditors' final captions will be saved from day one.",
    ],
)
def test_verdicts_on_outputs_kept_as_the_work_goes_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "We checked every output in 2023 and stored the results.",
        "There are 4,000 approved captions in the archive.",
        "Clerks review every invoice.",
    ],
)
def test_verdicts_given_in_the_past_or_records_held_are_not_data_to_come(text: str) -> None:
    assert parse(text).data_growth is not True


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Once we open the Nordic stores, order volume goes about 3x.", "future_scale"),
        (
            "Ops wants fully automated posting next year; review is fine for the pilot.",
            "future_need",
        ),
        ("The accuracy bar goes up for the public v2.", "future_need"),
    ],
)
def test_needs_and_volumes_ahead_said_in_passing(text: str, field: str) -> None:
    assert getattr(parse(text), field) is True


def test_a_multiple_in_the_past_is_no_volume_ahead() -> None:
    assert parse("Ticket volume went up 3x last year.").future_scale is None


@pytest.mark.parametrize(
    "text",
    [
        "We don't have labelled invoices.",
        "No question/answer pairs so far.",
        "We haven't got a proper Q&A set.",
        "There are no historic tagged tickets.",
    ],
)
def test_no_labelled_thing_of_any_name_is_zero(text: str) -> None:
    assert parse(text).labeled_examples == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The registry holds 9,000 reports that coders have already abstracted into fields.",
            9_000,
        ),
        ("Clerks have docketed 25,000 filings with their deadline type since 2015.", 25_000),
        ("We keep 4,000 appeals that were double-reviewed by senior staff.", 4_000),
    ],
)
def test_records_worked_into_their_answers_are_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "Every essay is scored by two human raters each.",
        "We have 12 expert annotators on contract.",
    ],
)
def test_people_counted_are_not_records(text: str) -> None:
    assert parse(text).labeled_examples is None


def test_a_people_word_before_records_qualifies_them() -> None:
    assert parse("About 90k reviewer decisions with notes.").labeled_examples == 90_000


@pytest.mark.parametrize(
    "text",
    [
        "Our prompt-only proof of concept got 64% of fields right; ops needs 95%.",
        "A prompt-based pilot matched our nurses 70% of the time; the nurses themselves agree 91%.",
    ],
)
def test_a_prompted_proof_of_concept_below_the_bar_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "The prototype reached 83% agreement with our coders last quarter.",
        "Our prompt-only POC got 71% on the eval set; leadership wants 95%.",
    ],
)
def test_a_proof_of_concept_that_reported_a_result_is_no_exploration(text: str) -> None:
    assert parse(text).exploratory is not True


def test_a_proof_of_concept_as_the_project_is_exploratory() -> None:
    assert parse("This is a quick proof of concept for the board.").exploratory is True


@pytest.mark.parametrize(
    "text",
    [
        "The auditors will send about 900 adjudicated cases a month from now on.",
        "We get roughly 400 newly validated forms every week.",
    ],
)
def test_a_rate_of_records_given_their_answers_is_labels_to_come(text: str) -> None:
    parsed = parse(text)
    assert parsed.labels_per_month is not None
    assert parsed.monthly_requests is None


@pytest.mark.parametrize(
    "text",
    [
        "When we prompted with our clause library pasted in, it ignored the fallback wording.",
        "The prompted model didn't understand our part numbers at all.",
        "Prompting with the FAQ gave generic 'contact support' answers to nearly everything.",
        "We tried prompting: the same ticket got priority 2 one run and priority 4 the next.",
    ],
)
def test_prompting_that_fell_short_in_more_words(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We hold 90k warranty claims with the failure code assigned by engineers.", 90_000),
        (
            "There are 8 years of field reports, about 40,000, each has the fault and the fix.",
            40_000,
        ),
    ],
)
def test_records_with_their_answer_assigned_are_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "We want them sorted into our 38 root-cause codes.",
        "Tickets go to one of 25 queues.",
        "The new 311 platform will log every request w/ the category staff assigned.",
    ],
)
def test_code_sets_queues_and_systems_are_not_records(text: str) -> None:
    assert parse(text).labeled_examples is None


def test_records_whose_answers_are_not_trusted_are_a_corpus() -> None:
    parsed = parse("We have 30k deals, each with a category that was often inconsistent.")
    assert parsed.labeled_examples is None
    assert parsed.unlabeled_data is True


@pytest.mark.parametrize(
    "text",
    [
        "We have 4 years of graded essays in Moodle.",
        "We keep 6 years of call notes with outcome codes.",
    ],
)
def test_years_of_records_with_their_answers_are_a_training_set(text: str) -> None:
    assert parse(text).training_data is True


@pytest.mark.parametrize(
    "text",
    [
        "Field engineers ask questions by chat, 24 hours.",
        "It runs two shifts a day, about 900 parts per shift.",
    ],
)
def test_opening_hours_and_shifts_are_not_deadlines(text: str) -> None:
    assert parse(text).timeline_days is None


@pytest.mark.parametrize("text", ["Deadline: 24 hours.", "We need it live within 24 hours."])
def test_a_deadline_of_a_day_is_read(text: str) -> None:
    assert parse(text).timeline_days == 1


def test_a_verdict_on_each_output_without_a_verb_is_data_to_come() -> None:
    assert parse("Readers can thumbs-up or thumbs-down each summary.").data_growth is True


def test_a_need_once_the_team_has_data_is_a_need_ahead() -> None:
    text = "Once we have a quarter of edited replies, we'd want it to sound like our senior agents."
    assert parse(text).future_need is True


@pytest.mark.parametrize(
    "text",
    [
        "We built a prompt prototype; the claims team will use it from May.",
        "Our prompt prototype summarises leases; the company-wide rollout is planned for Q3.",
    ],
)
def test_a_prototype_put_to_use_is_not_exploratory(text: str) -> None:
    assert parse(text).exploratory is not True


@pytest.mark.parametrize(
    "text",
    [
        "A wrong dosage could literally harm a patient.",
        "A wrong tariff code is a customs compliance problem for us.",
        "A wrong date or amount could cost someone their pension.",
    ],
)
def test_the_harm_of_a_wrong_output_makes_accuracy_critical(text: str) -> None:
    assert parse(text).accuracy_critical is True


def test_a_wrong_output_that_costs_nothing_is_not_critical() -> None:
    assert parse("A wrong tag costs us nothing really.").accuracy_critical is not True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("The labels get reshuffled every fiscal year.", "requirements_change", "occasional"),
        ("The tariff table will change under us next spring.", "requirements_change", "occasional"),
        ("Finance says API costs have to stay under 2k a month.", "monthly_budget_usd", 2000),
        ("Agents want the draft the moment the chat closes.", "latency_sensitive", True),
        ("Nothing can go to a third-party API.", "compliance", True),
        (
            "Each character keeps its voice across every quest, zero drift.",
            "consistency_required",
            True,
        ),
        ("Every blurb has to sound like the autumn catalogue copy.", "brand_voice", True),
    ],
)
def test_facts_said_in_passing(text: str, field: str, value: object) -> None:
    got = getattr(parse(text), field)
    assert (got.value if hasattr(got, "value") else got) == value


@pytest.mark.parametrize(
    "text",
    [
        "Our online store has ~12k product reviews and gets ~500 new ones a month.",
        "The hotel has 3,000 guest reviews on file.",
    ],
)
def test_a_shop_and_its_reviews_are_no_verdicts_to_come(text: str) -> None:
    assert parse(text).data_growth is None


def test_storing_every_corrected_reply_is_data_to_come() -> None:
    assert parse("From launch we store every corrected reply.").data_growth is True


def test_routing_to_one_of_n_named_groups_is_classification() -> None:
    text = "Each submission is routed to 1 of 40 specialist desks."
    assert parse(text).task is Task.CLASSIFICATION


@pytest.mark.parametrize(
    ("text", "fell_short"),
    [
        ("We tried the prompt on 40 claims; adjusters flagged 11 for wrong amounts.", True),
        ("Tried prompting on 25 letters, legal rejected 9 of them.", True),
        ("We ran a few-shot prompt over 60 tickets: 31 of 60 were routed right.", True),
        ("We tried prompting on 50 abstracts, reviewers accepted 47 of 50.", False),
        ("We tried prompting on 100 tickets; reviewers flagged 3.", False),
    ],
)
def test_a_trial_told_as_a_count_of_its_items(text: str, fell_short: bool) -> None:
    assert parse(text).prompting_fell_short is fell_short


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("No record containing patient data may be used for training.", "compliance", True),
        ("We never upload member files to third-party tools.", "compliance", True),
        ("No source code goes to external services.", "compliance", True),
        ("The false-negative rate has to be under 2%.", "accuracy_critical", True),
        ("ML expertise is strong here, most of us came from research.", "ml_expertise", "high"),
        (
            "The categories will probably change again after the merger.",
            "requirements_change",
            "occasional",
        ),
        ("The scope keeps growing with every new client.", "requirements_change", "occasional"),
    ],
)
def test_rules_bars_skills_and_change_said_plainly(text: str, field: str, value: object) -> None:
    got = getattr(parse(text), field)
    assert (got.value if hasattr(got, "value") else got) == value


@pytest.mark.parametrize(
    ("text", "fell_short"),
    [
        (
            "A trial using an AI assistant with written instructions sorted seven in ten "
            "letters correctly.",
            True,
        ),
        ("We piloted a prompted setup and the tone varied a lot from draft to draft.", True),
        ("We tried GPT with our glossary and it kept using the wrong product names.", True),
        (
            "For two months we use an AI model with a prompt, it is correct about 97% of the time.",
            False,
        ),
    ],
)
def test_more_trials_and_their_outcomes(text: str, fell_short: bool) -> None:
    assert parse(text).prompting_fell_short is fell_short


def test_a_share_said_as_n_in_m_is_no_count() -> None:
    assert parse("It routed about seven in ten items correctly.").labeled_examples is None


def test_variation_as_a_fault_is_no_wish_for_variety() -> None:
    assert parse("The tone varied a lot from draft to draft.").creative_variety is None


def test_departments_to_route_to_are_kinds_not_records() -> None:
    assert (
        parse("Letters must be routed to one of 17 service departments.").labeled_examples is None
    )


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "The rulebook changes maybe once a year, it's pretty stable.",
            "requirements_change",
            "stable",
        ),
        (
            "The district map only gets reorganized every election cycle.",
            "requirements_change",
            "stable",
        ),
        ("Scores mustn't drift between runs; audits compare them.", "consistency_required", True),
        ("Every podcast has its own narrator voice.", "brand_voice", True),
    ],
)
def test_stability_consistency_and_voice_said_in_passing(
    text: str, field: str, value: object
) -> None:
    got = getattr(parse(text), field)
    assert (got.value if hasattr(got, "value") else got) == value


def test_a_year_data_goes_back_to_is_no_count() -> None:
    assert parse("Our A/B data only goes back to 2021.").labeled_examples is None


@pytest.mark.parametrize(
    "text",
    [
        "Update: the reviewers loved the demo and want this in their daily workflow.",
        "Ya no es exploratorio: la dirección lo quiere en producción.",
    ],
)
def test_a_tool_wanted_in_daily_work_is_not_exploratory(text: str) -> None:
    assert parse(text).exploratory is False


def test_records_all_with_their_answers_without_an_article_are_labeled() -> None:
    assert parse("We keep 7,000 incident reports, all with cause codes.").labeled_examples == 7_000


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Replies about pay must use exactly the policy wording.", "consistency_required", True),
        ("Identical claims have to get identical codes.", "consistency_required", True),
        ("Values must match our ERP picklists exactly.", "consistency_required", True),
        ("Recall is everything: a missed study ruins the review.", "accuracy_critical", True),
        ("Dispatchers need it within seconds of the call.", "latency_sensitive", True),
        ("Finance capped the inference spend at $500/month.", "monthly_budget_usd", 500),
        ("The code list changes in October every year.", "requirements_change", "occasional"),
    ],
)
def test_requirements_said_as_rules_of_the_work(text: str, field: str, value: object) -> None:
    got = getattr(parse(text), field)
    assert (got.value if hasattr(got, "value") else got) == value


def test_a_deadline_given_up_is_not_the_deadline() -> None:
    assert parse("We don't need it in 2 weeks anymore, so we have 6 weeks.").timeline_days == 42


@pytest.mark.parametrize(
    "text",
    [
        "Every presenter is picky about their segment's voice.",
        "The tone of our onboarding emails is really distinctive.",
    ],
)
def test_a_voice_said_to_matter_in_other_words(text: str) -> None:
    assert parse(text).brand_voice is True


def test_prompting_that_gets_generic_fell_short() -> None:
    assert (
        parse(
            "We tried prompting with a few examples and it gets generic fast."
        ).prompting_fell_short
        is True
    )


def test_records_with_approved_replies_are_labeled() -> None:
    text = "Since the relaunch: ~2,800 tickets with good, agent-approved replies."
    assert parse(text).labeled_examples == 2_800


@pytest.mark.parametrize(
    "text",
    [
        "Once the product names are locked we want every answer to be consistent.",
        "In 2 years the regulator audits us and grading must be consistent.",
    ],
)
def test_a_need_once_things_settle_or_years_ahead(text: str) -> None:
    assert parse(text).future_need is True


def test_answers_too_vague_to_send_fell_short() -> None:
    text = (
        "We tried a ChatGPT prompt over the FAQ; support said the answers were too vague to send."
    )
    assert parse(text).prompting_fell_short is True


def test_a_named_law_is_compliance() -> None:
    assert parse("Listings must never discriminate, fair housing law.").compliance is True


def test_ab_or_holdout_experiments_of_a_product_are_not_exploratory() -> None:
    text = "From next sprint we run holdout experiments to see which pushes lift orders."
    assert parse(text).exploratory is not True


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We had two interns tag 1,300 of the returns last spring.", 1_300),
        ("The claims desk finished reviewing 4,200 of them in March.", 4_200),
        ("El equipo terminó de etiquetar 900 facturas.", 900),
    ],
)
def test_labelling_had_done_or_finished_is_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "We ran a prompted trial and it botched half the addresses.",
        "Tried GPT-4o on the menu cards; it got the allergen codes wrong.",
        "we tried prompting last month and it messed up the dosage units",
    ],
)
def test_a_trial_that_mangled_the_work_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("No one on the team has ever done any ML.", "ml_expertise", "none"),
        ("The report layout must stay exactly the same each month.", "consistency_required", True),
        ("Precision matters much less than speed here.", "accuracy_critical", False),
        ("The brief gets reworked every campaign.", "requirements_change", "frequent"),
    ],
)
def test_more_facts_said_in_passing(text: str, field: str, value: object) -> None:
    assert getattr(parse(text), field) == value


def test_a_budget_said_with_an_apostrophe() -> None:
    assert parse("budget's 7k tops, sorry").budget_usd == 7000


def test_labels_none_of_which_are_usable_are_none() -> None:
    text = "The old annotations used another scheme, so none of them are usable."
    assert parse(text).labeled_examples == 0


@pytest.mark.parametrize(
    "text", ["The personas are locked now, no more changes.", "Characters are locked."]
)
def test_a_brief_locked_or_frozen_is_stable(text: str) -> None:
    assert parse(text).requirements_change == "stable"


def test_no_more_changes_to_the_budget_says_nothing_of_the_requirements() -> None:
    assert parse("No more changes to the budget, please.").requirements_change is None


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("We piloted prompting on 150 forms: 78% field accuracy, finance needs 97.", True),
        ("We piloted prompting on 150 forms: 98% field accuracy, finance needs 97.", None),
        ("Ran it with the style rules in the system prompt; editors rejected most drafts.", True),
    ],
)
def test_a_score_before_its_measure_against_a_bare_bar(text: str, short: bool | None) -> None:
    assert parse(text).prompting_fell_short is short


@pytest.mark.parametrize(
    ("text", "count"),
    [("Roughly 2,500 contracts have tags in the DMS.", 2500), ("1,200 essays carry grades.", 1200)],
)
def test_records_that_have_their_marks_are_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("The editors rewrite anything that doesn't sound like us.", True),
        ("The prompted drafts don't sound like our brand yet.", True),
        ("It doesn't have to sound like us, it just has to be right.", False),
        ("Marketing is fine with a generic tone for the first release.", False),
    ],
)
def test_the_voice_said_through_what_misses_it(text: str, voice: bool) -> None:
    assert parse(text).brand_voice is voice


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Turns out our new volunteer is an NLP researcher.", "high"),
        ("After she leaves it's just me, and I've only ever done SQL.", "none"),
    ],
)
def test_expertise_said_through_a_person(text: str, level: str) -> None:
    assert parse(text).ml_expertise == level


@pytest.mark.parametrize(
    "text",
    [
        "We prompted Gemini for two weeks and the dosage mistakes were constant.",
        "Tried GPT-4o on the menus; the output was riddled with errors.",
    ],
)
def test_a_trial_full_of_mistakes_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_a_count_after_the_labelling_told_all_with_their_codes() -> None:
    text = (
        "Support has been tagging returns for years - nine thousand or so, all with reason codes."
    )
    assert parse(text).labeled_examples == 9000


def test_users_who_leave_if_nothing_shows_up_need_speed() -> None:
    text = "It's a live widget and visitors bail if nothing shows up within 3 seconds."
    assert parse(text).latency_sensitive is True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Legal says we can't send anything to US-hosted services.", "compliance", True),
        ("None of us in accounts know anything about training models.", "ml_expertise", "none"),
        (
            "Staff check every letter anyway, so the occasional error is fine.",
            "accuracy_critical",
            False,
        ),
        (
            "The rubric gets updated every month after the moderation meeting.",
            "requirements_change",
            "frequent",
        ),
        ("Marketing dropped it: plain and polite is fine, no special voice.", "brand_voice", False),
        ("Crews only skim it, so the format can be loose.", "consistency_required", False),
        ("The extension officers will keep logging new Q&As every week.", "data_growth", True),
        ("Volunteers keep writing hints every week for the question bank.", "data_growth", True),
    ],
)
def test_facts_said_in_the_fresh_replies_ways(text: str, field: str, value: object) -> None:
    assert getattr(parse(text), field) == value


def test_a_statement_opened_with_what_still_says_data_will_come() -> None:
    text = (
        "What would happen if we go ahead is that the ward clerk edits and signs off each "
        "draft, and those signed versions get stored."
    )
    assert parse(text).data_growth is True


def test_a_question_answering_bot_is_no_stream_of_answers() -> None:
    text = "Which approaches could work for a question-answering chatbot on our wiki?"
    assert parse(text).data_growth is None


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("We tried the prompt on 300 claims; 92% of the codes were right.", False),
        ("We tried the prompt on 300 claims; 35% of the codes came out wrong.", True),
        ("On a testé le prompt sur 200 lettres, 96 % des résumés étaient bons.", False),
    ],
)
def test_a_trial_judged_in_percent(text: str, short: bool) -> None:
    assert parse(text).prompting_fell_short is short


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Editors rewrite maybe half of what we get from prompting.", "prompting_fell_short", True),
        (
            "Our prompted in-store help bot keeps getting opening hours and stock levels wrong.",
            "prompting_fell_short",
            True,
        ),
        ("From this month every claim and whether it was upheld gets logged.", "data_growth", True),
        (
            "The desk approves or fixes each tag, so in a year we'd have a clean, corrected set.",
            "data_growth",
            True,
        ),
        (
            "We're starting an annotation programme where chemists confirm each extracted field.",
            "data_growth",
            True,
        ),
    ],
)
def test_fresh_blind_ways_of_saying_a_trial_or_data_to_come(
    text: str, field: str, value: object
) -> None:
    assert getattr(parse(text), field) == value


def test_a_lab_experiment_is_not_an_exploratory_project() -> None:
    text = "Scientists confirm the extracted fields when they close an experiment in the ELN."
    assert parse(text).exploratory is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "A prompt-based classifier we piloted in May invented categories.",
            "prompting_fell_short",
            True,
        ),
        ("It's a one-off matter and I'll read every summary myself.", "exploratory", True),
        ("The units change every half term.", "requirements_change", "frequent"),
    ],
)
def test_fresh_story_ways_of_saying_facts(text: str, field: str, value: object) -> None:
    assert getattr(parse(text), field) == value


def test_a_school_year_group_is_no_deadline() -> None:
    assert parse("I'm a Year 6 teacher at a primary school.").timeline_days is None


@pytest.mark.parametrize(
    "text",
    [
        "We'll prompt for the launch; once we pass 4,000 reviewed answers we evaluate a "
        "fine-tuned model.",
        "Prompting for now. When we hit 12k corrected drafts, we'd like to fine-tune.",
        "Our reviewers keep correcting outputs; once we cross 20k we plan to fine-tune.",
    ],
)
def test_a_count_to_pass_later_is_a_trigger_not_the_data_we_have(text: str) -> None:
    found = parse(text)
    assert found.labeled_examples is None
    assert found.staged_plan is True


def test_a_count_we_have_beside_a_count_to_pass_later() -> None:
    found = parse("We have 1,500 labelled tickets; once we hit 10,000 we should fine-tune.")
    assert found.labeled_examples == 1500
    assert found.staged_plan is True


def test_readers_who_notice_immediately_set_no_deadline() -> None:
    text = "Our readers notice immediately when the tone is off. We need it by June next year."
    assert parse(text, today=date(2026, 3, 1)).timeline_days != 7
    assert parse("Regulars spot immediately if a recipe is wrong.").timeline_days is None


@pytest.mark.parametrize(
    "text",
    [
        "We tested prompting on 200 contracts; the output format was different every time.",
        "We piloted GPT with a prompt and it regularly misread the indemnity caps.",
        "The team spent two months writing a giant prompt and editors still rejected most "
        "of what came out.",
    ],
)
def test_trials_whose_output_shifted_misread_or_was_rejected_fell_short(text: str) -> None:
    found = parse(text)
    assert found.prompting_fell_short is True
    assert found.creative_variety is not True


def test_a_wish_for_output_different_each_time_is_still_variety() -> None:
    assert parse("We want taglines that are fresh, different every time.").creative_variety


def test_outcomes_stored_next_to_each_document_are_labelled_records() -> None:
    text = (
        "We have about 6,000 leases where the paralegal's abstract and risk flag are stored "
        "next to the document."
    )
    found = parse(text)
    assert found.labeled_examples == 6000
    assert found.data_growth is not True


@pytest.mark.parametrize(
    "text",
    [
        "We're a regional bank (~$30B assets) and want narrative commentary drafted.",
        "An asset manager with $4bn under management wants its fund letters drafted.",
        "Marketplace with $900M GMV; we want listings categorised.",
    ],
)
def test_the_size_of_a_firm_in_money_is_no_budget(text: str) -> None:
    assert parse(text).budget_usd is None


@pytest.mark.parametrize(
    "text",
    [
        "Tried prompting for a quarter: drafts were readable but used unapproved terms.",
        "We tested a prompted model; it sometimes gave a reason that wasn't in the data.",
    ],
)
def test_a_trial_that_broke_house_terms_or_invented_reasons_fell_short(text: str) -> None:
    assert parse(text).prompting_fell_short is True


def test_inputs_kept_with_their_final_approved_outputs_are_labelled() -> None:
    text = "We have about 2,600 memos where we keep the input figures and the final approved text."
    assert parse(text).labeled_examples == 2600


def test_how_long_the_work_takes_people_today_is_no_deadline() -> None:
    text = "The monthly pack is manual and takes 4 analysts about three weeks."
    assert parse(text).timeline_days is None


def test_a_labelled_set_due_later_is_data_to_come() -> None:
    text = "Nothing is labelled yet; the agency's hand-coded intent dataset arrives next month."
    assert parse(text).data_growth is True


def test_budget_beside_a_team_size_is_no_amount() -> None:
    assert parse("We have budget and an AI team of 6.").budget_usd is None


@pytest.mark.parametrize(
    "text",
    [
        "Nothing is annotated; a volunteer annotation drive starts next month.",
        "No labels yet, but a labelling campaign is under way with our reviewers.",
    ],
)
def test_a_labelling_drive_that_is_starting_is_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


def test_past_work_where_people_documented_the_answer_is_labelled() -> None:
    text = "We have ~12,000 past audits where inspectors documented each finding with its clause."
    assert parse(text).labeled_examples == 12000


def test_prompting_results_poor_on_the_hard_cases_fell_short() -> None:
    text = "Prompting results: decent on simple requests, poor on complex oncology cases."
    assert parse(text).prompting_fell_short is True


@pytest.mark.parametrize(
    "text",
    [
        "From next month all pharmacist consultations will be logged, some 5k a month.",
        "We will use a platform that saves every conversation with our corrections.",
        "A partir do mês que vem, todas as consultas serão registradas.",
        "Vanaf volgende maand bevestigt de medewerker de categorie of past die aan, en dat wordt "
        "allemaal bewaard.",
    ],
)
def test_records_that_will_be_kept_from_now_on_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


def test_calls_that_grow_are_volume_not_data() -> None:
    assert parse("Calls will grow 20% next year.").data_growth is not True


def test_records_with_their_flags_are_labelled() -> None:
    text = "We have ~15k historic review comments with accepted/dismissed flags."
    assert parse(text).labeled_examples == 15000
