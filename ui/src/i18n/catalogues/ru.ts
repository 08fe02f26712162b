// Русский. Drafted by the development team; to be reviewed by a Russian-speaking official.

import type { Catalogue } from "../types";

const ru: Catalogue = {
  locale: "ru",
  name: "Русский",
  dir: "ltr",
  review: "draft",
  messages: {
    "app.name": "Waypoint",
    "app.loading": "Открытие…",

    "language.label": "Язык",
    "language.hint": "Меняет только язык и расположение элементов приложения на этом устройстве. Записи не переводятся.",

    "setup.title": "Настройка устройства",
    "setup.intro": "Первый запуск: создайте код пункта и первую учётную запись сотрудника. Этот сотрудник становится руководителем устройства.",
    "setup.site_code": "Код пункта",
    "setup.site_code.hint": "2–6 латинских букв или цифр, например LSV",
    "setup.username": "Имя пользователя",
    "setup.username.hint": "2–32 буквы, цифры, точки, дефисы или подчёркивания",
    "setup.display_name": "Отображаемое имя",
    "setup.passphrase": "Парольная фраза",
    "setup.passphrase.hint": "Не менее 10 символов. Восстановить её нельзя: храните её в надёжном месте.",
    "setup.passphrase2": "Повторите парольную фразу",
    "setup.passphrase_mismatch": "Парольные фразы не совпадают. Введите одну и ту же фразу дважды.",
    "setup.submit": "Настроить устройство",

    "unlock.title": "Разблокировка Waypoint",
    "unlock.officer": "Сотрудник",
    "unlock.passphrase": "Парольная фраза",
    "unlock.submit": "Разблокировать",
    "unlock.working": "Проверка…",

    "home.title": "Зарегистрированные лица",
    "home.signed_in": "{name} · пункт {site}",
    "home.lock": "Заблокировать",
    "home.register": "Зарегистрировать лицо",
    "home.empty": "На этом устройстве ещё никто не зарегистрирован.",
    "home.count": "{count, plural, one {# человек} few {# человека} many {# человек} other {# человека}}",
    "home.count_at_least": "{count, plural, one {не меньше # человека} few {не меньше # человек} many {не меньше # человек} other {не меньше # человека}}",
    "home.search": "Поиск по имени или номеру дела",
    "home.search.submit": "Найти",
    "home.search.placeholder": "Имя или номер дела",

    "list.case_number": "Номер дела",
    "list.name": "Имя",
    "list.original_name": "Имя (исходное письмо)",
    "list.nationality": "Гражданство",
    "list.born": "Год рождения",
    "list.status": "Статус",

    "register.title": "Регистрация лица",
    "register.names": "Имя",
    "register.original": "{part} (исходное письмо)",
    "register.latin": "{part} (латиницей)",
    "register.sex": "Пол",
    "register.dob": "Дата рождения",
    "register.dob.precision": "Насколько точна дата рождения?",
    "register.dob.value": "Дата рождения",
    "register.dob.hint.exact": "ГГГГ-ММ-ДД, например 1994-03-21",
    "register.dob.hint.year_month": "ГГГГ-ММ, например 1994-03",
    "register.dob.hint.year": "ГГГГ, например 1994",
    "register.dob.hint.estimated_age": "Возраст в годах, например 30",
    "register.dob.age": "Примерный возраст",
    "register.nationality": "Гражданство",
    "register.nationality.none": "Пока неизвестно",
    "register.languages": "Языки, которыми владеет",
    "register.preferred_language": "Предпочитаемый язык информирования",
    "register.preferred_language.none": "Не указан",
    "register.phone": "Телефон",
    "register.protection": "Ходатайствует о международной защите",
    "register.protection.yes": "Да",
    "register.likely.title": "{count, plural, one {Похожий человек уже зарегистрирован} few {# похожих человека уже зарегистрированы} many {# похожих человек уже зарегистрированы} other {# похожего человека уже зарегистрированы}}",
    "register.likely.match": "тот же человек?",
    "register.likely.probable": "стоит проверить",
    "register.likely.hint": "Откройте запись, чтобы сравнить. Если это новый человек, нажмите «Сохранить» ещё раз.",
    "register.protection.no": "Нет",
    "register.protection.unknown": "Ещё не спрашивали",
    "register.consent": "Согласие на регистрацию",
    "register.consent.given": "Дано",
    "register.consent.refused": "Отказано",
    "register.consent.hint": "Отказ не влечёт для человека никаких неблагоприятных последствий.",
    "register.submit": "Сохранить регистрацию",
    "register.cancel": "Отмена",
    "register.saving": "Сохранение…",
    "register.saved": "Регистрация сохранена: {case}.",
    "register.other_errors": "Проверьте также:",

    "name.given": "Имя",
    "name.father": "Имя отца",
    "name.grandfather": "Имя деда",
    "name.family": "Фамилия",
    "name.other": "Другое имя",

    "dob.exact": "Точная дата",
    "dob.year_month": "Год и месяц",
    "dob.year": "Только год",
    "dob.estimated_age": "Примерный возраст",
    "dob.unknown": "Неизвестна",
    "dob.estimated_on": "около {age, plural, one {# года} few {# лет} many {# лет} other {# года}} на {date}",

    "sex.female": "Женский",
    "sex.male": "Мужской",
    "sex.other": "Другой",
    "sex.unknown": "Неизвестен",

    "status.pre_registered": "Предварительно зарегистрирован",
    "status.registered": "Зарегистрирован",
    "status.referred": "Направлен",
    "status.transferred": "Передан",
    "status.closed": "Закрыт",

    "nationality.XXA": "Лицо без гражданства",
    "nationality.XXX": "Гражданство неизвестно",

    "detail.back": "Назад к списку",
    "detail.title": "Карточка лица",
    "detail.case_number": "Номер дела",
    "detail.names": "Имена",
    "detail.sex": "Пол",
    "detail.dob": "Дата рождения",
    "detail.nationality": "Гражданство",
    "detail.languages": "Языки",
    "detail.preferred_language": "Предпочитаемый язык",
    "detail.phone": "Телефон",
    "detail.protection": "Ходатайствует о защите",
    "detail.consent": "Согласие на регистрацию",
    "detail.status": "Статус",
    "detail.registered_at": "Дата регистрации",
    "detail.history": "История",
    "detail.conflicts": "{count, plural, one {# поле изменено на двух устройствах и требует проверки.} few {# поля изменены на двух устройствах и требуют проверки.} many {# полей изменены на двух устройствах и требуют проверки.} other {# поля изменены на двух устройствах и требуют проверки.}}",
    "detail.none": "—",
    "conflict.keep": "Оставить это",
    "conflict.device": "на устройстве {device}",
    "conflict.supervisor_only": "Какое значение оставить, выбирает руководитель.",
    "erase.title": "Удалить эту запись",
    "erase.explain": "Это может сделать только руководитель. Запись удаляется с этого устройства, с сервера и со всех синхронизируемых устройств. Отменить нельзя.",
    "erase.reason": "Причина",
    "erase.reason.entered_in_error": "Внесена по ошибке",
    "erase.reason.duplicate": "Дубликат другой записи",
    "erase.reason.person_requested": "По просьбе самого человека",
    "erase.reason.ordered": "По распоряжению органа власти",
    "erase.submit": "Удалить навсегда",
    "erase.done": "Запись удалена.",

    "detail.leaflets": "Выданные информационные листовки",

    "detail.leaflets.none": "Информационные листовки ещё не выдавались.",

    "detail.give_leaflet": "Выдать листовку",

    "leaflet.title": "Информационная листовка",

    "leaflet.back": "Назад к записи",

    "leaflet.choose": "Листовка",

    "leaflet.language": "Язык листовки",

    "leaflet.large_text": "Крупный текст",

    "leaflet.status.machine_drafted": "Машинный перевод, ещё не проверен носителем языка",

    "leaflet.status.reviewed": "Перевод проверен носителем языка",

    "leaflet.version": "версия {version}",

    "leaflet.legal_basis": "Правовое основание",

    "leaflet.record.title": "Записать выдачу",

    "leaflet.format": "Как выдана",

    "leaflet.format.screen": "Показана на экране",

    "leaflet.format.print": "Печатный экземпляр",

    "leaflet.format.pdf": "PDF",

    "leaflet.explained_orally": "Разъяснена устно",

    "leaflet.interpreter": "Язык переводчика",

    "leaflet.interpreter.none": "Без переводчика",

    "leaflet.interpreter_used": "через переводчика ({language})",

    "leaflet.ack": "Подтверждение получения",

    "leaflet.ack.none": "Нет",

    "leaflet.ack.verbal": "Подтверждено устно",

    "leaflet.ack.signed": "Подписано",

    "leaflet.ack.declined": "Отказался подтвердить",

    "leaflet.record": "Записать выдачу",

    "leaflet.recorded": "Записано: «{leaflet}», язык: {language}.",


    "due.title": "Невыданные листовки",


    "due.count": "{count, plural, one {# листовка не выдана} few {# листовки не выданы} many {# листовок не выдано} other {# листовки не выдано}}",


    "due.none": "Все зарегистрированные здесь получили обязательные листовки.",


    "due.today": "срок сегодня",


    "due.overdue": "{count, plural, one {просрочено на # день} few {просрочено на # дня} many {просрочено на # дней} other {просрочено на # дня}}",


    "due.more": "{count, plural, one {и ещё #} few {и ещё #} many {и ещё #} other {и ещё #}}",


    "settings.deadlines": "Обязательные листовки",


    "settings.deadlines.hint": "Число дней после регистрации, в течение которых каждый должен получить листовку (0: при регистрации). Оставьте пустым, если она не обязательна.",


    "settings.deadlines.unit": "дн.",


    "settings.deadlines.save": "Сохранить сроки",


    "settings.deadlines.saved": "Сроки сохранены. Все устройства этого пункта получат их при следующей синхронизации.",



    "leaflet.pdf": "Сохранить в PDF",



    "leaflet.pdf.saved": "Сохранено в PDF: {path}",



    "leaflet.missing_contacts": "Контактные данные этого пункта для листовки не заданы ({names}). Их задаёт руководитель в настройках; до тех пор листовку нельзя распечатать.",



    "settings.contacts": "Контакты в листовках",



    "settings.contacts.hint": "Печатаются в листовке с контактами на всех языках. Указывайте телефоны с кодом страны.",



    "settings.contacts.save": "Сохранить контакты",



    "settings.contacts.saved": "Контакты сохранены. Все устройства этого пункта получат их при следующей синхронизации.",




    "home.group": "Предрегистрация семьи",




    "group.title": "Предрегистрация семьи или группы",




    "group.intro": "Несколько полей на человека; каждая запись дополняется позже. Строки без имени пропускаются.",




    "group.cancel": "Отмена",




    "group.arrival": "Прибытие",




    "group.border_point": "Пункт пропуска",




    "group.means": "Способ прибытия",




    "group.means.unknown": "Не указан",




    "group.means.land": "Суша",




    "group.means.sea": "Море",




    "group.means.air": "Воздух",




    "group.means.other": "Другое",




    "group.member": "Человек {n}",




    "group.given": "Имя",




    "group.family": "Фамилия",




    "group.dob": "Возраст или дата рождения",




    "group.dob.hint": "Возраст в годах (напр. 34) или ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД",




    "group.relationship": "Родство",




    "group.add": "Добавить человека",




    "group.submit": "Предрегистрировать всех",




    "group.done": "{count, plural, one {# человек предрегистрирован.} few {# человека предрегистрированы.} many {# человек предрегистрированы.} other {# человека предрегистрированы.}}",




    "relationship.focal_point": "Глава семьи / контактное лицо",




    "relationship.spouse": "Супруг(а)",




    "relationship.child": "Ребёнок",




    "relationship.parent": "Родитель",




    "relationship.sibling": "Брат или сестра",




    "relationship.grandparent": "Дедушка или бабушка",




    "relationship.grandchild": "Внук или внучка",




    "relationship.other_relative": "Другой родственник",




    "relationship.not_related": "Не родственник",





    "filters.title": "{count, plural, =0 {Фильтры} one {Фильтры (# включён)} few {Фильтры (# включено)} many {Фильтры (# включено)} other {Фильтры (# включено)}}",





    "filters.any": "Любой",





    "filters.age_min": "Возраст от",





    "filters.age_max": "Возраст до",





    "filters.clear": "Сбросить фильтры",






    "review.title": "Возможные дубликаты",
    "review.count": "{count, plural, one {# пара на проверку} few {# пары на проверку} many {# пар на проверку} other {# пары на проверку}}",
    "review.none": "Нет возможных дубликатов на проверку.",
    "review.open": "Проверить",
    "review.match": "Скорее всего, один и тот же человек",
    "review.probable": "Возможно, один и тот же человек",
    "review.disputed": "Проверяющие разошлись во мнениях: решите заново",
    "review.same": "Один и тот же человек",
    "review.not_same": "Разные люди",
    "review.elsewhere": "Зарегистрирован в {site}; нет на этом устройстве",
    "review.supervisor_only": "Решать может только руководитель.",
    "review.back": "Назад",
    "review.reasons": "Что совпадает (+) и что нет (−)",
    "reason.document": "Номер документа",
    "reason.relative": "Имя родственника",
    "reason.order": "Имена в другом порядке",
    "detail.linked": "Связанные записи",
    "link.same_person": "Тот же человек",
    "link.not_same_person": "Другой человек",
    "link.in_conflict": "проверяющие не согласны",
    "link.elsewhere": "Запись другого пункта",
    "detail.redirected": "Вы открыли {case}. Это тот же человек, что и в этой записи, сделанной раньше.",
    "history.identity_link_decided": "Решение о дубликате",
    "review.card_title": "На проверку",
    "review.conflicts_title": "Противоречащие изменения",
    "review.conflicts": "{count, plural, one {# запись с противоречащими изменениями} few {# записи с противоречащими изменениями} many {# записей с противоречащими изменениями} other {# записи с противоречащими изменениями}}",
    "export.title": "Журнал выдачи",
    "export.hint": "Все памятки, выданные людям на этом устройстве, в файле CSV: номера дел, без имён.",
    "export.button": "Экспорт в CSV",
    "export.done": "Сохранено:",
    "settings.lock_after": "Блокировать при бездействии",
    "settings.lock_after.seconds": "{count, plural, one {# секунда} few {# секунды} many {# секунд} other {# секунды}}",
    "settings.lock_after.minutes": "{count, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}",
    "unlock.auto_locked": "Устройство заблокировано из-за бездействия. Разблокируйте, чтобы продолжить.",
    "officers.title": "Сотрудники на этом устройстве",
    "officers.officer": "Сотрудник",
    "officers.supervisor": "Руководитель",
    "officers.role": "Роль",
    "officers.add": "Добавить сотрудника",
    "officers.added": "{name} теперь может разблокировать это устройство своей парольной фразой.",
    "arrivals.title": "Прибывшие",
    "arrivals.today": "Сегодня на пункте {site}: {people}",
    "arrivals.chart": "Регистрации по дням, последние {days} дн.",
    "arrivals.bar": "{day}: {people}",
    "arrivals.other": "Другое или неизвестно",
    "arrivals.show_today": "Показать сегодняшних",
    "arrivals.none": "За эти дни на этом пункте никто не зарегистрирован.",
    "filters.registered_from": "Зарегистрирован с",
    "filters.registered_to": "Зарегистрирован по",
    "filters.site": "Пункт",
    "filters.this_site": "Этот пункт ({site})",
    "home.no_match": "Никто не подходит под поиск или фильтры.",
    "handover.text_given": "Выданный текст",
    "handover.text_missing": "Этой версии текста нет на этом устройстве.",
    "detail.needs": "Особые потребности",
    "detail.needs_withheld": "Подробности хранятся только на устройствах руководителей. Добавленная здесь заметка отправляется им.",
    "need.CR": "Ребёнок в группе риска",
    "need.SC": "Несопровождаемый или разлучённый с семьёй ребёнок",
    "need.WR": "Женщина в группе риска",
    "need.ER": "Пожилой человек в группе риска",
    "need.SP": "Одинокий родитель или опекун",
    "need.DS": "Инвалидность",
    "need.SM": "Серьёзное заболевание",
    "need.FU": "Единство семьи",
    "need.LP": "Особые потребности в правовой и физической защите",
    "need.TR": "Пытки",
    "need.SV": "Сексуальное и гендерное насилие",
    "register.unaccompanied": "Ребёнок, путешествующий без родителя или законного опекуна",
    "register.need_note": "Подробности (необязательно)",
    "register.needs.hint": "Отметьте то, что применимо. Подробности отправляются только на устройства руководителей.",
    "edit.title": "Изменение записи",
    "edit.submit": "Сохранить изменения",
    "detail.edit": "Изменить",
    "register.place_of_birth": "Место рождения",
    "register.arrival_at": "Прибытие (дата и время)",
    "register.documents": "Документы, удостоверяющие личность",
    "register.rows.hint": "Заполните пустую строку, чтобы добавить документ; сотрите номер или имя, чтобы удалить.",
    "register.doc.kind": "Вид",
    "register.doc.number": "Номер",
    "register.doc.country": "Страна выдачи",
    "register.doc.expiry": "Действителен до",
    "doc.kind.passport": "Паспорт",
    "doc.kind.national_id": "Удостоверение личности",
    "doc.kind.birth_certificate": "Свидетельство о рождении",
    "doc.kind.residence_permit": "Вид на жительство или виза",
    "doc.kind.refugee_document": "Проездной документ беженца",
    "doc.kind.other": "Другой документ",
    "register.family_in_eu": "Члены семьи в ЕС",
    "register.fam.name": "Имя",
    "register.fam.relationship": "Степень родства",
    "register.fam.country": "Страна",
    "register.fam.contact": "Контакт (телефон или адрес)",
    "register.country.none": "Не указано",
    "history.registered": "Регистрация",
    "history.pre_registered": "Предварительная регистрация",
    "history.field_changed": "Изменение",
    "history.consent_changed": "Изменено согласие",
    "history.status_changed": "Изменён статус",
    "history.conflict_resolved": "Конфликт разрешён",
    "history.group_changed": "Изменена группа",
    "history.leaflet_handed_over": "Выдана памятка",
    "history.other": "Другое изменение",

    "settings.title": "Настройки",
    "settings.site": "Пункт",
    "settings.device": "Код устройства",
    "settings.retention": "Хранить синхронизированные записи на этом устройстве (дней)",
    "settings.retention.hint": "Записи, которые есть на сервере, удаляются с этого устройства после стольких дней без изменений. Ещё не синхронизированные записи хранятся всегда.",
    "settings.retention.save": "Сохранить",
    "settings.retention.saved": "Сохранено.",

    "sync.title": "Синхронизация",
    "sync.server": "Сервер",
    "sync.fingerprint": "Сертификат сервера (в журнале сервера указан тот же)",
    "sync.not_enrolled": "Устройство не зарегистрировано на сервере синхронизации. До регистрации записи хранятся только на нём.",
    "sync.enrol.title": "Регистрация устройства",
    "sync.enrol.server_url": "Адрес сервера",
    "sync.enrol.server_url.hint": "Его сообщает руководитель, например https://sync.example.org",
    "sync.enrol.code": "Одноразовый код регистрации",
    "sync.enrol.code.hint": "Каждый код действует один раз. Если срок действия истёк, запросите новый у руководителя.",
    "sync.enrol.submit": "Зарегистрировать устройство",
    "sync.enrol.working": "Регистрация…",
    "sync.enrol.done": "Устройство зарегистрировано. Синхронизируйте, чтобы отправить его записи.",
    "sync.enrol.invalid_url": "Укажите полный адрес сервера, например https://sync.example.org. Простой http:// допускается только для сервера на этом компьютере (127.0.0.1).",
    "sync.waiting": "{count, plural, =0 {Нет записей, ожидающих синхронизации} one {# запись ожидает синхронизации} few {# записи ожидают синхронизации} many {# записей ожидают синхронизации} other {# записи ожидают синхронизации}}",
    "sync.last": "Последняя синхронизация",
    "sync.last.never": "Никогда",
    "sync.now": "Синхронизировать",
    "sync.cancel": "Остановить синхронизацию",
    "sync.cancelling": "Остановка…",
    "sync.progress": "Ход синхронизации",
    "sync.phase.connecting": "Подключение к серверу…",
    "sync.phase.comparing": "Сверка записей с сервером…",
    "sync.phase.pushing": "Отправка записей…",
    "sync.phase.pulling": "Получение записей…",
    "sync.phase.done": "Завершение…",
    "sync.progress.sent": "Отправлено: {pushed} из {total}",
    "sync.progress.received": "Получено: {pulled}",
    "sync.progress.bytes": "Данные: отправлено {up}, получено {down}",
    "sync.result": "Синхронизация завершена: {pushed, plural, =0 {ничего не отправлено} one {отправлена # запись} few {отправлены # записи} many {отправлено # записей} other {отправлено # записи}}, {pulled, plural, =0 {ничего не получено} one {получена # запись} few {получены # записи} many {получено # записей} other {получено # записи}}.",
    "sync.result.repaired": "При этой синхронизации каждая запись устройства была также сверена с копией на сервере.",
  },
  errors: {
    not_set_up: "Устройство ещё не настроено.",
    already_set_up: "Устройство уже настроено. Разблокируйте его.",
    locked: "Устройство заблокировано. Разблокируйте его, чтобы продолжить.",
    wrong_credentials: "Неверное имя пользователя или парольная фраза. Попробуйте ещё раз.",
    too_many_attempts: "Слишком много неверных парольных фраз. Подождите {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}} и попробуйте снова.",
    validation: "Некоторые поля заполнены неверно. См. сообщения рядом с ними.",
    not_found: "Эта запись не найдена на устройстве.",
    record_damaged: "Эта запись повреждена и отложена. Сообщите руководителю.",
    forbidden: "Ваша роль не позволяет выполнить это действие.",
    username_taken: "Это имя пользователя уже занято. Выберите другое.",
    storage: "Устройству не удалось сохранить или прочитать данные. Попробуйте ещё раз; если ошибка повторится, сообщите руководителю.",
    needs_newer_app: "Эти данные созданы более новой версией Waypoint. Обновите приложение.",
    no_conflict: "Этот конфликт уже разрешён.",
    internal: "Внутренняя ошибка приложения. Попробуйте ещё раз или перезапустите его.",
    not_enrolled: "Устройство ещё не подключено к серверу синхронизации.",
    network: "Сервер синхронизации недоступен. Ваша работа сохранена на устройстве; попробуйте позже.",
    server_refused: "Сервер синхронизации отклонил запрос. Проверьте адрес сервера и код или сообщите руководителю.",
    device_revoked: "Администратор отозвал это устройство. Его данные удалены.",
    enrolment_code_invalid: "Код регистрации неизвестен, уже использован или просрочен. Попросите новый у администратора.",
    site_mismatch: "Этот код регистрации предназначен для другого пункта, не для пункта этого устройства. Попросите код для пункта устройства; этот код по-прежнему действует для своего.",
    cancelled: "Синхронизация остановлена. Отправленное сохранено; остальное будет отправлено при следующей синхронизации.",
  },
  validation: {
    name_required: "Введите имя или фамилию.",
    name_empty: "Введите имя в исходном письме или очистите эту строку.",
    name_too_long: "Имя слишком длинное.",
    latin_form_not_latin: "Для латинской формы используйте латинские буквы (A–Z, в том числе с диакритикой).",
    date_of_birth_invalid: "Укажите дату в виде ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ либо возраст в годах.",
    date_of_birth_in_future: "Дата рождения позже сегодняшней.",
    age_out_of_range: "Возраст должен быть от 0 до 130 лет.",
    country_unknown: "Выберите страну из списка.",
    nationality_unknown: "Выберите гражданство из списка.",
    language_unknown: "Выберите язык из списка.",
    document_number_empty: "Введите номер документа.",
    date_invalid: "Укажите дату в виде ГГГГ-ММ-ДД.",
    phone_invalid: "Номер телефона может содержать только цифры, пробелы и + - ( ) .",
    arrival_time_invalid: "Время прибытия указано неверно или ещё не наступило.",
    specific_need_unknown: "Неизвестная особая потребность.",
    specific_need_duplicate: "Эта особая потребность отмечена дважды.",
    unaccompanied_minor_without_sc: "Для несопровождаемого ребёнка нужна особая потребность «несопровождаемый или разлучённый с семьёй ребёнок».",
    consent_missing: "Укажите, согласен ли человек на регистрацию (дано или отказано).",
    consent_duplicate: "Это согласие записано дважды.",
    text_too_long: "Текст слишком длинный.",
    family_member_name_empty: "Введите имя члена семьи.",
    photo_invalid: "Фотография должна быть небольшим файлом JPEG.",
    group_empty: "Добавьте хотя бы одного члена группы.",
    focal_point_invalid: "Выберите контактное лицо группы.",
    item_id_invalid: "Эта запись повреждена; откройте карточку заново.",
    leaflet_unknown: "Эту памятку нельзя выдать на этом пункте; выберите памятку из списка.",
    leaflet_version_unknown: "Текст этой памятки на этом устройстве изменился; откройте её заново и выдайте показанный текст.",
    leaflet_language_unknown: "Этого языка нет в каталоге памяток; выберите язык из списка.",
    interpreter_language_invalid: "Язык переводчика не является известным кодом языка.",
  },
  languageNames: { kmr: "Курдский (курманджи)", ckb: "Курдский (сорани)" },
};

export default ru;
