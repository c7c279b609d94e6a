# Отчёты: `kasb report assessment`, `kasb report standard`, `kasb report qualification`.
# Терминология: профессиональный стандарт, единица компетенции, элемент, критерий выполнения,
# знания, умения, квалификация, оценочное средство, задание, НРК, ЕРК.

## Общее

report-made-by = Подготовлено с помощью kasb report по исходным файлам YAML; идентификаторы приведены так, как они записаны в файлах.
report-fallback-note = Текстов без перевода на русский язык: { $count }. Такие тексты приведены на языке оригинала, код языка указан рядом с ними ({ $languages }).
report-date = { $day }.{ $month }.{ $year }
report-none = нет

## Виды документов

report-kind-standard = Профессиональный стандарт
report-kind-qualification = Квалификация

## Требования

report-kind-criterion = Критерий выполнения
report-kind-knowledge = Знание
report-kind-skill = Умение
report-inclusion-core = обязательная
report-inclusion-elective = по выбору

## Методы оценивания

report-method-practical_task = практическое задание
report-method-written_test = письменный тест
report-method-oral = устный опрос
report-method-observation = наблюдение
report-method-portfolio = портфолио

## Статус документа

report-status-draft = проект
report-status-approved = утверждён
report-status-superseded = заменён
report-status-withdrawn = утратил силу

## Матрица соответствия оценочных средств

report-assessment-title = Матрица соответствия оценочных средств: { $qualification }
report-assessment-intro = Каждая строка — требование единицы компетенции, входящей в квалификацию; каждый столбец — задание оценочного средства. На пересечении указаны метод оценивания, вес задания и максимальный балл.
report-assessment-summary = Требований: { $rows }; единиц компетенции: { $units }. Заданий: { $tasks }; оценочных средств: { $tools }.
report-assessment-no-tools = Ни одно оценочное средство не относится к этой квалификации и не оценивает её требования.
report-section-gaps = Пробелы в оценивании
report-gap-criteria = Критерии выполнения, не охваченные заданиями: { $count }
report-gap-knowledge-skills = Знания и умения, не охваченные заданиями: { $count }
report-gap-tasks = Задания, не охватывающие ни одного требования квалификации: { $count }
report-gap-none = Каждое требование охвачено заданием, и каждое задание охватывает хотя бы одно требование.
report-not-covered = не охвачено
report-section-tasks = Задания
report-section-matrix = Матрица
report-cell = { $method }, вес { $weight }, { $marks ->
    [one] { $marks } балл
    [few] { $marks } балла
    [many] { $marks } баллов
   *[other] { $marks } балла
}
report-column-unit = Единица компетенции
report-column-requirement = Требование
report-column-kind = Вид
report-column-language = Язык текста
report-column-statement = Формулировка
report-column-inclusion = Тип единицы
report-column-tool = Оценочное средство
report-column-task = Задание
report-column-title = Наименование
report-column-method = Метод оценивания
report-column-weight = Вес
report-column-marks = Максимальный балл
report-column-covers = Охвачено требований
report-column-tasks = Число заданий
report-tool-pass-mark = проходной балл { $percent } %

## Требования к доказательствам (в матрице соответствия оценочных средств)

report-section-evidence = Требования к доказательствам
report-evidence-intro = Как оценочное средство в целом и каждый его инструмент оценки, если для него это указано отдельно, обеспечивают валидность, достаточность, аутентичность и актуальность доказательств, на основании которых эксперт принимает решение.
report-evidence-valid = Валидность
report-evidence-sufficient = Достаточность
report-evidence-authentic = Аутентичность
report-evidence-current = Актуальность
report-evidence-valid-means = доказательства подтверждают именно те критерии выполнения, знания и умения, для оценки которых они предназначены.
report-evidence-sufficient-means = доказательств достаточно по объёму и охвату, чтобы вынести решение о компетентности.
report-evidence-authentic-means = доказательства являются результатом собственной работы кандидата.
report-evidence-current-means = доказательства подтверждают компетентность на момент оценки, а не только в прошлом.
report-column-stated-for = Относится к
report-evidence-whole-tool = оценочному средству в целом
report-evidence-as-tool = как для оценочного средства в целом
report-evidence-not-stated = не указано
report-evidence-none = Требования к доказательствам в этом оценочном средстве не указаны.

## Стандарт или квалификация как документ

report-document-title = { $kind } «{ $title }»
report-section-general = Общие сведения
report-section-functions = Обобщённые трудовые функции
report-section-units = Единицы компетенции
report-section-core = Обязательные единицы компетенции
report-section-electives = Единицы компетенции по выбору
report-section-approval = Сведения об утверждении
report-field-id = Идентификатор
report-field-version = Версия
report-field-country = Страна
report-field-status = Статус документа
report-field-occupation = Профессия
report-field-isco = МСКЗ-08
report-field-job-titles = Возможные наименования должностей, профессий
report-field-purpose = Основная цель вида профессиональной деятельности
report-field-framework = Рамка квалификаций
report-field-level = Уровень квалификации
report-field-derived-from = Разработана на основе профессиональных стандартов
report-field-awarding-body = Присвоение квалификации
report-field-entry-requirements = Требования к поступающим
report-field-volume = Объём обучения
report-field-developed-by = Разработчики
report-field-approved-by = Утверждающий орган
report-field-registration-number = Регистрационный номер
report-field-order-number = Номер приказа
report-field-approved-on = Дата утверждения
report-field-valid-from = Дата вступления в силу
report-field-valid-to = Срок действия до
report-field-description = Описание
report-field-prerequisites = Предварительно осваиваемые единицы компетенции
report-volume-hours = { $hours } ч
report-level-value = { $level } ({ $framework })
report-level-eqf = соответствует уровню { $eqf } ЕРК
report-level-no-eqf = не соотнесён с ЕРК
report-unit-heading = Единица компетенции { $id }. { $title }
report-element-heading = Элемент { $id }. { $title }
report-function-heading = Обобщённая трудовая функция { $id }. { $title }
report-elective-group = Группа { $id }. { $title }
report-elective-group-untitled = Группа { $id }
report-elective-choose = Количество единиц для выбора: { $choose } из { $total }
report-criteria = Критерии выполнения
report-knowledge = Знания
report-skills = Умения

## Ошибки.
report-error-unknown = нет { $kind ->
        [qualification] квалификации
       *[standard] профессионального стандарта
    } с идентификатором `{ $id }`
report-error-unknown-suggestion = нет { $kind ->
        [qualification] квалификации
       *[standard] профессионального стандарта
    } с идентификатором `{ $id }`; возможно, { $kind ->
        [qualification] имелась в виду
       *[standard] имелся в виду
    } `{ $suggestion }`?
report-error-too-large = пересечений в матрице: { $cells }, а таблица показывает не больше { $limit }; используйте --format json
