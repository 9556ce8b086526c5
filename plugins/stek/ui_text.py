"""The words of the site itself (headings, labels, notes): English here, translations in `locale/*/site.po`.

A site may add a language that has no catalog yet: its visitors then read the site's default
language (as they do its data), marked with its own `lang` so that a screen reader pronounces it
right, until a translator adds the `.po` file.
"""

from __future__ import annotations

from stek.catalogs import LOCALE_DIR, N_, NP_, SOURCE_LANGUAGE, Entry, translate
from stek.i18n import Localized

# Each key: its English text, the key being the context in the catalogs. Placeholders are str.format fields.
TEXTS: dict[str, Entry] = {
    # Sections
    "programme": N_("programme", "Programme"),
    "partners": N_("partners", "Partners"),
    "rights": N_("rights", "Your rights"),
    "search": N_("search", "Search"),
    "embed": N_("embed", "The STEK's programme"),
    "poster": N_("poster", "The week on a poster"),
    "home": N_("home", "Home page"),
    # Page frame
    "skip": N_("skip", "Skip to content"),
    "menu": N_("menu", "Main menu"),
    # The button that opens the languages and the main menu on a small screen.
    "menu_button": N_("menu_button", "Menu"),
    "language": N_("language", "Language"),
    "contact": N_("contact", "Contact"),
    "address": N_("address", "Address"),
    "map": N_("map", "On the map"),
    "phone": N_("phone", "Phone"),
    "email": N_("email", "E-mail"),
    "website": N_("website", "Website"),
    "social_map": N_("social_map", "On the Sociale Kaart"),
    "fallback_note": N_("fallback_note", "This text is not translated yet; here it is in {language}."),
    "description": N_("description", "Open house in the neighbourhood: programme, opening hours and your rights."),
    # Home. Words of the moment ("now", "today") are only for the page's script, which works them
    # out when the page is read; the page itself names dates, which stay true whenever it is read.
    "today_is": N_("today_is", "Today, {date}"),
    "open_until": N_("open_until", "Open now, until {time}."),
    "closed_now": N_("closed_now", "Closed now."),
    "opens_today": N_("opens_today", "Closed now. Opens today at {time}."),
    "opens_at": N_("opens_at", "Closed now. Opens {day} at {time}."),
    "closed_on_now": N_("closed_on_now", "The house is closed now, but this is still on: {list}."),
    "title_until": N_("title_until", "{title} until {time}"),
    "on_now": N_("on_now", "On now"),
    "hours_today": N_("hours_today", "Open today: {hours}"),
    "closed_today": N_("closed_today", "Closed today."),
    "nothing_today": N_("nothing_today", "Nothing on the programme today."),
    "stale": N_("stale", "This page knows the programme only up to {date}."),
    "date_range": N_("date_range", "{first} to {last}"),
    "day_open": N_("day_open", "{day}: open {hours}"),
    "day_closed": N_("day_closed", "{day}: closed"),
    "nothing_planned": N_("nothing_planned", "Nothing on the programme."),
    # An embed whose coming weeks hold nothing (more) names the next date after them.
    "next_date": N_("next_date", "Next: {date}"),
    "closures": N_("closures", "Closed"),
    "opening_hours": N_("opening_hours", "Opening hours"),
    "season_hours": N_("season_hours", "From {first} to {last}: {hours}"),
    "whole_programme": N_("whole_programme", "The whole programme"),
    "cancelled": N_("cancelled", "Cancelled"),
    "house_closed": N_("house_closed", "House closed"),
    "one_off": N_("one_off", "One-off"),
    # A time range as screen readers say it: the figures "09:30–12:00" are read as digits.
    "spoken_range": N_("spoken_range", "from {start} to {end}"),
    # Times in words (stek.site.spoken): a whole hour, other minutes, then the unit of a 24-hour
    # clock or the half of the day of a 12-hour one (which clock: the language's own, as shown).
    "spoken_whole": N_("spoken_whole", "{h}"),
    "spoken_minutes": N_("spoken_minutes", "{h}:{mm}"),
    "spoken_24h": N_("spoken_24h", "{time}"),
    "spoken_am": N_("spoken_am", "{time} am"),
    "spoken_pm": N_("spoken_pm", "{time} pm"),
    # An event in the house counts in the day's status: a closed day says so, and the next opening
    # is the event where it starts before the house's hours.
    "closed_today_event": N_("closed_today_event", "Closed today — at {time} {title}"),
    "day_closed_event": N_("day_closed_event", "{day}: closed — at {time} {title}"),
    "event_today": N_("event_today", "Closed now. Today at {time}: {title}."),
    "event_on": N_("event_on", "Closed now. {day} at {time}: {title}."),
    # Read aloud: a control that reads the page with the phone's own voice, where the browser can.
    "read_aloud": N_("read_aloud", "Read aloud"),
    "read_pause": N_("read_pause", "Pause"),
    "read_resume": N_("read_resume", "Go on reading"),
    "read_stop": N_("read_stop", "Stop"),
    "read_reading": N_("read_reading", "Reading aloud."),
    "read_paused": N_("read_paused", "Reading paused."),
    "read_stopped": N_("read_stopped", "Reading stopped."),
    "read_done": N_("read_done", "Finished reading."),
    "read_no_voice": N_("read_no_voice", "This phone has no voice to read this language aloud."),
    "read_in_other": N_("read_in_other", "This phone can read this page aloud in:"),
    # Functions of a STEK
    "ontmoeten": N_("ontmoeten", "Meeting"),
    "leren": N_("leren", "Learning"),
    "politiseren": N_("politiseren", "Speaking up"),
    "verwijzen": N_("verwijzen", "Referral"),
    # Programme
    "regular_week": N_("regular_week", "Every week"),
    "changes": N_("changes", "Changes from {first} to {last}"),
    "no_changes": N_("no_changes", "No changes."),
    "show": N_("show", "Show"),
    "all": N_("all", "All"),
    # Said when the programme opens with a filter kept from earlier in the tab, before the count.
    "filter_kept": N_("filter_kept", "A filter you chose earlier is on: not every activity shows."),
    "show_all": N_("show_all", "Show everything"),
    "shown_count": NP_("shown_count", "{n} activity shown.", "{n} activities shown."),
    "every_n_weeks": NP_("every_n_weeks", "every {n} week", "every {n} weeks"),
    "weeks_of_month": N_("weeks_of_month", "weeks of the month: {weeks}"),
    "last_week": N_("last_week", "last"),
    "from_date": N_("from_date", "from {date}"),
    "until_date": N_("until_date", "until {date}"),
    "calendar": N_("calendar", "The programme in your calendar (iCal)"),
    "poster_link": N_("poster_link", "Poster to print"),
    "embed_link": N_("embed_link", "This programme on your own website"),
    # On a partner's page: to its snippet on the guide for partners.
    "on_your_site": N_("on_your_site", "On your own site"),
    # Activity
    "when": N_("when", "When"),
    "where": N_("where", "Where"),
    "price": N_("price", "Price"),
    "free": N_("free", "Free"),
    "registration": N_("registration", "Registration"),
    "spoken": N_("spoken", "Languages spoken"),
    "with": N_("with", "With"),
    "next_dates": N_("next_dates", "Dates from {date}"),
    "no_next_dates": N_("no_next_dates", "No dates planned up to {date}."),
    "ask_here": N_("ask_here", "Here you can ask about"),
    "in_calendar": N_("in_calendar", "In your calendar (iCal)"),
    "feed_cancelled": N_("feed_cancelled", "Does not take place on:"),
    # Subscribing to a feed, platform by platform
    "subscribe": N_("subscribe", "In your calendar"),
    "subscribe_intro": N_("subscribe_intro", "Subscribe rather than download: a calendar you subscribe to shows changes and cancellations by itself."),
    "subscribe_webcal": N_("subscribe_webcal", "Subscribe with Apple Calendar (iPhone, iPad, Mac) or classic Outlook for Windows"),
    # Outlook on the web and the new Outlook open no webcal: links; they subscribe to the https address.
    "subscribe_outlook": N_("subscribe_outlook", "Outlook on the web and the new Outlook: Add calendar, then Subscribe from web, and paste this address:"),
    "subscribe_google": N_("subscribe_google", "Google Calendar: on calendar.google.com, choose + next to Other calendars, then From URL, and paste this address:"),
    "subscribe_android": N_("subscribe_android", "Android phone: add the address once in Google Calendar on the web, as above. The calendar then shows in the calendar app of your phone."),
    "subscribe_download": N_("subscribe_download", "Download as a file (a copy: it does not change any more)"),
    "copy": N_("copy", "Copy"),
    "copied": N_("copied", "Copied"),
    # Partners
    "partners_intro": N_("partners_intro", "These organisations run the STEK together. This is what each of them does here."),
    "in_the_stek": N_("in_the_stek", "In the STEK"),
    "helps_with": N_("helps_with", "Helps you with"),
    # Rights
    "rights_intro": N_("rights_intro", "What are you entitled to? Read it here, and where to ask in the STEK."),
    "where_to_ask": N_("where_to_ask", "Where and when can you ask?"),
    "who_helps": N_("who_helps", "Who helps you?"),
    "bring": N_("bring", "What to bring"),
    "more_info": N_("more_info", "More information"),
    "reviewed": N_("reviewed", "Checked on {date}."),
    "reviewed_by": N_("reviewed_by", "Information checked on {date} by {who}."),
    "reviewed_source": N_("reviewed_source", "The information was checked on the {language} text on {date}."),
    "reviewed_source_by": N_("reviewed_source_by", "The information was checked on the {language} text on {date} by {who}."),
    "statement_drawn_up": N_("statement_drawn_up", "This statement was drawn up on {date}."),
    "statement_reviewed": N_("statement_reviewed", "It was last reviewed on {date}."),
    "statement_email": N_("statement_email", "E-mail"),
    "statement_phone": N_("statement_phone", "Phone"),
    "statement_address": N_("statement_address", "Address"),
    "statement_reply_days": N_("statement_reply_days", "We answer within {days} working days."),
    "statement_reply_soon": N_("statement_reply_soon", "We answer as soon as we can."),
    "statement_ombudsman": N_("statement_ombudsman", "Is our answer not good enough, or did you get no answer? Then you can complain to the Vlaamse Ombudsdienst (the Flemish ombudsman). It is free:"),
    "statement_voluntary": N_("statement_voluntary", "The house is not a public body, so no authority enforces this statement: we write it of our own accord. Is our answer not good enough? Tell us again, or ask a social organisation in the house to help you."),
    "translation_checked": N_("translation_checked", "A native speaker has checked this translation."),
    "translation_not_checked": N_("translation_not_checked", "No native speaker has checked this translation yet."),
    "sources": N_("sources", "Where this information comes from"),
    "source_newer": N_("source_newer", "This translation is older than the {language} page, which was changed on {date}."),
    "read_source": N_("read_source", "Read the newest information in {language}"),
    "unchecked_translation": N_("unchecked_translation", "This translation has not been checked by a native speaker yet. Is something unclear? Ask us in the STEK."),
    "glossary": N_("glossary", "Words explained"),
    "glossary_intro": N_("glossary_intro", "Words you may read on this site and in letters from services, explained simply."),
    "what_is": N_("what_is", 'What does "{word}" mean?'),
    "accessibility": N_("accessibility", "Accessibility"),
    # Search
    "search_label": N_("search_label", "Find an activity, organisation or right"),
    "search_all": N_("search_all", "Every page of this website:"),
    "search_none": N_("search_none", "Nothing found."),
    "search_busy": N_("search_busy", "Searching…"),
    "search_count": NP_("search_count", "{n} page found.", "{n} pages found."),
    # Embed and poster
    "more_on_site": N_("more_on_site", "More on the STEK's website"),
    "more_changes": NP_("more_changes", "{n} more change: on the site (scan the QR code).",
                        "{n} more changes: on the site (scan the QR code)."),
    # The Atom feed of changes (changes.xml): its title, and what each entry says.
    "changes_feed": N_("changes_feed", "{name}: changes to the programme"),
    "changes_feed_subtitle": N_("changes_feed_subtitle", "Cancellations, closures and one-off events of the coming {days} days."),
    "entry_cancelled": N_("entry_cancelled", "Cancelled: {title}, {when}"),
    "entry_event": N_("entry_event", "One-off: {title}, {when}"),
    "entry_closed": N_("entry_closed", "Closed: {when}"),
    "scan": N_("scan", "Scan for the programme and the opening hours"),
    "print": N_("print", "Print"),
    "qr": N_("qr", "QR code to {url}"),
    # Public holidays, for the languages the `holidays` package does not name them in (data/public_holidays.py):
    # the key is holiday_ and the package's English (en_US) name in lower case, with _ for what is not a letter.
    "holiday_new_year_s_day": N_("holiday_new_year_s_day", "New Year's Day"),
    "holiday_easter_sunday": N_("holiday_easter_sunday", "Easter Sunday"),
    "holiday_easter_monday": N_("holiday_easter_monday", "Easter Monday"),
    "holiday_labor_day": N_("holiday_labor_day", "Labor Day"),
    "holiday_ascension_day": N_("holiday_ascension_day", "Ascension Day"),
    "holiday_pentecost": N_("holiday_pentecost", "Pentecost"),
    "holiday_pentecost_monday": N_("holiday_pentecost_monday", "Pentecost Monday"),
    "holiday_national_day": N_("holiday_national_day", "National Day"),
    "holiday_assumption_day": N_("holiday_assumption_day", "Assumption Day"),
    "holiday_all_saints_day": N_("holiday_all_saints_day", "All Saints' Day"),
    "holiday_armistice_day": N_("holiday_armistice_day", "Armistice Day"),
    "holiday_christmas_day": N_("holiday_christmas_day", "Christmas Day"),
    # Not found
    "not_found": N_("not_found", "This page does not exist (any more)."),
    "to_home": N_("to_home", "To the home page"),
}

# When a language's catalog lacks a text: the site's default language (whose visitors the house
# writes for, and in which its data falls back too), then English (the source, always there).
_fallbacks: tuple[str, ...] = ("nl", "en")


def use_default_language(lang: str) -> None:
    """The site's default language, which the site's words fall back to: set once per build."""
    global _fallbacks
    _fallbacks = tuple(dict.fromkeys((lang, "en")))


def has_catalog(lang: str) -> bool:
    """Whether the site's words are translated into `lang` (English is their source)."""
    return lang == SOURCE_LANGUAGE or (LOCALE_DIR / lang / "LC_MESSAGES" / "site.po").is_file()


def ui(key: str, lang: str, /, n: int | None = None, **fields: object) -> Localized[str]:
    """The site's own text for `key` in `lang`, and the language it is really in.

    `n` chooses the plural form where the text has one (and is a field of it too).
    """
    entry = TEXTS[key]
    for really in (lang, *_fallbacks):
        text = translate("site", really, entry, n)
        if text is not None:
            break
    if n is not None:
        fields["n"] = n
    return Localized(text.format(**fields) if fields else text, really)
