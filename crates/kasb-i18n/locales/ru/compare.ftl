# Отчёты сравнения: `kasb compare` (текст, Markdown, HTML).
# Терминология: профессиональный стандарт, квалификация, оценочное средство, единица компетенции,
# критерий выполнения, таблица соответствия (crosswalk), МСКЗ-08 (ISCO-08), ESCO, ЕРК (EQF), НРК.
# Названия стран — только в именительном падеже: формулировки построены так, чтобы он подходил везде.

## Числа

compare-decimal-mark = ,
compare-percent = { $value } %

## Заголовки разделов и подписи

compare-units = Сопоставленные единицы компетенции
compare-criteria = Сопоставленные критерии выполнения
compare-coverage = Охват
compare-coverage-caption = Доля единиц компетенции и критериев выполнения каждой стороны, для которых на другой стороне найдено соответствие (полное или частичное).
compare-assessed-differently = Различия в оценивании
compare-assessed-differently-text = Сопоставленные единицы компетенции, которые на одной стороне оцениваются практическим заданием, а на другой — только письменными тестами.
compare-legend = Как читать этот отчёт
compare-score = показатель
compare-relation = связь
compare-level = уровень
compare-evidence = основание
compare-assessed-by = методы оценивания
compare-no-shared-language = общего языка нет
compare-none = нет
compare-footer = Подготовлено с помощью kasb compare. Сопоставления — это предложения с указанием оснований; их должен подтвердить эксперт.
compare-document = документ
compare-title = наименование
compare-country = страна
compare-performance-criteria = критерии выполнения
compare-partial = частично
compare-across-units = между разными единицами
compare-not-assessed = не оценивается
compare-shared = общее
compare-languages-compared = языки сравнения
compare-note = примечание
compare-none-sentence = Нет.
compare-practical-only-written = на одной стороне оценивается практическим заданием, на другой — только письменно
compare-pairs = Пары документов
compare-common-core = Общее ядро
compare-unique = Только в одном документе
compare-heatmap-heading = Какая часть каждого стандарта есть в других
compare-heatmap-title = Охват единиц компетенции: доля единиц документа строки, сопоставленных в документе столбца
compare-heatmap-caption = Каждая строка — документ; каждая ячейка — доля его единиц компетенции, для которых найдено соответствие в документе столбца. Чем темнее ячейка, тем больше доля.
compare-unit-coverage = Охват единиц компетенции
compare-unit-coverage-text = Доля единиц компетенции документа строки, сопоставленных в документе столбца.
compare-matrix-coverage-line = охват единиц компетенции (строка в столбце)
compare-matrix-intro = Единица компетенции считается найденной в другом документе, если таблица соответствия, общая ссылка на ESCO или сходная формулировка сопоставляет её с одной из единиц этого документа; основания каждой пары показывает сравнение двух документов.

## Названия

compare-side = { $side ->
    [left] слева
   *[right] справа
}
compare-kind = { $kind ->
    [unit] единица компетенции
   *[criterion] критерий выполнения
}
compare-kinds = { $kind ->
    [unit] единицы компетенции
   *[criterion] критерии выполнения
}
compare-document-kind = { $kind ->
    [standard] профессиональный стандарт
    [qualification] квалификация
    [assessment_tool] оценочное средство
   *[other] { $kind }
}
compare-evidence-kind = { $kind ->
    [crosswalk] таблица соответствия
    [shared_reference] общая ссылка
   *[text] сходство текстов
}
compare-relation-name = { $relation ->
    [exact] полное соответствие
    [broad] справа шире
    [narrow] справа уже
    [major] в основном совпадают
    [minor] совпадают в малой части
    [related] связаны
   *[similar] сходство
}
compare-method = { $method ->
    [practical_task] практическое задание
    [written_test] письменный тест
    [oral] устный опрос
    [observation] наблюдение
    [portfolio] портфолио
   *[other] { $words }
}
compare-country-name = { $code ->
    [AM] Армения
    [AZ] Азербайджан
    [KG] Кыргызстан
    [KZ] Казахстан
    [RU] Россия
    [TJ] Таджикистан
    [UZ] Узбекистан
   *[other] { $name }
}

## Заголовки

compare-headline = { $occupation }: сравнение — { $places }
compare-place = { $name } ({ $id })
compare-isco-group = { $title } (МСКЗ-08 { $code })
compare-isco-code = МСКЗ-08 { $code }
compare-and-more = { $named } и ещё { $more }
compare-list = { $rest } и { $last }
compare-documents-line = Сравниваются { $left } и { $right }

## Показатели

compare-eqf-same = ЕРК { $left } = { $right }
compare-eqf-change = ЕРК { $left } → { $right } ({ $delta })
compare-eqf-not-comparable = ЕРК: уровни несопоставимы
compare-not-comparable = уровни несопоставимы
compare-counts = сопоставлено: { $matched }, частично: { $partial }, без соответствия: { $unmatched }
compare-coverage-figure = { $percent } из { $total } ({ $counts })
compare-coverage-line-of = из
compare-covered = { $kind ->
    [unit] охват единиц компетенции
   *[criterion] охват критериев выполнения
}
compare-methods-in = методы оценивания: { $name }
compare-pair-line = единицы компетенции { $left_units } / { $right_units }, критерии выполнения { $left_criteria } / { $right_criteria }, разница уровней ЕРК { $deltas }, различий в оценивании: { $differences }
compare-common-core-line = общее ядро: { $count ->
    [one] { $count } единица компетенции документа { $first } сопоставлена
    [few] { $count } единицы компетенции документа { $first } сопоставлены
    [many] { $count } единиц компетенции документа { $first } сопоставлены
   *[other] { $count } единицы компетенции документа { $first } сопоставлены
} во всех остальных документах
compare-closest = ближайшая: { $id } { $score }
compare-shared-reference = Общая ссылка: { $detail }.
compare-texts-compared-in = Языки, на которых сравнивались тексты: { $languages }.
compare-untranslated = Текстов без перевода на русский язык: { $count }. Такие тексты приведены на языке оригинала, код языка указан рядом с ними в квадратных скобках ({ $languages }).
compare-bar-label = { $name }: { $kind ->
    [unit] единицы компетенции
   *[criterion] критерии выполнения
}
compare-bars-title = Охват: { $left } и { $right }
compare-heat-cell = Единицы компетенции { $row }, сопоставленные в { $column }: { $percent }
compare-pair = { $left } и { $right }
compare-pair-caption = Сопоставлено пар единиц компетенции: { $units }, пар критериев выполнения: { $criteria }. Разница уровней ЕРК сопоставленных единиц: { $deltas }. Сопоставленных единиц, которые на одной стороне оцениваются практически, а на другой — только письменно: { $differences }.
compare-common-core-intro = Единицы компетенции документа { $first }, для которых есть соответствие во всех остальных документах.
compare-unique-count = { $document }: { $units ->
    [one] { $units } единица компетенции
    [few] { $units } единицы компетенции
    [many] { $units } единиц компетенции
   *[other] { $units } единицы компетенции
}
compare-only-in = { $name }: без соответствия на другой стороне ({ $count ->
    [one] { $count } позиция
    [few] { $count } позиции
    [many] { $count } позиций
   *[other] { $count } позиции
})
compare-unmatched-item = { $kind ->
    [unit] единица компетенции
   *[criterion] критерий выполнения
} { $id } — { $title }

## Основания сопоставления

compare-detail-crosswalk = { $relation } по таблице соответствия { $crosswalk }
compare-detail-crosswalk-note = { $relation } по таблице соответствия { $crosswalk }: { $note }
compare-detail-esco = один и тот же навык ESCO: { $uris }
compare-detail-isco = одна и та же начальная группа МСКЗ-08 { $code }
compare-detail-text = сходство текстов (косинусная мера TF-IDF): { $scores }
compare-detail-score-in = { $score } ({ $language })
compare-detail-no-language = общего языка нет, тексты не сравнивались (слева: { $left }; справа: { $right })

## Почему позиция осталась без соответствия; примечания к документам

compare-note-no-language = нет общего языка с другой стороной (здесь: { $here }; там: { $there })
compare-note-closest-taken = ближайшая по тексту позиция ({ $id }, { $score }) уже сопоставлена с { $holder }
compare-note-closest-other-unit = ближайшая по тексту позиция ({ $id }, { $score }) относится к единице компетенции, не сопоставленной с её собственной, а одного сходства формулировок недостаточно, чтобы перевесить основания, по которым сопоставлены единицы
compare-note-lost-alignment = таблица соответствия связывает её с { $other } ({ $relation }), но та уже сопоставлена с более близкой позицией
compare-note-no-shared-language = У документов нет общего языка ({ $left } / { $right }): тексты не сравнивались; учитываются только таблицы соответствия и общие ссылки.
compare-note-no-eqf = Уровни { $side ->
    [left] левого
   *[right] правого
} документа не соотнесены с ЕРК: уровни несопоставимы.
compare-note-different-isco = Разные начальные группы МСКЗ-08: { $left } и { $right }.

## Пояснения

compare-legend-crosswalk = Таблица соответствия
compare-legend-crosswalk-text = Эксперты сравнили два документа и записали, позицию за позицией, как они соотносятся (отдельный документ — таблица соответствия). Это самое сильное основание. Связь читается от левого документа к правому:
compare-legend-exact = одна и та же компетенция.
compare-legend-broad = правая позиция охватывает всю левую и сверх того.
compare-legend-narrow = правая позиция охватывает только часть левой.
compare-legend-major = позиции совпадают в большей части содержания.
compare-legend-minor = совпадает лишь небольшая часть содержания; показано как частичное соответствие.
compare-legend-related = позиции связаны по смыслу, но степень совпадения не указана; показано как частичное соответствие.
compare-legend-reference = Общая ссылка
compare-legend-reference-text = Обе позиции ссылаются на один и тот же навык ESCO (Европейский классификатор навыков, компетенций, квалификаций и профессий) или оба документа относятся к одной и той же группе МСКЗ-08 (Международной стандартной классификации занятий МОТ). Показатель — доля навыков ESCO, названных обеими сторонами, от 0 до 1.
compare-legend-text = Сходство текстов (косинусная мера TF-IDF)
compare-legend-text-text = Формулировки двух позиций сравниваются отдельно по каждому языку. Каждое слово приводится к основе (служебные слова вроде «и», «в», «для» не учитываются), и слово весит тем больше, чем в меньшем числе позиций оно встречается: слово, которое есть почти везде («сварка» в стандартах для сварщиков), почти ничего не весит. Показатель — от 0 (нет общих слов) до 1 (те же слова в тех же пропорциях). Пары с показателем не ниже { $threshold } считаются сопоставленными, ниже { $partial } — сопоставленными частично. Это предложение для проверки экспертом, а не вывод.
compare-legend-similar = сходство
compare-legend-similar-text = Связь пары, которую не связывает ни одна таблица соответствия: она основана на общей ссылке или на сходстве формулировок.
compare-legend-across = между разными единицами
compare-legend-across-text = Критерии выполнения сначала сопоставляются внутри единиц компетенции, сопоставленных друг с другом. Пара критериев из несопоставленных между собой единиц сохраняется, только если её основание сильнее и основания, по которому сопоставлены их единицы, и любой пары, найденной внутри них.
compare-legend-eqf = ЕРК
compare-legend-eqf-text = Уровни сравниваются через национальные рамки квалификаций (НРК) стран, соотнесённые с Европейской рамкой квалификаций (ЕРК, уровни от 1 до 8); «уровни несопоставимы» — если рамка с ЕРК не соотнесена.

## Ошибки (`kasb compare`, код выхода 2)

compare-error-unknown-id = нет документа с идентификатором `{ $id }`
compare-error-unknown-id-suggestion = нет документа с идентификатором `{ $id }`; возможно, имелся в виду `{ $suggestion }`?
compare-error-unsupported-kind = `{ $id }` — это не документ, который можно сравнить (его вид: { $kind }); сравниваются только профессиональные стандарты, квалификации и оценочные средства
compare-error-too-few = для матрицы нужны хотя бы два документа, { $count ->
    [one] указан { $count }
   *[other] указано { $count }
}
compare-error-isco-too-few = МСКЗ-08 { $code }: найдено стандартов: { $count }, а нужно не меньше двух
compare-error-isco-country = нет стандарта для МСКЗ-08 { $code } в стране { $country }; стандарты есть для стран: { $countries }
