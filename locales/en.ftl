# English. Messages are Telegram HTML: values arrive escaped; use &amp; &lt; &gt; for literal characters.
# Keys used as button labels, alerts or command descriptions (menu-*, button-*, switch-*, cmd-*,
# language-*, games-short, licenses-sport-button, error-*) must stay plain text.
# Counts say licenses; quota places are named only where they differ from the licenses.

-team = Team Kazakhstan

## Games

games-title = { $season ->
    [winter] { $kind ->
        [paralympic] { $city } { $year } Paralympic Winter Games
       *[olympic] { $city } { $year } Olympic Winter Games
    }
   *[summer] { $kind ->
        [paralympic] { $city } { $year } Paralympic Games
       *[olympic] { $city } { $year } Olympic Games
    }
}
games-short = { $city } { $year }{ $kind ->
    [paralympic] {" "}(Paralympic)
   *[olympic] {""}
}
switch-kind = { $kind ->
    [paralympic] ⇄ Paralympic Games
   *[olympic] ⇄ Olympic Games
}
games-over = { $games } are over: they closed on { $date }.
next-games = Next: { $games } open on { $date }. See /countdown.
no-games = There are no Games in the calendar yet.
# A Games' note from the database (in the reader's language where translated).
games-note = <i>{ $note }</i>

## Time

time-in-zone = { $time } { $zone }
time-pair = { $host } · { $local }
date-time = { $date }, { $times }

## Menu and commands

menu-licenses = 🏅 Licenses
menu-schedule = 📅 Schedule
menu-countdown = ⏳ Countdown
menu-language = 🌐 Language
menu-medals = 🥇 Medals
menu-subscriptions = 🔔 Subscriptions

cmd-start = What this bot does
cmd-licenses = Licenses won; add a sport or an athlete, e.g. /licenses boxing
cmd-medals = The team's medals at the Games
cmd-schedule = Competition dates; add a sport or "today"
cmd-countdown = Time left until the next Games
cmd-subscribe = Alerts: licenses, medals, countdown
cmd-unsubscribe = Stop alerts for a sport, medals, the countdown or all
cmd-settings = This chat's subscriptions and language
cmd-language = Choose the language
cmd-help = All commands with examples

start-text =
    👋 Hello, { $name }!

    I follow { -team } on its way to the Olympic and Paralympic Games:
    🏅 licenses (quota places) won, sport by sport;
    🥇 the medals won at the Games (/medals), and each athlete's licenses and medals;
    📅 when each sport competes;
    ⏳ how long until the next Games.

    Tap a button below, or just send me the name of a sport or an athlete, e.g. <i>boxing</i> or <i>Oralbay</i>.

help-text =
    <b>What I can do</b>

    /licenses — licenses for the Games being qualified for now: total, target and count per sport
    /licenses boxing — every license in one sport (English, Russian or Kazakh names; typos are fine)
    /licenses Oralbay — an athlete's licenses and medals (Latin or Cyrillic spelling)
    /medals — the team's medals at the Games on now or the latest over; /medals paralympic — at the Paralympic Games
    /schedule — competition dates of the Games on now or next
    /schedule judo — when one sport competes
    /schedule today — what is on today while the Games are running
    /qualifiers — qualification events where licenses are won: ahead and over, with what was won; /qualifiers boxing — one sport's
    /countdown — time left until the next Olympic and Paralympic Games
    /subscribe — alerts about new licenses and results, countdown reminders: the settings, with a list of sports to tick
    /subscribe boxing — alerts in one sport; /subscribe all — in every sport
    /subscribe medals — medal alerts; /subscribe results — every result, placings too
    /subscribe countdown — countdown reminders (add milestones, weekly or daily)
    /unsubscribe boxing, /unsubscribe medals, /unsubscribe countdown, /unsubscribe all — stop them
    /settings — this chat's subscriptions and language
    /language — English, Русский or Қазақша
    /help — this message
    Any Games can be named after a command: /medals paris, /medals 2026, /schedule la 2028

    You can also send just the name of a sport or an athlete, e.g. <i>бокс</i>, <i>wrestling</i> or <i>Оралбай</i>.
    In a group, address me as /licenses@{ $bot } or reply to one of my messages.

hint = Send me the name of a sport or an athlete (e.g. <i>boxing</i> or <i>Oralbay</i>) or use /licenses, /medals, /schedule, /countdown. All commands: /help
unknown-command = I don't know that command. All commands: /help

## Buttons

pager-indicator = This is the page number. Turn pages with ◀️ and ▶️.
button-stale = This button is out of date. Send /start for fresh ones.
button-refresh = 🔄 Refresh
button-all-sports = ⬅️ All sports
button-full-schedule = 📅 Full schedule
button-today-schedule = 📅 Today's schedule
button-sport-schedule = 📅 { $sport }: schedule
button-sport-licenses = 🏅 { $sport }: licenses
button-licenses = 🏅 Licenses
button-medals = 🥇 Medals
button-games-medals = 🥇 { $games }: medals
button-athlete-sport = 🏅 { $sport } · { $games }

## Licenses

licenses-header = 🏅 <b>{ $games }</b>
    { -team }'s licenses
licenses-none-yet = No licenses are listed for these Games yet.
licenses-none = No licenses are listed for these Games.
licenses-over = { $games } are over (closed on { $date }).
licenses-listed = Listed here: <b>{ $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }</b> in { $sports ->
        [one] { $sports } sport
       *[other] { $sports } sports
    }.
licenses-listed-places = Listed here: <b>{ $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }</b> ({ $places ->
        [one] { $places } quota place
       *[other] { $places } quota places
    }) in { $sports ->
        [one] { $sports } sport
       *[other] { $sports } sports
    }.
# $sports is 0 when the report gave no number of sports.
licenses-reported = Officially reported: <b>{ $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }</b>{ $sports ->
        [0] {""}
        [one] {" "}in { $sports } sport
       *[other] {" "}in { $sports } sports
    } as of { $date } ({ $source }).
licenses-reported-incomplete = Not all of them are listed here.
licenses-reported-exceeded = More are listed here than that report counted.
licenses-reported-incomplete-over = Not all of them are listed here.
# The official figures over time, oldest first; $sports is 0 when a report gave no number of sports.
licenses-reported-history = Officially reported:
licenses-reported-entry = • { $date }: <b>{ $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }</b>{ $sports ->
        [0] {""}
        [one] {" "}in { $sports } sport
       *[other] {" "}in { $sports } sports
    } ({ $source })
licenses-reported-note = ↳ <i>{ $note }</i>
# $count: the licenses won as of $date (the reported figure, or those listed here as of today).
licenses-target = Target: <b>{ $target ->
        [one] { $target } license
       *[other] { $target } licenses
    }</b> — { $count } as of { $date }.
licenses-target-above = Target: <b>more than { $target ->
        [one] { $target } license
       *[other] { $target } licenses
    }</b> — { $count } as of { $date }.
licenses-sport-line = • { $sport } — { $licenses }
licenses-sport-line-places = • { $sport } — { $licenses } ({ $places ->
        [one] { $places } quota place
       *[other] { $places } quota places
    })
licenses-tap-sport = Tap a sport to see who won its licenses.
licenses-sport-button = { $sport } · { $licenses }

licenses-sport-header = 🏅 <b>{ $sport }</b> — { $games }
licenses-sport-count = { $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }
licenses-sport-count-places = { $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    } ({ $places ->
        [one] { $places } quota place
       *[other] { $places } quota places
    })
licenses-sport-none = No licenses in <b>{ $sport }</b> are listed for { $games } yet.
licenses-sport-none-over = No licenses in <b>{ $sport }</b> are listed for { $games }.
license-unnamed = Athlete not named
license-who = { $n }. <b>{ $who }</b>
license-discipline = Discipline: { $sport }
license-team = Team: { $team }
license-event = Event: { $event }
license-places = { $places ->
        [one] { $places } quota place
       *[other] { $places } quota places
    }
license-won-on = Won on: { $date }
license-how = How: { $how }
license-note = <i>{ $note }</i>
license-source = Source: { $source }

## Results and medals

results-line = Result: <b>{ $gold } gold, { $silver } silver, { $bronze } bronze</b>.
# ORDINAL($rank) is the English ordinal category: one (1st), two (2nd), few (3rd), other (4th).
results-line-rank = Result: <b>{ $gold } gold, { $silver } silver, { $bronze } bronze</b> — { ORDINAL($rank) ->
        [one] { $rank }st
        [two] { $rank }nd
        [few] { $rank }rd
       *[other] { $rank }th
    } in the medal table.
# While the Games are on: the tally so far, and the place staff set, which can still change.
results-line-now = So far: <b>{ $gold } gold, { $silver } silver, { $bronze } bronze</b>.
results-line-rank-now = So far: <b>{ $gold } gold, { $silver } silver, { $bronze } bronze</b> — currently { ORDINAL($rank) ->
        [one] { $rank }st
        [two] { $rank }nd
        [few] { $rank }rd
       *[other] { $rank }th
    } in the medal table (it can still change).
results-none = The team's results at these Games are not recorded here yet.
results-none-over = No results of the team at these Games are recorded here.

medals-header = 🥇 <b>{ $games }</b>
    { -team }'s medals
medals-not-started = These Games have not started yet.
medals-none-yet = No medals are recorded here for these Games yet.
medals-none-over = No medals of the team at these Games are recorded here.
# $icon is 🥇, 🥈 or 🥉; $who the athletes (or the team).
medal-line = { $icon } <b>{ $who }</b> — { $sport }, { $event }
medal-line-date = { $icon } <b>{ $who }</b> — { $sport }, { $event } ({ $date })
medal-team = ↳ Team: { $team }
medal-note = ↳ <i>{ $note }</i>
medal-source = ↳ Source: { $source }
# The results without a medal, after the medals; $placing as staff typed it ("4th", "Quarter-final").
medals-placings = <b>Other results</b>
placing-line = 🔹 { $placing }: <b>{ $who }</b> — { $sport }, { $event }
placing-line-date = 🔹 { $placing }: <b>{ $who }</b> — { $sport }, { $event } ({ $date })

## Athletes

athlete-name = 👤 <b>{ $name }</b>
# $forms: the other spellings of the name (Latin, Russian, Kazakh) where they differ.
athlete-name-forms = 👤 <b>{ $name }</b> ({ $forms })
athlete-licenses = 🏅 Licenses:
athlete-license = • { $games } — { $sport }
athlete-license-event = • { $games } — { $sport }, { $event }
athlete-results = 🏆 Results:
athlete-medal = { $icon } { $games } — { $sport }, { $event }
athlete-medal-date = { $icon } { $games } — { $sport }, { $event } ({ $date })
athlete-placing = 🔹 { $games } — { $sport }, { $event }: { $placing }
athlete-placing-date = 🔹 { $games } — { $sport }, { $event }: { $placing } ({ $date })
athlete-nothing = No licenses or results are recorded here for this athlete yet.
athlete-several = { $count } athletes match “{ $query }”:

## Finding a sport

sport-unknown = I don't know a sport called “{ $query }”. Try { $command } without a name to see them all.
sport-or-athlete-unknown = I don't know a sport or an athlete called “{ $query }”. Try { $command } without a name to see all sports.
sport-ambiguous = “{ $query }” could be several sports. Which one?
sport-did-you-mean = I couldn't find “{ $query }”. Did you mean:
# A plain message that names no sport or athlete and asks none of the questions the bot knows.
lookup-not-found = I found no sport or athlete called “{ $query }”.
lookup-try = Try, for example: <i>boxing</i>, <i>figure skating</i>, <i>Oralbay</i>, <i>when are the Olympics?</i>, <i>medals</i> — or pick from the menu below. All commands: /help

## Schedule

# The word after /schedule that asks for today's events (matched case-insensitively).
schedule-today-word = today
schedule-header = 📅 <b>{ $games }</b> — competition schedule
schedule-sport-header = 📅 <b>{ $sport }</b> — { $games }
schedule-before = The Games open on { $date }.
schedule-during = The Games are on: day { $day } of { $of }.
schedule-opening = Opening ceremony: { $when }
schedule-dates-in = Dates are { $zone }.
schedule-line = • { $sport } — { $dates }
schedule-starts = ↳ first start: { $times }
schedule-note = ↳ <i>{ $note }</i>
schedule-none = The competition schedule for these Games is not known yet.
schedule-sport-none = No competition dates for <b>{ $sport }</b> at { $games } yet.
schedule-sport-none-over = No competition dates for <b>{ $sport }</b> at { $games } are recorded here.
schedule-none-over = The competition dates of these Games are not recorded here.

today-header = 📅 <b>{ $games }</b> — today, { $date } ({ $city } time), day { $day } of { $of }
today-nothing = No competitions in our list today.
today-no-games = No Games are on today.

## Countdown

countdown-header = ⏳ <b>Countdown</b>
countdown-before = <b>{ $games }</b>: { $left } to go.
countdown-days = <b>{ $days ->
        [one] { $days } day
       *[other] { $days } days
    }</b>
countdown-clock = <b>{ $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }</b>
countdown-opening-exact = Opening ceremony: { $when }
countdown-opening-date = Opens on { $date } (the ceremony time is not confirmed; counting to the start of that day, { $zone }).
countdown-during = <b>{ $games }</b>: day { $day } of { $of }.
countdown-none = No upcoming Games are in the calendar yet.
countdown-licenses = Licenses won so far: <b>{ $places }</b>.
countdown-licenses-none = No licenses are listed for these Games yet.
summary-header = 🏟 <b>Today at the Games</b>
summary-day = <b>{ $games }</b>: day { $day } of { $of }, { $date } ({ $city } time).
summary-results-header = <b>Today's results</b>
summary-results-none = No results of the team today yet.
summary-on-header = <b>On today</b>
summary-on-starts = • { $sport } — first start: { $times }
summary-on-list = { $sports }.
summary-on-list-more = { $sports } and { $count } more.
summary-results-more = …and { $count } more on the medals screen.

## Subscriptions

# Words after /subscribe and /unsubscribe (case, spaces and punctuation do not matter; the English ones work in every language).
sub-word-all = all
sub-word-countdown = countdown
sub-word-milestones = milestones
sub-word-weekly = weekly
sub-word-daily = daily
# "|" separates other forms of the same word.
sub-word-medals = medals|medal
sub-word-results = results|result

sub-header = 🔔 <b>This chat's subscriptions</b>
sub-games = { $games ->
    [olympic] Olympic Games only
    [paralympic] Paralympic Games only
    [none] no Games chosen
   *[both] Olympic and Paralympic Games
}
sub-alerts-all = 🏅 New licenses: every sport ({ $games }).
sub-alerts-chosen = 🏅 New licenses: { $sports } ({ $games }).
sub-alerts-off = 🏅 New licenses: no alerts.
sub-alerts-none-chosen = 🏅 New licenses: no sport chosen.
sub-qualifiers = 🎯 Qualification events: a reminder the day before and the outcome, for the same sports.
sub-results-all = 🥇 Results: { $results ->
    [medals] medals
   *[all] every result
}, every sport ({ $games }).
sub-results-chosen = 🥇 Results: { $results ->
    [medals] medals
   *[all] every result
} in { $sports } ({ $games }).
sub-results-off = 🥇 Results: no alerts.
sub-results-none-chosen = 🥇 Results: { $results ->
    [medals] medals
   *[all] every result
}, but no sport is chosen, so none come.
sub-countdown = ⏳ Countdown: { $cadence ->
    [milestones] when { $days } days are left, and on opening day
    [weekly] once a week
    [daily] every day
   *[off] off
}.
sub-language = 🌐 Language: { $language }.
sub-language-auto = 🌐 Language: as in Telegram (now { $language }).
sub-menu-footer = Tap a button to change a setting; “🏅 Chosen” lists the sports to tick. Shortcuts: /subscribe boxing, /subscribe medals
sub-admins-only = In a group only its administrators can change these settings.
sub-reply-footer = All settings: /settings

sub-note-sport-added = ✅ Alerts on for <b>{ $sport }</b>.
sub-note-sport-in-all = ✅ This chat already gets alerts for every sport, <b>{ $sport }</b> included.
sub-note-all = ✅ Alerts on for every sport.
sub-note-countdown = ✅ Countdown reminders on.
unsub-note-sport = ✅ No more alerts for <b>{ $sport }</b>.
unsub-note-sport-not-chosen = <b>{ $sport }</b> is not among this chat's sports: nothing changed.
unsub-note-sport-in-all = This chat gets alerts for every sport, so <b>{ $sport }</b> is still included. To get only some sports, send /unsubscribe all and then /subscribe with each sport you want.
unsub-note-countdown = ✅ Countdown reminders off.
unsub-note-all = ✅ All alerts and countdown reminders are off.
sub-note-results = ✅ { $results ->
    [medals] Medal alerts on.
   *[all] Alerts on for every result: medals and placings.
}
sub-note-results-in-all = ✅ This chat already gets every result, medals included.
unsub-note-results = ✅ No more result alerts.
sub-cadence-unknown = I don't know this countdown option: “{ $query }”. Choose one: /subscribe countdown milestones, /subscribe countdown weekly or /subscribe countdown daily.
sub-sport-unknown = I don't know a sport called “{ $query }”. Check the spelling, e.g. { $command } boxing.

button-sub-alerts-all = 🏅 All sports
button-sub-alerts-chosen = 🏅 Chosen ({ $count })
button-sub-alerts-off = 🏅 Off
button-sub-olympic = Olympic
button-sub-paralympic = Paralympic
button-sub-results-medals = 🥇 Medals
button-sub-results-all = 🥇 Every result
button-sub-results-off = 🥇 Off
button-sub-countdown-milestones = ⏳ Milestones
button-sub-countdown-weekly = ⏳ Weekly
button-sub-countdown-daily = ⏳ Daily
button-sub-countdown-off = ⏳ Off
button-sub-language = 🌐 Language: { $language }
button-back = ⬅️ Back
button-sub-outdated = These settings changed after this menu was sent. Here they are as they are now.
button-sub-keep-one = Keep the Olympic or the Paralympic Games on, at least one of them. To stop alerts, tap “🏅 Off”.

# The list of sports in the settings (several ticked in one visit)
sub-sports-header = 🏅 <b>Sports for alerts</b>
sub-sports-help = Tick the sports this chat follows: alerts about new licenses and results come for them. ☀️ summer Games, ❄️ winter Games. Tap “✅ Done” when finished.
sub-sports-narrows = For now the alerts are not limited to chosen sports: ticking a sport limits them to the ticked ones.
sub-sports-ticked = Ticked: { $sports }.
sub-sports-none = Nothing ticked yet.
button-sub-group = { $group ->
    [olympic-summer] ☀️ Olympic
    [olympic-winter] ❄️ Olympic
    [paralympic-summer] ☀️ Paralympic
   *[paralympic-winter] ❄️ Paralympic
}
button-sub-done = ✅ Done

## Language

language-name-en = English
language-name-ru = Русский
language-name-kk = Қазақша
language-auto = 🔄 Telegram's language
language-choose = Current language: { $language }. Choose the language for this chat:
language-set = Done: I'll speak { $language } in this chat.

## Errors (plain text: also shown as pop-up alerts)

error-db-unavailable = Sorry, I'm temporarily unavailable. Please try again in a minute.
error-generic = Sorry, something went wrong on my side. Please try again.
error-not-admin = Only administrators of this group can change its settings.
error-admin-unknown = I couldn't check whether you are an administrator of this group, so nothing changed. Please try again later.

## Pushes to subscribers
alert-license-header = 🎉 <b>New license!</b> { $sport } — { $games }
alert-license-total = Listed so far: <b>{ $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }</b>.
alert-license-total-places = Listed so far: <b>{ $licenses ->
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }</b> ({ $places ->
        [one] { $places } quota place
       *[other] { $places } quota places
    }).
alert-license-sport = 🏅 { $sport }: all licenses
alert-license-all = 🏅 All licenses

alert-result-medal = { $icon } <b>{ $medal }!</b> { $who } — { $sport }, { $event }
alert-result-placing = 🔹 <b>{ $placing }</b>: { $who } — { $sport }, { $event }
alert-result-games = { $games }
alert-result-games-date = { $games } · { $date }
alert-result-correction = ✏️ <b>Correction</b> to a result we sent you:
alert-result-withdrawn = ✏️ <b>Correction:</b> the result in { $sport } at the { $games } that we sent you earlier has been withdrawn.

# The button under every alert: stop what it is about in this chat, then bring it back (undo)
alert-stop = 🔕 { $what ->
    [sport] Stop alerts: { $sport }
    [medals] Stop medal alerts
    [results] Stop result alerts
    [licenses] Stop license alerts
   *[countdown] Stop the countdown
}
alert-resume = 🔔 { $what ->
    [sport] Alerts back on: { $sport }
    [medals] Medal alerts back on
    [results] Result alerts back on
    [licenses] License alerts back on
   *[countdown] Countdown back on
}
alert-settings = ⚙️ Settings
alert-stopped = 🔕 { $what ->
    [sport] No more alerts for { $sport } in this chat: neither new licenses nor results.
    [medals] No more medal alerts in this chat.
    [results] No more result alerts in this chat.
    [licenses] No more license alerts in this chat.
   *[countdown] No more countdown reminders in this chat.
} The button below turns them back on.
alert-resumed = 🔔 { $what ->
    [sport] Alerts for { $sport } are back on.
    [medals] Medal alerts are back on.
    [results] Result alerts are back on.
    [licenses] License alerts are back on.
   *[countdown] Countdown reminders are back on.
}
alert-already-off = Nothing changed: these alerts were already off.
alert-already-on = Nothing changed: these alerts were already on.
alert-changed = This chat's settings changed after this alert: the button now shows what applies.
alert-parent = This chat follows all of { $sport }: the button now stops all of it. To keep some of its disciplines, choose them in ⚙️ Settings.

## Broadcasts (staff)
broadcasts-none = No broadcasts yet.
broadcasts-header = 📣 <b>Recent broadcasts</b>
    Dates and times are { $zone }.
broadcasts-countdown = ⏳ Countdown ({ $cadence ->
        [milestones] on key dates
        [weekly] weekly
        [daily] daily
       *[other] other
    }): { $games }
broadcasts-license = 🏅 New license #{ $license }: { $sport }, { $who } · { $games }
broadcasts-license-gone = 🏅 New license #{ $license } (since removed)
broadcasts-result = { $correction ->
        [yes] ✏️ Correction of result
       *[no] 🥇 Result
    } #{ $result }: { $sport }, { $who } · { $games }
broadcasts-result-gone = { $correction ->
        [yes] ✏️ Correction of result
       *[no] 🥇 Result
    } #{ $result } (since removed)
broadcasts-item = <b>#{ $id }</b> { $what } — { $status ->
        [sending] sending
        [done] done
       *[cancelled] cancelled
    }, { $when }
broadcasts-counts = sent { $sent } · pending { $pending } · blocked { $blocked } · failed { $failed }
broadcasts-eta = about { $minutes } min to finish
broadcasts-cancel = ✖️ Cancel #{ $id }
broadcasts-cancelled = Broadcast #{ $id } cancelled: what was not sent will not be.
broadcasts-not-sending = Broadcast #{ $id } is no longer sending.

## Staff

cmd-staff = Staff: who may edit the data
cmd-broadcasts = Staff: recent broadcasts
staff-only = This command is for the team's staff.
staff-owners-only = Only owners change who is staff.
staff-just-added = You were made staff a moment ago: send the command again in a minute.
staff-header = 👥 <b>Staff</b>
staff-line = • { $who } — { $role ->
        [owner] owner
       *[editor] editor
    }
staff-usage = Add an editor: <b>/staff add</b> with a user id or the @username of someone who has started this bot, or reply with it to their message (or to one of theirs you forwarded here). Remove: <b>/staff remove</b> the same way.
staff-target-unknown = I can't tell who you mean. Give a user id, the @username of someone who has started this bot, or reply to their message.
staff-added = { $who } is now an editor.
staff-already = { $who } is already staff.
staff-removed = { $who } is no longer staff.
staff-not-staff = { $who } is not staff.
staff-is-owner = { $who } is an owner: owners come from BOT_OWNER_IDS and are not changed in chat.

## Recording a license (staff conversation)

cmd-addlicense = Staff: record a new license
al-private-only = Recording a license works in the private chat with the bot: open it and send /addlicense there.
al-games = <b>1/8 · Games.</b> Which Games was the license won for? Tap one, or type its name (e.g. “LA 2028”).
al-games-unknown = I can't tell which Games you mean. Tap one of the buttons, or type e.g. “LA 2028”.
al-sport = <b>2/8 · Sport.</b> Type the sport's name as fans do with /licenses (“boxing”, “бокс”), or tap one.
al-sport-unknown = No such sport at these Games: “{ $query }”. Type it again, or tap a suggestion.
al-athletes = <b>3/8 · Athletes.</b> Who won it? Type the names (a comma or a new line between two), tap a known athlete, or tap “Team” for a team license.
al-athletes-none = Type at least one name, or tap “Team”.
al-event = <b>4/8 · Event.</b> Type it in English, Russian or Kazakh (e.g. “Men's 51 kg”), tap one already recorded in this sport, or skip.
al-how = <b>5/8 · How it was won.</b> The qualifier and the place or ranking, in any of the three languages (e.g. “World qualifier, 2nd place”), or skip.
al-date = <b>6/8 · Date won.</b> Tap Today or Yesterday, or type a date: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
al-date-bad = I can't read that as a date. Examples: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
al-date-future = { $date } is still ahead: a license is recorded once it is won.
al-date-after-games = { $date } is after these Games closed ({ $closes }).
al-places = <b>7/8 · Quota places.</b> Tap { $default } or type a whole number from 1 to 50.
al-places-bad = A whole number from 1 to 50, please.
al-source = <b>8/8 · Source.</b> A link to where it was reported (http or https), or skip.
al-source-bad = That is not an http(s) link. Send one like https://example.org/news, or skip.
al-text-too-long = That is { $length } characters; { $max } at most, please.
al-text-empty = Send some text, or skip.
al-preview = <b>Preview</b>: subscribers will see this.
al-duplicate = ⚠️ This looks like a license already recorded (#{ $ids }): same Games, sport, event and athlete. Save it only if it is another one.
al-save-alert = ✅ Save and alert subscribers
al-save-quiet = 💾 Save without alert
al-change = ✏️ Change a field
al-skip = Skip
al-today = Today
al-yesterday = Yesterday
al-team = Team
al-pick-field = Which field do you want to change?
al-field = { $field ->
        [games] Games
        [sport] Sport
        [athletes] Athletes
        [event] Event
        [how] How it was won
        [date] Date won
        [places] Quota places
       *[source] Source
    }
al-cancelled = Cancelled: nothing was saved.
al-idle = The license you were recording was left for over 30 minutes, so it ended; nothing was saved. Start again with /addlicense.
al-busy = You are recording a license: answer the question above, send /back to go one step back, or /cancel.
al-back-first = This is the first step; /cancel leaves.
al-saved = Saved as license #{ $id }. No alert was sent.
al-saved-alert = Saved as license #{ $id }. The alert will reach { $chats } chats and starts in { $seconds } s; Undo before then cancels it entirely.
al-saved-already = License #{ $id } was already saved from this draft (an earlier press went through); nothing was saved twice.
al-save-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so the license was not saved. Your draft is still here: press Save below again.
al-undo = ↩️ Undo
al-undone = { $alert ->
        [cancelled] Undone: license #{ $id } is removed and its alert cancelled; nobody got it.
        [stopped] Undone: license #{ $id } is removed and its alert stopped; { $sent } had already been sent.
       *[none] Undone: license #{ $id } is removed.
    }
al-undo-gone = License #{ $id } was already removed.
al-translation = { $field ->
        [event] Event
       *[how] How it was won
    }: “{ $typed }”. Type it in { $lang ->
        [ru] Russian
       *[kk] Kazakh
    } (optional), or skip.
al-translation-en = { $field ->
        [event] Event
       *[how] How it was won
    }: “{ $typed }”. Type it in English, in Latin letters: fans who read English see it, and it stands in where a translation is missing.
al-translation-en-bad = Type it in English, in Latin letters.
al-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so recording this license stopped; nothing was saved. Start again with /addlicense.
el-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so the correction stopped; nothing was changed. Start again with /editlicense.
flow-back = ◀️ Back
flow-cancel = ✖️ Cancel
flow-ask-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so the next question could not be shown. Nothing is lost: send any message and I will ask it again.
flow-read-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so your answer did not go through. Nothing is lost: answer again.
al-preview-in = 👁 { $lang ->
        [en] English
        [ru] Русский
       *[kk] Қазақша
    }

## Correcting licenses (staff)

cmd-editlicense = Staff: correct a license
cmd-removelicense = Staff: remove a license
cmd-audit = Owners: recent changes (audit log)
cl-private-only = This works in the private chat with the bot: open it and send { $command } there.
cl-license-button = #{ $id } { $sport } · { $who } · { $games }
cl-license = <b>License #{ $id }</b> — { $sport }, { $games }
cl-team = Team
cl-field = { $field ->
        [athletes] Athletes
        [event] Event
        [how] How it was won
        [date] Date won
        [places] Quota places
        [source] Source
        [event-ru] Event (Russian)
        [event-kk] Event (Kazakh)
        [how-ru] How won (Russian)
        [how-kk] How won (Kazakh)
        [note-ru] Note (Russian)
        [note-kk] Note (Kazakh)
       *[note] Note
    }
cl-field-value = { $field }: { $value }
cl-translations = (Russian: { $ru }; Kazakh: { $kk })
cl-name-form = { $form ->
        [ru] Russian
        [kk] Kazakh
       *[en] Latin
    }
cl-name-title = { $form ->
        [ru] Russian name
        [kk] Kazakh name
       *[en] Latin name
    } of { $name }
cl-not-found = There is no license #{ $id }: it may have been removed, or the id is mistyped.
cl-gone = License #{ $id } was removed in the meantime; nothing was changed.
cl-gone-short = License #{ $id } is already removed; nothing changed.
el-pick = ✏️ <b>Correct a license.</b> Tap one of the latest, or type its id (e.g. 42).
el-pick-none = There are no licenses to correct yet; /cancel leaves.
el-id-bad = That is not a license id: type a number like 42, or tap one of the buttons.
el-pick-field = Which field do you want to correct? An athlete's name has a button of its own.
el-pick-field-hint = Tap the field to correct (one of the buttons above), send /back, or /cancel.
el-pick-form-hint = Tap Latin, Russian or Kazakh, send /back, or /cancel.
el-name-button = ✏️ Name: { $name }
el-name-forms = <b>{ $name }</b>: which form of the name do you want to correct?
el-needs-english = A translation needs the English text first: correct that one.
el-now = Now: { $value }
el-ask-text = Type the new text in { $lang ->
        [ru] Russian
        [kk] Kazakh
       *[en] English
    }, { $max } characters at most.
el-ask-date = Tap Today or Yesterday, or type the date: 21.04.2024, 2024-04-21, 21 Apr, 21 апреля, 21 сәуір.
el-ask-places = Type a whole number from 1 to 50.
el-ask-source = Send a link to where it was reported (http or https).
el-ask-athletes = Type who won it, a comma or a new line between two names: a name already known is that athlete, any other is added as a new one. Tap “Team” for a team license without names.
el-ask-name = Type the { $form ->
        [ru] Russian
        [kk] Kazakh
       *[en] Latin
    } form of the name, 100 characters at most. It changes on every license of this athlete.
el-clear = 🗑 Clear
el-source-bad = That is not an http(s) link. Send one like https://example.org/news, or tap Clear.
el-same = That is what it is already. Send another value, /back, or /cancel.
el-before = Before: { $value }
el-after = After: <b>{ $value }</b>
el-translations-question = It has translations (Russian: { $ru }; Kazakh: { $kk }). Keep them for a small fix, or clear them if they translated what the text no longer says.
el-clear-translations = Its Russian and Kazakh texts are cleared with it.
el-save = ✅ Save
el-save-keep = ✅ Save, keep the translations
el-save-drop = ✅ Save, clear the translations
el-no-alert = <i>A correction sends no alert: subscribers are not told again.</i>
el-saved = Saved: license #{ $id } is corrected and fans see it now. No alert was sent. To correct something else: /editlicense { $id }
el-changed = Someone changed license #{ $id } while you were at it, so nothing was saved. Here it is as it is now:
el-athlete-gone = That athlete is no longer on this license; nothing was changed.
el-name-empty = That would leave the athlete with no name at all: give another form of it first.
el-cancelled = Cancelled: nothing was changed.
el-idle = The correction was left for over 30 minutes, so it ended; nothing was changed. Start again with /editlicense.
el-busy = You are correcting a license: answer the question above, send /back to go one step back, or /cancel.
el-back-first = This is the first step; /cancel leaves.
rl-pick = 🗑 <b>Remove a license.</b> Tap one of the latest, or send /removelicense with its id (e.g. /removelicense 42).
rl-pick-none = There are no licenses to remove.
rl-id-bad = That is not a license id: send e.g. /removelicense 42.
rl-confirm = <b>Remove license #{ $id }?</b>
rl-confirm-note = Fans will no longer see it, and its alert, if it has one, is stopped. It stays in the audit log.
rl-yes = 🗑 Yes, remove it
rl-no = No, keep it
rl-removed = { $alert ->
        [cancelled] Removed license #{ $id }: fans no longer see it. Its alert was cancelled before anyone got it.
        [stopped] Removed license #{ $id }: fans no longer see it. Its alert was stopped; { $sent ->
            [one] { $sent } message had already been sent
           *[other] { $sent } messages had already been sent
        }.
       *[none] Removed license #{ $id }: fans no longer see it. It had no alert.
    }
rl-already = License #{ $id } was already removed; nothing changed.
rl-kept = Kept: license #{ $id } was not removed.
rl-not-yours = Only the staff member who asked can confirm this; nothing was removed. Send /removelicense { $id } yourself.
audit-owners-only = Only owners see the audit log.
audit-header = 🧾 <b>Recent changes</b>, newest first
    Dates and times are { $zone }.
audit-none = Nothing has been changed yet.
audit-entry = <b>#{ $id }</b> · { $when } · { $who }
audit-what = { $action }
audit-what-id = { $action } #{ $entityId }
audit-action = { $action ->
        [license-create] recorded license
        [license-edit] corrected license
        [license-remove] removed license
        [license-undo] undid license
        [athlete-edit] renamed athlete
        [result-add] recorded result
        [result-edit] corrected result
        [result-remove] removed result
        [result-undo] undid result
        [result-correction] sent a correction of result
        [staff-add] made an editor: user
        [staff-remove] removed from staff: user
        [staff-owner] made an owner (BOT_OWNER_IDS): user
        [reference-upgrade] upgraded the reference data to version
        [games-edit] changed a fact of Games
        [games-undo] undid a change to a fact of Games
        [qualifier-create] added qualification event
        [qualifier-edit] edited qualification event
        [qualifier-close] closed qualification event
        [qualifier-reopen] reopened qualification event
        [qualifier-remove] removed qualification event
        [qualifier-undo] undid qualification event
        [programme-add] added to the programme of Games
        [programme-remove] removed from the programme of Games
        [programme-create] added a new sport to the programme of Games
        [programme-undo] undid a programme change of Games
        [programme-names] renamed a sport of the programme of Games
        [programme-names-undo] undid the renaming of a sport of the programme of Games
        [window-add] added a competition window at Games
        [window-edit] changed a competition window at Games
        [window-remove] removed a competition window at Games
        [window-undo] undid a change to a competition window at Games
       *[other] { $code }
    }
audit-change = ↳ { $field }: { $before } → { $after }
audit-field = { $field ->
        [athletes] Athletes
        [team] Team
        [event] Event
        [howWon] How it was won
        [whereWon] Where it was won
        [wonOn] Date won
        [quotaPlaces] Quota places
        [source] Source
        [note] Note
        [sport] Sport
        [medal] Medal
        [placing] Placing
        [gamesId] Games
        [name] Name
        [medalRank] Medal-table place
        [place] Place
        [hostTz] Host time zone
        [firstDay] First day
        [lastDay] Last day
        [closedAt] Closed
        [licenses] Licenses won there
        [qualifierId] Qualification event
        [sports] Sports
        [programme] Programme (sports listed)
        [aliases] Also found as
        [firstStart] First start (host time)
       *[other] { $code }
    }
audit-field-lang = { $field } ({ $lang ->
        [en] English
        [ru] Russian
       *[kk] Kazakh
    })
audit-license = ↳ { $sport }, { $who } · { $games }
audit-more = ↳ …and { $count } more
audit-system = system

## A Games' facts (staff: /games)

cmd-games = Staff: a Games' facts (target, medal-table place, opening, notes), programme, windows
gf-pick = 🏟 <b>Games.</b> Tap one to see its facts and change them, or type its name (e.g. “Paris 2024”).
gf-card = 🏟 <b>{ $games }</b>
gf-card-pick = Tap what to change.
gf-field = { $field ->
        [licenseTarget] License target
        [opensAt] Opening ceremony
        [note] Note
       *[medalRank] Medal-table place
    }
gf-note-in = Note in { $lang ->
        [en] English
        [ru] Russian
       *[kk] Kazakh
    }
gf-target = { $above ->
        [yes] more than { $count ->
            [one] { $count } license
           *[other] { $count } licenses
        }
       *[no] { $count ->
            [one] { $count } license
           *[other] { $count } licenses
        }
    }
# The place as staff read it: an English ordinal (ORDINAL: one 1st, two 2nd, few 3rd, other 4th).
gf-rank = { ORDINAL($rank) ->
        [one] { $rank }st
        [two] { $rank }nd
        [few] { $rank }rd
       *[other] { $rank }th
    }
gf-none = { $field ->
        [opensAt] not confirmed
       *[other] not set
    }
gf-ask = { $field ->
        [licenseTarget] Type the license target as it was stated: a number (e.g. 90) or “more than 90”; “none” to clear it. Fans see it on /licenses beside the licenses won so far.
        [opensAt] Type when the opening ceremony starts, { $zone }: the date and time, e.g. “{ $example } 17:00”, or the time alone; “none” while it is not confirmed (fans then count down to the start of that day).
       *[medalRank] Type the team's place in the { $kind ->
            [paralympic] Paralympic
           *[olympic] Olympic
        } medal table, a whole number from 1 to { $max }, or “none” to clear it. While the Games are on, fans read it as the current place; once they are over, as the final one.
    }
gf-rank-bad = Type the place as a whole number from 1 to { $max }, e.g. 12, or “none” to clear it.
gf-rank-range = A place in the medal table is from 1 to { $max }. Type another, or “none” to clear it.
gf-rank-ahead = These Games have not begun, so they have no medal-table place yet. Send /back to pick another Games' facts, or /cancel.
gf-target-bad = Type the target as a whole number from 1 to { $max }, e.g. 90, or as “more than 90”; “none” clears it.
gf-target-range = A license target is from 1 to { $max }. Type another, or “none” to clear it.
gf-opening-bad = Type the date and time on the host's clock, e.g. “{ $example } 17:00”, or the time alone (“17:00”); “none” clears it.
gf-opening-day = The opening ceremony is on the Games' opening day, { $day }: type its time, e.g. “17:00” or “{ $example } 17:00”. (The opening day itself is not changed here.)
gf-opening-no-such-time = The host's clocks skip { $time } on that day (they go forward for summer time). Type another time.
gf-ask-note-lang = Which language's note do you want to write? The English one comes first: fans whose language has no note read it.
gf-note-lang-hint = Tap a language (the buttons above), or send /back or /cancel.
gf-note-english-first = These Games have no English note yet: write it first (fans whose language has no note read the English one).
gf-ask-note = Type the note in { $lang ->
        [en] English, in Latin letters
        [ru] Russian
       *[kk] Kazakh
    }, { $max } characters at most, or “none” to clear it. Fans see it under the Games' title on /schedule.
gf-note-empty = Send the note's text, or “none” to clear it.
gf-note-english-last = Fans read the English note when theirs has none, so it is cleared last: clear the Russian and Kazakh notes first, or type a new English note.
gf-note-others-stay = <i>The Russian and Kazakh notes stay as they are: change them too if they no longer say the same.</i>
gf-opening-check-note = <i>If the Games' note speaks of the opening time, change it too.</i>
gf-clear = 🗑 Clear it
gf-pick-field-hint = Tap what to change (the buttons above), or send /back or /cancel.
gf-confirm-note = <i>Fans see it { $field ->
        [licenseTarget] on /licenses
        [opensAt] on /countdown, /schedule and in the calendar
        [note] on /schedule (and on /licenses once the Games are over)
       *[medalRank] on /medals
    } as soon as it is saved.</i>
gf-saved = Saved: { $games } · { $field }: { $before } → <b>{ $value }</b>. Fans see it now.
gf-changed = Someone changed these Games' facts while you were at it, so nothing was saved. Here they are as they are now:
gf-gone = These Games are no longer in the data; nothing was changed.
gf-undone = Undone: { $games } · { $field } is { $value } again.
gf-undo-already = This change was already undone; nothing changed.
gf-undo-changed = It was changed again since, so this change was not undone. Send /games to see it as it is.
gf-undo-gone = There is no such change to undo; nothing changed.
gf-idle = The change to a Games' facts was left for over 30 minutes, so it ended; nothing was changed. Start again with /games.
gf-busy = You are changing a Games' facts: answer the question above, send /back to go one step back, or /cancel.
gf-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so the change stopped; nothing was changed. Start again with /games.
audit-games = ↳ { $games }

## A Games' programme and competition windows (staff: /games)

gp-part = { $part ->
        [programme] Programme
       *[windows] Competition windows
    }
gp-card-programme = Programme: { $count } sports and disciplines
gp-card-programme-open = Programme: not confirmed yet ({ $count } sports offered)
gp-card-windows = Competition windows: { $count }
gp-button-programme = 📋 Programme
gp-button-windows = 🗓 Competition windows
gp-confirmed = { $count } sports and disciplines
gp-open = not confirmed yet — fans are offered every { $season ->
        [winter] winter
       *[summer] summer
    } { $kind ->
        [paralympic] Paralympic
       *[olympic] Olympic
    } sport ({ $count })
gp-programme-pick = Add a sport (one in the data, or a new one), remove one, or give one its names (✏️ Names).
gp-pick-hint = Tap Add, Remove, New sport or Names (the buttons above), or send /back or /cancel.
gp-button-add = ➕ Add a sport
gp-button-remove = ➖ Remove a sport
gp-button-create = 🆕 New sport
gp-ask-add = Type the sport to add as fans would (any of its names, in any language), or tap one. A sport that is not in the data yet: 🆕 New sport.
gp-ask-remove = Type the sport to remove, or tap one. Its disciplines and its competition window at these Games go with it.
gp-sport-unknown-add = No sport to add is called “{ $query }”. Type it again, tap 🆕 New sport to create it, or send /back.
gp-sport-unknown-remove = No sport of this programme is called “{ $query }”. Type it again, or tap one of the buttons.
gp-refused-gone = That sport is no longer in the data. Pick another, or send /back.
gp-refused-other-kind = { $sport } is not a sport of these Games (Olympic and Paralympic sports are separate). Pick another, or send /back.
gp-refused-other-season = { $sport } is a sport of the other season's Games. Pick another, or send /back.
gp-refused-already-in = { $sport } is already in the programme. Pick another, or send /back.
gp-refused-not-in = { $sport } is not in the programme. Pick another, or send /back.
gp-refused-last = { $sport } is the last sport in the programme, and a programme with none would offer fans every sport again. Add the right ones first.
gp-refused-in-use = { $sport } stays in the programme: licenses ({ $licenses }), results ({ $results }) or qualification events ({ $qualifiers }) are recorded in it at these Games. Remove them first, or pick another sport.
gp-new-sport = New sport: <b>{ $name }</b>
gp-ask-name-en = 🆕 <b>A new sport.</b> Type its name in English, in Latin letters (at most { $max } characters), as fans will read and type it.
gp-ask-name-ru = Its name in Russian, as fans reading in Russian will see it; or Skip, and they see “{ $name }”.
gp-ask-name-kk = Its name in Kazakh; or Skip, and fans reading in Kazakh see “{ $name }”.
gp-ask-name-aliases = Other names fans may type (short forms, other spellings, in any language), a comma between two, at most { $aliases }; or Skip.
gp-name-empty = A name needs at least two letters. Type it again.
gp-name-chars = A name is letters, digits, spaces and - ' . / ( ) only. Type it again.
gp-name-latin = Type the English name in Latin letters.
gp-name-too-long = That is { $length } characters; a name is at most { $max }. Type a shorter one.
gp-name-taken = “{ $name }” already names { $sport }: fans typing it would find that sport. Type another name.
gp-aliases-too-many = At most { $max } other names. Type fewer.
gp-preview-created = 🆕 New sport: { $en } · Russian: { $ru } · Kazakh: { $kk }
gp-preview-aliases = Also found as: { $aliases }
gp-preview-window = 🗑 Its competition window goes too: { $sport } — { $dates }
gp-preview-confirms = ⚠️ These Games had no confirmed programme: fans were offered all { $count } sports of their kind and season. Saving confirms that list with this change, so no other sport disappears; remove afterwards those that will not be held.
gp-preview-also-offered = A new sport is also offered at Games whose programme is not confirmed yet: { $games }.
gp-preview-note = <i>Fans see it at once: /schedule, the sport lookup and the calendars.</i>
gp-saved = Saved: { $games } · programme. { $edit ->
        [remove] Removed: { $sports }{ $windows ->
            [0] {""}
           *[other] {" "}(with its competition windows)
        }
        [create] New sport: { $sports }
       *[add] Added: { $sports }
    }. Fans see it now.
gp-undone = Undone: { $games } · programme. { $edit ->
        [remove] Back in it: { $sports }
        [create] The new sport { $sports } is gone again
       *[add] Out of it again: { $sports }
    }.
gp-changed = Someone changed these Games' programme while you were at it, so nothing was saved. Here is the card as it is now:
gp-taken-now = “{ $name }” has meanwhile come to name { $sport }, so nothing was saved. Here is the card as it is now:
gp-button-names = ✏️ Names
gn-ask-sport = Whose names? Type the sport, or tap one of the programme's.
gn-ask = { $step ->
        [en] Its name in English, in Latin letters (at most { $max } characters).
        [ru] Its name in Russian, as fans reading in Russian see it (at most { $max } characters).
        [kk] Its name in Kazakh, as fans reading in Kazakh see it (at most { $max } characters).
       *[aliases] Other names fans may type (short forms, other spellings, in any language), a comma between two, at most { $aliases }; or “none”. They replace the ones it has.
    }
    Now: <b>{ $now }</b>. Type the new one, or tap Keep as is.
gn-button-keep = Keep as is
gn-field = { $field ->
        [en] English
        [ru] Russian
        [kk] Kazakh
       *[aliases] Also found as
    }
gn-preview-note = <i>Fans see it at once: the sport lookup, /schedule, /licenses, /qualifiers and inline mode. Updates of the reference data never overwrite it.</i>
gn-saved = Saved: { $games } · { $sport }. { $changes }. Fans see it now.
gn-undone = Undone: { $games } · { $sport }: its names are as they were again.
gn-unchanged = Nothing to save: every name is as it was. Here is the card:
gn-changed = Someone changed this sport's names (or the programme) while you were at it, so nothing was saved. Here is the card as it is now:
gw-none = no window
gw-days-start = { $dates }, first start { $times }
gw-list-none = No competition windows are recorded for these Games yet.
gw-pick = Tap a sport to change or remove its window, type a sport's name, or add a window.
gw-button-add = ➕ Add a window
gw-ask-sport = Which sport? Type its name, or tap one of the programme's sports that have no window yet.
gw-ask-action = What do you want to change?
gw-button-days = 📅 Days
gw-button-time = ⏰ First start
gw-button-drop = 🗑 Remove the window
gw-ask-days = Type its days as the official schedule gives them, { $zone }: one day as 12.07.{ $year }, or the first and the last as 12–19.07.{ $year }.
gw-ask-time = Its first start on { $date }, { $zone }, as 09:30; or tap “No time” if it is not known.
gw-button-no-time = No time
gw-days-format = Type the days as 12.07.2028 (one day) or 12–19.07.2028 (the first and the last).
gw-days-no-such-day = There is no such day. Type the days again, e.g. 12–19.07.2028.
gw-days-order = The last day comes before the first. Type the first day first, e.g. 12–19.07.2028.
gw-days-range = A window of these Games lies between { $from } and { $to }. Type its days again.
gw-time-bad = Type the time as 09:30 (hours 0–23, minutes 0–59), or tap “No time”.
gw-not-in-programme = { $sport } is not in these Games' programme: add it there first (📋 Programme), or pick another sport.
gw-preview-note = <i>Fans see it at once on /schedule and in their calendars.</i>
gw-saved = Saved: { $games } · { $sport }: { $before } → <b>{ $value }</b>. Fans see it now.
gw-undone = Undone: { $games } · { $sport }: { $value } again.
gw-changed = Someone changed this window (or the programme) while you were at it, so nothing was saved. Here is the card as it is now:
audit-subject = ↳ { $subject }
al-name-other = “{ $name }” in { $script ->
        [latin] Latin letters, as in international results
       *[cyrillic] Cyrillic
    }: tap the proposal if it is right, type it as it should be, or skip.
al-name-script-bad = Type the name in { $script ->
        [latin] Latin
       *[cyrillic] Cyrillic
    } letters (at most 100), tap the proposal, or skip.
al-team-name = National team

# Inline mode, Share buttons and deep links
# inline-* are plain text: titles and descriptions in Telegram's list of results.

button-share = ↗️ Share
button-open-in-bot = Open in the bot
start-link-unknown = This link does not lead to anything I know: it may be old or mistyped. Here is what I can show you:
inline-open-bot = Open the bot
inline-licenses-title = { $sport }: licenses · { $games }
inline-licenses-description = { $licenses ->
        [0] No licenses listed yet
        [one] { $licenses } license
       *[other] { $licenses } licenses
    }
inline-schedule-title = Schedule · { $games }
inline-schedule-sport-title = { $sport }: schedule · { $games }
inline-schedule-none = Competition dates not known yet
inline-schedule-none-over = Competition dates not recorded here
inline-summary-title = Licenses · { $games }
inline-licenses-none-over = No licenses listed
inline-summary-description = { $licenses ->
        [0] No licenses listed yet
        [one] { $licenses } license in { $sports } sport
       *[other] { $licenses } licenses in { $sports } sports
    }
inline-countdown-title = ⏳ Countdown
inline-countdown-before = { $games }: { $days ->
        [one] { $days } day to go
       *[other] { $days } days to go
    }
inline-countdown-during = { $games }: day { $day } of { $of }
inline-countdown-over = { $games }: over
inline-athlete-medals = { $medals ->
        [0] No licenses or medals listed
        [one] { $medals } medal
       *[other] { $medals } medals
    }
inline-nothing-title = Nothing found for “{ $query }”
inline-nothing-description = Try a sport (boxing, judo) or an athlete's name
shared-nothing-message = I follow { -team } on its way to the Olympic and Paralympic Games: licenses, schedules and the countdown. Open the bot and send the name of a sport or an athlete.
shared-more-in-bot = <i>The rest is in the bot: tap “Open in the bot”.</i>

# Calendar
# The calendar-ics-* texts go into .ics files as plain text (no HTML, no entities); the rest is Telegram HTML.
button-calendar = 🗓 Add to calendar
calendar-ics-name-games = { $games } — { -team }
calendar-ics-name-sport = { $sport } — { $games }
calendar-ics-description = { -team } at { $games }: competition days, ceremonies and medals. Dates are { $zone }.
calendar-ics-window = { $sport }: competition days
calendar-ics-first-start = { $sport }: first start
calendar-ics-opening = Opening ceremony — { $games }
calendar-ics-closing = Closing ceremony — { $games }
calendar-ics-medal = { $icon } { $who } — { $medal ->
        [gold] gold
        [silver] silver
       *[bronze] bronze
    }, { $sport }, { $event }
calendar-ics-days = Dates are { $zone }.
calendar-ics-time-unknown = The start time is not known yet.
calendar-ics-time-unrecorded = The start time is not recorded here.
calendar-ics-end-unknown = Only the start is known; the end is not.
calendar-ics-note = Note: { $note }
calendar-ics-medals-undated = The team's medals in this sport (the day is not recorded):
calendar-caption = 🗓 <b>{ $name }</b>: { $count ->
        [one] { $count } event
       *[other] { $count } events
    }. Open the file to add them to your calendar.
    Dates are { $zone }; times show in your calendar's own time zone.
calendar-caption-feed = To follow changes, subscribe instead: { $url }

# Status
cmd-status = How the bot is doing (owners)
status-owners-only = Only owners see the bot's status.
status-header = 🩺 <b>Bot status</b>
status-version = Version: { $version }
status-uptime = Up for: { $days } d { $hours } h { $minutes } min
status-mode = Updates by: { $mode ->
        [webhook] webhook
       *[polling] polling
    }
status-database = Database: { $database ->
        [postgres] PostgreSQL
       *[pglite] embedded (PGlite)
    }
status-leader-yes = Broadcast sender: this instance
status-leader-no = Broadcast sender: another instance (or none right now)
status-queue = Bot API calls waiting here: { $count }
status-pending = Deliveries waiting to be sent: { $count }
status-pending-unknown = Deliveries waiting to be sent: unknown (the database did not answer)
status-no-errors = No errors since the start.
status-errors-header = <b>Latest errors</b>
status-error-line = • { $when } { $source ->
        [update] update
        [sender] broadcast sender
       *[polling] polling
    }: { $message }

## Which Games: empty states and naming a Games

licenses-qualifying = Qualification for these Games is under way; no licenses are recorded here yet.
licenses-sport-qualifying = Qualification for { $games } is under way; no licenses in <b>{ $sport }</b> are recorded here yet.
button-games-licenses = 🏅 { $games }: licenses
button-sport-games-licenses = 🏅 { $sport } · { $games }
# $year is text ("2025"), so it is not written "2,025".
query-no-games-year = There are no Games in { $year } in my calendar.
query-no-games = I know of no Games matching “{ $words }”.
query-not-understood = I did not understand “{ $words }”.
# $list: the Games as they can be named ("Paris 2024, Los Angeles 2028").
query-games-known = Games you can name: { $list } (add “paralympic” for the Paralympic Games).
query-sport-not-at-games = <b>{ $sport }</b> is not contested at { $games }.
query-sport-not-of-kind = <b>{ $sport }</b> is not { $kind ->
        [paralympic] a Paralympic
       *[olympic] an Olympic
    } sport.

## The medal card (a picture; plain text, no HTML)
card-medal = { $medal ->
        [gold] Gold
        [silver] Silver
       *[bronze] Bronze
    }
card-team = { -team }

# Sharing a medal's card: the 🖼 button under each medal (/medals, an athlete's screen) sends it;
# inline mode offers it once sent. Plain text.
button-medal-card = 🖼 Card: { $icon } { $what }
medal-card-sport-games = { $sport } · { $games }
inline-medal-title = { $icon } { $who }

## Recording results (staff)

cmd-addresult = Staff: record a result or medal
ar-private-only = Recording a result works in the private chat with the bot: open it and send /addresult there.
ar-games = <b>{ $step }Games.</b> Which Games is the result from? Tap one, or type its name (e.g. “Paris 2024”).
ar-games-unknown = I can't tell which Games you mean. Tap one of the buttons, or type e.g. “Paris 2024”.
ar-games-ahead = Competitions at these Games have not begun yet, so there is no result to record. Tap another Games.
ar-sport = <b>{ $step }Sport.</b> Type the sport's name (“figure skating”, “фигурное катание”), or tap one of these Games' sports.
ar-event = <b>{ $step }Event.</b> Type it in English, Russian or Kazakh (e.g. “Men's singles”).
ar-athletes = <b>{ $step }Athletes.</b> Who got the result? Type the names (a surname is enough; a comma or a new line between two), tap an athlete, or tap “Team” for a team.
ar-text-empty = Type some text, please: this one cannot be skipped.
ar-athletes-none = Type at least one name, or tap “Team”.
ar-athlete-which = Did you mean one of these by “{ $name }”? Tap them, or add a new athlete.
ar-athlete-new = ➕ New athlete: { $name }
ar-athlete-pick = Tap one of the athletes above, or “New athlete”.
ar-result = <b>{ $step }Result.</b> Tap the medal, or type the placing in any of the three languages (e.g. “4th”, “quarter-final”).
ar-medal = { $medal ->
        [gold] 🥇 Gold
        [silver] 🥈 Silver
       *[bronze] 🥉 Bronze
    }
ar-date = <b>{ $step }Date.</b> The day it was won, by the local calendar of { $city }: { $buttons ->
        [yes] tap Today or Yesterday, or type a date
       *[no] type a date
    } (13.02.2026, 13 Feb, 13 февраля, 13 ақпан).
ar-date-future = That day is still ahead where these Games are held: a result is recorded once it is won.
ar-date-outside = That day is outside these Games: type a day from their first competitions to their closing day.
ar-source = <b>{ $step }Source.</b> A link to where it was reported (http or https){ $empty ->
        [clear] , or tap Clear to remove the one there is
        [none] {""}
       *[skip] , or skip
    }.
ar-translation = { $field ->
        [event] Event
        [note] Note
        [qualifier] Qualifier name
        [place] City
       *[placing] Placing
    }: “{ $typed }”. Type it in { $lang ->
        [ru] Russian
       *[kk] Kazakh
    } (optional), or skip.
ar-translation-en = { $field ->
        [event] Event
        [note] Note
        [qualifier] Qualifier name
        [place] City
       *[placing] Placing
    }: “{ $typed }”. Type it in English, in Latin letters: fans who read English see it, and it stands in where a translation is missing.
ar-preview = <b>Preview</b>: subscribers will see this.
ar-save-alert = ✅ Save and alert subscribers
ar-save-quiet = 💾 Save without alert
ar-cancelled = Cancelled: nothing was saved.
ar-idle = The result you were recording was left for over 30 minutes, so it ended; nothing was saved. Start again with /addresult.
ar-busy = You are recording a result: answer the question above, send /back to go one step back, or /cancel.
ar-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so recording this result stopped; nothing was saved. Start again with /addresult.
ar-save-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so the result was not saved. Your draft is still here: press Save below again.
ar-saved = Saved as result #{ $id }. No alert was sent.
ar-saved-alert = Saved as result #{ $id }. The alert starts in { $seconds } s; Undo before then cancels it entirely.
ar-saved-already = Result #{ $id } was already saved from this draft (an earlier press went through); nothing was saved twice.
ar-undone = { $alert ->
        [cancelled] Undone: result #{ $id } is removed and its alert cancelled; nobody got it.
        [sent] Undone: result #{ $id } is removed; its alert had already reached { $chats } chats.
       *[none] Undone: result #{ $id } is removed.
    }
ar-undo-gone = Result #{ $id } was already removed.
cmd-removeresult = Staff: remove a result
rr-result-button = #{ $id } { $result } { $who } · { $sport } · { $games }
rr-pick = 🗑 <b>Remove a result.</b> Tap one of the latest, or send /removeresult with its id (e.g. /removeresult 20).
rr-pick-none = There are no results to remove.
rr-id-bad = That is not a result id: send e.g. /removeresult 20.
rr-not-found = There is no result #{ $id }: it was removed already, or the id is mistyped. Nothing changed.
rr-confirm = <b>Remove result #{ $id }?</b> Its alert reads:
rr-confirm-note = Fans will no longer see it, and its alert, if still waiting, is stopped. It stays in the audit log.
rr-confirm-alert = { $chats ->
        [0] No chat has got its alert.
        [one] Its alert has already reached { $chats } chat: once it is removed, you can send a correction there.
       *[other] Its alert has already reached { $chats } chats: once it is removed, you can send them a correction.
    }
rr-yes = 🗑 Yes, remove it
rr-no = No, keep it
rr-removed = { $alert ->
        [cancelled] Removed result #{ $id }: fans no longer see it. Its alert was cancelled before anyone got it.
        [sent] Removed result #{ $id }: fans no longer see it. Its alert reached { $chats ->
            [one] { $chats } chat
           *[other] { $chats } chats
        }.
       *[none] Removed result #{ $id }: fans no longer see it. It had no alert.
    }
rr-correct-offer = Those chats were told of this result: send them a correction, so they know it is withdrawn.
rr-correct-button = ✏️ Send them a correction ({ $chats })
rr-correction-sent = ✏️ The correction for result #{ $id } is on its way to { $chats ->
        [one] { $chats } chat
       *[other] { $chats } chats
    }: exactly those its alert reached.
rr-correction-already = This correction was already sent ({ $chats }); nothing was sent twice.
rr-correction-nobody = No chat got the alert of result #{ $id }, so nobody needs a correction; nothing was sent.
rr-already = Result #{ $id } was already removed; nothing changed.
rr-kept = Kept: result #{ $id } was not removed.
rr-not-yours = Only the staff member who asked can confirm this; nothing was removed. Send /removeresult { $id } yourself.

## Import and export (staff, CSV files)
# Column names (won_on, set in code by the view) and values staff wrote are quoted as they are in the file.

cmd-import = Staff: import a CSV file (qualification events, windows, licenses, results)
cmd-export = Staff: the data as a CSV file
imp-private-only = Import and export work in the private chat with the bot: open it and send { $command } there.
imp-kind = { $kind ->
        [qualifiers] Qualification events
        [windows] Competition windows
        [licenses] Licenses
        [results] Results
       *[other] { $kind }
    }
imp-pick = 📥 <b>Import a CSV file.</b> Which data? I'll send you its template with the columns explained. Files of up to { $mb } MB and { $rows } rows are imported.
exp-pick = 📤 <b>Export as a CSV file.</b> Which data? Edit the file and send it back here to import your changes.
exp-unknown = There is no “{ $name }” to export.
exp-caption = 📤 <b>{ $kind }</b>: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }. Edit the file and send it back here to import your changes.
imp-template = 📄 <b>Template: { $kind }.</b> Fill in one row per line under the header, save the table as “CSV UTF-8” and send the file here (up to { $mb } MB and { $rows } rows). Every line is checked before anything is written.
imp-template-columns = <b>Columns</b> (all of them, in any order; an empty cell means none):
imp-help-line = • { $columns }: { $text }
imp-template-rules = A line updates the stored row it stands for, or adds a new one; rows that are not in the file stay as they are. You see a preview first; Apply writes the whole file in one go, and Undo takes it back whole.
imp-template-rules-quiet = { imp-template-rules } { $kind ->
        [qualifiers] An event closed by import sends subscribers no summary; the reminder the day before it starts goes to them as for an event added with /addqualifier.
       *[other] Imported rows send subscribers no alerts.
    }
imp-help-id = the row's number as /export writes it; empty for a new row. A line without a number that has the same Games, sport, event, team and athletes as a stored row updates that row, so importing a file twice adds nothing.
imp-help-games = the Games, written as one of: { $list }.
imp-help-sport = the sport as /export writes it (boxing), or its name in English, Russian or Kazakh; it must be on that Games' programme.
imp-help-window-days = the first and last day of competition by the host city's calendar: 2028-07-15 or 15.07.2028.
imp-help-window-start = the local time of the first start in the host city: 09:30 (on the first day) or 2028-07-14 09:30; empty while it is not known.
imp-help-note = a note in English, Russian and Kazakh. The Russian and Kazakh may be empty (readers then see the English), but not the English when they are given.
imp-help-event = the event in English, Russian and Kazakh (Men's 51 kg); may be empty.
imp-help-result-event = the event in English (needed), Russian and Kazakh.
imp-help-athletes = the athletes, with “;” between two: each a name as stored, in any script (Nurbek Oralbay or Нұрбек Оралбай), or #12 for the athlete with that number where two share a name. A name nobody has adds a new athlete; the preview lists them.
imp-help-team = for a team, its name in English, Russian and Kazakh; otherwise empty.
imp-help-quota-places = quota places, a whole number from 1 to { $max }.
imp-help-license-won-on = the day it was won (2024-04-21 or 21.04.2024), not after the Games closed; may be empty.
imp-help-license-qualifier = the number of the qualification event where it was won, as /export qualifiers writes it (12); it must be of the same Games and sport. May be empty.
imp-help-qualifier-id = the event's number as /export writes it; empty for a new event. A line without a number that has the same Games, sport, English name and first day as a stored event updates that event, so importing a file twice adds nothing.
imp-help-qualifier-name = the event's name in English (required), Russian and Kazakh (ISSF World Championships).
imp-help-qualifier-event = the events contested there for these Games, in English, Russian and Kazakh (Men's 51 kg, 57 kg); empty when all of the sport's are.
imp-help-qualifier-place = where: the city in English, Russian and Kazakh, and the country's two-letter code (QA, FR); may be empty.
imp-help-host-tz = the host's time zone as IANA names it (Asia/Qatar, Europe/Paris): the days are that place's calendar days. Fans never see it.
imp-help-qualifier-days = the first and last day by the host's calendar (2027-05-12 or 12.05.2027); an event lasts at most { $max } days and ends by the time the Games close.
imp-help-qualifier-quota = the quota places it awards in all, a whole number from 1 to { $max }; empty when not known.
imp-help-closed = yes when its outcome is in (the licenses won there name it in their qualifier column); empty while it is not, and always before its first day. Closing by import sends no summary.
imp-help-result-won-on = the day it was won by the host city's calendar, during the Games; may be empty.
imp-help-how-won = how it was won (World Championships, final) in English, Russian and Kazakh; may be empty.
imp-help-where-won = where: the city in English, Russian and Kazakh, and the country's two-letter code (KR, FR); may be empty.
imp-help-source = where it was reported: a link or the publication; may be empty.
imp-help-medal = gold, silver or bronze; empty for a placing without a medal.
imp-help-placing = the placing in English, Russian and Kazakh (4th, quarter-final); needed when there is no medal.
imp-refused-big = This file is { $size } MB; files of up to { $max } MB are imported. Split it into smaller files and send them one by one.
imp-refused-type = This is not a CSV file. Save the table as “CSV UTF-8” in your spreadsheet and send that file.
imp-refused-workbook = This is a spreadsheet workbook, not a CSV file. Choose “Save as” → “CSV UTF-8” in your spreadsheet and send that file.
imp-refused-binary = This file is not text. Save the table as “CSV UTF-8” and send that file.
imp-refused-encoding = This file is not in UTF-8 (it may have been saved as Windows-1251). Save the table as “CSV UTF-8” and send it again.
imp-refused-empty = This file is empty: it has not even a header.
imp-refused-quoting = The quotes in this file are broken on line { $line }: a cell's opening quote (") is never closed, or text follows a closing one. Fix that line (or save the file from the spreadsheet again) and send it again. Nothing was changed.
imp-refused-rows = This file has more than { $max } rows: split it into smaller files.
imp-refused-download = I couldn't download the file from Telegram. Send it again in a moment.
imp-file-gone = The file of this preview is no longer in the chat: send it again.
imp-header-unknown = The first line of this file is not the header of an import template: send /import to get one.
imp-header = The header is nearly that of the template of <b>{ $kind }</b>, but:
imp-header-missing = • these columns are missing: { $columns }
imp-header-unknown-columns = • the template has no such columns: { $columns }
imp-header-repeated = • these columns are there twice: { $columns }
imp-invalid = ❌ <b>{ $kind }: not imported.</b> { $count ->
        [one] { $count } error
       *[other] { $count } errors
    } in { $rows } rows; nothing was changed.
imp-error = Line { $line }, { $column }: { $problem }
imp-error-row = Line { $line }: { $problem }
imp-errors-more = …and { $count } more.
imp-fix = Fix them and send the file again.
imp-err-required = empty, but needed.
imp-err-too-long = { $length } characters, at most { $max }.
imp-err-english-missing = a translation without the English: the English is needed too.
imp-err-date = “{ $value }” is not a date: write 2024-07-27 or 27.07.2024.
imp-err-number = “{ $value }” is not a whole number from { $min } to { $max }.
imp-err-id = “{ $value }” is not a row number.
imp-err-id-unknown = there is no row { $value } (it was removed, or the number is mistyped); leave it empty for a new row.
imp-err-id-repeated = row { $value } is on line { $first } already.
imp-err-key-repeated = the same Games and sport as line { $first }.
imp-err-games = there are no Games “{ $value }”: the template's explanation (/import) lists them.
imp-err-sport = there is no sport “{ $value }”.
imp-err-sport-not-held = “{ $value }” is not on the programme of { $games }.
imp-err-country = “{ $value }” is not a country's two-letter code (KR, FR).
imp-err-time = “{ $value }” is not a time: write 09:30 or 2028-07-14 09:30.
imp-err-medal = “{ $value }” is not a medal: write gold, silver or bronze, or leave it empty.
imp-err-medal-or-placing = a result without a medal needs its placing.
imp-err-athlete-id = there is no athlete { $value }.
imp-err-athlete-ambiguous = several athletes are called “{ $value }” ({ $ids }): write the number of the one you mean.
imp-err-athlete-name = “{ $value }” is not a name.
imp-err-athletes-too-many = { $count } athletes, at most { $max }.
imp-err-days-order = the last day is before the first.
imp-err-days-outside = the days are outside the Games { $games }.
imp-err-days-long = the event lasts more than { $max } days: record a long series stage by stage.
imp-err-qualifier-after-games = the event ends after the Games { $games } close.
imp-err-zone = “{ $value }” is not a time zone: write it as IANA names it, for example Asia/Qatar or Europe/Paris.
imp-err-yes-no = “{ $value }”: write yes, or leave the cell empty.
imp-err-qualifier-moved = event { $id } keeps its Games and sport; for another, add a new line without the number.
imp-err-qualifier-unknown = there is no qualification event “{ $value }” (removed, or a typo): /export qualifiers lists their numbers.
imp-err-qualifier-games = qualification event { $value } is for the Games { $games }, not these.
imp-err-qualifier-sport = qualification event { $value } is for another sport ({ $sport }).
imp-err-qualifier-closed-ahead = the event has not begun yet (its first day is { $value }): it can be closed once it has begun.
imp-err-date-future = { $value } is still ahead.
imp-err-date-outside-games = { $value } is outside the Games { $games }.
imp-err-cells = { $count } cells, but the header has { $expected }.
imp-preview = 📥 <b>{ $kind }</b> from { $file }: { $rows } rows, no errors.
imp-preview-counts = ➕ New: { $new } · ✏️ changed: { $changed } · unchanged: { $unchanged }
imp-preview-athletes = 👤 New athletes ({ $count }): { $names }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }. Check their spelling: a name written differently from a stored one adds another athlete.
imp-preview-quiet = { $kind ->
        [qualifiers] 🔕 Events closed by this import send no summary; the reminder the day before an event starts goes as for one added by hand.
       *[other] 🔕 Imported rows send subscribers no alerts.
    }
imp-preview-rows = What changes (first rows):
imp-preview-row-new = ➕ line { $line }: { $what }
imp-preview-row-changed = ✏️ line { $line } (#{ $id }): { $what } — { $columns }
imp-preview-nothing = Nothing to change: every row is as stored.
imp-apply = ✅ Apply
imp-cancel = ✖️ Cancel
imp-cancelled = Cancelled: nothing was changed.
imp-stale = The file or the stored data changed since the preview, so nothing was written. The preview as it is now:
imp-applied = ✅ <b>{ $kind }: imported</b> as one change (#{ $audit }): { $new } new, { $changed } changed{ $athletes ->
        [0] {""}
       *[other] , { $athletes } new athletes
    }. Fans see it now. Undo takes the whole import back.
imp-applied-already = This file was imported already (change #{ $audit }); nothing was written twice.
imp-undo = ↩️ Undo this import
imp-undone = ↩️ Import #{ $audit } undone: { $removed } added rows removed, { $restored } changed rows restored as they were.
imp-undo-already = Import #{ $audit } was undone already; nothing was changed.
imp-undo-unknown = There is no such import; nothing was changed.
imp-undo-conflict = Not undone: { $count ->
        [one] a row was
       *[other] { $count } rows were
    } changed after the import (lines { $lines } of its file), and Undo would lose that change. Nothing was changed.
audit-import = CSV import: { $kind } — { $new } new, { $changed } changed
audit-import-undo = Import #{ $undoes } undone: { $kind } — { $removed } removed, { $restored } restored
## Qualification events
# An event's dates are its venue's own (as organisers print them); how soon it starts is counted in the reader's zone.
# $name of qualifier-title is qualifier-name-place when the place is known.

cmd-qualifiers = Qualification events, where licenses are won; add a sport: /qualifiers boxing
qualifiers-header = 🎯 <b>{ $games }</b>
    Qualification events: where the team can win licenses
qualifiers-sport-header = 🎯 <b>{ $sport }: qualification events</b>
    { $games }
qualifiers-dates-note = Dates are local to each venue.
qualifiers-upcoming = <b>Ahead</b>
qualifiers-past = <b>Over</b>
qualifiers-none = No qualification events are recorded for these Games yet.
qualifiers-none-over = No qualification events are recorded for these Games.
qualifiers-sport-none = No qualification events in { $sport } are recorded for these Games yet.
qualifiers-sport-none-over = No qualification events in { $sport } are recorded for these Games.
qualifier-name-place = { $name } in { $place }
qualifier-title = 📍 <b>{ $name }</b>
qualifier-starts = 🗓 { $dates } · { $days ->
        [0] starts today
        [1] starts tomorrow
       *[other] starts in { $days } days
    }
qualifier-on-now = 🗓 { $dates } · on now
qualifier-dates = 🗓 { $dates }
qualifier-sport = ↳ Sport: { $sport }
qualifier-event = ↳ Events: { $event }
qualifier-entries = ↳ Team entries: { $who }
qualifier-quota = ↳ Quota places at stake: { $places }
qualifier-source = ↳ Source: { $source }
qualifier-won = ↳ 🏅 Licenses won: { $licenses } ({ $who })
qualifier-won-none = ↳ No license won there.
qualifier-outcome-unknown = ↳ The outcome is not recorded yet.
qualifier-next-chance = 🎯 Next chance: { $what }, { $dates }
button-sport-qualifiers = 🎯 { $sport }: qualification
button-all-qualifiers = 🎯 All qualification events
qualifier-reminder = ⏰ <b>Qualification event ahead</b> — { $sport }, { $games }
qualifier-summary-header = 🏁 <b>{ $name }</b> is over — { $sport }, { $games }
qualifier-summary-won = 🏅 { $licenses ->
        [one] One license
       *[other] { $licenses } licenses
    } won there:
qualifier-summary-license = • { $who }
qualifier-summary-license-event = • { $who } — { $event }
qualifier-summary-none = No license this time.
qualifier-summary-no-next = The next chance is not recorded yet.
broadcasts-qualifier = { $stage ->
        [reminder] ⏰ Reminder
       *[summary] 🏁 Summary
    } of qualification event #{ $qualifier }: { $name } ({ $sport }) · { $games }
broadcasts-qualifier-gone = { $stage ->
        [reminder] ⏰ Reminder
       *[summary] 🏁 Summary
    } of qualification event #{ $qualifier } (since removed)
inline-qualifiers-title = 🎯 Qualification · { $games }
inline-qualifiers-sport-title = 🎯 { $sport }: qualification · { $games }
inline-qualifiers-next = Next: { $name }, { $dates }
inline-qualifiers-count = { $count ->
        [one] One event recorded
       *[other] { $count } events recorded
    }
calendar-ics-qualifier = 🎯 Qualification: { $name } ({ $sport })
calendar-ics-qualifier-days = Dates are local to the venue.
calendar-ics-qualifier-place = Where: { $place }
calendar-ics-qualifier-event = Events: { $event }
calendar-ics-qualifier-entries = Team entries: { $who }
calendar-ics-qualifier-quota = Quota places at stake: { $places }
calendar-ics-qualifier-won = Licenses won: { $licenses } ({ $who })
calendar-ics-qualifier-won-none = No license won there.

# Correcting results (staff): /editresult

cmd-editresult = Staff: correct a result
er-pick = ✏️ <b>Correct a result.</b> Tap one of the latest, or type its id (e.g. 20).
er-pick-none = There are no results to correct yet; /cancel leaves.
er-id-bad = That is not a result id: type a number like 20, or tap one of the buttons.
er-result = <b>Result #{ $id }</b> — { $sport }, { $games }
er-field = { $part ->
        [outcome] Medal or placing
        [event] Event
        [who] Athletes or team
        [wonOn] Date
        [source] Source
       *[note] Note
    }
er-pick-field = What do you want to correct?
er-pick-field-hint = Tap what to correct (one of the buttons above), send /back, or /cancel.
ar-note = <b>{ $step }Note.</b> Type the line fans see under the result in /medals (the points scored, what the medal means) in English, Russian or Kazakh{ $empty ->
        [clear] , or tap Clear to remove it
       *[other] {""}
    }.
ar-keep = Keep “{ $text }”
er-same = That is what it is already, so there is nothing to save. Tap what to correct, or /cancel.
er-confirm-alert = { $state ->
        [sent] Its alert has reached { $chats ->
            [one] { $chats } chat
           *[other] { $chats } chats
        }: once this is saved, you can send them a short correction.
        [unshown] Its alert does not show this, so the chats it reached need no correction.
        [waiting] Its alert has not gone out yet: it will carry this change.
       *[none] No chat has got an alert of it: fans see the change in /medals.
    }
er-saved = Saved: result #{ $id } is corrected, and fans see it now. To correct something else: /editresult { $id }
er-saved-alert = { $state ->
        [sent] Its alert had already reached { $chats ->
            [one] { $chats } chat
           *[other] { $chats } chats
        }: send them a short correction, so the change is not a silent one.
        [unshown] Its alert does not show this, so the chats it reached need no correction.
        [waiting] Its alert has not gone out yet: the { $chats ->
            [one] chat
           *[other] { $chats } chats
        } waiting for it will get the corrected result.
       *[none] No chat has got an alert of it, so nobody needs telling.
    }
er-changed = Someone changed result #{ $id } while you were at it, so nothing was saved. Here it is as it is now:
er-gone = Result #{ $id } was removed in the meantime; nothing was changed.
er-idle = The correction was left for over 30 minutes, so it ended; nothing was changed. Start again with /editresult.
er-busy = You are correcting a result: answer the question above, send /back to go one step back, or /cancel.
er-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so the correction stopped; nothing was changed. Start again with /editresult.

## Qualification events: staff (/addqualifier, /editqualifier, /closequalifier)

cmd-addqualifier = Staff: add a qualification event
cmd-editqualifier = Staff: change a qualification event
cmd-closequalifier = Staff: close a qualification event with what was won there
aq-games = <b>Games.</b> Which Games does this event qualify for? Tap one, or type its name (e.g. “LA 2028”).
aq-sport = <b>Sport.</b> Type the sport's name (“boxing”, “бокс”), or tap one of these Games' sports.
aq-name = <b>Name.</b> What is the event called? Type it in English, Russian or Kazakh (e.g. “World Championships”).
aq-place = <b>Place.</b> The city it is held in, in any of the three languages (e.g. “Doha”), or skip.
aq-zone = <b>Time zone.</b> The event's dates are the host's calendar. Tap the city, or type its offset from UTC, e.g. UTC+3 (Doha).
aq-zone-button = { $city } ({ $offset })
aq-zone-bad = I can't read that time zone: tap a button, or type the offset from UTC, e.g. UTC+3 or UTC-5.
aq-days = <b>Days.</b> The first and last day, by the host's calendar: “12.05.2027”, or “12–19.05.2027”.
aq-days-bad = I can't read those days. Type one day (12.05.2027) or a span (12–19.05.2027, 30.05–02.06.2027).
aq-days-order = The last day comes before the first: type the first day first (12–19.05.2027).
aq-days-long = That is more than 45 days: record a longer series stage by stage.
aq-places = <b>Quota places.</b> How many quota places it awards in all, if known (a number), or skip.
aq-places-bad = Type a whole number from 1 to { $max }, or skip.
aq-entries = <b>Team entries.</b> Who competes there for the team? Type the names (a surname is enough; a comma or a new line between two), tap an athlete, or tap “Team” if the names are not known yet.
aq-source = <b>Source.</b> A link to the event's page or news about it (http or https), or skip.
aq-pick-field = Tap the field to change, under the event.
aq-field = { $field ->
        [name] Name
        [place] Place
        [zone] Time zone
        [days] Days
        [places] Quota places
        [athletes] Entries
        [close] 🏁 Close with its outcome
       *[source] Source
    }
aq-preview = <b>Preview</b> ({ $games }; host time { $zone }): fans will see this.
aq-save = ✅ Save
aq-change = ✏️ Change a field
aq-change-which = Which field do you want to change?
aq-idle = The qualification event you were working on was left for over 30 minutes, so it ended; nothing was saved.
aq-cancelled = Cancelled: nothing was saved.
aq-busy = You are working on a qualification event: answer the question above, send /back to go one step back, or /cancel.
aq-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }, so this stopped; nothing was saved.
aq-save-failed = { $reason ->
        [database] The database did not answer
       *[other] Something went wrong
    }: nothing was saved. Press Save again.
aq-saved = ✅ Qualification event #{ $id } saved: fans see it in /qualifiers. Change it with /editqualifier { $id }; close it with /closequalifier { $id }.
aq-saved-already = This event was saved already (#{ $id }); nothing was added.
eq-pick = Which qualification event? Tap one, or type its number.
eq-none = No qualification events are recorded.
eq-id-bad = Type the event's number (e.g. 12), or tap one.
eq-missing = There is no qualification event #{ $id } (or it was removed).
eq-field = <b>Qualification event #{ $id }</b>: which field do you want to change?
eq-same = That is what it is already: nothing to change.
eq-before = <b>Before</b>
eq-after = <b>After</b>
eq-saved = ✅ Qualification event #{ $id } changed: fans see it at once.
eq-changed = Someone changed event #{ $id } meanwhile: here it is as it is now.
cq-pick = Which qualification event is over? Tap one, or type its number.
cq-none = No open qualification event has begun yet: an event can be closed from its first day.
cq-already = Event #{ $id } is closed already.
cq-ahead = <b>{ $name }</b> (#{ $id }) has not begun yet: its first day is { $day }. An event can be closed once it has begun; nothing was changed.
cq-licenses = <b>{ $name }</b>: which licenses were won there? Tap them among the { $count } recorded for this sport, then Done (none is fine).
cq-licenses-hint = Tap the licenses won there, then Done.
cq-done = ✅ Done ({ $picked })
cq-close = 🏁 Close and send the summary
cq-preview = <b>Preview</b>: { $chats } { $chats ->
        [one] chat that follows
       *[other] chats that follow
    } this sport will get this summary.
cq-closed = 🏁 Event #{ $id } closed with { $licenses } { $licenses ->
        [one] license
       *[other] licenses
    }. The summary goes to { $chats } { $chats ->
        [one] chat
       *[other] chats
    } in { $minutes } min; Undo stops it until then.
cq-record = 🏅 Record a license won here
cq-record-busy = Finish what you are doing first (or /cancel it), then tap again.
cq-undo = ↩️ Undo
cq-undone = Reopened: the summary was not sent.
cq-undone-sent = Reopened; the summary had already gone out.
cq-undo-none = This event is not closed (already undone?).
