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
k203-help = сошлитесь на объект вида: { $expected }
