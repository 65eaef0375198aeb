"""The time resolver: spans found in sentences, and the dates they resolve to.

Reference publication days used below (weekday in the name):
2022-03-02 Wed (the seed report), 2022-04-08 Fri (en_01), 2022-03-10 Thu (en_04),
2022-06-28 Tue (fr_02), 2023-01-02 Mon, 2022-01-01 Sat, 2022-03-06 Sun, 2021-12-31 Fri.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.errors import LanguageDataError
from chronique.resolve import timewords
from chronique.resolve.time import (
    TimeContext, conflict_start_for, find_time_expressions, resolve_time,
)

WED, FRI, THU, TUE = "2022-03-02", "2022-04-08", "2022-03-10", "2022-06-28"
MON_JAN, SAT_JAN, SUN, FRI_DEC = "2023-01-02", "2022-01-01", "2022-03-06", "2021-12-31"
WAR = TimeContext(countries=("UKR", "RUS"), conflict_start=date(2022, 2, 24))


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


# (expression, published, tense, start, end, precision)
FRENCH = [
    # The seed report, published Wednesday 2 March 2022.
    ("jeudi", WED, "future", "2022-03-03", "2022-03-03", "day"),
    ("jeudi matin", WED, "future", "2022-03-03", "2022-03-03", "day"),
    ("vendredi à 15 heures", WED, "future", "2022-03-04", "2022-03-04", "day"),
    ("Vendredi en matinée", WED, "future", "2022-03-04", "2022-03-04", "day"),
    ("lundi", WED, "past", "2022-02-28", "2022-02-28", "day"),
    ("en deux jours", WED, "past", "2022-02-28", "2022-03-02", "range"),
    # A day aimed at ("une marche pour vendredi") lies ahead, even told in the past.
    ("pour vendredi", WED, "past", "2022-03-04", "2022-03-04", "day"),
    # Weekdays against the tense.
    ("mercredi", WED, "past", "2022-03-02", "2022-03-02", "day"),
    ("mercredi", WED, "future", "2022-03-02", "2022-03-02", "day"),
    ("jeudi", WED, None, "2022-02-24", "2022-02-24", "day"),
    ("lundi soir", WED, "present", "2022-02-28", "2022-02-28", "day"),
    ("mardi dernier", WED, None, "2022-03-01", "2022-03-01", "day"),
    ("mercredi dernier", WED, "past", "2022-02-23", "2022-02-23", "day"),
    ("jeudi prochain", WED, None, "2022-03-03", "2022-03-03", "day"),
    ("mercredi prochain", WED, "future", "2022-03-09", "2022-03-09", "day"),
    ("ce jeudi", WED, None, "2022-03-03", "2022-03-03", "day"),
    ("ce lundi", WED, "past", "2022-02-28", "2022-02-28", "day"),
    ("samedi", SAT_JAN, "future", "2022-01-01", "2022-01-01", "day"),
    ("vendredi", SAT_JAN, "past", "2021-12-31", "2021-12-31", "day"),
    # Relative days and nights.
    ("hier", WED, "past", "2022-03-01", "2022-03-01", "day"),
    ("avant-hier", WED, "past", "2022-02-28", "2022-02-28", "day"),
    ("aujourd'hui", WED, "present", "2022-03-02", "2022-03-02", "day"),
    ("demain", FRI_DEC, "future", "2022-01-01", "2022-01-01", "day"),
    ("après-demain", WED, "future", "2022-03-04", "2022-03-04", "day"),
    ("ce matin", TUE, "past", "2022-06-28", "2022-06-28", "day"),
    ("hier dans l'après-midi", TUE, "past", "2022-06-27", "2022-06-27", "day"),
    ("cette nuit", TUE, "past", "2022-06-27", "2022-06-28", "range"),
    ("cette nuit", TUE, "future", "2022-06-28", "2022-06-29", "range"),
    ("la nuit dernière", TUE, "past", "2022-06-27", "2022-06-28", "range"),
    ("dans la nuit de mardi à mercredi", WED, "past", "2022-03-01", "2022-03-02", "range"),
    ("dans la nuit de samedi à dimanche", WED, "past", "2022-02-26", "2022-02-27", "range"),
    ("dans la nuit de samedi à dimanche", WED, "future", "2022-03-05", "2022-03-06", "range"),
    # Dates: the year comes from publication and tense.
    ("le 4 mars", WED, "future", "2022-03-04", "2022-03-04", "day"),
    ("le 4 mars à 15 heures", WED, "future", "2022-03-04", "2022-03-04", "day"),
    ("le 27 juin", TUE, "past", "2022-06-27", "2022-06-27", "day"),
    ("le 1er mars", WED, "past", "2022-03-01", "2022-03-01", "day"),
    ("le lundi 28 février", WED, "past", "2022-02-28", "2022-02-28", "day"),
    ("le 27 décembre", MON_JAN, "past", "2022-12-27", "2022-12-27", "day"),
    ("le 3 janvier", "2022-12-30", "future", "2023-01-03", "2023-01-03", "day"),
    ("le 30 décembre", SAT_JAN, None, "2021-12-30", "2021-12-30", "day"),
    ("le 28 juin", "2022-06-27", "past", "2022-06-28", "2022-06-28", "day"),
    ("ces 28, 29 et 30 juin", TUE, None, "2022-06-28", "2022-06-30", "range"),
    ("du 28 février au 2 mars", WED, None, "2022-02-28", "2022-03-02", "range"),
    ("le 4 mars de l'an dernier", WED, "past", "2021-03-04", "2021-03-04", "day"),
    # Periods.
    ("la semaine dernière", WED, None, "2022-02-21", "2022-02-27", "range"),
    ("cette semaine", WED, "past", "2022-02-28", "2022-03-02", "range"),
    ("la semaine prochaine", WED, "future", "2022-03-07", "2022-03-13", "range"),
    ("le mois dernier", WED, None, "2022-02-01", "2022-02-28", "month"),
    ("ce mois-ci", WED, None, "2022-03-01", "2022-03-02", "range"),
    ("l'an dernier", WED, None, "2021-01-01", "2021-12-31", "year"),
    ("en mars", FRI, "past", "2022-03-01", "2022-03-31", "month"),
    ("en mars dernier", WED, None, "2021-03-01", "2021-03-31", "month"),
    ("en décembre", MON_JAN, "past", "2022-12-01", "2022-12-31", "month"),
    ("en 2021", WED, None, "2021-01-01", "2021-12-31", "year"),
    ("début mars", WED, "future", "2022-03-01", "2022-03-10", "range"),
    ("mi-mars", WED, "future", "2022-03-11", "2022-03-20", "range"),
    ("fin décembre", MON_JAN, "past", "2022-12-21", "2022-12-31", "range"),
    ("fin 2021", WED, None, "2021-09-01", "2021-12-31", "range"),
    ("en 24 heures", WED, "past", "2022-03-01", "2022-03-02", "range"),
    ("ces derniers jours", WED, "past", "2022-02-23", "2022-03-02", "range"),
    ("au cours des trois derniers jours", WED, "past", "2022-02-27", "2022-03-02", "range"),
    ("il y a deux jours", WED, "past", "2022-02-28", "2022-02-28", "day"),
    ("il y a une semaine", WED, None, "2022-02-23", "2022-02-23", "day"),
    ("dans deux jours", WED, "future", "2022-03-04", "2022-03-04", "day"),
    ("le week-end dernier", WED, "past", "2022-02-26", "2022-02-27", "range"),
    ("ce week-end", WED, "future", "2022-03-05", "2022-03-06", "range"),
    # Since.
    ("depuis le 24 février", WED, "past", "2022-02-24", "2022-03-02", "range"),
    ("depuis janvier", WED, None, "2022-01-01", "2022-03-02", "range"),
    ("depuis avril de l'an dernier", WED, "past", "2021-04-01", "2022-03-02", "range"),
    ("depuis le début de l'année", WED, None, "2022-01-01", "2022-03-02", "range"),
    ("depuis dimanche", WED, "present", "2022-02-27", "2022-03-02", "range"),
]

ENGLISH = [
    # "called a march for Wednesday": the day aimed at lies ahead, even told in the past.
    ("for Friday", WED, "past", "2022-03-04", "2022-03-04", "day"),
    # en_01 (Friday 8 April 2022) and en_04 (Thursday 10 March 2022).
    ("Friday", FRI, "past", "2022-04-08", "2022-04-08", "day"),
    ("today", THU, "past", "2022-03-10", "2022-03-10", "day"),
    ("Thursday 10 March", THU, "past", "2022-03-10", "2022-03-10", "day"),
    ("(Thursday 10 March)", THU, None, "2022-03-10", "2022-03-10", "day"),
    ("next week", THU, "future", "2022-03-14", "2022-03-20", "range"),
    ("coming into force next week", THU, "future", "2022-03-14", "2022-03-20", "range"),
    # Weekdays.
    ("Friday", FRI, "future", "2022-04-08", "2022-04-08", "day"),
    ("on Tuesday", FRI, "past", "2022-04-05", "2022-04-05", "day"),
    ("on Tuesday", FRI, "future", "2022-04-12", "2022-04-12", "day"),
    ("Tuesday morning", FRI, None, "2022-04-05", "2022-04-05", "day"),
    ("Friday at 3 p.m.", FRI, "past", "2022-04-08", "2022-04-08", "day"),
    ("at 3 p.m. on Friday", FRI, "past", "2022-04-08", "2022-04-08", "day"),
    ("last Monday", FRI, None, "2022-04-04", "2022-04-04", "day"),
    ("last Friday", FRI, "past", "2022-04-01", "2022-04-01", "day"),
    ("next Friday", FRI, None, "2022-04-15", "2022-04-15", "day"),
    ("next Monday", FRI, "future", "2022-04-11", "2022-04-11", "day"),
    ("this Thursday", FRI, None, "2022-04-07", "2022-04-07", "day"),
    ("this Thursday", "2022-03-08", "future", "2022-03-10", "2022-03-10", "day"),
    ("Sunday", SUN, "past", "2022-03-06", "2022-03-06", "day"),
    ("Monday", SUN, "future", "2022-03-07", "2022-03-07", "day"),
    ("Friday", SAT_JAN, "past", "2021-12-31", "2021-12-31", "day"),
    # Relative days and nights.
    ("yesterday", SAT_JAN, "past", "2021-12-31", "2021-12-31", "day"),
    ("tomorrow", FRI_DEC, "future", "2022-01-01", "2022-01-01", "day"),
    ("the day before yesterday", FRI, "past", "2022-04-06", "2022-04-06", "day"),
    ("this morning", FRI, "past", "2022-04-08", "2022-04-08", "day"),
    ("overnight", FRI, "past", "2022-04-07", "2022-04-08", "range"),
    ("tonight", FRI, "future", "2022-04-08", "2022-04-08", "day"),
    ("last night", FRI, "past", "2022-04-07", "2022-04-08", "range"),
    ("in the night from Tuesday to Wednesday", FRI, "past", "2022-04-05", "2022-04-06", "range"),
    ("overnight Tuesday into Wednesday", "2022-03-09", "past", "2022-03-08", "2022-03-09",
     "range"),
    # Dates.
    ("March 4", WED, "future", "2022-03-04", "2022-03-04", "day"),
    ("4 March", THU, "past", "2022-03-04", "2022-03-04", "day"),
    ("December 27", MON_JAN, "past", "2022-12-27", "2022-12-27", "day"),
    ("January 3", "2022-12-30", "future", "2023-01-03", "2023-01-03", "day"),
    ("Feb. 24", FRI, None, "2022-02-24", "2022-02-24", "day"),
    ("between March 4 and 6", FRI, "past", "2022-03-04", "2022-03-06", "range"),
    # Periods.
    ("in two days", FRI, "past", "2022-04-06", "2022-04-08", "range"),
    ("in two days", FRI, "future", "2022-04-10", "2022-04-10", "day"),
    ("over the past three days", FRI, "past", "2022-04-05", "2022-04-08", "range"),
    ("in recent days", FRI, None, "2022-04-01", "2022-04-08", "range"),
    ("in the coming days", FRI, "future", "2022-04-08", "2022-04-15", "range"),
    ("last week", THU, None, "2022-02-28", "2022-03-06", "range"),
    ("this week", THU, "past", "2022-03-07", "2022-03-10", "range"),
    ("last month", FRI, None, "2022-03-01", "2022-03-31", "month"),
    ("earlier this month", FRI, "past", "2022-04-01", "2022-04-08", "range"),
    ("later this month", FRI, "future", "2022-04-08", "2022-04-30", "range"),
    ("last year", FRI, None, "2021-01-01", "2021-12-31", "year"),
    ("in March", FRI, "past", "2022-03-01", "2022-03-31", "month"),
    ("in March", "2022-02-10", "past", "2021-03-01", "2021-03-31", "month"),
    ("in March", "2022-02-10", "future", "2022-03-01", "2022-03-31", "month"),
    ("in May", FRI, "future", "2022-05-01", "2022-05-31", "month"),
    ("in 2021", FRI, None, "2021-01-01", "2021-12-31", "year"),
    ("early March", FRI, "past", "2022-03-01", "2022-03-10", "range"),
    ("mid-March", FRI, "past", "2022-03-11", "2022-03-20", "range"),
    ("late March", FRI, "past", "2022-03-21", "2022-03-31", "range"),
    ("two days ago", FRI, "past", "2022-04-06", "2022-04-06", "day"),
    ("a week ago", FRI, "past", "2022-04-01", "2022-04-01", "day"),
    ("a few days ago", FRI, "past", "2022-04-01", "2022-04-06", "range"),
    ("last weekend", FRI, "past", "2022-04-02", "2022-04-03", "range"),
    ("this weekend", FRI, "future", "2022-04-09", "2022-04-10", "range"),
    ("this weekend", "2022-04-11", "past", "2022-04-09", "2022-04-10", "range"),
    ("over the weekend", "2022-04-11", "past", "2022-04-09", "2022-04-10", "range"),
    # Since.
    ("since February 24", FRI, "past", "2022-02-24", "2022-04-08", "range"),
    ("since April last year", FRI, "past", "2021-04-01", "2022-04-08", "range"),
    ("so far this year", FRI, None, "2022-01-01", "2022-04-08", "range"),
]


@pytest.mark.parametrize("expr,published,tense,start,end,precision", FRENCH)
def test_resolve_french(expr, published, tense, start, end, precision):
    got = resolve_time(expr, _d(published), "fr", tense=tense, context=WAR)
    assert (got.start, got.end, got.precision) == (_d(start), _d(end), precision)
    assert got.text == expr


@pytest.mark.parametrize("expr,published,tense,start,end,precision", ENGLISH)
def test_resolve_english(expr, published, tense, start, end, precision):
    got = resolve_time(expr, _d(published), "en", tense=tense, context=WAR)
    assert (got.start, got.end, got.precision) == (_d(start), _d(end), precision)
    assert got.text == expr


# Running totals over a conflict, and what happens when its start is not known.
CONFLICT = [
    ("fr", "depuis le début de l'offensive russe", WAR, "2022-02-24", WED, "range"),
    ("fr", "depuis le début de la guerre", TimeContext(), None, WED, "unknown"),
    ("fr", "depuis le début de l'offensive russe", TimeContext(countries=("UKR", "RUS")),
     "2022-02-24", WED, "range"),
    ("en", "since the invasion began", WAR, "2022-02-24", WED, "range"),
    ("en", "since the start of the war", TimeContext(), None, WED, "unknown"),
    ("en", "since Russia invaded Ukraine", WAR, "2022-02-24", WED, "range"),
    # A conflict that began after the report cannot be the one it speaks of.
    ("en", "since the war began", WAR, None, "2021-05-01", "unknown"),
    # Any campaign whose start the sentence dates: the running total starts then.
    ("en", "since the protests began on Oct. 21", TimeContext(), "2021-10-21", "2021-11-08", "range"),
    ("en", "since the unrest erupted in June", TimeContext(), "2021-06-01", "2021-11-08", "range"),
    ("fr", "depuis le début des manifestations, le 21 octobre", TimeContext(), "2021-10-21",
     "2021-11-08", "range"),
    ("fr", "depuis le déclenchement de la grève en octobre", TimeContext(), "2021-10-01",
     "2021-11-08", "range"),
    # A measure taking effect starts a count too (published on Wednesday 10 Jan 2024).
    ("en", "since the state of emergency took effect on Monday", TimeContext(), "2024-01-08",
     "2024-01-10", "range"),
    ("fr", "depuis l'entrée en vigueur de l'état d'urgence lundi", TimeContext(), "2024-01-08",
     "2024-01-10", "range"),
    ("fr", "depuis que le couvre-feu est entré en vigueur lundi", TimeContext(), "2024-01-08",
     "2024-01-10", "range"),
]


@pytest.mark.parametrize("lang,expr,context,start,published,precision", CONFLICT)
def test_resolve_since_conflict(lang, expr, context, start, published, precision):
    got = resolve_time(expr, _d(published), lang, tense="past", context=context)
    assert (got.start, got.end, got.precision) == (_d(start), _d(published), precision)


# No expression, no publication date, and expressions that cannot be read.
DEFAULTS = [
    ("fr", None, WED, "past", "2022-03-01", "2022-03-02", "range", None),
    ("en", None, FRI, None, "2022-04-07", "2022-04-08", "range", None),
    ("fr", None, WED, "future", "2022-03-02", None, "unknown", None),
    ("en", None, None, "past", None, None, "unknown", None),
    ("fr", "jeudi", None, "future", None, None, "unknown", "jeudi"),
    ("en", "yesterday", None, "past", None, None, "unknown", "yesterday"),
    ("fr", "4 mars 2022", None, "past", "2022-03-04", "2022-03-04", "day", "4 mars 2022"),
    ("en", "on March 4, 2022", None, None, "2022-03-04", "2022-03-04", "day", "on March 4, 2022"),
    ("en", "in 2021", None, None, "2021-01-01", "2021-12-31", "year", "in 2021"),
    ("fr", "depuis le 24 février 2022", None, None, "2022-02-24", None, "unknown",
     "depuis le 24 février 2022"),
    # An impossible or unreadable date is no date: the publication default applies.
    ("fr", "le 31 février", WED, "past", "2022-03-01", "2022-03-02", "range", None),
    ("en", "the other day", FRI, "past", "2022-04-07", "2022-04-08", "range", None),
]


@pytest.mark.parametrize("lang,expr,published,tense,start,end,precision,text", DEFAULTS)
def test_resolve_defaults(lang, expr, published, tense, start, end, precision, text):
    got = resolve_time(expr, _d(published), lang, tense=tense)
    assert (got.start, got.end, got.precision, got.text) == (_d(start), _d(end), precision, text)


def test_unknown_tense_is_refused():
    with pytest.raises(ValueError, match="tense"):
        resolve_time("jeudi", date(2022, 3, 2), "fr", tense="passé")


WEEKDAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


@settings(max_examples=60, deadline=None)
@given(st.dates(date(1995, 1, 1), date(2040, 12, 31)), st.integers(0, 6),
       st.sampled_from(["fr", "en"]), st.sampled_from(["past", "future"]))
def test_weekday_is_the_nearest_on_the_side_of_the_tense(published, wd, lang, tense):
    got = resolve_time(WEEKDAYS[lang][wd], published, lang, tense=tense)
    assert got.start == got.end and got.start.weekday() == wd
    delta = (got.start - published).days
    assert (0 <= -delta <= 6) if tense == "past" else (0 <= delta <= 6)


# (sentence, expected spans): maximal spans, nothing on non-temporal words.
FIND = [
    ("fr", "Les ministres des Affaires étrangères des 27 États membres de l'UE se réuniront à "
     "nouveau en urgence vendredi à 15 heures sur l'invasion de l'Ukraine par la Russie",
     ["vendredi à 15 heures"]),
    ("fr", "Ces pourparlers commenceront jeudi matin dans un lieu déterminé", ["jeudi matin"]),
    # The hour told before the day is one expression with it.
    ("fr", "Le bureau a été détruit à 14h49 mardi, selon Séoul", ["à 14h49 mardi"]),
    ("en", "The office was destroyed at 2:49 p.m. (0549 GMT) on Tuesday, the ministry said",
     ["at 2:49 p.m. (0549 GMT) on Tuesday"]),
    ("fr", "A Kharkiv, le bilan des frappes s’élève en deux jours à 29 morts.",
     ["en deux jours"]),
    ("fr", "2.000 civils ont été tués depuis le début de l’offensive russe.",
     ["depuis le début de l’offensive russe"]),
    ("fr", "Un cessez-le-feu sera au menu de nouveaux pourparlers, jeudi, a annoncé la Russie",
     ["jeudi"]),
    ("fr", "Vendredi en matinée, les ministres de l'OTAN doivent se retrouver à Evere.",
     ["Vendredi en matinée"]),
    ("fr", "Le centre commercial a subi une frappe russe hier dans l’après-midi.",
     ["hier dans l’après-midi"]),
    ("fr", "Comme Ukrinform l’a déjà relevé, le 27 juin, un centre commercial a été touché.",
     ["le 27 juin"]),
    ("fr", "Vladimir Poutine s'est entretenu le lundi 28 février avec Emmanuel Macron.",
     ["le lundi 28 février"]),
    ("fr", "Des frappes ont visé Kiev dans la nuit de mardi à mercredi, selon la mairie.",
     ["dans la nuit de mardi à mercredi"]),
    ("fr", "Le sommet se tiendra le 4 mars 2022 à 15h30 à Bruxelles.",
     ["le 4 mars 2022 à 15h30"]),
    ("fr", "Ils se sont vus la semaine dernière et se reverront début avril.",
     ["la semaine dernière", "début avril"]),
    ("fr", "Il y a deux jours, l'armée a bombardé la ville.", ["Il y a deux jours"]),
    ("fr", "En mars 2021, la junte a réprimé les manifestations.", ["En mars 2021"]),
    ("fr", "Les prix ont augmenté ces derniers jours, depuis le 24 février.",
     ["ces derniers jours", "depuis le 24 février"]),
    ("fr", "Le président a déclaré mardi dernier que la ville était privée d'eau depuis dimanche.",
     ["mardi dernier", "depuis dimanche"]),
    ("fr", "La ville compte 29 morts et 2.000 blessés.", []),
    ("fr", "Le rover explore la surface de Mars depuis des mois.", ["depuis des mois"]),
    ("fr", "Le matin de l'attaque, la Journée de la femme était célébrée.", []),
    ("en", "A missile hit a train station Friday where thousands of people had gathered.",
     ["Friday"]),
    ("en", "Foreign Secretary Liz Truss has today (Thursday 10 March) announced a full asset "
     "freeze", ["today", "Thursday 10 March"]),
    ("en", "Economic Crime Bill coming into force next week will allow UK Government to move",
     ["next week"]),
    ("en", "The protesters march to parliament.", []),
    ("en", "He may resign.", []),
    ("en", "May God help them, he said.", []),
    ("en", "Protesters will march on parliament in May.", ["in May"]),
    ("en", "The talks began on March 4, 2022 in Belarus.", ["on March 4, 2022"]),
    ("en", "Shelling continued overnight Tuesday into Wednesday, officials said.",
     ["overnight Tuesday into Wednesday"]),
    ("en", "At least 50 people were killed over the past three days.",
     ["over the past three days"]),
    ("en", "Russia has fired 1,200 missiles since the invasion began.",
     ["since the invasion began"]),
    ("en", "Ministers met last Monday and will meet again next Friday at 3 p.m.",
     ["last Monday", "next Friday at 3 p.m."]),
    ("en", "The vote is expected in early March, two days ago officials said.",
     ["in early March", "two days ago"]),
    ("en", "It killed 29 people and injured 2,000.", []),
    ("en", "Yesterday's strike was the deadliest since February 24.",
     ["Yesterday", "since February 24"]),
    ("en", "He was killed on Wednesday before dawn in a strike on his residence.",
     ["on Wednesday before dawn"]),
    ("fr", "Il a été tué mercredi avant l'aube dans une frappe contre sa résidence.",
     ["mercredi avant l'aube"]),
]


@pytest.mark.parametrize("lang,sentence,expected", FIND)
def test_find_time_expressions(lang, sentence, expected):
    spans = find_time_expressions(sentence, lang)
    assert [s.text for s in spans] == expected
    for s in spans:
        assert sentence[s.start:s.end] == s.text


def test_found_spans_resolve_like_the_reference_report(shared_dir):
    """The seed report: each dated event's span resolves to the analyst's date."""
    published = date(2022, 3, 2)
    want = {"jeudi matin": ("future", "2022-03-03"),
            "vendredi à 15 heures": ("future", "2022-03-04"),
            "lundi": ("past", "2022-02-28"), "en deux jours": ("past", "2022-02-28")}
    text = (shared_dir / "examples" / "seed_fr_2022-03-02.txt").read_text(encoding="utf-8")
    seen = {}
    for line in text.splitlines():
        for span in find_time_expressions(line, "fr"):
            if span.text in want:
                tense, start = want[span.text]
                seen[span.text] = resolve_time(span.text, published, "fr", tense=tense).start
    assert seen == {k: _d(v[1]) for k, v in want.items()}


CONFLICT_STARTS = [
    ("fr", "Les autorités ont annoncé 2.000 civils tués depuis le début de l'offensive russe.",
     ("UKR", "RUS"), "2022-02-24"),
    ("en", "Russia has fired missiles at Ukraine since the invasion.", ("RUS", "UKR"),
     "2022-02-24"),
    ("en", "Israeli strikes on Gaza continued as the war with Hamas entered its third month.",
     ("ISR", "PSE"), "2023-10-07"),
    ("en", "Hezbollah fired rockets; the war in Gaza goes on.", ("LBN", "ISR", "PSE"),
     "2023-10-08"),
    ("fr", "La junte birmane au pouvoir depuis le coup d'État a libéré des prisonniers.",
     ("MMR",), "2021-02-01"),
    ("fr", "La guerre entre l'armée et les FSR a fait des milliers de morts.", ("SDN",),
     "2023-04-15"),
    ("en", "The war in Tigray killed thousands.", ("ETH",), "2020-11-04"),
    # Not clear enough: no war word, or a country with several wars and no name for this one.
    ("fr", "Le président ukrainien a reçu son homologue russe.", ("UKR", "RUS"), None),
    ("en", "The war killed thousands.", ("ETH",), None),
    ("en", "The invasion was condemned.", ("FRA",), None),
]


@pytest.mark.parametrize("lang,text,countries,start", CONFLICT_STARTS)
def test_conflict_start_for(lang, text, countries, start):
    assert conflict_start_for(text, lang, countries) == _d(start)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_marker_names_a_known_conflict(lang):
    from chronique.resolve.conflicts import conflicts
    known = {c.id for c in conflicts()}
    lex = timewords.lexicon(lang)
    assert set(lex.conflict_markers) <= known
    assert {c.id for c in conflicts() if c.needs_marker} <= set(lex.conflict_markers)


def test_a_template_naming_an_unknown_slot_fails_loudly():
    with pytest.raises(LanguageDataError, match="weekdy"):
        timewords._expand("{weekdy}", {"weekday": "x"}, {}, "time.yaml", capture=True)


def test_folding_keeps_offsets():
    text = "Hier, l’après-midi à Kyïv — ÉTÉ"
    folded = timewords.fold_keep_offsets(text)
    assert len(folded) == len(text)
    assert folded == "hier, l'apres midi a kyiv   ete"


def test_running_period_counts_back_across_a_leap_day():
    got = resolve_time("over the past two days", date(2024, 3, 1), "en", tense="past")
    assert (got.start, got.end) == (date(2024, 2, 28), date(2024, 3, 1))


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_split_gate_finds_the_starts_the_single_pattern_finds(code):
    # The per-character gates are a speed-up of the one pattern: same starts, every time.
    from chronique.resolve.timewords import fold_keep_offsets, lexicon

    lex = lexicon(code)
    assert lex.starts is not None and lex.gates
    texts = {
        "fr": ["Les pourparlers commenceront jeudi matin à Minsk, a dit le négociateur.",
               "Depuis le début de l'offensive russe, 2.000 civils ont été tués; le 4 mars à "
               "15 heures, dans la nuit de mardi à mercredi, avant-hier, la semaine dernière."],
        "en": ["Talks will start on Thursday morning, the negotiator said on 4 March 2022.",
               "Since the invasion began, overnight, earlier this month, last week, at 3 p.m."],
    }[code]
    for text in texts:
        folded = fold_keep_offsets(text)
        one = []
        m = lex.gate.search(folded)
        while m is not None:
            one.append(m.start())
            m = lex.gate.search(folded, m.start() + 1)
        split = [w.start() for w in lex.starts.finditer(folded)
                 if lex.gates[folded[w.start()]].match(folded, w.start())]
        assert split == one and one
