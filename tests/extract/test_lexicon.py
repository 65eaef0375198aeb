"""The trigger lexicons (`lang/fr/triggers.yaml`, `lang/en/triggers.yaml`) on wire-copy phrasing:
each sentence names one event in the words of a news agency and must yield that PLOVER type; each
look-alike ("grève de la faim", "riot police", "press conference", "struck a deal", missiles
fired into the sea, a jailbreak that "frees" inmates) must not yield the type it resembles."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-15"

# (language, sentence, PLOVER type that must be among the events found)
FOUND = [
    # French
    ("fr", "La Russie a lancé dans la nuit 14 missiles sur Kiev, a indiqué l'armée de l'air ukrainienne.",
     "ASSAULT"),
    ("fr", "La Corée du Nord a tiré mardi deux missiles balistiques en mer du Japon.", "MOBILIZE"),
    ("fr", "Le Hezbollah a tiré des dizaines de roquettes sur le nord d'Israël lundi.", "ASSAULT"),
    ("fr", "Plusieurs missiles se sont abattus mardi sur le centre de Kharkiv.", "ASSAULT"),
    ("fr", "Les rebelles se sont emparés de la ville de Goma dimanche.", "ASSAULT"),
    ("fr", "Les jihadistes ont fait sauter un pont près de Gao.", "ASSAULT"),
    ("fr", "Des hommes armés ont pris pour cible un convoi de l'armée malienne près de Mopti.",
     "ASSAULT"),
    ("fr", "Le député a été passé à tabac par des inconnus à Erevan.", "ASSAULT"),
    ("fr", "Des pirates ont détourné un navire marchand au large de la Somalie.", "ASSAULT"),
    ("fr", "Des échanges de tirs ont éclaté lundi près de l'aéroport de Port-au-Prince.",
     "ASSAULT"),
    ("fr", "Des heurts ont opposé lundi à Dakar des manifestants aux forces de l'ordre.",
     "ASSAULT"),
    ("fr", "La police a fait usage de gaz lacrymogène contre les manifestants à Tbilissi.",
     "ASSAULT"),
    ("fr", "L'armée a lancé mardi une opération militaire contre les rebelles dans le Nord-Kivu.",
     "ASSAULT"),
    ("fr", "Le président s'est entretenu par téléphone avec son homologue ukrainien.", "CONSULT"),
    ("fr", "Emmanuel Macron a reçu mardi à l'Elysée son homologue kényan.", "CONSULT"),
    ("fr", "Le ministre doit se rendre dans la capitale ukrainienne jeudi.", "CONSULT"),
    ("fr", "Le Qatar a proposé sa médiation entre Israël et le Hamas.", "CONSULT"),
    ("fr", "La Russie a reconnu l'indépendance des deux républiques séparatistes.", "SUPPORT"),
    ("fr", "Le président a rendu hommage aux soldats tués au Mali.", "SUPPORT"),
    ("fr", "Le Premier ministre a demandé pardon aux victimes.", "CONCEDE"),
    ("fr", "L'Algérie a annoncé dimanche l'ouverture de son espace aérien aux vols humanitaires.",
     "CONCEDE"),
    ("fr", "Les syndicats ont suspendu la grève dans les raffineries.", "CONCEDE"),
    ("fr", "Les deux pays ont décidé de partager leurs renseignements sur les réseaux jihadistes.",
     "COOPERATE"),
    ("fr", "La France va former des pilotes ukrainiens sur des avions de combat.", "COOPERATE"),
    ("fr", "Le Japon va verser 500 millions de dollars à l'Ukraine.", "AID"),
    ("fr", "Des avions jordaniens ont largué de l'aide alimentaire sur Gaza.", "AID"),
    ("fr", "L'Arménie doit restituer à l'Azerbaïdjan les districts d'Agdam et de Latchine.",
     "RETREAT"),
    ("fr", "Les rebelles ont déposé les armes dimanche.", "RETREAT"),
    ("fr", "Les syndicats ont levé leurs barrages sur l'autoroute A7.", "RETREAT"),
    ("fr", "Le Conseil de sécurité a mis en demeure la junte de libérer le président.", "REQUEST"),
    ("fr", "La Russie a convoqué l'ambassadeur de France à Moscou.", "ACCUSE"),
    ("fr", "Le G7 a haussé le ton face à Pékin samedi.", "ACCUSE"),
    ("fr", "Tokyo a élevé une protestation diplomatique auprès de Pékin.", "ACCUSE"),
    ("fr", "Selon Paris, les Houthis portent l'entière responsabilité de l'escalade.", "ACCUSE"),
    ("fr", "Le gouvernement a balayé les accusations de l'opposition.", "REJECT"),
    ("fr", "L'opposition a contesté les résultats de l'élection présidentielle.", "REJECT"),
    ("fr", "Le président nigérian a prévenu que le recours à la force n'était pas exclu.",
     "THREATEN"),
    ("fr", "Les Houthis ont promis de riposter aux frappes américaines.", "THREATEN"),
    ("fr", "Des milliers de Géorgiens sont descendus dans la rue à Tbilissi dimanche.", "PROTEST"),
    ("fr", "Les cheminots sont en grève depuis lundi contre la réforme.", "PROTEST"),
    ("fr", "Des agriculteurs ont bloqué plusieurs autoroutes autour de Paris.", "PROTEST"),
    ("fr", "Des étudiants ont occupé l'université de Dakar mardi.", "PROTEST"),
    ("fr", "Un tribunal a condamné mardi l'ancien président à cinq ans de prison.", "SANCTION"),
    ("fr", "Le Mali a rompu ses relations diplomatiques avec l'Ukraine.", "SANCTION"),
    ("fr", "Washington a suspendu son partenariat stratégique avec la Géorgie.", "SANCTION"),
    ("fr", "La Cédéao a ordonné l'activation de sa force en attente.", "MOBILIZE"),
    ("fr", "La Russie a rappelé des milliers de réservistes.", "MOBILIZE"),
    ("fr", "La junte a coupé internet dans tout le pays.", "COERCE"),
    ("fr", "Le gouvernement a dissous le principal parti d'opposition.", "COERCE"),
    ("fr", "La marine a intercepté un navire chargé d'armes au large du Yémen.", "COERCE"),
    ("fr", "L'opposant a été assigné à résidence à Dakar.", "COERCE"),
    ("fr", "Les deux pays ont scellé un accord de paix à Washington.", "AGREE"),
    ("fr", "Les belligérants se sont entendus sur un cessez-le-feu de trois jours.", "AGREE"),
    ("fr", "Le Niger a dénoncé les accords militaires qui le liaient à la France.", "SANCTION"),
    ("fr", "La France a retiré son ambassadeur au Niger.", "SANCTION"),
    ("fr", "Le président a tiré à boulets rouges sur le gouvernement.", "ACCUSE"),
    ("fr", "L'ancien ministre a été mis en examen pour corruption.", "ACCUSE"),
    ("fr", "La police a réalisé un vaste coup de filet dans les milieux jihadistes.", "COERCE"),
    ("fr", "Des manifestants ont vandalisé la mairie de Nouméa.", "PROTEST"),
    ("fr", "L'armée a renforcé sa présence militaire à la frontière.", "MOBILIZE"),
    ("fr", "La France a débloqué une enveloppe de 10 millions d'euros pour les sinistrés.", "AID"),
    # English
    ("en", "Russia launched 14 missiles at Kyiv overnight, the Ukrainian air force said.",
     "ASSAULT"),
    ("en", "North Korea fired two ballistic missiles into the sea off its east coast on Tuesday.",
     "MOBILIZE"),
    ("en", "Hezbollah fired dozens of rockets at northern Israel on Monday.", "ASSAULT"),
    ("en", "Rockets rained down on the city for hours.", "ASSAULT"),
    ("en", "The rebels seized control of the airport on Sunday.", "ASSAULT"),
    ("en", "Insurgents overran an army outpost near the border.", "ASSAULT"),
    ("en", "Gunmen mowed down worshippers outside the mosque.", "ASSAULT"),
    ("en", "The opposition lawmaker was beaten to death in Dhaka.", "ASSAULT"),
    ("en", "Pirates hijacked a merchant ship off the coast of Somalia.", "ASSAULT"),
    ("en", "Police fired tear gas at protesters in Nairobi on Tuesday.", "ASSAULT"),
    ("en", "Militants blew up a bridge near Kandahar.", "ASSAULT"),
    ("en", "The army launched a military operation against the rebels in North Kivu.", "ASSAULT"),
    ("en", "President Macron sat down with Chinese leader Xi Jinping in Paris on Monday.",
     "CONSULT"),
    ("en", "Qatar mediated talks between the two sides in Doha.", "CONSULT"),
    ("en", "Blinken spoke by phone with his Turkish counterpart on Sunday.", "CONSULT"),
    ("en", "Russia recognized the independence of the two breakaway regions.", "SUPPORT"),
    ("en", "Burkina Faso and Niger pledged to stand by Bamako.", "SUPPORT"),
    ("en", "The government relaxed the curfew in the capital on Monday.", "CONCEDE"),
    ("en", "The unions called off the strike after talks with the government.", "CONCEDE"),
    ("en", "US forces were sharing intelligence with the Taliban.", "COOPERATE"),
    ("en", "Britain will train Ukrainian pilots on F-16 jets.", "COOPERATE"),
    ("en", "The United States will provide Ukraine with five air defence systems.", "AID"),
    ("en", "Jordanian planes dropped food aid over Gaza on Tuesday.", "AID"),
    ("en", "Prime Minister Vucevic stepped down on Tuesday.", "RETREAT"),
    ("en", "Armenia handed back the Agdam district to Azerbaijan on Friday.", "RETREAT"),
    ("en", "The rebels laid down their arms on Sunday.", "RETREAT"),
    ("en", "Iran freed five Americans on Monday.", "RETREAT"),
    ("en", "The families pleaded for the release of the hostages.", "REQUEST"),
    ("en", "Washington is seeking the extradition of the businessman.", "REQUEST"),
    ("en", "China summoned the US ambassador on Friday.", "ACCUSE"),
    ("en", "Tokyo lodged a protest with Beijing through diplomatic channels.", "ACCUSE"),
    ("en", "The president lashed out at the opposition on Monday.", "ACCUSE"),
    ("en", "The White House said the responsibility for the deaths rests with Hamas.", "ACCUSE"),
    ("en", "The military council scrapped all previous agreements with the opposition.", "REJECT"),
    ("en", "The minister turned down the invitation to the summit.", "REJECT"),
    ("en", "Biden vowed to hunt down the attackers.", "THREATEN"),
    ("en", "Moscow would respond with military measures, the deputy foreign minister said.",
     "THREATEN"),
    ("en", "ECOWAS said the measures may include the use of force.", "THREATEN"),
    ("en", "Tens of thousands of people blocked the main junction in Belgrade on Monday.",
     "PROTEST"),
    ("en", "Thousands of people poured into the streets of Dhaka on Monday.", "PROTEST"),
    ("en", "Teachers walked out of classrooms across the country on Monday.", "PROTEST"),
    ("en", "Protesters vandalised a statue of the former president.", "PROTEST"),
    ("en", "India declared Pakistani military advisers persona non grata.", "SANCTION"),
    ("en", "The United States suspended its strategic partnership with Georgia.", "SANCTION"),
    ("en", "Mali cut diplomatic ties with Ukraine on Sunday.", "SANCTION"),
    ("en", "300,000 reservists will be called up, the defence minister said.", "MOBILIZE"),
    ("en", "The Pentagon is moving troops and warships to the region.", "MOBILIZE"),
    ("en", "Police broke up a rally in central Moscow on Wednesday.", "COERCE"),
    ("en", "The authorities shut down the internet across the country.", "COERCE"),
    ("en", "The navy intercepted a tanker in the Gulf of Oman.", "COERCE"),
    ("en", "The opposition leader was placed under house arrest.", "COERCE"),
    ("en", "The two sides clinched a deal on grain exports.", "AGREE"),
    ("en", "Negotiators hammered out an agreement on Sunday.", "AGREE"),
    ("en", "Dock workers have been striking since Monday.", "PROTEST"),
    ("en", "Nurses staged a strike in London on Tuesday.", "PROTEST"),
    ("en", "The withdrawal of the ambassador was announced on Monday.", "SANCTION"),
    ("en", "The government backed down on the pension reform.", "CONCEDE"),
    ("en", "The minister brushed aside the criticism.", "REJECT"),
    ("en", "China fired ballistic missiles into the waters around Taiwan.", "MOBILIZE"),
    ("en", "The police blocked the road to the airport.", "COERCE"),
    ("en", "The World Bank approved a loan of 500 million dollars for Kenya.", "AID"),
]

# (language, sentence, PLOVER type that must not be found; None: no event at all)
NOT_FOUND = [
    # French
    ("fr", "Le ministre a entamé une grève de la faim pour dénoncer sa détention.", "ASSAULT"),
    ("fr", "Le président entretient de bonnes relations avec ses voisins.", "CONSULT"),
    ("fr", "Le gouvernement veut prévenir les incidents lors du sommet.", "THREATEN"),
    ("fr", "Les deux pays sont en conflit ouvert sur les quotas de pêche.", None),
    ("fr", "La ministre a tenu une conférence de presse à Paris.", None),
    ("fr", "Les habitants ont évacué la zone avant l'arrivée de la tempête.", "RETREAT"),
    ("fr", "Les forces ukrainiennes ont libéré la ville de Kherson.", "RETREAT"),
    ("fr", "La Corée du Nord a tiré deux missiles balistiques en mer du Japon.", "ASSAULT"),
    ("fr", "Le parti a été chargé de former un gouvernement de coalition.", "COOPERATE"),
    ("fr", "L'armée de l'air a abattu six missiles et 128 drones.", "ASSAULT"),
    ("fr", "Le ministre a rappelé que la France n'enverrait pas de troupes.", "SANCTION"),
    ("fr", "Les syndicats ont suspendu la grève dans les raffineries.", "SANCTION"),
    ("fr", "Le tribunal a condamné l'ancien président à cinq ans de prison.", "ACCUSE"),
    ("fr", "Les forces de sécurité ont fait usage de leur droit de réserve.", None),
    ("fr", "Le gouvernement a versé des compensations aux familles des victimes.", "AID"),
    ("fr", "La police antiémeute était déployée devant le Parlement.", "ASSAULT"),
    # English
    ("en", "Workers are on a hunger strike at the factory.", "ASSAULT"),
    ("en", "The unions struck a deal with the government.", "ASSAULT"),
    ("en", "The riot police stood in line outside the building.", None),
    ("en", "The minister gave a press conference in London.", "CONSULT"),
    ("en", "The parliament will meet the deadline for the budget.", "CONSULT"),
    ("en", "Several allies wound up their airlifts on Thursday.", "ASSAULT"),
    ("en", "Niger hosts about 1,500 French troops.", "CONSULT"),
    ("en", "The national team beat Brazil on Sunday.", "ASSAULT"),
    ("en", "Armed gangs freed thousands of inmates from the prison.", "RETREAT"),
    ("en", "North Korea fired a ballistic missile into the sea on Tuesday.", "ASSAULT"),
    ("en", "Air raid sirens wailed across the capital on Monday.", "ASSAULT"),
    ("en", "The party will train its sights on the economy.", "COOPERATE"),
    ("en", "The spokesman declined to comment on the report.", "REJECT"),
    ("en", "Communications have been cut across much of the north.", "COERCE"),
    ("en", "The five Iranians had been convicted in the United States.", "SANCTION"),
    ("en", "The ambulance service responded to the call within minutes.", "THREATEN"),
    ("en", "The police blocked the road to the airport.", "PROTEST"),
]


def _types(extract, lang: str, text: str) -> set[str]:
    return {e.type for e in extract(text, published=PUBLISHED, lang=lang)}


@pytest.mark.parametrize("lang,text,expected", FOUND,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_wire_phrasing_finds_its_event_type(extract, lang, text, expected):
    assert expected in _types(extract, lang, text)


@pytest.mark.parametrize("lang,text,forbidden", NOT_FOUND,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_FOUND)])
def test_look_alike_does_not_trigger(extract, lang, text, forbidden):
    types = _types(extract, lang, text)
    if forbidden is None:
        assert types == set()
    else:
        assert forbidden not in types

