"""Tolls in wire-copy sentences: what the extraction engine relies on from resolve/quantities.

Each case lists the mentions expected, in order. A field an expectation leaves out must have its
default: a single event's toll is not cumulative, not updated, not approximate, and names
neither civilians nor combatants unless the sentence does.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronique.errors import LanguageDataError
from chronique.records import Toll
from chronique.lang import load
from chronique.resolve.quantities import TollMention, find_tolls, parse_number, to_toll
from chronique.resolve.quantity_lexicon import Lexicon

NNBSP, NBSP = "\u202f", "\u00a0"


def T(kind: str, count: int, **kw) -> dict:
    return {"kind": kind, "count": count, **kw}


DEFAULTS = {"min": None, "max": None, "approximate": False, "cumulative": False,
            "civilian": None, "updated": False}

FR = [
    ("La tour de télévision a été touchée dans la capitale ukrainienne, faisant 5 morts.",
     [T("dead", 5)]),
    ("A Kharkiv, le bilan des frappes s’élève en deux jours à 29 morts.",
     [T("dead", 29, cumulative=True)]),
    ("Les autorités ukrainiennes ont annoncé que 2.000 civils ont été tués depuis le début de "
     "l’offensive russe.", [T("dead", 2000, cumulative=True, civilian=True)]),
    ("Frappe russe sur Krementchouk : Le bilan monte à 20 morts et 59 blessés",
     [T("dead", 20, updated=True), T("injured", 59, updated=True)]),
    ("Dans un dernier bilan, les autorités ont annoncé la mort de 28 personnes, dont une à "
     "l'hôpital.", [T("dead", 28, updated=True)]),
    ("Au moins 35 personnes ont été tuées et plus de 80 blessées samedi dans un double "
     "attentat-suicide à Bagdad, ont indiqué des sources médicales et sécuritaires.",
     [T("dead", 35), T("injured", 80)]),
    ("Selon un bilan provisoire communiqué par la protection civile, l'effondrement de "
     "l'immeuble de six étages a fait une dizaine de morts.",
     [T("dead", 10, approximate=True)]),
    ("L'attaque, perpétrée par une centaine d'hommes armés à moto, a coûté la vie à 41 "
     "villageois, a annoncé dimanche le gouverneur de la région.",
     [T("dead", 41, civilian=True)]),
    ("La police a interpellé 147 personnes en marge des manifestations contre la réforme des "
     "retraites, dont 81 à Paris, selon le ministère de l'Intérieur.", [T("arrested", 147)]),
    (f"Quelque 2{NNBSP}500 soldats russes ont été tués depuis le 24 février, selon "
     "l'état-major ukrainien, un chiffre invérifiable de source indépendante.",
     [T("dead", 2500, approximate=True, cumulative=True, civilian=False)]),
    ("Le naufrage de l'embarcation, qui transportait près de 400 migrants, a fait au moins 79 "
     "morts et des centaines de disparus, selon les garde-côtes grecs.",
     [T("dead", 79), T("missing", 100, approximate=True)]),
    ("Trois policiers ont été légèrement blessés lors d'affrontements avec des manifestants, "
     "et 12 personnes ont été placées en garde à vue.",
     [T("injured", 3, civilian=False), T("arrested", 12)]),
    (f"Le président ukrainien a affirmé mardi que près de 1{NBSP}300 militaires ukrainiens "
     "avaient été tués depuis le début de l'invasion russe.",
     [T("dead", 1300, approximate=True, cumulative=True, civilian=False)]),
    # One day is not a multi-day toll (CODING.md: cumulative = running totals and multi-day).
    ("Les frappes israéliennes ont tué 18 Palestiniens, dont sept enfants, au cours des "
     "dernières 24 heures, selon le ministère de la Santé du Hamas.",
     [T("dead", 18, civilian=True, cumulative=False)]),
    ("L'explosion a fait deux morts et une quinzaine de blessés, dont quatre grièvement, selon "
     "les pompiers.", [T("dead", 2), T("injured", 15, approximate=True)]),
    ("Le bilan de l'attaque jihadiste contre le camp militaire s'est alourdi à 29 soldats "
     "tués, a annoncé l'armée malienne.", [T("dead", 29, updated=True, civilian=False)]),
    ("Un soldat français a été tué vendredi au Mali, portant à 58 le nombre de militaires "
     "français morts au Sahel depuis 2013.",
     [T("dead", 1, civilian=False),
      T("dead", 58, cumulative=True, updated=True, civilian=False)]),
    ("Le séisme de magnitude 7,8 a fait plus de 50 000 morts en Turquie et en Syrie.",
     [T("dead", 50000)]),
    ("Le bilan de la tuerie s'élève à 12 victimes, a indiqué le parquet.", [T("dead", 12)]),
    ("Un enfant de 12 ans a été tué et une vingtaine d'autres personnes blessées dans le "
     "bombardement de la gare.",
     [T("dead", 1, civilian=True), T("injured", 20, approximate=True)]),
    ("Au moins 12 personnes, dont trois enfants, ont été tuées lundi dans une frappe sur "
     "Odessa.", [T("dead", 12, civilian=True)]),
    ("Entre 20 et 30 manifestants ont été interpellés samedi à Paris, selon la préfecture.",
     [T("arrested", 20, min=20, max=30)]),
    ("Le bilan est passé de 20 à 28 morts, selon les secours.", [T("dead", 28, updated=True)]),
    ("Des dizaines de personnes ont été portées disparues après le naufrage au large de la "
     "Libye.", [T("missing", 12, approximate=True)]),
    ("Trois soldats ont été tués et deux autres blessés dans l'explosion d'une mine au passage "
     "de leur véhicule.", [T("dead", 3, civilian=False), T("injured", 2)]),
    ("Deux ou trois personnes ont été blessées par balle dans la nuit de samedi à dimanche à "
     "Marseille.", [T("injured", 2, min=2, max=3)]),
    ("Plusieurs dizaines de manifestants ont été interpellés en fin de journée, a annoncé le "
     "ministre de l'Intérieur, qui a fait état de 441 policiers et gendarmes blessés.",
     [T("arrested", 12, approximate=True), T("injured", 441, civilian=False)]),
    ("L'attaque a fait vingt et un morts, selon un bilan officiel.", [T("dead", 21)]),
    ("Ils étaient quatre-vingts à avoir été placés en garde à vue à l'issue de la soirée.",
     [T("arrested", 80)]),
    ("Une femme a été tuée et son mari grièvement blessé lors de l'attaque de leur ferme.",
     [T("dead", 1, civilian=True)]),
    ("Quatre-vingt-dix-sept personnes ont péri dans l'incendie de la discothèque, selon un "
     "nouveau bilan.", [T("dead", 97, updated=True)]),
    ("Soixante-dix civils ont perdu la vie dans les bombardements de la semaine dernière.",
     [T("dead", 70, civilian=True)]),
    ("Le Hamas a lancé une attaque sans précédent contre Israël le 7 octobre, qui a fait "
     "quelque 1 200 morts, selon les autorités israéliennes.",
     [T("dead", 1200, approximate=True)]),
    ("De 30 à 40 personnes auraient été tuées dans l'attaque du village de Solhan, dans le "
     "nord du Burkina Faso.", [T("dead", 30, min=30, max=40)]),
    ("Plusieurs personnes ont été blessées, dont deux grièvement, lors de l'effondrement d'un "
     "balcon.", [T("injured", 3, approximate=True)]),
    ("Une dizaine de jihadistes ont été « neutralisés » et quatre soldats tués, a annoncé "
     "l'état-major.",
     [T("dead", 10, approximate=True, civilian=False), T("dead", 4, civilian=False)]),
    ("Quelques manifestants ont été interpellés en fin de cortège.",
     [T("arrested", 3, approximate=True)]),
    ("Le dernier bilan fait état de 1,5 million de déplacés et de 3 000 morts.",
     [T("dead", 3000, updated=True)]),
    ("La mort d'une personne a été confirmée par les secours, et deux autres sont portées "
     "disparues.", [T("dead", 1), T("missing", 2)]),
    ("En une semaine, les violences ont fait 150 morts et plus de 1 000 blessés dans la "
     "capitale, selon l'ONU.",
     [T("dead", 150, cumulative=True), T("injured", 1000, cumulative=True)]),
    ("Vingt-cinq manifestants ont été arrêtés et une centaine d'autres placés en garde à vue, "
     "a précisé le parquet.", [T("arrested", 25), T("arrested", 100, approximate=True)]),
    ("Le nombre de morts a grimpé à 43, a annoncé le ministère de la Santé, qui compte "
     "également 120 blessés.", [T("dead", 43, updated=True), T("injured", 120)]),
    ("Depuis Kiev, le président Zelensky a annoncé que 5 personnes avaient été tuées dans la "
     "nuit.", [T("dead", 5)]),
    # A "depuis" that opens a clause telling one past day leaves that day's toll alone.
    ("Au moins 3 000 personnes ont été tuées à Gaza depuis le 7 octobre, quand le Hamas a tué "
     "1 200 personnes en Israël.", [T("dead", 3000, cumulative=True), T("dead", 1200)]),
    ("Le bombardement a tué un civil et blessé trois autres, selon le gouverneur régional.",
     [T("dead", 1, civilian=True), T("injured", 3)]),
    ("Les combats ont fait « des dizaines de morts » parmi les civils, a déclaré le "
     "porte-parole.", [T("dead", 12, approximate=True, civilian=True)]),
    ("Selon l'OMS, le choléra a tué 1 600 personnes en trois mois dans le pays.",
     [T("dead", 1600, cumulative=True)]),
    ("L'armée affirme avoir « neutralisé » plus de 40 terroristes lors d'une opération dans "
     "la région de Mopti.", [T("dead", 40, civilian=False)]),
    ("Un mort et trois blessés dans une fusillade à Marseille", [T("dead", 1), T("injured", 3)]),
]

FR_NONE = [
    # a part of the victims, not the toll
    "Deux Belges figurent parmi les morts, selon le ministère des Affaires étrangères.",
    "Trois enfants sont parmi les victimes de l'effondrement.",
    "Les ministres des Affaires étrangères des 27 États membres de l'UE se réuniront à nouveau "
    "en urgence vendredi à 15 heures sur l'invasion de l'Ukraine par la Russie, a annoncé "
    "mercredi le chef de la diplomatie européenne Josep Borrell.",
    "Vendredi en matinée, les ministres des Affaires étrangères des 30 États membres de l'OTAN "
    "doivent déjà se retrouver au siège de l'Alliance, à Evere (Bruxelles).",
    "Des émissaires ukrainiens se dirigeaient d'ores et déjà vers \"le lieu des négociations\" "
    "au Bélarus pour une deuxième session de discussions, a annoncé la présidence ukrainienne.",
    "Au total, 440 personnes (dont 14 psychologues) et 70 unités ont été impliquées dans les "
    "opérations de sauvetage, a ajouté le service d'urgence de l'État ukrainien.",
    "À Krementchouk, une période de deuil de trois jours, ces 28, 29 et 30 juin, a été décrétée "
    "pour les personnes tuées dans le centre commercial.",
    "Comme Ukrinform l’a déjà relevé, le 27 juin, un centre commercial de Krementchouk, une "
    "ville dans la région de Poltava (centre de l’Ukraine), a été touché par des roquettes.",
    "D’après le président ukrainien Volodymyr Zelensky, plus de 1000 personnes se trouvaient à "
    "l'intérieur.",
    "La Russie a tiré 80 missiles et 24 drones sur l'Ukraine dans la nuit, dont 70 ont été "
    "abattus, selon l'armée de l'air.",
    "Le Conseil de sécurité a adopté la résolution 2334 par 14 voix pour et une abstention.",
    "L'un des blessés, un adolescent de 15 ans, est toujours dans un état grave, a précisé le "
    "procureur.",
    "La manifestation a réuni entre 2 000 et 3 000 personnes selon la police, 10 000 selon les "
    "organisateurs.",
    "Trois jours de deuil national ont été décrétés après la mort de l'ancien président, âgé de "
    "86 ans.",
    "Le taux de chômage a reculé de 0,3 point à 7,1 % au troisième trimestre, selon l'Insee.",
    "Le tribunal a condamné 12 militants à des peines de 5 à 10 ans de prison.",
    "Israël a libéré 39 prisonniers palestiniens en échange de 13 otages.",
    "Un des deux suspects a été interpellé mardi, l'autre est toujours en fuite.",
]

EN = [
    ("Ukraine Says Missile Strike Kills 50 People at Train Station", [T("dead", 50)]),
    ("A missile hit a train station Friday where thousands of people had gathered to flee "
     "Russian attacks in eastern Ukraine, killing at least 50 people, Ukrainian officials said.",
     [T("dead", 50)]),
    ("Dozens more were injured.", [T("injured", 12, approximate=True)]),
    ("It was the deadliest chemical attack since August 2013, when sarin killed 1,400 people "
     "near Damascus.", [T("dead", 1400)]),
    ("At least 35 people were killed and more than 80 wounded on Saturday in twin suicide "
     "bombings in central Baghdad, security and medical sources said.",
     [T("dead", 35), T("injured", 80)]),
    ("Gunmen stormed a church in the town of Owo, killing dozens of worshippers including "
     "women and children, a local lawmaker said.",
     [T("dead", 12, approximate=True, civilian=True)]),
    ("The blast, which tore through a crowded market in the capital, left 12 dead and 40 "
     "injured, the health ministry said in a statement.", [T("dead", 12), T("injured", 40)]),
    ("Israeli strikes killed 18 Palestinians, including seven children, over the past 24 hours, "
     "according to the Hamas-run health ministry.",
     [T("dead", 18, civilian=True, cumulative=True)]),
    ("Police detained more than 1,300 people at anti-war protests in 53 Russian cities on "
     "Sunday, according to OVD-Info, bringing the total number of arrests since the invasion "
     "began to over 13,000.", [T("arrested", 1300), T("arrested", 13000, cumulative=True)]),
    ("Two Ukrainian soldiers were killed and three were wounded overnight, the military said, "
     "as Russian forces fired 40 rockets at positions near Bakhmut.",
     [T("dead", 2, civilian=False), T("injured", 3)]),
    ("The bodies of 410 civilians have been removed from towns around Kyiv, Ukraine's "
     "Prosecutor-General Iryna Venediktova said on Sunday.", [T("dead", 410, civilian=True)]),
    ("A Russian missile attack on a residential building in the city of Dnipro killed 45 "
     "people, among them six children, officials said on Tuesday.",
     [T("dead", 45, civilian=True)]),
    ("The UN human rights office said it had recorded 3,455 civilian deaths and 3,752 injuries "
     "in Ukraine since the start of the war, but believes the real figures are higher.",
     [T("dead", 3455, civilian=True, cumulative=True), T("injured", 3752, cumulative=True)]),
    ("Around 20 people were arrested after clashes with police in Paris, where some 10,000 "
     "demonstrators marched against the pension reform.",
     [T("arrested", 20, approximate=True)]),
    ("Between 1,000 and 2,000 people have been killed in fighting in the Tigray region in the "
     "past two weeks, according to aid agencies.",
     [T("dead", 1000, min=1000, max=2000, cumulative=True)]),
    ("The earthquake killed more than 50,000 people in Turkey and Syria.", [T("dead", 50000)]),
    ("Four members of the same family, including two children, died when their house "
     "collapsed.", [T("dead", 4, civilian=True)]),
    ("A police officer was shot dead and two others were wounded in the attack on a "
     "checkpoint, the interior ministry said.",
     [T("dead", 1, civilian=False), T("injured", 2)]),
    ("The attack left at least three people dead, and about a dozen were taken to hospital.",
     [T("dead", 3)]),
    ("Hundreds of protesters were detained, and scores more were injured in clashes.",
     [T("arrested", 100, approximate=True), T("injured", 20, approximate=True)]),
    ("The death toll from Saturday's missile strike on an apartment block in Dnipro rose to 40 "
     "on Sunday, regional officials said.", [T("dead", 40, updated=True)]),
    ("More than 2,000 migrants are estimated to have drowned in the Mediterranean so far this "
     "year.", [T("dead", 2000, cumulative=True)]),
    ("A 23-year-old man was killed and a woman was seriously injured when a drone hit their "
     "car in Kherson.", [T("dead", 1), T("injured", 1, civilian=True)]),
    ("One person died and between 20 and 30 were hurt when the stand collapsed.",
     [T("dead", 1), T("injured", 20, min=20, max=30)]),
    ("At least 12 people, including three children, were killed in the strike, which also "
     "injured about two dozen others.",
     [T("dead", 12, civilian=True), T("injured", 24, approximate=True)]),
    ("The strike killed 12 and wounded 30, the governor said.",
     [T("dead", 12), T("injured", 30)]),
    ("Some 200 soldiers were killed in the fighting on June 27, 28 and 29, the ministry said "
     "on Friday.", [T("dead", 200, approximate=True, civilian=False)]),
    ("Ten years after the 2013 Rana Plaza collapse that killed 1,134 garment workers, "
     "survivors are still waiting for compensation.", [T("dead", 1134)]),
    ("The latest toll stands at 73 dead and more than 300 injured, according to the civil "
     "defence.", [T("dead", 73, updated=True), T("injured", 300, updated=True)]),
    ("Twenty-five people were taken into custody after the match, police said.",
     [T("arrested", 25)]),
    ("Several journalists were briefly detained while covering the protest in Minsk.",
     [T("arrested", 3, approximate=True)]),
    ("A few hundred people remain missing after the floods, officials said.",
     [T("missing", 100, approximate=True)]),
    ("Rebels killed two hundred and fifty villagers in a series of attacks in the east over "
     "the past week, the UN said.", [T("dead", 250, civilian=True, cumulative=True)]),
    ("Tens of thousands of civilians have been killed since the war began in 2011.",
     [T("dead", 10000, approximate=True, civilian=True, cumulative=True)]),
    ("A dozen soldiers were wounded in the ambush, two of them seriously.",
     [T("injured", 12, approximate=True, civilian=False)]),
    ("Nearly 300 people died when the ferry capsized off the coast.",
     [T("dead", 300, approximate=True)]),
    ("The clashes left 5 to 10 people dead, witnesses said.", [T("dead", 5, min=5, max=10)]),
    ("Security forces shot dead at least 15 protesters on Saturday, a rights group said, "
     "bringing to 82 the number of people killed since the coup.",
     [T("dead", 15), T("dead", 82, cumulative=True)]),
    ("On June 27, 12 people were killed in a strike on a shopping centre in Kremenchuk.",
     [T("dead", 12)]),
    ("Two people were killed and 14 injured in a Russian strike on Odesa on Monday, according "
     "to the regional governor Oleh Kiper.", [T("dead", 2), T("injured", 14)]),
    ("Officials said 9 people had been arrested in connection with the attack.",
     [T("arrested", 9)]),
    ("The number of dead has risen to 112, with 350 still unaccounted for.",
     [T("dead", 112, updated=True), T("missing", 350)]),
    ("Five people have been arrested so far, police said.",
     [T("arrested", 5, cumulative=True)]),
    ("At 3am, a second explosion rocked the building, injuring one firefighter.",
     [T("injured", 1)]),
    ("A second person has died in hospital, bringing the death toll from Friday's knife "
     "attack to two.", [T("dead", 2, updated=True)]),
    ("Protests have been held in 40 cities since the death of Mahsa Amini in September, with "
     "at least 326 people killed by security forces, according to Iran Human Rights.",
     [T("dead", 326, cumulative=True)]),
]

EN_NONE = [
    # a part of the victims, not the toll
    "Americans, Dutch nationals and a Peruvian woman were among the dead or wounded.",
    "Two Britons were among those killed, the Foreign Office said.",
    "About 4,000 civilians were in and around the station, the office of Ukraine's "
    "prosecutor-general said.",
    "It added that most of the victims were women and children trying to leave the area.",
    "Abramovich and Deripaska among seven Oligarchs targeted in estimated £15bn sanction hit",
    "Foreign Secretary Liz Truss has today (Thursday 10 March) announced a full asset freeze "
    "and travel ban on seven of Russia’s wealthiest and most influential oligarchs.",
    "The ministers of the 27 member states will meet in Brussels on March 4 at 3 p.m. to "
    "discuss a sixth package of sanctions worth 15 billion euros.",
    "The 32-year-old suspect, who had been under surveillance since 2019, was arrested in a "
    "raid on his flat.",
    "No one was killed in the attack, officials said.",
    "Hundreds of thousands of people have fled since the fighting began.",
    "A missile hit a train station Friday where thousands of people had gathered to flee "
    "Russian attacks in eastern Ukraine.",
    "One of the wounded, a 15-year-old boy, remains in critical condition.",
    "Russia fired 83 missiles at Ukrainian cities on Monday, and air defences shot down 43 of "
    "them.",
    "Turnout was 67 percent, with 1.2 million votes cast in the capital.",
    "The G7 leaders met for three days at the summit in Hiroshima.",
    "COVID-19 restrictions were lifted in 2022 for the 5 million residents of the city.",
    "Nine of the 12 hostages were released on Tuesday.",
    "The bill passed by 310 votes to 206.",
]


def _check(text: str, lang: str, expected: list[dict]) -> None:
    found = find_tolls(text, lang)
    assert len(found) == len(expected), [(m.kind, m.count, m.text) for m in found]
    for m, exp in zip(found, expected):
        want = {**DEFAULTS, **exp}
        got = {k: getattr(m, k) for k in want}
        assert got == want, m.text
        # offsets point into the sentence given, the number inside the mention
        assert text[m.start:m.end] == m.text
        assert m.start <= m.number_start < m.number_end <= m.end


@pytest.mark.parametrize("text,expected", FR)
def test_find_tolls_fr(text, expected):
    _check(text, "fr", expected)


@pytest.mark.parametrize("text,expected", EN)
def test_find_tolls_en(text, expected):
    _check(text, "en", expected)


@pytest.mark.parametrize("text", FR_NONE)
def test_no_toll_fr(text):
    assert find_tolls(text, "fr") == []


@pytest.mark.parametrize("text", EN_NONE)
def test_no_toll_en(text):
    assert find_tolls(text, "en") == []


@pytest.mark.parametrize("text,lang,number", [
    ("Le bilan monte à 28 morts", "fr", "28"),
    ("killing at least 50 people", "en", "50"),
    ("Au moins une vingtaine de personnes ont été blessées", "fr", "une vingtaine"),
    ("between 20 and 30 were hurt", "en", "20 and 30"),
])
def test_number_offsets(text, lang, number):
    (m,) = find_tolls(text, lang)
    assert text[m.number_start:m.number_end] == number


NUMBERS = [
    ("2.000", "fr", 2000), ("2 000", "fr", 2000), (f"2{NNBSP}000", "fr", 2000),
    (f"12{NBSP}500", "fr", 12500), ("2,000", "en", 2000), ("1,234,567", "en", 1234567),
    ("1,5 million", "fr", 1500000), ("1.5 million", "en", 1500000),
    ("3 millions", "fr", 3000000), ("cinq", "fr", 5), ("deux mille", "fr", 2000),
    ("vingt et un", "fr", 21), ("vingt-trois", "fr", 23), ("soixante-dix", "fr", 70),
    ("soixante et onze", "fr", 71), ("quatre-vingts", "fr", 80),
    ("quatre-vingt-dix", "fr", 90), ("quatre-vingt-dix-sept", "fr", 97),
    ("deux cent trois", "fr", 203), ("trois cent mille", "fr", 300000),
    ("deux mille cinq cents", "fr", 2500), ("une vingtaine", "fr", 20),
    ("une dizaine", "fr", 10), ("une centaine", "fr", 100), ("des dizaines", "fr", 12),
    ("des centaines", "fr", 100), ("des milliers", "fr", 1000), ("plusieurs", "fr", 3),
    ("quelques", "fr", 3), ("Une", "fr", 1),
    ("twenty-five", "en", 25), ("twenty-one", "en", 21), ("a hundred", "en", 100),
    ("two hundred", "en", 200), ("two hundred and fifty", "en", 250),
    ("one thousand", "en", 1000), ("a dozen", "en", 12), ("two dozen", "en", 24),
    ("dozens", "en", 12), ("hundreds", "en", 100), ("thousands", "en", 1000),
    ("tens of thousands", "en", 10000), ("several", "en", 3), ("a few", "en", 3),
    ("a number of", "en", 3), ("20-30", "en", 20), ("Seventy", "en", 70),
]


@pytest.mark.parametrize("text,lang,value", NUMBERS)
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text,lang", [
    ("2,5", "fr"), ("deuxième", "fr"), ("quinzaine de jours", "fr"), ("bilan", "fr"),
    ("second", "en"), ("two and three", "en"), ("£15bn", "en"), ("27th", "en"),
    ("twenty-five", "fr"), ("cinq", "en"),
])
def test_parse_number_rejects(text, lang):
    assert parse_number(text, lang) is None


def test_to_toll_carries_the_range_and_flags():
    (m,) = find_tolls("Entre 20 et 30 civils ont été tués depuis lundi à Khartoum.", "fr")
    toll = to_toll(m)
    assert isinstance(toll, Toll) and isinstance(m, TollMention)
    assert (toll.count, toll.min, toll.max, toll.cumulative, toll.civilian) == (20, 20, 30, True,
                                                                               True)
    assert toll.to_dict()["text"] == "Entre 20 et 30 civils ont été tués"


def test_unknown_language_is_an_error():
    with pytest.raises(LanguageDataError):
        find_tolls("50 morts", "xx")


def test_word_lists_must_be_strings():
    # a bare `no` in YAML is a boolean; the loader must say so rather than match nothing
    data = dict(load("en")["quantities"])
    data["units"] = ["years", False]
    with pytest.raises(LanguageDataError, match="units"):
        Lexicon("en", data)

_PIECES = st.sampled_from([
    "20", "2.000", "1,5", "million", "deux", "vingt-trois", "une vingtaine", "dozens", "a", "un",
    "morts", "blessés", "killed", "injured", "personnes", "people", "au moins", "at least", ",",
    ".", "-", "'", "« ", "entre", "et", "and", "to", "à", "juin", "June", "ans", "years",
    "le bilan", "death toll", "rose to", "depuis", "since", "dont", "including", "İ", "\u202f",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.sampled_from(["fr", "en"]))
def test_any_text_gives_well_formed_mentions(pieces, lang):
    text = " ".join(pieces)
    for m in find_tolls(text, lang):
        assert text[m.start:m.end] == m.text
        assert m.kind in ("dead", "injured", "arrested", "missing") and m.count >= 0
        assert m.min is None or m.min == m.count <= m.max
