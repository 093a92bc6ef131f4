"""Labeled examples, unlabeled data and data growth."""

from __future__ import annotations

import pytest

from assistant.constraints import Provenance
from assistant.parsing import parse
from tests.parsing.helpers import check


@pytest.mark.parametrize(
    ("text", "labeled"),
    [
        ("We have 2k labeled examples.", 2_000),
        ("25k reviewed explanations exist", 25_000),
        ("90,000 labeled documents", 90_000),
        ("15k annotated NDAs", 15_000),
        ("12,000 resolved tickets", 12_000),
        ("45k labelled chats", 45_000),
        ("1,500 labeled items today, growing by 10k a month", 1_500),
        ("a couple thousand labeled support tickets", 2_000),
        ("a few hundred examples", 300),
        ("We only have a handful of examples.", 5),
        ("thousands of labeled receipts", 2_000),
        ("tens of thousands of resolved support chats in Zendesk", 20_000),
        ("There are about 800 hand-labeled emails.", 800),
        ("Labeled data: ~5,000 rows", 5_000),
        ("labelled examples - 700", 700),
        ("we've labeled 3,000 so far", 3_000),
        ("Our dataset of 40k tagged product reviews", 40_000),
        ("Training set: 10k pairs", 10_000),
        ("a few dozen examples written by our PMs", 36),
        ("~18,000 instruction sheets our hygienists already approved", 18_000),
        ("roughly 30k historical narratives that were reviewed by physicians", 30_000),
        ("220k coded encounters from our HIM dept", 220_000),
        ("We have 50k customer reviews with star ratings.", 50_000),
        ("We have 12k past tickets.", 12_000),
        ("we have 5k labeled", 5_000),
        ("10k tickets, 2k of them labeled", 2_000),
        ("we've got like 150 examples a nurse cleaned up", 150),
        ("No data science team, but we have 5k labeled rows.", 5_000),
        ("no data leaves our VPC; 2k annotated samples", 2_000),
        ("Twelve thousand gold-standard examples", 12_000),
        ("3000 input/output pairs", 3_000),
        ("200 labeled conversations", 200),
        ("- 8k categorised transactions", 8_000),
        ("We get 5k tickets a month and have 30k resolved tickets.", 30_000),
        ("Over the years we've tagged roughly 4,000 invoices by hand.", 4_000),
        ("Our analysts have already classified 12k filings.", 12_000),
        ("We hold 3,100 approved press releases.", 3_100),
        ("about 80k vetted translations", 80_000),
        ("two hundred thousand previously graded answers", 200_000),
        ("45,000 double-checked summaries", 45_000),
        ("We have 900 essays with teacher comments.", 900),
        ("20k call transcripts tagged with the caller's intent", 20_000),
        ("I'd like a bot built on our 6,000 resolved chats.", 6_000),
        ("data: 14,000 solved support threads", 14_000),
        ("Editors have rewritten about 20,000 of these by hand.", 20_000),
        ("We have 8,000 titles our team cleaned manually.", 8_000),
        ("Teachers have written about 1,100 question sets we can use.", 1_100),
        ("agents routed ~150k emails by hand", 150_000),
        ("40,000 prescriptions were transcribed and checked by pharmacists", 40_000),
        ("We have 9,000 closed IT tickets.", 9_000),
        ("Radiologists have finalised 300k reports.", 300_000),
        ("We've hand-keyed about 22,000 invoices in the past.", 22_000),
        ("roughly 5,000 essays marked by teachers", 5_000),
        ("2,000 stories in our back catalogue", 2_000),
        ("500 past posts we loved", 500),
        ("We've kept 18k past placements with recruiter notes.", 18_000),
        ("2 million letters a year, 400k already routed by clerks", 400_000),
        ("50,000 adjudicated claims", 50_000),
        ("60,000 teacher-corrected sentences", 60_000),
        ("2M listings already moderated by our team", 2_000_000),
        ("Reporters have written meta descriptions for roughly eleven thousand articles.", 11_000),
        ("instructors summarised 600 of them", 600),
        ("Caseworkers triaged 14k past requests.", 14_000),
    ],
)
def test_labeled_examples(text: str, labeled: int) -> None:
    check(text, labeled_examples=labeled)


@pytest.mark.parametrize(
    "text",
    [
        "No data.",
        "no labeled data",
        "We don't have any labeled data yet.",
        "Zero examples, zero labels.",
        "zero examples",
        "0 examples",
        "we have nothing labeled",
        "labeled examples: none",
        "There is no training data.",
        "we do not have labelled examples",
        "without any historical data",
        "We lack labeled data.",
        "We haven't labeled anything.",
        "We have no examples to train on.",
        "no labels yet",
        "We have 2 million unlabeled support emails and no labels.",
        "No labelled anything yet.",
        "no annotated emails",
        "our archived tickets aren't labeled",
        "Nothing to train on.",
        "We have no approved descriptions we'd want to copy.",
        "We don't have any summaries yet.",
        "We don't have Q&A pairs.",
    ],
)
def test_no_labeled_data_is_zero(text: str) -> None:
    check(text, labeled_examples=0)


@pytest.mark.parametrize(
    "text",
    [
        "We have no data scientists.",
        "No data leaves our servers.",
        "no data retention allowed",
        "We process 200k documents a month.",
        "a backlog of 90,000 documents to classify",
        "Our prompt includes 5 few-shot examples.",
        "We'd need 10k examples to fine-tune.",
        "zero-shot is fine for now",
        "classify loan documents into 40 types",
        "We have 40 people on the support team.",
        "we keep 1 million unlabeled posts dating back to 2009",
        "in 2019 and 2020 we changed vendors",
        "We have 12 offices and 300 agents.",
    ],
)
def test_not_a_count_of_labeled_examples(text: str) -> None:
    check(text, labeled_examples=None)


@pytest.mark.parametrize(
    ("text", "unlabeled"),
    [
        ("2 million unlabeled support emails", True),
        ("lots of raw text but nothing annotated", True),
        ("We have 200k contracts in our archive.", True),
        ("an unlabelled corpus of 3M documents", True),
        ("5k tickets, not labeled", True),
        ("we have no unlabeled data either", False),
    ],
)
def test_unlabeled_data(text: str, unlabeled: bool) -> None:
    check(text, unlabeled_data=unlabeled)


def test_unlabeled_data_is_not_labeled_examples() -> None:
    check("2 million unlabeled support emails", labeled_examples=None, unlabeled_data=True)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("1,500 labeled items today, growing by 10k a month", 10_000),
        ("We label about 500 new examples every week.", 2_167),
        ("annotators tag 300 tickets a day", 9_000),
        ("no labels yet, plan to collect ~1k a month", 1_000),
        ("we add 2k labelled examples per month", 2_000),
        ("300 curated answers today, growing by 100 a month", 100),
        (
            "we've only got 150 examples a nurse cleaned up, but nursing says they can "
            "review ~500 more every month going forward",
            500,
        ),
    ],
)
def test_labels_per_month(text: str, per_month: int) -> None:
    check(text, labels_per_month=per_month, data_growth=True, monthly_requests=None)


@pytest.mark.parametrize(
    "text",
    [
        "We only have 200 labeled conversations but will gather thousands over the next year.",
        "By Q3 we expect 20k labeled examples.",
        "our labeled dataset keeps growing",
        "We'll collect more labeled data as we go.",
        "new examples come in every week",
        "we will have 50k labeled tickets by the end of the year",
    ],
)
def test_data_growth(text: str) -> None:
    check(text, data_growth=True)


@pytest.mark.parametrize(
    "text",
    [
        "The dataset is fixed; no way to get more labels.",
        "this is all the data we will ever have: a fixed dataset",
        "We can't collect any more examples.",
    ],
)
def test_no_data_growth(text: str) -> None:
    check(text, data_growth=False)


def test_traffic_growth_is_not_data_growth() -> None:
    check("Traffic grows 10% a month.", data_growth=None, volume_growth_pct=10)


def test_records_held_without_a_label_word_are_inferred() -> None:
    constraints = check("We have 12k past tickets.", labeled_examples=12_000)
    assert constraints.provenance["labeled_examples"] is Provenance.INFERRED


def test_stated_counts_beat_inferred_ones() -> None:
    check("We have 40k support tickets, and 3k of them are labeled.", labeled_examples=3_000)


def test_a_zero_does_not_override_a_count() -> None:
    check(
        "No labels on the emails, but 2,000 labeled examples from last year.",
        labeled_examples=2_000,
    )


def test_evidence_names_the_count() -> None:
    constraints = parse("We hold 25k reviewed explanations.")
    assert constraints.evidence["labeled_examples"].startswith("25k reviewed explanations")


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # Periods other than a month are converted: a term is four months, a semester
        # six, a quarter three, a week 52/12 of a month, a year twelve.
        ("tutors add roughly 1,000 a term", 250),
        ("we label about 300 a week", 1_300),
        ("another 5k each quarter", 1_667),
        ("we collect about 2,400 new examples a year", 200),
        ("annotators produce ~600 labels per semester", 100),
        ("each term, teachers grade about 800 more essays", 200),
        ("reviewers approve another 100 every fortnight", 217),
    ],
)
def test_label_growth_per_period(text: str, per_month: int) -> None:
    check(text, labels_per_month=per_month, data_growth=True, monthly_requests=None)


@pytest.mark.parametrize(
    ("text", "labeled", "per_month"),
    [
        # Growth said after a data count is growth of that data.
        ("700 curated answers today, growing by 400 a month", 700, 400),
        ("We have 350 essays with tutor feedback, and tutors add roughly 1,000 a term.", 350, 250),
        ("2,000 labeled tickets so far, growing 300 a week", 2_000, 1_300),
        ("about 5k approved summaries now; editors write another 250 a month", 5_000, 250),
        ("We've reviewed 1,200 contracts and we add ~150 a month.", 1_200, 150),
        ("We have 700 answers our agents wrote, and the set grows by 400 a month.", 700, 400),
        ("200 vetted Q&A pairs today; HR adds ~300 a month.", 200, 300),
        ("About 300 approved Q&A pairs; the medical reviewers add around 200 a month.", 300, 200),
    ],
)
def test_growth_of_a_data_count_is_label_growth(text: str, labeled: int, per_month: int) -> None:
    check(
        text,
        labeled_examples=labeled,
        labels_per_month=per_month,
        data_growth=True,
        monthly_requests=None,
    )


@pytest.mark.parametrize(
    ("text", "monthly"),
    [
        # Work handled, processed or received is volume, whatever else the text counts.
        ("we handle 1,000 tickets a term", 250),
        ("we get 30k requests each quarter", 10_000),
        ("We handle 10k tickets a month, growing by 500 a month.", 10_000),
        (
            "We have 2,000 labeled tickets and handle 10k tickets a month, growing by 500 a month.",
            10_000,
        ),
        ("700 curated answers; we receive 400 new questions a month", 400),
        ("We process 20k invoices a month and another 5k each quarter from partners.", 20_000),
        ("We have 2,000 labeled examples and receive about 3,000 emails a week.", 13_000),
    ],
)
def test_volume_is_not_label_growth(text: str, monthly: int) -> None:
    check(text, monthly_requests=monthly, labels_per_month=None)


@pytest.mark.parametrize(
    "text",
    [
        "Every quarter we add new examples from the review queue.",
        "each term we label the new essays",
        "every year we collect more annotated cases",
    ],
)
def test_growth_every_period(text: str) -> None:
    check(text, data_growth=True)


@pytest.mark.parametrize(
    "text",
    [
        # No data, said in many ways: the negation is of the data itself.
        "we don't have any labelled data",
        "we've labelled none",
        "nothing is labeled yet",
        "we never kept support tickets",
        "We never saved the chat logs.",
        "We didn't keep any of last year's emails.",
        "we have zero tickets so far",
        "we don't have a dataset, just a style guide",
        "We do not have a labelled dataset.",
        "We haven't built a training set yet.",
        "no training examples whatsoever",
        "We haven't labelled a single ticket.",
        "Honestly we've got nothing labelled.",
        "we don't have anything labelled",
        "No one has tagged anything so far.",
        "nobody has annotated anything",
        "Training data: none yet.",
        "Labelled examples so far - zero.",
        "Data: nothing yet",
        "Labelled so far: 0",
    ],
)
def test_no_data_said_in_many_ways(text: str) -> None:
    check(text, labeled_examples=0)


@pytest.mark.parametrize(
    "text",
    [
        # Text that exists but carries no labels: no examples, and unlabeled data.
        "none of it is labelled or tagged",
        "We have 2 million support emails but none of it is labelled or tagged.",
        "None of our 40k tickets are tagged yet.",
        "we have 40k tickets, none of them labelled",
        "Our archive has 80,000 contracts but none of them are tagged.",
        "None of our transcripts have been annotated.",
    ],
)
def test_an_unlabeled_corpus_has_no_examples(text: str) -> None:
    check(text, labeled_examples=0, unlabeled_data=True)


def test_none_after_one_count_leaves_an_earlier_labeled_count() -> None:
    check(
        "We have 30k labelled tickets and 2M emails, none of which are labelled.",
        labeled_examples=30_000,
        unlabeled_data=True,
    )


@pytest.mark.parametrize(
    "text",
    [
        # Negations of other things than data.
        "we don't have a budget yet",
        "We don't have a budget approved.",
        "we don't have a data team",
        "There is no data science team here.",
        "we never store customer data outside the EU",
        "We never share customer data with vendors.",
        "We didn't keep the style guide up to date.",
        "we never kept a style guide",
        "No data leaves the EU.",
        "there's no one-size answer",
    ],
)
def test_negations_of_other_things_are_not_zero_data(text: str) -> None:
    check(text, labeled_examples=None)


@pytest.mark.parametrize(
    ("text", "labeled"),
    [
        # Lists and headings.
        ("Labelled so far: 400.", 400),
        ("Labeled to date - 1,200", 1_200),
        ("Annotated to date: 2,300", 2_300),
        ("Examples: 300", 300),
        ("labels so far: 90", 90),
        ("labeled data: just 350 rows", 350),
        ("Data: 9,400 solved tickets", 9_400),
        ("Gold set: 150 pairs", 150),
        # What the team would learn from or hold up as examples.
        ("we have 200 top-performing ads to learn from", 200),
        ("about 80 replies we'd hold up as good examples", 80),
        ("a hundred highly rated passages", 100),
        ("We have 1,200 best-selling product titles to learn from.", 1_200),
        ("we've got 60 emails we'd use as examples of the tone we want", 60),
        ("Examples to learn from: 120 top-rated replies", 120),
        ("a couple hundred best-performing subject lines to learn from", 200),
    ],
)
def test_labeled_counts_in_lists_and_as_examples(text: str, labeled: int) -> None:
    check(text, labeled_examples=labeled)


@pytest.mark.parametrize(
    "text",
    [
        "examples of 3 steps",
        "label: 5 classes",
        "we need 500 ads to learn from",
        "we run 20 ads a week",
        "We have 3 product lines and 40 staff.",
    ],
)
def test_not_labeled_counts_in_lists(text: str) -> None:
    check(text, labeled_examples=None)


def test_inputs_to_learn_from_are_not_examples_of_the_output() -> None:
    # Emails the model would read are data, but not labeled examples of its answers.
    check("we have 2 million emails to learn from", labeled_examples=None, unlabeled_data=True)


@pytest.mark.parametrize(
    "text",
    [
        # Data that keeps coming, without a number.
        "we're logging every conversation from now on",
        "From now on every chat transcript is stored with its resolution.",
        "teachers will keep annotating",
        "our moderators keep tagging posts",
        "reviewers correct outputs, so labels accumulate",
        "Each approved reply is saved as training data.",
        "Our editors fix drafts daily.",
        "our data is messy, and more arrives weekly",
        "we'll have tens of thousands within a year",
        "annotations will pile up as agents use the tool",
    ],
)
def test_data_growth_without_a_number(text: str) -> None:
    check(text, data_growth=True)


@pytest.mark.parametrize(
    "text",
    [
        "we stopped logging every conversation last year",
        "From now on the team works remotely.",
        "We will keep the tone friendly.",
        "we log every request for billing",
    ],
)
def test_not_data_growth(text: str) -> None:
    check(text, data_growth=None)


def test_a_dataset_said_to_be_messy_is_not_a_fixed_one() -> None:
    # "Data is" alone says nothing about the data staying as it is.
    check("Our data is messy and there is more of it somewhere.", data_growth=None)


def test_a_future_count_within_a_year_is_not_a_volume_or_deadline() -> None:
    check(
        "we'll have tens of thousands within a year",
        monthly_requests=None,
        labeled_examples=None,
        timeline_days=None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "We have 5,000 labeled tickets and the dataset is frozen.",
        "4,000 labeled emails; the data stays static from here.",
        "3,000 annotated claims and the labels remain final.",
        "2,000 labeled examples, and this is all the data we will ever get.",
        "We have 1,500 labeled forms and won't get any more.",
    ],
)
def test_a_dataset_said_not_to_grow_reads_as_no_growth(text: str) -> None:
    # Every phrasing the no-growth pattern accepts is read: no cheaper first look may skip it.
    assert parse(text).data_growth is False


@pytest.mark.parametrize(
    "text",
    [
        "We assembled a fine-tuning dataset from old support chats.",
        "All our invoices + their approved codes are in the warehouse.",
        "There are input/output pairs from the old rules engine we can reuse.",
    ],
)
def test_examples_with_answers_in_hand_without_a_count(text: str) -> None:
    constraints = parse(text)
    assert constraints.training_data is True
    assert constraints.labeled_examples is None


def test_a_training_set_only_wished_for_is_not_in_hand() -> None:
    assert parse("If we had a training set we could try fine-tuning.").training_data is None


@pytest.mark.parametrize(
    "text",
    [
        "We have no call data at all yet.",
        "we don't have any kind of training set, only the style guide",
        "There is no archive of question -> answer pairs anywhere.",
        "We don't have a proper set of approved replies yet.",
        "We don't have any other written material from the tutors.",
    ],
)
def test_more_ways_to_say_there_is_no_data(text: str) -> None:
    assert parse(text).labeled_examples == 0


def test_having_no_personal_data_is_not_having_no_data() -> None:
    assert parse("We keep no personal data on the servers.").labeled_examples is None


def test_records_already_reviewed_are_labeled() -> None:
    text = "There are 6,000 invoices that had already been manually checked by finance."
    assert parse(text).labeled_examples == 6000


def test_a_count_a_team_will_reach_is_not_in_hand() -> None:
    text = "Only 300 are tagged, but the new annotators should get us to about 4,000 by spring."
    assert parse(text).labeled_examples == 300


def test_records_with_their_fields_keyed_in_are_labeled() -> None:
    text = "We hold 12k invoices with the line items keyed in by our clerks."
    assert parse(text).labeled_examples == 12000


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("300k scans with their structured findings from the registry", 300000),
        ("we have 80k stories with the published headlines", 80000),
    ],
)
def test_records_with_their_findings_or_headlines_are_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "we'll fine-tune once the reviewers have approved a few thousand letters",
        "after the clinic has collected 3,000 notes we retrain",
    ],
)
def test_a_count_someone_else_will_reach_is_not_in_hand(text: str) -> None:
    assert parse(text).labeled_examples is None


def test_when_you_only_have_a_few_is_how_little_there_is() -> None:
    assert parse("what works when you only have 40 labeled examples?").labeled_examples == 40


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure set aside after records with their answers attached.
        ("12 years of invoices with the GL code assigned (~300k)", 300000),
        ("we kept every claim with its adjuster's decision, about 85,000", 85000),
        ("tenemos 8 años de tickets ya clasificados, unos 2 millones", 2000000),
        # Asides that are not a set of examples.
        ("tickets with tags (around 500 a day) come in through Zendesk", None),
        ("we have chat logs, not labeled, around 2 million", None),
        ("few-shot examples: 0.85 on the test split", None),
        # No set of any name.
        ("there is no clean set of 'good' examples anywhere", 0),
        ("we don't have past handovers stored", 0),
    ],
)
def test_counts_set_aside_and_sets_that_do_not_exist(text: str, expected: int | None) -> None:
    check(text, labeled_examples=expected)


@pytest.mark.parametrize(
    "text",
    [
        "reviewers edit each draft and we keep the corrected versions",
        "agents fix the routing when it is wrong, and we save this",
        "keep all approved/edited replies",
    ],
)
def test_corrections_kept_are_data_growing(text: str) -> None:
    check(text, data_growth=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is left once the text takes some away.
        ("1,200 labeled invoices, but 400 are blurry scans, so ~800 really", 800),
        ("we have 10k tagged tickets but half are junk, leaving about 5k", 5000),
        ("6,000 graded essays. Honestly I'd trust maybe two thousand of them.", 2000),
        # A smaller figure that is not what is left.
        ("20k labeled claims. so 2 people review them", 20000),
        ("we have 5k labeled tickets, so we get 300 a day", 5000),
    ],
)
def test_the_figure_left_is_the_count(text: str, expected: int) -> None:
    check(text, labeled_examples=expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nobody has any training data yet.", 0),
        ("We hold 12k claim forms that clerks keyed by hand into exactly this schema.", 12000),
        ("coders have abstracted roughly 9,000 charts into the registry format", 9000),
        ("nobody has time to label anything, but we keep 300 forms a week", None),
    ],
)
def test_sets_said_by_who_made_them(text: str, expected: int | None) -> None:
    check(text, labeled_examples=expected)


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        ("after a month or two we'll have plenty of reviewed answers", True),
        ("we're bringing in three contractors to label about 5,000 calls", True),
        ("the agents' corrections will be saved", True),
    ],
)
def test_labels_to_come(text: str, growth: bool) -> None:
    check(text, data_growth=growth)


def test_a_month_or_two_is_not_a_count() -> None:
    check("after a month or two we'll have plenty of reviewed answers", labeled_examples=None)


@pytest.mark.parametrize(
    "text",
    [
        "No labels so far; from March the new form will record the chosen category of every email.",
        "Nothing labeled yet, but the agents will correct each drafted message before sending.",
    ],
)
def test_data_that_a_new_workflow_will_record(text: str) -> None:
    check(text, data_growth=True)


@pytest.mark.parametrize(
    "text",
    [
        "No tagged calls yet; supervisors will approve each suggested label before it is saved.",
        "We have no examples, but the analysts will validate every classified record.",
    ],
)
def test_checks_people_will_make_are_data_to_come(text: str) -> None:
    check(text, data_growth=True)


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        ("Nothing labeled yet; the coders will confirm each suggested code in the tool.", True),
        ("No data, but the underwriters will review every summary before it is filed.", True),
        ("We will track response times in Grafana.", None),
        ("Its mistakes could have real consequences for the answers we publish.", None),
    ],
)
def test_outputs_people_will_check_are_data_to_come(text: str, growth: bool | None) -> None:
    check(text, data_growth=growth)


@pytest.mark.parametrize(
    "text",
    [
        "From March the new intake system will log every claim with the adjuster's final code.",
        "The new CRM keeps the agent's final reply for every ticket.",
    ],
)
def test_a_new_system_that_keeps_each_answer_is_data_to_come(text: str) -> None:
    check(text, data_growth=True)


def test_corrections_that_are_saved_are_data_to_come() -> None:
    check("Agents will fix the suggested queue and it is logged.", data_growth=True)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We hold about 35k past appeals, each reviewed and decided by a panel.", 35000),
        ("There are 9,400 old RFIs, each tagged with the discipline that answered it.", 9400),
        ("We do not have a clean archive of past briefings.", 0),
        ("Honestly we've got basically nothing usable yet.", 0),
    ],
)
def test_records_each_given_an_answer_and_archives_we_lack(text: str, count: int) -> None:
    check(text, labeled_examples=count)


def test_nothing_usable_about_something_else_is_not_a_count() -> None:
    check("There is nothing usable in the budget line.", labeled_examples=None)


@pytest.mark.parametrize(
    "text",
    [
        "Next term roughly 3,000 reports will be graded through it by the tutors.",
        "By then we'd probably have thousands of reviewed summaries.",
        "In ~4 months we'd have maybe 8-10k approved replies.",
    ],
)
def test_counts_said_for_later_are_not_held_now(text: str) -> None:
    check(text, labeled_examples=None)


def test_records_marked_each_after_a_longer_phrase_and_seasons_are_no_count() -> None:
    text = (
        "We have 14,000 field notes that rangers wrote up over 5 seasons, each tagged with "
        "the species seen."
    )
    check(text, labeled_examples=14000)


@pytest.mark.parametrize(
    "text",
    [
        "Reviewers will accept, edit or reject every draft, and we keep all of it.",
        "Paralegals will review/correct every extraction before filing.",
    ],
)
def test_people_who_will_judge_each_output_make_data(text: str) -> None:
    check(text, data_growth=True)


def test_a_corpus_that_grows_is_data_to_come() -> None:
    check("Our ruling corpus grows by ~500 decisions a month.", data_growth=True)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We don't have any 'gold' examples, just the inbox.", 0),
        ("We don't have past tickets in any usable form.", 0),
        ("We have 0 real labeled calls (only 80 synthetic ones the vendor wrote).", 0),
        ("We have no approved letters yet, only our 20 legal-approved templates.", 0),
    ],
)
def test_no_data_said_with_quotes_forms_or_made_up_examples(text: str, count: int) -> None:
    check(text, labeled_examples=count)


def test_synthetic_examples_generated_as_a_training_set_are_counted() -> None:
    check("I generated 300 synthetic examples with GPT-4o to train on.", labeled_examples=300)


def test_records_taken_together_with_their_category_are_labeled() -> None:
    text = "I exported about 7,000 tickets from the helpdesk (first messages only), together "
    text += "with their category."
    assert parse(text).labeled_examples == 7000


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We keep about 9,000 past ad reviews with the legal reviewer's redlines.", 9000),
        ("There are roughly 12k scans with the radiologist's confirmed diagnosis.", 12000),
        ("Our translation memories hold ~250k aligned segments for the three languages.", 250000),
        ("We have about 6k safety reports authored by our pharmacovigilance team.", 6000),
        ("Wir haben ca. 80.000 bereits klassifizierte Meldungen aus drei Jahren.", 80000),
        ("Nous avons environ 50 000 écritures validées par nos comptables.", 50000),
    ],
)
def test_records_that_carry_their_answer_in_other_words(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


def test_records_with_a_detail_that_is_no_answer_are_not_labeled() -> None:
    assert (
        parse("We have 5,000 support emails with the customer's phone number.").labeled_examples
        is None
    )


def test_no_data_said_in_spanish() -> None:
    assert parse("No tengo datos y lo necesito para la temporada alta.").labeled_examples == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We have 5k labeled emails, but many are duplicates; after dedup it's 3,200.", 3200),
        ("We have 9k annotated chats in the raw export. Cleaned up, it's 6.5k.", 6500),
    ],
)
def test_what_is_left_after_cleaning_is_the_count(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "Dispatchers will correct every routing suggestion, so we'd pile up pairs quickly.",
        "From next month the new CRM starts capturing each agent's final answer with the "
        "customer's question.",
        "Every invoice a clerk approves becomes an example for us.",
    ],
)
def test_records_that_keep_coming_in_any_wording_are_data_growth(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "This is a one-off: 600 survey comments to theme before the board meets.",
        "Put the sentences with their labels in the prompt, each one followed by its label.",
        "The old replies weren't archived, so there are no records.",
    ],
)
def test_one_offs_labels_as_nouns_and_past_records_are_not_data_growth(text: str) -> None:
    assert parse(text).data_growth is not True


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "We hold about 12,000 discharge letters that the ward clerks coded with the ICD "
            "group over three years.",
            12000,
        ),
        ("There are 45k old support cases with the team they were routed to.", 45000),
        ("We have 700k query->SQL pairs from the analytics logs.", 700000),
        ("We kept roughly 2,500 past interviews where the panel's hire/no-hire is noted.", 2500),
    ],
)
def test_records_whose_clause_says_each_got_its_answer_are_labeled(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


def test_records_nobody_labeled_in_a_clause_are_not_labeled_examples() -> None:
    constraints = parse("There are 9,000 chat logs that nobody has ever tagged.")
    assert constraints.labeled_examples in (None, 0)


def test_a_count_reached_by_a_date_to_come_is_not_in_hand() -> None:
    text = "The autumn review round will leave us with around 25,000 graded answers by December."
    constraints = parse(text)
    assert constraints.labeled_examples is None
    assert constraints.data_growth is True


def test_and_starts_a_new_clause_unless_it_gives_the_records_answers() -> None:
    assert parse("We hold 6,000 claims and their final decisions.").labeled_examples == 6000
    text = "It could reach 9,000 members next spring and the replies must be polite."
    assert parse(text).labeled_examples is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Last spring we fine-tuned Mistral on 6,500 approved claim letters.", 6500),
        ("The adapter was trained locally on roughly 900 support macros.", 900),
        ("We have no intent-labelled data at all.", 0),
        ("We don't have any reviewed translation pairs yet.", 0),
        ("Ops exported 3,400 chat transcripts, each with its resolution code.", 3400),
        ("We keep 9k claims, all of them with their fraud verdict.", 9000),
        ("The vendor handed over 70k sentence pairs from past manuals.", 70000),
    ],
)
def test_training_sets_and_denials_in_ordinary_words(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "The model was trained on 8 GPUs for a day.",
        "We fine-tuned a 7B model to compare.",
        "There is no data science team here.",
        "We exported the customers' first messages without our replies.",
        "The old set was labeled by a temp agency in 2021.",
        "Everything tagged since 2018 uses the old taxonomy.",
    ],
)
def test_hardware_model_sizes_and_teams_are_not_data(text: str) -> None:
    assert parse(text).labeled_examples is None


@pytest.mark.parametrize(
    "text",
    [
        "Starting in May, every claim decision will be logged with the adjuster's reason.",
        "Once we launch, each correction a nurse makes gets saved.",
        "Readers can flag bad summaries, and that feedback will pile up quickly.",
        "Reviewed translations keep rolling in from the vendor every week.",
        "Call recordings, CSAT ratings and escalations will all be stored from day one.",
        "Each disputed invoice gets resolved by finance and logged with the outcome.",
        "Customers can rate and edit each draft, and we store both.",
        "Until then we work with our own claims data as it comes in.",
    ],
)
def test_records_said_to_be_kept_from_now_on_are_growing_data(text: str) -> None:
    assert parse(text).data_growth is True


def test_records_kept_for_another_purpose_are_not_growth() -> None:
    assert parse("Our calls are recorded for quality purposes.").data_growth is None


@pytest.mark.parametrize(
    "text",
    [
        "Ten years of policy files sit in the old mainframe, inaccessible until the cutover.",
        "When the merger goes through we inherit their support tickets.",
        "Once the DPA is signed, the clinic's notes become available to us.",
        "IT estimates three months to anonymise the records before anyone can use them.",
    ],
)
def test_records_the_team_gets_once_something_happens_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "We will store the files on S3.",
        "Our team will review the reports before they go out.",
        "We keep the documents in SharePoint.",
        "Legal will archive the claims after 7 years.",
    ],
)
def test_storing_records_that_exist_is_not_data_that_grows(text: str) -> None:
    assert parse(text).data_growth is None


def test_every_record_kept_from_now_on_grows_the_data() -> None:
    assert parse("We save all the chat logs, starting this week.").data_growth is True


def test_a_place_locked_until_morning_is_no_data() -> None:
    assert parse("The office is locked until 9am.").data_growth is None
    assert parse("We log in to the portal every morning.").data_growth is None
    assert parse("We spent 3 months to clean the data last year.").data_growth is None


@pytest.mark.parametrize(
    "text",
    [
        "The partner's 250k labelled referrals could be shared, but the agreement won't be "
        "signed before spring.",
        "Their 90k tagged tickets come to us once the acquisition closes.",
    ],
)
def test_labels_the_team_cannot_use_yet_are_not_in_hand(text: str) -> None:
    constraints = parse(text)
    assert constraints.labeled_examples is None
    assert constraints.data_growth is True


def test_labels_in_hand_beside_others_still_pending_are_counted() -> None:
    text = "We have 20k labeled emails; access to the other 80k is pending legal approval."
    assert parse(text).labeled_examples == 20_000
    text = "We have 5,000 labeled tickets, but the agent notes are not available."
    assert parse(text).labeled_examples == 5_000


def test_a_count_with_a_plus_is_at_least_that_many() -> None:
    constraints = parse("I have 50k+ question-answer pairs from our own domain.")
    assert constraints.labeled_examples == 50_000
    assert parse("We get 300+ tickets a day.").monthly_requests == 9_000


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We have 3 years of approved social posts, like 15k.", 15_000),
        ("Past tickets (roughly 40,000) sit in Zendesk.", 40_000),
        ("We keep resolved tickets, around 8,000, in Jira.", 8_000),
    ],
)
def test_a_figure_after_its_records_counts_them(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "The team, about 12 people, works in Berlin.",
        "Our categories (14) are fixed.",
        "- no labeled summaries today, zero\n- 2 nurses will review every output",
    ],
)
def test_a_figure_after_other_words_or_denied_records_is_no_count(text: str) -> None:
    assert parse(text).labeled_examples in (None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Advisors will correct the AI-filled fields in Salesforce before saving.",
        "Compliance officers review every summary and mark what is wrong.",
        "Agents accept or edit each suggested reply.",
        "Editors always tweak the drafts before they go out.",
        "Once we're live we'll get clicks and add-to-carts for every query.",
    ],
)
def test_people_checking_each_output_or_signals_from_use_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "I will check the tags myself after.",
        "We reviewed all the outputs last year.",
        "Our lawyers review every contract by hand.",
        "If you review every output you will be slow.",
    ],
)
def test_a_one_off_check_past_checks_or_the_work_itself_are_not_growth(text: str) -> None:
    assert parse(text).data_growth is None


def test_records_an_agreement_would_give_are_not_in_hand() -> None:
    text = (
        "Legal is finalizing a data-sharing agreement with our reinsurer that would give us "
        "~100k historical claims with their triage outcomes."
    )
    parsed = parse(text)
    assert parsed.labeled_examples is None
    assert parsed.data_growth is True


def test_people_are_not_records_to_train_on() -> None:
    assert parse("We trained it on one person's writing for six hours.").labeled_examples is None


def test_configuration_stored_as_data_is_not_training_data() -> None:
    parsed = parse("The rubric is stored as data in the tool.")
    assert parsed.data_growth is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A hand-curated ground truth set with 50 samples per class across 41 classes.", 2_050),
        ("We have 41 classes and 50 labeled examples for each class.", 2_050),
        ("We have 200 labeled examples per category, 12 categories in total.", 2_400),
        # (No count of the categories: at least two of them.)
        ("We have 300 labeled examples per category.", 600),
    ],
)
def test_a_count_for_each_class_times_the_classes(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("labels are at 10k now and we need it by end of month.", 10_000),
        ("that's raw. labeled and cleaned it's 1.2k.", 1_200),
        ("about a third are duplicates across clients, after dedup it's 2,100", 2_100),
    ],
)
def test_a_count_said_of_the_labels_now_or_once_cleaned(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


@pytest.mark.parametrize(
    "text",
    [
        "Salespeople will rate the AI reply and can override it; we keep all of that in the CRM.",
        "Editors will confirm or fix suggested tags before publishing; all of that gets stored.",
        "We also plan to log every question and whether the answer helped.",
        "Tagged ticket stream available after launch.",
    ],
)
def test_verdicts_on_the_work_that_are_kept_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "Some answers show up as correct over and over, and the models keep producing them.",
        "We hit the rate limit and log the errors.",
    ],
)
def test_words_that_only_look_like_verdicts_or_keeping_are_not_growth(text: str) -> None:
    assert parse(text).data_growth is None


@pytest.mark.parametrize(
    "text",
    [
        "Training data: three sources, one set.",
        "We want pairs of functions written in two styles.",
    ],
)
def test_kinds_of_data_are_not_counts_of_examples(text: str) -> None:
    assert parse(text).labeled_examples is None


def test_an_agreement_being_made_to_use_data_is_data_to_come() -> None:
    text = (
        "Outside counsel has a big annotated set of redlines. We're negotiating a data-use "
        "agreement so we can use it."
    )
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Carrier will make available 410,000 historical FNOL narratives with "
            "adjuster-confirmed loss-cause codes (2015-2024).",
            410_000,
        ),
        (
            "The Buyer will provide 3 million historical sig-to-verified-label-text pairs.",
            3_000_000,
        ),
        (
            "With our grammar doc and 30 examples in context, a third did not parse. We have "
            "58,000 English description -> OQL pairs.",
            58_000,
        ),
    ],
)
def test_historical_records_handed_over_and_examples_in_context(text: str, count: int) -> None:
    assert parse(text).labeled_examples == count


def test_a_count_once_there_are_that_many_is_to_come() -> None:
    parsed = parse("Once there are ~20k edited comments we want feedback in our rubric's terms.")
    assert parsed.labeled_examples is None


@pytest.mark.parametrize(
    "text",
    [
        "From then every message's final queue will be logged, including nurse re-routes.",
        "We log every question and the 'did this answer help?' vote.",
        "In 6 months we'd have a lot of copy -> performance data.",
    ],
)
def test_answers_logged_verdicts_kept_and_plenty_later_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "Nothing labelled yet; the content team would validate outputs.",
        "After go-live the merch team will fix any wrong category by hand (that gets logged).",
    ],
)
def test_outputs_checked_as_the_work_goes_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


def test_editing_drafts_in_a_story_is_no_growth() -> None:
    assert parse("Last month I spent a week editing drafts for the launch.").data_growth is None


def test_alerts_dispositioned_by_analysts_are_labeled() -> None:
    text = (
        "We have ~50k alerts dispositioned by surveillance analysts (escalate/close, with reason)."
    )
    assert parse(text).labeled_examples == 50_000


def test_records_that_take_months_to_export_are_data_to_come() -> None:
    text = (
        "MLR has years of review comments, but they're locked in Veeva and IT says export + "
        "cleaning will take ~6 months."
    )
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "Moderators will review what it flags, so we'll be building a labelled set.",
        "Users fix categories in the UI; moderators will review what it flags.",
    ],
)
def test_reviews_of_what_the_model_flags_are_data_to_come(text: str) -> None:
    assert parse(text).data_growth is True


def test_records_with_headings_assigned_by_cataloguers_are_labeled() -> None:
    text = "We have 1.5M catalogued records with headings assigned by professional cataloguers."
    assert parse(text).labeled_examples == 1_500_000


@pytest.mark.parametrize(
    "text",
    [
        "Dispatchers will confirm or change every suggested priority.",
        "Our editors will accept or rewrite each draft headline from day one.",
        "Tutors will approve/reject every generated hint.",
    ],
)
def test_two_verdict_verbs_on_each_output_are_labels_to_come(text: str) -> None:
    assert parse(text).data_growth is True


@pytest.mark.parametrize(
    "text",
    [
        "Could this save us money, or should we just get better at writing prompts?",
        "Would a tuned model fix the tone and save time for the editors?",
        "We double-check the output and keep a pharmacist in the loop for every batch.",
        "We want a quick sentiment split of our 5,000 latest play store reviews.",
        "Should I collect more examples first, or is a longer prompt enough?",
    ],
)
def test_questions_money_saved_and_people_kept_in_the_loop_are_no_labels_to_come(
    text: str,
) -> None:
    assert parse(text).data_growth is not True


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "We hold 450 tagged claims now; the labelling agency delivers 12k more in six weeks.",
            450,
        ),
        ("Legal is drafting about 3,000 reference answers; 200 are signed off today.", 200),
    ],
)
def test_a_count_delivered_later_or_still_being_made_is_labels_to_come(
    text: str, labels: int
) -> None:
    parsed = parse(text)
    assert parsed.labeled_examples == labels
    assert parsed.data_growth is True


def test_a_count_being_sent_out_today_is_in_hand() -> None:
    assert parse("We are sending 5,000 labelled tickets to the vendor.").labeled_examples == 5000


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Our archive holds about 35,000 past grant applications with the panel's final "
            "score and decision.",
            35000,
        ),
        (
            "We kept 9,500 tenancy disputes, each with the mediator-written settlement summary.",
            9500,
        ),
        ("There are 4,200 appeals with the board's ruling attached to each.", 4200),
    ],
)
def test_records_with_their_outcome_named_further_on_are_labelled(text: str, labels: int) -> None:
    assert parse(text).labeled_examples == labels


@pytest.mark.parametrize(
    "text",
    [
        "We run 12 hotels, each with its own concierge team and a guest rating system.",
        "Marketplace with 12 million listings: normalise seller-written titles into our schema.",
        "Our two reporters write about 40 briefs a week, each with a headline.",
    ],
)
def test_things_that_are_not_records_with_an_outcome_nearby_are_not_labels(text: str) -> None:
    assert parse(text).labeled_examples is None


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Plan: prompt for now and fine-tune at 4k reviewed summaries; 600 are reviewed so far.",
            600,
        ),
        ("When a clinic has about 1,500 coded notes we retrain a model for it.", None),
    ],
)
def test_a_count_that_sets_off_training_is_a_trigger_not_data(
    text: str, labels: int | None
) -> None:
    assert parse(text).labeled_examples == labels


def test_a_target_after_a_colon_is_no_data_in_hand() -> None:
    assert parse("Target threshold: 8,000 reviewed pairs before we tune.").labeled_examples is None
