"""The words of the site itself (headings, labels, notes) in each language, with a marked fallback.

A site may add a language the table lacks: its visitors then read English (or the default
language), marked with its own `lang` so that a screen reader pronounces it right.
"""

from __future__ import annotations

from stek.i18n import Localized

# Each key: {language: text}. Placeholders are str.format fields.
TEXTS: dict[str, dict[str, str]] = {
    # Sections
    "programme": {"nl": "Programma", "fr": "Programme", "en": "Programme", "ar": "البرنامج"},
    "partners": {"nl": "Partners", "fr": "Partenaires", "en": "Partners", "ar": "الشركاء"},
    "rights": {"nl": "Je rechten", "fr": "Vos droits", "en": "Your rights", "ar": "حقوقك"},
    "search": {"nl": "Zoeken", "fr": "Rechercher", "en": "Search", "ar": "بحث"},
    "embed": {"nl": "Programma van de STEK", "fr": "Programme de la STEK", "en": "The STEK's programme",
              "ar": "برنامج STEK"},
    "poster": {"nl": "Affiche van de week", "fr": "Affiche de la semaine", "en": "This week's poster",
               "ar": "ملصق الأسبوع"},
    "home": {"nl": "Startpagina", "fr": "Accueil", "en": "Home page", "ar": "الصفحة الرئيسية"},
    # Page frame
    "skip": {"nl": "Naar de inhoud", "fr": "Aller au contenu", "en": "Skip to content", "ar": "انتقل إلى المحتوى"},
    "menu": {"nl": "Hoofdmenu", "fr": "Menu principal", "en": "Main menu", "ar": "القائمة الرئيسية"},
    "language": {"nl": "Taal", "fr": "Langue", "en": "Language", "ar": "اللغة"},
    "contact": {"nl": "Contact", "fr": "Contact", "en": "Contact", "ar": "اتصل بنا"},
    "address": {"nl": "Adres", "fr": "Adresse", "en": "Address", "ar": "العنوان"},
    "map": {"nl": "Op de kaart", "fr": "Sur la carte", "en": "On the map", "ar": "على الخريطة"},
    "phone": {"nl": "Telefoon", "fr": "Téléphone", "en": "Phone", "ar": "الهاتف"},
    "email": {"nl": "E-mail", "fr": "E-mail", "en": "E-mail", "ar": "البريد الإلكتروني"},
    "website": {"nl": "Website", "fr": "Site web", "en": "Website", "ar": "الموقع الإلكتروني"},
    "social_map": {"nl": "Op de Sociale Kaart", "fr": "Sur la Sociale Kaart", "en": "On the Sociale Kaart",
                   "ar": "على الخريطة الاجتماعية"},
    "fallback_note": {"nl": "Deze tekst is nog niet vertaald; hier staat hij in het {language}.",
                      "fr": "Ce texte n'est pas encore traduit ; le voici en {language}.",
                      "en": "This text is not translated yet; here it is in {language}.",
                      "ar": "هذا النص غير مترجم بعد؛ إليك النص باللغة {language}."},
    "description": {"nl": "Open huis in de buurt: programma, openingsuren en je rechten.",
                    "fr": "Maison ouverte du quartier : programme, horaires et vos droits.",
                    "en": "Open house in the neighbourhood: programme, opening hours and your rights.",
                    "ar": "بيت مفتوح في الحي: البرنامج وساعات العمل وحقوقك."},
    # Home
    "today": {"nl": "Vandaag", "fr": "Aujourd'hui", "en": "Today", "ar": "اليوم"},
    "today_is": {"nl": "Vandaag, {date}", "fr": "Aujourd'hui, {date}", "en": "Today, {date}", "ar": "اليوم، {date}"},
    "this_week": {"nl": "Deze week", "fr": "Cette semaine", "en": "This week", "ar": "هذا الأسبوع"},
    "open_until": {"nl": "Nu open, tot {time}.", "fr": "Ouvert maintenant, jusqu'à {time}.",
                   "en": "Open now, until {time}.", "ar": "مفتوح الآن حتى {time}."},
    "closed_now": {"nl": "Nu gesloten.", "fr": "Fermé maintenant.", "en": "Closed now.", "ar": "مغلق الآن."},
    "opens_at": {"nl": "Nu gesloten. Opent {day} om {time}.", "fr": "Fermé maintenant. Ouvre {day} à {time}.",
                 "en": "Closed now. Opens {day} at {time}.", "ar": "مغلق الآن. يفتح {day} الساعة {time}."},
    "hours_today": {"nl": "Open vandaag: {hours}", "fr": "Ouvert aujourd'hui : {hours}",
                    "en": "Open today: {hours}", "ar": "مفتوح اليوم: {hours}"},
    "closed_today": {"nl": "Vandaag gesloten.", "fr": "Fermé aujourd'hui.", "en": "Closed today.",
                     "ar": "مغلق اليوم."},
    "nothing_today": {"nl": "Vandaag staat er niets op het programma.", "fr": "Rien au programme aujourd'hui.",
                      "en": "Nothing on the programme today.", "ar": "لا يوجد شيء في البرنامج اليوم."},
    "closures": {"nl": "Gesloten", "fr": "Fermetures", "en": "Closed", "ar": "أيام الإغلاق"},
    "opening_hours": {"nl": "Openingsuren", "fr": "Heures d'ouverture", "en": "Opening hours",
                      "ar": "ساعات العمل"},
    "whole_programme": {"nl": "Het hele programma", "fr": "Tout le programme", "en": "The whole programme",
                        "ar": "البرنامج كاملًا"},
    "cancelled": {"nl": "Gaat niet door", "fr": "Annulé", "en": "Cancelled", "ar": "ملغى"},
    "house_closed": {"nl": "Huis gesloten", "fr": "Maison fermée", "en": "House closed", "ar": "البيت مغلق"},
    "one_off": {"nl": "Eenmalig", "fr": "Une seule fois", "en": "One-off", "ar": "مرة واحدة"},
    # Functions of a STEK
    "ontmoeten": {"nl": "Ontmoeten", "fr": "Rencontrer", "en": "Meeting", "ar": "لقاء"},
    "leren": {"nl": "Leren", "fr": "Apprendre", "en": "Learning", "ar": "تعلّم"},
    "politiseren": {"nl": "Samen opkomen", "fr": "Agir ensemble", "en": "Speaking up", "ar": "المطالبة معًا"},
    "verwijzen": {"nl": "Doorverwijzen", "fr": "Orienter", "en": "Referral", "ar": "التوجيه"},
    # Programme
    "regular_week": {"nl": "Elke week", "fr": "Chaque semaine", "en": "Every week", "ar": "كل أسبوع"},
    "changes": {"nl": "Wijzigingen de komende 14 dagen", "fr": "Changements des 14 prochains jours",
                "en": "Changes in the next 14 days", "ar": "تغييرات الأيام الأربعة عشر القادمة"},
    "no_changes": {"nl": "Geen wijzigingen.", "fr": "Aucun changement.", "en": "No changes.", "ar": "لا تغييرات."},
    "show": {"nl": "Toon", "fr": "Afficher", "en": "Show", "ar": "اعرض"},
    "all": {"nl": "Alles", "fr": "Tout", "en": "All", "ar": "الكل"},
    "every_n_weeks": {"nl": "om de {n} weken", "fr": "toutes les {n} semaines", "en": "every {n} weeks",
                      "ar": "كل {n} أسابيع"},
    "weeks_of_month": {"nl": "weken van de maand: {weeks}", "fr": "semaines du mois : {weeks}",
                       "en": "weeks of the month: {weeks}", "ar": "أسابيع الشهر: {weeks}"},
    "last_week": {"nl": "laatste", "fr": "dernière", "en": "last", "ar": "الأخير"},
    "from_date": {"nl": "vanaf {date}", "fr": "à partir du {date}", "en": "from {date}", "ar": "ابتداءً من {date}"},
    "until_date": {"nl": "tot {date}", "fr": "jusqu'au {date}", "en": "until {date}", "ar": "حتى {date}"},
    "calendar": {"nl": "Het programma in je agenda (iCal)", "fr": "Le programme dans votre agenda (iCal)",
                 "en": "The programme in your calendar (iCal)", "ar": "البرنامج في تقويمك (iCal)"},
    "poster_link": {"nl": "Affiche om af te drukken", "fr": "Affiche à imprimer", "en": "Poster to print",
                    "ar": "ملصق للطباعة"},
    "embed_link": {"nl": "Dit programma op je eigen website", "fr": "Ce programme sur votre site",
                   "en": "This programme on your own website", "ar": "هذا البرنامج على موقعك"},
    # Activity
    "when": {"nl": "Wanneer", "fr": "Quand", "en": "When", "ar": "متى"},
    "where": {"nl": "Waar", "fr": "Où", "en": "Where", "ar": "أين"},
    "price": {"nl": "Prijs", "fr": "Prix", "en": "Price", "ar": "السعر"},
    "free": {"nl": "Gratis", "fr": "Gratuit", "en": "Free", "ar": "مجاني"},
    "registration": {"nl": "Inschrijven", "fr": "Inscription", "en": "Registration", "ar": "التسجيل"},
    "spoken": {"nl": "Talen", "fr": "Langues parlées", "en": "Languages spoken", "ar": "اللغات المستعملة"},
    "with": {"nl": "Met", "fr": "Avec", "en": "With", "ar": "مع"},
    "next_dates": {"nl": "Volgende data", "fr": "Prochaines dates", "en": "Next dates", "ar": "المواعيد القادمة"},
    "no_next_dates": {"nl": "Geen data in de komende weken.", "fr": "Pas de date dans les semaines à venir.",
                      "en": "No dates in the coming weeks.", "ar": "لا مواعيد في الأسابيع القادمة."},
    "ask_here": {"nl": "Hier kan je vragen stellen over", "fr": "Ici, vous pouvez poser vos questions sur",
                 "en": "Here you can ask about", "ar": "هنا يمكنك السؤال عن"},
    "in_calendar": {"nl": "In je agenda (iCal)", "fr": "Dans votre agenda (iCal)", "en": "In your calendar (iCal)",
                    "ar": "في تقويمك (iCal)"},
    # Partners
    "partners_intro": {"nl": "Deze organisaties maken samen de STEK. Dit doet elk van hen hier.",
                       "fr": "Ces organisations font la STEK ensemble. Voici ce que chacune y fait.",
                       "en": "These organisations run the STEK together. This is what each of them does here.",
                       "ar": "هذه المنظمات تدير STEK معًا. هذا ما تقدّمه كل منها هنا."},
    "in_the_stek": {"nl": "In de STEK", "fr": "À la STEK", "en": "In the STEK", "ar": "في STEK"},
    "helps_with": {"nl": "Helpt je met", "fr": "Vous aide pour", "en": "Helps you with", "ar": "تساعدك في"},
    # Rights
    "rights_intro": {"nl": "Waar heb je recht op? Hier lees je het, en waar je het in de STEK kan vragen.",
                     "fr": "À quoi avez-vous droit ? Lisez-le ici, et où le demander à la STEK.",
                     "en": "What are you entitled to? Read it here, and where to ask in the STEK.",
                     "ar": "ما هي حقوقك؟ اقرأ عنها هنا، واعرف أين تسأل عنها في STEK."},
    "where_to_ask": {"nl": "Waar en wanneer kan je het vragen?", "fr": "Où et quand le demander ?",
                     "en": "Where and when can you ask?", "ar": "أين ومتى يمكنك السؤال؟"},
    "who_helps": {"nl": "Wie helpt je?", "fr": "Qui vous aide ?", "en": "Who helps you?", "ar": "من يساعدك؟"},
    "bring": {"nl": "Wat breng je mee?", "fr": "Quoi apporter ?", "en": "What to bring", "ar": "ماذا تُحضر معك؟"},
    "more_info": {"nl": "Meer informatie", "fr": "Plus d'informations", "en": "More information",
                  "ar": "معلومات أكثر"},
    "reviewed": {"nl": "Nagekeken op {date}.", "fr": "Vérifié le {date}.", "en": "Checked on {date}.",
                 "ar": "تمت المراجعة في {date}."},
    # Search
    "search_label": {"nl": "Zoek een activiteit, organisatie of recht", "fr": "Chercher une activité, une organisation ou un droit",
                     "en": "Find an activity, organisation or right", "ar": "ابحث عن نشاط أو منظمة أو حق"},
    "search_all": {"nl": "Alle pagina's van deze website:", "fr": "Toutes les pages de ce site :",
                   "en": "Every page of this website:", "ar": "كل صفحات هذا الموقع:"},
    "search_none": {"nl": "Niets gevonden.", "fr": "Rien trouvé.", "en": "Nothing found.", "ar": "لم يتم العثور على شيء."},
    # Embed and poster
    "more_on_site": {"nl": "Meer op de website van de STEK", "fr": "Plus sur le site de la STEK",
                     "en": "More on the STEK's website", "ar": "المزيد على موقع STEK"},
    "scan": {"nl": "Scan voor het programma van vandaag", "fr": "Scannez pour le programme du jour",
             "en": "Scan for today's programme", "ar": "امسح الرمز لبرنامج اليوم"},
    "print": {"nl": "Afdrukken", "fr": "Imprimer", "en": "Print", "ar": "اطبع"},
    "qr": {"nl": "QR-code naar {url}", "fr": "Code QR vers {url}", "en": "QR code to {url}", "ar": "رمز QR إلى {url}"},
    # Not found
    "not_found": {"nl": "Deze pagina bestaat niet (meer).", "fr": "Cette page n'existe pas (ou plus).",
                  "en": "This page does not exist (any more).", "ar": "هذه الصفحة غير موجودة."},
    "to_home": {"nl": "Naar de startpagina", "fr": "Vers la page d'accueil", "en": "To the home page",
                "ar": "إلى الصفحة الرئيسية"},
}

# When a language lacks a text: English first (widely read), then whatever the table has.
_FALLBACKS = ("en", "nl", "fr")


def ui(key: str, lang: str, **fields: object) -> Localized[str]:
    """The site's own text for `key` in `lang`, and the language it is really in."""
    texts = TEXTS[key]
    really = lang if lang in texts else next(code for code in (*_FALLBACKS, *texts) if code in texts)
    text = texts[really]
    return Localized(text.format(**fields) if fields else text, really)
