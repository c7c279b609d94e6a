# Reports: `kasb report assessment`, `kasb report standard`, `kasb report qualification`.
# Every message takes its values as named arguments; a translation keeps the same arguments.

## Shared

report-made-by = Made by kasb report from the YAML sources; ids are those of the files.
report-fallback-note = { $count ->
    [one] One text has no version in this language; it is shown in the language marked next to it ({ $languages }).
   *[other] { $count } texts have no version in this language; each is shown in the language marked next to it ({ $languages }).
}
report-date = { $year }-{ $month }-{ $day }
report-none = none

## Document kinds

report-kind-standard = Occupational standard
report-kind-qualification = Qualification

## Requirements

report-kind-criterion = Performance criterion
report-kind-knowledge = Knowledge
report-kind-skill = Skill
report-inclusion-core = core
report-inclusion-elective = elective

## Assessment methods

report-method-practical_task = practical task
report-method-written_test = written test
report-method-oral = oral questioning
report-method-observation = observation
report-method-portfolio = portfolio

## Statuses

report-status-draft = draft
report-status-approved = approved
report-status-superseded = superseded
report-status-withdrawn = withdrawn

## The assessment mapping matrix

report-assessment-title = Assessment mapping matrix: { $qualification }
report-assessment-intro = Each row is a requirement of a unit of the qualification; each column is a task of an assessment tool. A crossing shows the task's assessment method, its weight and its maximum marks.
report-assessment-summary = Requirements: { $rows } in { $units } units. Tasks: { $tasks } in { $tools } assessment tools.
report-assessment-no-tools = No assessment tool serves this qualification or assesses its requirements.
report-section-gaps = Gaps
report-gap-criteria = Criteria no task covers: { $count }
report-gap-knowledge-skills = Knowledge and skills no task covers: { $count }
report-gap-tasks = Tasks that cover no requirement of this qualification: { $count }
report-gap-none = Every requirement is covered by a task, and every task covers a requirement.
report-not-covered = not covered
report-section-tasks = Tasks
report-section-matrix = Matrix
report-cell = { $method }, weight { $weight }, { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
}
report-column-unit = Unit
report-column-requirement = Requirement
report-column-kind = Kind
report-column-language = Language
report-column-statement = Statement
report-column-inclusion = Inclusion
report-column-tool = Assessment tool
report-column-task = Task
report-column-title = Title
report-column-method = Method
report-column-weight = Weight
report-column-marks = Maximum marks
report-column-covers = Requirements covered
report-column-tasks = Tasks covering it
report-tool-pass-mark = pass mark { $percent } %

## Rules of evidence (in the assessment mapping matrix)

report-section-evidence = Rules of evidence
report-evidence-intro = How each assessment tool as a whole, and each of its instruments where it says more, makes sure that the evidence on which the assessor decides is valid, sufficient, authentic and current.
report-evidence-valid = Valid
report-evidence-sufficient = Sufficient
report-evidence-authentic = Authentic
report-evidence-current = Current
report-evidence-valid-means = the evidence shows the very criteria, knowledge and skills it is said to assess.
report-evidence-sufficient-means = there is enough evidence, in quantity and range, to judge competence.
report-evidence-authentic-means = the evidence is the candidate's own work.
report-evidence-current-means = the evidence shows competence now, not only in the past.
report-column-stated-for = Stated for
report-evidence-whole-tool = the tool as a whole
report-evidence-as-tool = as for the tool as a whole
report-evidence-not-stated = not stated
report-evidence-none = This assessment tool states no rules of evidence.

## A standard or qualification as a document

report-document-title = { $kind }: { $title }
report-section-general = General information
report-section-functions = Generalised work functions
report-section-units = Units of competency
report-section-core = Core units
report-section-electives = Elective units
report-section-approval = Approval
report-field-id = Identifier
report-field-version = Version
report-field-country = Country
report-field-status = Status
report-field-occupation = Occupation
report-field-isco = ISCO-08
report-field-job-titles = Job titles
report-field-purpose = Purpose of the occupational activity
report-field-framework = Qualifications framework
report-field-level = Level
report-field-derived-from = Based on the occupational standards
report-field-awarding-body = Awarding body
report-field-entry-requirements = Entry requirements
report-field-volume = Volume of learning
report-field-developed-by = Developed by
report-field-approved-by = Approved by
report-field-registration-number = Registration number
report-field-order-number = Order number
report-field-approved-on = Approved on
report-field-valid-from = In force from
report-field-valid-to = In force until
report-field-description = Description
report-field-prerequisites = Units to achieve first
report-volume-hours = { $hours } hours
report-level-value = level { $level } ({ $framework })
report-level-eqf = EQF level { $eqf }
report-level-no-eqf = not referenced to the EQF
report-unit-heading = Unit { $id }: { $title }
report-element-heading = Element { $id }: { $title }
report-function-heading = Function { $id }: { $title }
report-elective-group = Group { $id }: { $title }
report-elective-group-untitled = Group { $id }
report-elective-choose = Units to choose: { $choose } of { $total }
report-criteria = Performance criteria
report-knowledge = Knowledge
report-skills = Skills

## Errors (Display of kasb_report::ReportError says the same in English).
report-error-unknown = no { $kind ->
        [qualification] qualification
       *[standard] occupational standard
    } has the id `{ $id }`
report-error-unknown-suggestion = no { $kind ->
        [qualification] qualification
       *[standard] occupational standard
    } has the id `{ $id }`; did you mean `{ $suggestion }`?
report-error-too-large = the matrix has { $cells } crossings, more than the { $limit } a table shows; use --format json
