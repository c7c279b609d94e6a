# The comparison reports: `kasb compare` (human, Markdown, HTML). The JSON report keeps these
# English texts in its `detail`, `note` and `notes` fields.
# Scores and shares arrive formatted ($score "0.41", $percent "86%").

## Words around numbers

compare-decimal-mark = .
compare-percent = { $value }%

## Section titles and labels

compare-units = Matched units
compare-criteria = Matched performance criteria
compare-coverage = Coverage
compare-coverage-caption = Share of each side's units and performance criteria that have a match on the other side (fully or partially).
compare-assessed-differently = Assessed differently
compare-assessed-differently-text = Matched units assessed by a practical task on one side and only by written tests on the other.
compare-legend = How to read this report
compare-score = score
compare-relation = relation
compare-level = level
compare-evidence = evidence
compare-assessed-by = assessed by
compare-no-shared-language = no shared language
compare-none = none
compare-footer = Made by kasb compare. Matches are suggestions with their evidence, for a person to confirm.
compare-document = document
compare-title = title
compare-country = country
compare-performance-criteria = performance criteria
compare-partial = partial
compare-across-units = across units
compare-not-assessed = not assessed
compare-shared = shared
compare-languages-compared = languages compared
compare-note = note
compare-none-sentence = None.
compare-practical-only-written = assessed by a practical task on one side, only in writing on the other
compare-pairs = Pairs
compare-common-core = Common core
compare-unique = Unique to one document
compare-heatmap-heading = How much of each standard is found in the others
compare-heatmap-title = Unit coverage: share of the row's units matched in the column's document
compare-heatmap-caption = Each row is a document; each cell is the share of its units that have a match in the column's document. Darker is more.
compare-unit-coverage = Unit coverage
compare-unit-coverage-text = Share of the row's units matched in the column's document.
compare-matrix-coverage-line = unit coverage (row covered by column)
compare-matrix-intro = A unit counts as found in another document when a crosswalk, a shared ESCO reference or similar wording pairs it with one of that document's units; compare two documents for the evidence of each pair.

## Names of things ($kind, $relation, $side, $method are kasb's own snake_case words)

compare-side = { $side ->
    [left] left
   *[right] right
}
compare-kind = { $kind ->
    [unit] unit
   *[criterion] criterion
}
compare-kinds = { $kind ->
    [unit] units
   *[criterion] criteria
}
compare-document-kind = { $kind ->
    [standard] standard
    [qualification] qualification
    [assessment_tool] assessment tool
   *[other] { $kind }
}
compare-evidence-kind = { $kind ->
    [crosswalk] crosswalk
    [shared_reference] shared reference
   *[text] text
}
compare-relation-name = { $relation ->
    [exact] exact
    [broad] broad
    [narrow] narrow
    [major] major
    [minor] minor
    [related] related
   *[similar] similar
}
# $words: the method with spaces for underscores, for methods kasb does not know.
compare-method = { $method ->
   *[other] { $words }
}
# $name: the English short name of ISO 3166-1.
compare-country-name = { $code ->
   *[other] { $name }
}

## Headlines

compare-headline = { $occupation }: { $places } compared
compare-place = { $name } ({ $id })
compare-isco-group = { $title } (ISCO-08 { $code })
compare-isco-code = ISCO-08 { $code }
compare-and-more = { $named } and { $more } more
compare-list = { $rest } and { $last }
compare-documents-line = { $left } compared with { $right }

## Figures

compare-eqf-same = EQF { $left } = { $right }
compare-eqf-change = EQF { $left } → { $right } ({ $delta })
compare-eqf-not-comparable = EQF not comparable
compare-not-comparable = not comparable
compare-counts = { $matched } matched, { $partial } partial, { $unmatched } unmatched
compare-coverage-figure = { $percent } of { $total } ({ $counts })
compare-coverage-line-of = of
compare-covered = { $kind ->
    [unit] units covered
   *[criterion] criteria covered
}
compare-methods-in = methods in { $name }
compare-pair-line = units { $left_units } / { $right_units }, criteria { $left_criteria } / { $right_criteria }, EQF differences { $deltas }, assessed differently { $differences }
compare-common-core-line = common core: { $count } units of { $first } matched in every other document
compare-closest = closest: { $id } { $score }
compare-shared-reference = Shared reference: { $detail }.
compare-texts-compared-in = Texts compared in: { $languages }.
compare-untranslated = Texts without an English version: { $count }. They are shown in their own language, its code in brackets ({ $languages }).
compare-bar-label = { $name }: { $kind ->
    [unit] units
   *[criterion] criteria
}
compare-bars-title = Coverage of { $left } and { $right }
compare-heat-cell = { $row } units covered by { $column }: { $percent }
compare-pair = { $left } and { $right }
compare-pair-caption = { $units } unit pairs and { $criteria } criterion pairs matched; EQF differences of matched units: { $deltas }; { $differences } matched units assessed practically on one side and only in writing on the other.
compare-common-core-intro = Units of { $first } that have a match in every other document.
compare-unique-count = { $document }: { $units } units
compare-only-in = Only in { $name } ({ $count } items)
compare-unmatched-item = { $kind ->
    [unit] unit
   *[criterion] criterion
} { $id } — { $title }

## Evidence of a match (the JSON `detail`)

compare-detail-crosswalk = { $relation } in crosswalk { $crosswalk }
compare-detail-crosswalk-note = { $relation } in crosswalk { $crosswalk }: { $note }
compare-detail-esco = same ESCO skill: { $uris }
compare-detail-isco = same ISCO-08 unit group { $code }
compare-detail-text = TF-IDF cosine of the texts: { $scores }
compare-detail-score-in = { $score } in { $language }
compare-detail-no-language = no shared language: texts not compared (left: { $left }; right: { $right })

## Why an item is unmatched (the JSON `note`), and notes on the documents (the JSON `notes`)

compare-note-no-language = no language in common with the other side ({ $here } here; { $there } there)
compare-note-closest-taken = its closest text ({ $id }, { $score }) is matched to { $holder }
compare-note-closest-other-unit = its closest text ({ $id }, { $score }) is in a unit not matched to its own, and wording alone does not outweigh the evidence that matched the units
compare-note-lost-alignment = a crosswalk aligns it with { $other } ({ $relation }), which is matched to a stronger partner
compare-note-no-shared-language = The documents share no language ({ $left } / { $right }): their texts were not compared; only crosswalks and shared references count.
compare-note-no-eqf = The { $side ->
    [left] left
   *[right] right
} document's levels are not referenced to the EQF: levels are not comparable.
compare-note-different-isco = Different ISCO-08 unit groups: { $left } and { $right }.

## The legend

compare-legend-crosswalk = Crosswalk
compare-legend-crosswalk-text = Experts compared the two standards and wrote down, item by item, how they correspond (a crosswalk document). It is the strongest evidence. Its relation is read from the left document to the right:
compare-legend-exact = the same competency.
compare-legend-broad = the right item is broader: it covers all of the left item and more.
compare-legend-narrow = the right item is narrower: it covers only part of the left item.
compare-legend-major = they overlap for the most part.
compare-legend-minor = they overlap only in a small part; shown as a partial match.
compare-legend-related = they are related, without a stated overlap; shown as a partial match.
compare-legend-reference = Shared reference
compare-legend-reference-text = Both items name the same skill of ESCO (the European classification of skills, competences and occupations), or both documents name the same ISCO-08 group (the International Standard Classification of Occupations of the ILO). Its score is the share of the ESCO skills named that both name, from 0 to 1.
compare-legend-text = Text similarity (TF-IDF cosine)
compare-legend-text-text = The wording of two items compared, language by language: each text is reduced to the stems of its words (leaving out words such as “the” and “and”), and a word counts more the fewer items use it, so that a word every item uses (“weld” in standards for welders) counts little. The score runs from 0 (no word in common) to 1 (the same words in the same proportions). Pairs scoring at least { $threshold } are matched, below { $partial } as partial. It is a suggestion for a person to confirm, not a finding.
compare-legend-similar = similar
compare-legend-similar-text = The relation of a pair that no crosswalk links: it rests on a shared reference or on similar wording.
compare-legend-across = across units
compare-legend-across-text = Criteria are paired first inside units matched to each other. A pair of criteria whose units are not matched to each other is kept only when its evidence is stronger than the evidence that matched their units and than any pair found inside them.
compare-legend-eqf = EQF
compare-legend-eqf-text = Levels are compared through each country's qualifications framework, referenced to the European Qualifications Framework (levels 1 to 8); “not comparable” when a framework is not referenced to it.

## Errors (`kasb compare`, exit 2)

compare-error-unknown-id = no document has the id `{ $id }`
compare-error-unknown-id-suggestion = no document has the id `{ $id }`; did you mean `{ $suggestion }`?
compare-error-unsupported-kind = `{ $id }` is { $kind }; only occupational standards, qualifications and assessment tools can be compared
compare-error-too-few = a matrix needs at least two documents, got { $count }
compare-error-isco-too-few = ISCO-08 { $code }: { $count } standards found, at least two are needed
compare-error-isco-country = no standard for ISCO-08 { $code } in country { $country }; standards exist for: { $countries }
