# Diagnostics of the loader (K1xx): what is wrong with a file as YAML or as a kasb document,
# and how to fix it. Ids are `k<code>-<what>`, a help `…-help`. The English rendering is each
# diagnostic's stable `message` (JSON and SARIF), so a change here is a change of that contract.
# Code an author types (`key: value`, `- `, quotes) stays as code, in backquotes.

## K100 unreadable-file

# $error is the operating system's own description of the failure.
k100-open = cannot open the file: { $error }
k100-open-help = check that the file exists, is a regular file and is readable
k100-read = cannot read the file: { $error }
k100-read-help = check that the file is readable
k100-utf16 = the file is UTF-16 text; kasb reads UTF-8
k100-not-utf8 = the file is not valid UTF-8
k100-save-as-utf8 = save the file as UTF-8 (without a byte-order mark)
k100-walk = cannot read this path: { $error }
k100-walk-help = check the permissions, or remove the broken link

## K101 yaml-syntax

k101-unreadable-document = the document cannot be read
k101-unreadable-document-help = check the file's YAML syntax
k101-list-without-key = a list starts here, but no key names it
# $field is the list field the mapping lacks.
k101-list-without-key-help = write its key on the line above, such as `{ $field }:`, and indent the list under it
k101-list-without-key-help-any = write its key (`name:`) on the line above, and indent the list under it
k101-unclosed-bracket = the `{ $bracket }` here is never closed
k101-unclosed-bracket-help = close it with `{ $closing }` at the end of its value; if the bracket is part of the text, put the whole value in double quotes
k101-unclosed-quote = the quote `{ $quote }` that starts this text is never closed
k101-unclosed-quote-help = end the text with `{ $quote }`
k101-unclosed-quote-any-help = end the text with the same quote mark, on this line or a later one
k101-unclosed-quote-on-line = the quote `{ $quote }` that starts this text is never closed on its line
k101-unclosed-quote-on-line-help = end the text with `{ $quote }`; YAML read on to the next `{ $quote }`, on line { $line }
k101-after-quote = there is more text after the closing quote
k101-after-quote-help = put the whole value inside the quotes, or remove what follows them
k101-escape = a `\` in double quotes starts an escape such as `\n`, and this one is not valid
k101-escape-help = use single quotes ('C:\path'), or write `\\` for a backslash
k101-backquote = a value cannot start with a backquote
k101-quote-the-value = put the value in double quotes
# $code is the character's code point, `U+001B`.
k101-control = this value holds the control character { $code }, which a YAML file may not contain
k101-control-help = delete it (it is invisible in most editors), or write it as an escape in double quotes, such as `\u001B`
k101-reserved = a value cannot start with `{ $character }`
k101-anchor = `*` starts a reference to an anchor (`&name`) in YAML, and there is none by this name
k101-anchor-help = if `*` is part of the text, put the value in double quotes
k101-closes-nothing = the `{ $bracket }` here closes no bracket
k101-closes-nothing-help = remove it, or put the value in double quotes if it is part of the text
k101-not-key-value = this line is neither `key: value` nor a list item
k101-not-key-value-help = write it as `key: value`; if it continues the text above, indent it more than that key
k101-comment = a comment (` #`) interrupts text that continues on the next line
k101-comment-help = put the text in double quotes, or move the comment to its own line
k101-indentation = this line's indentation does not match the lines above it
k101-indentation-help = line its first character up with the keys (or `- ` items) it belongs with
k101-dash = a `- ` list item cannot start here
k101-dash-help = start the list on the line after its key (`key:`), each item indented under it
k101-block = a block of text (after `|` or `>`) is not written as YAML expects
k101-block-help = write `|` alone at the end of the key's line, then the text on the lines below, indented
k101-colon = a `:` here would start a new key, but no key can start here
k101-colon-help = quote the text that holds the `:`, or check the indentation of this line
k101-eof = the file ends in the middle of a value
k101-eof-help = complete the last value, or remove it
k101-other = YAML cannot read this line
k101-other-help = check the indentation, quotes and brackets here; quote a value with special characters

## Shared by several rules

# $name is a name kasb knows (a field, a value, a kind), close to what was written.
did-you-mean = did you mean `{ $name }`?
# $names: the names allowed, comma-separated.
use-one-of = use one of: { $names }

## K102 invalid-type

# $expected and $found are phrases below (`a list`, `the text `three``).
k102-field-takes = `{ $field }` takes { $expected }, but here it is { $found }
k102-expected-here = { $expected } is expected here, but this is { $found }
k102-a-date = a date written YYYY-MM-DD
k102-an-id = an id
k102-text = text
# $min and $max are the bounds as written in the schema.
k102-a-whole-number = a whole number from { $min } to { $max }
k102-a-number = a number from { $min } to { $max }
k102-a-boolean = `true` or `false`
k102-a-list = a list
k102-a-mapping = a mapping of `key: value` fields
k102-a-text-per-language = a mapping from language tag to text
k102-nothing = nothing
# $value: the one value allowed, in backquotes.
k102-the-value = { $value }
# $values: the values allowed, in backquotes, comma-separated.
k102-one-of = one of { $values }
k102-found-text = the text `{ $text }`
# $reading: what YAML reads the plain value as (a word-yaml-* below).
k102-found-read-as = `{ $text }`, which YAML reads as { $reading }
word-yaml-text = text
word-yaml-null = null
word-yaml-boolean = a boolean
word-yaml-number = a number
# $key: the field; $item and $fields: an example line (`id: …`).
k102-example-list = write each item on its own line starting with `- `, indented under `{ $key }:`, for example `- { $item }`
k102-example-mapping = write the fields on their own lines indented under `{ $key }:`, one `key: value` per line, for example `{ $fields }`
k102-example-whole-number = write a whole number without quotes, for example `{ $key }: { $number }`
k102-example-number = write a number without quotes, for example `{ $key }: { $number }`
k102-example-values = write { $values }
k102-example-text = write the text after `{ $key }: `, in quotes if it holds `: ` or starts with a sign such as `[` or `-`
k102-empty-field = `{ $field }` is empty, but text is required
k102-empty = this value is empty, but text is required
k102-empty-help = write the text, or remove the field if it is optional
k102-unknown-value = unknown value `{ $written }`
# $shown: the value (k102-nan, k102-infinite or k102-as-written); $range: what the field takes.
k102-out-of-range = { $shown } is not allowed here: the value is { $range }
k102-whole-number-range = a whole number from { $min } to { $max }
k102-finite-number-range = a finite number from { $min } to { $max }
k102-nan = `.nan` (not a number)
k102-infinite = `{ $sign }.inf` (infinite)
k102-as-written = `{ $written }`
k102-out-of-range-help = write a number within the range, without quotes
# $problem: the typed model's own words, in English.
k102-model-refuses = { $problem }
k102-model-refuses-help = check the field's type and allowed values in schemas/
k102-tag-field = the tag `!{ $tag }` asks YAML to read this as another type, but `{ $field }` takes text
k102-tag = the tag `!{ $tag }` asks YAML to read this as another type, but text is expected here
k102-tag-help = remove the tag, and quote the text if YAML would read it as a number or yes/no
k102-key-not-a-name = a key must be a name, not a list or a mapping
k102-key-not-a-name-help = write the key as a plain name followed by `: `

## K103 missing-field

k103-message = missing field `{ $field }`
k103-help = add `{ $field }:` to the mapping that starts here, in line with its other keys

## K104 unknown-field

k104-message = unknown field `{ $field }`
k104-remove-it = remove it
# $names: the fields the mapping has, comma-separated.
k104-fields-here = the fields here are: { $names }

## K105 unquoted-scalar

# $reading: what YAML reads the value as (a word-yaml-* of K102).
k105-message = `{ $value }` must be quoted: YAML reads it as { $reading }, but text is required here
k105-help = quote it: "{ $value }"

## K106 duplicate-key

k106-message = the key `{ $key }` is given twice in this mapping
k106-help = keep one; other YAML tools would silently drop the first value
k106-first = `{ $key }` is first given here

## K107 unknown-kind

k107-unknown = unknown document kind `{ $kind }`
k107-missing = the document has no `kind`
# $names: every document kind, comma-separated.
k107-missing-help = start it with `kind: ` and one of: { $names }
# $found: what the document is (k102-a-list, k107-a-single-value).
k107-not-a-mapping = the document is { $found }, not a mapping of `key: value` lines
k107-a-single-value = a single value
k107-not-a-mapping-help = start it with `kind: ` and one of { $names }, then its other fields, one `key: value` per line

## K108 resource-limit

# $what: the limit met (one of the four below).
k108-message = the file exceeds a limit: { $what }
k108-depth = nesting deeper than { $max } levels
k108-nodes = more than { $max } YAML nodes, aliases expanded
k108-aliases = more than { $max } aliases
k108-text = more than { $max } bytes of text in its values, aliases expanded
# $what: what is counted (a k108-*-what below); $key: its setting in kasb.toml.
k108-raise = kasb allows { $what } per file; simplify or split the file, or raise `{ $key }` under `[limits]` in kasb.toml
k108-depth-what = { $max } levels of nesting
k108-nodes-what = { $max } YAML nodes
k108-aliases-what = { $max } aliases
k108-text-help = kasb allows { $mebibytes } MiB of text in a file's values, aliases expanded (a fixed limit); write long values once instead of repeating them through aliases
k108-too-large = the file is larger than the limit of { $max } bytes
k108-too-large-help = split it into several documents, or raise `max-file-bytes` under `[limits]` in kasb.toml (at most { $ceiling } bytes)
k108-recursive-alias = this alias names a value that contains it, so it would expand forever
k108-recursive-alias-help = write the value out, or point the alias at an anchor outside it
k108-too-many = { $hidden ->
    [one] 1 more problem in this file is not shown
   *[other] { $hidden } more problems in this file are not shown
} (at most { $max } per file)
k108-too-many-help = fix the problems shown first, or raise `max-problems-per-file` under `[limits]` in kasb.toml

## K109 multiple-documents

k109-several = the file holds more than one YAML document
k109-several-help = put each document in a file of its own
k109-empty = the file is empty
k109-empty-help = write one document in it, starting with `kind:`, or delete it

## K111 invalid-id

# $problem: what the id grammar found, in kasb-model's English words; $position: the
# 1-based character it is at.
k111-message = { $problem } (character { $position } of the id)
k111-help = ids use Latin letters and digits joined by single `-`, `_`, `.` (and `/` in item ids), at most 128 characters

## K112 invalid-date

# $reason: why it is no date (k112-format-help, or one of the k112-* reasons below).
k112-message = `{ $written }` is not a valid date: { $reason }
# A reason kasb has no message for yet, in English.
k112-reason = { $reason }
k112-format-help = write the date as YYYY-MM-DD, for example 2026-01-01
# $date: the same date written YYYY-MM-DD.
k112-write = write { $date }
k112-no-year = there is no year { $year } (years run from 0001 to 9999)
k112-no-month = there is no month { $month } (months run from 01 to 12)
# $month: 1 to 12; $days: how many days that month has that year.
k112-no-day = there is no day { $day } in { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year } (it has { $days } days)
k112-spaces = a date has no spaces around it
k112-time-of-day = a date has no time of day
k112-not-joined = the parts of a date are joined by `-`
k112-two-digits = dates are written YYYY-MM-DD, with two-digit months and days joined by `-`
k112-year-first = dates are written year first, YYYY-MM-DD
# $written: the date as written; $day_first and $month_first: its two readings.
k112-day-or-month = the day and month of `{ $written }` cannot be told apart: dates are written year first, YYYY-MM-DD, so write { $day_first } if the day comes first or { $month_first } if the month does

## K113 colon-in-text

k113-message = this text holds `: `, which YAML reads as the start of another key
# $fixed: the line's key and the text, quoted (`statement: "Note: use gloves"`).
k113-help = quote the text: `{ $fixed }`

## K114 tab-indentation

k114-message = this line is indented with a tab; YAML indentation is spaces only
k114-help = replace the tab with spaces, lining the key up with the keys it belongs with

## K115 wrong-indentation

# $first: the first entry of the mapping as written (`id: U1.1`), $line its line.
k115-mapping-of = the mapping of `{ $first }` (line { $line })
k115-off = `{ $key }` is indented so that it belongs to no mapping
# $by: how many spaces; $way: `more` or `less`.
k115-off-help = it seems meant for { $mapping }: indent it { $by ->
    [one] 1 space
   *[other] { $by } spaces
} { $way ->
    [more] more
   *[less] less
}, to column { $column }, in line with its keys
k115-too-little = `{ $key }` is indented as a field of the outer mapping, where it is unknown
k115-too-little-help = it seems meant for { $mapping } above: indent it to column { $column }, in line with its keys
k115-too-much = `{ $key }` is indented as a field of the inner mapping, where it is unknown
k115-too-much-help = it seems meant for { $mapping }, which holds this one: indent it to column { $column }, in line with its keys
k115-top-level = `{ $key }` is indented { $by ->
    [one] 1 space
   *[other] { $by } spaces
}, so the keys below it belong to no mapping
k115-top-level-help = start the document's keys at column 1, without spaces before them
k115-dash-off = this item's `-` is at column { $found }, but the other items of its list (line { $line }) have theirs at column { $column }
# $way: `right` or `left`.
k115-dash-off-help = move the `-` { $by ->
    [one] 1 space
   *[other] { $by } spaces
} { $way ->
    [right] right
   *[left] left
}, to column { $column }
k115-under-value = `{ $key }` is indented more than the key on line { $line }, which already has its value
k115-under-value-help = line `{ $key }` up with that key, at column { $column }; or, if `{ $key }` belongs under it, put nothing after that key's `:`

## K116 missing-dash

k116-message = a new list item seems to start here, without its `- `
# $line: the item's first line as written; $column: where the list's dashes are.
k116-help = start the item with a dash: `- { $line }`, the `-` at column { $column }, under the other items' dashes

## What the id grammar finds (K111; quoted by K202 and K607)

id-empty = the id is empty
id-too-long = the id is { $length } characters long; ids have at most { $max }
id-dot-dot = `..` is not allowed in an id
id-slash-in-document-id = `/` is not allowed in a document id: it separates a document id from an item id
id-starts-with = an id cannot start with `{ $character }`: it starts and ends with a letter or digit
id-ends-with = an id cannot end with `{ $character }`: it starts and ends with a letter or digit
# $pair: two separators that touch, `-.`.
id-doubled = `{ $pair }` is not allowed in an id: `-`, `_`, `.` and `/` each stand alone between letters or digits
id-space = a space is not allowed in an id
# $character: a character-control message.
id-control = the control character { $character } is not allowed in an id
# $item: `yes` for an item id, which may also hold `/`.
id-not-allowed = `{ $character }` is not allowed in an id: ids use Latin letters, digits, `-`, `_`, `.`{ $item ->
    [yes] {" "}and `/`
   *[no] {""}
}
# $character: a character-letter or character-other message.
id-foreign = { $character } is not allowed in an id: ids use Latin letters, digits, `-`, `_`, `.` (and `/` in item ids)
# $meant: the Latin letter or digit imitated; $digit: `yes` when it is a digit.
id-look-alike = { $character } looks like { $digit ->
    [yes] the digit
   *[no] the Latin
} `{ $meant }` but is not
# A finding kasb has no message for yet, in English.
id-other = { $problem }
# $script: the Unicode script's name (a word-<Script> below, or the name as it is).
character-letter = the { $script } letter `{ $character }` ({ $code })
character-other = the character `{ $character }` ({ $code })
# $name: `tab`, `line-feed`, `carriage-return`, `nul`, `escape` or `none`.
character-control = { $code }{ $name ->
    [tab] {" "}(tab)
    [line-feed] {" "}(line feed)
    [carriage-return] {" "}(carriage return)
    [nul] {" "}(NUL)
    [escape] {" "}(escape)
   *[none] {""}
}
word-Cyrillic = Cyrillic
word-Greek = Greek
word-Armenian = Armenian
word-Georgian = Georgian
word-Arabic = Arabic
word-Latin = Latin
