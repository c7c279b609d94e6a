# kasb diff: the reports (human, Markdown, HTML), the reasons of the changes and the
# explanations of the D rules. Arguments are filled from the diff's data; markup (Markdown,
# HTML) is put around them by the renderers, never written here.

## The reports

diff-title = kasb diff: { $base } → { $head }
diff-no-change = no change in meaning
diff-no-change-sentence = No change in meaning.
# $substantive is a count, or a count with colour codes around it.
diff-summary = { $substantive } substantive, { $editorial } editorial
diff-count-substantive = { $count } substantive
# $substantive is diff-count-substantive with markup around it.
diff-summary-changes = { $substantive }, { $editorial } editorial changes.
diff-column-document = document
diff-column-substantive = substantive
diff-column-editorial = editorial
diff-column-class = class
diff-column-rule = rule
diff-column-change = change
diff-column-what = what
diff-column-values = from → to
diff-more-documents = and { $count } more documents
diff-unversioned = changed substantively without a version bump or { $field } (D190)
diff-unversioned-heading = Changed substantively without a version bump or { $field } (D190)
diff-warning = warning
diff-cut-heading = Cut to fit a comment
diff-cut = the details of { $documents } documents ({ $changes } changes) are not shown. Run `kasb diff` with `--format html` or `--format json` for all of them.
diff-footer = Made by kasb diff. Each change is classified by the rule named beside it ({ $command }).
diff-error-directory = `{ $path }` is a directory: compare it with another directory (kasb diff OLD-DIR NEW-DIR)
diff-problem-more = and { $count } more problems (run `kasb check`)

## A change: its class, what happened, to what

diff-class-substantive = substantive
diff-class-editorial = editorial
# The line of a change: $subject (diff-subject-*, then the field) and $verb.
diff-change-line = { $subject } { $verb }
diff-verb-added = added
diff-verb-removed = removed
diff-verb-renamed = renamed
diff-verb-moved = moved
diff-verb-changed = changed
diff-change-added = added
diff-change-removed = removed
diff-change-renamed = renamed
diff-change-moved = moved
diff-change-modified = modified
diff-subject-document = the document
diff-subject-item = { $kind } { $item }
diff-subject-field = { $subject } { $field }

## Kinds of items and documents

diff-kind-framework = framework
diff-kind-level = level
diff-kind-classification = classification
diff-kind-classification_entry = classification entry
diff-kind-standard = standard
diff-kind-function = function
diff-kind-unit = unit
diff-kind-element = element
diff-kind-criterion = criterion
diff-kind-knowledge = knowledge
diff-kind-skill = skill
diff-kind-qualification = qualification
diff-kind-elective_group = elective group
diff-kind-assessment_tool = assessment tool
diff-kind-instrument = instrument
diff-kind-task = task
diff-kind-marking_criterion = marking criterion
diff-kind-programme = programme
diff-kind-module = module
diff-kind-crosswalk = crosswalk
diff-document-LevelFramework = LevelFramework
diff-document-Classification = Classification
diff-document-OccupationalStandard = OccupationalStandard
diff-document-Qualification = Qualification
diff-document-AssessmentTool = AssessmentTool
diff-document-TrainingProgramme = TrainingProgramme
diff-document-Crosswalk = Crosswalk

## Why a change is classified as it is

diff-none = none
diff-decimal-separator = .
diff-list-more = { $items } and { $more } more
diff-why-document-added = { $kind } added, with { $items ->
    [one] { $items } item
   *[other] { $items } items
}
diff-why-document-removed = { $kind } removed, with { $items ->
    [one] { $items } item
   *[other] { $items } items
}
diff-why-item-added = { $kind } added{ $inside ->
    [0] {""}
    [one] , with { $inside } item inside
   *[other] , with { $inside } items inside
}
diff-why-item-removed = { $kind } removed{ $inside ->
    [0] {""}
    [one] , with { $inside } item inside
   *[other] , with { $inside } items inside
}
diff-why-renamed = the same { $kind } under a new id (similarity { $score })
diff-why-moved = the same id under another parent
diff-why-level = { $from } → { $to }
diff-level = level { $level } in { $framework } (EQF { $eqf })
diff-level-eqf-unknown = level { $level } in { $framework } (EQF unknown)
diff-no-level = no level
diff-why-field-added = `{ $field }` added
diff-why-field-removed = `{ $field }` removed
diff-why-field-changed = `{ $field }` changed
diff-why-translation-added = a `{ $language }` translation added
diff-why-translation-removed = the `{ $language }` text is gone; the other languages stand
diff-why-list = added: { $added }; removed: { $removed }
diff-why-coverage = coverage gained: { $added }; coverage lost: { $removed }
diff-why-same-words = the same words after lower-casing and stemming: only punctuation, letter case, word endings or order changed
diff-why-spelling = spelling: { $corrections }
diff-why-correction = `{ $old }` → `{ $new }` (edit distance { $distance })
diff-why-words = words removed: { $removed }; words added: { $added }

## The D rules: each rule's explanation, the doc comment of its declaration in
## crates/kasb-diff/src/rules.rs (a test keeps them equal)

diff-rule-D101 =
    A document is in HEAD and not in BASE. Substantive: a new standard, qualification or tool is
    something new that people are judged against.
diff-rule-D102 =
    A document is in BASE and not in HEAD. Substantive: whatever it demanded is gone.
diff-rule-D103 =
    An item (unit, element, criterion, knowledge, skill, task, marking criterion, level, elective
    group, module, entry) is new. Substantive: a new criterion is something more a candidate must
    show. Its own items are counted in the change, not listed again.
diff-rule-D104 =
    An item is gone (with everything inside it). Substantive: a criterion removed is something a
    candidate no longer has to show.
diff-rule-D105 =
    An item's id changed while its content stayed the same or nearly (same kind, same parent,
    similarity at or above `[diff] rename-threshold`, 0.8 by default: the share of its words and of
    the ids of its own items that both sides have). Editorial: an id is a name, not a demand; any
    change of content is reported beside it under its own rule. Example: `WLD-01.3` renumbered
    `WLD-01.2` after a criterion above it was removed.
diff-rule-D106 =
    An item kept its id but belongs to another parent (a criterion moved to another unit).
    Substantive: what each unit demands changed.
diff-rule-D107 =
    A title, statement, description or descriptor was reworded with other words: words added or
    removed that are not spelling corrections of each other. Substantive. Example: "Welds are
    sound." → "Welds are not sound." (the word `not` added).
diff-rule-D108 =
    A title, statement, description or descriptor changed only in form: the same words after
    lower-casing and stemming (punctuation, letter case, word endings, order), or each changed word
    a spelling correction of another (edit distance at most `[diff] typo-distance`, 2 by default,
    and at most a third of the word). Editorial. Example: "Recieve the weld" → "Receive the welds."
diff-rule-D109 =
    A text gained a language. Editorial: a translation says the same thing.
diff-rule-D110 =
    A text lost a language. Editorial: the text in the other languages stands.
diff-rule-D111 =
    A level (`level`, `framework`, a level's `referenced_level`) changed. Substantive: the level is
    what the qualification is recognised as; the change says the EQF level on each side, through
    each framework's referencing.
diff-rule-D112 =
    What a qualification or programme is built from changed: `core`, an elective group's `units` or
    `choose`, `prerequisites`, `derived_from`, a module's `units` or `hours`, `volume_hours`.
    Substantive: a core unit added or removed changes what it demands.
diff-rule-D113 =
    Entry requirements changed: a qualification's `entry_requirements`, a function's `education`,
    `experience` or `special_conditions`. Substantive: who may enter changed.
diff-rule-D114 =
    An assessment changed: what a task `assesses` (a criterion gained or lost coverage), a weight,
    a score, a marking type, a rubric, a pass mark, a method or a duration. Substantive: how
    competence is judged changed.
diff-rule-D115 =
    A crosswalk's alignments, source or target changed, or what a document or unit refers to
    (`standards`, `qualification`, `function`). Substantive: a stated equivalence or dependency
    changed.
diff-rule-D116 =
    A link to a classification changed: `isco`, `esco`, `esco_skills`, `national_codes`,
    `activity_code`. Editorial: it files the document, it does not change what it demands.
diff-rule-D117 =
    The document's life cycle changed: `status`, `version`, `replaced_by`, approval and validity
    dates. Editorial: it says which version is in force, not what it demands.
diff-rule-D118 =
    Any other field changed (a purpose, a note, a provider, conditions, instructions, job titles).
    Editorial.
diff-rule-D119 =
    A document's id changed while its content stayed the same or nearly: a document in BASE only
    and one of the same kind in HEAD only whose words (and the ids of their items) are alike at or
    above `[diff] rename-threshold` (0.8 by default). Reported as one rename with its score, never
    as a removal and an addition; the changes of its content are reported beside it under their own
    rules. Editorial: an id is a name, not a demand (the documents that refer to it change too, and
    are reported under their rules). Example: `kg-welder-q3-assessment` renamed
    `kg-welder-q3-assessment-2026`.
diff-rule-D190 =
    A document changed substantively but neither its `version` changed nor does it name a
    `replaced_by`: readers of the old version cannot tell it changed. Reported once per document,
    as a notice beside its changes.
