"""Plans and futures: a stated plan to prompt first and fine-tune later, and growth ahead."""

from __future__ import annotations

import pytest

from assistant.parsing import parse
from tests.parsing.helpers import check


@pytest.mark.parametrize(
    "text",
    [
        "We'd begin with few-shot prompts, then move to our own model when the data is in.",
        "Plan: get going with a hosted model and a good prompt; revisit tuning our own model "
        "in phase two.",
        "Prompting for now; fine-tuning once reviewers have rated a few thousand drafts.",
        "Eventually we might fine-tune, but the first release uses a plain prompt.",
        "Let's start by prompting and re-evaluate after the first quarter.",
    ],
)
def test_a_stated_plan_to_prompt_first_and_tune_later(text: str) -> None:
    assert parse(text).staged_plan is True


@pytest.mark.parametrize(
    "text",
    [
        "We do not plan to fine-tune later; prompting is the whole plan.",
        "There is no intention to fine-tune down the road.",
    ],
)
def test_a_denied_plan_reads_as_no(text: str) -> None:
    assert parse(text).staged_plan is False


@pytest.mark.parametrize(
    "text",
    [
        "We fine-tuned a model last year and it worked.",
        "Our prompt drafts replies for the help desk.",
        "Training a model is out of scope.",
    ],
)
def test_no_plan_is_read_where_none_is_said(text: str) -> None:
    assert parse(text).staged_plan is None


@pytest.mark.parametrize(
    "text",
    [
        "Traffic is forecast to quadruple once the app store listing goes live.",
        "Requests should grow by roughly 5x over the next year.",
        "If the trial goes well we extend it to all 60 warehouses.",
        "After the pilot we roll it out to every branch.",
        "A 10x increase in users is expected by the autumn.",
    ],
)
def test_growth_ahead(text: str) -> None:
    assert parse(text).future_scale is True


@pytest.mark.parametrize(
    "text",
    [
        "Volume is flat at 2,000 a month and will stay there.",
        "We grew tenfold last year.",
        "The pilot runs for two weeks.",
    ],
)
def test_no_growth_ahead_where_none_is_said(text: str) -> None:
    assert parse(text).future_scale is None


@pytest.mark.parametrize(
    "text",
    [
        "Launch with whatever works; long term the auditors want the same wording every time.",
        "For now any answer will do. Eventually it must use our clinic's terminology.",
        "Next year the per-request cost becomes a real line item for us.",
        "Later on we'd like the replies to sound like our agents, not like a robot.",
        "A 1s response is fine today, but at full scale we need sub-second latency.",
        "Au début ça ira, mais à terme il faut que le ton soit toujours le nôtre.",
    ],
)
def test_a_need_put_later(text: str) -> None:
    assert parse(text).future_need is True


@pytest.mark.parametrize(
    "text",
    [
        "The answers must be accurate from day one.",
        "We ship next year and the model is a detail.",
        "It needs to be consistent.",
    ],
)
def test_no_later_need_when_the_need_is_now_or_the_later_is_empty(text: str) -> None:
    assert parse(text).future_need is None


@pytest.mark.parametrize(
    "text",
    [
        "Next spring, once the marketplace opens, volume goes 10x.",
        "Black Friday will bring a spike in orders (x4) for a month.",
        "The pilot covers two regions; all 12 regions by next year.",
    ],
)
def test_more_ways_to_say_usage_will_multiply(text: str) -> None:
    assert parse(text).future_scale is True


def test_a_bar_that_rises_later_is_a_need_put_later() -> None:
    text = "Rough drafts are fine at launch, but not acceptable long-term."
    assert parse(text).future_need is True


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("if the trial goes well, leadership wants it in all 12 depots", "future_scale"),
        ("we'd start at one school, then expand to all 40 next year", "future_scale"),
        ("By year end: all 60 stores, same tone everywhere", "future_scale"),
        ("Si ça marche, la région pourrait l'ouvrir à 300 lycées l'an prochain", "future_scale"),
        (
            "prompt-only for now. once we see which drafts get accepted, could we train on that "
            "later?",
            "staged_plan",
        ),
        ("if the pilot succeeds, cost per ticket must be very low", "future_need"),
    ],
)
def test_pilots_that_become_roll_outs(text: str, field: str) -> None:
    check(text, **{field: True})


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Post-pilot: national rollout to ~600 assessors", "future_scale"),
        ("after the trial, a group-wide rollout to every plant", "future_scale"),
        ("at national scale the scores have to be consistent across regions", "future_need"),
        (
            "Wir starten erst mal mit Prompting. Langfristig wollen wir ein fine-getuntes Modell.",
            "staged_plan",
        ),
    ],
)
def test_roll_outs_and_plans_said_other_ways(text: str, field: str) -> None:
    check(text, **{field: True})


def test_a_need_said_as_getting_it_right_later() -> None:
    check("MVP first. Long-term, getting the dosage right is critical.", future_need=True)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("if the nurses like it we'd roll it out to the whole department", "future_scale"),
        ("later we'd extend it to the entire network of clinics", "future_scale"),
        ("over time the replies should sound like our agents do", "future_need"),
    ],
)
def test_growth_and_needs_said_by_the_people_who_decide(text: str, field: str) -> None:
    check(text, **{field: True})


@pytest.mark.parametrize(
    "text",
    [
        "The plan is to extend it to all 14 warehouses within the year.",
        "We'd deploy it across every branch once legal signs off.",
        "Start with the Leeds office, then roll it out to all our offices.",
    ],
)
def test_a_roll_out_to_every_site(text: str) -> None:
    check(text, future_scale=True)


@pytest.mark.parametrize(
    "text",
    [
        "Right now ~50 invoices/day, growing to 2k/day when the other 8 clinics onboard.",
        "First the Leeds team in March, the rest of the regions in Q3.",
        "Pilot with three customers; once the other 20 customers join it has to scale.",
    ],
)
def test_volume_that_will_grow_and_the_rest_of_a_roll_out(text: str) -> None:
    check(text, future_scale=True)


def test_a_rate_that_grew_is_not_scale_ahead() -> None:
    check("Traffic grew a lot last year; we now serve 2k requests/day.", future_scale=None)


@pytest.mark.parametrize(
    "text",
    [
        "Eventually it should mark up contracts the way our senior counsel does.",
        "Long term we want it to apply our house conventions without a 4-page prompt.",
    ],
)
def test_a_later_need_to_work_like_the_team(text: str) -> None:
    check(text, future_need=True)


@pytest.mark.parametrize(
    "text",
    [
        "Later, if it works, they'd roll it out to the other 9 wards.",
        "Next semester the tool goes to 40 teachers.",
    ],
)
def test_roll_outs_said_later_or_next_term(text: str) -> None:
    check(text, future_scale=True)


def test_a_volume_that_comes_once_a_deal_closes_is_scale_ahead() -> None:
    check("Once the distributor deal closes we go to 40k orders/month.", future_scale=True)


def test_a_revisit_planned_after_months_of_use_is_a_need_later() -> None:
    check(
        "We'd like to revisit quality and per-call cost after ~4 months of usage.", future_need=True
    )
    check(
        "After 18 months running it in production we switched to a small model.", future_need=None
    )


def test_asking_what_to_do_now_and_in_a_year_is_a_plan() -> None:
    check("What makes sense now vs. in a year?", staged_plan=True, timeline_days=None)


def test_a_revisit_with_a_price_in_between_is_still_a_need_later() -> None:
    check(
        "We'd revisit quality and cost per call (~$0.03) after ~6 months of use.", future_need=True
    )


@pytest.mark.parametrize(
    "text",
    [
        "For launch a prompt is fine; we'd think about training our own model once the "
        "reviewers have built up a proper set of examples.",
        "Longer term we want a tuned model of our own, probably by next season.",
        "Next: consider fine-tuning when we have collected a few thousand graded answers.",
        "Once we have 2k approved summaries, fine-tune a small model for the format.",
    ],
)
def test_training_put_later_in_the_teams_own_words_is_a_staged_plan(text: str) -> None:
    assert parse(text).staged_plan is True


@pytest.mark.parametrize(
    "text",
    [
        "Your model will drift over time if you fine-tune carelessly.",
        "We tried fine-tuning once and dropped it.",
        "Update later: fine-tuned on the public dataset, no gain.",
        "When we fine-tuned the tagger last spring, it overfit in a week.",
    ],
)
def test_advice_past_runs_and_edit_notes_are_not_plans(text: str) -> None:
    assert parse(text).staged_plan is not True


@pytest.mark.parametrize(
    "text",
    [
        "Six-week pilot with one clinic on $5k; more if it goes well.",
        "Funding covers the trial only, with additional money if the pilot succeeds.",
    ],
)
def test_a_pilot_funded_first_with_more_on_success_is_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is True


@pytest.mark.parametrize(
    "text",
    [
        "Four doctors try the scribe this quarter. If they like it, all 60 physicians get it.",
        "The district wants it in all 25 schools next year if it goes well.",
        "Assuming the trial works out, the whole claims floor moves onto it.",
        "Provided the helpdesk signs off on it, we expand to the other regions.",
        "If successful it becomes a company-wide service.",
    ],
)
def test_a_wider_reach_after_success_is_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is True


@pytest.mark.parametrize(
    "text",
    [
        "The budget arrives in Q3 and by then volume should be 10x.",
        "Next year we expect three times the calls we get today.",
        "Usage will be 4x once the second brand joins.",
    ],
)
def test_a_multiple_of_todays_volume_ahead_is_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is True


@pytest.mark.parametrize(
    "text",
    [
        "If it works, great; all 40 agents already use the old macro tool.",
        "Volume grew 10x last year and has been flat since.",
        "The new model is 3x faster than the old one.",
        "If they like it we keep it; the team is just the four of us.",
    ],
)
def test_success_without_reach_and_past_multiples_are_not_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is not True


def test_a_training_set_still_to_come_is_growth_not_data_in_hand() -> None:
    parsed = parse(
        "Start with a prompted model for NDA review; our lawyers will mark up each output "
        "and after a few months we'd have a decent training set."
    )
    assert parsed.training_data is None
    assert parsed.data_growth is True


def test_a_bar_said_to_rise_later_is_a_need_ahead() -> None:
    text = (
        "Annotations will build up deal by deal. Accuracy expectations will rise as clients see it."
    )
    assert parse(text).future_need is True


def test_a_need_once_that_happens_is_a_need_ahead() -> None:
    text = (
        "Our group adds 3 sister stations next year, so volume triples. Once that happens "
        "we'd like the copy to follow our style guide without reminders."
    )
    parsed = parse(text)
    assert parsed.future_scale is True
    assert parsed.future_need is True


def test_sounding_like_each_show_eventually_is_a_need_ahead() -> None:
    text = "I'd love the notes to eventually just sound like each show without heavy editing."
    assert parse(text).future_need is True


def test_volume_said_to_jump_is_scale_ahead() -> None:
    text = "The group is acquiring 8 more stations next year, so volume will jump."
    assert parse(text).future_scale is True


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 matches a day now, growing ~15% month-on-month.",
        "400k reviews a month now, could hit 2M next year.",
    ],
)
def test_fast_growth_or_a_figure_to_hit_later_is_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is True


def test_onboarding_new_records_each_month_is_today_s_work() -> None:
    assert parse("We onboard ~150 new leases a month.").future_scale is None


def test_a_second_phase_needing_precision_is_a_need_ahead() -> None:
    text = "Phase 2 (H2 2027): compliance says it must be very precise and consistent."
    assert parse(text).future_need is True


def test_an_mvp_then_cheaper_and_more_accurate_is_a_need_ahead() -> None:
    text = "Need an MVP for the spring release, then want it cheaper and more accurate."
    assert parse(text).future_need is True


@pytest.mark.parametrize(
    "text",
    [
        "We launch in Belgium and France in the spring.",
        "The summer season always triples the bookings.",
        "Next step is to roll it out to the clinics in the north.",
    ],
)
def test_new_markets_peaks_and_roll_outs_are_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is True


def test_a_launch_in_the_app_is_no_new_market() -> None:
    assert parse("We launch in the app in the spring.").future_scale is None


@pytest.mark.parametrize(
    "text",
    [
        "We'd start with prompting (zero-shot with our style sheet pasted in) and, once the "
        "edited set is big enough to matter, fine-tune a small open model.",
        "Plan: prompting with the schema until the annotators finish, then fine-tune and compare.",
        "Stay on prompting for the pilot and fine-tune when the new catalogue lands.",
    ],
)
def test_a_first_step_a_later_moment_and_training_make_a_plan(text: str) -> None:
    assert parse(text).staged_plan is True


@pytest.mark.parametrize(
    "text",
    [
        "I started with prompt engineering, then tried few-shot, then compared fine-tuned models.",
        "We start with prompting rather than fine-tuning because we have no data.",
    ],
)
def test_a_past_story_or_a_contrast_is_no_plan(text: str) -> None:
    assert parse(text).staged_plan is not True


def test_french_no_annotated_data_is_none() -> None:
    assert parse("Nous n'avons aucune donnée annotée pour l'instant.").labeled_examples == 0


def test_a_tuned_model_once_volume_is_reached_in_spanish_is_scale_to_come() -> None:
    text = "Esperamos unas 4.000 consultas al mes; si llegamos a 40.000 al mes queremos pasar a un "
    text += "modelo ajustado."
    assert parse(text).future_scale is True


def test_corrections_to_come_in_french_are_data_to_come() -> None:
    text = (
        "Nous n'avons aucune donnée annotée. Les agents vont corriger chaque classement, donc "
        "dans quelques mois nous aurons un vrai historique validé."
    )
    found = parse(text)
    assert found.labeled_examples == 0
    assert found.data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "Once the new rulebook is final, answers have to be identical across regions.",
        "Tone will matter a lot more once we open it up to resellers next year.",
        "If it works it eventually goes into the annual report and audit will want it stable "
        "and auditable.",
    ],
)
def test_a_need_for_sameness_or_tone_said_for_later_is_a_future_need(text: str) -> None:
    assert parse(text).future_need is True


@pytest.mark.parametrize(
    "text",
    [
        "Our ops lead wants every call logged + tagged from the first day.",
        "The nurses said they'd hand-label a sample as they go through the queue.",
        "The records team set up an annotation queue last month for another project.",
    ],
)
def test_labels_that_will_be_made_as_the_work_goes_on_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "The intake form is being redesigned all spring; after that the fields stay fixed.",
        "Our rulebook changes every month until the merger, then it freezes for good.",
        "Categories are still evolving, but they will be locked once the board signs them off.",
        "The schema changes with every release right now; from Q3 it should stabilise.",
    ],
)
def test_changes_now_that_settle_later(text: str) -> None:
    assert parse(text).requirements_settle is True


@pytest.mark.parametrize(
    "text",
    [
        "The label set changes every sprint and we don't expect it to settle.",
        "Our menu changes every season and the bugs will be fixed next sprint.",
        "The prices will be frozen for a year.",  # nothing said to change now
        "If your requirements change, they will never be stable enough to tune.",
    ],
)
def test_no_settling_where_none_is_said(text: str) -> None:
    assert parse(text).requirements_settle is not True


@pytest.mark.parametrize(
    "text",
    [
        "If it goes nationwide it's five times the volume.",
        "Once the tool goes statewide we expect three times the requests.",
    ],
)
def test_a_wider_reach_as_the_condition_of_more_volume_is_scale_ahead(text: str) -> None:
    assert parse(text).future_scale is True


def test_a_need_for_consistency_said_as_rejecting_inconsistent_work_later() -> None:
    text = "Next year the regulator starts rejecting filings with inconsistent wording."
    assert parse(text).future_need is True


@pytest.mark.parametrize(
    "text",
    [
        "Until the glossary is signed off we run a prompt; after that, a fine-tuned model.",
        "A prompted model is fine for the pilot, but for the full release we want a tuned model.",
        "Few-shot prompting for now; the board expects a fine-tuned model before next year's "
        "inspection.",
        "We'll use prompts for now and revisit once the archive is tagged.",
    ],
)
def test_a_first_stage_and_a_later_one_said_by_their_names_is_a_plan(text: str) -> None:
    assert parse(text).staged_plan is True


@pytest.mark.parametrize(
    "text",
    [
        "Prompting is fine for the internal tool and we will never need a tuned model.",
        "For now we use prompting. We fine-tuned a model in production last year.",
    ],
)
def test_a_first_stage_with_no_later_tuning_is_no_plan(text: str) -> None:
    assert parse(text).staged_plan is not True


def test_a_need_for_a_later_stage_named_as_the_public_launch_is_a_need_ahead() -> None:
    text = "For the public launch the bank wants consistent, approved wording."
    assert parse(text).future_need is True


def test_a_settling_said_sentences_after_the_change_is_read() -> None:
    text = (
        "Our returns policy is being rewritten this year, so the rules change constantly. "
        "I'm prompting over the current policy and it's fine. Once the rewrite is signed off "
        "the policy will be frozen for two years."
    )
    assert parse(text).requirements_settle is True


@pytest.mark.parametrize(
    "text",
    [
        "We start with prompts; next year we want to fine-tune a model on the corrections.",
        "Dit jaar beginnen we met prompts. Volgend jaar willen we een model fijn afstemmen.",
    ],
)
def test_a_first_step_named_start_with_and_a_later_fine_tune_is_a_plan(text: str) -> None:
    assert parse(text).staged_plan is True
