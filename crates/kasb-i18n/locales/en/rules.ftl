# Generated from the rules' doc comments by `cargo run -p kasb-check --example rules-ftl`:
# do not edit. A rule's summary and explanation (Markdown; YAML examples stay code).

## Words around the rules

rules-severity-error = error
rules-severity-warning = warning
rules-severity-info = info
rules-by-default = { $severity } by default
rules-unknown = no rule `{ $rule }`; `kasb rules` lists them

## K100 unreadable-file

rule-K100-summary = A file cannot be read, or is not UTF-8 text.
rule-K100-explanation =
    kasb reads YAML files as UTF-8. A file that cannot be opened, that is not valid UTF-8, or that is UTF-16 (as some Windows editors save it) cannot be checked.

    Fix: save the file as UTF-8 without a byte-order mark.

## K101 yaml-syntax

rule-K101-summary = The file is not valid YAML.
rule-K101-explanation =
    The file cannot be read as YAML, for a reason no more specific rule (K113–K116) names: a quote or bracket never closed, text after a closing quote, a `\` escape that YAML does not know, a value starting with a sign YAML reserves (`@`, `` ` ``, `*`, `]`), a line that is neither `key: value` nor a list item. The message says what is wrong in words, the help how to fix it. Nothing after the error can be read, so the rest of the file is checked once it is fixed.

    Failing:
    ```yaml
    title: "Welder
    ```
    Passing:
    ```yaml
    title: "Welder"
    ```

## K102 invalid-type

rule-K102-summary = A value has the wrong type for its field.
rule-K102-explanation =
    Every field has a type: text, a number, a list, a mapping, or one of a few values (`status: approved`). A value of another type cannot be read; the message says what the field takes and the help shows how to write it (a list: each item on its own line starting with `- `; a mapping: `key: value` lines indented under the field). Numbers must be finite and within their field's range.

    Failing:
    ```yaml
    level: four
    ```
    Passing:
    ```yaml
    level: 4
    ```

## K103 missing-field

rule-K103-summary = A required field is missing.
rule-K103-explanation =
    Some fields must always be given, such as a document's `id` and `title`, or a unit's `id`. The diagnostic points at the first key of the mapping that lacks the field. (A field that is there but indented into the wrong mapping is K115.)

    Failing:
    ```yaml
    units:
      - title: Prepare the workplace
    ```
    Passing:
    ```yaml
    units:
      - id: WLD-01
        title: Prepare the workplace
    ```

## K104 unknown-field

rule-K104-summary = A field is not part of the document kind.
rule-K104-explanation =
    Unknown fields are errors, so that a misspelt field is not silently ignored.

    Failing:
    ```yaml
    titel: Welder
    ```
    Passing:
    ```yaml
    title: Welder
    ```

## K105 unquoted-scalar

rule-K105-summary = An unquoted value that YAML reads as a number, boolean or null stands where text is required.
rule-K105-explanation =
    YAML reads `0110` as the number 110, `1.10` as 1.1, `~` and `null` as nothing, and (in YAML 1.1 tools) `Yes`, `No`, `On`, `Off` as true or false. Codes, versions, country codes and titles are text: quote such a value, so every tool reads the same text.

    Failing:
    ```yaml
    isco: 0110
    country: NO
    title: Yes
    ```
    Passing:
    ```yaml
    isco: "0110"
    country: "NO"
    title: "Yes"
    ```

## K106 duplicate-key

rule-K106-summary = A mapping has the same key twice.
rule-K106-explanation =
    Most YAML tools silently keep the last of two equal keys, losing the first value. kasb refuses the file instead, naming every repeated key with its first occurrence. (When the first key of a list item comes again, the item below lacks its `- `: that is K116.)

    Failing:
    ```yaml
    title: Welder
    title: Сварщик
    ```
    Passing:
    ```yaml
    title: {"{"}en: Welder, ru: Сварщик{"}"}
    ```

## K107 unknown-kind

rule-K107-summary = A document has no `kind`, or one kasb does not know.
rule-K107-explanation =
    Every document states its kind: LevelFramework, Classification, OccupationalStandard, Qualification, AssessmentTool, TrainingProgramme or Crosswalk.

    Failing:
    ```yaml
    kind: Standard
    ```
    Passing:
    ```yaml
    kind: OccupationalStandard
    ```

## K108 resource-limit

rule-K108-summary = A file exceeds a limit on size, nesting depth or alias expansion.
rule-K108-explanation =
    Files in a standards repository may come from anyone's pull request. kasb bounds the time and memory one file may take: its size, its nesting depth, and how far aliases may expand (an alias bomb grows a small file into billions of nodes). Real standards stay far below the limits.

    Fix: split the file, or raise the limit if the file is genuine.

    An alias that names a value containing it would expand forever, and is refused too. And a file with more problems than `max-problems-per-file` (50 unless `[limits]` in kasb.toml says otherwise) shows the first ones in position order, then one warning of this rule saying how many more there are.

## K109 multiple-documents

rule-K109-summary = A file holds more than one YAML document, or none.
rule-K109-explanation =
    Each file holds exactly one document, so that its path identifies it.

    Failing:
    ```yaml
    kind: Qualification
    {"."}..
    ---
    kind: Qualification
    ```
    Passing: one file per document.

## K110 unknown-suppressed-rule

rule-K110-summary = A `# kasb: ignore[...]` comment names a rule that does not exist.
rule-K110-explanation =
    A suppression that names no rule suppresses nothing, so a typo would leave the problem reported and the reader believing it silenced. Name rules by code or kebab-case name.

    Failing:
    ```yaml
    core: [s/U9] # kasb: ignore[K2020]
    ```
    Passing:
    ```yaml
    core: [s/U9] # kasb: ignore[K202]
    ```

## K111 invalid-id

rule-K111-summary = An id uses a character or a shape that ids may not have.
rule-K111-explanation =
    Ids name documents and items in references, file names and exported URIs, so they keep to a small grammar: Latin letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit, at most 128 characters; an item id may also hold `/` between such segments (`A/01.3`), a document id may not (`/` separates it from an item id). No spaces, control characters, `..`, or letters of other scripts that look Latin (Cyrillic `Е` in `ЕLC-01`).

    Failing:
    ```yaml
    id: ../outside
    ```
    Passing:
    ```yaml
    id: kg-welder
    ```

## K112 invalid-date

rule-K112-summary = A date is not a calendar date written YYYY-MM-DD.
rule-K112-explanation =
    Dates (`approved_on`, `valid_from`, `valid_to`, a crosswalk's `date`) are written as ISO 8601 calendar dates, `YYYY-MM-DD`, and must be days of the calendar. `01.01.2026` (day first, as in Russia and Central Asia), `2026/01/01`, a date with a time, `soon` or `2025-13-45` cannot be compared or exported: which document is in force would be a guess. Where the day meant is certain, the message gives its ISO spelling; `01/02/2026` could be either 1 February or 2 January, so it is not guessed.

    Failing:
    ```yaml
    approval:
      valid_from: "01.01.2026"
    ```
    Passing:
    ```yaml
    approval:
      valid_from: "2026-01-01"
    ```

## K113 colon-in-text

rule-K113-summary = Text that holds `: ` must be quoted.
rule-K113-explanation =
    In YAML, `: ` (a colon and a space) separates a key from its value. Text that holds one, written without quotes, reads as a second key on the same line, which YAML refuses (or, in a list, as a mapping where text is expected). Quote the text, so the colon is part of it.

    Failing:
    ```yaml
    statement: Note: use gloves
    ```
    Passing:
    ```yaml
    statement: "Note: use gloves"
    ```

## K114 tab-indentation

rule-K114-summary = A line is indented with a tab instead of spaces.
rule-K114-explanation =
    YAML reads structure from indentation, and only spaces count: a tab shows as a different width in every editor, so YAML refuses it. Indent with spaces (most editors can turn tabs into spaces on save).

    Failing (the second line starts with a tab):
    ```yaml
    occupation:
    	title: Welder
    ```
    Passing:
    ```yaml
    occupation:
      title: Welder
    ```

## K115 wrong-indentation

rule-K115-summary = A line's indentation puts its key in the wrong mapping, or in none.
rule-K115-explanation =
    YAML reads which mapping a key belongs to from its indentation: keys of one mapping start in the same column. A key one space off belongs to no mapping, and YAML stops; a key indented as far as the mapping above it becomes a field of that one (and is unknown there, while the mapping meant lacks it). The diagnostic points at the line whose indentation is off and names the mapping the key seems meant for.

    Failing (`statement` is one space short of `id`):
    ```yaml
    criteria:
      - id: PC1
       statement: Checks the gas supply
    ```
    Passing:
    ```yaml
    criteria:
      - id: PC1
        statement: Checks the gas supply
    ```

## K116 missing-dash

rule-K116-summary = A list item is written without its `- `.
rule-K116-explanation =
    Each item of a list starts with `- `. Without it, the fields of a new item continue the item above: YAML sees its keys given twice, or a line that belongs to no item. The diagnostic points where the new item seems to start.

    Failing (the second unit has no `- `):
    ```yaml
    units:
      - id: WLD-01
        title: Prepare the workplace
        id: WLD-02
        title: Weld plates
    ```
    Passing:
    ```yaml
    units:
      - id: WLD-01
        title: Prepare the workplace
      - id: WLD-02
        title: Weld plates
    ```

## K201 duplicate-id

rule-K201-summary = Two documents share an id, or two items of one document do.
rule-K201-explanation =
    Ids are how everything is referenced: a document id must be unique across the repository, an item id (unit, element, criterion, task...) unique within its document.

    Failing:
    ```yaml
    units:
      - id: WLD-01
      - id: WLD-01
    ```
    Passing:
    ```yaml
    units:
      - id: WLD-01
      - id: WLD-02
    ```

## K202 unresolved-reference

rule-K202-summary = A reference names no document or item.
rule-K202-explanation =
    References name a document by id (`kg-nqf`), an item of the same document by id (`WLD-01`) or an item of another document as `document-id/item-id` (`kg-welder/WLD-01.1.1`). Every reference must resolve, or the graph has a hole.

    Failing:
    ```yaml
    core: [kg-welder/WLD-1]
    ```
    Passing:
    ```yaml
    core: [kg-welder/WLD-01]
    ```

## K203 wrong-reference-kind

rule-K203-summary = A reference names something of the wrong kind.
rule-K203-explanation =
    A field expects one kind of target: a qualification's `core` lists units, a task's `assesses` lists criteria, knowledge or skills, a standard's `framework` names a level framework.

    Failing:
    ```yaml
    framework: kg-welder
    ```
    Passing:
    ```yaml
    framework: kg-nqf
    ```

## K204 prerequisite-cycle

rule-K204-summary = Units are prerequisites of each other in a cycle.
rule-K204-explanation =
    A cycle of prerequisites cannot be satisfied: no unit of it can be achieved first. The error is given once per cycle, at its first unit, and names the members in order, each needing the next (a very long cycle is shortened, with a count).

    Failing:
    ```yaml
    units:
      - id: A
        prerequisites: [B]
      - id: B
        prerequisites: [A]
    ```
    Passing:
    ```yaml
    units:
      - id: A
      - id: B
        prerequisites: [A]
    ```

## K205 unit-in-no-qualification

rule-K205-summary = A unit of a standard is in no qualification.
rule-K205-explanation =
    Units that no qualification includes are not awarded anywhere. That may be intended (a standard ahead of its qualifications) but is worth knowing.

    Fix: add the unit to a qualification's `core` or an elective group, or turn the rule off.

## K206 parent-cycle

rule-K206-summary = Classification entries are each other's parents in a cycle.
rule-K206-explanation =
    The `parent` of a classification entry names the broader group it belongs to; following parents must end at a top-level entry. A cycle makes an entry its own ancestor, so it belongs to no hierarchy. The error is given once per cycle, at its first entry, and names the members in order, each the child of the next.

    Failing:
    ```yaml
    entries:
      - {"{"}code: "1111", title: A, parent: "2222"{"}"}
      - {"{"}code: "2222", title: B, parent: "1111"{"}"}
    ```
    Passing:
    ```yaml
    entries:
      - {"{"}code: "1111", title: A, parent: "2222"{"}"}
      - {"{"}code: "2222", title: B{"}"}
    ```

## K207 referencing-cycle

rule-K207-summary = Level frameworks are referenced to each other in a cycle.
rule-K207-explanation =
    A framework's `referencing` names the framework its levels are referenced to, usually the EQF. Following referencing must end at a framework that is referenced to none, or no level of the cycle has an EQF level and comparisons through it are impossible. The error is given once per cycle, at its first framework, and names the members in order.

    Failing:
    ```yaml
    id: kg-nqf
    referencing: {"{"}framework: am-nqf{"}"}
    # and in am-nqf.yaml
    id: am-nqf
    referencing: {"{"}framework: kg-nqf{"}"}
    ```
    Passing:
    ```yaml
    id: kg-nqf
    referencing: {"{"}framework: eqf{"}"}
    ```

## K208 replacement-cycle

rule-K208-summary = Standards or qualifications replace each other in a cycle.
rule-K208-explanation =
    `replaced_by` tells users which document to move on to; following it must end at a current document. In a cycle every document is replaced, so none is current. The error is given once per cycle, at its first document, and names the members in order.

    Failing:
    ```yaml
    id: kg-welder-2020
    replaced_by: kg-welder-2025
    # and in kg-welder-2025.yaml
    id: kg-welder-2025
    replaced_by: kg-welder-2020
    ```
    Passing: remove `replaced_by` from the current document, `kg-welder-2025`.

## K209 look-alike-ids

rule-K209-summary = An id differs from another only by letter case or look-alike letters.
rule-K209-explanation =
    Ids are compared exactly, so `kg-welder` and `kg-Welder`, or `ELC-01` and `ЕLC-01` with a Cyrillic `Е`, are two different documents or items that no reader can tell apart: a reference typed by hand, or on a keyboard switched to Cyrillic, names the wrong one without a word, and file systems that ignore case may hold only one of two exported files. Document ids are compared with every other document's, item ids with the other items of their document. Each id is reported once, at the later of the two, naming the first and where it is; ids that are exactly equal are K201's.

    Failing:
    ```yaml
    units:
      - id: WLD-01
      - id: wld-01
    ```
    Passing: give the second unit its own id, such as `WLD-02`.

## K210 reference-overridden

rule-K210-summary = A repository document has the id of a reference document and replaces it.
rule-K210-explanation =
    kasb carries a reference set (the EQF, national qualifications frameworks, ISCO) that every repository sees without copying it. A repository document with the id of a reference document replaces it: references resolve to the repository's, and the reference one is left out of the graph. That is right for a repository that keeps its own, newer version of a framework, and a surprise otherwise, so kasb says it once, at the repository document's id. A copy whose content is the reference document's (comments and layout aside) replaces nothing and is not reported.

    Failing (a repository file, while kasb's `eqf` has eight levels):
    ```yaml
    kind: LevelFramework
    id: eqf
    levels: [...]   # four levels only
    ```
    Passing: delete the copy and use kasb's `eqf`, keep an identical copy
    (`kasb reference export eqf --out frameworks`), or turn the reference set off in
    `kasb.toml` (`[reference] enabled = false`) when the repository keeps its own.

## K301 level-outside-framework

rule-K301-summary = A level is not a level of the framework it refers to.
rule-K301-explanation =
    Levels are numbers on the document's framework: a unit at level 9 of an 8-level NQF has no meaning and no EQF level.

    Failing:
    ```yaml
    framework: kg-nqf   # levels 1-8
    units:
      - id: U1
        level: 9
    ```
    Passing:
    ```yaml
        level: 4
    ```

## K302 unit-above-qualification

rule-K302-summary = A qualification includes a unit above the qualification's own level.
rule-K302-explanation =
    A qualification at level 3 that requires a level-5 unit asks more of its holders than its level says.

    Failing: a level-3 qualification with `core: [std/U5]` where `U5` has `level: 5`.
    Passing: raise the qualification's level, or choose units at or below it.

## K303 level-above-parent

rule-K303-summary = A unit's level is above the level of the generalised function it belongs to.
rule-K303-explanation =
    In the Russian shape a labour function belongs to a generalised labour function that has a qualification level; a labour function above it contradicts the standard's own structure.

    Failing:
    ```yaml
    functions:
      - {"{"}id: B, level: 4, title: ...{"}"}
    units:
      - id: B/04.5
        function: B
        level: 5
    ```
    Passing: `level: 4` for the unit, or level 5 for the function.

## K304 incomplete-referencing

rule-K304-summary = A framework is referenced to another, but some of its levels are not.
rule-K304-explanation =
    When a national framework declares `referencing`, every level needs a `referenced_level`, or comparisons through the EQF are impossible for the missing ones.

    Failing:
    ```yaml
    referencing: {"{"}framework: eqf{"}"}
    levels:
      - level: 1
    ```
    Passing:
    ```yaml
      - level: 1
        referenced_level: 1
    ```

## K305 referencing-goes-down

rule-K305-summary = A higher level is referenced to a lower level than the level below it.
rule-K305-explanation =
    Referencing may map several levels to one (RU 8 and 9 to EQF 8) but never downwards: level 5 cannot sit below level 4's EQF level.

    Failing:
    ```yaml
      - {"{"}level: 4, referenced_level: 4{"}"}
      - {"{"}level: 5, referenced_level: 3{"}"}
    ```
    Passing:
    ```yaml
      - {"{"}level: 5, referenced_level: 5{"}"}
    ```

## K401 unsatisfiable-electives

rule-K401-summary = An elective group asks to choose more units than it lists.
rule-K401-explanation =
    `choose: 3` from a list of two units can never be satisfied.

    Failing:
    ```yaml
    electives:
      - {"{"}id: E1, choose: 3, units: [s/U1, s/U2]{"}"}
    ```
    Passing:
    ```yaml
      - {"{"}id: E1, choose: 1, units: [s/U1, s/U2]{"}"}
    ```

## K402 unit-listed-twice

rule-K402-summary = A qualification lists the same unit twice in one list.
rule-K402-explanation =
    A unit listed twice in `core` or in one elective group is a copy-paste slip and inflates counts.

    Failing:
    ```yaml
    core: [s/U1, s/U1]
    ```
    Passing:
    ```yaml
    core: [s/U1, s/U2]
    ```

## K403 core-elective-overlap

rule-K403-summary = A unit is both core and elective in one qualification.
rule-K403-explanation =
    A core unit is always achieved; offering it as an elective lets a candidate count it twice.

    Failing:
    ```yaml
    core: [s/U1]
    electives:
      - {"{"}id: E1, choose: 1, units: [s/U1, s/U2]{"}"}
    ```
    Passing: remove it from the elective group.

## K501 criterion-not-assessed

rule-K501-summary = A performance criterion of a qualification's unit is assessed by no task of its assessment tools.
rule-K501-explanation =
    The assessment mapping matrix: every performance criterion of every unit of a qualification should be covered by at least one task of the assessment tools made for that qualification, or the award certifies what nobody checked.

    Failing: a tool for qualification `q` whose tasks `assesses` only `s/U1.1.1` while `U1` also has `U1.1.2`.
    Passing: add `s/U1.1.2` to a task's `assesses`.

## K502 task-assesses-nothing

rule-K502-summary = A task assesses no criterion, knowledge or skill.
rule-K502-explanation =
    A task with an empty `assesses` list produces evidence for nothing in the standard.

    Failing:
    ```yaml
    tasks:
      - {"{"}id: T1, title: Weld a plate, assesses: []{"}"}
    ```
    Passing:
    ```yaml
      - {"{"}id: T1, title: Weld a plate, assesses: [s/U1.1.1]{"}"}
    ```

## K503 weights-do-not-sum

rule-K503-summary = Marking weights do not add up to the tool's `total_weight`.
rule-K503-explanation =
    When a tool sets `total_weight` (WorldSkills: 100), the weights of its marking criteria must add up to it, or scores cannot be compared.

    Failing: `total_weight: 100` with weights 40 and 50.
    Passing: weights 40 and 60.

## K504 marking-without-scale

rule-K504-summary = A marking criterion has neither a maximum score nor rubric levels.
rule-K504-explanation =
    Assessors need a scale: a `max_score` (measurement) or `rubric` levels (judgement).

    Failing:
    ```yaml
    marking:
      - {"{"}id: M1, description: Weld size, type: measurement{"}"}
    ```
    Passing:
    ```yaml
      - {"{"}id: M1, description: Weld size, type: measurement, max_score: 5{"}"}
    ```

## K505 qualification-without-assessment

rule-K505-summary = An approved qualification has no assessment tool written for it.
rule-K505-explanation =
    An approved qualification is awarded now, so candidates are assessed for it; without an assessment tool written for it (an `AssessmentTool` whose `qualification` names it) nothing says how, and the mapping matrix (K501) has nothing to check, so every criterion goes unassessed without a word. A draft is still being written (its tool often follows its approval), and a superseded or withdrawn qualification is no longer awarded, so only approved qualifications are checked.

    Failing: a qualification with `status: approved` and no tool whose `qualification` is its id.
    Passing: add the tool:
    ```yaml
    kind: AssessmentTool
    qualification: kg-welder-q3
    ```

## K506 knowledge-or-skill-not-assessed

rule-K506-summary = A knowledge item or skill of a qualification's unit is assessed by no task of its tools (off unless configured).
rule-K506-explanation =
    Where a country assesses knowledge and skills directly (an oral question per knowledge item, a practical step per skill), each knowledge item and skill of a qualification's units should be named by a task of the qualification's assessment tools, as K501 asks of performance criteria. Many countries assess them only through the performance criteria, so this rule is off unless `kasb.toml` gives it a severity:

    ```toml
    {"["}rules]
    K506 = "warning"
    ```

    Failing (with the rule on): a tool for qualification `q` whose tasks assess every criterion of unit `U1` and its skill `U1.S1`, but not its knowledge item `U1.K1`.
    Passing: add `s/U1.K1` to a task's `assesses`.

## K601 unknown-isco-code

rule-K601-summary = An ISCO-08 code does not exist.
rule-K601-explanation =
    `isco` takes an ISCO-08 unit group: four digits that exist in the classification.

    Failing:
    ```yaml
    isco: "7219"
    ```
    Passing:
    ```yaml
    isco: "7212"
    ```

## K602 isco-not-unit-group

rule-K602-summary = An ISCO-08 code is a higher-level group, not a unit group.
rule-K602-explanation =
    Occupations are classified to unit groups (four digits). A major, sub-major or minor group, or its zero-padded form (`7210` for minor group `721`), is too broad.

    Failing:
    ```yaml
    isco: "7210"
    ```
    Passing:
    ```yaml
    isco: "7212"
    ```

## K603 invalid-country

rule-K603-summary = A country is not an ISO 3166-1 alpha-2 code.
rule-K603-explanation =
    Countries are two-letter ISO 3166-1 codes in capitals: `KG`, `AM`, `TJ`, `RU`, `AZ`, `KZ`, `UZ`.

    Failing:
    ```yaml
    country: KGZ
    ```
    Passing:
    ```yaml
    country: KG
    ```

## K604 invalid-language-tag

rule-K604-summary = A language tag is not a well-formed BCP 47 tag.
rule-K604-explanation =
    Languages are BCP 47 tags: `en`, `ru`, `ky`, `hy`, `uz-Latn`, `uz-Cyrl`.

    Failing:
    ```yaml
    title: {"{"}english: Welder{"}"}
    ```
    Passing:
    ```yaml
    title: {"{"}en: Welder{"}"}
    ```

## K605 missing-language

rule-K605-summary = A text lacks a language that the configuration requires.
rule-K605-explanation =
    `kasb.toml` can require languages (`[languages] required = ["en", "ru"]`); every title and statement must then be given in each.

    Failing (with `en` required):
    ```yaml
    title: {"{"}ru: Сварщик{"}"}
    ```
    Passing:
    ```yaml
    title: {"{"}en: Welder, ru: Сварщик{"}"}
    ```

## K606 malformed-esco-uri

rule-K606-summary = An ESCO link is not an ESCO concept URI.
rule-K606-explanation =
    ESCO concepts are `http://data.europa.eu/esco/occupation/<uuid>` or `http://data.europa.eu/esco/skill/<uuid>`.

    Failing:
    ```yaml
    esco: [esco.ec.europa.eu/occupation/welder]
    ```
    Passing:
    ```yaml
    esco: [http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b]
    ```

## K607 look-alike-in-code

rule-K607-summary = A code holds a letter of another script that looks like a Latin letter or digit.
rule-K607-explanation =
    Codes (an ISCO-08 code, a country, a code in a national classification such as OKZ or OKSO) are compared character by character, so a Cyrillic or Greek letter that looks like a Latin letter or a digit makes a different code that no reader can tell apart: `72І2` with a Cyrillic `І` is not `7212`, and `КG` with a Cyrillic `К` is not `KG`. It is the most likely typo on a keyboard that switches between Cyrillic and Latin. The message names the letter, its script and its place, and the help gives the code in Latin letters and digits.

    Failing:
    ```yaml
    isco: "72І2"
    ```
    Passing:
    ```yaml
    isco: "7212"
    ```

## K608 country-mismatch

rule-K608-summary = A standard's or qualification's country differs from its framework's, or a qualification's from its standard's.
rule-K608-explanation =
    A national framework belongs to one country: its levels are that country's, set by its law and referenced to the EQF by its own report. A Georgian qualification placed on `kg-nqf` claims a Kyrgyz level it was never given, and comparisons through the EQF then read the wrong referencing. A qualification is awarded in the country of the standards it is derived from, so a different country there is usually a typo too. The country is compared with the `country` of the framework (frameworks without one, such as the EQF, are not compared) and, for a qualification, of each standard in `derived_from`. A standard adopted from another country on purpose can keep its line with `# kasb: ignore[K608]`.

    Failing:
    ```yaml
    country: GE
    framework: kg-nqf      # country: KG
    ```
    Passing:
    ```yaml
    country: GE
    framework: ge-nqf      # country: GE
    ```

## K609 code-against-pattern

rule-K609-summary = A classification code does not follow the classification's code pattern.
rule-K609-explanation =
    A classification may declare the pattern its codes follow (`code_pattern`, a regular
    expression in Rust `regex` syntax matched against the whole code). Every entry's code must
    match it: ISCO codes are one to four digits, so `72A1` or `72120` is a typo that would
    otherwise become a code standards can cite. A pattern that does not compile (bad syntax,
    longer than 1,024 characters, or too large once compiled) is reported at `code_pattern`,
    and no code is checked against it.

    Failing:
    ```yaml
    code_pattern: "[0-9]{"{"}1,4{"}"}"
    entries:
      - code: "72A1"
        title: Welders
    ```
    Passing:
    ```yaml
    code_pattern: "[0-9]{"{"}1,4{"}"}"
    entries:
      - code: "7212"
        title: Welders
    ```

## K701 empty-statement

rule-K701-summary = A title or statement is empty.
rule-K701-explanation =
    An empty statement says nothing to a candidate or an assessor.

    Failing:
    ```yaml
    statement: ""
    ```
    Passing:
    ```yaml
    statement: The weld is free of cracks.
    ```

## K702 duplicate-statement

rule-K702-summary = Two criteria, knowledge items or skills of one unit say the same thing.
rule-K702-explanation =
    Repeated statements (ignoring case and spacing) are usually copy-paste slips.

    Failing: two criteria of `U1` both `The joint is cleaned.`
    Passing: make them distinct, or remove one.

## K703 validity-reversed

rule-K703-summary = A document's validity ends before it starts.
rule-K703-explanation =
    `valid_from` must not be after `valid_to`.

    Failing:
    ```yaml
    approval: {"{"}valid_from: "2025-01-01", valid_to: "2020-01-01"{"}"}
    ```
    Passing:
    ```yaml
    approval: {"{"}valid_from: "2020-01-01", valid_to: "2025-01-01"{"}"}
    ```

## K704 superseded-without-replacement

rule-K704-summary = A document is superseded but names no replacement.
rule-K704-explanation =
    `status: superseded` tells users to move on; `replaced_by` tells them where to.

    Failing:
    ```yaml
    status: superseded
    ```
    Passing:
    ```yaml
    status: superseded
    replaced_by: kg-welder-2025
    ```

## K705 validity-ended

rule-K705-summary = A document's validity ended before the date of the check.
rule-K705-explanation =
    A standard, qualification or framework whose `approval.valid_to` has passed is no longer in force, yet nothing else in the repository says so: it is still listed, compared and awarded against. The check date is today (UTC) unless `kasb.toml` sets `[check] date = "2026-12-01"` (for output that does not change with the calendar). Documents marked `superseded` or `withdrawn` already say they are out of force and are not reported; nor is a validity that ends before it starts (K703).

    Failing (checked on 2026-12-01):
    ```yaml
    status: approved
    approval: {"{"}valid_from: "2020-01-01", valid_to: "2025-12-31"{"}"}
    ```
    Passing: renew it (`valid_to: "2030-12-31"`), or say it is out of force:
    ```yaml
    status: superseded
    replaced_by: kg-welder-2026
    ```
