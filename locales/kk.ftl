# Қазақша. Хабарламалар — Telegram HTML: мәндер экрандалған күйде келеді; & < > таңбалары үшін &amp; &lt; &gt; жазыңыз.
# Батырмалардың, қалқымалы жауаптардың және команда сипаттамаларының кілттері (menu-*, button-*, switch-*, cmd-*,
# language-*, games-short, licenses-sport-button, error-*) — тек қарапайым мәтін.
# Сан есімнен кейін зат есім көпше түрде өзгермейді (5 күн, 3 лицензия), сондықтан көптік селекторлары қажет емес.
# Саны лицензиямен айтылады; квоталық орындар саны лицензия санынан өзгеше болғанда ғана көрсетіледі.

## Games

games-title = { $season ->
    [winter] { $kind ->
        [paralympic] «{ $city } { $year }» қысқы Паралимпиада ойындары
       *[olympic] «{ $city } { $year }» қысқы Олимпиада ойындары
    }
   *[summer] { $kind ->
        [paralympic] «{ $city } { $year }» Паралимпиада ойындары
       *[olympic] «{ $city } { $year }» Олимпиада ойындары
    }
}
games-short = { $city } { $year }{ $kind ->
    [paralympic] {" "}(Паралимпиада)
   *[olympic] {""}
}
switch-kind = { $kind ->
    [paralympic] ⇄ Паралимпиада ойындары
   *[olympic] ⇄ Олимпиада ойындары
}
games-over = { $games } аяқталды (жабылу күні: { $date }).
next-games = Келесі: { $games }, ашылу күні — { $date }. Толығырақ: /countdown
no-games = Күнтізбеде әзірге Ойындар жоқ.
games-note = <i>{ $note }</i>

## Time

time-in-zone = { $time }, { $zone }
time-pair = { $host } · { $local }
date-time = { $date }, { $times }

## Menu and commands

menu-licenses = 🏅 Лицензиялар
menu-schedule = 📅 Кесте
menu-countdown = ⏳ Кері санақ
menu-language = 🌐 Тіл
menu-medals = 🥇 Медальдар
menu-subscriptions = 🔔 Жазылымдар

cmd-start = Бот не істейді
cmd-licenses = Лицензиялар; спорт түрін немесе спортшыны қосуға болады: /licenses бокс
cmd-medals = Құраманың Ойындардағы медальдары
cmd-schedule = Жарыс күндері; спорт түрін немесе «бүгін» деп қосыңыз
cmd-countdown = Келесі Ойындарға дейін қалған уақыт
cmd-subscribe = Жаңа лицензиялар туралы хабарламалар және кері санақ
cmd-unsubscribe = Хабарламаларды өшіру: спорт түрі, кері санақ немесе барлығы
cmd-settings = Осы чаттың жазылымдары мен тілі
cmd-language = Тілді таңдау
cmd-help = Барлық командалар мысалдарымен

start-text =
    👋 Сәлеметсіз бе, { $name }!

    Мен Қазақстан құрамасының Олимпиада және Паралимпиада ойындарына жолын қадағалаймын:
    🏅 спорт түрлері бойынша жеңіп алынған лицензиялар (квоталар);
    🥇 Ойындарда жеңіп алынған медальдар (/medals), әр спортшының лицензиялары мен медальдары;
    📅 әр спорт түрінің жарыс күндері;
    ⏳ келесі Ойындарға дейін қанша уақыт қалғаны.

    Төмендегі батырманы басыңыз немесе спорт түрінің атауын не спортшының атын жіберіңіз, мысалы, <i>бокс</i> немесе <i>Оралбай</i>.

help-text =
    <b>Не істей аламын</b>

    /licenses — іріктеуі қазір жүріп жатқан Ойындарға лицензиялар: барлығы, мақсат және спорт түрлері бойынша саны
    /licenses бокс — бір спорт түріндегі барлық лицензиялар (атауын қазақша, орысша немесе ағылшынша жазыңыз; қатемен жазсаңыз да табамын)
    /licenses Оралбай — спортшының лицензиялары мен медальдары (кириллицамен немесе латынша)
    /medals — құраманың қазір өтіп жатқан не соңғы өткен Ойындардағы медальдары; /medals паралимпиада — Паралимпиада ойындарындағы
    /schedule — қазір өтіп жатқан не келесі Ойындардың жарыс күндері
    /schedule дзюдо — бір спорт түрінің жарыс күндері
    /schedule бүгін — Ойындар кезінде бүгін не өтетіні
    /countdown — келесі Олимпиада және Паралимпиада ойындарына дейін қалған уақыт
    /subscribe — жаңа лицензиялар туралы хабарламалар және кері санақ: баптаулар
    /subscribe бокс — бір спорт түріндегі жаңа лицензиялар туралы хабарламалар; /subscribe барлығы — барлық спорт түрлері бойынша
    /subscribe кері санақ — кері санақ еске салғыштары (қосуға болады: маңызды күндер, апта сайын немесе күн сайын)
    /unsubscribe бокс, /unsubscribe кері санақ, /unsubscribe барлығы — оларды өшіру
    /settings — осы чаттың жазылымдары мен тілі
    /language — English, Русский немесе Қазақша
    /help — осы хабарлама
    Командадан кейін кез келген Ойындарды атауға болады: /medals париж, /medals 2026, /schedule лос-анджелес

    Спорт түрінің атауын немесе спортшының атын жай ғана жіберсеңіз де болады, мысалы, <i>бокс</i>, <i>күрес</i> немесе <i>Оралбай</i>.
    Топта маған /licenses@{ $bot } түрінде жазыңыз немесе хабарламаларыма жауап беріңіз.

hint = Спорт түрінің атауын немесе спортшының атын жіберіңіз (мысалы, <i>бокс</i> немесе <i>Оралбай</i>) немесе /licenses, /medals, /schedule, /countdown командаларын пайдаланыңыз. Барлық командалар: /help
unknown-command = Мұндай команданы білмеймін. Барлық командалар: /help

## Buttons

pager-indicator = Бұл — бет нөмірі. Беттерді ◀️ және ▶️ түймелерімен ауыстырыңыз.
button-stale = Бұл батырма ескірген. Жаңаларын алу үшін /start жіберіңіз.
button-refresh = 🔄 Жаңарту
button-all-sports = ⬅️ Барлық спорт түрлері
button-full-schedule = 📅 Толық кесте
button-today-schedule = 📅 Бүгінгі кесте
button-sport-schedule = 📅 { $sport }: кесте
button-sport-licenses = 🏅 { $sport }: лицензиялар
button-licenses = 🏅 Лицензиялар
button-medals = 🥇 Медальдар
button-games-medals = 🥇 { $games }: медальдар
button-athlete-sport = 🏅 { $sport } · { $games }

## Licenses

licenses-header = 🏅 <b>{ $games }</b>
    Қазақстан құрамасының лицензиялары
licenses-none-yet = Бұл Ойындарға әзірге бірде-бір лицензия тізімде жоқ.
licenses-none = Бұл Ойындарға бірде-бір лицензия тізімде жоқ.
licenses-over = { $games } аяқталды (жабылу күні: { $date }).
licenses-listed = Тізімде: { $sports } спорт түрі бойынша <b>{ $licenses } лицензия</b>.
licenses-listed-places = Тізімде: { $sports } спорт түрі бойынша <b>{ $licenses } лицензия</b> ({ $places } квоталық орын).
# $sports = 0: есепте спорт түрлерінің саны көрсетілмеген.
licenses-reported = Ресми мәлімет ({ $date }): { $sports ->
        [0] {""}
       *[other] { $sports } спорт түрі бойынша{" "}
    }<b>{ $licenses } лицензия</b> ({ $source }).
licenses-reported-incomplete = Бұл тізімде олардың бір бөлігі ғана бар.
licenses-reported-exceeded = Бұл тізімде сол есептегіден көп лицензия бар.
licenses-reported-incomplete-over = Бұл тізімде олардың бір бөлігі ғана бар.
# Ресми мәліметтер күн ретімен; $sports = 0: есепте спорт түрлерінің саны көрсетілмеген.
licenses-reported-history = Ресми мәліметтер:
licenses-reported-entry = • { $date }: { $sports ->
        [0] {""}
       *[other] { $sports } спорт түрі бойынша{" "}
    }<b>{ $licenses } лицензия</b> ({ $source })
licenses-reported-note = ↳ <i>{ $note }</i>
# $count — $date күнгі алынған лицензиялар саны.
licenses-target = Мақсат: <b>{ $target } лицензия</b>; алынғаны: { $count } ({ $date }).
licenses-target-above = Мақсат: <b>{ $target } лицензиядан астам</b>; алынғаны: { $count } ({ $date }).
licenses-sport-line = • { $sport } — { $licenses }
licenses-sport-line-places = • { $sport } — { $licenses } ({ $places } квоталық орын)
licenses-tap-sport = Лицензияны кім жеңіп алғанын көру үшін спорт түрін таңдаңыз.
licenses-sport-button = { $sport } · { $licenses }

licenses-sport-header = 🏅 <b>{ $sport }</b> — { $games }
licenses-sport-count = { $licenses } лицензия
licenses-sport-count-places = { $licenses } лицензия ({ $places } квоталық орын)
licenses-sport-none = { $games }: <b>{ $sport }</b> бойынша әзірге лицензия тізімде жоқ.
licenses-sport-none-over = { $games }: <b>{ $sport }</b> бойынша лицензия тізімде жоқ.
license-unnamed = Спортшының аты аталмаған
license-who = { $n }. <b>{ $who }</b>
license-discipline = Пән: { $sport }
license-team = Команда: { $team }
license-event = Жарыс түрі: { $event }
license-places = { $places } квоталық орын
license-won-on = Алынған күні: { $date }
license-how = Қалай алынды: { $how }
license-note = <i>{ $note }</i>
license-source = Дереккөз: { $source }

## Results and medals

results-line = Нәтиже: <b>{ $gold } алтын, { $silver } күміс, { $bronze } қола</b>.
results-line-rank = Нәтиже: <b>{ $gold } алтын, { $silver } күміс, { $bronze } қола</b>, медаль кестесінде { $rank }-орын.
results-line-now = Әзірге: <b>{ $gold } алтын, { $silver } күміс, { $bronze } қола</b>.
results-line-rank-now = Әзірге: <b>{ $gold } алтын, { $silver } күміс, { $bronze } қола</b>, қазір медаль кестесінде { $rank }-орын (бұл әлі өзгеруі мүмкін).
results-none = Құраманың бұл Ойындардағы нәтижелері мұнда әлі енгізілмеген.
results-none-over = Құраманың бұл Ойындардағы нәтижелері мұнда енгізілмеген.

medals-header = 🥇 <b>{ $games }</b>
    Қазақстан құрамасының медальдары
medals-not-started = Бұл Ойындар әлі басталған жоқ.
medals-none-yet = Бұл Ойындардағы медальдар мұнда әзірге жоқ.
medals-none-over = Құраманың бұл Ойындардағы медальдары мұнда жоқ.
medal-line = { $icon } <b>{ $who }</b> — { $sport }, { $event }
medal-line-date = { $icon } <b>{ $who }</b> — { $sport }, { $event } ({ $date })
medal-team = ↳ Команда: { $team }
medal-note = ↳ <i>{ $note }</i>
medal-source = ↳ Дереккөз: { $source }
medals-placings = <b>Басқа нәтижелер</b>
placing-line = 🔹 { $placing }: <b>{ $who }</b> — { $sport }, { $event }
placing-line-date = 🔹 { $placing }: <b>{ $who }</b> — { $sport }, { $event } ({ $date })

## Athletes

athlete-name = 👤 <b>{ $name }</b>
athlete-name-forms = 👤 <b>{ $name }</b> ({ $forms })
athlete-licenses = 🏅 Лицензиялар:
athlete-license = • { $games } — { $sport }
athlete-license-event = • { $games } — { $sport }, { $event }
athlete-results = 🏆 Нәтижелер:
athlete-medal = { $icon } { $games } — { $sport }, { $event }
athlete-medal-date = { $icon } { $games } — { $sport }, { $event } ({ $date })
athlete-placing = 🔹 { $games } — { $sport }, { $event }: { $placing }
athlete-placing-date = 🔹 { $games } — { $sport }, { $event }: { $placing } ({ $date })
athlete-nothing = Бұл спортшының лицензиялары мен нәтижелері мұнда әзірге жоқ.
athlete-several = «{ $query }» бойынша { $count } спортшы табылды:

## Finding a sport

sport-unknown = «{ $query }» деген спорт түрін білмеймін. Барлығын көру үшін { $command } командасын атаусыз жіберіңіз.
sport-or-athlete-unknown = «{ $query }» деген спорт түрін де, спортшыны да білмеймін. Барлық спорт түрлерін көру үшін { $command } командасын атаусыз жіберіңіз.
sport-ambiguous = «{ $query }» бірнеше спорт түріне сәйкес келеді. Қайсысы?
sport-did-you-mean = «{ $query }» табылмады. Мүмкін, мыналардың бірі шығар:
# Спорт түрі де, спортшы да емес, бот білетін сұрақ та емес қарапайым хабар.
lookup-not-found = «{ $query }» деген спорт түрі де, спортшы да табылмады.
lookup-try = Мысалы, былай жазыңыз: <i>бокс</i>, <i>мәнерлеп сырғанау</i>, <i>Оралбай</i>, <i>олимпиада қашан?</i>, <i>медальдар</i> — немесе төмендегі мәзірден таңдаңыз. Барлық командалар: /help

## Schedule

# The word after /schedule that asks for today's events (matched case-insensitively).
schedule-today-word = бүгін
schedule-header = 📅 <b>{ $games }</b> — жарыс кестесі
schedule-sport-header = 📅 <b>{ $sport }</b> — { $games }
schedule-before = Ойындардың ашылу күні: { $date }.
schedule-during = Ойындар жүріп жатыр: { $of } күннің { $day }-күні.
schedule-opening = Ашылу салтанаты: { $when }
schedule-dates-in = Күндер { $zone } көрсетілген.
schedule-line = • { $sport } — { $dates }
schedule-starts = ↳ алғашқы старт: { $times }
schedule-note = ↳ <i>{ $note }</i>
schedule-none = Бұл Ойындардың жарыс кестесі әзірге белгісіз.
schedule-sport-none = { $games }: <b>{ $sport }</b> бойынша жарыс күндері әзірге белгісіз.
schedule-sport-none-over = { $games }: <b>{ $sport }</b> бойынша жарыс күндері мұнда енгізілмеген.
schedule-none-over = Бұл Ойындардың жарыс күндері мұнда енгізілмеген.

today-header = 📅 <b>{ $games }</b> — бүгін, { $date }, жергілікті уақыт бойынша ({ $city }), { $of } күннің { $day }-күні
today-nothing = Бүгін біздің тізімдегі жарыстар жоқ.
today-no-games = Бүгін ешқандай Ойындар өтпейді.

## Countdown

countdown-header = ⏳ <b>Кері санақ</b>
countdown-before = <b>{ $games }</b>: ашылуына { $left } қалды.
countdown-days = <b>{ $days } күн</b>
countdown-clock = <b>{ $hours } сағат { $minutes } минут</b>
countdown-opening-exact = Ашылу салтанаты: { $when }
countdown-opening-date = Ашылу күні: { $date } (салтанаттың уақыты әлі жарияланған жоқ; санақ сол күннің басына дейін { $zone } жүргізіледі).
countdown-during = <b>{ $games }</b>: { $of } күннің { $day }-күні.
countdown-none = Күнтізбеде алдағы Ойындар әзірге жоқ.
countdown-licenses = Жеңіп алынған лицензиялар: <b>{ $places }</b>.
countdown-licenses-none = Бұл Ойындарға лицензиялар тізімде әлі жоқ.
summary-header = 🏟 <b>Бүгін Ойындарда</b>
summary-day = <b>{ $games }</b>: { $of } күннің { $day }-күні, { $date }, жергілікті уақыт бойынша ({ $city }).
summary-results-header = <b>Бүгінгі нәтижелер</b>
summary-results-none = Бүгін құраманың нәтижелері әзірге жоқ.
summary-on-header = <b>Бүгінгі бағдарламада</b>
summary-on-starts = • { $sport } — алғашқы старт: { $times }
summary-on-list = { $sports }.
summary-on-list-more = { $sports } және тағы { $count }.
summary-results-more = …тағы { $count } нәтиже медальдар бетінде.

## Subscriptions

# /subscribe және /unsubscribe командаларынан кейінгі сөздер (бас әріп, бос орын мен тыныс белгілері маңызды емес; ағылшынша сөздер де жарайды).
sub-word-all = барлығы
sub-word-countdown = кері санақ
sub-word-milestones = маңызды күндер
sub-word-weekly = апта сайын
sub-word-daily = күн сайын

sub-header = 🔔 <b>Осы чаттың жазылымдары</b>
sub-games = { $games ->
    [olympic] тек Олимпиада ойындары
    [paralympic] тек Паралимпиада ойындары
    [none] Ойындар таңдалмаған
   *[both] Олимпиада және Паралимпиада ойындары
}
sub-alerts-all = 🏅 Жаңа лицензиялар: барлық спорт түрлері ({ $games }).
sub-alerts-chosen = 🏅 Жаңа лицензиялар: { $sports } ({ $games }).
sub-alerts-off = 🏅 Жаңа лицензиялар: хабарламалар өшірулі.
sub-results-all = 🥇 Нәтижелер: { $results ->
    [medals] медальдар
   *[all] барлық нәтиже
}, барлық спорт түрі ({ $games }).
sub-results-chosen = 🥇 Нәтижелер: { $results ->
    [medals] медальдар
   *[all] барлық нәтиже
} — { $sports } ({ $games }).
sub-results-off = 🥇 Нәтижелер: хабарламасыз.
sub-countdown = ⏳ Кері санақ: { $cadence ->
    [milestones] ашылуға { $days } күн қалғанда және ашылу күні
    [weekly] аптасына бір рет
    [daily] күн сайын
   *[off] өшірулі
}.
sub-language = 🌐 Тіл: { $language }.
sub-language-auto = 🌐 Тіл: Telegram тілі (қазір { $language }).
sub-menu-footer = Баптауды өзгерту үшін батырманы басыңыз. Спорт түрін қосу: /subscribe бокс
sub-admins-only = Топта бұл баптауларды тек оның әкімшілері өзгерте алады.
sub-reply-footer = Барлық баптаулар: /settings

sub-note-sport-added = ✅ Хабарламалар қосылды: <b>{ $sport }</b>.
sub-note-sport-in-all = ✅ Бұл чат барлық спорт түрлері бойынша хабарлама алып отыр, <b>{ $sport }</b> солардың қатарында.
sub-note-all = ✅ Барлық спорт түрлері бойынша хабарламалар қосылды.
sub-note-countdown = ✅ Кері санақ еске салғыштары қосылды.
unsub-note-sport = ✅ <b>{ $sport }</b> бойынша хабарламалар енді келмейді.
unsub-note-sport-not-chosen = <b>{ $sport }</b> бұл чатта таңдалған спорт түрлерінің арасында жоқ: ештеңе өзгермеді.
unsub-note-sport-in-all = Бұл чат барлық спорт түрлері бойынша хабарлама алады, сондықтан <b>{ $sport }</b> әлі де солардың қатарында. Тек кейбір спорт түрлерін алу үшін /unsubscribe барлығы командасын, содан кейін әр қажетті спорт түрімен /subscribe командасын жіберіңіз.
unsub-note-countdown = ✅ Кері санақ еске салғыштары өшірілді.
unsub-note-all = ✅ Барлық хабарламалар мен кері санақ еске салғыштары өшірілді.
sub-cadence-unknown = Кері санақтың мұндай нұсқасын білмеймін: «{ $query }». Біреуін таңдаңыз: /subscribe кері санақ маңызды күндер, /subscribe кері санақ апта сайын немесе /subscribe кері санақ күн сайын.
sub-sport-unknown = «{ $query }» деген спорт түрін білмеймін. Атауын тексеріңіз, мысалы: { $command } бокс.

button-sub-alerts-all = 🏅 Барлық түрі
button-sub-alerts-chosen = 🏅 Таңдалғандар ({ $count })
button-sub-alerts-off = 🏅 Өшірулі
button-sub-olympic = Олимпиада
button-sub-paralympic = Паралимпиада
button-sub-results-medals = 🥇 Медальдар
button-sub-results-all = 🥇 Барлық нәтиже
button-sub-results-off = 🥇 Өшірулі
button-sub-countdown-milestones = ⏳ Маңызды күндер
button-sub-countdown-weekly = ⏳ Апта сайын
button-sub-countdown-daily = ⏳ Күн сайын
button-sub-countdown-off = ⏳ Өшірулі
button-sub-language = 🌐 Тіл: { $language }
button-back = ⬅️ Артқа
button-sub-outdated = Бұл мәзір жіберілгеннен кейін баптаулар өзгерді. Міне, қазіргі күйі.
button-sub-no-sports = Спорт түрлері әлі таңдалмаған: /subscribe командасын спорт түрімен жіберіңіз, мысалы, /subscribe бокс.
button-sub-keep-one = Олимпиада немесе Паралимпиада ойындарының кемінде біреуін қосулы қалдырыңыз. Хабарламаларды өшіру үшін «🏅 Өшірулі» батырмасын басыңыз.

## Language

language-name-en = English
language-name-ru = Русский
language-name-kk = Қазақша
language-auto = 🔄 Telegram тілі
language-choose = Қазіргі тіл: { $language }. Осы чаттың тілін таңдаңыз:
language-set = Дайын: осы чаттың тілі — { $language }.

## Errors (plain text: also shown as pop-up alerts)

error-db-unavailable = Кешіріңіз, қазір уақытша қолжетімсізбін. Бір минуттан кейін қайталап көріңіз.
error-generic = Кешіріңіз, менің тарапымда бірдеңе дұрыс болмады. Қайталап көріңіз.
error-not-admin = Бұл топтың баптауларын тек оның әкімшілері өзгерте алады.
error-admin-unknown = Сіздің осы топтың әкімшісі екеніңізді тексере алмадым, сондықтан ештеңе өзгермеді. Кейінірек қайталап көріңіз.

## Жазылушыларға хабарламалар
alert-license-header = 🎉 <b>Жаңа лицензия!</b> { $sport } — { $games }
alert-license-total = Қазір тізімде: <b>{ $licenses } лицензия</b>.
alert-license-total-places = Қазір тізімде: <b>{ $licenses } лицензия</b> ({ $places } квоталық орын).
alert-license-sport = 🏅 { $sport }: барлық лицензиялар
alert-license-all = 🏅 Барлық лицензиялар

alert-result-medal = { $icon } <b>{ $medal }!</b> { $who } — { $sport }, { $event }
alert-result-placing = 🔹 <b>{ $placing }</b>: { $who } — { $sport }, { $event }
alert-result-games = { $games }
alert-result-games-date = { $games } · { $date }
alert-result-correction = ✏️ Біз сізге жіберген нәтижеге <b>түзету</b>:
alert-result-withdrawn = ✏️ <b>Түзету:</b> біз сізге бұрын жіберген нәтиже ({ $sport }, { $games }) кері қайтарылды.
alert-result-settings = ⚙️ Бұл хабарламаларды өзгерту не тоқтату

## Таратылымдар (қызметкерлерге)
broadcasts-none = Әзірге таратылым жоқ.
broadcasts-header = 📣 <b>Соңғы таратылымдар</b>
    Күн мен уақыт { $zone } көрсетілген.
broadcasts-countdown = ⏳ Кері санақ ({ $cadence ->
        [milestones] маңызды күндер
        [weekly] апта сайын
        [daily] күн сайын
       *[other] басқа
    }): { $games }
broadcasts-license = 🏅 Жаңа лицензия #{ $license }: { $sport }, { $who } · { $games }
broadcasts-license-gone = 🏅 Жаңа лицензия #{ $license } (кейін жойылған)
broadcasts-result = { $correction ->
        [yes] ✏️ Нәтиже түзетуі
       *[no] 🥇 Нәтиже
    } #{ $result }: { $sport }, { $who } · { $games }
broadcasts-result-gone = { $correction ->
        [yes] ✏️ Нәтиже түзетуі
       *[no] 🥇 Нәтиже
    } #{ $result } (кейін жойылған)
broadcasts-item = <b>#{ $id }</b> { $what } — { $status ->
        [sending] жіберілуде
        [done] аяқталды
       *[cancelled] тоқтатылды
    }, { $when }
broadcasts-counts = жіберілді { $sent } · кезекте { $pending } · бұғаттағандар { $blocked } · қателер { $failed }
broadcasts-eta = шамамен { $minutes } мин қалды
broadcasts-cancel = ✖️ #{ $id } тоқтату
broadcasts-cancelled = #{ $id } таратылымы тоқтатылды: жіберілмегені жіберілмейді.
broadcasts-not-sending = #{ $id } таратылымы енді жіберілмейді.

## Staff

cmd-staff = Қызметкерлерге: деректерді кім енгізе алады
cmd-broadcasts = Қызметкерлерге: соңғы таратылымдар
staff-only = Бұл команда құраманың қызметкерлеріне арналған.
staff-owners-only = Қызметкерлер құрамын тек иелері өзгерте алады.
staff-just-added = Сізді жаңа ғана қызметкер етіп қосты: бір минуттан кейін команданы қайта жіберіңіз.
staff-header = 👥 <b>Қызметкерлер</b>
staff-line = • { $who } — { $role ->
        [owner] иесі
       *[editor] редактор
    }
staff-usage = Редактор қосу: <b>/staff add</b> және пайдаланушы id-і немесе ботты бұрын іске қосқан адамның @username-і, не оның хабарламасына (немесе осында қайта жіберілген хабарламасына) жауап ретінде. Алып тастау: <b>/staff remove</b> дәл солай.
staff-target-unknown = Кімді айтып тұрғаныңызды түсінбедім. Пайдаланушы id-ін, ботты бұрын іске қосқан адамның @username-ін беріңіз немесе оның хабарламасына жауап беріңіз.
staff-added = { $who } енді редактор.
staff-already = { $who } құрамда бар.
staff-removed = { $who } енді құрамда жоқ.
staff-not-staff = { $who } құрамда жоқ.
staff-is-owner = { $who } — иесі: иелер BOT_OWNER_IDS арқылы беріледі, чатта өзгертілмейді.

## Recording a license (staff conversation)

cmd-addlicense = Қызметкерлерге: жаңа лицензияны енгізу
al-private-only = Лицензияны тек ботпен жеке чатта енгізуге болады: соны ашып, /addlicense командасын сонда жіберіңіз.
al-games = <b>1/8 · Ойындар.</b> Лицензия қай Ойындарға жеңіп алынды? Батырманы басыңыз немесе атауын жазыңыз (мысалы, «LA 2028»).
al-games-unknown = Қай Ойындарды айтып тұрғаныңызды түсінбедім. Батырмалардың бірін басыңыз немесе, мысалы, «LA 2028» деп жазыңыз.
al-sport = <b>2/8 · Спорт түрі.</b> Спорт түрінің атауын жанкүйерлер /licenses командасында жазатындай жазыңыз («boxing», «бокс») немесе батырманы басыңыз.
al-sport-unknown = Бұл Ойындарда «{ $query }» деген спорт түрі жоқ. Қайта жазыңыз немесе ұсынылғандардың бірін таңдаңыз.
al-athletes = <b>3/8 · Спортшылар.</b> Лицензияны кім жеңіп алды? Аттарын жазыңыз (үтір арқылы немесе әрқайсысын жаңа жолдан), белгілі спортшыны таңдаңыз немесе лицензия командалық болса, «Команда» батырмасын басыңыз.
al-athletes-none = Кемінде бір атты жазыңыз немесе «Команда» батырмасын басыңыз.
al-event = <b>4/8 · Жарыс түрі.</b> Қазақша, орысша немесе ағылшынша жазыңыз (мысалы, «ерлер, 51 кг-ға дейін»), осы спорт түрінде бұрын енгізілгенін таңдаңыз немесе бұл қадамды өткізіп жіберіңіз.
al-how = <b>5/8 · Қалай алынды.</b> Іріктеу жарысы және алған орны не рейтингтегі орны, үш тілдің кез келгенінде (мысалы, «әлемдік іріктеу турнирі, 2-орын») немесе бұл қадамды өткізіп жіберіңіз.
al-date = <b>6/8 · Алынған күні.</b> «Бүгін» немесе «Кеше» батырмасын басыңыз не күнін жазыңыз: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
al-date-bad = Мұны күн ретінде түсіне алмадым. Мысалдар: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
al-date-future = { $date } әлі келген жоқ: лицензия жеңіп алынғаннан кейін ғана енгізіледі.
al-date-after-games = { $date } — бұл Ойындар жабылғаннан кейінгі күн (жабылу күні: { $closes }).
al-places = <b>7/8 · Квоталық орындар.</b> «{ $default }» батырмасын басыңыз немесе 1-ден 50-ге дейінгі бүтін сан жазыңыз.
al-places-bad = 1-ден 50-ге дейінгі бүтін сан жазыңыз.
al-source = <b>8/8 · Дереккөз.</b> Бұл туралы хабарланған беттің сілтемесі (http немесе https) немесе бұл қадамды өткізіп жіберіңіз.
al-source-bad = Бұл http(s) сілтемесі емес. https://example.org/news сияқты сілтеме жіберіңіз немесе бұл қадамды өткізіп жіберіңіз.
al-text-too-long = Мұнда { $length } таңба бар; ең көбі { $max } таңба болуы керек.
al-text-empty = Мәтін жіберіңіз немесе бұл қадамды өткізіп жіберіңіз.
al-preview = <b>Алдын ала қарау</b>: жазылушылар мұны осылай көреді.
al-duplicate = ⚠️ Бұл лицензия бұрын енгізілген сияқты (#{ $ids }): Ойындар, спорт түрі, жарыс түрі және спортшы бірдей. Бұл басқа лицензия болса ғана сақтаңыз.
al-save-alert = ✅ Сақтап, жазылушыларға хабарлау
al-save-quiet = 💾 Хабарламасыз сақтау
al-change = ✏️ Өрісті өзгерту
al-skip = Өткізіп жіберу
al-today = Бүгін
al-yesterday = Кеше
al-team = Команда
al-pick-field = Қай өрісті өзгертесіз?
al-field = { $field ->
        [games] Ойындар
        [sport] Спорт түрі
        [athletes] Спортшылар
        [event] Жарыс түрі
        [how] Қалай алынды
        [date] Алынған күні
        [places] Квоталық орындар
       *[source] Дереккөз
    }
al-cancelled = Тоқтатылды: ештеңе сақталған жоқ.
al-idle = Енгізіліп жатқан лицензия 30 минуттан астам қозғалыссыз қалды, сондықтан енгізу тоқтатылды; ештеңе сақталған жоқ. /addlicense арқылы қайта бастаңыз.
al-busy = Сіз лицензия енгізіп жатырсыз: жоғарыдағы сұраққа жауап беріңіз, бір қадам артқа қайту үшін /back жіберіңіз немесе шығу үшін /cancel жіберіңіз.
al-back-first = Бұл — бірінші қадам; шығу үшін /cancel жіберіңіз.
al-saved = Лицензия #{ $id } нөмірімен сақталды. Хабарлама жіберілген жоқ.
al-saved-alert = Лицензия #{ $id } нөмірімен сақталды. Хабарлама { $chats } чатқа жетеді, таратылым { $seconds } секундтан кейін басталады; оған дейін «Қайтару» батырмасын бассаңыз, хабарлама мүлде жіберілмейді.
al-saved-already = Осы жоба бойынша #{ $id } лицензиясы бұрын сақталған (алдыңғы басу өтті); екінші рет ештеңе сақталмады.
al-save-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан лицензия сақталмады. Жоба жоғалған жоқ: төмендегі «Сақтау» батырмасын тағы басыңыз.
al-undo = ↩️ Қайтару
al-undone = { $alert ->
        [cancelled] Қайтарылды: #{ $id } лицензиясы өшірілді, хабарламасы тоқтатылды — оны ешкім алған жоқ.
        [stopped] Қайтарылды: #{ $id } лицензиясы өшірілді, хабарламасы тоқтатылды; { $sent } хабарлама жіберіліп үлгерген.
       *[none] Қайтарылды: #{ $id } лицензиясы өшірілді.
    }
al-undo-gone = #{ $id } лицензиясы бұрын өшірілген.
al-translation = { $field ->
        [event] Жарыс түрі
       *[how] Қалай жеңіп алынды
    }, { $lang ->
        [ru] орыс
       *[kk] қазақ
    } тілінде (міндетті емес): «{ $typed }». Аудармасын жазыңыз немесе өткізіп жіберіңіз.
al-translation-en = { $field ->
        [event] Жарыс түрі
       *[how] Қалай жеңіп алынды
    }, ағылшын тілінде: «{ $typed }». Аудармасын жазыңыз: оны ағылшынша оқитындар көреді, аударма жоқ жерде де осы шығады.
al-translation-en-bad = Ағылшынша, латын әріптерімен жазыңыз.
al-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан лицензияны енгізу тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін: /addlicense.
el-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан түзету тоқтатылды; ештеңе өзгерген жоқ. Қайта бастау үшін: /editlicense.
flow-back = ◀️ Артқа
flow-cancel = ✖️ Болдырмау
flow-ask-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан келесі сұрақты көрсету мүмкін болмады. Ештеңе жоғалған жоқ: кез келген хабар жіберіңіз, мен қайта сұраймын.
flow-read-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан жауабыңыз қабылданбады. Ештеңе жоғалған жоқ: қайта жауап беріңіз.
al-preview-in = 👁 { $lang ->
        [en] English
        [ru] Русский
       *[kk] Қазақша
    }

## Correcting licenses (staff)

cmd-editlicense = Қызметкерлерге: лицензияны түзету
cmd-removelicense = Қызметкерлерге: лицензияны өшіру
cmd-audit = Иелеріне: соңғы өзгерістер (журнал)
cl-private-only = Бұл тек ботпен жеке чатта істейді: соны ашып, сонда { $command } жіберіңіз.
cl-license-button = #{ $id } { $sport } · { $who } · { $games }
cl-license = <b>#{ $id } лицензия</b> — { $sport }, { $games }
cl-team = Команда
cl-field = { $field ->
        [athletes] Спортшылар
        [event] Жарыс түрі
        [how] Қалай алынды
        [date] Алынған күні
        [places] Квоталық орындар
        [source] Дереккөз
        [event-ru] Жарыс түрі (орысша)
        [event-kk] Жарыс түрі (қазақша)
        [how-ru] Қалай алынды (орысша)
        [how-kk] Қалай алынды (қазақша)
        [note-ru] Ескертпе (орысша)
        [note-kk] Ескертпе (қазақша)
       *[note] Ескертпе
    }
cl-field-value = { $field }: { $value }
cl-translations = (орысша: { $ru }; қазақша: { $kk })
cl-name-form = { $form ->
        [ru] Орысша
        [kk] Қазақша
       *[en] Латынша
    }
cl-name-title = { $form ->
        [ru] Есімінің орысша жазылуы
        [kk] Есімінің қазақша жазылуы
       *[en] Есімінің латынша жазылуы
    }: { $name }
cl-not-found = #{ $id } лицензия жоқ: ол өшірілген болуы мүмкін немесе нөмірі қате жазылған.
cl-gone = Осы арада #{ $id } лицензия өшірілді; ештеңе өзгерген жоқ.
cl-gone-short = #{ $id } лицензия бұрын өшірілген; ештеңе өзгерген жоқ.
el-pick = ✏️ <b>Лицензияны түзету.</b> Соңғылардың бірін таңдаңыз немесе нөмірін жазыңыз (мысалы, 42).
el-pick-none = Түзететін лицензия әзірге жоқ; шығу үшін /cancel жіберіңіз.
el-id-bad = Бұл лицензия нөмірі емес: 42 сияқты сан жазыңыз немесе батырманы басыңыз.
el-pick-field = Қай өрісті түзетесіз? Әр спортшының есімінің өз батырмасы бар.
el-pick-field-hint = Түзетілетін өрісті таңдаңыз (жоғарыдағы батырмалар), не /back немесе /cancel жіберіңіз.
el-pick-form-hint = Латынша, орысша немесе қазақша жазылуын таңдаңыз, не /back немесе /cancel жіберіңіз.
el-name-button = ✏️ Есімі: { $name }
el-name-forms = <b>{ $name }</b>: есімнің қай жазылуын түзетесіз?
el-needs-english = Аударма үшін алдымен ағылшынша мәтін керек: алдымен соны түзетіңіз.
el-now = Қазір: { $value }
el-ask-text = Жаңа мәтінді { $lang ->
        [ru] орысша
        [kk] қазақша
       *[en] ағылшынша
    } жазыңыз, ең көбі { $max } таңба.
el-ask-date = «Бүгін» не «Кеше» батырмасын басыңыз немесе күнін жазыңыз: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
el-ask-places = 1-ден 50-ге дейінгі бүтін сан жазыңыз.
el-ask-source = Бұл туралы хабарланған жердің сілтемесін жіберіңіз (http немесе https).
el-ask-athletes = Оны кім алғанын жазыңыз (есімдердің арасына үтір қойыңыз немесе әрқайсысын жаңа жолдан жазыңыз): белгілі есім — сол спортшы, басқасы жаңа спортшы ретінде қосылады. Есімсіз командалық лицензия болса, «Команда» батырмасын басыңыз.
el-ask-name = Есімнің { $form ->
        [ru] орысша
        [kk] қазақша
       *[en] латынша
    } жазылуын жазыңыз, ең көбі 100 таңба. Ол осы спортшының барлық лицензиясында өзгереді.
el-clear = 🗑 Тазарту
el-source-bad = Бұл http(s) сілтемесі емес. https://example.org/news сияқты сілтеме жіберіңіз немесе «Тазарту» батырмасын басыңыз.
el-same = Қазір дәл осы тұр. Басқа мән жіберіңіз, не /back немесе /cancel жіберіңіз.
el-before = Бұрын: { $value }
el-after = Енді: <b>{ $value }</b>
el-translations-question = Мәтіннің аудармалары бар (орысша: { $ru }; қазақша: { $kk }). Шағын түзету болса, оларды қалдырыңыз; мәтін енді айтпайтын нәрсені аударса, тазартыңыз.
el-clear-translations = Орысша және қазақша мәтіндері де тазартылады.
el-save = ✅ Сақтау
el-save-keep = ✅ Сақтау, аудармаларды қалдыру
el-save-drop = ✅ Сақтау, аудармаларды тазарту
el-no-alert = <i>Түзету туралы хабарлама жіберілмейді: жазылушылар қайта ештеңе алмайды.</i>
el-saved = Сақталды: #{ $id } лицензия түзетілді, жанкүйерлер оны қазір көреді. Хабарлама жіберілген жоқ. Тағы бірдеңе түзету үшін: /editlicense { $id }
el-changed = Сіз түзетіп жатқанда #{ $id } лицензияны басқа біреу өзгертті, сондықтан ештеңе сақталған жоқ. Қазіргі түрі:
el-athlete-gone = Бұл спортшы енді осы лицензияда жоқ; ештеңе өзгерген жоқ.
el-name-empty = Онда спортшы есімінің бірде-бір жазылуы қалмайды: алдымен басқа жазылуын көрсетіңіз.
el-cancelled = Тоқтатылды: ештеңе өзгерген жоқ.
el-idle = Түзету 30 минуттан астам қозғалыссыз қалды, сондықтан тоқтатылды; ештеңе өзгерген жоқ. /editlicense арқылы қайта бастаңыз.
el-busy = Сіз лицензияны түзетіп жатырсыз: жоғарыдағы сұраққа жауап беріңіз, бір қадам артқа қайту үшін /back жіберіңіз немесе шығу үшін /cancel жіберіңіз.
el-back-first = Бұл — бірінші қадам; шығу үшін /cancel жіберіңіз.
rl-pick = 🗑 <b>Лицензияны өшіру.</b> Соңғылардың бірін таңдаңыз немесе /removelicense командасын нөмірімен жіберіңіз (мысалы, /removelicense 42).
rl-pick-none = Өшіретін лицензия жоқ.
rl-id-bad = Бұл лицензия нөмірі емес: мысалы, /removelicense 42 жіберіңіз.
rl-confirm = <b>#{ $id } лицензияны өшіру керек пе?</b>
rl-confirm-note = Жанкүйерлер оны енді көрмейді, ал хабарламасы болса, тоқтатылады. Өзгерістер журналында ол қалады.
rl-yes = 🗑 Иә, өшіру
rl-no = Жоқ, қалдыру
rl-removed = { $alert ->
        [cancelled] #{ $id } лицензия өшірілді: жанкүйерлер оны енді көрмейді. Хабарламасы тоқтатылды — оны ешкім алған жоқ.
        [stopped] #{ $id } лицензия өшірілді: жанкүйерлер оны енді көрмейді. Хабарламасы тоқтатылды; { $sent } хабарлама жіберіліп үлгерген.
       *[none] #{ $id } лицензия өшірілді: жанкүйерлер оны енді көрмейді. Оның хабарламасы болған жоқ.
    }
rl-already = #{ $id } лицензия бұрын өшірілген; ештеңе өзгерген жоқ.
rl-kept = #{ $id } лицензия өшірілген жоқ.
rl-not-yours = Мұны тек өшіруді сұраған адам растай алады; ештеңе өшірілген жоқ. /removelicense { $id } командасын өзіңіз жіберіңіз.
audit-owners-only = Өзгерістер журналын тек иелері көреді.
audit-header = 🧾 <b>Соңғы өзгерістер</b>, алдымен жаңалары
    Күн мен уақыт { $zone } көрсетілген.
audit-none = Әзірге ешқандай өзгеріс болған жоқ.
audit-entry = <b>#{ $id }</b> · { $when } · { $who }
audit-what = { $action }
audit-what-id = { $action } #{ $entityId }
audit-action = { $action ->
        [license-create] лицензия енгізілді
        [license-edit] лицензия түзетілді
        [license-remove] лицензия өшірілді
        [license-undo] лицензия қайтарылды
        [athlete-edit] спортшының аты түзетілді
        [staff-add] редактор болып тағайындалды: пайдаланушы
        [staff-remove] қызметкерлер құрамынан шығарылды: пайдаланушы
        [staff-owner] иесі болып тағайындалды (BOT_OWNER_IDS): пайдаланушы
        [reference-upgrade] анықтамалық деректер жаңартылды, нұсқа
        [games-edit] Ойындар деректері өзгертілді
        [games-undo] Ойындар деректеріндегі өзгеріс қайтарылды
       *[other] { $code }
    }
audit-change = ↳ { $field }: { $before } → { $after }
audit-field = { $field ->
        [athletes] Спортшылар
        [team] Команда
        [event] Жарыс түрі
        [howWon] Қалай алынды
        [whereWon] Қай жерде алынды
        [wonOn] Алынған күні
        [quotaPlaces] Квоталық орындар
        [source] Дереккөз
        [note] Ескертпе
        [sport] Спорт түрі
        [gamesId] Ойындар
        [name] Аты-жөні
        [medalRank] Медаль кестесіндегі орын
       *[other] { $code }
    }
audit-field-lang = { $field } ({ $lang ->
        [en] ағылшынша
        [ru] орысша
       *[kk] қазақша
    })
audit-license = ↳ { $sport }, { $who } · { $games }
audit-more = ↳ …және тағы { $count } өріс
audit-system = жүйе

## A Games' facts (staff: /games)

cmd-games = Қызметкерлерге: Ойындар деректері (медаль кестесіндегі орын)
gf-pick = 🏟 <b>Ойындар.</b> Деректерін көріп, өзгерту үшін Ойындарды таңдаңыз немесе атауын жазыңыз (мысалы, «Париж 2024»).
gf-card = 🏟 <b>{ $games }</b>
gf-card-pick = Нені өзгерту керек екенін таңдаңыз.
gf-field = { $field ->
       *[medalRank] Медаль кестесіндегі орын
    }
gf-rank = { $rank }
gf-none = көрсетілмеген
gf-ask-rank = Құраманың { $kind ->
        [paralympic] Паралимпиада
       *[olympic] Олимпиада
    } медаль кестесіндегі орнын 1-ден { $max }-ге дейінгі бүтін санмен жазыңыз немесе оны алып тастау үшін «жоқ» деп жазыңыз. Ойындар жүріп жатқанда жанкүйерлер оны қазіргі орын ретінде, Ойындар біткен соң қорытынды орын ретінде көреді.
gf-rank-bad = Орынды 1-ден { $max }-ге дейінгі бүтін санмен жазыңыз, мысалы 12, немесе оны алып тастау үшін «жоқ» деп жазыңыз.
gf-rank-range = Медаль кестесіндегі орын 1-ден { $max }-ге дейін болады. Басқа сан жазыңыз немесе оны алып тастау үшін «жоқ» деп жазыңыз.
gf-rank-ahead = Бұл Ойындар әлі басталған жоқ, сондықтан медаль кестесінде әзірге орны жоқ. Басқасын таңдау үшін /back, шығу үшін /cancel жіберіңіз.
gf-clear = 🗑 Алып тастау
gf-pick-field-hint = Нені өзгерту керек екенін таңдаңыз (жоғарыдағы батырмалар), не /back немесе /cancel жіберіңіз.
gf-confirm-note = <i>Сақталған соң жанкүйерлер мұны /medals бетінде бірден көреді.</i>
gf-saved = Сақталды: { $games } · { $field }: { $before } → <b>{ $value }</b>. Жанкүйерлер оны қазір көреді.
gf-changed = Сіз өзгертіп жатқанда бұл Ойындардың деректерін басқа біреу өзгертті, сондықтан ештеңе сақталған жоқ. Қазіргі түрі:
gf-gone = Бұл Ойындар енді деректерде жоқ; ештеңе өзгерген жоқ.
gf-undone = Қайтарылды: { $games } · { $field } қайтадан { $value }.
gf-undo-already = Бұл өзгеріс бұрын қайтарылған; ештеңе өзгерген жоқ.
gf-undo-changed = Содан бері бұл мән тағы өзгертілді, сондықтан өзгеріс қайтарылмады. Қазіргі күйін көру үшін /games жіберіңіз.
gf-undo-gone = Қайтаратын мұндай өзгеріс жоқ; ештеңе өзгерген жоқ.
gf-idle = Ойындар деректерін өзгерту 30 минуттан астам қозғалыссыз қалды, сондықтан тоқтатылды; ештеңе өзгерген жоқ. /games арқылы қайта бастаңыз.
gf-busy = Сіз Ойындар деректерін өзгертіп жатырсыз: жоғарыдағы сұраққа жауап беріңіз, бір қадам артқа қайту үшін /back жіберіңіз немесе шығу үшін /cancel жіберіңіз.
gf-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан өзгерту тоқтатылды; ештеңе өзгерген жоқ. Қайта бастау үшін: /games.
audit-games = ↳ { $games }
al-name-other = «{ $name }» { $script ->
        [latin] латын әріптерімен, халықаралық хаттамалардағыдай
       *[cyrillic] кириллицамен
    }: ұсыныс дұрыс болса, соны басыңыз, дұрыс жазылуын жазыңыз немесе өткізіп жіберіңіз.
al-name-script-bad = Атын { $script ->
        [latin] латын
       *[cyrillic] кирилл
    } әріптерімен жазыңыз (100 таңбадан аспасын), ұсынысты басыңыз немесе өткізіп жіберіңіз.
al-team-name = Ұлттық құрама

# Inline mode, Share buttons and deep links
# inline-* — қарапайым мәтін: Telegram нәтижелер тізіміндегі тақырыптар мен сипаттамалар.

button-share = ↗️ Бөлісу
button-open-in-bot = Ботта ашу
start-link-unknown = Бұл сілтеме ешқайда апармайды: ескірген немесе қате терілген болуы мүмкін. Міне, көрсете алатындарым:
inline-open-bot = Ботты ашу
inline-licenses-title = { $sport }: лицензиялар · { $games }
inline-licenses-description = { $licenses ->
        [0] Лицензиялар әзірге тізімде жоқ
       *[other] { $licenses } лицензия
    }
inline-schedule-title = Кесте · { $games }
inline-schedule-sport-title = { $sport }: кесте · { $games }
inline-schedule-none = Жарыс күндері әзірге белгісіз
inline-schedule-none-over = Жарыс күндері мұнда енгізілмеген
inline-summary-title = Лицензиялар · { $games }
inline-licenses-none-over = Лицензиялар тізімде жоқ
inline-summary-description = { $licenses ->
        [0] Лицензиялар әзірге тізімде жоқ
       *[other] { $sports } спорт түрі бойынша { $licenses } лицензия
    }
inline-countdown-title = ⏳ Кері санақ
inline-countdown-before = { $games }: { $days } күн қалды
inline-countdown-during = { $games }: { $of } күннің { $day }-күні
inline-countdown-over = { $games }: аяқталды
inline-athlete-medals = { $medals ->
        [0] Лицензиялар мен медальдар тізімде жоқ
       *[other] { $medals } медаль
    }
inline-nothing-title = «{ $query }» бойынша ештеңе табылмады
inline-nothing-description = Спорт түрін (бокс, дзюдо) немесе спортшының атын жазыңыз
shared-nothing-message = Мен Қазақстан құрамасының Олимпиада және Паралимпиада ойындарына жолын қадағалаймын: лицензиялар, кесте және кері санақ. Ботты ашып, спорт түрінің немесе спортшының атын жіберіңіз.
shared-more-in-bot = <i>Жалғасы ботта: «Ботта ашу» батырмасын басыңыз.</i>

# Calendar
# The calendar-ics-* texts go into .ics files as plain text (no HTML, no entities); the rest is Telegram HTML.
button-calendar = 🗓 Күнтізбеге қосу
calendar-ics-name-games = { $games } — Қазақстан құрамасы
calendar-ics-name-sport = { $sport } — { $games }
calendar-ics-description = { $games }, Қазақстан құрамасы: жарыс күндері, салтанаттар және медальдар. Күндер { $zone } көрсетілген.
calendar-ics-window = { $sport }: жарыс күндері
calendar-ics-first-start = { $sport }: алғашқы старт
calendar-ics-opening = Ашылу салтанаты — { $games }
calendar-ics-closing = Жабылу салтанаты — { $games }
calendar-ics-medal = { $icon } { $who } — { $medal ->
        [gold] алтын
        [silver] күміс
       *[bronze] қола
    }, { $sport }, { $event }
calendar-ics-days = Күндер { $zone } көрсетілген.
calendar-ics-time-unknown = Басталу уақыты әлі белгісіз.
calendar-ics-time-unrecorded = Басталу уақыты мұнда көрсетілмеген.
calendar-ics-end-unknown = Тек басталу уақыты белгілі, аяқталу уақыты белгісіз.
calendar-ics-note = Ескерту: { $note }
calendar-ics-medals-undated = Құраманың осы спорт түріндегі медальдары (күні көрсетілмеген):
calendar-caption = 🗓 <b>{ $name }</b>: { $count } оқиға. Күнтізбеге қосу үшін файлды ашыңыз.
    Күндер { $zone } көрсетілген; уақытты күнтізбе сіздің белдеуіңізде көрсетеді.
calendar-caption-feed = Өзгерістерді бақылау үшін жазылыңыз: { $url }

# Status
cmd-status = Боттың жай-күйі (иелер)
status-owners-only = Боттың жай-күйін тек иелер көреді.
status-header = 🩺 <b>Боттың жай-күйі</b>
status-version = Нұсқа: { $version }
status-uptime = Жұмыс уақыты: { $days } күн { $hours } сағ { $minutes } мин
status-mode = Жаңартулар: { $mode ->
        [webhook] вебхук
       *[polling] сұрау (polling)
    }
status-database = Дерекқор: { $database ->
        [postgres] PostgreSQL
       *[pglite] кірістірілген (PGlite)
    }
status-leader-yes = Таратылымдарды жіберетін: осы дана
status-leader-no = Таратылымдарды жіберетін: басқа дана (немесе қазір ешкім)
status-queue = Мұндағы кезектегі Bot API шақырулары: { $count }
status-pending = Жіберуді күтіп тұрған жеткізілімдер: { $count }
status-pending-unknown = Жіберуді күтіп тұрған жеткізілімдер: белгісіз (дерекқор жауап бермеді)
status-no-errors = Іске қосылғаннан бері қате болған жоқ.
status-errors-header = <b>Соңғы қателер</b>
status-error-line = • { $when } { $source ->
        [update] жаңарту
        [sender] таратылым жіберу
       *[polling] сұрау
    }: { $message }

## Which Games: empty states and naming a Games

licenses-qualifying = Бұл Ойындарға іріктеу жүріп жатыр; тізімде әзірге лицензия жоқ.
licenses-sport-qualifying = { $games }: іріктеу жүріп жатыр; <b>{ $sport }</b> бойынша тізімде әзірге лицензия жоқ.
button-games-licenses = 🏅 { $games }: лицензиялар
button-sport-games-licenses = 🏅 { $sport } · { $games }
query-no-games-year = Менің күнтізбемде { $year } жылғы Ойындар жоқ.
query-no-games = «{ $words }» бойынша Ойындарды таппадым.
query-not-understood = «{ $words }» дегенді түсінбедім.
query-games-known = Атауға болатын Ойындар: { $list } (Паралимпиада үшін «паралимпиада» сөзін қосыңыз).
query-sport-not-at-games = { $games }: <b>{ $sport }</b> бағдарламада жоқ.
query-sport-not-of-kind = <b>{ $sport }</b> — { $kind ->
        [paralympic] паралимпиялық
       *[olympic] олимпиялық
    } спорт түрі емес.

## Медаль карточкасы (сурет; қарапайым мәтін, HTML жоқ)
card-medal = { $medal ->
        [gold] Алтын
        [silver] Күміс
       *[bronze] Қола
    }
card-team = Қазақстан құрамасы

# Медаль карточкасымен бөлісу: әр медаль астындағы 🖼 батырмасы (/medals, спортшы экраны);
# инлайн режимі оны бір рет жіберілгеннен кейін ұсынады. Қарапайым мәтін.
button-medal-card = 🖼 Карточка: { $icon } { $what }
medal-card-sport-games = { $sport } · { $games }
inline-medal-title = { $icon } { $who }

## Нәтиже енгізу (команда үшін)

cmd-addresult = Команда үшін: нәтижені не медальді енгізу
ar-private-only = Нәтижені тек бот пен жеке чатта енгізуге болады: соны ашып, /addresult жіберіңіз.
ar-games = <b>1/7 · Ойындар.</b> Нәтиже қай Ойындардан? Батырманы басыңыз немесе атауын жазыңыз (мысалы, «Париж 2024»).
ar-games-unknown = Қай Ойындарды айтып тұрғаныңызды түсінбедім. Батырмалардың бірін басыңыз немесе, мысалы, «Париж 2024» деп жазыңыз.
ar-games-ahead = Бұл Ойындардың жарыстары әлі басталған жоқ, енгізетін нәтиже жоқ. Басқа Ойындарды таңдаңыз.
ar-sport = <b>2/7 · Спорт түрі.</b> Атауын жазыңыз («мәнерлеп сырғанау», «figure skating») немесе осы Ойындардың спорт түрін таңдаңыз.
ar-event = <b>3/7 · Жарыс түрі.</b> Қазақша, орысша немесе ағылшынша жазыңыз (мысалы, «Ерлер арасындағы жеке сырғанау»).
ar-athletes = <b>4/7 · Спортшылар.</b> Бұл кімнің нәтижесі? Есімдерін жазыңыз (тегі жеткілікті; бірнешеуі болса — үтір арқылы не әрқайсысын жаңа жолдан), спортшыны таңдаңыз немесе нәтиже командалық болса, «Команда» батырмасын басыңыз.
ar-text-empty = Мәтін жазыңыз: бұл қадамды өткізіп жіберуге болмайды.
ar-athletes-none = Кемінде бір есім жазыңыз немесе «Команда» батырмасын басыңыз.
ar-athlete-which = «{ $name }» — осылардың бірі ме? Керек спортшыны басыңыз немесе жаңасын қосыңыз.
ar-athlete-new = ➕ Жаңа спортшы: { $name }
ar-athlete-pick = Жоғарыдағы спортшылардың бірін немесе «Жаңа спортшы» батырмасын басыңыз.
ar-result = <b>5/7 · Нәтиже.</b> Медальді басыңыз немесе орнын үш тілдің бірінде жазыңыз (мысалы, «4-орын», «ширек финал»).
ar-medal = { $medal ->
        [gold] 🥇 Алтын
        [silver] 🥈 Күміс
       *[bronze] 🥉 Қола
    }
ar-date = <b>6/7 · Күні.</b> Нәтиже жергілікті күнтізбе бойынша ({ $city }) қай күні алынды: { $buttons ->
        [yes] «Бүгін» не «Кеше» батырмасын басыңыз немесе күнін жазыңыз
       *[no] күнін жазыңыз
    } (13.02.2026, 13 ақпан, 13 февраля, 13 Feb).
ar-date-future = Бұл Ойындар өтетін жерде ол күн әлі келген жоқ: нәтиже алынғаннан кейін енгізіледі.
ar-date-outside = Бұл күн осы Ойындардың мерзіміне кірмейді: жарыстар басталған күннен жабылу күніне дейінгі күнді жазыңыз.
ar-source = <b>7/7 · Дереккөз.</b> Нәтиже туралы хабарламаның сілтемесі (http не https) немесе өткізіп жіберіңіз.
ar-translation = { $field ->
        [event] Жарыс түрі
       *[placing] Орны
    }, { $lang ->
        [ru] орыс
       *[kk] қазақ
    } тілінде (міндетті емес): «{ $typed }». Аудармасын жазыңыз немесе өткізіп жіберіңіз.
ar-translation-en = { $field ->
        [event] Жарыс түрі
       *[placing] Орны
    }, ағылшын тілінде: «{ $typed }». Аудармасын жазыңыз: оны ағылшынша оқитындар көреді, аударма жоқ жерде де осы шығады.
ar-preview = <b>Алдын ала қарау</b>: жазылушылар осыны көреді.
ar-save-alert = ✅ Сақтап, жазылушыларға хабарлау
ar-save-quiet = 💾 Хабарламасыз сақтау
ar-cancelled = Тоқтатылды: ештеңе сақталған жоқ.
ar-idle = Нәтижені енгізу 30 минуттан астам тұрып қалды, сондықтан тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін: /addresult.
ar-busy = Сіз нәтиже енгізіп жатырсыз: жоғарыдағы сұраққа жауап беріңіз, бір қадам артқа оралу үшін /back, шығу үшін /cancel жіберіңіз.
ar-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан нәтижені енгізу тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін: /addresult.
ar-save-failed = { $reason ->
        [database] Дерекқор жауап бермеді
       *[other] Бірдеңе дұрыс болмады
    }, сондықтан нәтиже сақталмады. Жоба жоғалған жоқ: төмендегі «Сақтау» батырмасын тағы басыңыз.
ar-saved = Нәтиже #{ $id } нөмірімен сақталды. Хабарлама жіберілген жоқ.
ar-saved-alert = Нәтиже #{ $id } нөмірімен сақталды. Таратылым { $seconds } секундтан кейін басталады; оған дейін «Қайтару» батырмасын бассаңыз, нәтиже де, хабарлама да толық өшіріледі.
ar-saved-already = Осы жоба бойынша #{ $id } нәтижесі бұрын сақталған (алдыңғы басу өтті); екінші рет ештеңе сақталмады.
ar-undone = { $alert ->
        [cancelled] Қайтарылды: #{ $id } нәтижесі өшірілді, хабарламасы тоқтатылды — оны ешкім алған жоқ.
        [sent] Қайтарылды: #{ $id } нәтижесі өшірілді; хабарламасы { $chats } чатқа жетіп үлгерген.
       *[none] Қайтарылды: #{ $id } нәтижесі өшірілді.
    }
ar-undo-gone = #{ $id } нәтижесі бұрын өшірілген.
cmd-removeresult = Команда үшін: нәтижені өшіру
rr-result-button = #{ $id } { $result } { $who } · { $sport } · { $games }
rr-pick = 🗑 <b>Нәтижені өшіру.</b> Соңғыларының бірін таңдаңыз немесе /removeresult командасын нөмірімен жіберіңіз (мысалы, /removeresult 20).
rr-pick-none = Өшіретін нәтиже жоқ.
rr-id-bad = Бұл нәтиженің нөмірі емес: мысалы, /removeresult 20 деп жіберіңіз.
rr-not-found = #{ $id } нәтижесі жоқ: ол бұрын өшірілген немесе нөмірі қате терілген. Ештеңе өзгерген жоқ.
rr-confirm = <b>#{ $id } нәтижесін өшіру керек пе?</b> Оның хабарламасы:
rr-confirm-note = Жанкүйерлер оны енді көрмейді, ал хабарламасы әлі таратылмаса, тоқтатылады. Өзгерістер журналында сақталады.
rr-confirm-alert = { $chats ->
        [0] Оның хабарламасын әзірге бірде-бір чат алған жоқ.
       *[other] Оның хабарламасы { $chats } чатқа жетіп үлгерген: өшірген соң оларға түзету жібере аласыз.
    }
rr-yes = 🗑 Иә, өшіру
rr-no = Жоқ, қалдыру
rr-removed = { $alert ->
        [cancelled] #{ $id } нәтижесі өшірілді: жанкүйерлер оны енді көрмейді. Хабарламасы тоқтатылды — оны ешкім алған жоқ.
        [sent] #{ $id } нәтижесі өшірілді: жанкүйерлер оны енді көрмейді. Оның хабарламасы { $chats } чатқа жеткен.
       *[none] #{ $id } нәтижесі өшірілді: жанкүйерлер оны енді көрмейді. Оның хабарламасы болған жоқ.
    }
rr-correct-offer = Бұл чаттар осы нәтиже туралы хабар алды: оның қайтарылып алынғанын білсін деп, оларға түзету жіберіңіз.
rr-correct-button = ✏️ Оларға түзету жіберу ({ $chats })
rr-correction-sent = ✏️ #{ $id } нәтижесі бойынша түзету { $chats } чатқа жіберіліп жатыр — дәл хабарламасы жеткен чаттарға.
rr-correction-already = Бұл түзету бұрын жіберілген ({ $chats }); қайта ештеңе жіберілген жоқ.
rr-correction-nobody = #{ $id } нәтижесінің хабарламасы бірде-бір чатқа жетпеген, түзететін ешкім жоқ; ештеңе жіберілген жоқ.
rr-already = #{ $id } нәтижесі бұрын өшірілген; ештеңе өзгерген жоқ.
rr-kept = #{ $id } нәтижесі өшірілген жоқ.
rr-not-yours = Мұны тек өшіруді сұраған адам растай алады; ештеңе өшірілген жоқ. /removeresult { $id } командасын өзіңіз жіберіңіз.
