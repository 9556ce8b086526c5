"""What volunteers read when their data has a problem, in Dutch, French and English."""

from __future__ import annotations

MESSAGE_LANGUAGES = ("nl", "fr", "en")

# Each message says what is wrong (quoting the value) and what to write instead.
MESSAGES: dict[str, dict[str, str]] = {
    "empty_file": {
        "en": "this file is empty, so the site would have no data. Undo the change in the file's history, or write its content again (the comments at the top of the example show how).",
        "nl": "dit bestand is leeg, dus de site zou geen gegevens hebben. Maak de wijziging ongedaan in de geschiedenis van het bestand, of schrijf de inhoud opnieuw (de uitleg bovenaan het voorbeeld toont hoe).",
        "fr": "ce fichier est vide : le site n'aurait aucune donnée. Annulez la modification dans l'historique du fichier, ou réécrivez son contenu (les commentaires en haut de l'exemple montrent comment).",
    },
    "no_activities": {
        "en": "there are no activities or events, so the programme would be empty. Write them under \"activities:\" and \"events:\", or undo the change that removed them.",
        "nl": "er staan geen activiteiten of evenementen in, dus het programma zou leeg zijn. Schrijf ze onder \"activities:\" en \"events:\", of maak de wijziging ongedaan die ze verwijderde.",
        "fr": "il n'y a ni activités ni événements : le programme serait vide. Écrivez-les sous « activities: » et « events: », ou annulez la modification qui les a retirés.",
    },
    "rights_without_sources": {
        "en": "this rights page names no sources. Add \"sources:\" with the official pages its facts come from, like - {{title: Rechtenverkenner, url: https://...}}.",
        "nl": "deze rechtenpagina noemt geen bronnen. Voeg \"sources:\" toe met de officiële pagina's waar de feiten vandaan komen, zoals - {{title: Rechtenverkenner, url: https://...}}.",
        "fr": "cette page de droits ne cite aucune source. Ajoutez « sources: » avec les pages officielles d'où viennent ses faits, comme - {{title: Rechtenverkenner, url: https://...}}.",
    },
    "level_error": {"en": "Error", "nl": "Fout", "fr": "Erreur"},
    "level_warning": {"en": "Warning", "nl": "Waarschuwing", "fr": "Avertissement"},
    "level_advice": {"en": "Advice", "nl": "Advies", "fr": "Conseil"},
    "heading_error": {
        "en": "Errors ({count}): the site is not built until they are mended.",
        "nl": "Fouten ({count}): de site wordt pas gebouwd als ze verbeterd zijn.",
        "fr": "Erreurs ({count}) : le site n'est construit qu'une fois qu'elles sont corrigées.",
    },
    "heading_warning": {
        "en": "Warnings ({count}): the site is not published until they are mended.",
        "nl": "Waarschuwingen ({count}): de site wordt pas gepubliceerd als ze verbeterd zijn.",
        "fr": "Avertissements ({count}) : le site n'est publié qu'une fois qu'ils sont corrigés.",
    },
    "heading_advice": {
        "en": "Advice ({count}): the site is published; mend these when you can.",
        "nl": "Advies ({count}): de site wordt gepubliceerd; verbeter dit als je kan.",
        "fr": "Conseils ({count}) : le site est publié ; corrigez ceci quand vous pouvez.",
    },
    "summary_clean": {
        "en": "No problems found in the data.",
        "nl": "Geen problemen gevonden in de gegevens.",
        "fr": "Aucun problème trouvé dans les données.",
    },
    "bad_site_url": {
        "en": "\"{value}\" is not the address of a website. Write the address where the site is published, like https://stek.example.org/.",
        "nl": "\"{value}\" is geen adres van een website. Schrijf het adres waar de site gepubliceerd wordt, zoals https://stek.example.org/.",
        "fr": "« {value} » n'est pas l'adresse d'un site web. Écrivez l'adresse où le site est publié, comme https://stek.example.org/.",
    },
    "missing_docs_dir": {
        "en": "the folder \"{value}\" does not exist. Write the folder that holds the pages, like content.",
        "nl": "de map \"{value}\" bestaat niet. Schrijf de map met de pagina's, zoals content.",
        "fr": "le dossier « {value} » n'existe pas. Écrivez le dossier qui contient les pages, comme content.",
    },
    "one_default_language": {
        "en": "exactly one language must have \"default: true\", here {count} have it. Write \"default: true\" under the main language only.",
        "nl": "precies één taal moet \"default: true\" hebben, hier hebben {count} het. Schrijf \"default: true\" alleen onder de hoofdtaal.",
        "fr": "exactement une langue doit avoir « default: true », ici {count} l'ont. Écrivez « default: true » sous la langue principale seulement.",
    },
    "missing_file": {
        "en": "this file is missing. Add {file} next to mkdocs.yml.",
        "nl": "dit bestand ontbreekt. Voeg {file} toe naast mkdocs.yml.",
        "fr": "ce fichier manque. Ajoutez {file} à côté de mkdocs.yml.",
    },
    "too_large": {
        "en": "the file is {size} bytes; it may be {limit} at most. Split it up or remove what is not needed.",
        "nl": "het bestand is {size} bytes; het mag hoogstens {limit} zijn. Splits het op of verwijder wat niet nodig is.",
        "fr": "le fichier fait {size} octets ; il peut en faire {limit} au plus. Divisez-le ou retirez ce qui n'est pas nécessaire.",
    },
    "not_utf8": {
        "en": "this line has characters that are not UTF-8. Save the file as UTF-8.",
        "nl": "deze regel heeft tekens die geen UTF-8 zijn. Bewaar het bestand als UTF-8.",
        "fr": "cette ligne contient des caractères qui ne sont pas en UTF-8. Enregistrez le fichier en UTF-8.",
    },
    "control_character": {
        "en": "this line has an invisible control character ({code}). Delete it, or type the line again.",
        "nl": "deze regel heeft een onzichtbaar stuurteken ({code}). Verwijder het, of typ de regel opnieuw.",
        "fr": "cette ligne contient un caractère de contrôle invisible ({code}). Supprimez-le, ou retapez la ligne.",
    },
    "yaml_tab": {
        "en": "a tab is used here. YAML indents with spaces only: replace the tab with spaces.",
        "nl": "hier staat een tab. YAML springt alleen in met spaties: vervang de tab door spaties.",
        "fr": "une tabulation est utilisée ici. YAML n'indente qu'avec des espaces : remplacez la tabulation par des espaces.",
    },
    "yaml_quote": {
        "en": "a quote ({quote}) opened here is never closed. Add the closing {quote} at the end of the text.",
        "nl": "een aanhalingsteken ({quote}) dat hier begint, wordt nooit gesloten. Zet een {quote} aan het einde van de tekst.",
        "fr": "un guillemet ({quote}) ouvert ici n'est jamais fermé. Ajoutez le {quote} final à la fin du texte.",
    },
    "yaml_apostrophe": {
        "en": "a text that starts with ' must end with ' too. If the ' belongs to the text, put the whole text between double quotes, like name: \"'t Lampeke\".",
        "nl": "een tekst die begint met ' moet ook eindigen op '. Hoort de ' bij de tekst, zet dan de hele tekst tussen dubbele aanhalingstekens, zoals name: \"'t Lampeke\".",
        "fr": "un texte qui commence par ' doit aussi finir par '. Si le ' fait partie du texte, mettez tout le texte entre guillemets doubles, comme name: \"'t Lampeke\".",
    },
    "yaml_curly_quotes": {
        "en": "this line has typographic quotes (“ ” ‘ ’ « »), which YAML does not read as quotes. Type straight quotes (\" or ') instead.",
        "nl": "deze regel heeft gekrulde aanhalingstekens (“ ” ‘ ’ « »), die YAML niet als aanhalingstekens leest. Typ rechte aanhalingstekens (\" of ').",
        "fr": "cette ligne contient des guillemets typographiques (“ ” ‘ ’ « »), que YAML ne lit pas comme des guillemets. Tapez des guillemets droits (\" ou ').",
    },
    "yaml_colon_space": {
        "en": "\"{written}\" needs a space after the colon. Write \"{fixed}\".",
        "nl": "\"{written}\" heeft een spatie nodig na de dubbele punt. Schrijf \"{fixed}\".",
        "fr": "« {written} » a besoin d'une espace après les deux-points. Écrivez « {fixed} ».",
    },
    "yaml_dash_space": {
        "en": "\"{written}\" needs a space after the dash. Write \"{fixed}\".",
        "nl": "\"{written}\" heeft een spatie nodig na het streepje. Schrijf \"{fixed}\".",
        "fr": "« {written} » a besoin d'une espace après le tiret. Écrivez « {fixed} ».",
    },
    "yaml_nbsp": {
        "en": "this line is indented with a special space (a no-break space, often pasted from a document). Delete the indentation and type it again with the space bar.",
        "nl": "deze regel springt in met een speciale spatie (een harde spatie, vaak gekopieerd uit een document). Verwijder het inspringen en typ het opnieuw met de spatiebalk.",
        "fr": "cette ligne est indentée avec une espace spéciale (espace insécable, souvent copiée d'un document). Supprimez l'indentation et retapez-la avec la barre d'espace.",
    },
    "yaml_syntax": {
        "en": "this line cannot be read ({problem}). Check the indentation, and write a space after every colon in \"key: value\".",
        "nl": "deze regel kan niet gelezen worden ({problem}). Controleer het inspringen, en zet een spatie na elke dubbele punt in \"sleutel: waarde\".",
        "fr": "cette ligne ne peut pas être lue ({problem}). Vérifiez l'indentation, et mettez une espace après chaque deux-points dans « clé: valeur ».",
    },
    "yaml_colon": {
        "en": "this line has a second colon (:), or is indented wrongly. Put a text with a colon between quotes, like title: \"Soup: warm\", or check the indentation.",
        "nl": "deze regel heeft een tweede dubbele punt (:), of springt verkeerd in. Zet een tekst met een dubbele punt tussen aanhalingstekens, zoals title: \"Soep: warm\", of kijk het inspringen na.",
        "fr": "cette ligne a un deuxième deux-points (:), ou est mal indentée. Mettez un texte avec deux-points entre guillemets, comme title: \"Soupe : chaude\", ou vérifiez l'indentation.",
    },
    "yaml_indent": {
        "en": "the indentation of this line does not match the lines above it. Line it up, with spaces, with the other lines of the same block.",
        "nl": "deze regel springt anders in dan de regels erboven. Lijn hem met spaties uit met de andere regels van hetzelfde blok.",
        "fr": "l'indentation de cette ligne ne correspond pas aux lignes au-dessus. Alignez-la, avec des espaces, sur les autres lignes du même bloc.",
    },
    "yaml_bracket": {
        "en": "a list or block opened here is never closed. Add the closing {bracket}.",
        "nl": "een lijst of blok dat hier begint, wordt nooit gesloten. Voeg de sluitende {bracket} toe.",
        "fr": "une liste ou un bloc ouvert ici n'est jamais fermé. Ajoutez le {bracket} final.",
    },
    "yaml_flow_text": {
        "en": "inside [ ] or {{ }} on this line, \"{char}\" cannot stand unquoted. Put that text between quotes, like {{title: \"Why?\", url: ...}}.",
        "nl": "binnen [ ] of {{ }} op deze regel kan \"{char}\" niet zonder aanhalingstekens staan. Zet die tekst tussen aanhalingstekens, zoals {{title: \"Waarom?\", url: ...}}.",
        "fr": "entre [ ] ou {{ }} sur cette ligne, « {char} » ne peut pas rester sans guillemets. Mettez ce texte entre guillemets, comme {{title: \"Pourquoi ?\", url: ...}}.",
    },
    "yaml_document": {
        "en": "a line with only --- starts a second document here. Remove that line.",
        "nl": "een regel met alleen --- begint hier een tweede document. Verwijder die regel.",
        "fr": "une ligne avec seulement --- commence ici un deuxième document. Supprimez cette ligne.",
    },
    "yaml_reserved": {
        "en": "a value cannot start with \"{char}\" in YAML. Put the text between quotes, like \"{char}...\".",
        "nl": "een waarde kan in YAML niet beginnen met \"{char}\". Zet de tekst tussen aanhalingstekens, zoals \"{char}...\".",
        "fr": "en YAML, une valeur ne peut pas commencer par « {char} ». Mettez le texte entre guillemets, comme \"{char}...\".",
    },
    "yaml_too_deep": {
        "en": "lists and blocks are nested too deeply here to be read. Write them with fewer levels.",
        "nl": "lijsten en blokken zitten hier te diep in elkaar om gelezen te worden. Schrijf ze met minder niveaus.",
        "fr": "les listes et les blocs sont ici imbriqués trop profondément pour être lus. Écrivez-les avec moins de niveaux.",
    },
    "yaml_alias_bomb": {
        "en": "the aliases (*name) here repeat so often that the file would become too large. Write the values out instead.",
        "nl": "de aliassen (*naam) hier herhalen zich zo vaak dat het bestand te groot zou worden. Schrijf de waarden voluit.",
        "fr": "les alias (*nom) se répètent ici si souvent que le fichier deviendrait trop grand. Écrivez les valeurs en entier.",
    },
    "duplicate_key": {
        "en": "\"{key}\" is written twice (also on line {first}). Keep only one; or, if this starts a new item of a list, write \"- \" before it.",
        "nl": "\"{key}\" staat er twee keer (ook op regel {first}). Hou er één over; of, als hier een nieuw item van een lijst begint, zet er \"- \" voor.",
        "fr": "« {key} » est écrit deux fois (aussi à la ligne {first}). N'en gardez qu'un ; ou, si un nouvel élément de liste commence ici, mettez « - » devant.",
    },
    "expected_map": {
        "en": "{what} must be written as \"key: value\" lines, not as \"{value}\".",
        "nl": "{what} moet je schrijven als regels \"sleutel: waarde\", niet als \"{value}\".",
        "fr": "{what} doit s'écrire en lignes « clé: valeur », pas « {value} ».",
    },
    "expected_list": {
        "en": "\"{field}\" must be a list. Write each item on its own line, starting with \"- \", or as [a, b].",
        "nl": "\"{field}\" moet een lijst zijn. Zet elk item op een eigen regel die begint met \"- \", of schrijf [a, b].",
        "fr": "« {field} » doit être une liste. Écrivez chaque élément sur sa ligne, précédé de « - », ou [a, b].",
    },
    "expected_text": {
        "en": "\"{field}\" must be a single text, not a list or a block of fields. Write \"{field}: ...\" on one line.",
        "nl": "\"{field}\" moet één tekst zijn, geen lijst of blok. Schrijf \"{field}: ...\" op één regel.",
        "fr": "« {field} » doit être un seul texte, pas une liste ni un bloc. Écrivez « {field}: ... » sur une ligne.",
    },
    "unknown_key": {
        "en": "\"{key}\" is not a field of {what}. Remove it, or write one of: {choices}.",
        "nl": "\"{key}\" is geen veld van {what}. Verwijder het, of schrijf een van: {choices}.",
        "fr": "« {key} » n'est pas un champ de {what}. Retirez-le, ou écrivez l'un de : {choices}.",
    },
    "missing_field": {
        "en": "{what} has no \"{field}\". Add a line \"{field}: ...\".",
        "nl": "{what} heeft geen \"{field}\". Voeg een regel \"{field}: ...\" toe.",
        "fr": "{what} n'a pas de « {field} ». Ajoutez une ligne « {field}: ... ».",
    },
    "missing_default_text": {
        "en": "\"{field}\" has no text in the default language. Add \"{language}: ...\" to it.",
        "nl": "\"{field}\" heeft geen tekst in de standaardtaal. Voeg \"{language}: ...\" toe.",
        "fr": "« {field} » n'a pas de texte dans la langue par défaut. Ajoutez « {language}: ... ».",
    },
    "bad_id": {
        "en": "\"{value}\" is not a valid id. Use only lowercase letters, digits and hyphens, for example \"{suggestion}\".",
        "nl": "\"{value}\" is geen geldige id. Gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld \"{suggestion}\".",
        "fr": "« {value} » n'est pas un identifiant valable. N'utilisez que des minuscules, des chiffres et des traits d'union, par exemple « {suggestion} ».",
    },
    "duplicate_id": {
        "en": "the id \"{value}\" is already used ({first}). Give each one an id of its own.",
        "nl": "de id \"{value}\" is al gebruikt ({first}). Geef elk een eigen id.",
        "fr": "l'identifiant « {value} » est déjà utilisé ({first}). Donnez à chacun son propre identifiant.",
    },
    "unknown_partner": {
        "en": "\"{value}\" is not a partner in partners.yaml. Write the id of a partner: {choices}.",
        "nl": "\"{value}\" is geen partner in partners.yaml. Schrijf de id van een partner: {choices}.",
        "fr": "« {value} » n'est pas un partenaire de partners.yaml. Écrivez l'identifiant d'un partenaire : {choices}.",
    },
    "no_partners_yet": {
        "en": "\"{value}\" is not a partner in partners.yaml, which has no partners yet. Add the partner there first, or remove \"{value}\" here.",
        "nl": "\"{value}\" is geen partner in partners.yaml, dat nog geen partners heeft. Voeg de partner daar eerst toe, of verwijder \"{value}\" hier.",
        "fr": "« {value} » n'est pas un partenaire de partners.yaml, qui n'a pas encore de partenaires. Ajoutez-le d'abord là-bas, ou retirez « {value} » ici.",
    },
    "no_activities_yet": {
        "en": "\"{value}\" is not an activity or event in activities.yaml, which has none. Add it there first, or remove \"{value}\" here.",
        "nl": "\"{value}\" is geen activiteit of evenement in activities.yaml, dat er geen heeft. Voeg het daar eerst toe, of verwijder \"{value}\" hier.",
        "fr": "« {value} » n'est ni une activité ni un événement de activities.yaml, qui n'en a aucun. Ajoutez-le d'abord là-bas, ou retirez « {value} » ici.",
    },
    "unknown_activity": {
        "en": "\"{value}\" is not an activity or event in activities.yaml. Write the id of one: {choices}.",
        "nl": "\"{value}\" is geen activiteit of evenement in activities.yaml. Schrijf de id van een: {choices}.",
        "fr": "« {value} » n'est pas une activité ni un événement de activities.yaml. Écrivez l'identifiant de l'un d'eux : {choices}.",
    },
    "bad_day": {
        "en": "\"{value}\" is not a day. Write a day like monday, maandag or lundi.",
        "nl": "\"{value}\" is geen dag. Schrijf een dag zoals maandag, lundi of monday.",
        "fr": "« {value} » n'est pas un jour. Écrivez un jour comme lundi, maandag ou monday.",
    },
    "bad_time": {
        "en": "\"{value}\" is not a time. Write hours and minutes, like 09:30 or 14:00.",
        "nl": "\"{value}\" is geen uur. Schrijf uren en minuten, zoals 09:30 of 14:00.",
        "fr": "« {value} » n'est pas une heure. Écrivez les heures et les minutes, comme 09:30 ou 14:00.",
    },
    "bad_date": {
        "en": "\"{value}\" is not a date. Write year-month-day, like 2027-01-10.",
        "nl": "\"{value}\" is geen datum. Schrijf jaar-maand-dag, zoals 2027-01-10.",
        "fr": "« {value} » n'est pas une date. Écrivez année-mois-jour, comme 2027-01-10.",
    },
    "midnight": {
        "en": "\"{value}\" is not a time of the day: a slot ends on the day it starts. Write 23:59 for the end of the day.",
        "nl": "\"{value}\" is geen uur van de dag: een tijdslot eindigt op de dag dat het begint. Schrijf 23:59 voor het einde van de dag.",
        "fr": "« {value} » n'est pas une heure de la journée : un créneau finit le jour où il commence. Écrivez 23:59 pour la fin de la journée.",
    },
    "comma_in_text": {
        "en": "\"{value}\" is not a language: a comma inside {{ }} cut the text in two. Put the text between quotes, like nl: \"Soep, brood en koffie\".",
        "nl": "\"{value}\" is geen taal: een komma binnen {{ }} heeft de tekst in twee geknipt. Zet de tekst tussen aanhalingstekens, zoals nl: \"Soep, brood en koffie\".",
        "fr": "« {value} » n'est pas une langue : une virgule entre {{ }} a coupé le texte en deux. Mettez le texte entre guillemets, comme nl: \"Soep, brood en koffie\".",
    },
    "end_before_start": {
        "en": "the end ({end}) is not after the start ({start}). Write an end time later than the start.",
        "nl": "het einde ({end}) ligt niet na het begin ({start}). Schrijf een einduur dat later is dan het beginuur.",
        "fr": "la fin ({end}) n'est pas après le début ({start}). Écrivez une heure de fin plus tardive que le début.",
    },
    "until_before_from": {
        "en": "\"until: {until}\" is before \"from: {start}\". Write an end date on or after the start date.",
        "nl": "\"until: {until}\" ligt voor \"from: {start}\". Schrijf een einddatum op of na de begindatum.",
        "fr": "« until: {until} » est avant « from: {start} ». Écrivez une date de fin égale ou postérieure à la date de début.",
    },
    "every_without_from": {
        "en": "\"every: {every}\" needs a start date to count the weeks from. Add \"from: YYYY-MM-DD\" to the activity.",
        "nl": "\"every: {every}\" heeft een begindatum nodig om de weken van te tellen. Voeg \"from: JJJJ-MM-DD\" toe aan de activiteit.",
        "fr": "« every: {every} » a besoin d'une date de début pour compter les semaines. Ajoutez « from: AAAA-MM-JJ » à l'activité.",
    },
    "every_and_weeks": {
        "en": "this time slot has both \"every\" and \"weeks\". Keep one: \"every: 2\" for every other week, or \"weeks: [1, last]\" for weeks of the month.",
        "nl": "dit tijdslot heeft zowel \"every\" als \"weeks\". Hou er één: \"every: 2\" voor om de twee weken, of \"weeks: [1, last]\" voor weken van de maand.",
        "fr": "ce créneau a à la fois « every » et « weeks ». Gardez-en un : « every: 2 » pour une semaine sur deux, ou « weeks: [1, last] » pour des semaines du mois.",
    },
    "bad_every": {
        "en": "\"every: {value}\" is not a number of weeks. Write a whole number from 1 to 52, like 2 for every 2 weeks.",
        "nl": "\"every: {value}\" is geen aantal weken. Schrijf een getal van 1 tot 52, zoals 2 voor om de 2 weken.",
        "fr": "« every: {value} » n'est pas un nombre de semaines. Écrivez un nombre entier de 1 à 52, comme 2 pour toutes les 2 semaines.",
    },
    "bad_week": {
        "en": "\"{value}\" is not a week of the month. Write 1, 2, 3, 4, 5 or last.",
        "nl": "\"{value}\" is geen week van de maand. Schrijf 1, 2, 3, 4, 5 of last.",
        "fr": "« {value} » n'est pas une semaine du mois. Écrivez 1, 2, 3, 4, 5 ou last.",
    },
    "bad_site_language": {
        "en": "\"{value}\" is not a language of this site. Write one of: {choices}.",
        "nl": "\"{value}\" is geen taal van deze site. Schrijf een van: {choices}.",
        "fr": "« {value} » n'est pas une langue de ce site. Écrivez l'une de : {choices}.",
    },
    "bad_spoken_language": {
        "en": "\"{value}\" is not a two-letter language code. Write codes like nl, fr, en or ar.",
        "nl": "\"{value}\" is geen taalcode van twee letters. Schrijf codes zoals nl, fr, en of ar.",
        "fr": "« {value} » n'est pas un code de langue à deux lettres. Écrivez des codes comme nl, fr, en ou ar.",
    },
    "bad_function": {
        "en": "\"{value}\" is not a function. Write ontmoeten, leren, politiseren or verwijzen.",
        "nl": "\"{value}\" is geen functie. Schrijf ontmoeten, leren, politiseren of verwijzen.",
        "fr": "« {value} » n'est pas une fonction. Écrivez ontmoeten, leren, politiseren ou verwijzen.",
    },
    "bad_url": {
        "en": "\"{value}\" is not an address we can link to. Write an address that starts with https://, http://, mailto: or tel:.",
        "nl": "\"{value}\" is geen adres waar we naar kunnen linken. Schrijf een adres dat begint met https://, http://, mailto: of tel:.",
        "fr": "« {value} » n'est pas une adresse vers laquelle on peut faire un lien. Écrivez une adresse qui commence par https://, http://, mailto: ou tel:.",
    },
    "bad_email": {
        "en": "\"{value}\" is not an e-mail address. Write it like name@example.org: one @ and a domain.",
        "nl": "\"{value}\" is geen e-mailadres. Schrijf het zoals naam@example.org: één @ en een domein.",
        "fr": "« {value} » n'est pas une adresse e-mail. Écrivez-la comme nom@example.org : un @ et un domaine.",
    },
    "bad_phone": {
        "en": "\"{value}\" is not a phone number. Write the digits, like 051 23 45 67 or +32 51 23 45 67.",
        "nl": "\"{value}\" is geen telefoonnummer. Schrijf de cijfers, zoals 051 23 45 67 of +32 51 23 45 67.",
        "fr": "« {value} » n'est pas un numéro de téléphone. Écrivez les chiffres, comme 051 23 45 67 ou +32 51 23 45 67.",
    },
    "bad_country": {
        "en": "\"{value}\" is not a country whose public holidays we know. Write a country code like BE.",
        "nl": "\"{value}\" is geen land waarvan we de feestdagen kennen. Schrijf een landcode zoals BE.",
        "fr": "« {value} » n'est pas un pays dont nous connaissons les jours fériés. Écrivez un code de pays comme BE.",
    },
    "closure_dates": {
        "en": "a closure needs \"date:\" for one day, or \"from:\" and \"until:\" for a period. Add them.",
        "nl": "een sluiting heeft \"date:\" nodig voor één dag, of \"from:\" en \"until:\" voor een periode. Voeg ze toe.",
        "fr": "une fermeture a besoin de « date: » pour un jour, ou de « from: » et « until: » pour une période. Ajoutez-les.",
    },
    "closure_both": {
        "en": "this closure has \"date\" and also \"from\" or \"until\". Keep \"date\" for one day, or \"from\" and \"until\" for a period.",
        "nl": "deze sluiting heeft \"date\" en ook \"from\" of \"until\". Hou \"date\" voor één dag, of \"from\" en \"until\" voor een periode.",
        "fr": "cette fermeture a « date » et aussi « from » ou « until ». Gardez « date » pour un jour, ou « from » et « until » pour une période.",
    },
    "cancelled_wrong_day": {
        "en": "{value} is a {day}, and \"{activity}\" does not take place on that day. Write a date on which it takes place.",
        "nl": "{value} is een {day}, en \"{activity}\" vindt dan niet plaats. Schrijf een datum waarop het plaatsvindt.",
        "fr": "le {value} est un {day}, et « {activity} » n'a pas lieu ce jour-là. Écrivez une date où elle a lieu.",
    },
    "front_matter_unclosed": {
        "en": "the front matter that starts here with --- is never closed. Add a line with only --- after it.",
        "nl": "de front matter die hier begint met --- wordt nooit gesloten. Voeg erna een regel toe met alleen ---.",
        "fr": "l'en-tête (front matter) qui commence ici par --- n'est jamais fermé. Ajoutez ensuite une ligne avec seulement ---.",
    },
    "front_matter_missing": {
        "en": "a rights page needs front matter. Start the file with a line ---, then \"title: ...\" and \"summary: ...\", then a line ---.",
        "nl": "een rechtenpagina heeft front matter nodig. Begin het bestand met een regel ---, dan \"title: ...\" en \"summary: ...\", dan een regel ---.",
        "fr": "une page de droits a besoin d'un en-tête. Commencez le fichier par une ligne ---, puis « title: ... » et « summary: ... », puis une ligne ---.",
    },
    "rights_id_mismatch": {
        "en": "\"id: {value}\" does not match the file name. Write \"id: {expected}\", or remove the line.",
        "nl": "\"id: {value}\" past niet bij de bestandsnaam. Schrijf \"id: {expected}\", of verwijder de regel.",
        "fr": "« id: {value} » ne correspond pas au nom du fichier. Écrivez « id: {expected} », ou retirez la ligne.",
    },
    "bad_file_id": {
        "en": "the file name \"{value}\" cannot be an id. Rename the file with lowercase letters, digits and hyphens, like \"{suggestion}.md\".",
        "nl": "de bestandsnaam \"{value}\" kan geen id zijn. Hernoem het bestand met kleine letters, cijfers en koppeltekens, zoals \"{suggestion}.md\".",
        "fr": "le nom de fichier « {value} » ne peut pas être un identifiant. Renommez le fichier avec des minuscules, des chiffres et des traits d'union, comme « {suggestion}.md ».",
    },
    "translation_only_text": {
        "en": "\"{key}\" belongs in {original}, the page in the default language. A translation carries text only (title, summary, bring): remove it here.",
        "nl": "\"{key}\" hoort in {original}, de pagina in de standaardtaal. Een vertaling bevat alleen tekst (title, summary, bring): verwijder het hier.",
        "fr": "« {key} » se met dans {original}, la page dans la langue par défaut. Une traduction ne contient que du texte (title, summary, bring) : retirez-le ici.",
    },
    "translation_without_original": {
        "en": "this translates {original}, which does not exist. Add {original}, or rename this file.",
        "nl": "dit vertaalt {original}, maar dat bestand bestaat niet. Voeg {original} toe, of hernoem dit bestand.",
        "fr": "ceci traduit {original}, qui n'existe pas. Ajoutez {original}, ou renommez ce fichier.",
    },
    "translation_bad_language": {
        "en": "the file name ends in \".{value}.md\", but \"{value}\" is not a language of this site. Use one of: {choices}.",
        "nl": "de bestandsnaam eindigt op \".{value}.md\", maar \"{value}\" is geen taal van deze site. Gebruik een van: {choices}.",
        "fr": "le nom du fichier se termine par « .{value}.md », mais « {value} » n'est pas une langue de ce site. Utilisez l'une de : {choices}.",
    },
    "stale_review": {
        "en": "\"reviewed: {value}\" is more than a year ago. Check the page against its sources, then write the date of today.",
        "nl": "\"reviewed: {value}\" is meer dan een jaar geleden. Kijk de pagina na met de bronnen, en schrijf dan de datum van vandaag.",
        "fr": "« reviewed: {value} » date de plus d'un an. Vérifiez la page avec ses sources, puis écrivez la date d'aujourd'hui.",
    },
    "missing_translation": {
        "en": "\"{field}\" of \"{id}\" has no {language} translation. Add \"{code}: ...\" to it.",
        "nl": "\"{field}\" van \"{id}\" heeft geen vertaling in het {language}. Voeg \"{code}: ...\" toe.",
        "fr": "« {field} » de « {id} » n'a pas de traduction en {language}. Ajoutez « {code}: ... ».",
    },
    "missing_rights_translation": {
        "en": "this page has no {language} translation. Add {file} with at least \"title:\" and \"summary:\".",
        "nl": "deze pagina heeft geen vertaling in het {language}. Voeg {file} toe met minstens \"title:\" en \"summary:\".",
        "fr": "cette page n'a pas de traduction en {language}. Ajoutez {file} avec au moins « title: » et « summary: ».",
    },
    "event_on_closed_day": {
        "en": "\"{value}\" is on {date}, when the house is closed ({reason}). It still takes place: check the date.",
        "nl": "\"{value}\" valt op {date}, als het huis gesloten is ({reason}). Het gaat toch door: kijk de datum na.",
        "fr": "« {value} » a lieu le {date}, quand la maison est fermée ({reason}). Il a lieu quand même : vérifiez la date.",
    },
}

DID_YOU_MEAN = {
    "en": " Did you mean \"{guess}\"?",
    "nl": " Bedoel je \"{guess}\"?",
    "fr": " Vouliez-vous dire « {guess} » ?",
}

# The things a message can be about, for "{what}".
WHAT: dict[str, dict[str, str]] = {
    "file": {"en": "this file", "nl": "dit bestand", "fr": "ce fichier"},
    "partner": {"en": "a partner", "nl": "een partner", "fr": "un partenaire"},
    "activity": {"en": "an activity", "nl": "een activiteit", "fr": "une activité"},
    "event": {"en": "an event", "nl": "een evenement", "fr": "un événement"},
    "slot": {"en": "a time slot", "nl": "een tijdslot", "fr": "un créneau"},
    "opening_hours": {"en": "opening hours", "nl": "openingsuren", "fr": "les heures d'ouverture"},
    "closure": {"en": "a closure", "nl": "een sluiting", "fr": "une fermeture"},
    "cancellation": {"en": "a cancellation", "nl": "een afgelasting", "fr": "une annulation"},
    "rights": {"en": "a rights page", "nl": "een rechtenpagina", "fr": "une page de droits"},
    "translation": {"en": "a translation", "nl": "een vertaling", "fr": "une traduction"},
    "site": {"en": "the site", "nl": "de site", "fr": "le site"},
    "language": {"en": "a language", "nl": "een taal", "fr": "une langue"},
    "house": {"en": "the house (extra.house)", "nl": "het huis (extra.house)", "fr": "la maison (extra.house)"},
    "source": {"en": "a source", "nl": "een bron", "fr": "une source"},
    "text": {"en": "a translated text", "nl": "een vertaalde tekst", "fr": "un texte traduit"},
}


def message_language(language: str) -> str:
    """Errors are in the site's default language where we have it, else English."""
    return language if language in MESSAGE_LANGUAGES else "en"


def render(message: str, language: str, /, **params: object) -> str:
    if "what" in params:
        params["what"] = WHAT[str(params["what"])][language]
    if "choices" in params and not isinstance(params["choices"], str):
        params["choices"] = ", ".join(str(c) for c in params["choices"])  # type: ignore[union-attr]
    text = MESSAGES[message][language].format(**params)
    if params.get("guess"):
        text += DID_YOU_MEAN[language].format(guess=params["guess"])
    # A message about the whole subject ("a partner has no ...") starts with a capital.
    return text[:1].upper() + text[1:]
