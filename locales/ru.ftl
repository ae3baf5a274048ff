# Русский. Сообщения — Telegram HTML: значения приходят уже экранированными; для символов & < > пишите &amp; &lt; &gt;.
# Ключи кнопок, всплывающих ответов и описаний команд (menu-*, button-*, switch-*, cmd-*, language-*,
# games-short, licenses-sport-button, error-*) — только обычный текст.
# Счёт ведётся в лицензиях; квотные места называются, только когда их число отличается.
# Формы множественного числа: one (1, 21), few (2–4, 22), many (5–20, 25), other (дроби).

## Games

games-title = { $season ->
    [winter] { $kind ->
        [paralympic] Зимние Паралимпийские игры «{ $city } { $year }»
       *[olympic] Зимние Олимпийские игры «{ $city } { $year }»
    }
   *[summer] { $kind ->
        [paralympic] Паралимпийские игры «{ $city } { $year }»
       *[olympic] Олимпийские игры «{ $city } { $year }»
    }
}
games-short = { $city } { $year }{ $kind ->
    [paralympic] {" "}(Паралимпиада)
   *[olympic] {""}
}
switch-kind = { $kind ->
    [paralympic] ⇄ Паралимпийские игры
   *[olympic] ⇄ Олимпийские игры
}
# Русские даты кончаются на «г.»: фразы строятся так, чтобы за датой не шла ещё одна точка.
games-over = { $date } завершились { $games }.
next-games = Далее: { $date } откроются { $games }. Подробнее: /countdown
no-games = В календаре пока нет Игр.
games-note = <i>{ $note }</i>

## Time

time-in-zone = { $time } { $zone }
time-pair = { $host } · { $local }
date-time = { $date }, { $times }

## Menu and commands

menu-licenses = 🏅 Лицензии
menu-schedule = 📅 Расписание
menu-countdown = ⏳ Отсчёт
menu-language = 🌐 Язык
menu-medals = 🥇 Медали
menu-subscriptions = 🔔 Подписки

cmd-start = Что умеет бот
cmd-licenses = Лицензии; можно указать вид спорта или спортсмена: /licenses бокс
cmd-medals = Медали сборной на Играх
cmd-schedule = Даты соревнований; можно указать вид спорта или «сегодня»
cmd-countdown = Сколько осталось до следующих Игр
cmd-subscribe = Уведомления: лицензии, медали, отсчёт
cmd-unsubscribe = Отключить уведомления: вид спорта, медали, отсчёт или все
cmd-settings = Подписки и язык этого чата
cmd-language = Выбрать язык
cmd-help = Все команды с примерами

start-text =
    👋 Здравствуйте, { $name }!

    Я слежу за сборной Казахстана на пути к Олимпийским и Паралимпийским играм:
    🏅 завоёванные лицензии (квоты) по каждому виду спорта;
    🥇 медали, завоёванные на Играх (/medals), лицензии и медали каждого спортсмена;
    📅 когда соревнуется каждый вид спорта;
    ⏳ сколько осталось до следующих Игр.

    Нажмите кнопку ниже или просто пришлите название вида спорта или имя спортсмена, например <i>бокс</i> или <i>Оралбай</i>.

help-text =
    <b>Что я умею</b>

    /licenses — лицензии на Игры, отбор на которые идёт сейчас: всего, цель и число по видам спорта
    /licenses бокс — все лицензии в одном виде спорта (по-русски, по-казахски или по-английски; опечатки не страшны)
    /licenses Оралбай — лицензии и медали спортсмена (кириллицей или латиницей)
    /medals — медали сборной на идущих или последних прошедших Играх; /medals паралимпийские — на Паралимпийских играх
    /schedule — даты соревнований на идущих или ближайших Играх
    /schedule дзюдо — когда соревнуется один вид спорта
    /schedule сегодня — что проходит сегодня, пока идут Игры
    /qualifiers — отборочные турниры, где разыгрываются лицензии: предстоящие и прошедшие с итогами; /qualifiers бокс — по одному виду спорта
    /countdown — сколько осталось до следующих Олимпийских и Паралимпийских игр
    /subscribe — уведомления о новых лицензиях и результатах, обратный отсчёт: настройки со списком видов спорта
    /subscribe бокс — уведомления по одному виду спорта; /subscribe все — по всем
    /subscribe медали — уведомления о медалях; /subscribe результаты — обо всех результатах, и о местах тоже
    /subscribe отсчёт — напоминания обратного отсчёта (можно добавить: ключевые даты, еженедельно или ежедневно)
    /unsubscribe бокс, /unsubscribe медали, /unsubscribe отсчёт, /unsubscribe все — отключить их
    /settings — подписки и язык этого чата
    /language — English, Русский или Қазақша
    /help — это сообщение
    После команды можно назвать любые Игры: /medals париж, /medals 2026, /schedule лос-анджелес

    Можно просто прислать название вида спорта или имя спортсмена, например <i>бокс</i>, <i>борьба</i> или <i>Оралбай</i>.
    В группе пишите мне так: /licenses@{ $bot } — или отвечайте на мои сообщения.

hint = Пришлите название вида спорта или имя спортсмена (например, <i>бокс</i> или <i>Оралбай</i>) или воспользуйтесь командами /licenses, /medals, /schedule, /countdown. Все команды: /help
unknown-command = Такой команды я не знаю. Все команды: /help

## Buttons

pager-indicator = Это номер страницы. Листайте кнопками ◀️ и ▶️.
button-stale = Эта кнопка устарела. Отправьте /start, чтобы получить новые.
button-refresh = 🔄 Обновить
button-all-sports = ⬅️ Все виды спорта
button-full-schedule = 📅 Всё расписание
button-today-schedule = 📅 Расписание на сегодня
button-sport-schedule = 📅 { $sport }: расписание
button-sport-licenses = 🏅 { $sport }: лицензии
button-licenses = 🏅 Лицензии
button-medals = 🥇 Медали
button-games-medals = 🥇 { $games }: медали
button-athlete-sport = 🏅 { $sport } · { $games }

## Licenses

licenses-header = 🏅 <b>{ $games }</b>
    Лицензии сборной Казахстана
licenses-none-yet = В списке пока нет ни одной лицензии на эти Игры.
licenses-none = В списке нет ни одной лицензии на эти Игры.
# Русские даты кончаются на «г.», поэтому после даты точка не ставится.
licenses-over = { $games } завершились: закрытие — { $date }
licenses-listed = В списке: <b>{ $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }</b> в { $sports ->
        [one] { $sports } виде спорта
       *[other] { $sports } видах спорта
    }.
licenses-listed-places = В списке: <b>{ $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }</b> ({ $places ->
        [one] { $places } квотное место
        [few] { $places } квотных места
        [many] { $places } квотных мест
       *[other] { $places } квотного места
    }) в { $sports ->
        [one] { $sports } виде спорта
       *[other] { $sports } видах спорта
    }.
# $sports = 0, когда в отчёте число видов спорта не указано.
licenses-reported = Официально на { $date }: <b>{ $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }</b>{ $sports ->
        [0] {""}
        [one] {" "}в { $sports } виде спорта
       *[other] {" "}в { $sports } видах спорта
    } ({ $source }).
licenses-reported-incomplete = Здесь перечислены ещё не все.
licenses-reported-exceeded = Здесь их перечислено больше, чем указано в этом отчёте.
licenses-reported-incomplete-over = Здесь перечислены не все.
# Официальные данные по датам, от ранних к поздним; $sports = 0, если число видов спорта не сообщалось.
licenses-reported-history = Официально сообщалось:
licenses-reported-entry = • { $date }: <b>{ $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }</b>{ $sports ->
        [0] {""}
        [one] {" "}в { $sports } виде спорта
       *[other] {" "}в { $sports } видах спорта
    } ({ $source })
licenses-reported-note = ↳ <i>{ $note }</i>
# $count — сколько лицензий завоёвано на дату $date.
licenses-target = Цель: <b>{ $target ->
        [one] { $target } лицензия
        [few] { $target } лицензии
        [many] { $target } лицензий
       *[other] { $target } лицензии
    }</b> — { $count } на { $date }
# «более» + родительный падеж: более 1 (21) лицензии, более 2 (5, 90) лицензий.
licenses-target-above = Цель: <b>более { $target ->
        [one] { $target } лицензии
       *[other] { $target } лицензий
    }</b> — { $count } на { $date }
licenses-sport-line = • { $sport } — { $licenses }
licenses-sport-line-places = • { $sport } — { $licenses } ({ $places ->
        [one] { $places } квотное место
        [few] { $places } квотных места
        [many] { $places } квотных мест
       *[other] { $places } квотного места
    })
licenses-tap-sport = Нажмите на вид спорта, чтобы увидеть, кто завоевал лицензии.
licenses-sport-button = { $sport } · { $licenses }

licenses-sport-header = 🏅 <b>{ $sport }</b> — { $games }
licenses-sport-count = { $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }
licenses-sport-count-places = { $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    } ({ $places ->
        [one] { $places } квотное место
        [few] { $places } квотных места
        [many] { $places } квотных мест
       *[other] { $places } квотного места
    })
licenses-sport-none = По виду спорта <b>{ $sport }</b> лицензий на { $games } в списке пока нет.
licenses-sport-none-over = По виду спорта <b>{ $sport }</b> лицензий на { $games } в списке нет.
license-unnamed = Спортсмен не назван
license-who = { $n }. <b>{ $who }</b>
license-discipline = Дисциплина: { $sport }
license-team = Команда: { $team }
license-event = Вид программы: { $event }
license-places = { $places ->
        [one] { $places } квотное место
        [few] { $places } квотных места
       *[many] { $places } квотных мест
    }
license-won-on = Завоёвана: { $date }
license-how = Как: { $how }
license-note = <i>{ $note }</i>
license-source = Источник: { $source }

## Results and medals

results-line = Итог: <b>золото — { $gold }, серебро — { $silver }, бронза — { $bronze }</b>.
results-line-rank = Итог: <b>золото — { $gold }, серебро — { $silver }, бронза — { $bronze }</b>; { $rank }-е место в медальном зачёте.
results-line-now = Пока: <b>золото — { $gold }, серебро — { $silver }, бронза — { $bronze }</b>.
results-line-rank-now = Пока: <b>золото — { $gold }, серебро — { $silver }, бронза — { $bronze }</b>; сейчас { $rank }-е место в медальном зачёте (оно ещё может измениться).
results-none = Результаты сборной на этих Играх здесь пока не внесены.
results-none-over = Результаты сборной на этих Играх здесь не внесены.

medals-header = 🥇 <b>{ $games }</b>
    Медали сборной Казахстана
medals-not-started = Эти Игры ещё не начались.
medals-none-yet = Медалей на этих Играх здесь пока нет.
medals-none-over = Медалей сборной на этих Играх здесь нет.
medal-line = { $icon } <b>{ $who }</b> — { $sport }, { $event }
medal-line-date = { $icon } <b>{ $who }</b> — { $sport }, { $event } ({ $date })
medal-team = ↳ Команда: { $team }
medal-note = ↳ <i>{ $note }</i>
medal-source = ↳ Источник: { $source }
medals-placings = <b>Другие результаты</b>
placing-line = 🔹 { $placing }: <b>{ $who }</b> — { $sport }, { $event }
placing-line-date = 🔹 { $placing }: <b>{ $who }</b> — { $sport }, { $event } ({ $date })

## Athletes

athlete-name = 👤 <b>{ $name }</b>
athlete-name-forms = 👤 <b>{ $name }</b> ({ $forms })
athlete-licenses = 🏅 Лицензии:
athlete-license = • { $games } — { $sport }
athlete-license-event = • { $games } — { $sport }, { $event }
athlete-results = 🏆 Результаты:
athlete-medal = { $icon } { $games } — { $sport }, { $event }
athlete-medal-date = { $icon } { $games } — { $sport }, { $event } ({ $date })
athlete-placing = 🔹 { $games } — { $sport }, { $event }: { $placing }
athlete-placing-date = 🔹 { $games } — { $sport }, { $event }: { $placing } ({ $date })
athlete-nothing = Лицензий и результатов этого спортсмена здесь пока нет.
athlete-several = По запросу «{ $query }» { $count ->
        [one] найден { $count } спортсмен
        [few] найдены { $count } спортсмена
        [many] найдено { $count } спортсменов
       *[other] найдено { $count } спортсмена
    }:

## Finding a sport

sport-unknown = Я не знаю вида спорта «{ $query }». Отправьте { $command } без названия, чтобы увидеть весь список.
sport-or-athlete-unknown = Я не знаю ни вида спорта, ни спортсмена «{ $query }». Отправьте { $command } без названия, чтобы увидеть все виды спорта.
sport-ambiguous = «{ $query }» подходит к нескольким видам спорта. Какой именно?
sport-did-you-mean = Не нашёл «{ $query }». Возможно, вы имели в виду:
# Обычное сообщение: не вид спорта, не спортсмен и не вопрос, который бот понимает.
lookup-not-found = Не нашёл ни вида спорта, ни спортсмена «{ $query }».
lookup-try = Можно написать, например: <i>бокс</i>, <i>фигурное катание</i>, <i>Оралбай</i>, <i>когда олимпиада?</i>, <i>медали</i> — или выбрать в меню ниже. Все команды: /help

## Schedule

# The word after /schedule that asks for today's events (matched case-insensitively).
schedule-today-word = сегодня
schedule-header = 📅 <b>{ $games }</b> — расписание соревнований
schedule-sport-header = 📅 <b>{ $sport }</b> — { $games }
schedule-before = Открытие Игр — { $date }
schedule-during = Игры идут: день { $day } из { $of }.
schedule-opening = Церемония открытия: { $when }
schedule-dates-in = Даты указаны { $zone }.
schedule-line = • { $sport } — { $dates }
schedule-starts = ↳ первый старт: { $times }
schedule-note = ↳ <i>{ $note }</i>
schedule-none = Расписание соревнований этих Игр пока неизвестно.
schedule-sport-none = Даты соревнований по виду спорта <b>{ $sport }</b> на { $games } пока неизвестны.
schedule-sport-none-over = Даты соревнований по виду спорта <b>{ $sport }</b> на { $games } здесь не внесены.
schedule-none-over = Даты соревнований этих Игр здесь не внесены.

today-header = 📅 <b>{ $games }</b> — сегодня { $date } по местному времени ({ $city }), день { $day } из { $of }
today-nothing = Сегодня соревнований из нашего списка нет.
today-no-games = Сегодня Игры не проходят.

## Countdown

countdown-header = ⏳ <b>Обратный отсчёт</b>
countdown-before = <b>{ $games }</b>: до открытия { $left }.
countdown-days = <b>{ $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }</b>
countdown-clock = <b>{ $hours ->
        [one] { $hours } час
        [few] { $hours } часа
       *[many] { $hours } часов
    } { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
       *[many] { $minutes } минут
    }</b>
countdown-opening-exact = Церемония открытия: { $when }
countdown-opening-date = Открытие { $date } (время церемонии ещё не объявлено; отсчёт идёт до начала этого дня { $zone }).
countdown-during = <b>{ $games }</b>: день { $day } из { $of }.
countdown-none = В календаре пока нет предстоящих Игр.
countdown-licenses = Завоёвано лицензий: <b>{ $places }</b>.
countdown-licenses-none = Лицензий на эти Игры в списке пока нет.
summary-header = 🏟 <b>Сегодня на Играх</b>
summary-day = <b>{ $games }</b>: день { $day } из { $of }, { $date } по местному времени ({ $city }).
summary-results-header = <b>Результаты дня</b>
summary-results-none = Сегодня результатов у команды пока нет.
summary-on-header = <b>Сегодня в программе</b>
summary-on-starts = • { $sport } — первый старт: { $times }
summary-on-list = { $sports }.
summary-on-list-more = { $sports } и ещё { $count }.
summary-results-more = …и ещё { $count } — на экране медалей.

## Subscriptions

# Слова после /subscribe и /unsubscribe (регистр, пробелы и знаки препинания не важны; английские тоже работают).
sub-word-all = все
sub-word-countdown = отсчёт
sub-word-milestones = ключевые даты
sub-word-weekly = еженедельно
sub-word-daily = ежедневно
# «|» разделяет другие формы того же слова.
sub-word-medals = медали|медаль
sub-word-results = результаты|результат

sub-header = 🔔 <b>Подписки этого чата</b>
sub-games = { $games ->
    [olympic] только Олимпийские игры
    [paralympic] только Паралимпийские игры
    [none] Игры не выбраны
   *[both] Олимпийские и Паралимпийские игры
}
sub-alerts-all = 🏅 Новые лицензии: все виды спорта ({ $games }).
sub-alerts-chosen = 🏅 Новые лицензии: { $sports } ({ $games }).
sub-alerts-off = 🏅 Новые лицензии: уведомления выключены.
sub-alerts-none-chosen = 🏅 Новые лицензии: виды спорта не выбраны.
sub-qualifiers = 🎯 Отборочные турниры: напоминание накануне и итоги, по тем же видам спорта.
sub-results-all = 🥇 Результаты: { $results ->
    [medals] медали
   *[all] все результаты
}, все виды спорта ({ $games }).
sub-results-chosen = 🥇 Результаты: { $results ->
    [medals] медали
   *[all] все результаты
} — { $sports } ({ $games }).
sub-results-off = 🥇 Результаты: без уведомлений.
sub-results-none-chosen = 🥇 Результаты: { $results ->
    [medals] медали
   *[all] все результаты
}, но виды спорта не выбраны, поэтому уведомлений не будет.
sub-countdown = ⏳ Обратный отсчёт: { $cadence ->
    [milestones] за { $days } дн. до открытия и в день открытия
    [weekly] раз в неделю
    [daily] каждый день
   *[off] выключен
}.
sub-language = 🌐 Язык: { $language }.
sub-language-auto = 🌐 Язык: как в Telegram (сейчас { $language }).
sub-menu-footer = Нажмите кнопку, чтобы изменить настройку; «🏅 Выбранные» — список видов спорта. Быстрые команды: /subscribe бокс, /subscribe медали
sub-admins-only = В группе эти настройки могут менять только её администраторы.
sub-reply-footer = Все настройки: /settings

sub-note-sport-added = ✅ Уведомления включены: <b>{ $sport }</b>.
sub-note-sport-in-all = ✅ Этот чат уже получает уведомления по всем видам спорта — <b>{ $sport }</b> в их числе.
sub-note-all = ✅ Уведомления включены по всем видам спорта.
sub-note-countdown = ✅ Напоминания обратного отсчёта включены.
unsub-note-sport = ✅ Уведомлений по виду спорта <b>{ $sport }</b> больше не будет.
unsub-note-sport-not-chosen = Вида спорта <b>{ $sport }</b> нет среди выбранных в этом чате: ничего не изменилось.
unsub-note-sport-in-all = Этот чат получает уведомления по всем видам спорта, поэтому <b>{ $sport }</b> по-прежнему в их числе. Чтобы получать только некоторые, отправьте /unsubscribe все, а затем /subscribe с каждым нужным видом спорта.
unsub-note-countdown = ✅ Напоминания обратного отсчёта выключены.
unsub-note-all = ✅ Все уведомления и напоминания обратного отсчёта выключены.
sub-note-results = ✅ { $results ->
    [medals] Уведомления о медалях включены.
   *[all] Уведомления обо всех результатах включены: медали и места.
}
sub-note-results-in-all = ✅ Этот чат уже получает все результаты, медали в их числе.
unsub-note-results = ✅ Уведомлений о результатах больше не будет.
sub-cadence-unknown = Такого варианта отсчёта я не знаю: «{ $query }». Выберите один: /subscribe отсчёт ключевые даты, /subscribe отсчёт еженедельно или /subscribe отсчёт ежедневно.
sub-sport-unknown = Я не знаю вида спорта «{ $query }». Проверьте написание, например: { $command } бокс.

button-sub-alerts-all = 🏅 Все виды
button-sub-alerts-chosen = 🏅 Выбранные ({ $count })
button-sub-alerts-off = 🏅 Выкл.
button-sub-olympic = Олимпийские
button-sub-paralympic = Паралимпийские
button-sub-results-medals = 🥇 Медали
button-sub-results-all = 🥇 Все результаты
button-sub-results-off = 🥇 Выкл.
button-sub-countdown-milestones = ⏳ Ключевые даты
button-sub-countdown-weekly = ⏳ Еженедельно
button-sub-countdown-daily = ⏳ Ежедневно
button-sub-countdown-off = ⏳ Выкл.
button-sub-language = 🌐 Язык: { $language }
button-back = ⬅️ Назад
button-sub-outdated = Настройки изменились после того, как было отправлено это меню. Вот как они выглядят сейчас.
button-sub-keep-one = Олимпийские или Паралимпийские игры — хотя бы что-то одно должно остаться включённым. Чтобы отключить уведомления, нажмите «🏅 Выкл.».

# Список видов спорта в настройках (за один заход можно отметить несколько)
sub-sports-header = 🏅 <b>Виды спорта для уведомлений</b>
sub-sports-help = Отметьте виды спорта, за которыми следит этот чат: по ним будут приходить уведомления о новых лицензиях и результатах. ☀️ — летние Игры, ❄️ — зимние. Когда закончите, нажмите «✅ Готово».
sub-sports-narrows = Сейчас уведомления не ограничены выбранными видами спорта: если отметить вид спорта, они будут приходить только по отмеченным.
sub-sports-ticked = Отмечено: { $sports }.
sub-sports-none = Пока ничего не отмечено.
button-sub-group = { $group ->
    [olympic-summer] ☀️ Олимпийские
    [olympic-winter] ❄️ Олимпийские
    [paralympic-summer] ☀️ Паралимпийские
   *[paralympic-winter] ❄️ Паралимпийские
}
button-sub-done = ✅ Готово

## Language

language-name-en = English
language-name-ru = Русский
language-name-kk = Қазақша
language-auto = 🔄 Язык Telegram
language-choose = Сейчас язык: { $language }. Выберите язык для этого чата:
language-set = Готово: язык этого чата — { $language }.

## Errors (plain text: also shown as pop-up alerts)

error-db-unavailable = Извините, я временно недоступен. Попробуйте через минуту.
error-generic = Извините, у меня что-то пошло не так. Попробуйте ещё раз.
error-not-admin = Менять настройки этой группы могут только её администраторы.
error-admin-unknown = Не удалось проверить, администратор ли вы в этой группе, поэтому ничего не изменилось. Попробуйте позже.

## Рассылки подписчикам
alert-license-header = 🎉 <b>Новая лицензия!</b> { $sport } — { $games }
alert-license-total = Сейчас в списке: <b>{ $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }</b>.
alert-license-total-places = Сейчас в списке: <b>{ $licenses ->
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }</b> ({ $places ->
        [one] { $places } квотное место
        [few] { $places } квотных места
        [many] { $places } квотных мест
       *[other] { $places } квотного места
    }).
alert-license-sport = 🏅 { $sport }: все лицензии
alert-license-all = 🏅 Все лицензии

alert-result-medal = { $icon } <b>{ $medal }!</b> { $who } — { $sport }, { $event }
alert-result-placing = 🔹 <b>{ $placing }</b>: { $who } — { $sport }, { $event }
alert-result-games = { $games }
alert-result-games-date = { $games } · { $date }
alert-result-correction = ✏️ <b>Исправление</b> результата, который мы вам присылали:
alert-result-withdrawn = ✏️ <b>Исправление:</b> результат, который мы вам присылали ({ $sport }, { $games }), отозван.

# Кнопка под каждым уведомлением: отключить то, о чём оно, в этом чате, и включить снова (отмена)
alert-stop = 🔕 { $what ->
    [sport] Отключить: { $sport }
    [medals] Отключить уведомления о медалях
    [results] Отключить уведомления о результатах
    [licenses] Отключить уведомления о лицензиях
   *[countdown] Отключить обратный отсчёт
}
alert-resume = 🔔 { $what ->
    [sport] Снова включить: { $sport }
    [medals] Снова присылать медали
    [results] Снова присылать результаты
    [licenses] Снова присылать лицензии
   *[countdown] Снова включить отсчёт
}
alert-settings = ⚙️ Настройки
alert-stopped = 🔕 { $what ->
    [sport] Уведомления по виду спорта { $sport } в этом чате отключены: ни о новых лицензиях, ни о результатах.
    [medals] Уведомления о медалях в этом чате отключены.
    [results] Уведомления о результатах в этом чате отключены.
    [licenses] Уведомления о новых лицензиях в этом чате отключены.
   *[countdown] Напоминания обратного отсчёта в этом чате отключены.
} Кнопка ниже включит их снова.
alert-resumed = 🔔 { $what ->
    [sport] Уведомления по виду спорта { $sport } снова включены.
    [medals] Уведомления о медалях снова включены.
    [results] Уведомления о результатах снова включены.
    [licenses] Уведомления о новых лицензиях снова включены.
   *[countdown] Напоминания обратного отсчёта снова включены.
}
alert-already-off = Ничего не изменилось: эти уведомления уже отключены.
alert-already-on = Ничего не изменилось: эти уведомления уже включены.
alert-changed = Настройки этого чата изменились после этого уведомления: теперь кнопка показывает то, что действует сейчас.
alert-parent = Этот чат следит за видом спорта { $sport } целиком: теперь кнопка отключит его полностью. Чтобы оставить отдельные дисциплины, выберите их в ⚙️ настройках.

## Рассылки (для сотрудников)
broadcasts-none = Рассылок пока нет.
broadcasts-header = 📣 <b>Последние рассылки</b>
    Даты и время — { $zone }.
broadcasts-countdown = ⏳ Обратный отсчёт ({ $cadence ->
        [milestones] ключевые даты
        [weekly] еженедельно
        [daily] ежедневно
       *[other] другое
    }): { $games }
broadcasts-license = 🏅 Новая лицензия #{ $license }: { $sport }, { $who } · { $games }
broadcasts-license-gone = 🏅 Новая лицензия #{ $license } (позже удалена)
broadcasts-result = { $correction ->
        [yes] ✏️ Исправление результата
       *[no] 🥇 Результат
    } #{ $result }: { $sport }, { $who } · { $games }
broadcasts-result-gone = { $correction ->
        [yes] ✏️ Исправление результата
       *[no] 🥇 Результат
    } #{ $result } (позже удалён)
broadcasts-item = <b>#{ $id }</b> { $what } — { $status ->
        [sending] отправляется
        [done] завершена
       *[cancelled] отменена
    }, { $when }
broadcasts-counts = отправлено { $sent } · в очереди { $pending } · заблокировали { $blocked } · ошибки { $failed }
broadcasts-eta = осталось примерно { $minutes } мин
broadcasts-cancel = ✖️ Отменить #{ $id }
broadcasts-cancelled = Рассылка #{ $id } отменена: неотправленное не уйдёт.
broadcasts-not-sending = Рассылка #{ $id } уже не отправляется.

## Staff

cmd-staff = Для команды: кто может вносить данные
cmd-broadcasts = Для команды: последние рассылки
staff-only = Эта команда — для сотрудников команды.
staff-owners-only = Менять состав сотрудников могут только владельцы.
staff-just-added = Вас только что добавили в сотрудники: отправьте команду ещё раз через минуту.
staff-header = 👥 <b>Сотрудники</b>
staff-line = • { $who } — { $role ->
        [owner] владелец
       *[editor] редактор
    }
staff-usage = Добавить редактора: <b>/staff add</b> с id пользователя или @username того, кто уже запускал бота, или ответом на его сообщение (или на пересланное сюда его сообщение). Удалить: <b>/staff remove</b> так же.
staff-target-unknown = Не понимаю, о ком речь. Укажите id пользователя, @username того, кто уже запускал бота, или ответьте на его сообщение.
staff-added = { $who } теперь редактор.
staff-already = { $who } уже в составе.
staff-removed = { $who } больше не в составе.
staff-not-staff = { $who } не в составе.
staff-is-owner = { $who } — владелец: владельцы задаются в BOT_OWNER_IDS и в чате не меняются.

## Recording a license (staff conversation)

cmd-addlicense = Для команды: внести новую лицензию
al-private-only = Вносить лицензию можно только в личном чате с ботом: откройте его и отправьте там /addlicense.
al-games = <b>1/8 · Игры.</b> На какие Игры завоёвана лицензия? Нажмите на кнопку или напишите название (например, «LA 2028»).
al-games-unknown = Не понимаю, какие Игры вы имеете в виду. Нажмите на одну из кнопок или напишите, например, «LA 2028».
al-sport = <b>2/8 · Вид спорта.</b> Напишите название так же, как болельщики пишут его в /licenses («boxing», «бокс»), или нажмите на кнопку.
al-sport-unknown = На этих Играх нет такого вида спорта: «{ $query }». Напишите ещё раз или выберите из подсказок.
al-athletes = <b>3/8 · Спортсмены.</b> Кто её завоевал? Напишите имена (через запятую или каждое с новой строки), выберите уже известного спортсмена или нажмите «Команда», если лицензия командная.
al-athletes-none = Напишите хотя бы одно имя или нажмите «Команда».
al-event = <b>4/8 · Вид программы.</b> Напишите его по-русски, по-казахски или по-английски (например, «до 51 кг, мужчины»), выберите уже внесённый по этому виду спорта или пропустите шаг.
al-how = <b>5/8 · Как завоёвана.</b> Квалификационный турнир и занятое место или позиция в рейтинге, на любом из трёх языков (например, «мировой квалификационный турнир, 2-е место»), или пропустите шаг.
al-date = <b>6/8 · Дата завоевания.</b> Нажмите «Сегодня» или «Вчера» или напишите дату: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
al-date-bad = Не получается распознать дату. Примеры: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
al-date-future = Дата { $date } ещё не наступила: лицензию вносят, когда она уже завоёвана.
al-date-after-games = Дата { $date } — уже после закрытия этих Игр ({ $closes }).
al-places = <b>7/8 · Квотные места.</b> Нажмите «{ $default }» или напишите целое число от 1 до 50.
al-places-bad = Нужно целое число от 1 до 50.
al-source = <b>8/8 · Источник.</b> Ссылка на публикацию, где об этом сообщили (http или https), или пропустите шаг.
al-source-bad = Это не ссылка http(s). Пришлите ссылку вида https://example.org/news или пропустите шаг.
al-text-too-long = В тексте { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    }, а можно не больше { $max }.
al-text-empty = Пришлите текст или пропустите шаг.
al-preview = <b>Предпросмотр</b>: так это увидят подписчики.
al-duplicate = ⚠️ Похоже, такая лицензия уже внесена (#{ $ids }): те же Игры, вид спорта, вид программы и спортсмен. Сохраняйте, только если это другая лицензия.
al-save-alert = ✅ Сохранить и уведомить подписчиков
al-save-quiet = 💾 Сохранить без уведомления
al-change = ✏️ Изменить поле
al-skip = Пропустить
al-today = Сегодня
al-yesterday = Вчера
al-team = Команда
al-pick-field = Какое поле изменить?
al-field = { $field ->
        [games] Игры
        [sport] Вид спорта
        [athletes] Спортсмены
        [event] Вид программы
        [how] Как завоёвана
        [date] Дата завоевания
        [places] Квотные места
       *[source] Источник
    }
al-cancelled = Отменено: ничего не сохранено.
al-idle = Лицензию, которую вы вносили, не трогали больше 30 минут, поэтому внесение прервано; ничего не сохранено. Начните заново с /addlicense.
al-busy = Вы вносите лицензию: ответьте на вопрос выше, отправьте /back, чтобы вернуться на шаг назад, или /cancel, чтобы выйти.
al-back-first = Это первый шаг; выйти — /cancel.
al-saved = Сохранено как лицензия #{ $id }. Уведомление не отправлялось.
al-saved-alert = Сохранено как лицензия #{ $id }. Уведомление получат { $chats ->
        [one] { $chats } чат
        [few] { $chats } чата
        [many] { $chats } чатов
       *[other] { $chats } чата
    }, рассылка начнётся через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }; если нажать «Отменить» раньше, оно не уйдёт никому.
al-saved-already = Лицензия #{ $id } по этому черновику уже сохранена (предыдущее нажатие сработало); второй раз ничего не сохранено.
al-save-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому лицензия не сохранена. Черновик никуда не делся: нажмите «Сохранить» ниже ещё раз.
al-undo = ↩️ Отменить
al-undone = { $alert ->
        [cancelled] Отменено: лицензия #{ $id } удалена, уведомление отменено — его никто не получил.
        [stopped] Отменено: лицензия #{ $id } удалена, рассылка уведомления остановлена; уже было отправлено { $sent ->
            [one] { $sent } сообщение
            [few] { $sent } сообщения
            [many] { $sent } сообщений
           *[other] { $sent } сообщения
        }.
       *[none] Отменено: лицензия #{ $id } удалена.
    }
al-undo-gone = Лицензия #{ $id } уже удалена.
al-translation = { $field ->
        [event] Вид программы
       *[how] Как завоёвана
    }: «{ $typed }». Напишите { $lang ->
        [ru] по-русски
       *[kk] по-казахски
    } (необязательно) или пропустите.
al-translation-en = { $field ->
        [event] Вид программы
       *[how] Как завоёвана
    }: «{ $typed }». Напишите по-английски, латиницей: это видят читатели на английском, и это же подставляется там, где перевода нет.
al-translation-en-bad = Напишите по-английски, латиницей.
al-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому внесение лицензии прервано; ничего не сохранено. Начните заново: /addlicense.
el-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому исправление прервано; ничего не изменено. Начните заново: /editlicense.
flow-back = ◀️ Назад
flow-cancel = ✖️ Отмена
flow-ask-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому следующий вопрос не удалось показать. Ничего не потеряно: отправьте любое сообщение, и я спрошу снова.
flow-read-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому ответ не принят. Ничего не потеряно: ответьте ещё раз.
al-preview-in = 👁 { $lang ->
        [en] English
        [ru] Русский
       *[kk] Қазақша
    }

## Correcting licenses (staff)

cmd-editlicense = Для команды: исправить лицензию
cmd-removelicense = Для команды: удалить лицензию
cmd-audit = Для владельцев: последние изменения (журнал)
cl-private-only = Это работает только в личном чате с ботом: откройте его и отправьте там { $command }.
cl-license-button = #{ $id } { $sport } · { $who } · { $games }
cl-license = <b>Лицензия #{ $id }</b> — { $sport }, { $games }
cl-team = Команда
cl-field = { $field ->
        [athletes] Спортсмены
        [event] Вид программы
        [how] Как завоёвана
        [date] Дата завоевания
        [places] Квотные места
        [source] Источник
        [event-ru] Вид программы (рус.)
        [event-kk] Вид программы (каз.)
        [how-ru] Как завоёвана (рус.)
        [how-kk] Как завоёвана (каз.)
        [note-ru] Примечание (рус.)
        [note-kk] Примечание (каз.)
       *[note] Примечание
    }
cl-field-value = { $field }: { $value }
cl-translations = (по-русски: { $ru }; по-казахски: { $kk })
cl-name-form = { $form ->
        [ru] Русское
        [kk] Казахское
       *[en] Латиница
    }
cl-name-title = { $form ->
        [ru] Русское написание имени
        [kk] Казахское написание имени
       *[en] Имя латиницей
    }: { $name }
cl-not-found = Лицензии #{ $id } нет: возможно, её удалили или в номере опечатка.
cl-gone = Лицензию #{ $id } тем временем удалили; ничего не изменено.
cl-gone-short = Лицензия #{ $id } уже удалена; ничего не изменено.
el-pick = ✏️ <b>Исправление лицензии.</b> Выберите одну из последних или напишите её номер (например, 42).
el-pick-none = Исправлять пока нечего: лицензий нет. Выйти — /cancel.
el-id-bad = Это не номер лицензии: напишите число, например 42, или нажмите на кнопку.
el-pick-field = Какое поле исправить? У имени каждого спортсмена своя кнопка.
el-pick-field-hint = Нажмите на поле, которое нужно исправить (кнопки выше), или отправьте /back или /cancel.
el-pick-form-hint = Выберите: латиница, русское или казахское написание, — или отправьте /back или /cancel.
el-name-button = ✏️ Имя: { $name }
el-name-forms = <b>{ $name }</b>: какое написание имени исправить?
el-needs-english = Для перевода сначала нужен текст на английском: исправьте сначала его.
el-now = Сейчас: { $value }
el-ask-text = Напишите новый текст { $lang ->
        [ru] по-русски
        [kk] по-казахски
       *[en] по-английски
    }, не длиннее { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }.
el-ask-date = Нажмите «Сегодня» или «Вчера» или напишите дату: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
el-ask-places = Напишите целое число от 1 до 50.
el-ask-source = Пришлите ссылку на публикацию, где об этом сообщили (http или https).
el-ask-athletes = Напишите, кто её завоевал (имена через запятую или каждое с новой строки): уже известное имя — это тот же спортсмен, любое другое будет добавлено как новый. Нажмите «Команда», если лицензия командная и без имён.
el-ask-name = Напишите { $form ->
        [ru] русское написание
        [kk] казахское написание
       *[en] написание латиницей
    } имени, не длиннее 100 символов. Оно изменится во всех лицензиях этого спортсмена.
el-clear = 🗑 Очистить
el-source-bad = Это не ссылка http(s). Пришлите ссылку вида https://example.org/news или нажмите «Очистить».
el-same = Сейчас там именно это. Пришлите другое значение или отправьте /back или /cancel.
el-before = Было: { $value }
el-after = Станет: <b>{ $value }</b>
el-translations-question = У текста есть переводы (по-русски: { $ru }; по-казахски: { $kk }). Оставьте их, если это мелкая правка, или очистите, если они переводят то, чего в тексте больше нет.
el-clear-translations = Русский и казахский тексты тоже будут очищены.
el-save = ✅ Сохранить
el-save-keep = ✅ Сохранить, переводы оставить
el-save-drop = ✅ Сохранить, переводы очистить
el-no-alert = <i>Об исправлениях не уведомляют: подписчики повторно ничего не получат.</i>
el-saved = Сохранено: лицензия #{ $id } исправлена, болельщики уже видят новое. Уведомление не отправлялось. Исправить что-то ещё: /editlicense { $id }
el-changed = Пока вы редактировали, лицензию #{ $id } изменил кто-то другой, поэтому ничего не сохранено. Вот она в нынешнем виде:
el-athlete-gone = Этого спортсмена в лицензии уже нет; ничего не изменено.
el-name-empty = Тогда у спортсмена не останется ни одного написания имени: сначала укажите другое.
el-cancelled = Отменено: ничего не изменено.
el-idle = Исправление не трогали больше 30 минут, поэтому оно прервано; ничего не изменено. Начните заново с /editlicense.
el-busy = Вы исправляете лицензию: ответьте на вопрос выше, отправьте /back, чтобы вернуться на шаг назад, или /cancel, чтобы выйти.
el-back-first = Это первый шаг; выйти — /cancel.
rl-pick = 🗑 <b>Удаление лицензии.</b> Выберите одну из последних или отправьте /removelicense с её номером (например, /removelicense 42).
rl-pick-none = Удалять нечего: лицензий нет.
rl-id-bad = Это не номер лицензии: отправьте, например, /removelicense 42.
rl-confirm = <b>Удалить лицензию #{ $id }?</b>
rl-confirm-note = Болельщики её больше не увидят, а уведомление о ней, если оно есть, будет остановлено. В журнале изменений она останется.
rl-yes = 🗑 Да, удалить
rl-no = Нет, оставить
rl-removed = { $alert ->
        [cancelled] Лицензия #{ $id } удалена: болельщики её больше не видят. Уведомление отменено — его никто не получил.
        [stopped] Лицензия #{ $id } удалена: болельщики её больше не видят. Рассылка уведомления остановлена; уже было отправлено { $sent ->
            [one] { $sent } сообщение
            [few] { $sent } сообщения
            [many] { $sent } сообщений
           *[other] { $sent } сообщения
        }.
       *[none] Лицензия #{ $id } удалена: болельщики её больше не видят. Уведомления о ней не было.
    }
rl-already = Лицензия #{ $id } уже удалена; ничего не изменено.
rl-kept = Лицензия #{ $id } не удалена.
rl-not-yours = Подтвердить может только тот, кто просил удалить; ничего не удалено. Отправьте /removelicense { $id } сами.
audit-owners-only = Журнал изменений видят только владельцы.
audit-header = 🧾 <b>Последние изменения</b>, сначала новые
    Даты и время — { $zone }.
audit-none = Изменений пока не было.
audit-entry = <b>#{ $id }</b> · { $when } · { $who }
audit-what = { $action }
audit-what-id = { $action } #{ $entityId }
audit-action = { $action ->
        [license-create] внесена лицензия
        [license-edit] исправлена лицензия
        [license-remove] удалена лицензия
        [license-undo] отменена лицензия
        [athlete-edit] исправлено имя спортсмена
        [result-add] внесён результат
        [result-edit] исправлен результат
        [result-remove] удалён результат
        [result-undo] отменён результат
        [result-correction] разослано исправление результата
        [staff-add] назначен редактором пользователь
        [staff-remove] исключён из сотрудников пользователь
        [staff-owner] назначен владельцем (BOT_OWNER_IDS) пользователь
        [reference-upgrade] справочные данные обновлены до версии
        [games-edit] изменены данные Игр
        [games-undo] отменено изменение данных Игр
        [qualifier-create] добавлен отборочный турнир
        [qualifier-edit] исправлен отборочный турнир
        [qualifier-close] закрыт отборочный турнир
        [qualifier-reopen] снова открыт отборочный турнир
        [qualifier-remove] удалён отборочный турнир
        [qualifier-undo] отменён отборочный турнир
        [programme-add] добавлено в программу Игр
        [programme-remove] убрано из программы Игр
        [programme-create] добавлен новый вид спорта в программу Игр
        [programme-undo] отменено изменение программы Игр
        [programme-names] изменены названия вида спорта из программы Игр
        [programme-names-undo] отменено изменение названий вида спорта из программы Игр
        [window-add] добавлены дни соревнований Игр
        [window-edit] изменены дни соревнований Игр
        [window-remove] убраны дни соревнований Игр
        [window-undo] отменено изменение дней соревнований Игр
       *[other] { $code }
    }
audit-change = ↳ { $field }: { $before } → { $after }
audit-field = { $field ->
        [athletes] Спортсмены
        [team] Команда
        [event] Вид программы
        [howWon] Как завоёвана
        [whereWon] Где завоёвана
        [wonOn] Дата завоевания
        [quotaPlaces] Квотные места
        [source] Источник
        [note] Примечание
        [sport] Вид спорта
        [medal] Медаль
        [placing] Место
        [gamesId] Игры
        [name] Имя
        [medalRank] Место в медальном зачёте
        [place] Место
        [hostTz] Часовой пояс хозяев
        [firstDay] Первый день
        [lastDay] Последний день
        [closedAt] Закрыт
        [licenses] Завоёванные там лицензии
        [qualifierId] Отборочный турнир
        [sports] Виды спорта
        [programme] Программа (видов спорта)
        [aliases] Другие названия
        [firstStart] Первый старт (по местному времени)
       *[other] { $code }
    }
audit-field-lang = { $field } ({ $lang ->
        [en] англ.
        [ru] рус.
       *[kk] каз.
    })
audit-license = ↳ { $sport }, { $who } · { $games }
audit-more = ↳ …и ещё { $count ->
        [one] { $count } поле
        [few] { $count } поля
        [many] { $count } полей
       *[other] { $count } поля
    }
audit-system = система

## A Games' facts (staff: /games)

cmd-games = Для команды: данные Игр (цель, место в медальном зачёте, открытие, примечание), программа, дни соревнований
gf-pick = 🏟 <b>Игры.</b> Нажмите на Игры, чтобы увидеть и изменить их данные, или напишите название (например, «Париж 2024»).
gf-card = 🏟 <b>{ $games }</b>
gf-card-pick = Нажмите на то, что нужно изменить.
gf-field = { $field ->
        [licenseTarget] Цель по лицензиям
        [opensAt] Церемония открытия
        [note] Примечание
       *[medalRank] Место в медальном зачёте
    }
gf-note-in = Примечание { $lang ->
        [en] на английском
        [ru] на русском
       *[kk] на казахском
    }
# «более» + родительный падеж: более 1 (21) лицензии, более 2 (5, 90) лицензий.
gf-target = { $above ->
        [yes] более { $count ->
            [one] { $count } лицензии
           *[other] { $count } лицензий
        }
       *[no] { $count ->
            [one] { $count } лицензия
            [few] { $count } лицензии
            [many] { $count } лицензий
           *[other] { $count } лицензии
        }
    }
gf-rank = { $rank }-е
gf-none = { $field ->
        [licenseTarget] не указана
        [opensAt] время не подтверждено
       *[other] не указано
    }
gf-ask = { $field ->
        [licenseTarget] Напишите цель по лицензиям так, как её объявили: число (например, 90) или «более 90»; «нет» — убрать цель. Болельщики видят её в /licenses рядом с числом завоёванных лицензий.
        [opensAt] Напишите, когда начинается церемония открытия, { $zone }: дату и время, например «{ $example } 17:00», или только время; «нет», пока время не подтверждено (тогда отсчёт для болельщиков идёт до начала этого дня).
       *[medalRank] Напишите место сборной в { $kind ->
            [paralympic] паралимпийском
           *[olympic] олимпийском
        } медальном зачёте — целое число от 1 до { $max } — или «нет», чтобы убрать его. Пока Игры идут, болельщики видят его как текущее место, после Игр — как итоговое.
    }
gf-rank-bad = Напишите место целым числом от 1 до { $max }, например 12, или «нет», чтобы убрать его.
gf-rank-range = Место в медальном зачёте — от 1 до { $max }. Напишите другое число или «нет», чтобы убрать его.
gf-rank-ahead = Эти Игры ещё не начались, места в медальном зачёте у них пока нет. Отправьте /back, чтобы выбрать другое, или /cancel.
gf-target-bad = Напишите цель целым числом от 1 до { $max }, например 90, или в виде «более 90»; «нет» — убрать цель.
gf-target-range = Цель по лицензиям — от 1 до { $max }. Напишите другое число или «нет», чтобы убрать её.
gf-opening-bad = Напишите дату и время по местным часам, например «{ $example } 17:00», или только время («17:00»); «нет» — убрать время.
gf-opening-day = Церемония открытия проходит в день открытия Игр, { $day }: напишите её время, например «17:00» или «{ $example } 17:00». (Сам день открытия здесь не меняется.)
gf-opening-no-such-time = В этот день местные часы пропускают { $time }: их переводят вперёд на летнее время. Напишите другое время.
gf-ask-note-lang = На каком языке написать примечание? Сначала английское: его читают болельщики, для чьего языка примечания нет.
gf-note-lang-hint = Нажмите на язык (кнопки выше) или отправьте /back или /cancel.
gf-note-english-first = У этих Игр ещё нет примечания на английском: сначала напишите его (его читают болельщики, для чьего языка примечания нет).
gf-ask-note = Напишите примечание { $lang ->
        [en] на английском, латиницей
        [ru] на русском
       *[kk] на казахском
    } — не длиннее { $max } знаков — или «нет», чтобы убрать его. Болельщики видят его под названием Игр в /schedule.
gf-note-empty = Пришлите текст примечания или «нет», чтобы убрать его.
gf-note-english-last = Английское примечание читают болельщики, для чьего языка примечания нет, поэтому его убирают последним: сначала уберите русское и казахское или напишите новое английское.
gf-note-others-stay = <i>Русское и казахское примечания останутся прежними: измените и их, если они больше не совпадают по смыслу.</i>
gf-opening-check-note = <i>Если в примечании к Играм говорится о времени открытия, измените и его.</i>
gf-clear = 🗑 Убрать
gf-pick-field-hint = Нажмите на то, что нужно изменить (кнопки выше), или отправьте /back или /cancel.
gf-confirm-note = <i>Болельщики увидят это { $field ->
        [licenseTarget] в /licenses
        [opensAt] в /countdown, /schedule и в календаре
        [note] в /schedule (а после Игр и в /licenses)
       *[medalRank] в /medals
    } сразу после сохранения.</i>
gf-saved = Сохранено: { $games } · { $field }: { $before } → <b>{ $value }</b>. Болельщики уже видят это.
gf-changed = Пока вы вносили изменение, данные этих Игр изменил кто-то другой, поэтому ничего не сохранено. Вот они в нынешнем виде:
gf-gone = Этих Игр больше нет в данных; ничего не изменено.
gf-undone = Отменено: { $games } · { $field } — снова { $value }.
gf-undo-already = Это изменение уже отменено; ничего не изменилось.
gf-undo-changed = С тех пор это значение изменили ещё раз, поэтому изменение не отменено. Отправьте /games, чтобы увидеть, что там сейчас.
gf-undo-gone = Такого изменения нет, отменять нечего; ничего не изменилось.
gf-idle = Изменение данных Игр не трогали больше 30 минут, поэтому оно прервано; ничего не изменено. Начните заново с /games.
gf-busy = Вы меняете данные Игр: ответьте на вопрос выше, отправьте /back, чтобы вернуться на шаг назад, или /cancel, чтобы выйти.
gf-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому изменение прервано; ничего не изменено. Начните заново: /games.
audit-games = ↳ { $games }

## Программа Игр и дни соревнований (сотрудники: /games)

gp-part = { $part ->
        [programme] Программа
       *[windows] Дни соревнований
    }
gp-card-programme = Программа: видов спорта и дисциплин — { $count }
gp-card-programme-open = Программа: пока не подтверждена (предлагаются все виды спорта: { $count })
gp-card-windows = Дни соревнований: видов спорта — { $count }
gp-button-programme = 📋 Программа
gp-button-windows = 🗓 Дни соревнований
gp-confirmed = видов спорта и дисциплин — { $count }
gp-open = пока не подтверждена — болельщикам предлагаются все { $season ->
        [winter] зимние
       *[summer] летние
    } { $kind ->
        [paralympic] паралимпийские
       *[olympic] олимпийские
    } виды спорта ({ $count })
gp-programme-pick = Добавьте вид спорта (из уже внесённых или новый), уберите один из программы или измените названия одного из них (✏️ Названия).
gp-pick-hint = Нажмите «Добавить», «Убрать», «Новый вид спорта» или «Названия» (кнопки выше) либо отправьте /back или /cancel.
gp-button-add = ➕ Добавить вид спорта
gp-button-remove = ➖ Убрать вид спорта
gp-button-create = 🆕 Новый вид спорта
gp-ask-add = Напишите вид спорта, который нужно добавить, так, как его написали бы болельщики (любое из названий, на любом языке), или нажмите на него. Если его ещё нет в данных — 🆕 Новый вид спорта.
gp-ask-remove = Напишите вид спорта, который нужно убрать, или нажмите на него. Вместе с ним уйдут его дисциплины и его дни соревнований на этих Играх.
gp-sport-unknown-add = Нет вида спорта «{ $query }», который можно добавить. Напишите ещё раз, нажмите 🆕 Новый вид спорта, чтобы создать его, или отправьте /back.
gp-sport-unknown-remove = В этой программе нет вида спорта «{ $query }». Напишите ещё раз или нажмите на одну из кнопок.
gp-refused-gone = Этого вида спорта больше нет в данных. Выберите другой или отправьте /back.
gp-refused-other-kind = { $sport } — вид спорта других Игр (олимпийские и паралимпийские виды разные). Выберите другой или отправьте /back.
gp-refused-other-season = { $sport } — вид спорта Игр другого сезона. Выберите другой или отправьте /back.
gp-refused-already-in = { $sport } уже есть в программе. Выберите другой вид спорта или отправьте /back.
gp-refused-not-in = Вида спорта «{ $sport }» нет в программе. Выберите другой или отправьте /back.
gp-refused-last = { $sport } — последний вид спорта в программе, а программа без единого вида снова предлагала бы болельщикам все виды спорта. Сначала добавьте нужные.
gp-refused-in-use = Вид спорта «{ $sport }» остаётся в программе: по нему на этих Играх внесены лицензии ({ $licenses }), результаты ({ $results }) или отборочные турниры ({ $qualifiers }). Сначала уберите их или выберите другой вид спорта.
gp-new-sport = Новый вид спорта: <b>{ $name }</b>
gp-ask-name-en = 🆕 <b>Новый вид спорта.</b> Напишите его название по-английски, латиницей (не длиннее { $max } символов), так, как его будут читать и набирать болельщики.
gp-ask-name-ru = Название по-русски — его увидят болельщики, читающие по-русски. Или пропустите шаг: тогда они увидят «{ $name }».
gp-ask-name-kk = Название по-казахски. Или пропустите шаг: тогда болельщики, читающие по-казахски, увидят «{ $name }».
gp-ask-name-aliases = Другие названия, которые могут набрать болельщики (сокращения, другие написания, на любом языке), через запятую, не больше { $aliases }. Или пропустите шаг.
gp-name-empty = В названии должно быть хотя бы две буквы. Напишите ещё раз.
gp-name-chars = В названии могут быть только буквы, цифры, пробелы и знаки - ' . / ( ). Напишите ещё раз.
gp-name-latin = Напишите английское название латиницей.
gp-name-too-long = Здесь символов: { $length }, а название — не длиннее { $max }. Напишите короче.
gp-name-taken = «{ $name }» — уже название вида спорта «{ $sport }»: болельщики, набрав его, найдут тот вид спорта. Напишите другое название.
gp-aliases-too-many = Других названий — не больше { $max }. Напишите меньше.
gp-preview-created = 🆕 Новый вид спорта: { $en } · по-русски: { $ru } · по-казахски: { $kk }
gp-preview-aliases = Находится также по словам: { $aliases }
gp-preview-window = 🗑 Вместе с ним уходят его дни соревнований: { $sport } — { $dates }
gp-preview-confirms = ⚠️ У этих Игр не было подтверждённой программы: болельщикам предлагались все виды спорта этого типа и сезона ({ $count }). При сохранении этот список подтверждается вместе с изменением, так что ни один другой вид спорта не пропадёт; потом уберите те, которых на Играх не будет.
gp-preview-also-offered = Новый вид спорта будет предлагаться и на Играх, программа которых ещё не подтверждена: { $games }.
gp-preview-note = <i>Болельщики увидят это сразу: в /schedule, в поиске по видам спорта и в календарях.</i>
gp-saved = Сохранено: { $games } · программа. { $edit ->
        [remove] Убрано: { $sports }{ $windows ->
            [0] {""}
           *[other] {" "}(вместе с днями соревнований)
        }
        [create] Новый вид спорта: { $sports }
       *[add] Добавлено: { $sports }
    }. Болельщики уже видят это.
gp-undone = Отменено: { $games } · программа. { $edit ->
        [remove] Снова в программе: { $sports }
        [create] Нового вида спорта «{ $sports }» больше нет
       *[add] Снова убрано из программы: { $sports }
    }.
gp-changed = Пока вы вносили изменение, программу этих Игр изменил кто-то другой, поэтому ничего не сохранено. Вот карточка в нынешнем виде:
gp-taken-now = Тем временем «{ $name }» стало названием вида спорта «{ $sport }», поэтому ничего не сохранено. Вот карточка в нынешнем виде:
gp-button-names = ✏️ Названия
gn-ask-sport = Названия какого вида спорта изменить? Напишите его или выберите один из видов программы.
gn-ask = { $step ->
        [en] Название по-английски, латиницей (не больше { $max } символов).
        [ru] Название по-русски — его увидят болельщики, читающие по-русски (не больше { $max } символов).
        [kk] Название по-казахски — его увидят болельщики, читающие по-казахски (не больше { $max } символов).
       *[aliases] Другие названия, которые могут набрать болельщики (сокращения, другие написания, на любом языке), через запятую, не больше { $aliases }; или «нет». Они заменят нынешние.
    }
    Сейчас: <b>{ $now }</b>. Напишите новый вариант или нажмите «Оставить как есть».
gn-button-keep = Оставить как есть
gn-field = { $field ->
        [en] По-английски
        [ru] По-русски
        [kk] По-казахски
       *[aliases] Другие названия
    }
gn-preview-note = <i>Болельщики увидят это сразу: в поиске по видам спорта, в /schedule, /licenses, /qualifiers и во встроенном режиме. Обновления справочных данных это не перезапишут.</i>
gn-saved = Сохранено: { $games } · { $sport }. { $changes }. Болельщики уже видят это.
gn-undone = Отменено: { $games } · { $sport }: названия снова прежние.
gn-unchanged = Сохранять нечего: все названия остались прежними. Вот карточка:
gn-changed = Пока вы вносили изменение, названия этого вида спорта (или программу) изменил кто-то другой, поэтому ничего не сохранено. Вот карточка в нынешнем виде:
gw-none = дней нет
gw-days-start = { $dates }, первый старт: { $times }
gw-list-none = Дни соревнований этих Игр пока не внесены.
gw-pick = Нажмите на вид спорта, чтобы изменить или убрать его дни, напишите название вида спорта или добавьте новые дни.
gw-button-add = ➕ Добавить дни
gw-ask-sport = Какой вид спорта? Напишите название или нажмите на один из видов программы, у которых ещё нет дней соревнований.
gw-ask-action = Что изменить?
gw-button-days = 📅 Дни
gw-button-time = ⏰ Первый старт
gw-button-drop = 🗑 Убрать дни
gw-ask-days = Напишите дни так, как в официальном расписании, { $zone }: один день — 12.07.{ $year }, первый и последний — 12–19.07.{ $year }.
gw-ask-time = Время первого старта ({ $date }) { $zone }, например 09:30. Если оно неизвестно, нажмите «Без времени».
gw-button-no-time = Без времени
gw-days-format = Напишите дни так: 12.07.2028 (один день) или 12–19.07.2028 (первый и последний).
gw-days-no-such-day = Такого дня нет. Напишите дни ещё раз, например 12–19.07.2028.
gw-days-order = Последний день раньше первого. Сначала напишите первый день, например 12–19.07.2028.
gw-days-range = Напишите дни ещё раз: у этих Игр они могут быть только с { $from } по { $to }
gw-time-bad = Напишите время так: 09:30 (часы от 0 до 23, минуты от 0 до 59) — или нажмите «Без времени».
gw-not-in-programme = Вида спорта «{ $sport }» нет в программе этих Игр: сначала добавьте его туда (📋 Программа) или выберите другой.
gw-preview-note = <i>Болельщики увидят это сразу в /schedule и в своих календарях.</i>
gw-saved = Сохранено: { $games } · { $sport }: { $before } → <b>{ $value }</b>. Болельщики уже видят это.
gw-undone = Отменено: { $games } · { $sport }: снова { $value }.
gw-changed = Пока вы вносили изменение, эти дни (или программу) изменил кто-то другой, поэтому ничего не сохранено. Вот карточка в нынешнем виде:
audit-subject = ↳ { $subject }
al-name-other = «{ $name }» { $script ->
        [latin] латиницей, как в международных протоколах
       *[cyrillic] кириллицей
    }: нажмите на вариант, если он верен, напишите правильное написание или пропустите.
al-name-script-bad = Напишите имя { $script ->
        [latin] латиницей
       *[cyrillic] кириллицей
    } (не длиннее 100 символов), нажмите на вариант или пропустите.
al-team-name = Сборная

# Inline mode, Share buttons and deep links
# inline-* — обычный текст: заголовки и описания в списке результатов Telegram.

button-share = ↗️ Поделиться
button-open-in-bot = Открыть в боте
start-link-unknown = Эта ссылка никуда не ведёт: возможно, она устарела или набрана с ошибкой. Вот что я могу показать:
inline-open-bot = Открыть бота
inline-licenses-title = { $sport }: лицензии · { $games }
inline-licenses-description = { $licenses ->
        [0] Лицензий пока нет в списке
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    }
inline-schedule-title = Расписание · { $games }
inline-schedule-sport-title = { $sport }: расписание · { $games }
inline-schedule-none = Даты соревнований пока неизвестны
inline-schedule-none-over = Даты соревнований здесь не внесены
inline-summary-title = Лицензии · { $games }
inline-licenses-none-over = Лицензий в списке нет
inline-summary-description = { $licenses ->
        [0] Лицензий пока нет в списке
        [one] { $licenses } лицензия
        [few] { $licenses } лицензии
        [many] { $licenses } лицензий
       *[other] { $licenses } лицензии
    } · { $sports ->
        [one] { $sports } вид спорта
        [few] { $sports } вида спорта
        [many] { $sports } видов спорта
       *[other] { $sports } вида спорта
    }
inline-countdown-title = ⏳ Обратный отсчёт
inline-countdown-before = { $games }: { $days ->
        [one] остался { $days } день
        [few] осталось { $days } дня
        [many] осталось { $days } дней
       *[other] осталось { $days } дня
    }
inline-countdown-during = { $games }: день { $day } из { $of }
inline-countdown-over = { $games }: завершились
inline-athlete-medals = { $medals ->
        [0] Лицензий и медалей в списке нет
        [one] { $medals } медаль
        [few] { $medals } медали
        [many] { $medals } медалей
       *[other] { $medals } медали
    }
inline-nothing-title = По запросу «{ $query }» ничего не найдено
inline-nothing-description = Введите вид спорта (бокс, дзюдо) или имя спортсмена
shared-nothing-message = Я слежу за сборной Казахстана на пути к Олимпийским и Паралимпийским играм: лицензии, расписание и обратный отсчёт. Откройте бота и отправьте название вида спорта или имя спортсмена.
shared-more-in-bot = <i>Продолжение — в боте: нажмите «Открыть в боте».</i>

# Calendar
# The calendar-ics-* texts go into .ics files as plain text (no HTML, no entities); the rest is Telegram HTML.
button-calendar = 🗓 Добавить в календарь
calendar-ics-name-games = { $games } — сборная Казахстана
calendar-ics-name-sport = { $sport } — { $games }
calendar-ics-description = { $games }, сборная Казахстана: дни соревнований, церемонии и медали. Даты указаны { $zone }.
calendar-ics-window = { $sport }: дни соревнований
calendar-ics-first-start = { $sport }: первый старт
calendar-ics-opening = Церемония открытия — { $games }
calendar-ics-closing = Церемония закрытия — { $games }
calendar-ics-medal = { $icon } { $who } — { $medal ->
        [gold] золото
        [silver] серебро
       *[bronze] бронза
    }, { $sport }, { $event }
calendar-ics-days = Даты указаны { $zone }.
calendar-ics-time-unknown = Время начала пока неизвестно.
calendar-ics-time-unrecorded = Время начала здесь не указано.
calendar-ics-end-unknown = Известно только время начала, время окончания — нет.
calendar-ics-note = Примечание: { $note }
calendar-ics-medals-undated = Медали сборной в этом виде спорта (день не указан):
calendar-caption = 🗓 <b>{ $name }</b>: { $count ->
        [one] { $count } событие
        [few] { $count } события
       *[many] { $count } событий
    }. Откройте файл, чтобы добавить их в календарь.
    Даты указаны { $zone }; время календарь покажет в вашем часовом поясе.
calendar-caption-feed = Чтобы следить за изменениями, подпишитесь: { $url }

# Status
cmd-status = Состояние бота (владельцы)
status-owners-only = Состояние бота видят только владельцы.
status-header = 🩺 <b>Состояние бота</b>
status-version = Версия: { $version }
status-uptime = Работает: { $days } д { $hours } ч { $minutes } мин
status-mode = Обновления: { $mode ->
        [webhook] вебхук
       *[polling] опрос (polling)
    }
status-database = База данных: { $database ->
        [postgres] PostgreSQL
       *[pglite] встроенная (PGlite)
    }
status-leader-yes = Рассылки отправляет: этот экземпляр
status-leader-no = Рассылки отправляет: другой экземпляр (или сейчас никто)
status-queue = Вызовов Bot API в очереди здесь: { $count }
status-pending = Доставок ждут отправки: { $count }
status-pending-unknown = Доставок ждут отправки: неизвестно (база данных не ответила)
status-no-errors = Ошибок с момента запуска не было.
status-errors-header = <b>Последние ошибки</b>
status-error-line = • { $when } { $source ->
        [update] обновление
        [sender] отправка рассылок
       *[polling] опрос
    }: { $message }

## Which Games: empty states and naming a Games

licenses-qualifying = Идёт отбор на эти Игры; лицензий в списке пока нет.
licenses-sport-qualifying = Идёт отбор на { $games }; лицензий по виду спорта <b>{ $sport }</b> в списке пока нет.
button-games-licenses = 🏅 { $games }: лицензии
button-sport-games-licenses = 🏅 { $sport } · { $games }
query-no-games-year = В моём календаре нет Игр { $year } года.
query-no-games = Не знаю Игр, которые подходят под «{ $words }».
query-not-understood = Не понял «{ $words }».
query-games-known = Можно назвать Игры: { $list } (для Паралимпийских игр добавьте «паралимпиада»).
query-sport-not-at-games = { $games }: вида спорта <b>{ $sport }</b> нет в программе.
query-sport-not-of-kind = Вид спорта <b>{ $sport }</b> — не { $kind ->
        [paralympic] паралимпийский
       *[olympic] олимпийский
    }.

## Карточка медали (картинка; обычный текст, без HTML)
card-medal = { $medal ->
        [gold] Золото
        [silver] Серебро
       *[bronze] Бронза
    }
card-team = Сборная Казахстана

# Карточка медали, чтобы поделиться: кнопка 🖼 под каждой медалью (/medals, экран спортсмена);
# инлайн-режим предлагает её, когда она уже отправлялась. Простой текст.
button-medal-card = 🖼 Карточка: { $icon } { $what }
medal-card-sport-games = { $sport } · { $games }
inline-medal-title = { $icon } { $who }

## Внесение результатов (для команды)

cmd-addresult = Для команды: внести результат или медаль
ar-private-only = Вносить результат можно только в личном чате с ботом: откройте его и отправьте там /addresult.
ar-games = <b>{ $step }Игры.</b> С каких Игр результат? Нажмите на кнопку или напишите название (например, «Париж 2024»).
ar-games-unknown = Не понимаю, какие Игры вы имеете в виду. Нажмите на одну из кнопок или напишите, например, «Париж 2024».
ar-games-ahead = Соревнования этих Игр ещё не начались, вносить пока нечего. Выберите другие Игры.
ar-sport = <b>{ $step }Вид спорта.</b> Напишите название («фигурное катание», «figure skating») или выберите вид спорта этих Игр.
ar-event = <b>{ $step }Вид программы.</b> Напишите его по-русски, по-казахски или по-английски (например, «Мужское одиночное катание»).
ar-athletes = <b>{ $step }Спортсмены.</b> Чей это результат? Напишите имена (достаточно фамилии; несколько — через запятую или каждое с новой строки), выберите спортсмена или нажмите «Команда», если результат командный.
ar-text-empty = Напишите текст: этот шаг нельзя пропустить.
ar-athletes-none = Напишите хотя бы одно имя или нажмите «Команда».
ar-athlete-which = «{ $name }» — это кто-то из них? Нажмите на нужного спортсмена или добавьте нового.
ar-athlete-new = ➕ Новый спортсмен: { $name }
ar-athlete-pick = Выберите спортсмена выше или нажмите «Новый спортсмен».
ar-result = <b>{ $step }Результат.</b> Нажмите на медаль или напишите место на любом из трёх языков (например, «4-е место», «четвертьфинал»).
ar-medal = { $medal ->
        [gold] 🥇 Золото
        [silver] 🥈 Серебро
       *[bronze] 🥉 Бронза
    }
ar-date = <b>{ $step }Дата.</b> День, когда завоёван результат, по местному календарю ({ $city }): { $buttons ->
        [yes] нажмите «Сегодня» или «Вчера» либо напишите дату
       *[no] напишите дату
    } (13.02.2026, 13 февраля, 13 Feb, 13 ақпан).
ar-date-future = Там, где проходят эти Игры, этот день ещё не наступил: результат вносят, когда он уже есть.
ar-date-outside = Этот день не попадает в сроки этих Игр: напишите дату от начала соревнований до дня закрытия.
ar-source = <b>{ $step }Источник.</b> Ссылка на сообщение о результате (http или https){ $empty ->
        [clear] {" "}или нажмите «Очистить», чтобы убрать нынешнюю
        [none] {""}
       *[skip] {" "}или пропустите
    }.
ar-translation = { $field ->
        [event] Вид программы
        [note] Примечание
        [qualifier] Название отбора
        [place] Город
       *[placing] Место
    }: «{ $typed }». Напишите { $lang ->
        [ru] по-русски
       *[kk] по-казахски
    } (необязательно) или пропустите.
ar-translation-en = { $field ->
        [event] Вид программы
        [note] Примечание
        [qualifier] Название отбора
        [place] Город
       *[placing] Место
    }: «{ $typed }». Напишите по-английски, латиницей: это видят читатели на английском, и это же подставляется там, где перевода нет.
ar-preview = <b>Предпросмотр</b>: так это увидят подписчики.
ar-save-alert = ✅ Сохранить и уведомить подписчиков
ar-save-quiet = 💾 Сохранить без уведомления
ar-cancelled = Отменено: ничего не сохранено.
ar-idle = Внесение результата простояло больше 30 минут и поэтому прервано; ничего не сохранено. Начните заново: /addresult.
ar-busy = Вы вносите результат: ответьте на вопрос выше, отправьте /back, чтобы вернуться на шаг назад, или /cancel.
ar-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому внесение результата прервано; ничего не сохранено. Начните заново: /addresult.
ar-save-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому результат не сохранён. Черновик никуда не делся: нажмите «Сохранить» ниже ещё раз.
ar-saved = Сохранено как результат #{ $id }. Уведомление не отправлялось.
ar-saved-alert = Сохранено как результат #{ $id }. Рассылка уведомления начнётся через { $seconds } с; до этого «Отменить» отменяет всё целиком.
ar-saved-already = Результат #{ $id } из этого черновика уже сохранён (предыдущее нажатие сработало); второй раз ничего не сохранено.
ar-undone = { $alert ->
        [cancelled] Отменено: результат #{ $id } удалён, уведомление отменено — его никто не получил.
        [sent] Отменено: результат #{ $id } удалён; уведомление уже дошло до { $chats ->
            [one] { $chats } чата
           *[other] { $chats } чатов
        }.
       *[none] Отменено: результат #{ $id } удалён.
    }
ar-undo-gone = Результат #{ $id } уже удалён.
cmd-removeresult = Для команды: удалить результат
rr-result-button = #{ $id } { $result } { $who } · { $sport } · { $games }
rr-pick = 🗑 <b>Удаление результата.</b> Выберите один из последних или отправьте /removeresult с его номером (например, /removeresult 20).
rr-pick-none = Удалять нечего: результатов нет.
rr-id-bad = Это не номер результата: отправьте, например, /removeresult 20.
rr-not-found = Результата #{ $id } нет: он уже удалён или номер набран с ошибкой. Ничего не изменено.
rr-confirm = <b>Удалить результат #{ $id }?</b> Его уведомление:
rr-confirm-note = Болельщики больше не будут его видеть, а уведомление, если оно ещё не разослано, будет остановлено. В журнале изменений он сохранится.
rr-confirm-alert = { $chats ->
        [0] Уведомление о нём пока не получил ни один чат.
        [one] Уведомление уже дошло до { $chats } чата: после удаления туда можно отправить исправление.
       *[other] Уведомление уже дошло до { $chats } чатов: после удаления им можно отправить исправление.
    }
rr-yes = 🗑 Да, удалить
rr-no = Нет, оставить
rr-removed = { $alert ->
        [cancelled] Результат #{ $id } удалён: болельщики его больше не видят. Уведомление отменено — его никто не получил.
        [sent] Результат #{ $id } удалён: болельщики его больше не видят. Уведомление о нём дошло до { $chats ->
            [one] { $chats } чата
           *[other] { $chats } чатов
        }.
       *[none] Результат #{ $id } удалён: болельщики его больше не видят. Уведомления о нём не было.
    }
rr-correct-offer = В этих чатах узнали об этом результате: отправьте им исправление, чтобы они знали, что он отозван.
rr-correct-button = ✏️ Отправить им исправление ({ $chats })
rr-correction-sent = ✏️ Исправление по результату #{ $id } отправляется в { $chats ->
        [one] { $chats } чат
        [few] { $chats } чата
       *[other] { $chats } чатов
    } — ровно туда, куда дошло уведомление.
rr-correction-already = Это исправление уже отправлено ({ $chats }); повторно ничего не отправлено.
rr-correction-nobody = Уведомление о результате #{ $id } не дошло ни до одного чата, исправлять некому; ничего не отправлено.
rr-already = Результат #{ $id } уже удалён; ничего не изменено.
rr-kept = Результат #{ $id } не удалён.
rr-not-yours = Подтвердить может только тот, кто просил удалить; ничего не удалено. Отправьте /removeresult { $id } сами.

## Import and export (staff, CSV files)
# Column names (won_on, set in code by the view) and values staff wrote are quoted as they are in the file.

cmd-import = Сотрудникам: импорт CSV-файла (отборочные турниры, дни соревнований, лицензии, результаты)
cmd-export = Сотрудникам: данные в виде CSV-файла
imp-private-only = Импорт и экспорт работают только в личном чате с ботом: откройте его и отправьте там { $command }.
imp-kind = { $kind ->
        [qualifiers] Отборочные турниры
        [windows] Дни соревнований
        [licenses] Лицензии
        [results] Результаты
       *[other] { $kind }
    }
imp-pick = 📥 <b>Импорт CSV-файла.</b> Какие данные? Я пришлю шаблон с описанием столбцов. Принимаются файлы до { $mb } МБ и до { $rows } строк.
exp-pick = 📤 <b>Экспорт в CSV-файл.</b> Какие данные? Файл можно отредактировать и прислать сюда обратно, чтобы импортировать изменения.
exp-unknown = Данных «{ $name }» для экспорта нет.
exp-caption = 📤 <b>{ $kind }</b>: { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
       *[other] { $rows } строк
    }. Отредактируйте файл и пришлите его сюда обратно, чтобы импортировать изменения.
imp-template = 📄 <b>Шаблон: { $kind }.</b> Заполните под заголовком по одной записи в строке, сохраните таблицу как «CSV UTF-8» и пришлите файл сюда (до { $mb } МБ и до { $rows } строк). Перед записью я проверю каждую строку.
imp-template-columns = <b>Столбцы</b> (все, в любом порядке; пустая ячейка — значения нет):
imp-help-line = • { $columns }: { $text }
imp-template-rules = Строка обновляет сохранённую запись, которой соответствует, или добавляет новую; записи, которых нет в файле, остаются как есть. Сначала вы увидите предпросмотр; «Применить» записывает весь файл разом, а отмена импорта возвращает всё как было.
imp-template-rules-quiet = { imp-template-rules } { $kind ->
        [qualifiers] Турнир, закрытый импортом, не рассылает подписчикам итог; напоминание накануне его начала придёт им так же, как для турнира, добавленного через /addqualifier.
       *[other] Импортированные записи не рассылают подписчикам уведомлений.
    }
imp-help-id = номер записи, как его пишет /export; для новой записи — пусто. Строка без номера, у которой те же Игры, вид спорта, дисциплина, команда и спортсмены, что у сохранённой записи, обновляет эту запись, поэтому повторный импорт того же файла ничего не добавит.
imp-help-games = Игры — одно из этих обозначений: { $list }.
imp-help-sport = вид спорта, как его пишет /export (boxing), или его название по-английски, по-русски или по-казахски; он должен быть в программе этих Игр.
imp-help-window-days = первый и последний день соревнований по календарю города-хозяина: 2028-07-15 или 15.07.2028.
imp-help-window-start = местное время первого старта в городе-хозяине: 09:30 (в первый день) или 2028-07-14 09:30; пусто, пока оно неизвестно.
imp-help-note = примечание по-английски, по-русски и по-казахски. Русский и казахский текст можно не заполнять (тогда читатели увидят английский), но без английского их указать нельзя.
imp-help-event = дисциплина по-английски, по-русски и по-казахски (мужчины, до 51 кг); можно оставить пустой.
imp-help-result-event = дисциплина по-английски (обязательно), по-русски и по-казахски.
imp-help-athletes = спортсмены через «;»: имя, как оно сохранено, в любом написании (Nurbek Oralbay или Нұрбек Оралбай), или #12 — спортсмен с этим номером, если у двоих одинаковые имена. Имя, которого ни у кого нет, добавит нового спортсмена; предпросмотр их перечислит.
imp-help-team = для команды — её название по-английски, по-русски и по-казахски; иначе пусто.
imp-help-quota-places = число квотных мест, целое от 1 до { $max }.
imp-help-license-won-on = день, когда лицензия завоёвана (2024-04-21 или 21.04.2024), не позже закрытия Игр; можно оставить пустым.
imp-help-license-qualifier = номер отборочного турнира, на котором завоёвана лицензия, как его пишет /export qualifiers (12); турнир должен быть тех же Игр и того же вида спорта. Можно оставить пустым.
imp-help-qualifier-id = номер турнира, как его пишет /export; для нового турнира — пусто. Строка без номера, у которой те же Игры, вид спорта, английское название и первый день, что у сохранённого турнира, обновляет этот турнир, поэтому повторный импорт того же файла ничего не добавит.
imp-help-qualifier-name = название турнира по-английски (обязательно), по-русски и по-казахски (чемпионат мира ISSF).
imp-help-qualifier-event = дисциплины, в которых здесь разыгрываются лицензии на эти Игры, по-английски, по-русски и по-казахски (мужчины, до 51 кг и до 57 кг); пусто, если все дисциплины вида спорта.
imp-help-qualifier-place = где: город по-английски, по-русски и по-казахски и двухбуквенный код страны (QA, FR); можно оставить пустым.
imp-help-host-tz = часовой пояс места проведения в обозначении IANA (Asia/Qatar, Europe/Paris): дни турнира — по местному календарю. Болельщики его не видят.
imp-help-qualifier-days = первый и последний день по местному календарю (2027-05-12 или 12.05.2027); турнир длится не больше { $max } дней и заканчивается не позже закрытия Игр.
imp-help-qualifier-quota = сколько всего квот здесь разыгрывается, целое число от 1 до { $max }; пусто, если неизвестно.
imp-help-closed = yes, когда итоги известны (лицензии, завоёванные здесь, ссылаются на турнир в своём столбце qualifier); пусто, пока нет, и всегда до первого дня турнира. Закрытие через импорт не рассылает итог.
imp-help-result-won-on = день результата по календарю города-хозяина, в дни Игр; можно оставить пустым.
imp-help-how-won = как завоёвана (чемпионат мира, финал) — по-английски, по-русски и по-казахски; можно оставить пустым.
imp-help-where-won = где: город по-английски, по-русски и по-казахски и двухбуквенный код страны (KR, FR); можно оставить пустым.
imp-help-source = где об этом сообщили: ссылка или издание; можно оставить пустым.
imp-help-medal = gold, silver или bronze (золото, серебро, бронза); пусто для места без медали.
imp-help-placing = место по-английски, по-русски и по-казахски (4-е место, четвертьфинал); обязательно, если медали нет.
imp-refused-big = Этот файл весит { $size } МБ, а принимаются файлы до { $max } МБ. Разбейте его на несколько файлов поменьше и пришлите их по одному.
imp-refused-type = Это не CSV-файл. Сохраните таблицу как «CSV UTF-8» и пришлите этот файл.
imp-refused-workbook = Это книга электронной таблицы, а не CSV-файл. Выберите в таблице «Сохранить как» → «CSV UTF-8» и пришлите этот файл.
imp-refused-binary = Это не текстовый файл. Сохраните таблицу как «CSV UTF-8» и пришлите этот файл.
imp-refused-encoding = Файл не в кодировке UTF-8 (возможно, он сохранён в Windows-1251). Сохраните таблицу как «CSV UTF-8» и пришлите снова.
imp-refused-empty = Файл пуст: в нём нет даже заголовка.
imp-refused-quoting = В строке { $line } нарушены кавычки: открывающая кавычка (") ячейки не закрыта или после закрывающей идёт текст. Исправьте эту строку (или заново сохраните файл из таблицы) и пришлите снова. Ничего не изменено.
imp-refused-rows = В файле больше { $max } строк: разбейте его на несколько файлов.
imp-refused-download = Не удалось скачать файл из Telegram. Пришлите его ещё раз чуть позже.
imp-file-gone = Файла, к которому относится этот предпросмотр, в чате больше нет: пришлите его снова.
imp-header-unknown = Первая строка файла — не заголовок шаблона импорта: отправьте /import, чтобы получить шаблон.
imp-header = Заголовок почти совпадает с шаблоном «{ $kind }», но:
imp-header-missing = • не хватает столбцов: { $columns }
imp-header-unknown-columns = • в шаблоне нет таких столбцов: { $columns }
imp-header-repeated = • эти столбцы повторяются: { $columns }
imp-invalid = ❌ <b>{ $kind }: не импортировано.</b> Ошибок: { $count }, строк в файле: { $rows }; ничего не изменено.
imp-error = Строка { $line }, { $column }: { $problem }
imp-error-row = Строка { $line }: { $problem }
imp-errors-more = …и ещё { $count }.
imp-fix = Исправьте их и пришлите файл снова.
imp-err-required = пусто, а значение обязательно.
imp-err-too-long = символов: { $length }, а можно не больше { $max }.
imp-err-english-missing = перевод без английского текста: английский тоже нужен.
imp-err-date = «{ $value }» — не дата: пишите 2024-07-27 или 27.07.2024.
imp-err-number = «{ $value }» — не целое число от { $min } до { $max }.
imp-err-id = «{ $value }» — не номер записи.
imp-err-id-unknown = записи { $value } нет (её удалили или номер набран с ошибкой); для новой записи оставьте ячейку пустой.
imp-err-id-repeated = запись { $value } уже есть в строке { $first }.
imp-err-key-repeated = те же Игры и вид спорта, что в строке { $first }.
imp-err-games = Игр «{ $value }» нет: их список — в описании шаблона (/import).
imp-err-sport = вида спорта «{ $value }» нет.
imp-err-sport-not-held = «{ $value }» нет в программе { $games }.
imp-err-country = «{ $value }» — не двухбуквенный код страны (KR, FR).
imp-err-time = «{ $value }» — не время: пишите 09:30 или 2028-07-14 09:30.
imp-err-medal = «{ $value }» — не медаль: пишите gold, silver или bronze либо оставьте ячейку пустой.
imp-err-medal-or-placing = у результата без медали должно быть указано место.
imp-err-athlete-id = спортсмена { $value } нет.
imp-err-athlete-ambiguous = «{ $value }» зовут нескольких спортсменов ({ $ids }): напишите номер нужного.
imp-err-athlete-name = «{ $value }» — не имя.
imp-err-athletes-too-many = спортсменов: { $count }, а можно не больше { $max }.
imp-err-days-order = последний день раньше первого.
imp-err-days-outside = дни выходят за рамки Игр { $games }.
imp-err-days-long = турнир длится больше { $max } дней: длинную серию вносите по этапам.
imp-err-qualifier-after-games = турнир заканчивается позже закрытия Игр { $games }.
imp-err-zone = «{ $value }» — не часовой пояс: пишите его в обозначении IANA, например Asia/Qatar или Europe/Paris.
imp-err-yes-no = «{ $value }»: напишите yes или оставьте ячейку пустой.
imp-err-qualifier-moved = у турнира { $id } Игры и вид спорта не меняются; для других добавьте новую строку без номера.
imp-err-qualifier-unknown = отборочного турнира «{ $value }» нет (его удалили или номер набран с ошибкой): номера — в /export qualifiers.
imp-err-qualifier-games = отборочный турнир { $value } относится к Играм { $games }, а не к этим.
imp-err-qualifier-sport = отборочный турнир { $value } — по другому виду спорта ({ $sport }).
imp-err-qualifier-closed-ahead = турнир ещё не начался (его первый день — { $value }): закрыть его можно, когда он начнётся.
imp-err-date-future = день { $value } ещё не наступил.
imp-err-date-outside-games = { $value } — вне дней Игр { $games }.
imp-err-cells = ячеек: { $count }, а в заголовке — { $expected }.
imp-preview = 📥 <b>{ $kind }</b> из файла { $file }: строк — { $rows }, ошибок нет.
imp-preview-counts = ➕ Новых: { $new } · ✏️ изменённых: { $changed } · без изменений: { $unchanged }
imp-preview-athletes = 👤 Новые спортсмены ({ $count }): { $names }{ $more ->
        [0] {""}
       *[other] {" "}и ещё { $more }
    }. Проверьте написание: имя, написанное не так, как сохранённое, добавит ещё одного спортсмена.
imp-preview-quiet = { $kind ->
        [qualifiers] 🔕 Турниры, закрытые этим импортом, не рассылают итог; напоминание накануне начала турнира придёт так же, как для добавленного вручную.
       *[other] 🔕 Импортированные записи не рассылают подписчикам уведомлений.
    }
imp-preview-rows = Что изменится (первые строки):
imp-preview-row-new = ➕ строка { $line }: { $what }
imp-preview-row-changed = ✏️ строка { $line } (#{ $id }): { $what } — { $columns }
imp-preview-nothing = Менять нечего: все записи совпадают с сохранёнными.
imp-apply = ✅ Применить
imp-cancel = ✖️ Отмена
imp-cancelled = Отменено: ничего не изменено.
imp-stale = С момента предпросмотра изменился файл или сохранённые данные, поэтому ничего не записано. Предпросмотр на сейчас:
imp-applied = ✅ <b>{ $kind }: импортировано</b> одним изменением (#{ $audit }): новых — { $new }, изменённых — { $changed }{ $athletes ->
        [0] {""}
       *[other] , новых спортсменов — { $athletes }
    }. Болельщики уже это видят. Отмена импорта вернёт всё как было.
imp-applied-already = Этот файл уже импортирован (изменение #{ $audit }); повторно ничего не записано.
imp-undo = ↩️ Отменить импорт
imp-undone = ↩️ Импорт #{ $audit } отменён: добавленных записей удалено — { $removed }, изменённых возвращено как было — { $restored }.
imp-undo-already = Импорт #{ $audit } уже отменён; ничего не изменено.
imp-undo-unknown = Такого импорта нет; ничего не изменено.
imp-undo-conflict = Не отменено: после импорта { $count ->
        [one] изменилась { $count } запись
        [few] изменились { $count } записи
       *[other] изменились { $count } записей
    } (строки { $lines } его файла), и отмена стёрла бы эти изменения. Ничего не изменено.
audit-import = Импорт CSV: { $kind } — новых: { $new }, изменённых: { $changed }
audit-import-undo = Импорт #{ $undoes } отменён: { $kind } — удалено: { $removed }, возвращено: { $restored }
## Qualification events
# Даты турнира — по месту проведения (как их печатают организаторы); через сколько дней он начнётся, считается в часовом поясе читателя.
# $name в qualifier-title — это qualifier-name-place, когда место известно.

cmd-qualifiers = Отборочные турниры, где разыгрываются лицензии; можно добавить вид спорта: /qualifiers бокс
qualifiers-header = 🎯 <b>{ $games }</b>
    Отборочные турниры: где сборная может завоевать лицензии
qualifiers-sport-header = 🎯 <b>{ $sport }: отборочные турниры</b>
    { $games }
qualifiers-dates-note = Даты — по месту проведения турниров.
qualifiers-upcoming = <b>Впереди</b>
qualifiers-past = <b>Прошли</b>
qualifiers-none = Отборочных турниров к этим Играм в списке пока нет.
qualifiers-none-over = Отборочных турниров к этим Играм в списке нет.
qualifiers-sport-none = Отборочных турниров по виду спорта { $sport } к этим Играм в списке пока нет.
qualifiers-sport-none-over = Отборочных турниров по виду спорта { $sport } к этим Играм в списке нет.
qualifier-name-place = { $name } — { $place }
qualifier-title = 📍 <b>{ $name }</b>
qualifier-starts = 🗓 { $dates } · { $days ->
        [0] начинается сегодня
        [1] начинается завтра
        [one] через { $days } день
        [few] через { $days } дня
       *[many] через { $days } дней
    }
qualifier-on-now = 🗓 { $dates } · идёт сейчас
qualifier-dates = 🗓 { $dates }
qualifier-sport = ↳ Вид спорта: { $sport }
qualifier-event = ↳ Дисциплины: { $event }
qualifier-entries = ↳ От сборной: { $who }
qualifier-quota = ↳ Всего квотных мест: { $places }
qualifier-source = ↳ Источник: { $source }
qualifier-won = ↳ 🏅 Завоёвано лицензий: { $licenses } ({ $who })
qualifier-won-none = ↳ Лицензий на этом турнире не завоёвано.
qualifier-outcome-unknown = ↳ Итог пока не внесён.
qualifier-next-chance = 🎯 Следующий шанс: { $what }, { $dates }
button-sport-qualifiers = 🎯 { $sport }: отбор
button-all-qualifiers = 🎯 Все отборочные турниры
qualifier-reminder = ⏰ <b>Скоро отборочный турнир</b> — { $sport }, { $games }
qualifier-summary-header = 🏁 Завершён отбор: <b>{ $name }</b> · { $sport }, { $games }
qualifier-summary-won = 🏅 { $licenses ->
        [one] Завоёвана { $licenses } лицензия
        [few] Завоёваны { $licenses } лицензии
       *[many] Завоёвано { $licenses } лицензий
    }:
qualifier-summary-license = • { $who }
qualifier-summary-license-event = • { $who } — { $event }
qualifier-summary-none = В этот раз без лицензии.
qualifier-summary-no-next = Следующий отборочный турнир пока не внесён.
broadcasts-qualifier = { $stage ->
        [reminder] ⏰ Напоминание
       *[summary] 🏁 Итоги
    } — отборочный турнир #{ $qualifier }: { $name } ({ $sport }) · { $games }
broadcasts-qualifier-gone = { $stage ->
        [reminder] ⏰ Напоминание
       *[summary] 🏁 Итоги
    } — отборочный турнир #{ $qualifier } (позже удалён)
inline-qualifiers-title = 🎯 Отбор · { $games }
inline-qualifiers-sport-title = 🎯 { $sport }: отбор · { $games }
inline-qualifiers-next = Следующий: { $name }, { $dates }
inline-qualifiers-count = Турниров в списке: { $count }
calendar-ics-qualifier = 🎯 Отбор: { $name } ({ $sport })
calendar-ics-qualifier-days = Даты — по месту проведения.
calendar-ics-qualifier-place = Где: { $place }
calendar-ics-qualifier-event = Дисциплины: { $event }
calendar-ics-qualifier-entries = От сборной: { $who }
calendar-ics-qualifier-quota = Всего квотных мест: { $places }
calendar-ics-qualifier-won = Завоёвано лицензий: { $licenses } ({ $who })
calendar-ics-qualifier-won-none = Лицензий на этом турнире не завоёвано.

# Correcting results (staff): /editresult

cmd-editresult = Для команды: исправить результат
er-pick = ✏️ <b>Исправление результата.</b> Выберите один из последних или напишите его номер (например, 20).
er-pick-none = Исправлять пока нечего: результатов нет. Выйти — /cancel.
er-id-bad = Это не номер результата: напишите число, например 20, или нажмите на кнопку.
er-result = <b>Результат #{ $id }</b> — { $sport }, { $games }
er-field = { $part ->
        [outcome] Медаль или место
        [event] Вид программы
        [who] Спортсмены или команда
        [wonOn] Дата
        [source] Источник
       *[note] Примечание
    }
er-pick-field = Что исправить?
er-pick-field-hint = Нажмите, что нужно исправить (кнопки выше), или отправьте /back или /cancel.
ar-note = <b>{ $step }Примечание.</b> Напишите строку, которую болельщики видят под результатом в /medals (набранные баллы, чем примечательна медаль), по-русски, по-казахски или по-английски{ $empty ->
        [clear] {" "}или нажмите «Очистить», чтобы убрать примечание
       *[other] {""}
    }.
ar-keep = Оставить «{ $text }»
er-same = Сейчас там именно это, сохранять нечего. Выберите, что исправить, или отправьте /cancel.
er-confirm-alert = { $state ->
        [sent] Уведомление о нём уже дошло до { $chats ->
            [one] { $chats } чата
           *[other] { $chats } чатов
        }: после сохранения им можно отправить короткое исправление.
        [unshown] В уведомлении этого нет, так что чатам, которые его получили, исправление не нужно.
        [waiting] Уведомление ещё не разослано: в нём уже будет это исправление.
       *[none] Уведомление о нём не получил ни один чат: болельщики увидят исправление в /medals.
    }
er-saved = Сохранено: результат #{ $id } исправлен, болельщики уже видят новое. Исправить что-то ещё: /editresult { $id }
er-saved-alert = { $state ->
        [sent] Уведомление о нём уже дошло до { $chats ->
            [one] { $chats } чата
           *[other] { $chats } чатов
        }: отправьте им короткое исправление, чтобы изменение не прошло незаметно.
        [unshown] В уведомлении этого нет, так что чатам, которые его получили, исправление не нужно.
        [waiting] Уведомление ещё не разослано: { $chats ->
            [one] { $chats } чат, который его ждёт, получит
            [few] { $chats } чата, которые его ждут, получат
           *[other] { $chats } чатов, которые его ждут, получат
        } уже исправленный результат.
       *[none] Уведомление о нём не получил ни один чат, так что сообщать никому не нужно.
    }
er-changed = Пока вы редактировали, результат #{ $id } изменил кто-то другой, поэтому ничего не сохранено. Вот он в нынешнем виде:
er-gone = Результат #{ $id } тем временем удалили; ничего не изменено.
er-idle = Исправление не трогали больше 30 минут, поэтому оно прервано; ничего не изменено. Начните заново с /editresult.
er-busy = Вы исправляете результат: ответьте на вопрос выше, отправьте /back, чтобы вернуться на шаг назад, или /cancel, чтобы выйти.
er-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому исправление прервано; ничего не изменено. Начните заново: /editresult.

## Qualification events: staff (/addqualifier, /editqualifier, /closequalifier)

cmd-addqualifier = Для команды: добавить отборочный турнир
cmd-editqualifier = Для команды: изменить отборочный турнир
cmd-closequalifier = Для команды: закрыть отборочный турнир с его итогом
aq-games = <b>Игры.</b> На какие Игры идёт этот отбор? Нажмите кнопку или напишите название (например, «Лос-Анджелес 2028»).
aq-sport = <b>Вид спорта.</b> Напишите его название («бокс», «boxing») или выберите из программы этих Игр.
aq-name = <b>Название.</b> Как называется турнир? Напишите на русском, казахском или английском (например, «чемпионат мира»).
aq-place = <b>Место.</b> Город, где он проходит, на любом из трёх языков (например, «Доха»), или пропустите.
aq-zone = <b>Часовой пояс.</b> Даты турнира считаются по местному календарю. Нажмите город или напишите разницу с UTC, например UTC+3 (Доха).
aq-zone-button = { $city } ({ $offset })
aq-zone-bad = Не понимаю такой часовой пояс: нажмите кнопку или напишите разницу с UTC, например UTC+3 или UTC-5.
aq-days = <b>Дни.</b> Первый и последний день по местному календарю: «12.05.2027» или «12–19.05.2027».
aq-days-bad = Не могу разобрать даты. Напишите один день (12.05.2027) или промежуток (12–19.05.2027, 30.05–02.06.2027).
aq-days-order = Последний день раньше первого: сначала напишите первый (12–19.05.2027).
aq-days-long = Это больше 45 дней: длинную серию вносите по этапам.
aq-places = <b>Квоты.</b> Сколько всего олимпийских квот здесь разыгрывается, если известно (число), или пропустите.
aq-places-bad = Напишите целое число от 1 до { $max } или пропустите.
aq-entries = <b>Заявка команды.</b> Кто выступает здесь от сборной? Напишите имена (достаточно фамилии; несколько — через запятую или каждое с новой строки), выберите спортсмена или нажмите «Команда», если имена пока неизвестны.
aq-source = <b>Источник.</b> Ссылка на страницу турнира или новость о нём (http или https) или пропустите.
aq-pick-field = Нажмите под турниром, что нужно изменить.
aq-field = { $field ->
        [name] Название
        [place] Место
        [zone] Часовой пояс
        [days] Дни
        [places] Квоты
        [athletes] Заявка
        [close] 🏁 Закрыть с итогом
       *[source] Источник
    }
aq-preview = <b>Предпросмотр</b> ({ $games }; время места проведения — { $zone }): так турнир увидят болельщики.
aq-save = ✅ Сохранить
aq-change = ✏️ Изменить поле
aq-change-which = Что изменить?
aq-idle = Работа с отборочным турниром простояла больше 30 минут и завершилась; ничего не сохранено.
aq-cancelled = Отменено: ничего не сохранено.
aq-busy = Вы работаете с отборочным турниром: ответьте на вопрос выше, отправьте /back, чтобы вернуться на шаг, или /cancel.
aq-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }, поэтому работа прервана; ничего не сохранено.
aq-save-failed = { $reason ->
        [database] База данных не ответила
       *[other] Что-то пошло не так
    }: ничего не сохранено. Нажмите «Сохранить» ещё раз.
aq-saved = ✅ Отборочный турнир №{ $id } сохранён: болельщики видят его в /qualifiers. Изменить: /editqualifier { $id }; закрыть: /closequalifier { $id }.
aq-saved-already = Этот турнир уже сохранён (№{ $id }); ничего не добавлено.
eq-pick = Какой отборочный турнир? Нажмите кнопку или напишите его номер.
eq-none = Отборочных турниров в списке нет.
eq-id-bad = Напишите номер турнира (например, 12) или нажмите кнопку.
eq-missing = Отборочного турнира №{ $id } нет (или он удалён).
eq-field = <b>Отборочный турнир №{ $id }</b>: что изменить?
eq-same = Так уже и записано: менять нечего.
eq-before = <b>Было</b>
eq-after = <b>Станет</b>
eq-saved = ✅ Отборочный турнир №{ $id } изменён: болельщики видят это сразу.
eq-changed = Пока вы редактировали, турнир №{ $id } изменил кто-то другой: вот он сейчас.
cq-pick = Какой отборочный турнир завершился? Нажмите кнопку или напишите его номер.
cq-none = Открытых отборочных турниров, которые уже начались, нет: закрыть турнир можно с его первого дня.
cq-already = Турнир №{ $id } уже закрыт.
cq-ahead = <b>{ $name }</b> (№{ $id }) ещё не начался: его первый день — { $day }. Закрыть турнир можно, когда он начнётся; ничего не изменено.
cq-licenses = <b>{ $name }</b>: какие лицензии завоёваны здесь? Отметьте их среди внесённых по этому виду спорта ({ $count }) и нажмите «Готово» (можно ни одной).
cq-licenses-hint = Отметьте лицензии, завоёванные здесь, и нажмите «Готово».
cq-done = ✅ Готово ({ $picked })
cq-close = 🏁 Закрыть и разослать итог
cq-preview = <b>Предпросмотр</b>: этот итог получат { $chats } { $chats ->
        [one] чат, который следит
        [few] чата, которые следят
       *[many] чатов, которые следят
    } за этим видом спорта.
cq-closed = 🏁 Турнир №{ $id } закрыт, лицензий: { $licenses }. Итог уйдёт в { $chats } { $chats ->
        [one] чат
        [few] чата
       *[many] чатов
    } через { $minutes } мин; до этого его можно отменить.
cq-record = 🏅 Внести лицензию, завоёванную здесь
cq-record-busy = Сначала закончите начатое (или отправьте /cancel), потом нажмите ещё раз.
cq-undo = ↩️ Отменить
cq-undone = Турнир снова открыт: итог не отправлен.
cq-undone-sent = Турнир снова открыт; итог уже был разослан.
cq-undo-none = Этот турнир не закрыт (уже отменено?).
