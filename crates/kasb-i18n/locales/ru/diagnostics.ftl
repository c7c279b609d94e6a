# Диагностические сообщения `kasb check`: сообщения правил, подсказки, сообщения о связанных
# местах и итоговая строка. Терминология: профессиональный стандарт, единица компетенции,
# элемент, критерий выполнения, знания, умения, квалификация, оценочное средство, задание,
# уровень квалификации, НРК, ЕРК, идентификатор, ссылка.

## Итоговая строка

check-summary = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}, { $infos ->
    [one] { $infos } замечание
    [few] { $infos } замечания
   *[many] { $infos } замечаний
} { $files ->
    [one] в { $files } файле
   *[other] в { $files } файлах
}

## Перечни и слова, которыми kasb называет объекты

# Два последних члена перечня вариантов: «единица компетенции или рамка квалификаций».
list-or = { $first } или { $last }
word-framework = рамка квалификаций
word-level = уровень квалификации
word-classification = классификатор
word-classification_entry = код классификатора
word-standard = профессиональный стандарт
word-function = обобщённая трудовая функция
word-unit = единица компетенции
word-element = элемент
word-criterion = критерий выполнения
word-knowledge = знание
word-skill = умение
word-qualification = квалификация
word-elective_group = группа единиц по выбору
word-assessment_tool = оценочное средство
word-instrument = инструмент оценки
word-task = задание
word-marking_criterion = критерий оценивания
word-programme = программа обучения
word-module = модуль
word-crosswalk = таблица соответствия

## K201 duplicate-id

k201-document = идентификатор `{ $id }` уже присвоен другому документу
k201-item = идентификатор `{ $id }` уже присвоен другому объекту этого документа
k201-first = здесь он присвоен впервые
k201-help = присвойте каждому свой идентификатор: ссылки находят объекты по идентификаторам

## K202 unresolved-reference

k202-no-item = в `{ $document }` нет объекта `{ $item }` (ожидается: { $expected })
k202-no-document = ни у одного документа нет идентификатора `{ $document }`, и в `{ $context }` нет объекта `{ $reference }`
k202-nothing = ссылка `{ $reference }` ни на что не указывает; ожидается: { $expected }

## K203 wrong-reference-kind

k203-message = `{ $reference }` — это { $found }, а здесь ожидается: { $expected }
k203-help = сошлитесь здесь на объект нужного вида ({ $expected })

## K301 level-outside-framework

k301-message = в рамке квалификаций `{ $framework }` нет уровня { $level }: её уровни — с { $low } по { $high }
k301-message-no-levels = в рамке квалификаций `{ $framework }` нет уровня { $level }: в ней не задано ни одного уровня
k301-help = укажите уровень, который есть в рамке `{ $framework }`, или добавьте в эту рамку уровень { $level }

## K205 unit-in-no-qualification

k205-message = единица компетенции `{ $unit }` не входит ни в одну квалификацию
k205-help = включите её в `core` квалификации или в группу единиц по выбору

## K401 unsatisfiable-electives

k401-message = в группе по выбору `{ $group }` требуется выбрать { $choose } { $available ->
    [one] из { $available } единицы компетенции
   *[other] из { $available } единиц компетенции
}
k401-help = укажите в `choose` не больше { $available } или добавьте в группу единицы компетенции

## K402 unit-listed-twice

k402-message = единица компетенции `{ $unit }` указана дважды
k402-help = удалите повторную запись

## K403 core-elective-overlap

k403-message = `{ $unit }` — обязательная единица компетенции и одновременно единица по выбору в группе `{ $group }`
k403-help = удалите её из группы по выбору: обязательные единицы осваиваются всегда

## K505 qualification-without-assessment

k505-message = для утверждённой квалификации `{ $qualification }` нет оценочного средства
k505-help = создайте AssessmentTool с `qualification: { $qualification }`, задания которого оценивают её критерии выполнения, или верните квалификации `status: draft`, пока оценочного средства нет

## K502 task-assesses-nothing

k502-message = задание `{ $task }` ничего не оценивает
k502-help = перечислите в `assesses` критерии выполнения, знания или умения, которые оно оценивает

## K503 weights-do-not-sum

k503-message = сумма весов критериев оценивания равна { $total }, а не { $expected }
k503-help = скорректируйте веса так, чтобы их сумма изменилась на { $difference }

## K504 marking-without-scale

k504-message = у критерия оценивания `{ $marking }` нет ни `max_score`, ни `rubric`
k504-help = добавьте `max_score:` для измеряемого результата или уровни `rubric:` для экспертной оценки

## K604 invalid-language-tag

k604-message = `{ $tag }` — не код языка BCP 47
k604-help = укажите код языка, например en, ru, ky, hy, tg, az, kk, uz-Latn

## K606 malformed-esco-uri

k606-message = `{ $uri }` — не URI понятия ESCO
k606-help = укажите http://data.europa.eu/esco/occupation/<uuid> или http://data.europa.eu/esco/skill/<uuid>

## K701 empty-statement

# $field — поле YAML: `title`, `statement` или `description`.
k701-message = поле `{ $field }` у `{ $id }` пустое
k701-help = заполните поле `{ $field }` или удалите этот объект

## K703 validity-reversed

k703-message = дата окончания действия { $valid_to } раньше даты начала { $valid_from }
k703-help = поменяйте даты местами или исправьте ошибочную

## K704 superseded-without-replacement

k704-message = `{ $document }` заменён, но документ, который его заменяет, не указан
k704-help = добавьте `replaced_by:` с идентификатором заменяющего документа

## K705 validity-ended

k705-message = срок действия истёк { $valid_to }, до даты проверки { $today }
k705-help = укажите в `valid_to` дату, до которой действие продлено, или установите `status: superseded` (с `replaced_by`) либо `status: withdrawn`

## K302 unit-above-qualification

# $scale: `own` (уровни по рамке квалификации) или `eqf` (сравнение через ЕРК).
k302-message = единица компетенции `{ $unit }` относится к { $scale ->
    [eqf] уровню ЕРК
   *[own] уровню квалификации
} { $level }, что выше { $scale ->
    [eqf] уровня ЕРК
   *[own] уровня
} самой квалификации ({ $limit })
k302-help = повысьте уровень квалификации или выберите единицу компетенции того же или более низкого уровня

## K303 level-above-parent

k303-message = трудовая функция `{ $unit }` относится к уровню { $level }, что выше уровня { $limit } её обобщённой трудовой функции `{ $function }`
k303-help = понизьте уровень `{ $unit }` до { $limit } или повысьте уровень `{ $function }`

## K603 invalid-country

k603-message = `{ $code }` — не двухбуквенный код страны ISO 3166-1
k603-help = укажите двухбуквенный код ISO 3166-1, например KG, AM, TJ, RU, AZ, KZ или UZ
k603-help-capitals = запишите код заглавными буквами: `{ $code }`

## K605 missing-language

# $field — поле YAML: `title`, `statement` или `description`.
k605-message = поле `{ $field }` у `{ $id }` не заполнено на языке `{ $language }`
k605-help = добавьте в поле `{ $field }` текст на этом языке с ключом `{ $language }:`

## K702 duplicate-statement

k702-message = `{ $id }` повторяет формулировку, уже приведённую в единице компетенции `{ $unit }` (язык: { $language })
k702-help = сделайте формулировки различными или удалите повторную

## K202: подсказка

k202-help = проверьте идентификатор; объекты другого документа указываются как `идентификатор-документа/идентификатор-объекта`
k202-help-reference-off = `{ $document }` входит в справочный набор kasb, который отключён в kasb.toml ([reference] enabled = false): включите его или добавьте документ в репозиторий (`kasb reference export { $document } --out DIR`)
k202-did-you-mean = возможно, имелось в виду `{ $id }`?
# $error — что нашла проверка идентификатора (K111), $position — номер символа, начиная с 1.
k202-did-you-mean-look-alike = возможно, имелось в виду `{ $id }`? ({ $error }, символ { $position })

## K501 criterion-not-assessed

# $tools — оценочные средства квалификации: идентификаторы в обратных кавычках через запятую.
k501-message = ни одно задание оценочных средств { $tools } не оценивает `{ $criterion }` — критерий выполнения квалификации `{ $qualification }`
k501-help = добавьте `{ $criterion }` в список `assesses` одного из заданий
k501-tool = оценочное средство для этой квалификации

## K601 unknown-isco-code

k601-message = `{ $code }` — не код ISCO-08 (МСКЗ-08)
k601-did-you-mean = возможно, имелось в виду «{ $code }»?
k601-help = найдите занятие среди начальных групп ISCO-08 (классификатор `isco-08`, который поставляется с kasb и построен по структуре МОТ)

## Циклы (K204, K206, K207, K208)

# Сокращённый длинный цикл: $first и $last — идентификаторы в обратных кавычках через стрелки,
# $left_out — сколько пропущено между ними.
cycle-shortened = { $first } → … ещё { $left_out } … → { $last }

## K204 prerequisite-cycle

# $cycle — идентификаторы цикла в обратных кавычках через стрелки, с возвратом к первому.
k204-message = предварительные требования образуют цикл: { $cycle } (каждая единица требует следующую)
# $message — k204-message; $tangled — сколько всего единиц компетенции вовлечено в циклы.
k204-tangled = { $message }; всего в циклы с ними вовлечено { $tangled ->
    [one] { $tangled } единица компетенции
    [few] { $tangled } единицы компетенции
   *[many] { $tangled } единиц компетенции
}
k204-help = удалите одно из предварительных требований цикла, чтобы одну из единиц можно было освоить первой

## K206 parent-cycle

k206-message = родительские связи классификатора образуют цикл: { $cycle } (каждый код — дочерний для следующего)
k206-tangled = { $message }; всего в циклы с ними вовлечено { $tangled ->
    [one] { $tangled } код
    [few] { $tangled } кода
   *[many] { $tangled } кодов
}
k206-help = удалите `parent` у самого общего кода цикла или исправьте его

## K207 referencing-cycle

k207-message = соотнесения рамок квалификаций образуют цикл: { $cycle } (каждая рамка соотнесена со следующей)
k207-tangled = { $message }; всего в циклы с ними вовлечено { $tangled ->
    [one] { $tangled } рамка
    [few] { $tangled } рамки
   *[many] { $tangled } рамок
}
k207-help = соотнесите одну из рамок цикла с ЕРК (`referencing: {"{"}framework: eqf{"}"}`)

## K208 replacement-cycle

k208-message = замены документов образуют цикл: { $cycle } (каждый документ заменён следующим)
k208-tangled = { $message }; всего в циклы с ними вовлечено { $tangled ->
    [one] { $tangled } документ
    [few] { $tangled } документа
   *[many] { $tangled } документов
}
k208-help = удалите `replaced_by` у действующего документа

## K110 unknown-suppressed-rule

k110-message = `{ $rule }` — не правило kasb, поэтому этот комментарий ничего не отключает
k110-help = укажите правило по коду или имени; их список выводит `kasb rules`

## K209 look-alike-ids

# $how: `case` (различается только регистр), `script` (только похожие буквы другой
# письменности) или `both`.
k209-message = `{ $id }` отличается от `{ $first }` { $how ->
    [case] только регистром букв
    [script] только похожими буквами другой письменности
   *[both] только регистром и похожими буквами другой письменности
}
k209-related = здесь `{ $id }`
k209-help = читатель их не различит, а ссылка может указать не на тот объект: присвойте этому объекту собственный идентификатор или объедините оба, если это одно и то же

## K210 reference-overridden

# $version — версия справочного набора kasb.
k210-message = `{ $id }` заменяет документ с тем же идентификатором из справочного набора kasb { $version }
k210-related = документ справочного набора
k210-help = используется `{ $id }` из этого репозитория; удалите его, чтобы использовать документ kasb, или укажите `[reference] enabled = false` в kasb.toml, если репозиторий ведёт собственные справочные данные

## K304 incomplete-referencing

k304-message = уровень { $level } рамки `{ $framework }` не соотнесён с рамкой `{ $target }`
k304-help = добавьте `referenced_level:` с наиболее подходящим уровнем рамки `{ $target }`

## K305 referencing-goes-down

# $target — рамка, с которой соотносят; $below — нижележащий уровень, соотнесённый с $below_referenced.
k305-message = уровень { $level } соотнесён с уровнем { $referenced } рамки { $target }, а это ниже уровня { $below_referenced }, с которым соотнесён нижележащий уровень { $below }
k305-help = соотнесите уровень { $level } с уровнем { $below_referenced } рамки { $target } или более высоким

## K506 knowledge-or-skill-not-assessed

# $tools — оценочные средства квалификации: идентификаторы в обратных кавычках через запятую;
# $kind — `knowledge` (знание) или `skill` (умение).
k506-message = ни одно задание оценочных средств { $tools } не оценивает `{ $item }` — { $kind ->
    [skill] умение
   *[knowledge] знание
} квалификации `{ $qualification }`
k506-help = добавьте `{ $item }` в список `assesses` одного из заданий или отключите K506, если { $kind ->
    [skill] умения оцениваются
   *[knowledge] знания оцениваются
} через критерии выполнения

## K602 isco-not-unit-group

k602-shape = `{ $code }` — не начальная группа ISCO-08 (МСКЗ-08): код начальной группы состоит из четырёх цифр
k602-shape-help = укажите четырёхзначный код начальной группы, например "7212"
k602-group = `{ $code }` — группа ISCO-08 (МСКЗ-08) `{ $group }`, а не начальная группа
# $children — некоторые из её начальных групп через запятую.
k602-group-help = выберите одну из входящих в неё начальных групп, например { $children }

## K607 look-alike-in-code

# $problem — что найдено, словами kasb-model по-английски; $position — номер символа, начиная с 1.
k607-message = `{ $code }`: { $problem } (символ { $position } кода)
k607-did-you-mean = возможно, имелось в виду "{ $code }"? Запишите код латинскими буквами и цифрами
k607-help = запишите код латинскими буквами и цифрами

## K608 country-mismatch

# $what — `framework` (рамка) или `standard` (стандарт): вид документа $other.
k608-message = страна `{ $country }` отличается от `{ $other_country }` — страны { $what ->
    [standard] профессионального стандарта
   *[framework] рамки квалификаций
} `{ $other }`
k608-related = страна { $what ->
    [standard] профессионального стандарта
   *[framework] рамки квалификаций
} `{ $other }`
k608-help-framework = отнесите документ к рамке квалификаций его страны или исправьте страну
k608-help-standard = разработайте квалификацию на основе профессионального стандарта её страны или исправьте страну; если зарубежный стандарт заимствован намеренно, эту строку можно оставить, пометив её `# kasb: ignore[K608]`

## K609 code-against-pattern

k609-message = `{ $code }` не соответствует шаблону кодов `{ $pattern }`
k609-help = исправьте код или шаблон `code_pattern` классификатора
# $why — k609-too-long, k609-too-large или k609-invalid-syntax.
k609-invalid-pattern = `code_pattern` — недопустимое регулярное выражение: { $why }
k609-too-long = оно длиннее 1024 символов
k609-too-large = после компиляции оно слишком велико
k609-invalid-syntax = в нём синтаксическая ошибка
k609-invalid-pattern-help = запишите его в синтаксисе регулярных выражений Rust (https://docs.rs/regex), например "[0-9]{"{"}1,4{"}"}"

## Строки `kasb check` вокруг диагностических сообщений

# После последнего показанного сообщения правила в файле: $hidden — сколько ещё (выбирает
# форму множественного числа), $shown — то же число с разбивкой на разряды, $rule — код
# правила, $file — путь.
check-more = … и ещё { $shown } { $hidden ->
    [one] сообщение
    [few] сообщения
   *[many] сообщений
} { $rule } в { $file } (полный список выводит --format json)
# После итоговой строки, если при обходе каталогов были пропущены пути.
check-skipped = ({ $count ->
    [one] пропущен { $count } путь
    [few] пропущено { $count } пути
   *[many] пропущено { $count } путей
}; их список выводит --verbose)
check-skipped-listed = ({ $count ->
    [one] пропущен { $count } путь, он указан выше
    [few] пропущено { $count } пути, они перечислены выше
   *[many] пропущено { $count } путей, они перечислены выше
})
# Строка --verbose для каждого пропущенного пути; $reason — одно из сообщений skip-* ниже.
check-skipped-path = пропущен { $path }: { $reason }
skip-symlink = символическая ссылка (kasb не переходит по найденным ссылкам)
skip-not-regular-file = не обычный файл (FIFO, сокет или устройство)
skip-ignored = исключён файлом игнорирования (.gitignore, .ignore)
skip-excluded-by-config = исключён разделом [files] в kasb.toml
# Индикатор в терминале во время проверки.
check-progress-loading = загрузка файлов
check-progress-loaded = { $files ->
    [one] загружен { $files } файл
    [few] загружено { $files } файла
   *[many] загружено { $files } файлов
}; построение графа
check-progress-graph = граф из { $nodes ->
    [one] { $nodes } узла
   *[other] { $nodes } узлов
}; проверка правил
check-progress-rules = { $findings ->
    [one] { $findings } находка
    [few] { $findings } находки
   *[many] { $findings } находок
}
