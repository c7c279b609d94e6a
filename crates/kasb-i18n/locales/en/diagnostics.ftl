# Diagnostics of `kasb check`: each rule's messages, help and related-location messages, and the
# summary line. Ids are `k<code>-<what>`; the English rendering is each diagnostic's stable
# `message` (JSON and SARIF), so a change here is a change of that contract.

## Summary line

check-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] 1 info
   *[other] { $infos } infos
} in { $files ->
    [one] 1 file
   *[other] { $files } files
}

## Lists and the words kasb says in messages

# The last two of a list of alternatives: `a unit or a framework`.
list-or = { $first } or { $last }
word-framework = a level framework
word-level = a level
word-classification = a classification
word-classification_entry = a classification code
word-standard = an occupational standard
word-function = a generalised function
word-unit = a unit
word-element = an element
word-criterion = a performance criterion
word-knowledge = a knowledge item
word-skill = a skill
word-qualification = a qualification
word-elective_group = an elective group
word-assessment_tool = an assessment tool
word-instrument = an instrument
word-task = a task
word-marking_criterion = a marking criterion
word-programme = a training programme
word-module = a module
word-crosswalk = a crosswalk

## K201 duplicate-id

k201-document = another document already has the id `{ $id }`
k201-item = another item of this document already has the id `{ $id }`
k201-first = first defined here
k201-help = give each one an id of its own; references use ids to find things

## K202 unresolved-reference

k202-no-item = `{ $document }` has no item `{ $item }` ({ $expected } is expected)
k202-no-document = no document has the id `{ $document }`, and `{ $context }` has no item `{ $reference }`
k202-nothing = `{ $reference }` names nothing: { $expected } is expected

## K203 wrong-reference-kind

k203-message = `{ $reference }` is { $found }, but { $expected } is expected here
k203-help = name { $expected }

## K301 level-outside-framework

k301-message = level { $level } is not a level of `{ $framework }`, which has levels { $low } to { $high }
k301-message-no-levels = level { $level } is not a level of `{ $framework }`, which has no levels
k301-help = use a level of `{ $framework }`, or add level { $level } to it

## K205 unit-in-no-qualification

k205-message = no qualification includes the unit `{ $unit }`
k205-help = add it to a qualification's `core` or to an elective group

## K401 unsatisfiable-electives

k401-message = elective group `{ $group }` asks to choose { $choose } of { $available } units
k401-help = choose at most { $available }, or add units to the group

## K402 unit-listed-twice

k402-message = `{ $unit }` is listed twice
k402-help = remove the second entry

## K403 core-elective-overlap

k403-message = `{ $unit }` is a core unit and also an elective of group `{ $group }`
k403-help = remove it from the elective group: core units are always achieved

## K505 qualification-without-assessment

k505-message = approved qualification `{ $qualification }` has no assessment tool
k505-help = write an AssessmentTool with `qualification: { $qualification }` whose tasks assess its criteria, or set the qualification's `status` back to `draft` until it has one

## K502 task-assesses-nothing

k502-message = task `{ $task }` assesses nothing
k502-help = list the criteria, knowledge or skills it covers in `assesses`

## K503 weights-do-not-sum

k503-message = the marking weights add up to { $total }, not { $expected }
k503-help = adjust the weights by { $difference }

## K504 marking-without-scale

k504-message = marking criterion `{ $marking }` has neither `max_score` nor `rubric`
k504-help = add `max_score:` for a measurement, or `rubric:` levels for a judgement

## K604 invalid-language-tag

k604-message = `{ $tag }` is not a BCP 47 language tag
k604-help = use a tag such as en, ru, ky, hy, tg, az, kk, uz-Latn

## K606 malformed-esco-uri

k606-message = `{ $uri }` is not an ESCO concept URI
k606-help = use http://data.europa.eu/esco/occupation/<uuid> or http://data.europa.eu/esco/skill/<uuid>

## K701 empty-statement

# $field is the YAML field: `title`, `statement` or `description`.
k701-message = the { $field } of `{ $id }` is empty
k701-help = write the { $field }, or remove the item

## K703 validity-reversed

k703-message = valid to { $valid_to } is before valid from { $valid_from }
k703-help = swap the dates, or correct the one that is wrong

## K704 superseded-without-replacement

k704-message = `{ $document }` is superseded but names no replacement
k704-help = add `replaced_by:` with the id of the document that replaces it

## K705 validity-ended

k705-message = the validity ended on { $valid_to }, before the check date { $today }
k705-help = set `valid_to` to the date it was renewed to, or mark it `status: superseded` (with `replaced_by`) or `status: withdrawn`

## K302 unit-above-qualification

# $scale: `own` (both on the qualification's framework) or `eqf` (compared through the EQF).
k302-message = unit `{ $unit }` is at { $scale ->
    [eqf] EQF level
   *[own] level
} { $level }, above the qualification's { $scale ->
    [eqf] EQF level
   *[own] level
} { $limit }
k302-help = raise the qualification's level, or choose a unit at or below it

## K303 level-above-parent

k303-message = work function `{ $unit }` is at level { $level }, above its generalised function `{ $function }` at level { $limit }
k303-help = lower `{ $unit }` to level { $limit } or raise `{ $function }`

## K603 invalid-country

k603-message = `{ $code }` is not an ISO 3166-1 alpha-2 country code
k603-help = use the two-letter ISO 3166-1 code, such as KG, AM, TJ, RU, AZ, KZ or UZ
k603-help-capitals = write it in capitals: `{ $code }`

## K605 missing-language

# $field is the YAML field: `title`, `statement` or `description`.
k605-message = the { $field } of `{ $id }` is not given in `{ $language }`
k605-help = add `{ $language }:` to the { $field }

## K702 duplicate-statement

k702-message = `{ $id }` repeats an earlier statement of unit `{ $unit }` ({ $language })
k702-help = make the statements distinct, or remove the repeated one

## K202 help

k202-help = check the id; items of another document are named `document-id/item-id`
k202-help-reference-off = `{ $document }` is in kasb's reference set, which kasb.toml turns off ([reference] enabled = false): turn it on, or add the document to the repository (`kasb reference export { $document } --out DIR`)
k202-did-you-mean = did you mean `{ $id }`?
# $error is the id grammar's finding (K111), $position the 1-based character it is at.
k202-did-you-mean-look-alike = did you mean `{ $id }`? ({ $error }, character { $position })

## K501 criterion-not-assessed

# $tools: the qualification's assessment tools, as ids in backticks, comma-separated.
k501-message = no task of { $tools } assesses `{ $criterion }`, a criterion of qualification `{ $qualification }`
k501-help = add `{ $criterion }` to the `assesses` list of a task
k501-tool = the assessment tool for the qualification

## K601 unknown-isco-code

k601-message = `{ $code }` is not an ISCO-08 code
k601-did-you-mean = did you mean "{ $code }"?
k601-help = look the occupation up among the unit groups of ISCO-08 (the classification `isco-08` that kasb ships, from the ILO's structure)

## Cycles (K204, K206, K207, K208)

# A long cycle shortened: $first and $last are ids in backquotes joined by arrows, $left_out
# how many are left out between them.
cycle-shortened = { $first } → … { $left_out } more … → { $last }

## K204 prerequisite-cycle

# $cycle: the ids of the cycle in backquotes, joined by arrows, back to the first.
k204-message = prerequisites form a cycle: { $cycle } (each needs the next)
# $message: k204-message; $tangled: how many units in all are caught in cycles.
k204-tangled = { $message }; { $tangled } units in all are caught in cycles with these
k204-help = remove one prerequisite of the cycle, so that one unit can be achieved first

## K206 parent-cycle

k206-message = classification parents form a cycle: { $cycle } (each is the child of the next)
k206-tangled = { $message }; { $tangled } entries in all are caught in cycles with these
k206-help = remove the `parent` of the broadest entry of the cycle, or correct it

## K207 referencing-cycle

k207-message = framework referencing forms a cycle: { $cycle } (each is referenced to the next)
k207-tangled = { $message }; { $tangled } frameworks in all are caught in cycles with these
k207-help = reference one framework of the cycle to the EQF (`referencing: {"{"}framework: eqf{"}"}`)

## K208 replacement-cycle

k208-message = replacements form a cycle: { $cycle } (each is replaced by the next)
k208-tangled = { $message }; { $tangled } documents in all are caught in cycles with these
k208-help = remove `replaced_by` from the document that is current

## K110 unknown-suppressed-rule

k110-message = `{ $rule }` is not a rule, so this comment suppresses nothing
k110-help = name a rule by code or name; `kasb rules` lists them

## K209 look-alike-ids

# $how: `case` (only letter case differs), `script` (only look-alike letters of another
# script) or `both`.
k209-message = `{ $id }` differs from `{ $first }` { $how ->
    [case] only by letter case
    [script] only by look-alike letters of another script
   *[both] only by letter case and look-alike letters of another script
}
k209-related = `{ $id }` is here
k209-help = a reader cannot tell them apart and a reference may name the wrong one: give this one an id of its own, or merge the two if they are the same

## K210 reference-overridden

# $version: the version of kasb's reference set.
k210-message = `{ $id }` replaces the document of the same id in kasb's reference set { $version }
k210-related = the reference document
k210-help = this repository's `{ $id }` is used; delete it to use kasb's, or set `[reference] enabled = false` in kasb.toml if the repository keeps its own reference data

## K304 incomplete-referencing

k304-message = level { $level } of `{ $framework }` is not referenced to `{ $target }`
k304-help = add `referenced_level:` with the best-fit level of `{ $target }`

## K305 referencing-goes-down

# $target: the framework referenced to; $below: the level below, referenced to $below_referenced.
k305-message = level { $level } is referenced to { $target } level { $referenced }, below level { $below }'s { $below_referenced }
k305-help = reference level { $level } to { $target } level { $below_referenced } or higher

## K506 knowledge-or-skill-not-assessed

# $tools: the qualification's assessment tools, as ids in backquotes, comma-separated;
# $kind: `knowledge` or `skill`.
k506-message = no task of { $tools } assesses `{ $item }`, a { $kind ->
    [skill] skill
   *[knowledge] knowledge
} item of qualification `{ $qualification }`
k506-help = add `{ $item }` to the `assesses` list of a task, or turn K506 off if { $kind ->
    [skill] skill
   *[knowledge] knowledge
} is assessed through the performance criteria

## K602 isco-not-unit-group

k602-shape = `{ $code }` is not an ISCO-08 unit group (four digits)
k602-shape-help = give the four-digit unit group, such as "7212"
k602-group = `{ $code }` is the ISCO-08 group `{ $group }`, not a unit group
# $children: some of its unit groups, comma-separated.
k602-group-help = choose one of its unit groups, such as { $children }

## K607 look-alike-in-code

# $problem: what was found, in kasb-model's English words; $position: the 1-based character.
k607-message = `{ $code }`: { $problem } (character { $position } of the code)
k607-did-you-mean = did you mean "{ $code }"? write it in Latin letters and digits
k607-help = write the code in Latin letters and digits

## K608 country-mismatch

# $what: `framework` or `standard`, the kind of the document $other.
k608-message = country `{ $country }` differs from `{ $other_country }`, the country of { $what ->
    [standard] standard
   *[framework] framework
} `{ $other }`
k608-related = the country of { $what ->
    [standard] standard
   *[framework] framework
} `{ $other }`
k608-help-framework = place it on a framework of its own country, or correct the country
k608-help-standard = derive it from a standard of its own country, or correct the country; a standard adopted from abroad on purpose can keep this line with `# kasb: ignore[K608]`

## K609 code-against-pattern

k609-message = `{ $code }` does not follow the code pattern `{ $pattern }`
k609-help = correct the code, or the classification's `code_pattern`
# $why: k609-too-long, k609-too-large or k609-invalid-syntax.
k609-invalid-pattern = `code_pattern` is not a valid regular expression: { $why }
k609-too-long = longer than 1,024 characters
k609-too-large = too large once compiled
k609-invalid-syntax = its syntax is invalid
k609-invalid-pattern-help = write it in Rust regex syntax (https://docs.rs/regex), such as "[0-9]{"{"}1,4{"}"}"

## The lines of `kasb check` around the diagnostics

# After the last diagnostic of a rule shown in a file: $hidden is how many more (it chooses
# the plural form), $shown the same number grouped by thousands, $rule a code, $file a path.
check-more = … and { $hidden ->
    [one] 1
   *[other] { $shown }
} more { $rule } in { $file } (--format json lists every one)
# After the summary, when the directory walk skipped paths.
check-skipped = ({ $count } skipped; --verbose lists them)
check-skipped-listed = ({ $count } skipped, listed above)
# One line of --verbose per skipped path; $reason is one of the skip-* below.
check-skipped-path = skipped { $path }: { $reason }
skip-symlink = a symbolic link (kasb does not follow links it finds)
skip-not-regular-file = not a regular file (a FIFO, socket or device)
skip-ignored = matched by an ignore file (.gitignore, .ignore)
skip-excluded-by-config = left out by [files] in kasb.toml
# The spinner at a terminal while a check runs.
check-progress-loading = loading files
check-progress-loaded = loaded { $files ->
    [one] 1 file
   *[other] { $files } files
}; building the graph
check-progress-graph = graph of { $nodes ->
    [one] 1 node
   *[other] { $nodes } nodes
}; running the rules
check-progress-rules = { $findings ->
    [one] 1 finding
   *[other] { $findings } findings
}
