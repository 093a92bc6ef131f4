"""Labeled data: how many labeled examples exist now (``25k reviewed explanations``,
``12,000 resolved tickets``, ``a handful of examples``, ``no data``), whether unlabeled
text exists, and whether more labeled data is coming.

A count is labeled when its words say so (labeled, annotated, reviewed, resolved,
approved, top-performing...), when a heading names it ("Labelled so far: 400"), when it
counts examples or pairs or records held up as examples ("80 replies we'd use as good
examples", "200 ads to learn from"), or when it counts records of finished work the team
holds (past tickets, chats, transcripts with their outcomes; summaries or descriptions
already written), which is inferred. Inputs the team holds without labels ("2 million
support emails", "40k tickets, none of them labelled") are unlabeled data, not examples.

No data is read from a negation of the data itself ("we never kept support tickets",
"we don't have a dataset", "we've labelled none"), not of something near it ("no data
science team", "we never store customer data outside the EU").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import assistant.parsing.messages as messages
from assistant.parsing.alternation import Table
from assistant.parsing.dates import FULL_MONTH_NAMES, MONTH_NAMES
from assistant.parsing.draft import Draft
from assistant.parsing.lazy import LazyPattern, lazy_pattern
from assistant.parsing.negation import negated, negators
from assistant.parsing.numbers import Quantity
from assistant.parsing.scan import Scan
from assistant.parsing.text import Text

_MARK = lazy_pattern(
    r"^(?:labell?ed|annotated|tagged|graded|scored|rated|reviewed|resolved|closed|answered"
    r"|curated|gold|gold-standard|approved|verified|vetted|categori[sz]ed|classified"
    r"|corrected|edited|coded|signed-off|validated|checked|cleaned|completed|finished|solved"
    r"|transcribed|finali[sz]ed|rewritten|translated|routed|moderated|rated|answered"
    r"|adjudicated|settled|triaged|dispositioned"
    r"|handled|marked|ground-truth|training|example|top-\w+|best|best-\w+|highly"
    r"|high-\w+|highest-\w+|top|winning|exemplary|award-winning"
    r"|sample|hand-\w+|human-\w+|expert-\w+|manually|expert|human|hand|previously"
    r"|[\w]+-(?:marked|labell?ed|annotated|reviewed|verified|checked|scored|graded|coded"
    r"|approved|written|tagged|corrected|edited|validated|vetted|rated|moderated|curated))$"
)
# Words that say the records are history the team holds, without saying they are labeled.
_HISTORY = lazy_pattern(r"^(?:historical|past|prior|previous|existing|old|older|archived|logged)$")
_EXAMPLES = lazy_pattern(
    r"^(?:examples?|samples?|demonstrations?|pairs?|labels|annotations|datapoints"
    r"|instances|shots?)$"
)
# Records of finished work: held, they come with their outcome (a resolved ticket has its
# category and reply; a written summary is the target output).
_RECORDS = lazy_pattern(
    r"^(?:tickets?|chats?|conversations?|transcripts?|calls?|cases?|threads?|interactions?"
    r"|sessions?|dialogues?|dialogs?|descriptions?|summaries|summary|captions?|answers?"
    r"|responses?|replies|reply|explanations?|translations?|headlines?|narratives?"
    r"|write-ups?|instructions?|sheets?|letters?|reports?|stories|scripts?|posts?|emails?"
    r"|messages?|articles?|notes?|documents?|docs|contracts?|ndas?|reviews?|files?|pages?"
    r"|images?|records?|rows?|items?|texts?|entries|invoices?|claims?|forms?|receipts?"
    r"|statements?|filings?|listings?|products?|transactions?|logs?|encounters?|charts?"
    r"|queries|questions?|requests?|recordings?|resumes?|cvs?|policies|clauses?|reports?"
    r"|letters?|memos?|proposals?|expenses?|orders?|complaints?|comments?|tweets?|snippets?"
    r"|examples?|samples?|pairs?|labels|annotations|data|datapoints|instances"
    r"|sentences?|paragraphs?|segments?|utterances?|intents?|codes?|diagnoses|profiles?"
    r"|ads|adverts?|creatives?|passages?|excerpts?|essays?|poems?|blurbs?|slogans?|taglines?"
    r"|alerts?|manuscripts?|submissions?"
    r"|recaps?|abstracts?|handovers?|quotes?|applications?|leases?|depositions?|dictations?"
    r"|decisions?|disputes?|appeals?"
    r"|titles?|drafts?|rewrites?|outputs?|completions?|solutions?|bios|captions?|lines"
    r"|dialogue|quotes|repair\s+orders|work\s+orders|memos?|exams?|scripts)$"
)
_OUTPUT_RECORDS = lazy_pattern(
    r"^(?:tickets?|chats?|conversations?|transcripts?|calls?|cases?|threads?|interactions?"
    r"|sessions?|dialogues?|dialogs?|descriptions?|summaries|summary|captions?|answers?"
    r"|responses?|replies|reply|explanations?|translations?|headlines?|narratives?"
    r"|write-ups?|instructions?|encounters?|diagnoses|codes?|posts?|ads|stories|blurbs?"
    r"|letters?|scripts?|adverts?|creatives?|passages?|essays?|poems?|slogans?|taglines?"
    r"|titles?|drafts?|rewrites?|outputs?|completions?|solutions?|bios|lines|dialogue"
    r"|quotes|memos?)$"
)
_WITH_OUTCOME = lazy_pattern(
    # "... with the resolving team recorded", "w/ the outcome noted".
    # "records with headings assigned by professional cataloguers".
    r"\b(?:with|w/|incl\w*)\s+(?:their\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:assigned|recorded"
    r"|noted|logged|attached|included|marked|captured|stored|filled\s+in|keyed(?:\s+in)?"
    r"|typed\s+in|entered|extracted\s+by|checked\s+by|set\s+by)\b"
    # "and" only with a possessive: "tickets and their resolutions", not "farmers next
    # year and the answers have to be right".
    # ("with the adjudicator's decision", "each with the analyst-written structured report",
    # "with completed, QC'd abstracts": who made it and how, before the outcome.)
    r"|\b(?:(?:each\s+)?(?:with|w/|incl\w*|plus)\s+(?:their\s+|the\s+|its\s+|an?\s+)?"
    r"|and\s+(?:their|its)\s+)"
    r"(?:[a-z/'\u2019-]+,?\s+){0,3}?"
    r"(?:labels?|categor\w+|outcomes?|answers?|resolutions?|ratings?|tags?|summaries|responses?"
    r"|flags"
    r"|replies|gold|ground truth|codes?|classifications?|scores?|intents?|corrections?"
    r"|annotations?|translations?|reviews?|feedback|grades?|marks|corrections?|edits"
    r"|comments|remarks|notes|reasons|rationales?|decisions?|verdicts?"
    r"|resolution\w*|outputs?|targets?|fix|fixes|results?|dispositions?|diagnos[ie]s"
    r"|findings|fields|values|entities|extractions|headlines|titles|captions|abstracts"
    r"|subject\s+lines|standfirsts|briefs|digests?|determinations?|adjudications?|rulings?"
    r"|structured\s+reports?|charts?|chronolog(?:y|ies)|redlines?"
    r"|expected\s+\w+|correct\s+\w+|actual\s+\w+|final\s+\w+)\b"
    r"|\b(?:that|which|who|where|whose)\s+(?:\w+\s+){0,3}?(?:labell?ed|annotated|tagged|reviewed"
    r"|documented"
    r"|validated|confirmed|assigned|recorded|keyed|re-keyed"
    r"|approved|verified|categori[sz]ed|classified|corrected|signed off|resolved|vetted"
    r"|checked|graded|coded|cleaned up|charted|abstracted|routed|adjudicated)\b"
    # "with the office they were ultimately routed to".
    r"|\bwith\s+the\s+[\w-]+\s+(?:they|it)\s+(?:was|were)\s+(?:\w+\s+)?(?:routed|assigned|sent"
    r"|escalated|filed|classified|coded)\b"
    r"|\b(?:already|have|has|had|were|been)\s+(?:\w+\s+)?(?:labell?ed|annotated|tagged"
    r"|reviewed|approved|verified|categori[sz]ed|classified|corrected|signed off|resolved"
    r"|vetted|checked|graded|coded|cleaned up|transcribed|finali[sz]ed|answered|moderated"
    r"|rated|adjudicated|routed|triaged|keyed|re-keyed|structured)\b"
    r"|\b(?:approved|reviewed|cleaned|wrote|written|rewrote|rewritten|labell?ed|annotated"
    r"|tagged|graded|categori[sz]ed|classified|coded|scored|verified|checked|corrected|edited"
    r"|authored|drafted"
    r"|fixed|normali[sz]ed|transcribed|finali[sz]ed|answered|resolved|marked|manually"
    r"|by hand)\b"
)
# Said of records anywhere in their sentence: they pair an input with its answer.
_PAIRS_SAID = lazy_pattern(
    # "40k manifests that data-entry staff keyed by hand into exactly this schema".
    r"\b(?:keyed|abstracted|transcribed|entered|coded|mapped)\s+(?:by\s+hand\s+)?(?:into|in)\s+"
    r"(?:exactly\s+)?(?:this|the|our)\s+(?:same\s+)?(?:schema|format|structure|template|fields)\b"
    r"|\b(?:input[/-]output|input\s+and\s+(?:expected\s+|correct\s+)?output|question[/-]answer"
    r"|prompt[/-]completion|source[/-]target)\s+pairs\b"
    r"|\b(?:source|input|text)s?\s*(?:\+|&|and|with|plus)\s*(?:the\s+|their\s+)?(?:correct"
    r"|expected|right|gold|target|verified)\s+\w+"
    # "where we have the input tables and the final approved narrative".
    r"|\binputs?\s+(?:[\w-]+\s+)?(?:and|\+|&|with|plus)\s+(?:the\s+|their\s+|its\s+)?(?:final|approved"
    r"|correct|expected|gold|published|signed[- ]off|reviewed)\s+(?:[\w-]+\s+)?[\w-]+"
    # "the analyst's summary and breach flag are stored next to the document".
    r"|\b(?:stored|kept|recorded|saved|filed|logged)\s+(?:right\s+)?(?:next\s+to|alongside|beside"
    r"|with)\s+(?:the|each|every|its|their)\s+(?:original\s+)?(?:document|record|file|case|ticket"
    r"|contract|agreement|email|text|source|report|claim)s?\b"
    r"|\bground[- ]truth\b|\b(?:each\s+|all\s+)?paired\s+with\b|\bmatched\s+(?:to|with)\s+"
    r"(?:the\s+|their\s+)?(?:source|original|input)"
    r"|\b(?:with|w/)\s+(?:[\w,-]+\s+){0,5}?(?:the\s+|their\s+)?(?:actual|correct|final"
    r"|expected|verified|[\w-]*approved)\s+(?:fix|fixes|answer|answers|outcome|outcomes|resolution"
    r"|repl(?:y|ies)|responses?|drafts?|summar(?:y|ies)"
    r"|label|labels|category|categories|code|codes|decision|decisions|output|outputs|result"
    r"|results|diagnosis|value|values|fields?)\b"
    r"|\b(?:with|w/)\s+(?:their\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:recorded|noted"
    r"|logged|attached|assigned|applied|entered|chosen)\b"
    # "each has problem description and action taken by our field engineer".
    r"|\beach\s+(?:one\s+)?(?:has|with|includes|carries|contains)\s+(?:[\w/-]+\s+){0,6}?(?:action"
    r"|fix|resolution|answer|outcome|decision|code|category|label|grade|score|summary|verdict)s?"
    r"\b"
    # "14,000 past submissions with the compliance officer's redlines", "30k referrals
    # with the dermatologist's confirmed diagnosis", "~400k aligned segments in
    # translation memories".
    r"|\b(?:with|w/)\s+(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:redlines|approve/reject"
    r"|(?:approv\w+|accept\w*|reject\w*)\s+decisions?|confirmed\s+diagnos[ie]s"
    r"|dispositions?)\b"
    r"|\baligned\s+(?:segments|sentences|pairs)\b|\btranslation\s+memor(?:y|ies)\b"
    # "I pulled 5,000 emails out of it (first messages only), together with their
    # category".
    r"|\b(?:together|along)\s+with\s+(?:their|its|each\s+one's|the)\s+(?:[\w-]+\s+)?"
    r"(?:categor(?:y|ies)|labels?|class(?:es)?|tags?|answers?|outcomes?|codes?|intents?"
    r"|resolutions?|decisions?|grades?|scores?)\b"
)
# A clause that says each record got its answer from someone: a relative clause with a
# verb of labelling, or the answer each ended with ("with the queue they ended up in").
_GIVEN_ANSWER = lazy_pattern(
    r"\b(?:that|which|who|where|whose)\s+(?:[\w'/-]+\s+){0,6}?(?:(?:already|all|each|were|was|is"
    r"|are|been|have|has|had)\s+)?(?:labell?ed|annotated|tagged|reviewed|validated|confirmed"
    r"|assigned|recorded|noted|logged|keyed|approved|verified|categori[sz]ed|classified|corrected"
    r"|resolved|vetted|graded|coded|scored|marked|structured|signed\s+off|abstracted|docketed"
    r"|transcribed|adjudicated|triaged|dispositioned|double-\w+ed|summari[sz]ed|translated)\b"
    r"|\b(?:with|w/)\s+(?:the|their|its)\s+(?:[\w-]+\s+){1,2}?(?:they|it|each\s+one)\s+"
    r"(?:ended\s+up|landed|went|was\s+(?:given|assigned|routed)|were\s+(?:given|assigned|routed))\b"
    # "5,000 emails, each with its category", "tickets, all with their resolution codes".
    r"|\b(?:each|every\s+one|all)\s+(?:of\s+them\s+)?(?:with|w/|carrying|having)\s+(?:(?:its|their|a"
    r"|an|the)\s+)?(?:[\w-]+\s+)?(?:category|categories|label|labels|tag|tags|class|classes|answer"
    r"|answers|rating|ratings|score|scores|grade|grades|outcome|outcomes|code|codes|verdict"
    r"|verdicts|intent|intents)\b"
)
# A denial inside that clause ("which nobody has labeled"); not the "no" of "yes/no".
_NOBODY = lazy_pattern(r"\b(?:nobody|no\s+one|not|never|none)\b|(?<!/)\bno\b(?!/)|n't")
_UNLABELED_MARK = lazy_pattern(
    r"\b(?:unlabell?ed|un-labell?ed|unannotated|unreviewed|raw|not\s+(?:yet\s+)?(?:labell?ed"
    r"|annotated|tagged|reviewed)|without\s+(?:any\s+)?(?:labels|annotations)|no\s+labels)\b"
)
_TO_DO = lazy_pattern(
    r"\s*(?:\w+\s+){0,3}?(?:to\s+(?:classify|process|label|review|summari[sz]e|tag|annotate"
    r"|sort|triage|translate|extract|handle|go through|clear)|that\s+need|waiting|pending"
    r"|backlog|in\s+the\s+queue|queued|a\s+backlog)\b"
)
# Records a party says it will hand over: "will provide", "will make available".
_HANDED_OVER = lazy_pattern(
    r"(?:will|'ll)\s+(?:provide|make\s+available|supply|hand\s+over|share|send)\b"
)
_PROMPT_CLAUSE = lazy_pattern(
    r"\b(?:prompt\w*|few-shot|in-context|one-shot|in\s+(?:the\s+)?context)\b"
)
_SHOT = lazy_pattern(r"\s*-?\s*shots?\b")
# A count said to come later is growth, not data in hand; one that is only needed or
# hoped for is neither. ("What if we had 10k examples?" is a change, and is read.)
_FUTURE = lazy_pattern(
    r"\b(?:will|'ll|'d|would|should|might|expect\w*|plan\w*|going to|could get|can get|another"
    r"|additional)\s+(?:[a-z'-]+\s+){0,3}(?:about\s+|around\s+|roughly\s+|~|\u2248)?$"
    r"|\bby\s+(?:q\d|next|the end|end of|mid)\b"
    # "we're hiring two annotators to label about 10,000 titles".
    r"|\b(?:hir\w+|bring\w*\s+in|contract\w*)\s+(?:[\w-]+\s+){0,3}?to\s+(?:label|annotate|tag|grade"
    r"|code)\s+(?:about\s+|around\s+|roughly\s+|~)?$"
    # "once we have 5k rated answers we want to fine-tune": a count to wait for.
    # ("when you only have tens of examples" says how little there is, not when.)
    r"|\b(?:(?:once|after|until)\s+(?:[\w']+\s+){0,2}?|when\s+(?:we|they|(?:a|the|each|every|our)"
    r"\s+[\w-]+)\s+)(?:have|has|get"
    r"|gets|got|reach\w*|hit|pass|passed|cross\w*|exceed\w*|top|get\s+(?:past|to|over)"
    r"|collect\w*|gather\w*|accumulat\w*)\s+(?:[a-z]+(?:ed|en)\s+)?(?:about\s+|around\s+"
    r"|roughly\s+|at\s+least\s+|~)?$"
    # "once there are ~20k edited comments we want ...".
    r"|\b(?:once|when|after|until)\s+there\s+(?:are|is|'s|will\s+be)\s+(?:about\s+|around\s+"
    r"|roughly\s+|at\s+least\s+|~)?$"
    # A count that sets off the training: "fine-tune at 5k annotations", "switch to a tuned
    # model after 3,000 reviewed drafts".
    # (Not "forklift training is at 10 tomorrow": a session, not a model's training.)
    r"|\b(?:fine[- ]?tun\w*|ft|retrain\w*|switch\w*)\s+(?:[\w-]+\s+){0,3}?(?:at|after)\s+"
    r"(?:about\s+|around\s+|roughly\s+|~)?$"
    # "a labeling team that should get us to about 10k".
    r"|\b(?:get|bring|take)\s+us\s+(?:up\s+)?to\s+(?:about\s+|around\s+|roughly\s+|~)?$"
)
# Records the team cannot use yet, said in the sentence that counts them: an agreement
# still with the lawyers, access pending approval, a deal not closed.
# (Something "not available" with no time to it is about something else: "the agents'
# notes are not available".)
_PENDING = lazy_pattern(
    r"\b(?:won'?t|will\s+not)\s+be\s+(?:signed|approved|cleared|available|accessible|usable)\b"
    r"|\b(?:isn'?t|aren'?t|is\s+not|are\s+not|not)\s+(?:yet\s+(?:signed|approved|cleared|available"
    r"|accessible|usable)\b|(?:signed|approved|cleared|available|accessible|usable)\s+(?:yet|before"
    r"|until)\b)"
    r"|\b(?:pending|awaiting)\s+(?:\w+\s+)?(?:approval|sign-?off|signature|review|clearance)"
    r"|\bwith\s+(?:their|the|our)\s+lawyers\b|\bonce\s+(?:the\s+)?(?:deal|acquisition|merger"
    r"|agreement|contract)\s+(?:closes|is\s+signed|goes\s+through)"
)
# A count said with the work that will make it: "roughly 4,000 essays will be graded
# through it", "about 20k letters would be reviewed by then".
_FUTURE_AFTER = lazy_pattern(
    r"\s+(?:[a-z'-]+\s+){0,3}?(?:will|'ll|would|are\s+going\s+to)\s+(?:\w+\s+)?be\s+(?:graded"
    r"|labell?ed|reviewed|annotated|tagged|rated|scored|checked|corrected|approved|coded"
    r"|collected|generated|created|written|processed|confirmed|verified)\b"
    # A count reached by a date to come: "forty thousand scripts with examiner marks by
    # September", "30k edited lines by the end of early access".
    # (Not one said to be there now, beside a deadline: "10k now and we need it by end of
    # month".)
    rf"|\s+(?:(?!now\b|and\b)[\w'-]+\s+){{0,6}}?by\s+(?:{FULL_MONTH_NAMES}|spring|summer|autumn|fall"
    rf"|winter|then"
    r"|year[- ]end|the\s+end\s+of|end\s+of|next|q[1-4])\b"
)
# A count handed over or made at a time to come: "the annotation vendor delivers 20k
# labeled docs in 8 weeks", "compliance is writing ~2,000 gold pairs".
_DELIVERS = lazy_pattern(
    r"\b(?:delivers?|sends?|supplies|hands?\s+over|ships?"
    r"|(?P<making>(?:is|are|'re|'s)\s+(?:still\s+)?(?:writing|labell?ing|annotating|tagging|building"
    r"|creating|producing|preparing|compiling|assembling|drafting)))\s+(?:us\s+)?(?:another\s+"
    r"|a\s+further\s+"
    r"|the\s+)?(?:[a-z'-]+\s+)?(?:about\s+|around\s+|roughly\s+|~|\u2248)?$"
)
_LATER_AFTER = lazy_pattern(
    r"[^.!?;]{0,60}?\b(?:in\s+(?:\d+|a|one|two|three|four|five|six|eight|ten|twelve)\s+"
    r"(?:days?|weeks?|months?|quarters?)|next\s+(?:week|month|quarter|year)|by\s+\w|later|soon"
    r"|over\s+the\s+(?:next|coming))"
)
_HYPOTHETICAL = lazy_pattern(
    r"\b(?:need|needs|needed|require[sd]?|requiring|hope to (?:have|get)|aim for|target"
    r"|want|wants|minimum of)\s*:?\s+(?:[a-z'-]+\s*:?\s+){0,2}$"
)
# Said of something the team will only have later: "we'd have", "we will have", "we
# should get".
_TO_COME = lazy_pattern(
    r"(?:\bwould|\bwill|'d|'ll|\bshould|\bcould|\bmight|\bgoing\s+to|\bgonna)\s+"
    r"(?:[a-z'-]+\s+)?$"
)
# "2k of them labeled", "5k labeled": the mark comes right after the number.
_MARK_AFTER = lazy_pattern(
    r"\s+(?:(?:[a-z]+\s+){0,2}?(?:that|which)\s+|of\s+(?:them|which|those|these|it)\s+"
    # "6,000 of 18,000 cases are labeled", "6.000 der 18.000 Fälle" (glossed).
    r"|of\s+(?:the\s+|our\s+)?[~≈]?[\d.,]+\s*k?\s+(?:[^\W\d_][\w-]*\s+)?)?"
    r"(?:are\s+|were\s+|is\s+|have\s+been\s+|has\s+been\s+|had\s+(?:already\s+)?been\s+)?"
    r"(?:already\s+)?(?:manually\s+|carefully\s+|all\s+|properly\s+|correctly\s+|fully\s+"
    r"|cleanly\s+|actually\s+|hand-)?(?:labell?ed|annotated|tagged|reviewed|categori[sz]ed"
    r"|classified|hand-labell?ed|routed|resolved|answered|coded|graded|checked|verified"
    r"|approved|adjudicated|vetted|signed off|scored|rated)\b"
    # What is left of a set after cleaning: "~3k usable after cleanup", "only ~2k of the
    # 12k are actually usable", "maybe 1k are actually good".
    r"|(?:\s+of\s+(?:the|them|those|these|our)(?:\s+[\d.,]+k?)?(?:\s+\w+)?)?\s+"
    r"(?:(?:are|is)\s+(?:actually\s+|really\s+|still\s+|truly\s+)?(?:usable|useable|useful|clean"
    r"|valid|good(?:\s+enough)?|trustworthy|reliable)|(?:actually\s+|really\s+)?(?:usable"
    r"|useable))\b(?!\s+(?:for|to|at)\b)"
    # Said after a count that names no noun: "tagging outage tickets for years - twelve
    # thousand or so, all with cause codes".
    r"|(?:\s+or\s+so)?\s*,?\s+(?:all|each|every\s+one)\s+(?:with|has|have|carrying|carry)\s+"
    r"(?:a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:codes?|labels?|tags?|grades?|categor(?:y|ies)"
    r"|outcomes?|scores?)\b"
    # The mark as a thing the records have: "roughly 2,500 contracts have tags".
    r"|\s+(?:[a-z-]+\s+){0,2}?(?:have|has|had|carry|carries|come\s+with)\s+(?:(?:a|their|its"
    r"|the)\s+)?(?:tags|labels|annotations|grades|ratings)\b"
)
# Records each given its answer, said after a noun the reading may not know: "60k past
# client Q&As, each reviewed and signed off by a partner", "52,000 past RFEs, each tagged
# with the deficiency category".
_EACH_MARKED = lazy_pattern(
    r"\s+(?:[\w&'/-]+,?\s+){0,10}?[\w&'/-]+,?\s+(?:each|all|every\s+one(?:\s+of\s+them)?)\s+"
    r"(?:(?:already|manually|carefully|individually)\s+)?(?:labell?ed|annotated|tagged|reviewed"
    r"|categori[sz]ed|classified|coded|graded|checked|verified|approved|signed\s+off|scored|rated"
    r"|paired|linked|matched|marked)\b"
)
_TIME_NOUN = lazy_pattern(
    r"\s+(?:seasons?|years?|yrs?|months?|weeks?|days?|quarters?|semesters?|terms?|decades?)\b"
)
_TEMPLATES = lazy_pattern(r"\s+(?:[\w-]+\s+){0,2}?(?:templates?|boilerplates?)\b")
# Records a model was, or is to be, trained on are its training examples: "fine-tuned
# locally on 500 internal documents", "trained my own model using 50 prompts", "we
# fine-tuned GPT-4o on 50,000 borrower transcripts".
_TRAINED_ON = lazy_pattern(
    r"\b(?:fine[- ]?tun\w*|finetun\w*|train(?:ed|ing)?|distill?\w*|lora)\s+(?:[\w.:()-]+\s+){0,5}?"
    r"(?:on|using|with|from)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|all\s+|the\s+"
    r"|our\s+|my\s+|~|≈)?$"
)
# What a model is trained on that is not data: "trained on 2 GPUs", "on 3 epochs".
_NOT_RECORDS = lazy_pattern(
    r"\s*(?:[\w-]+\s+)?(?:gpus?|tpus?|a100s?|h100s?|nodes?|machines?|cores?|epochs?|hours?"
    r"|minutes?|days?|weeks?|months?|languages?|tasks?|billion|b\b|m\b|parameters?|params"
    r"|models?|llms?|checkpoints?|adapters?|variants?"
    # "fine-tuned it on a mix of three sources": kinds of data, not records.
    r"|sources|styles|types|kinds|categories|classes|domains|datasets|formats|ways|mix"
    # "trained it on one person's writing": people, not records.
    r"|person(?:'s)?|people(?:'s)?|persons|author(?:'s)?|writer(?:'s)?|individual(?:'s)?)\b"
)
# "2k of the 12k": the second number is the whole a part is taken from.
_WHOLE_OF = lazy_pattern(r"\bof\s+(?:the|our|those|these|all)\s+[~≈]?\s*$|\d\s*k?\s+of\s+[~≈]?\s*$")
# "We've annotated something like 9,500 leases", "the team has already categorised 70k",
# "editors have rewritten about 20,000 of these".
_LABEL_VERB_BEFORE = lazy_pattern(
    r"\b(?:labell?ed|annotated|tagged|hand[- ]labell?ed|reviewed|curated|graded|categori[sz]ed"
    r"|classified|coded|marked|scored|approved|verified|resolved|corrected|rewritten|written"
    r"|wrote|edited|transcribed|translated|answered|routed|handled|checked|signed off"
    r"|cleaned up|finali[sz]ed|solved|closed|hand-\w+|summari[sz]ed|described|captioned"
    r"|explained|drafted|triaged|moderated|rated|adjudicated|keyed|re-keyed|rekeyed"
    r"|structured|entered|mapped|converted|extracted|hand-coded|double-keyed|filled\s+in|abstracted"
    r"|docketed|dispositioned|double-\w+ed"
    # Work finished: "Ana's team finished labelling 2,000 questions".
    r"|(?:finished|done|completed|wrapped\s+up)\s+(?:labell?ing|annotating|tagging|grading"
    r"|reviewing|coding|categori[sz]ing|classifying|transcribing|scoring|rating)"
    # Work had done by someone: "we had a contractor label 800 of them".
    r"|(?:had|got|paid|hired)\s+(?:[\w'-]+\s+){1,3}?(?:to\s+)?(?:label|annotate|tag|grade|review"
    r"|code|categori[sz]e|classify|transcribe|score|rate))\s+"
    r"(?:(?!(?:and|or|plus|but)\s)[a-z'-]+\s+){0,5}[~≈]?\s*$"
)
# A heading or list item naming labeled data: "Labelled data: ~5,000", "Labelled so far: 400",
# "Examples - 700", "gold set of 2k".
_HEADER_BEFORE = lazy_pattern(
    r"\b(?:(?:labell?ed|annotated|training|gold|example|tagged|golden)(?:\s+(?:data|examples"
    r"|set|dataset|samples|pairs|records|rows|items|corpus))?(?:\s+(?:so\s+far|to\s+date|yet"
    r"|today|now|currently|right\s+now|in\s+hand|on\s+hand))?\s*(?:[:=]|-|of|is|are|size"
    r"|count|total|available|on hand)|(?:examples|labels|annotations|labell?ed\s+(?:ones|items))"
    r"(?:\s+(?:so\s+far|to\s+date|today|currently|right\s+now|in\s+hand|on\s+hand))?\s*"
    # "labels are at 10k now", "examples are up to 6,000".
    r"(?:[:=]|-|total|available|(?:are|is)\s+(?:now\s+)?(?:at|up\s+to))"
    # "usable ones are ~1k", "the clean ones: 2,400".
    r"|(?:usable|clean|good|valid|trustworthy)\s+ones\s*(?:[:=]|are|is))\s*(?:(?:about|around|roughly|approximately|approx\.?|some"
    r"|only|just|over|nearly|almost|at least|more than|close to|like)\s+)?[~≈]?\s*$"
    # "labeled and cleaned it's 1.2k", "after dedup it's 2,100", "so total is ~40k docs".
    r"|\b(?:labell?ed|annotated|tagged|cleaned|deduped|dedup\w*|usable)\b[^.!?;]{0,30}?\b(?:it's"
    r"|it\s+is|that's|we're\s+at|we\s+have|leaves\s+us\s+with|leaving|down\s+to|comes\s+to)\s+"
    r"(?:(?:about|around|roughly|only|just|like|maybe)\s+)?[~\u2248]?\s*$"
    r"|\b(?:data\s?set|training\s+set|eval(?:uation)?\s+set|test\s+set)\s+(?:of|with|has"
    r"|holds|contains|:)\s*(?:(?:about|around|roughly|approximately|some|only|just|over"
    r"|nearly|almost|at least|more than|close to)\s+)?[~≈]?\s*$"
)
# Said to be what a model should learn from: "200 top ads to learn from", "80 replies we'd
# hold up as good examples".
_LEARN_FROM = lazy_pattern(
    r"\s*(?:[\w'-]+\s+){0,6}?to\s+(?:learn|train|fine-tune|tune)\s+(?:from|on|with)\b"
)
_AS_EXAMPLES = lazy_pattern(
    r"\s*(?:[\w'-]+\s+){0,6}?(?:as|for)\s+(?:(?:good|great|gold|golden|model|reference"
    r"|training|best|positive|ideal|exemplary|the|our)\s+)?(?:examples?|references?|exemplars?"
    r"|training\s+data|templates?|ground\s+truth)\b"
)
_HOLD = lazy_pattern(
    r"\b(?:have|has|had|got|own|hold|holds|possess|sitting on|collected|gathered|accumulated"
    r"|saved|kept|stored|exported|there are|there's|we've|we have|our|archive of|history of"
    r"|record of|library of|database of|corpus of|set of|pile of|access to|exist|only)\b"
)
_EXIST_AFTER = lazy_pattern(
    r"\s*(?:\w+\s+){0,4}?(?:exist|on hand|available|in\s+(?:our|the)\s+(?:database|crm|archive"
    r"|system|helpdesk|zendesk|ticketing|data warehouse|warehouse|history|catalog(?:ue)?"
    r"|back catalog(?:ue)?|library|collection|portfolio|records)|to\s+(?:learn|train)"
    r"\s+(?:from|on|with)|for\s+training|we\s+can\s+use|to\s+draw\s+on)\b"
)
# "of it", "of them", "of our tickets": what "none" is a part of.
_OF_THEM = (
    r"of\s+(?:(?:it|them|which|this|these|those|that)\s+|(?:the|our|their|its)\s+"
    r"(?:[\w'-]+\s+){0,2}?)"
)
# A count that "none" (or "not one") of is labeled: "none of our 40k tickets are tagged",
# "2M emails, none of them labelled".
_NONE_BEFORE = lazy_pattern(
    r"\b(?:none|not\s+one)\s+of\s+(?:the|our|their|these|those|all)?\s*(?:[a-z-]+\s+)?[~≈]?\s*$"
)
_NONE_AFTER = lazy_pattern(
    rf"[^.;!?\n\d]{{0,60}}?\b(?:none|not\s+one|nothing)\s+(?:{_OF_THEM})?(?:(?:is|are|was|were"
    r"|has\s+been|have\s+been|yet)\s+){0,2}(?:labell?ed|annotated|tagged)\b"
)
# Ways of saying there is no data. Searched only near the words that can say it (see
# ``_zero``), which costs less than compiling a table of them.
_ZERO_PHRASES = (
    # Not "without our replies": records of ours left out, which says we have them.
    r"(?:no|zero|without(?!\s+(?:our|their|its|my|his|her)\b)(?:\s+any)?"
    r"|(?:nobody|no\s+one)\s+(?:here\s+)?has(?:\s+any)?"
    r"|(?:don't|do not|doesn't|does not|dont|didn't|haven't"
    r"|have not|hasn't|has not)(?:\s+(?:have|has|got|collected))?(?:\s+any)?"
    r"|lack(?:ing|s)?(?:\s+any)?|nothing\s+in\s+the\s+way\s+of|not\s+(?:a\s+single|any|one))"
    # "any kind of dataset", "a clean set of before/after examples", "archive of X -> Y pairs".
    r"\s+(?:(?:any\s+)?(?:kind|sort|type)\s+of\s+|an?\s+(?:\w+\s+)?(?:set|collection|archive"
    r"|corpus|history|library)\s+of\s+(?:[\w/>-]+\s+){0,3}?|(?:\w+\s+)?(?:archive|set|collection"
    r"|history)\s+of\s+(?:[\w/>\"'\u201c\u201d-]+\s+){0,3}?)?"
    # Up to two words saying what kind: "no question-answer data", "any extracted ground
    # truth", "no labelled historical examples".
    # Not the privacy sense: "no personal data on the servers".
    r"(?:(?:of\s+the|(?!(?:personal|sensitive|private|pii|identifiable|confidential|protected)\b)"
    r"[\w/'-]+)\s+){0,2}?"
    r"(?:data(?:set)?|examples?|samples?|labels|annotations|training\s+(?:data|set|examples)"
    r"|ground\s+truth|history|records|pairs|corpus|summaries|descriptions|answers|responses"
    r"|replies|translations|captions|explanations|transcripts|tickets|materials?|logs)\b"
    r"(?!\s+(?:science|scientists?|engineers?|engineering|team|leaves?|leaving|may|must|should"
    r"|will|goes|retention|sharing|privacy|leaks?|breach|storage|residency|access|protection"
    r"|cent(?:er|re)s?|pipeline|warehouse|platform|infrastructure|governance|polic(?:y|ies)"
    r"|transfer|can|is\s+(?:sent|shared|stored|retained|logged|allowed)|outside|about))"
    # "None of it is labelled", "none of our tickets are tagged yet".
    rf"|(?:none|nothing|zero)\s+(?:{_OF_THEM})?(?:(?:is|are|was|were|has\s+been|have\s+been"
    r"|yet|so\s+far|currently|actually)\s+){0,2}(?:labell?ed|annotated|tagged)\b"
    # "those annotations were for the old schema, none of them are usable".
    rf"|(?:none|nothing)\s+(?:{_OF_THEM})?(?:is|are|was|were)\s+(?:actually\s+|really\s+)?"
    r"(?:usable|useable|valid|any\s+good|reliable|fit\s+for\s+training)\b"
    # "We've labelled none", "we've collected nothing so far".
    r"|(?:labell?ed|annotated|tagged|collected|gathered|kept|saved|logged|archived)\s+"
    r"(?:none|nothing)\b"
    # "Labelled data: none", "Training examples so far - zero", "Data: nothing yet".
    r"|(?:(?:(?:labell?ed|annotated|training|tagged|gold|existing)\s+)?(?:data(?:set)?|examples"
    r"|labels|annotations|pairs)|labell?ed|annotated|tagged)(?:\s+(?:so\s+far|to\s+date|yet"
    r"|today|currently|right\s+now|available|on\s+hand|in\s+hand))?\s*(?:[:=-]|is|are)\s*"
    r"(?:none|zero|nil|n/a|nothing)\b"
    # "We never kept support tickets", "we didn't save any of the chats": no records exist.
    r"|(?:(?:never|haven't|have\s+not|hasn't|has\s+not)\s+(?:\w+\s+)?(?:kept|saved|stored"
    r"|logged|archived|collected|recorded|retained|tracked|gathered|exported|labell?ed"
    r"|annotated|tagged)|(?:didn't|did\s+not)\s+(?:\w+\s+)?(?:keep|save|store|log|archive"
    r"|collect|record|retain|track|gather|export|label|annotate|tag))\s+(?:(?:any|our|the"
    r"|their|those|these|old|past|previous|a\s+single|of\s+(?:the|our|their))\s+)*"
    r"(?:[\w'-]+\s+){0,3}?(?:data(?!\s+(?:science|scien\w+|engineer\w*|team|privacy|protection))"
    r"|datasets?|examples?|samples?|labels|annotations|records|history|logs|tickets|chats"
    r"|conversations|transcripts|emails|messages|calls|recordings|cases|replies|responses"
    r"|answers|outputs|summaries|drafts)\b"
    # "We don't have historical handovers stored": past records of any name, kept nowhere.
    r"|(?:don't|do\s+not|doesn't|does\s+not|haven't|have\s+not)\s+(?:have|got)\s+(?:any\s+)?"
    r"(?:historical|past|old|previous|prior|existing)\s+[a-z]+s\s+(?:stored|saved|kept|archived"
    r"|on\s+file|anywhere)\b"
    # "We don't have a dataset", "we haven't got a training set yet".
    r"|(?:don't|do\s+not|doesn't|does\s+not|dont|didn't|did\s+not|haven't|have\s+not"
    r"|hasn't|has\s+not)\s+(?:yet\s+)?(?:have|has|got|own|built|keep|maintain)\s+an?\s+"
    r"(?:(?:labell?ed|annotated|training|gold(?:en)?|proper|real|usable|clean|single)\s+)?"
    r"(?:data\s?set|corpus|training\s+set|gold(?:en)?\s+set|labell?ed\s+set)\b"
    # "We don't have anything labelled", "nobody has annotated anything".
    r"|(?:don't|do\s+not|doesn't|does\s+not|haven't|have\s+not|hasn't|has\s+not)\s+"
    r"(?:have|has|got)\s+anything\s+(?:labell?ed|annotated|tagged|to\s+(?:train|learn))"
    r"|(?:nobody|no\s+one|no-one)\s+(?:(?:has|have|ever|yet)\s+)*(?:labell?ed|annotated"
    r"|tagged)\b"
    r"|from\s+scratch\s+with\s+no\b"
    r"|(?:haven't|have not|hasn't|has not|didn't|did not|never)\s+(?:\w+\s+)?(?:labell?ed"
    r"|annotated|tagged|collected)\s+(?:anything|any\b|a\s+single)"
    r"|no\s+(?:labell?ed|annotated|tagged|hand-labell?ed|approved|reviewed|verified|gold"
    r"|curated|vetted|existing|historical|historic|past|prior)\s+[a-z]+"
    # "We don't have labeled transactions", "we haven't got any gold Q&A": a labelled thing
    # of any name.
    r"|(?:don't|do\s+not|doesn't|does\s+not|haven't|have\s+not)\s+(?:have|got)\s+(?:any\s+|an?\s+)?"
    r"(?:labell?ed|annotated|tagged|hand-labell?ed|gold|graded|coded|categori[sz]ed)\s+[a-z&/]+"
    # "No Q&A pairs yet", "we don't have a clean Q&A set": pairs named by what they pair.
    r"|(?:no|(?:don't|do\s+not|doesn't|does\s+not|haven't|have\s+not)\s+(?:have|got))\s+"
    r"(?:any\s+|an?\s+)?(?:[\w-]+\s+)?(?:q\s*&\s*a|q/a|qa|question[- /]answer|input[- /]output"
    r"|before/after|prompt[- /]completion)\s+(?:set|pairs|data(?:set)?|examples|corpus|archive)\b"
    r"|nothing\s+(?:to\s+(?:train|learn|fine-tune)\s+(?:on|with|from)|labell?ed)\b"
    r"|(?:don't|do not|doesn't|does not|haven't|have not)\s+(?:have|has|got)\s+(?:any\s+)?"
    r"[\w&'-]+\s+(?:pairs|examples|samples|labels|annotations)\b"
    r"|(?:aren't|are\s+not|weren't|were\s+not|isn't|is\s+not)\s+(?:yet\s+)?(?:labell?ed"
    r"|annotated|tagged)\b"
    # "We do not have a clean archive of past commentary", "no archive of previous show
    # notes", "we've got basically nothing usable".
    r"|(?:don't|do\s+not|doesn't|does\s+not|haven't|have\s+not)\s+(?:have|got)\s+(?:a|an|any)\s+"
    r"(?:(?:clean|usable|consistent|proper|structured|real)\s+)?(?:archive|history|collection"
    r"|record|corpus|library|backlog)\s+of\s+(?:past|previous|old|historical|earlier|prior)\s+"
    r"[a-z]+"
    # "We don't have past messages in any usable form".
    r"|(?:don't|do\s+not|doesn't|does\s+not|haven't|have\s+not)\s+(?:have|got)\s+(?:any\s+)?"
    r"(?:(?:past|previous|old|historical|earlier)\s+)?[a-z]+\s+in\s+any\s+(?:usable|consistent"
    r"|structured|clean|useful)\s+(?:form|shape|format|state)"
    r"|(?:we've|we\s+have|we|i've|i\s+have)\s+(?:got\s+)?(?:basically\s+|really\s+|practically\s+)?"
    r"nothing\s+(?:usable|useable|we\s+can\s+(?:use|train\s+on))\b"
)
_ZERO = lazy_pattern(rf"\b(?:{_ZERO_PHRASES})")
_UNLABELED = lazy_pattern(
    r"\b(?:unlabell?ed|un-labell?ed|unannotated|raw\s+(?:text|data|documents|docs|emails|logs"
    r"|transcripts|tickets|conversations|chats|notes|files|recordings|audio|images|corpus)"
    r"|not\s+(?:yet\s+)?(?:labell?ed|annotated)|without\s+(?:any\s+)?(?:labels|annotations)"
    # "None of it is labelled": there is text, and none of it has labels.
    rf"|none\s+{_OF_THEM}(?:(?:is|are|was|were|has\s+been|have\s+been|yet)\s+){{1,2}}"
    r"(?:labell?ed|annotated|tagged))\b"
)
# Examples with their answers, in hand, with no count: "I built the training set", "the
# posts + their summaries", "question/answer pairs from our wiki", "tickets with their
# resolutions".
_TRAINING_SET = lazy_pattern(
    r"\b(?:(?:built|created|made|prepared|put\s+together|assembled|collected|curated|have|got"
    r"|has)\s+(?:a|the|our|my)\s+(?:own\s+)?(?:\w+\s+)?(?:training|fine[- ]tuning)\s+(?:set"
    r"|data(?:set)?|corpus|examples|pairs)"
    r"|[a-z]+s\s+(?:\+|and|with|plus)\s+their\s+(?:[\w-]+\s+)?(?:summaries|labels|answers"
    r"|translations|categories|outcomes|resolutions|corrections|grades|scores|tags|replies"
    r"|responses|fixes|codes|notes)"
    r"|(?:input|question|prompt|source)\s*[/-]\s*(?:output|answer|completion|target)\s+pairs"
    # Years of records given their answers, with no count: "3 years of graded lab reports",
    # "5 years of chat logs with resolution codes".
    r"|(?:years?|months|decades?)\s+of\s+(?:our\s+|their\s+)?(?:labell?ed|graded|coded|tagged"
    r"|annotated|reviewed|approved|scored|categori[sz]ed|classified|corrected|resolved|adjudicated)"
    r"\s+(?:[\w-]+\s+)?[a-z]+s"
    r"|(?:years?|months|decades?)\s+of\s+(?:[\w-]+\s+){1,3}?(?:with|w/)\s+(?:their\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:codes?|labels?|categories|scores?|grades?|outcomes?|resolutions?"
    r"|decisions?|answers?|diagnos[ie]s)"
    # A body of someone's own writing, the very outputs a voice is learned from: "291,000
    # of my own messages", "ten years of my own blog posts", "our Discord server logs".
    r"|(?:of|from)\s+(?:my|our|his|her|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:messages|posts|texts"
    r"|tweets|writing|essays|articles|columns|newsletters|emails|chats|scripts|lyrics|poems"
    r"|stories|books|notes|journals?|diar(?:y|ies)|reflections|logs))\b"
)
# A body of the team's own writing or code to train on, named as what to tune on, with no
# count: "fine-tune it on our private code repos", "train a model on all our articles". It
# is text to learn from, not labeled pairs. Docs, wikis and knowledge bases are left out:
# "train it on our docs" asks for answers from them, which retrieval into a prompt gives.
_OWN_CORPUS = lazy_pattern(
    r"\b(?:fine[- ]?tun\w*|train\w*|tun(?:e|ed|ing))\s+(?:[\w.'-]+\s+){0,5}?on\s+"
    r"(?:(?:our|my|the\s+company's|their|its|the|all\s+(?:of\s+)?(?:our|the)|one\s+person's"
    r"|[\w-]+'s)\s+)"
    r"(?:own\s+|private\s+|internal\s+|proprietary\s+|existing\s+|whole\s+|entire\s+)*"
    r"(?:[\w-]+\s+){0,3}?(?:repos?|repositories|codebases?|code|posts|articles|emails"
    r"|transcripts|corpus|archives?|books?|papers|writing|messages|chats|texts|tweets"
    r"|(?:chat|server|discord|slack)\s+logs)\b"
)
# Every way of saying there is no data holds a negation ("no", "none", "never", "n't"...),
# or "nil" or "n/a", at most this many characters after the phrase starts ("labelled
# examples so far: none"), and no phrase is longer than the reach.
_ZERO_LEAD = 60
_ZERO_REACH = 200
_DATA_WORDS = lazy_pattern(
    r"\b(?:data|dataset|examples?|labels?|labell?ed|annotat\w*|samples?|thousands|tickets?"
    r"|conversations?|transcripts?|chats?|pairs|more|records?|ratings?|corrections?"
    r"|materials?|writing|history|messages?|emails?|drafts?|texts?|edits|corpus|archive"
    r"|(?:reviewed|corrected|approved|graded|rated|edited|checked)\s+\w+)\b"
)
_GROWTH_PHRASES = (
    r"(?:(?:will|'ll|going to|plan to|expect to|can|could|should|would)\s+(?:\w+\s+){0,2}?"
    r"(?:gather|collect|get|have|add|label|annotate|accumulate|generate|produce|receive"
    r"|review|correct|edit|fix|grade|rate|tag|verify|approve|validate|confirm|spot-check"
    r"|build up|grow|log|record|capture|track|store)\b"
    r"|growing|grows|increasing|accumulating|accruing|trickl(?:e|es|ing)\s+in"
    r"|keeps?\s+(?:growing|coming|adding"
    r"|collecting)|keep\s+(?:adding|collecting|labell?ing)|more\s+(?:\w+\s+)?(?:data|examples"
    r"|labels)\s+(?:every|each|coming|over)|(?:every|each)\s+(?:day|week|month|quarter|term"
    r"|semester|year)\s+(?:we\s+)?"
    r"(?:add|get|collect|label)|over\s+time|continuous(?:ly)?\s+(?:collect|label|annotat)\w*"
    r"|ongoing\s+(?:labell?ing|annotation|collection)|going\s+forward|as\s+we\s+(?:go|collect"
    r"|grow)|(?:new|more|fresh)\s+(?:\w+\s+)?(?:data|examples|labels|annotations)\s+(?:come"
    r"|comes|coming|arrive|arrives|arriving|every|each)|more\s+(?:comes?|arrives?|coming"
    r"|arriving)|from\s+now\s+on|starting\s+(?:now|today)|from\s+here\s+on|henceforth)"
)
# Labeling that goes on, which needs no other word about data: "teachers will keep
# annotating", "labels accumulate", "we're logging every conversation", "reviewers
# correct outputs".
_LABELING_PHRASES = (
    r"(?:(?:keeps?|keeping|continu(?:e|es|ing)\s+to)\s+(?:on\s+)?(?:annotat|labell?|tagg"
    r"|rat|grad|correct|review|mark|scor|approv|logg|record|collect)\w*"
    r"|(?:labels|annotations|ratings|corrections|examples|training\s+data|labell?ed\s+\w+)"
    r"\s+(?:will\s+|should\s+|keep\s+|then\s+)?(?:accumulat\w*|pil(?:e|es|ing)\s+up"
    r"|build(?:s|ing)?\s+up|add\s+up|mount\s+up|grow|grows|growing|come\s+in|keep\s+coming)"
    r"|(?:logging|recording|saving|storing|capturing|collecting|keeping|archiving|log|record"
    r"|save|capture|collect|keep|archive|store|logs|records|saves|captures|keeps|stores)\s+"
    r"(?:every|all|each)\s+(?:the\s+)?(?:[\w/-]+\s+){0,2}?"
    r"(?:conversations?|chats?|tickets?|calls?|interactions?|emails?|messages?|transcripts?"
    r"|outputs?|replies|reply|responses?|sessions?|edits?|corrections?|ratings?|reviews?"
    r"|answers?|drafts?)"
    # "all pharmacist consultations will be logged", "every draft will be kept".
    r"|(?:all|every|each)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:will|'ll|are\s+going\s+to)\s+be\s+"
    r"(?:logged|recorded|saved|stored|kept|captured|archived)"
    # (Not where or how long it is kept: "all data will be stored in the EU".)
    r"(?!\s+(?:in|on|within|inside|outside|at|under|for|encrypted|securely|locally))"
    # "staff confirm or edit the category, and that is all saved".
    r"|\band\s+(?:that|it|this|everything|all\s+of\s+(?:it|that))\s+(?:is|gets|'s)\s+(?:all\s+)?"
    r"(?:saved|stored|kept|logged|recorded)"
    # A labelled set on its way: "the vendor contract includes a human-coded sentiment set
    # for our categories, lands next quarter".
    r"|(?:labell?ed|annotated|human[- ]coded|hand[- ]labell?ed|hand[- ]coded|gold)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:set|dataset|data|corpus|sample)\b[^.!?;]{0,60}?\b(?:lands?|arrives?|comes|coming|due"
    r"|delivered)\s+(?:in|next|by|early|late|this)"
    # "wants every chat logged + tagged from day 1", "they'd hand-tag a sample as they read",
    # "the catalog team started a labelling queue last month".
    r"|(?:every|each|all)\s+(?:[\w/-]+\s+){0,2}?(?:logged|recorded|saved|stored)\s*(?:\+|and|&|,)\s*"
    r"(?:tagged|labell?ed|categori[sz]ed|classified|coded|rated)"
    r"|(?:'d|'ll|will|would|going\s+to|plan\s+to)\s+(?:\w+\s+)?hand[- ]?(?:tag|label|annotat|grad"
    r"|cod)\w*"
    # "a volunteer annotation drive starts next month".
    r"|(?:labell?ing|annotation|tagging|coding|grading)\s+(?:drive|campaign|queue|effort|project"
    r"|programme|program|sprint|pass)\s+(?:starts|begins|kicks\s+off|launches|is\s+starting"
    r"|starting|will\s+start|is\s+under\s?way|underway|has\s+started)"
    r"|(?:start\w*|set\s+up|kick\w*\s+off|began|launch\w*|running)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:labell?ing|annotation|tagging)\s+(?:queue|effort|project|programme|program|pass|team"
    r"|sprint|pipeline)"
    # (Data alone is any stored thing: "the rubric is stored as data" is configuration.)
    r"|(?:saved|stored|kept|logged|added)\s+as\s+(?:new\s+)?(?:(?:training|labell?ed|new)\s+data"
    r"|(?:training\s+)?(?:examples?|labels?))"
    # "we'll keep the edits", "confirmations become labeled data".
    r"|(?:keep|keeping|save|saving|store|storing|log|logging|collect|collecting)\s+(?:the|their"
    r"|those|these|all\s+the)\s+(?:[\w-]+\s+)?(?:edits|corrections|ratings|approvals"
    r"|rewrites|fixes|confirmations|feedback)"
    # What the model puts out, checked by people from now on: "ops will verify every
    # extraction", "legal ops will approve each summary".
    r"|(?:accept|approve)\w*,?\s+(?:edit|correct|fix|adjust)\w*,?\s+(?:or|and)\s+(?:reject|decline"
    r"|discard)\w*\s+(?:every|each|all)\b"
    r"|(?:will|'ll|going\s+to)\s+(?:\w+\s+)?(?:verify|approve|validate|confirm|review|correct"
    r"|check|spot-check|fix|edit|rate|grade)(?:/\w+)?\s+(?:every|each|all(?:\s+the)?|the)\s+"
    r"(?:(?:[\w-]+\s+)?(?:outputs?|extractions?|summar(?:y|ies)|suggestions?|predictions?"
    r"|classifications?|translations?|answers?|replies|responses?|drafts?|results?)"
    r"|(?:suggested|predicted|proposed|assigned|generated|drafted|extracted)\s+(?:codes?|labels?"
    r"|tags?|categor(?:y|ies)|fields?|values?))"
    # A new system that keeps the answer of each case: "the new helpdesk logs draft +
    # agent-final for every ticket", "the platform will log every request with the category
    # staff assigned".
    r"|(?:log|record|capture|store|save|keep)\w*\s+(?:every|each|all)\s+(?:[\w-]+\s+)?(?:requests?"
    r"|cases?|claims?|orders?|forms?|tickets?|applications?|transactions?|calls?)\s+(?:w/|with"
    r"|along\s+with|plus)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:category|label|answer"
    r"|outcome|code|team|queue|destination|resolution|decision|result)"
    r"|(?:logs?|records?|captures?|stores?|saves?|keeps?)\s+(?:[\w'+/-]+\s+){0,4}?(?:for|of|on|with)\s+"
    r"(?:every|each|all)\s+(?:tickets?|requests?|cases?|claims?|orders?|calls?|chats?|messages?"
    r"|emails?|documents?|forms?|transactions?)"
    # "their corrections will be saved", "approved replies are stored".
    r"|(?:corrections|edits|ratings|approvals|fixes|feedback|approved\s+\w+|corrected\s+\w+)\s+"
    r"(?:will\s+be|are|get|gets|is)\s+(?:all\s+)?(?:saved|stored|kept|logged|recorded|archived)"
    # "we keep the corrected versions", "officers correct it when wrong, and we save this".
    r"|(?:keep|keeping|save|saving|store|storing)\s+(?:the|all\s+the|their)\s+(?:corrected|edited"
    r"|approved|fixed|reviewed)\s+(?:versions?|drafts?|texts?|outputs?|copies|ones|replies)"
    r"|(?:correct|fix|edit|approve)\w*\s+[^.!?;]{0,60}?\b(?:and|,)\s+(?:we\s+)?(?:save|keep|store"
    r"|log|record)\s+(?:this|that|them|it|those|these)\b"
    # "users will correct the category and it is saved".
    r"|(?:correct|fix|edit|approve)\w*\s+[^.!?;]{0,60}?\b(?:and|,)\s+(?:it|this|that|they|these"
    r"|those)\s+(?:is|are|gets?|will\s+be)\s+(?:saved|stored|kept|logged|recorded)\b"
    r"|(?:become|becomes|turn\s+into|turns\s+into|feed\s+into|serve\s+as)\s+(?:our\s+)?"
    r"(?:labell?ed|training)\s+(?:data|examples|set)"
    r"|(?:editors|reviewers|agents|annotators|teachers|tutors|moderators|readers|users|customers"
    r"|graders|raters|analysts|experts|linguists|translators|clinicians|coaches)\s+(?:\w+\s+)?"
    r"(?:rate|grade|annotate|label|tag|correct|fix|edit|review|mark|score|approve|rewrite)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:outputs?|drafts?|answers?|replies|responses|passages|essays"
    r"|translations|summaries|suggestions|predictions|labels|articles|posts|transcripts"
    r"|every|each|them))"
)
# Both in one pass over the text.
_GROWTH = Table(
    [("labeling", _LABELING_PHRASES), ("growth", _GROWTH_PHRASES)], start=r"\b", end=r"\b"
)
# The labeling phrases alone, for the places a growth phrase that names no data covered
# ("will log every request": "will log" starts first, "log every request" says it).
_LABELING = lazy_pattern(rf"\b(?:{_LABELING_PHRASES})\b")
# Labels no person gave: auto-labeled, machine-tagged, weak, noisy, pseudo-labels.
_WEAK_LABELS = lazy_pattern(
    r"\b(?:auto(?:matically)?|machine|weakly|weak|keyword|heuristic(?:ally)?|pseudo|noisy|silver"
    r"|rule)[- ]?(?:-?based\s+)?(?:labell?ed|tagged|annotated|labels?|tags)\b"
)
# Answers said not to be trusted: a corpus, not labels.
_UNTRUSTED = lazy_pattern(
    r"\b(?:inconsistent|incomplete|unreliable|messy|noisy|wrong|outdated|obsolete|don'?t\s+map"
    r"|didn'?t\s+map|do\s+not\s+map|mixed\s+quality|not\s+(?:reliable|trustworthy|consistent))\b"
)
# Examples someone made up rather than records of real work.
_MADE_UP = lazy_pattern(r"\b(?:made[- ]up|made\s+up|fake|invented|dummy)\b")
# Synthetic examples set against real ones ("0 real labeled messages, only 120 synthetic
# ones") are not the records; generated as a training set ("I generated 145 synthetic
# examples") they are.
_SYNTHETIC = lazy_pattern(r"\bsynthetic\b")
_REAL = lazy_pattern(r"\breal\b")
_STOPPED = lazy_pattern(r"\b(?:stopped|no\s+longer|quit|ceased|used\s+to)\s+(?:\w+\s+)?$")
_NO_GROWTH = lazy_pattern(
    r"\b(?:no\s+(?:way|plan|plans|budget|time|one)\s+to\s+(?:get|collect|label|gather|annotate)"
    r"\s+more|(?:data|dataset|labels)\s+(?:(?:is|are|will\s+stay|stays?|remains?)\s+(?:fixed|static"
    r"|frozen|final)|won't\s+grow)|fixed\s+dataset|static\s+dataset|one[- ]off\s+dataset"
    r"|won't\s+(?:get|have|collect)\s+(?:any\s+)?more|can't\s+(?:get|collect|label)\s+(?:any\s+)?"
    r"more|no\s+more\s+(?:data|labels|examples)\s+(?:coming|will)|this\s+is\s+all\s+the\s+data"
    # A one-off job has no later for new data to serve: "this is a one-off", "a one-time
    # exercise" (not "a one-off cost", "one-time setup fee": money).
    r"|(?:is|it's|as|just)\s+(?:a\s+)?one[- ](?:off|time)\b(?!\s*(?:cost|fee|payment|setup|budget"
    r"|charge|spend|investment|price|purchase|licen[cs]e))(?:\s+(?:project|job|exercise|task"
    r"|thing|analysis|piece\s+of\s+work))?)\b"
)
# Records held without a word about labels are read as data only in numbers like a
# data set's: "we have 2 product lines" is not a corpus.
_MIN_HELD = 50
# Words that end the noun phrase after a number: "1950 and want summaries" says nothing
# about 1950 summaries.
_PHRASE_STOP = frozenset(
    [
        "and",
        "or",
        "but",
        "to",
        "want",
        "wants",
        "need",
        "needs",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "should",
        "can",
        "could",
        "we",
        "they",
        "that",
        "which",
        "who",
        "for",
        "in",
        "from",
        "per",
        "a",
        "an",
        "going",
        "back",
    ]
)
# The noun of "900 essays with teacher comments" comes before the preposition.
_PREPOSITIONS = frozenset(
    ["with", "from", "by", "on", "about", "under", "via", "using", "including", "plus"]
)
# Words are split by spaces or by an arrow between the two sides of a pair: "2.4M
# descriptor->merchant pairs", "transcript -> subtitle pairs".
_WORDS_AFTER = lazy_pattern(
    # (A tuple in angle brackets names what each record pairs: "64k <comment, patch> pairs".)
    r"(?:\s*<[^<>\n]{1,60}>)?"
    r"(?:(?:\s+|\s*(?:->|=>|\u2192)\s*)(?:of\s+(?:our\s+|the\s+|them\s+|which\s+)?)?"
    r"[a-z](?:[\w'/&]|-(?!>))*){0,6}"
)


# People who do the work, counted: never records of it.
_WHO = lazy_pattern(
    r"^(?:raters?|annotators?|labell?ers?|reviewers?|graders?|coders?|moderators?|agents?"
    r"|people|persons?|staff|employees?|analysts?|nurses?|doctors?|clinicians?|physicians?"
    r"|lawyers?|attorneys?|paralegals?|editors?|writers?|translators?|engineers?|developers?"
    r"|devs?|scientists?|experts?|specialists?|officers?|clerks?|students?|teachers?|tutors?"
    r"|volunteers?|contractors?|freelancers?|humans?|workers?|operators?|dispatchers?"
    r"|underwriters?|adjusters?|auditors?|accountants?|counsellors?|counselors?|managers?)$"
)


def _people(words: list[str], at: int) -> bool:
    """Whether the noun at ``at`` names people, not a noun that qualifies records after it
    ("200k analyst dispositions")."""
    if not _WHO.match(words[at]):
        return False
    following = words[at + 1] if at + 1 < len(words) else ""
    return not (following.endswith("s") and following not in _PHRASE_STOP)


# A share said as "seven in ten", "3 out of 5": neither figure counts records.
_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO_BEFORE = lazy_pattern(rf"\b{_SMALL}\s+(?:in|out\s+of)\s+$")
_RATIO_AFTER = lazy_pattern(rf"\s+(?:in|out\s+of)\s+{_SMALL}\b")
# Things a figure may name that hold records but are not records: a system, a site.
_NOT_A_RECORD = lazy_pattern(
    r"^(?:platforms?|systems?|apps?|tools?|portals?|sites?|websites?|offices?|stores?|branches"
    r"|clinics?|hospitals?|plants?|lines?|teams?|departments?|servers?|versions?|releases?)$"
)
_TUPLE = lazy_pattern(r"<[^<>\n]{1,60}>")
_TUPLE_AFTER = lazy_pattern(r"\s*<[^<>\n]{1,60}>")
_EVIDENCE_WORDS = lazy_pattern(r"(?:\s+(?:of\s+)?[a-z][\w'/&-]*){0,3}")


class CountKind(StrEnum):
    """What a free number in a description counts."""

    LABELED = "labeled"  # labeled examples
    HELD = "held"  # records the team holds, read as labeled (inferred)
    UNLABELED = "unlabeled"  # data without labels
    FUTURE = "future"  # data the team will have later


@dataclass
class _Count:
    value: int
    start: int
    end: int
    stated: bool
    labeled: bool


def extract(scan: Scan, draft: Draft) -> None:
    """Set ``labeled_examples``, ``unlabeled_data`` and ``data_growth``."""
    text = scan.text
    low = text.low
    counts: list[_Count] = []
    future: str | None = None  # the words of a count said to come later
    for quantity in list(scan.free()):
        # "not 2,000 labeled - it's 20,000": the new figure counts what the old one did.
        kind = classify(scan, quantity)
        if kind is None and id(quantity) in scan.replacing:
            kind = classify(scan, scan.replacing[id(quantity)])
        if kind is None:
            continue
        if kind is CountKind.FUTURE:
            future = future or _shown(scan, quantity)
            continue
        if kind is CountKind.UNLABELED:
            draft.put("unlabeled_data", True, evidence=_shown(scan, quantity), inferred=True)
            continue
        counts.append(
            _Count(
                value=int(quantity.middle),
                start=quantity.start,
                end=_phrase_end(scan, quantity),
                stated=kind is CountKind.LABELED and not quantity.approximate,
                labeled=kind is CountKind.LABELED,
            )
        )
    if counts:
        # Counts called labeled beat records held; an approximate figure ("about 3,200
        # abstracts paired with their leases") is no weaker than an exact one.
        best = max(counts, key=lambda c: (c.labeled, c.value))
        net = _net_figure(scan, after=best)
        if net is not None:
            best = net
        best = _per_class_total(scan, best)
        draft.put(
            "labeled_examples",
            best.value,
            evidence=text.evidence(best.start, best.end),
            inferred=not best.stated,
        )
        # A count given beats words saying there is none, but both is a contradiction.
        if (zero := _zero(scan)) is not None:
            said = [text.evidence(zero.start(), zero.end()), text.evidence(best.start, best.end)]
            message = messages.contradiction(label="labeled data", said=said, kept=said[1])
            draft.issue("labeled_examples", message, *said, contradiction=True)
    elif (zero := _zero(scan)) is not None:
        draft.put("labeled_examples", 0, evidence=text.evidence(zero.start(), zero.end()))
    for match in _UNLABELED.finditer(low) if not draft.has("unlabeled_data") else ():
        value = not negated(text, match.start())
        draft.put("unlabeled_data", value, evidence=text.evidence(match.start(), match.end()))
        break
    if not draft.has("labeled_examples"):
        training = _first_affirmed(text, _TRAINING_SET, wished_too=False)
        if training is not None and _TO_COME.search(text.before(training.start())):
            # "after a few months we'd have a decent training set": one to come.
            future = future or text.evidence(training.start(), training.end())
            training = None
        if training is not None:
            evidence = text.evidence(training.start(), training.end())
            draft.put("training_data", True, evidence=evidence)
        if not draft.has("unlabeled_data"):
            # "we want to fine-tune it on our repos": the corpus is there, whatever is wished.
            corpus = _first_affirmed(text, _OWN_CORPUS, wished_too=True)
            if corpus is not None:
                evidence = text.evidence(corpus.start(), corpus.end())
                draft.put("unlabeled_data", True, evidence=evidence, inferred=True)
    _growth(scan, draft, future=future)


def _first_affirmed(text: Text, pattern: LazyPattern, *, wished_too: bool) -> re.Match[str] | None:
    """The first match of ``pattern`` that is not negated and, unless ``wished_too``, not
    only needed or wished for ("if we had a training set")."""
    for match in pattern.finditer(text.low):
        if negated(text, match.start()):
            continue
        if wished_too or not _HYPOTHETICAL.search(text.before(match.start())):
            return match
    return None


# The words before a four-digit number that make it a year: "in 2021", "since 2018",
# "the 2019 redesign", "back in spring 2022".
_YEAR_BEFORE = lazy_pattern(
    r"\b(?:in|since|from|of|by|before|after|until|till|during|circa|early|late|mid|the|fy|to"
    rf"|spring|summer|autumn|fall|winter|{MONTH_NAMES}|q[1-4])[\s-]+$"
)


def is_year(low: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a calendar year: four digits, no separator, 1990-2039, after
    a word that dates it."""
    said = low[quantity.start : quantity.end]
    if _YEAR_SPAN.fullmatch(said):
        return True  # "(2015-2024)": a span of years, whatever comes before it
    if not (said.isdigit() and len(said) == 4 and 1990 <= int(said) <= 2039):
        return False
    return _YEAR_BEFORE.search(low, max(0, quantity.start - 12), quantity.start) is not None


#: How far past a count its records' outcome may be named, and how soon it must begin
#: (right after the records: "40,000 filed applications with the final filed claims").
_OUTCOME_REACH = 140
_OUTCOME_START = 45
#: Such an outcome is said as what the records come with, not as a word that happens to
#: follow ("12 million listings: normalise seller-written titles").
_OUTCOME_OPENS = lazy_pattern(
    r"\W*(?:each\s+)?(?:with|w/|incl\w*|plus|and\s+(?:their|its)|that|which|who|whose)\b"
)

_YEAR_SPAN = lazy_pattern(r"(?:19[89]\d|20[0-3]\d)\s*[-\u2013to ]+\s*(?:19[89]\d|20[0-3]\d)")


def classify(scan: Scan, quantity: Quantity) -> CountKind | None:
    """What a free number counts (see ``CountKind``), or None: not data at all."""
    text = scan.text
    low = text.low
    if _SHOT.match(low, quantity.end):
        return None  # "few-shot", "zero-shot"
    if _RATIO_BEFORE.search(low, max(0, quantity.start - 20), quantity.start) or _RATIO_AFTER.match(
        low, quantity.end
    ):
        return None  # "seven in ten items correctly": a share, not a count of records
    if quantity.value == 1:
        # A single record is no data set: "one of the best examples", "within one point of
        # the graders' score", "1 annotated sample per class" (none of them a count).
        return None
    if is_year(low, quantity):
        return None  # "labeled by a temp agency in 2021", "the 2019 redesign"
    if _WHOLE_OF.search(low, max(0, quantity.start - 20), quantity.start):
        return None  # "2k of the 12k are usable": the part counts, not the whole
    if _OR_SO.search(low, max(0, quantity.start - 20), quantity.start):
        return None  # "after a season or two we'll have ...": how long, not how many
    if _counts_records_with_labels(text, quantity):
        return CountKind.LABELED
    if _TIME_NOUN.match(low, quantity.end):
        return None  # "over 6 seasons", "for 3 years": how long, not how many records
    if _TEMPLATES.match(low, quantity.end):
        return None  # "our 35 legal-approved templates": patterns to fill, not examples
    if _KINDS_AFTER.match(low, quantity.end):
        return None  # "three sources", "two styles", "14 categories": kinds, not records
    if _LINES_OF_CODE.match(low, quantity.end):
        return CountKind.UNLABELED  # "14M lines of code": a corpus, no answers in it
    if quantity.value >= _MIN_HELD and _EACH_MARKED.match(low, quantity.end):
        return CountKind.LABELED
    clause_start, clause_end = text.clause(quantity.start)
    tuple_after = _TUPLE_AFTER.match(low, quantity.end)
    if tuple_after is not None:  # its comma ends no clause
        clause_end = max(clause_end, text.clause(tuple_after.end())[1])
    phrase_match = _WORDS_AFTER.match(low, quantity.end, min(clause_end, quantity.end + 120))
    phrase_after = _TUPLE.sub(" ", phrase_match.group()) if phrase_match else ""
    words = re.findall(r"[a-z](?:[\w'/&]|-(?!>))*", phrase_after)
    head = words[: next((i for i, w in enumerate(words) if w in _PHRASE_STOP), len(words))][:5]
    before = text.before(quantity.start, limit=60)
    header = _LABEL_VERB_BEFORE.search(before) or _HEADER_BEFORE.search(before)
    mark_after = _MARK_AFTER.match(low, quantity.end)
    # A noun we know names records of data; failing that, the first word that is not a
    # mark ("350 essays with tutor feedback"), which only counts with a label sign.
    core = head[: next((i for i, w in enumerate(head) if w in _PREPOSITIONS), len(head))]
    known = next((i for i, w in enumerate(core) if _RECORDS.match(w)), None)
    if known is not None and known + 1 < len(core) and _EXAMPLES.match(core[known + 1]):
        known += 1  # "250k segment pairs", "5k email samples": the last noun is the head
    noun_at = known
    if noun_at is None:
        noun_at = next(
            (i for i, w in enumerate(core) if not (_MARK.match(w) or _HISTORY.match(w))), None
        )
    if noun_at is not None and _people(words, noun_at):
        return None  # "scored by two human raters each", "12 expert annotators": people
    if noun_at is None and not header and not mark_after:
        # A figure said after its records: "approved social posts, like 15k", "past
        # tickets (roughly 40,000)". The words before it name what it counts.
        words = _named_before(text.sentence_before(quantity.start, limit=80))
        known = next((i for i in range(len(words) - 1, -1, -1) if _RECORDS.match(words[i])), None)
        if known is None:
            return None
        if known > 0 and _EXAMPLES.match(words[known]) is None and known + 1 < len(words):
            known += 1 if _EXAMPLES.match(words[known + 1]) else 0
        words = words[: known + 1]
        noun_at = known
    # Examples inside a prompt are not a training set ("a prompt with 20 examples", "8
    # few-shot examples"); prompting named further off ("80k lines, and prompting can't
    # nail the voice") says nothing about the count.
    # Only as far as the next comma: "3k question/SQL pairs, prompting with the schema gets
    # 60%" names prompting in the next breath, not as the home of the pairs.
    after = low[quantity.end : min(clause_end, quantity.end + 40)]
    after = after[: min((i for i in (after.find(","), after.find(";")) if i >= 0), default=None)]
    near = low[max(clause_start, quantity.start - 40) : quantity.end] + after
    if _PROMPT_CLAUSE.search(near):
        return None
    future = _FUTURE.search(before)
    # "The Buyer will provide 3 million historical pairs": records that exist, handed over,
    # are in hand (not "an agreement that would give us 100k historical claims").
    handed_over = future is not None and _HANDED_OVER.match(future.group()) is not None
    if handed_over and noun_at is not None and any(_HISTORY.match(w) for w in words[:noun_at]):
        future = None
    if future is not None or _FUTURE_AFTER.match(low, quantity.end):
        return CountKind.FUTURE
    delivered = _DELIVERS.search(before)
    if delivered is not None and (
        delivered.group("making") or _LATER_AFTER.match(low, quantity.end)
    ):
        return CountKind.FUTURE  # delivered later, or still being made
    if _PENDING.search(text.sentence_text(quantity.start)):
        return CountKind.FUTURE  # "~400k labelled forms ..., but the agreement isn't signed"
    phrase = " ".join(words)
    if _MADE_UP.search(after) or _MADE_UP.search(phrase):
        return None  # "40 messages we made up from memory": no records
    if _SYNTHETIC.search(phrase) and _REAL.search(text.sentence_text(quantity.start)):
        return None  # "0 real labeled messages (only 120 synthetic ones)"
    if _WEAK_LABELS.search(after) or _WEAK_LABELS.search(phrase):
        # "the 50k set was auto-labeled by the old keyword filter": labels no one checked
        # are a corpus, not labeled examples.
        return CountKind.UNLABELED
    if _HYPOTHETICAL.search(before):
        return None
    if _NONE_BEFORE.search(before) or (
        _mentions_none(low[quantity.end : quantity.end + 80])
        and _NONE_AFTER.match(low, quantity.end)
    ):
        return CountKind.UNLABELED if quantity.value >= _MIN_HELD or noun_at is not None else None
    trained_on = _TRAINED_ON.search(before) and not _NOT_RECORDS.match(low, quantity.end)
    if mark_after or header or trained_on:
        return CountKind.LABELED
    if noun_at is None:
        return None
    marks = " ".join(words[:noun_at])
    tail = " ".join(words[noun_at + 1 :])
    if _UNLABELED_MARK.search(marks) or _UNLABELED_MARK.search(tail):
        return CountKind.UNLABELED
    if any(_MARK.match(w) for w in words[:noun_at]) or _EXAMPLES.match(words[noun_at]):
        return CountKind.LABELED
    if known is not None and len(words) > noun_at + 1 and _MARK.match(words[noun_at + 1]):
        return CountKind.LABELED  # "25,000 emails approved" (the mark after the noun)
    if _WITH_OUTCOME.search(" " + tail):
        return CountKind.LABELED
    # The outcome named past the few words read after the count, right after its records:
    # "20,000 historical submissions with the underwriter's final summary", "14k incident
    # reports, each with the analyst-written structured report".
    sentence_end = text.sentence(quantity.start)[1]
    near = low[quantity.end : min(sentence_end, quantity.end + _OUTCOME_REACH)]
    outcome = _WITH_OUTCOME.search(near)
    if (
        outcome is not None
        and outcome.start() <= _OUTCOME_START
        and _OUTCOME_OPENS.match(outcome.group())
        and known is not None
        and not _UNLABELED_MARK.search(outcome.group())
        and not negated(text, quantity.end + outcome.end() - 1)
    ):
        return CountKind.LABELED
    # The rest of the sentence says each record comes with its answer: "~18,000 reports
    # where nurses re-keyed the dictation by hand, so we have input/output pairs".
    rest = low[quantity.end : text.sentence(quantity.start)[1]]
    # (Of records, not of a "311 platform" that "will log every request w/ the category".)
    pairs = _PAIRS_SAID.search(rest)
    if pairs is not None and not _NOT_A_RECORD.match(words[noun_at]):
        if _UNTRUSTED.search(rest, pairs.start()):
            return CountKind.UNLABELED  # "each with category assignments that were inconsistent"
        return CountKind.LABELED
    # Or a clause about them, before the next figure, says someone gave each its answer:
    # "38,000 reports that our nurse navigators already annotated with the category", "300
    # past screens where the hiring manager's yes/no is recorded".
    upto = min((q.start for q in scan.quantities if q.start > quantity.end), default=len(low))
    records = known is not None or any(_HISTORY.match(w) for w in words[:noun_at])
    given = _GIVEN_ANSWER.search(low, quantity.end, min(upto, quantity.end + len(rest)))
    if given is not None and _NOBODY.search(given.group()):
        return CountKind.UNLABELED  # "9,000 chat logs that nobody has ever tagged"
    if records and given is not None:
        return CountKind.LABELED
    # Records called examples are examples; records "to learn from" are when they are
    # what the model should write (a reply, an ad), not what it reads.
    if known is not None and (
        _AS_EXAMPLES.match(low, quantity.end, clause_end)
        or (
            (_OUTPUT_RECORDS.match(words[noun_at]) or _EXAMPLES.match(words[noun_at]))
            and _LEARN_FROM.match(low, quantity.end, clause_end)
        )
    ):
        return CountKind.LABELED
    if known is None or _TO_DO.match(" " + " ".join(words[noun_at:])):
        return None
    held = (
        _HOLD.search(before)
        or _EXIST_AFTER.match(low, quantity.end)
        or any(_HISTORY.match(w) for w in words[:noun_at])
    )
    if not held or quantity.value < _MIN_HELD:
        return None
    return CountKind.HELD if _OUTPUT_RECORDS.match(words[noun_at]) else CountKind.UNLABELED


# Records, then a figure for them after a comma, a bracket or a dash, perhaps hedged.
_NAMED_BEFORE = lazy_pattern(
    r"(?P<words>[a-z][\w'/-]*(?:[^\S\n]+[a-z][\w'/-]*){0,4})[^\S\n]*(?:,|\(|-|\u2014|\u2013|:)"
    r"[^\S\n]*"
    r"(?:(?:about|around|roughly|approximately|approx\.?|some|maybe|like|nearly|almost|over"
    r"|close\s+to|at\s+least|probably|perhaps)\s+)?[~\u2248]?\s*$"
)


_DENIALS = frozenset(["no", "not", "none", "zero", "without", "never"])


# Kinds of things counted, not records: "a mix of three sources", "written in two styles".
_LINES_OF_CODE = lazy_pattern(
    r"\s*(?:[\w-]+\s+)?(?:lines?|loc|sloc)\s+of\s+(?:[\w+#-]+\s+)?(?:code|source|sources)\b"
    r"|\s*(?:loc|sloc)\b"
)
_KINDS_AFTER = lazy_pattern(
    # (Not "2.3k labelled intents": labelled things are examples.)
    r"\s*(?:(?!labell?ed\b|annotated\b|tagged\b)[\w-]+\s+)?(?:sources|styles|types|kinds|categories"
    r"|classes|formats|ways|tones|genres|buckets|tiers|levels|flavou?rs|variants"
    # A code set or queue list, not records: "our 38 root-cause codes", "into 25 queues".
    r"|codes|queues|intents|topics|reasons|fault\s+patterns|departments|teams|desks|pools)\b"
    r"(?!\s+(?:assigned|applied|entered))"
)


def _named_before(before: str) -> list[str]:
    """The words right before a figure with no noun after it, when they name what it counts
    ("approved social posts, like 15k" -> approved, social, posts)."""
    match = _NAMED_BEFORE.search(before)
    if match is None:
        return []
    words = match.group("words").split()
    # Only the noun phrase itself: after the last word that cannot be part of one.
    cut = max(
        (i for i, w in enumerate(words) if w in _PHRASE_STOP or w in _PREPOSITIONS), default=-1
    )
    words = words[cut + 1 :]
    # "no labeled summaries today, zero": records denied are not counted by what follows.
    return [] if any(w in _DENIALS for w in words) else words


# A count given for each class ("50 samples per class"), and the number of classes ("41
# classes", "across our 12 categories"): the set holds their product.
_PER_CLASS = lazy_pattern(
    r"\s*(?:[\w-]+\s+){0,3}?(?:per|for\s+each|each\s+for|a|every)\s+(?:single\s+)?"
    # ("per entity type", "per document class": a word may name the kind.)
    r"(?:(?!(?:month|week|day|year|hour|quarter)\b)[a-z]+[\s-])?(?P<noun>class"
    r"|category|label|intent|code|type|tag|topic)\b"
)
# Classes are at least two: "500 samples per entity type", with no count of the types, is
# read as at least 1,000 (inferred).
_FEWEST_CLASSES = 2


def _per_class_total(scan: Scan, best: _Count) -> _Count:
    """``best`` multiplied out when it is a count for each class and the classes are
    counted too."""
    low = scan.text.low
    figure = next((q for q in scan.quantities if q.start == best.start), None)
    per = _PER_CLASS.match(low, best.end)
    if per is None and figure is not None:
        per = _PER_CLASS.match(low, figure.end)  # right after the figure as written ("1,500")
    if per is None:
        return best
    noun = per.group("noun")
    classes = re.compile(rf"\s*(?:[\w-]+\s+)?{noun[:5]}\w*\b")
    for quantity in scan.quantities:
        if quantity.start == best.start or quantity.value < 2:
            continue
        if classes.match(low, quantity.end):
            total = best.value * int(quantity.middle)
            return _Count(total, best.start, per.end(), best.stated, best.labeled)
    return _Count(best.value * _FEWEST_CLASSES, best.start, per.end(), False, best.labeled)


def _net_figure(scan: Scan, *, after: _Count) -> _Count | None:
    """What is left of a count once the text takes some away: "900 pairs but 300 reference
    dropped tables, so ~600 really", "10k labeled tickets but half are junk, leaving about
    5k", "I'd trust maybe fifteen hundred". A smaller figure after such words, in the
    next two sentences, is the count that can be used."""
    text = scan.text
    _, end = text.sentence(after.start)
    if end + 1 < len(text.low):
        end = max(end, text.sentence(end + 1)[1])  # and the sentence after
    for quantity in scan.quantities:
        if not after.end <= quantity.start < end or not 0 < quantity.value < after.value:
            continue
        lead = text.low[max(after.end, quantity.start - 30) : quantity.start]
        named = _NET_BEFORE.search(lead) or (
            _HEDGED_BEFORE.search(lead) and _SHARE_THAT_HAS.match(text.low, quantity.end)
        )
        if named and not _NOT_RECORDS_AFTER.match(text.low, quantity.end):
            return _Count(
                value=int(quantity.middle),
                start=quantity.start,
                end=_phrase_end(scan, quantity),
                stated=after.stated,
                labeled=after.labeled,
            )
    return None


# The part of them said to have what the work needs: "like 1.5k have real written
# feedback", "maybe 60k map cleanly", "maybe 2k are actually useful".
_HEDGED_BEFORE = lazy_pattern(r"\b(?:like|maybe|only|about|around|roughly|just|perhaps)\s*~?$|~$")
_SHARE_THAT_HAS = lazy_pattern(
    r"\s+(?:of\s+them\s+)?(?:have|has|come\s+with|carry|contain)\s+(?:real\s+|actual\s+|proper\s+|full\s+)?"
    r"(?:[\w-]+\s+)?(?:feedback|labels?|comments|notes|answers|codes|annotations|corrections)\b"
    r"|\s+(?:of\s+them\s+)?(?:are|is)\s+(?:actually\s+|really\s+|truly\s+)?(?:useful|usable|clean|good"
    r"|labell?ed|valid|correct)\b|\s+(?:of\s+them\s+)?map\s+cleanly\b"
)


# The words that give the figure left: "so ~600 really", "leaving about 5k", "I'd trust
# maybe 1,500", "so 8,000 in total".
_NET_BEFORE = lazy_pattern(
    r"(?:\bso|\bleaving|\bleaves|\bwhich\s+leaves|\bi'?d\s+(?:only\s+)?trust|\breally\s+only"
    r"|\bnet(?:\s+of)?|\busable|\bclean|\bgood"
    # "after dedup it's 2,100", "cleaned up it's 1.2k", "once deduplicated we're at 900".
    r"|(?:after|once|post)[\s-]+(?:de-?dup\w*|clean\w*|filter\w*|review\w*)\s*,?\s*(?:it'?s"
    r"|we'?re\s+at|that'?s|there\s+are)"
    r"|(?:cleaned|deduplicated|de-?duped|filtered)(?:\s+up)?\s*,?\s*(?:it'?s|we'?re\s+at"
    r"|that'?s))\s*[:=]?\s*(?:maybe\s+|about\s+|around\s+|roughly\s+|only\s+|just\s+|~|≈)?$"
)
# A figure that is a share, a rate, a time or people, not records: "(~5%)", "(about 200 a
# day)", "so 2 people", "(roughly 40 hours)".
_NOT_RECORDS_AFTER = lazy_pattern(
    r"\s*(?:%|percent|(?:per|a|an|each|every|/)\s*(?:day|week|month|year|hour|night|shift|quarter)"
    r"|(?:hours?|days?|weeks?|months?|years?|people|persons|staff|engineers?|annotators|users?)\b)"
)


def _counts_records_with_labels(text: Text, quantity: Quantity) -> bool:
    """A figure set aside after the records it counts: "7 yrs of notes w/ the ESI level
    the nurses assigned (~1.1M)", "archived reports back to 2009 (roughly 160,000) with
    categories entered by claims staff", "8 years of notes linked to repayment outcomes -
    about 420,000 loans". The sentence before the aside names records and their labels."""
    low = text.low
    if quantity.value < _MIN_HELD:
        return False  # "few-shot examples: 0.85" is a score, not a set
    opened = _ASIDE_OPEN.search(low, max(0, quantity.start - 12), quantity.start)
    if opened is None:
        return False
    begin, end = text.sentence(quantity.start)
    lead = low[max(begin, quantity.start - _ASIDE_REACH) : opened.start()]
    rest = low[quantity.end : min(end, quantity.end + _ASIDE_REACH)]
    if _NOT_RECORDS_AFTER.match(rest):
        return False
    if _UNLABELED.search(lead):
        return False  # "only chat logs, not labeled, around 2 million"
    records = any(_RECORDS.match(word) for word in re.findall(r"[a-z][\w'-]*", lead))
    labelled = _ASIDE_LABELS.search(lead) or _ASIDE_LABELS.match(rest.lstrip(" )"))
    return records and labelled is not None


# Where a figure stands apart from its noun: "(~1.1M)", "(roughly 160,000)", "- about".
_ASIDE_OPEN = lazy_pattern(
    r"(?:(?:\(|[\u2014\u2013]|\s-)\s*(?:~|≈|about\s+|roughly\s+|around\s+|approx\.?\s+|some\s+"
    r"|circa\s+|ca\.?\s+|nearly\s+|over\s+|more\s+than\s+)?"
    # ", about 420,000", ", some 12 million": after a comma only with a word of about.
    r"|,\s*(?:~|≈|about\s+|roughly\s+|around\s+|approx\.?\s+|some\s+|nearly\s+|over\s+))$"
)
_ASIDE_REACH = 120
_OR_SO = lazy_pattern(r"\b(?:an?|one)\s+[a-z]+\s+or\s+$")
# What makes the records labelled: an answer attached to each.
_ASIDE_LABELS = lazy_pattern(
    r"\b(?:with|w/|along\s+with|linked\s+to|attached|assigned|entered|coded|labell?ed|classified"
    r"|categori[sz]ed|graded|tagged|annotated|scored|marked|hand[- ]?wr(?:ote|itten)|written\s+by"
    r"|approved|reviewed|resolved)\b|\bw/"
)


def _zero(scan: Scan) -> re.Match[str] | None:
    """The first statement that there is no data, looked for only around the words that
    can make one: most of a description is about other things."""
    text = scan.text
    low = text.low
    cues = list(negators(text))
    for word in ("nil", "n/a", "nobody"):
        at = low.find(word)
        if at != -1:
            cues.append(at)
    # Windows around close cues overlap: merge them, so each stretch is searched once.
    spans: list[list[int]] = []
    for cue in sorted(cues):
        begin, end = max(cue - _ZERO_LEAD, 0), min(cue + _ZERO_REACH, len(low))
        if spans and begin <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([begin, end])
    # Quotes around a word ("we don't have any 'training data'") say nothing here: read
    # as spaces, so offsets stay those of the text.
    unquoted = _QUOTES.sub(lambda m: " " * len(m.group()), low)
    for begin, end in spans:
        for match in _ZERO.finditer(unquoted, begin, end):
            if not scan.overlaps(match.start(), match.end()):
                return match
    return None


#: Quote marks that open or close a word (not the apostrophe inside "don't").
_QUOTES = re.compile(r"[\"\u201c\u201d]|(?<![a-z])['\u2018\u2019]|['\u2018\u2019](?![a-z])")


def _mentions_none(window: str) -> bool:
    # Plain substring tests: far cheaper than the pattern, which rarely applies.
    return "none" in window or "nothing" in window or "not one" in window


def names_records(scan: Scan, quantity: Quantity) -> bool:
    """Whether the words right after ``quantity`` name records of data ("350 rows",
    "1,000 hand-labelled items"), whatever else the sentence says about them."""
    match = _WORDS_AFTER.match(scan.text.low, quantity.end, quantity.end + 60)
    words = re.findall(r"[a-z][\w'/&-]*", match.group() if match else "")[:3]
    for word in words:
        if _RECORDS.match(word):
            return True
        if word in _PHRASE_STOP or not (_MARK.match(word) or _HISTORY.match(word)):
            return False
    return False


def _phrase_end(scan: Scan, quantity: Quantity) -> int:
    """Where the evidence of a count ends: the number and up to three words after it."""
    _, clause_end = scan.text.clause(quantity.start)
    match = _EVIDENCE_WORDS.match(scan.text.low, quantity.end, clause_end)
    return match.end() if match else quantity.end


def _shown(scan: Scan, quantity: Quantity) -> str:
    return scan.text.evidence(quantity.start, _phrase_end(scan, quantity))


def _denied(text: Text, start: int) -> bool:
    """Whether growth said at ``start`` is negated or said to have stopped ("we no longer
    log the chats")."""
    return negated(text, start) or _STOPPED.search(text.before(start)) is not None


# The general reading of data that keeps coming, for the wordings no phrase above
# foresees: in one sentence, work that produces a record with its answer, said as going on
# or to come, and a word for what it yields. "we could start capturing their entries as
# pairs from next week", "staff answer ~400 emails a week so we'd pile up examples fast",
# "evaluators will keep notes in the new structured form going forward", "every recap an
# editor publishes becomes an example".
# The team keeping records as the work goes on ("we log", "they always save"), and data
# taken as it arrives ("as it comes in").
_WE_KEEP = (
    r"\b(?:we|they)\s+(?:also\s+|already\s+|always\s+)?(?:log|record|save|store|capture|keep)"
)
_AS_IT_COMES = r"\bas\s+(?:it|they)\s+(?:comes?|arrives?)\s+in\b"
# Verbs of keeping a record with its answer. The -ing forms and phrasal ones read as verbs
# wherever they stand; the bare forms are also nouns ("each label", "several records"), so
# they count only right after a modal or "to": "will verify", "we'd log", "to grade".
_ACCRUE = lazy_pattern(
    r"\b(?:captur|collect|gather|logg|record|sav|stor|keep|archiv|verify|grad|labell?|annotat"
    r"|tagg|review|correct|approv|accumulat|writ)ing\b"
    r"|\b(?:pil(?:e|es|ing)\s+up|build(?:s|ing)?\s+up|accumulates?"
    # "the new segments keep coming in", "corrections keep arriving".
    r"|keeps?\s+(?:coming(?:\s+in)?|arriving|rolling\s+in|flowing\s+in)"
    r"|becomes?\s+(?:an?\s+)?(?:example|training|label))\b"
    r"|(?:\b(?:will|would|could|going\s+to|to|start|and)|'ll|'d)\s+(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:capture|collect|gather|log|record|save|store|keep(?!\s+\w+ing\b)|archive|verify|grade|label"
    r"|annotate|tag|review|correct|approve)\b"
    # Said in the passive: "every consultation will be logged", "each correction gets saved",
    # "the chat logs will all be stored", "gets resolved by an agent and logged".
    r"|\b(?:will\s+be|gets?|get|are\s+being|is\s+being|'ll\s+be|will\s+all\s+be|will\s+also\s+be)"
    r"\s+(?:\w+ly\s+)?(?:captured|collected|logged|recorded|saved|stored|kept|archived|tagged"
    r"|labell?ed|annotated|reviewed|corrected|graded)\b"
    # Kept as the work goes on: "we log both" (the ratings and edits), "the data as it
    # comes in".
    rf"|{_WE_KEEP}\s+(?:both|them|it)\b|{_AS_IT_COMES}"
    # "so we'll be building a labelled set".
    r"|(?:'ll|\bwill)\s+be\s+(?:building|collecting|growing|assembling)\s+(?:a|an|our)\s+(?:[\w-]+\s+)?"
    r"(?:labell?ed|training|gold)\s+(?:set|dataset|corpus|data)"
    # Signals the live system will bring: "once we're live we'll get clicks for every query".
    r"|(?:'ll|\bwill)\s+(?:\w+\s+)?(?:get|have|see|receive|start\s+getting)\s+(?:\w+\s+){0,3}?"
    r"(?:clicks|click-?throughs|conversions|add-to-carts|ratings|feedback|corrections|labels"
    r"|thumbs|votes)\b"
)
# Said as going on or to come, a few words before the verb: "will verify", "we'd pile
# up", "could start capturing", "every recap an editor publishes becomes".
_ONGOING = lazy_pattern(
    r"\b(?:will|would|could|going\s+to|every|each|start(?:s|ing)?|continu\w*|keeps?)\b|'ll\b|'d\b"
    rf"|{_WE_KEEP}\b|{_AS_IT_COMES}"
)
# Words for what the work yields: answers and judgements, which are what a model learns
# from ("corrections", "ratings", "feedback", "translated segments").
_YIELD = lazy_pattern(
    r"\b(?:examples?|pairs?|entry|entries|labels?|notes?|essays?|lines|records?|reply|replies"
    r"|answers?|decisions?|outcomes?|ground\s+truth|data|dataset|more|corrections?|edits?"
    r"|verdicts?|codes|scores|grades|feedback|segments?|translations|ratings?|votes?|thumbs"
    r"|handoffs?|clicks|click-?throughs|conversions|add-to-carts|q&as?|hints?|faqs?)(?!\w)"
)
# Records of finished work, held or to come: what the team receives once an agreement or a
# migration goes through (not yet a yield on their own: "we store the files on S3").
# (Not requests or messages, which are the volume: "we log every request for billing".)
_A_RECORD = (
    r"(?:consultation|ticket|chat|conversation|call|case|claim|report|document|transcript"
    r"|interaction|invoice|form|application|submission|log)"
)
_HELD_RECORDS = lazy_pattern(
    rf"\b(?:{_A_RECORD}s?|files|history|archive|notes|records?|data|dataset)\b"
)
# Every new record kept from now on: "every consultation will be logged", "each escalated
# chat gets resolved by an agent and logged", "all incoming tickets are recorded".
_EVERY_KEPT = lazy_pattern(
    rf"\b(?:every|each|all\s+(?:new|future|incoming))\s+(?:[\w-]+\s+){{0,2}}?{_A_RECORD}s?\b"
    r"[^.!?;]{0,60}?\b(?:will\s+be|gets?|get|is|are|'ll\s+be)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:logged|recorded|saved|stored|kept|captured|archived)\b"
    # "we save all the chat logs", "they record every call".
    rf"|{_WE_KEEP}\s+(?:all|every|each)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{_A_RECORD}s?\b"
)
# People's verdicts on the work as it goes on: each verdict is an answer to learn from.
# Said of the model's output one by one ("advisors will correct the AI-filled fields before
# saving", "compliance officers review every summary", "agents accept or edit each
# suggested reply"), or with the verdicts kept ("salespeople will rate the AI reply and can
# override it; we keep all of that in the CRM", "each comment can be resolved, dismissed or
# thumbs-downed, and we store all of it"). Not the work itself ("lawyers review every
# contract"), nor a one-off check ("I will check the tags myself after").
#
# The verbs of a verdict, in the forms that are verbs (not "correct" the adjective, not
# past "reviewed all the outputs last year"): bare only where an output follows.
_JUDGE = (
    r"(?:review|correct|fix|edit|approve|accept|reject|grade|rate|score|label|tag|mark|verify"
    r"|check|validate|sign\s+off\s+on|tweak|rewrite|override|confirm|flag|resolve|dismiss)"
)
_VERDICT = lazy_pattern(
    # (Not "18k product reviews", "customer ratings": the things themselves.)
    r"(?<!product\s)(?<!customer\s)(?<!user\s)(?<!guest\s)(?<!app\s)(?<!star\s)(?<!hotel\s)"
    r"(?<!book\s)(?<!online\s)(?<!store\s)"
    rf"\b(?P<verb>{_JUDGE}(?:s|es)?|(?:rat|confirm|fix|overrid|resolv|dismiss|mark|flagg|correct"
    r"|edit|approv|accept|reject|review|check)ing|resolved|dismissed)\b"
    # (Not the noun before its verb: "the breach flag are stored", "the review was done".)
    r"(?!\s+(?:limit|are|is|was|were)\b)"
    r"|\bthumbs?[- ]?(?:up|down)\w*|\b(?:upvot|downvot)\w+|\bwhether\s+(?:the\s+)?answer\s+helped"
    # The verdicts named: "we log every question and the 'did this answer help?' vote",
    # "every message's final queue will be logged, including nurse re-routes".
    r"|\b(?:votes?|ratings?|thumbs|ctr|cvr|click-?through(?:\s+rates?)?|final\s+(?:queue|category"
    r"|code|label|routing)|re-?routes?|resolution\s+codes?)\b"
    # People's last word on an output, kept: "editors' final headlines will be logged".
    r"|\b(?P<last>final|edited|approved|corrected|accepted)\s+(?:[\w-]+\s+)?(?:versions?|headlines?"
    r"|titles?|copy|answers?|replies|drafts?|summar(?:y|ies)|fields|categor(?:y|ies)|labels?"
    r"|codes?|rewrites?|captions?|descriptions?|notes|responses|translations?)\b"
)
# A verdict said as done to each output as the work goes on, with the result kept or turned
# into pairs: "from next sprint every email gets saved with the fields ops confirmed", "each
# rewrite gets accepted or edited by the seller, which gives us pairs".
_VERDICT_DONE = lazy_pattern(
    r"\b(?:confirmed|corrected|approved|validated|reviewed|edited|accepted|rejected|rated|graded"
    r"|verified|fixed|overridden|signed(?:\s+off)?"
    # Said in the present: "the charge nurse edits and signs off each AI draft".
    r"|edits|approves|corrects|signs\s+off"
    # An outcome recorded: "every appeal and whether it was overturned gets logged".
    r"|overturned|upheld)\b"
)
_YIELDS_PAIRS = lazy_pattern(
    r"\b(?:gives?|giving|get|gets|getting|builds?|building|yields?)\s+us\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pairs|labels|examples|training\s+data|ground\s+truth)\b"
)
_EACH = lazy_pattern(r"\b(?:every|each)\b")
# A set the verdicts make in time: "so in a year we'd have a clean, corrected archive".
_WILL_HAVE_SET = lazy_pattern(
    r"(?:\bwe'?d|\bwe\s+would|\bwe'?ll|\bwe\s+will)\s+have\s+(?:an?\s+)?(?:[\w,-]+\s+){0,3}?"
    r"(?:set|archive|dataset|corpus|collection|examples|labels|history)\b"
)
_GETS = lazy_pattern(r"\b(?:gets?|is|are|goes)\b")
_BACK_THEN = lazy_pattern(
    r"\b(?:last\s+(?:year|month|week|quarter)|ago|previously|historically|in\s+the\s+past"
    r"|back\s+then|in\s+(?:19|20)\d\d)\b"
)
# What the model makes, after a verdict verb: "every summary", "the AI-filled fields".
_MODEL_OUTPUT = (
    r"(?:outputs?|summar(?:y|ies)|drafts?|suggest(?:ed|ions?)|predictions?|answers?|responses?"
    r"|repl(?:y|ies)|classifications?|translations?|results?|extractions?|tags|labels|codes"
    r"|categor(?:y|ies)"
    r"|(?:ai|model|bot|llm|auto)[- ](?:filled|generated|drafted|written|suggested|proposed)"
    r"\s+\w+|what\s+(?:the|our)\s+(?:ai|model|bot|llm|tool|system)\s+\w+"
    # "the extracted fields", "the suggested codes".
    r"|(?:extracted|generated|suggested|drafted|predicted|proposed|filled|classified)\s+[\w-]+)"
)
# A second verb may join the first: "confirm or change every suggestion", "fix and approve".
_OF_OUTPUT = lazy_pattern(
    rf"\s+(?:(?:and|or|and/or|/)\s*\w+\s+)?(?:(?P<every>every|each|all|all\s+the|any)|the|its|their)\s+"
    rf"(?:\w+\s+){{0,2}}?{_MODEL_OUTPUT}\b"
    # Outputs in general, with no article: "the content team would validate outputs".
    r"|\s+(?P<all>outputs|drafts|suggestions|predictions|answers|responses|summaries|extractions"
    # "moderators will review what it flags".
    r"|what\s+(?:it|the\s+(?:ai|model|bot|llm|tool|system))\s+\w+)\b"
)
# A verdict on each output as it comes: "users can thumbs-up/down each insight".
_EACH_OUTPUT = lazy_pattern(
    rf"\b(?:each|every)\s+(?:[\w-]+\s+)?(?:{_MODEL_OUTPUT}|insights?|items?)\b"
)
_MODAL = lazy_pattern(r"\b(?:will|would|can|could|should|always)\b|'ll\b|'d\b")
# Checks that go on with the work, when no "every" says so: "before saving", "as they go".
_AS_WORK_GOES = lazy_pattern(
    r"\b(?:always|before\s+\w+ing|before\s+(?:it|they)\s+(?:go|goes)|as\s+(?:they|we)\s+go"
    r"|going\s+forward|from\s+now\s+on|ongoing|routinely|daily|weekly"
    # From the day it goes live: "from launch", "from day one", "from next sprint".
    r"|from\s+(?:the\s+)?(?:launch|day\s+(?:one|1)|the\s+start|go-?live|next\s+\w+|this\s+\w+)"
    r"|after\s+launch|once\s+(?:it'?s\s+|we'?re\s+|it\s+is\s+)?live)\b"
)
_KEEPING = lazy_pattern(
    # (Not "keep producing": keeping on, not keeping records.)
    # ("chat logs" is a noun: "logs" is not a verb of keeping.)
    # (Nor "our store has 18k reviews": the shop, not a verb of keeping.)
    # (Nor "app store reviews", "keep an analyst in the loop", "save money": a shop, a
    # person kept at work, money saved; none a record kept.)
    r"\b(?:(?<!our\s)(?<!the\s)(?<!an\s)(?<!a\s)(?<!online\s)(?<!web\s)(?<!shopify\s)"
    r"(?<!app\s)(?<!play\s)"
    r"(?:stored?|stores)|storing"
    r"|keep(?:s|ing)?(?!\s+\w+ing\b)(?!\s+(?:\w+\s+){0,2}?(?:in\s+the\s+loop|in\s+mind|informed))"
    r"|kept|log(?:ged|ging)?"
    r"|sav(?:e|es|ed|ing)(?!\s+(?:us\s+|them\s+|a\s+lot\s+of\s+|some\s+)?(?:money|time|costs?|hours"
    r"|effort|days|weeks|\$))"
    r"|record(?:s|ed|ing)?|track(?:s|ed|ing)?|captur(?:e|es|ed|ing))\b"
)
# Labelled work said to come once the tool is live: "tagged ticket stream available after
# launch".
_LABELS_AFTER_LAUNCH = lazy_pattern(
    r"\b(?:tagged|labell?ed|rated|reviewed|corrected)\s+(?:[\w-]+\s+){0,2}?(?:stream|data|feed"
    r"|tickets|examples|records)\s+(?:will\s+be\s+|is\s+|are\s+)?(?:available|coming)\s+(?:after"
    r"|from|once)\b"
    # A programme of labelling being set up: "we're just starting an annotation program".
    r"|\b(?:start\w*|launch\w*|set(?:ting)?\s+up|kick\w*\s+off|roll\w*\s+out)\s+(?:an?\s+|our\s+)?"
    r"(?:\w+\s+)?(?:annotation|labell?ing|tagging|grading|coding)\s+(?:program(?:me)?|process"
    r"|effort|project|pipeline|workflow|initiative)\b"
)


def _verdicts(text: Text, draft: Draft) -> bool:
    """Set ``data_growth`` from a sentence where people give verdicts on the work as it goes
    on (see ``_VERDICT``), or where labelled work is said to come after launch."""
    low = text.low
    found = _LABELS_AFTER_LAUNCH.search(low)
    if found is not None and not _denied(text, found.start()):
        draft.put("data_growth", True, evidence=text.evidence(found.start(), found.end()))
        return True
    for done in _VERDICT_DONE.finditer(low):
        begin, end = text.sentence(done.start())
        sentence = low[begin:end]
        if _NOT_OURS.search(sentence) or _PAST_ONLY.search(sentence) or _denied(text, done.start()):
            continue
        kept = (
            _KEEPING.search(sentence)
            or _YIELDS_PAIRS.search(sentence)
            or _WILL_HAVE_SET.search(sentence)
        )
        ongoing = _goes_on(low, begin, end) or (_EACH.search(sentence) and _GETS.search(sentence))
        if kept is not None and ongoing and not _BACK_THEN.search(sentence):
            draft.put("data_growth", True, evidence=text.evidence(begin, end))
            return True
    for verdict in _VERDICT.finditer(low):
        begin, end = text.sentence(verdict.start())
        if _NOT_OURS.search(low[begin:end]) or _PAST_ONLY.search(low, begin, end):
            continue
        if _denied(text, verdict.start()):
            continue
        said = _verdict_span(text, verdict, begin, end)
        if said is not None:
            draft.put("data_growth", True, evidence=text.evidence(*said))
            return True
    return False


# A question put with the modal first: "should I ...", "or could we ...".
_MODAL_FIRST = lazy_pattern(r"(?:^\W*|\bor\s+)(?:should|could|can|would|will)\s+(?:i|we)\b")


def _asked(text: Text, at: int) -> bool:
    """Whether the sentence at ``at`` asks, modal first, what might be done ("or should I
    just get better at prompting?"); not an offer with a question mark ("we could get 3k
    more if that helps?")."""
    begin, end = text.sentence(at)
    sentence = text.low[begin : end + 1].rstrip()
    return sentence.endswith("?") and _MODAL_FIRST.search(sentence) is not None


def _goes_on(low: str, begin: int, end: int) -> bool:
    """Whether the sentence ``low[begin:end]`` says its work is to come or goes on: a modal
    ("will", "can") or a word of the work going on ("from launch", "going forward")."""
    return bool(_MODAL.search(low, begin, end) or _AS_WORK_GOES.search(low, begin, end))


def _verdict_span(
    text: Text, verdict: re.Match[str], begin: int, end: int
) -> tuple[int, int] | None:
    """Where a verdict said at ``verdict`` shows it goes on with the work: on the model's
    output, each one or as the work goes; or kept, in its sentence or the one after a
    semicolon. None when it does not."""
    low = text.low
    output = _OF_OUTPUT.match(low, verdict.end()) if verdict.group("verb") else None
    if output is not None:
        # Outputs with no article are each one only as the work goes on ("would validate
        # outputs"), not in a story of editing ("spent the week editing drafts").
        every = output.group("every") or (
            output.group("all") if _MODAL.search(low, begin, verdict.start()) else None
        )
        ongoing = every is not None or _AS_WORK_GOES.search(low, begin, end)
        return (verdict.start(), output.end()) if ongoing else None
    if verdict.group("verb") in ("correct", "check"):
        return None  # "correct over and over": the adjective, not a verdict
    if (
        verdict.group("verb") is None
        and _EACH_OUTPUT.search(low, verdict.end(), end)
        and _goes_on(low, begin, end)
    ):
        return verdict.start(), end  # "users can thumbs-up/down each insight"
    if verdict.group("last") and not _goes_on(low, begin, end):
        return None  # "5,000 approved summaries stored in SharePoint": records held today
    if low.startswith(";", end - 1) or low[end : end + 2].lstrip().startswith(";"):
        end = text.sentence(min(len(low) - 1, end + 2))[1]  # "...; we keep all of that"
    kept = _KEEPING.search(low, begin, end)
    if kept is None or _denied(text, kept.start()):
        return None
    return min(verdict.start(), kept.start()), max(verdict.end(), kept.end())


# Advice, a question or a condition, not the team's own pipeline: "you need hundreds of
# labels", "if I take several of my articles".
# (Not "What would happen if we go ahead is that ...": a statement, opened with "what".)
_NOT_OURS = lazy_pattern(
    r"^\W*(?:if|how|what(?![^.?!]{0,80}\b(?:is|was)\s+that\b)|should|can|do|does)\b|\byou(?:r)?\b"
)


def _accruing(text: Text, draft: Draft) -> bool:
    """Set ``data_growth`` from a sentence that says the records to train on keep coming."""
    low = text.low
    for verb in _ACCRUE.finditer(low):
        begin, end = text.sentence(verb.start())
        if _ONGOING.search(low, max(begin, verb.start() - 40), verb.end()) is None:
            continue
        if _YIELD.search(low, begin, end) is None or _NOT_OURS.search(low[begin:end]):
            continue
        if _denied(text, verb.start()) or _PAST_ONLY.search(low, begin, end):
            continue
        draft.put("data_growth", True, evidence=text.evidence(begin, verb.end()))
        return True
    return False


# Records of the past only: "the losing ones weren't archived", "we used to log".
_PAST_ONLY = lazy_pattern(r"\b(?:weren't|wasn't|were\s+not|was\s+not|used\s+to|no\s+longer)\b")


def _growth(scan: Scan, draft: Draft, *, future: str | None) -> None:
    if draft.has("data_growth"):
        return  # a rate of new labels has said so already
    text = scan.text
    low = text.low
    stop = _NO_GROWTH.search(low)
    if stop is not None:
        draft.put("data_growth", False, evidence=text.evidence(stop.start(), stop.end()))
        return
    for kind, match in _GROWTH.finditer(low):
        if _denied(text, match.start()):
            continue
        if kind == "growth":
            if scan.overlaps(match.start(), match.end()) and "grow" in match.group():
                continue  # "traffic grows 10% a month" is volume growth
            if _MODAL.match(match.group()) and _asked(text, match.start()):
                continue  # "or should I just get better at writing the prompt?"
            begin, end = text.clause(match.start())
            nearby = low[max(begin, match.start() - 120) : min(end, match.end() + 120)]
            if not _DATA_WORDS.search(nearby):
                continue
        draft.put("data_growth", True, evidence=text.evidence(match.start(), match.end()))
        return
    for match in _LABELING.finditer(low):
        if _denied(text, match.start()):
            continue
        draft.put("data_growth", True, evidence=text.evidence(match.start(), match.end()))
        return
    if _accruing(text, draft) or _arriving(text, draft) or _verdicts(text, draft):
        return
    if future is not None:
        draft.put("data_growth", True, evidence=future, inferred=True)


# Data the team will have once something outside it happens: records locked in an old
# system until a migration ends, a dataset that comes with an acquisition, an agreement
# or an approval. "Our claims are locked in the old DMS until the migration finishes",
# "after the acquisition closes we inherit their support tickets".
_LOCKED_UNTIL = lazy_pattern(
    r"\b(?:locked|stuck|sitting|trapped|unavailable|inaccessible|off[- ]limits|unusable"
    r"|out\s+of\s+reach)\b[^.!?;]{0,60}?\b(?:until|till|before)\b"
)
_ONCE_DONE = lazy_pattern(
    r"\b(?:once|when|after)\s+(?:the\s+|our\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:closes|finishes"
    r"|completes|lands|goes\s+through|is\s+(?:done|signed|approved|complete|finished|through))\b"
    r"[^.!?;]{0,80}?\b(?:we(?:'ll|\s+will)?\s+(?:get|inherit|receive|gain|have\s+access)"
    r"|(?:become|becomes|will\s+be)\s+(?:available|usable|accessible))\b"
)


# An agreement still being made that lets the team use data: "we're negotiating a data-use
# agreement so we can use it", "Legal is finalizing a data-sharing agreement that would
# give us ~100k historical claims".
_USE_AGREED_LATER = lazy_pattern(
    r"\b(?:negotiat\w+|finali[sz]\w+|working\s+on|waiting\s+(?:on|for)|pending|drafting|signing)"
    r"\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?(?:agreement|licen[cs]e|contract|dua|dpa)\b"
    r"[^.!?;]{0,60}?\b(?:so\s+(?:that\s+)?we\s+can\s+use|to\s+use|(?:would|will)\s+give\s+us"
    r"|gives?\s+us|let\s+us\s+use|unlock\w*)"
)


# Plenty of data said to be had later: "in 6 months we'd have a lot of copy -> performance
# data".
_PLENTY_LATER = lazy_pattern(
    r"\b(?:we'?d|we\s+would|we'?ll|we\s+will|we\s+should|there'?ll\s+be|there\s+will\s+be)\s+(?:have\s+)?"
    r"(?:a\s+lot\s+of|lots\s+of|plenty\s+of|enough|tons\s+of|a\s+(?:good|decent|big|solid)\s+(?:amount"
    r"|set|pile)\s+of)\s+(?:[\w>/-]+\s+){0,4}?(?:data|examples|pairs|labels|records)\b"
)


# Records held elsewhere that take months to get out: "locked in Veeva and IT says export
# + cleaning will take ~6 months".
_EXPORT_LATER = lazy_pattern(
    r"\b(?:export\w*|extract\w*|migrat\w+|cleaning|redact\w*|de-?identif\w+)\b[^.!?;]{0,40}?"
    r"\b(?:will|would|'ll)\s+take\s+(?:~|about\s+|around\s+|roughly\s+|at\s+least\s+)?\d+\s*"
    r"(?:-\s*\d+\s+)?(?:weeks|months)"
)
# Records usable only after weeks of preparation: "data engineering estimates 4-5 months
# to redact, dedupe and normalise".
_PREPARED_LATER = lazy_pattern(
    r"\b(?:\d+|a\s+few|several|two|three|four|five|six)(?:\s*[-\u2013]\s*\d+)?\s+(?:weeks|months)"
    r"\s+(?:of\s+work\s+)?to\s+(?:clean|redact|dedupe|de-?duplicate|normali[sz]e|anonymi[sz]e"
    r"|de-?identify|label|annotate|scrub|prepare|sanitize|sanitise)\b"
)


def _arriving(text: Text, draft: Draft) -> bool:
    """Set ``data_growth`` from a sentence that says records to train on arrive later, or
    that every new one is kept from now on."""
    low = text.low
    agreement = _USE_AGREED_LATER.search(low)
    if agreement is not None and not negated(text, agreement.start()):
        draft.put("data_growth", True, evidence=text.evidence(agreement.start(), agreement.end()))
        return True
    patterns = (
        _LOCKED_UNTIL,
        _ONCE_DONE,
        _PREPARED_LATER,
        _EXPORT_LATER,
        _EVERY_KEPT,
        _PLENTY_LATER,
    )
    for pattern in patterns:
        for match in pattern.finditer(low):
            begin, end = text.sentence(match.start())
            held = pattern is _EXPORT_LATER or _HELD_RECORDS.search(low, begin, end) is not None
            if not held or _NOT_OURS.search(low[begin:end]):
                continue  # (an export names records of its own)
            if negated(text, match.start()) or _DONE_BEFORE.search(low, begin, end):
                continue
            draft.put("data_growth", True, evidence=text.evidence(begin, match.end()))
            return True
    return False


# Work already done, not data still to come: "we spent 3 months to clean it last year".
_DONE_BEFORE = lazy_pattern(r"\b(?:spent|took|ago|last\s+(?:year|month|quarter)|already)\b")
