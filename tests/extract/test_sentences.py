"""What the engine finds in one sentence, French and English: type, status, actors, place,
date, toll and attribution. A sentence with no event yields nothing; one with three yields
three. Published dates are fixed so relative dates can be checked."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

FR = "2022-03-02"   # a Wednesday
EN = "2022-04-08"   # a Friday


def E(type_, status="occurred", src=None, tgt=None, place=None, day=None, dead=None, claimed=None,
      no_place=False):
    """One expected event; a field left out is not checked (no_place: the event has none)."""
    return dict(type=type_, status=status, src=src, tgt=tgt, place=place, day=day, dead=dead,
                claimed=claimed, no_place=no_place)


CASES = [
    ("fr", FR, "L'armée russe a bombardé mardi la ville de Kharkiv, faisant au moins douze morts, "
               "selon le gouverneur régional.",
     [E("ASSAULT", src="RUS", tgt="UKR", place="Kharkiv", day="2022-03-01", dead=12, claimed="UKR")]),
    ("fr", FR, "Une frappe de missile russe a touché mardi un immeuble résidentiel à Kharkiv, "
               "faisant au moins 12 morts et 40 blessés, selon les autorités ukrainiennes.",
     [E("ASSAULT", src="RUS", tgt="UKR", place="Kharkiv", day="2022-03-01", dead=12,
        claimed="UKR")]),
    ("fr", FR, "Les ministres des Affaires étrangères de l'UE se réuniront jeudi à Bruxelles.",
     [E("CONSULT", "planned", src="EU", place="Brussels", day="2022-03-03")]),
    ("fr", FR, "Moscou a démenti avoir visé des civils à Marioupol.",
     [E("REJECT", src="RUS")]),
    ("fr", FR, "La Russie n'a pas attaqué la centrale nucléaire, a assuré le Kremlin.",
     [E("ASSAULT", "negated", src="RUS", claimed="RUS")]),
    ("fr", FR, "Selon des informations non confirmées, des chars russes auraient franchi la frontière.",
     [E("MOBILIZE", "uncertain", src="RUS")]),
    ("fr", FR, "Le temps était doux et les marchés étaient calmes ce mercredi.", []),
    ("fr", FR, "Les Etats-Unis ont condamné l'attaque, exigé le retrait des troupes russes et "
               "annoncé de nouvelles sanctions contre Moscou.",
     [E("ACCUSE", src="USA"), E("REQUEST", src="USA"), E("SANCTION", src="USA", tgt="RUS")]),
    ("fr", FR, "Des milliers de personnes ont manifesté samedi à Paris contre la guerre, a indiqué "
               "la préfecture de police.",
     [E("PROTEST", place="Paris", day="2022-02-26")]),
    ("fr", FR, "La police a interpellé une trentaine de manifestants à Moscou, selon l'ONG OVD-Info.",
     [E("COERCE", place="Moscow")]),
    ("fr", FR, "L'Allemagne va livrer 1.000 lance-roquettes et 500 missiles Stinger à l'Ukraine, "
               "a annoncé le gouvernement allemand.",
     [E("AID", "planned", src="DEU", tgt="UKR", claimed="DEU")]),
    ("fr", FR, "Le président Zelensky a appelé l'OTAN à instaurer une zone d'exclusion aérienne.",
     [E("REQUEST", src="UKR", tgt="NATO")]),
    ("en", EN, "Russian forces shelled Kharkiv on Thursday, killing at least seven civilians, the "
               "regional governor said.",
     [E("ASSAULT", src="RUS", tgt="UKR", place="Kharkiv", day="2022-04-07", dead=7, claimed="UKR")]),
    ("en", EN, "NATO foreign ministers will meet in Brussels next week to discuss further military aid.",
     [E("CONSULT", "planned", src="NATO", place="Brussels")]),
    ("en", EN, "The Kremlin denied that its forces had targeted civilians in Bucha.",
     [E("REJECT", src="RUS")]),
    ("en", EN, "Ukraine did not attack the fuel depot in Belgorod, a Ukrainian official said.",
     [E("ASSAULT", "negated", src="UKR", place="Belgorod", claimed="UKR")]),
    ("en", EN, "Russian troops may have used phosphorus bombs, according to unconfirmed reports.",
     [E("ASSAULT", "uncertain", src="RUS")]),
    ("en", EN, "Markets were calm and the weather was mild on Friday.", []),
    ("en", EN, "The European Union condemned the attack, demanded a ceasefire and imposed new "
               "sanctions on Moscow.",
     [E("ACCUSE", src="EU"), E("REQUEST", src="EU"), E("SANCTION", src="EU", tgt="RUS")]),
    ("en", EN, "Thousands of people protested in Tbilisi on Saturday against the government, "
               "police said.",
     [E("PROTEST", place="Tbilisi", day="2022-04-02")]),
    ("en", EN, "Police detained dozens of anti-war protesters in Moscow, a rights group said.",
     [E("COERCE", src="RUS", place="Moscow")]),
    ("en", EN, "The United States will send 100 Switchblade drones to Ukraine, the Pentagon announced.",
     [E("AID", "planned", src="USA", tgt="UKR", claimed="USA")]),
    ("en", EN, "President Zelenskyy urged Western leaders to impose an oil embargo on Russia.",
     [E("REQUEST", src="UKR")]),
    ("en", EN, "Russia and Ukraine exchanged prisoners on Friday, officials from both sides said.",
     [E("RETREAT", src="RUS", day="2022-04-08")]),
    # A state's words and measures with no place in the text are placed in that state; an
    # organisation's own meeting or decision at its seat.
    ("fr", FR, "L'Italie a convoqué mardi l'ambassadeur de France pour protester contre les "
               "propos du ministre français de l'Intérieur.",
     [E("ACCUSE", src="ITA", tgt="FRA", place="Italy", day="2022-03-01")]),
    ("en", EN, "Italy summoned the French ambassador on Thursday to protest against remarks by "
               "France's interior minister.",
     [E("ACCUSE", src="ITA", tgt="FRA", place="Italy", day="2022-04-07")]),
    ("fr", FR, "L'Union africaine a suspendu le Mali jeudi dernier jusqu'au retour à l'ordre "
               "constitutionnel.",
     [E("SANCTION", src="AU", tgt="MLI", place="Addis Ababa")]),
    ("en", EN, "The African Union suspended Mali on Thursday until constitutional order is "
               "restored.",
     [E("SANCTION", src="AU", tgt="MLI", place="Addis Ababa", day="2022-04-07")]),
    ("fr", FR, "Le Conseil de sécurité de l'ONU se réunira jeudi en urgence.",
     [E("CONSULT", "planned", src="UN", place="New York City", day="2022-03-03")]),
    # A vow to go on attacking is a threat, and the attacks it announces are not events.
    ("en", EN, "The Houthis vowed to continue their attacks on ships linked to Israel.",
     [E("THREATEN", src="YEM", tgt="ISR")]),
    ("fr", FR, "Les Houthis ont promis de poursuivre leurs attaques contre les navires liés à "
               "Israël.",
     [E("THREATEN", src="YEM", tgt="ISR")]),
    # A haven offered is aid; a noun-rooted parse still gives the verb its subject.
    ("en", EN, "Spain's new prime minister, Pedro Sanchez, offered on Thursday to let the ship "
               "dock in Valencia.",
     [E("AID", src="ESP", place="Valencia", day="2022-04-07")]),
    ("fr", FR, "L'Espagne a proposé lundi d'accueillir le navire à Valence.",
     [E("AID", src="ESP", place="Valencia", day="2022-02-28")]),
    # Who asked for a meeting, said in an adjunct.
    ("fr", FR, "A la demande de la Russie, le Conseil de sécurité de l'ONU doit se réunir en "
               "urgence vendredi à New York.",
     [E("REQUEST", src="RUS"), E("CONSULT", "planned", src="UN", place="New York City",
                                 day="2022-03-04")]),
    # "Its largest-ever exercises" are an event; "one of the deadliest strikes" a comparison.
    ("en", EN, "China launched its largest-ever military exercises around the island on Thursday.",
     [E("MOBILIZE", src="CHN", day="2022-04-07")]),
    ("en", EN, "It was one of the deadliest strikes on the city since the war began.", []),
    # In talks the one party named is on both sides.
    ("fr", FR, "Les négociations avec l'Ukraine ont repris lundi à Istanbul.",
     [E("CONSULT", src="UKR", tgt="UKR", place="Istanbul", day="2022-02-28")]),
    ("en", EN, "Talks with Ukraine resumed on Monday in Istanbul.",
     [E("CONSULT", src="UKR", tgt="UKR", place="Istanbul", day="2022-04-04")]),
    # What is dismissed may stand after the "as" phrase.
    ("en", EN, "Kerry also dismissed as \"utterly false\" suggestions by a Turkish minister that "
               "the United States was behind the coup.",
     [E("REJECT", src="USA")]),
    # What is denied is no event, down to its last conjunct.
    ("en", EN, "The Israeli military denied that any of its soldiers had been killed or wounded.",
     [E("REJECT", src="ISR")]),
    ("fr", FR, "L'armée israélienne a démenti que des soldats aient été tués ou blessés.",
     [E("REJECT", src="ISR")]),
    # "Al" of "Al-Qaïda" is no Norwegian town; "Week" of a title-case headline is no "Wick".
    ("fr", FR, "Le groupe, lié à Al-Qaïda, a revendiqué mardi l'attaque contre le camp militaire "
               "de Bamako.",
     [E("ASSAULT", place="Bamako", day="2022-03-01")]),
    ("en", EN, "Sudan's Warring Generals Agree to Week-Long Truce After Talks\nSudan's army and "
               "the paramilitary Rapid Support Forces have agreed to a seven-day ceasefire, Saudi "
               "Arabia and the United States said on Thursday.",
     [E("AGREE", src="SDN", no_place=True)]),
]


def _codes(actors):
    return {a.code for a in actors if a.code}


@pytest.mark.parametrize("lang,published,text,expected", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentence(extract, lang, published, text, expected):
    events = extract(text, published=published, lang=lang)
    assert [e.type for e in events] == [x["type"] for x in expected], \
        [(e.type, e.mentions[0].trigger) for e in events]
    for e, x in zip(events, expected):
        assert e.status == x["status"], (e.type, e.status)
        if x["src"]:
            assert x["src"] in _codes(e.source_actors), (e.type, e.source_actors)
        if x["tgt"]:
            assert x["tgt"] in _codes(e.target_actors), (e.type, e.target_actors)
        if x["place"]:
            assert e.location is not None and e.location.name == x["place"], e.location
        elif x["no_place"]:
            assert e.location is None, e.location
        if x["day"]:
            assert e.date.start == date.fromisoformat(x["day"]) == e.date.end
        if x["dead"] is not None:
            assert e.fatalities is not None and e.fatalities.count == x["dead"]
        if x["claimed"]:
            assert x["claimed"] in _codes(e.claimed_by)
        m = e.mentions[0]
        assert text[m.start:m.end] == m.sentence and m.trigger in m.sentence
