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
    # A pledge is the act it promises: aid pledged is AID, its giver the one who commits.
    ("fr", "2020-08-10", "La France s'est engagée dimanche à débloquer 50 millions d'euros d'aide "
                         "d'urgence pour le Liban.",
     [E("AID", src="FRA", tgt="LBN", day="2020-08-09")]),
    ("en", "2020-08-10", "The European Union committed on Sunday to sending 50 million euros in "
                         "humanitarian aid to Lebanon.",
     [E("AID", src="EU", tgt="LBN", day="2020-08-09")]),
    # ... but a text that commits others describes, it pledges nothing.
    ("en", EN, "The agreement commits the two sides to allowing the delivery of humanitarian aid.",
     [E("AGREE")]),
    # Fighting that "opposes" two forces has both on each side.
    ("fr", "2023-04-25", "De violents combats ont opposé lundi l'armée soudanaise aux paramilitaires "
                         "des Forces de soutien rapide à Khartoum.",
     [E("ASSAULT", src="SDN", tgt="SDN", place="Khartoum", day="2023-04-24")]),
    ("en", "2023-04-25", "Fierce fighting pitted the Sudanese army against the Rapid Support Forces "
                         "in Khartoum on Monday.",
     [E("ASSAULT", src="SDN", tgt="SDN", place="Khartoum", day="2023-04-24")]),
    # Who "comes under fire" is its target.
    ("fr", "2023-04-25", "Dimanche, un convoi français a essuyé des tirs près de Khartoum.",
     [E("ASSAULT", tgt="FRA", day="2023-04-23")]),
    # A pronominal verb the parser reads as a passive still has its subject acting.
    ("fr", "2022-11-11", "Les forces russes se sont retirées de Kherson.",
     [E("RETREAT", src="RUS", place="Kherson")]),
    # A withdrawal happens where the troops leave, not where they go.
    ("en", "2020-01-08", "Germany began moving part of its training contingent out of Iraq to "
                         "Jordan on Tuesday.",
     [E("RETREAT", src="DEU", place="Iraq", day="2020-01-07")]),
    # A threat about the future is made now; the speaker of a coordinated verb makes it.
    ("en", "2023-06-25", "Putin called the mutiny treason and said those responsible would face "
                         "inevitable punishment.",
     [E("THREATEN", src="RUS", claimed="RUS")]),
    # A particle the small English model reads as an adverb.
    ("en", "2023-06-25", "Prigozhin ordered his fighters to turn back from their march on Moscow "
                         "late on Saturday.",
     [E("RETREAT", src="RUS", day="2023-06-24")]),
    ("en", "2023-06-25", "Wagner fighters had taken control of the army headquarters in "
                         "Rostov-on-Don by Saturday.",
     [E("ASSAULT", src="RUS", place="Rostov-on-Don")]),
    ("en", "2020-01-08", "The Pentagon has ordered about 3,500 additional paratroopers to Kuwait.",
     [E("MOBILIZE", src="USA", tgt="KWT")]),
    # "accepter de démissionner" is the resignation, on the day it was accepted.
    ("fr", "2022-10-03", "Le lieutenant-colonel Damiba, renversé vendredi par des militaires, a "
                         "accepté dimanche de démissionner au terme d'une médiation.",
     [E("RETREAT", day="2022-10-02")]),
    # Violence by protesters counted by the hundred is a riot.
    ("fr", "2022-10-03", "Dans la foulée, des centaines de manifestants ont incendié des barrières "
                         "de protection devant l'ambassade de France à Ouagadougou.",
     [E("PROTEST", place="Ouagadougou")]),
    ("en", "2023-09-18", "In return, President Joe Biden granted clemency to five Iranians who had "
                         "been charged in the United States.",
     [E("CONCEDE", src="USA")]),
    # The states that asked for a meeting are not where it is held.
    ("fr", "2020-08-19", "Le Conseil de sécurité de l'ONU doit se réunir mercredi à la demande de la "
                         "France et du Niger.",
     [E("CONSULT", "planned", src="UN", place="New York City", day="2020-08-19")]),
    # Planes carrying relief deliver aid; the planes' owner gives it.
    ("en", "2015-04-26", "Indian air force transport planes carrying doctors and tonnes of food "
                         "and medicine landed at Kathmandu airport on Saturday evening.",
     [E("AID", src="IND", place="Kathmandu", day="2015-04-25")]),
    # A verb the parser joins to a noun shares the subject of the verb above it in the same
    # form ("a dénoncé ... et exigé").
    ("fr", "2017-11-16", "Le président en exercice de l'Union africaine, le Guinéen Alpha Condé, a "
                         "dénoncé le même jour ce qui apparaît clairement comme un coup d'Etat et "
                         "exigé le retour immédiat à l'ordre constitutionnel.",
     [E("ACCUSE", src="AU"), E("REQUEST", src="AU")]),
    # "qui" after a title and its name refers to the titled person, not to the bare name.
    ("fr", "2015-05-15", "Le porte-parole de la présidence burundaise, Gervais Abayeho, qui a démenti "
                         "toute fuite du chef de l'Etat, a parlé vendredi.",
     [E("REJECT", src="BDI")]),
    # Who is expelled or released is at the receiving end.
    ("fr", "2019-11-16", "La ministre bolivienne des Affaires étrangères a annoncé vendredi "
                         "l'expulsion de la plupart des diplomates vénézuéliens.",
     [E("SANCTION", src="BOL", tgt="VEN", day="2019-11-15")]),
    ("en", "2023-09-18", "Iran announced the release of five Americans on Monday.",
     [E("RETREAT", src="IRN", tgt="USA", day="2023-09-18")]),
    # The state after "called on", "sanctions on" is the target; a time after "on" is not.
    ("en", EN, "The EU called on Russia to stop the war.",
     [E("REQUEST", src="EU", tgt="RUS", no_place=True)]),
    ("en", EN, "The EU imposed sanctions on Russia on Monday.",
     [E("SANCTION", src="EU", tgt="RUS", day="2022-04-04")]),
    # What a leader calls a strike decides what he does: praise is SUPPORT.
    ("en", "2025-06-14", "U.S. President Donald Trump called the Israeli strikes excellent in "
                         "interviews on Friday.",
     [E("SUPPORT", src="USA", tgt="ISR", day="2025-06-13")]),
    ("fr", "2025-06-14", "Le président américain a qualifié vendredi les frappes israéliennes "
                         "d'excellentes.",
     [E("SUPPORT", src="USA", tgt="ISR", day="2025-06-13")]),
    # A statement is not where the fighting it is told beside goes on.
    ("en", EN, "The European Union condemned the Russian strikes on Tuesday, while fighting went "
               "on in Kharkiv.",
     [E("ACCUSE", src="EU", no_place=True), E("ASSAULT", place="Kharkiv")]),
    # A war named by its place is the war itself; one dated or launched is an event.
    ("fr", FR, "La guerre en Ukraine a fait fuir des millions de personnes.", []),
    ("en", EN, "Russia launched a war against Ukraine on Thursday.",
     [E("ASSAULT", src="RUS", tgt="UKR", day="2022-04-07")]),
    # Deaths in a crush are no attack.
    ("en", "2020-01-08", "In Iran, at least 56 people were killed in a crush at a funeral "
                         "procession in Kerman on Tuesday.", []),
    # A person named with a title is the same person when named again by surname alone, and
    # a subject hung on the auxiliary is still the subject.
    ("fr", "2017-11-16", "Le président zimbabwéen Robert Mugabe a rencontré jeudi à Harare deux "
                         "ministres sud-africains. M. Mugabe n'a pas démissionné à l'issue de cet "
                         "entretien.",
     [E("CONSULT", src="ZWE", place="Harare"), E("RETREAT", "negated", src="ZWE")]),
    # A meeting is where its partner is met, even when the parser hangs the place on the
    # partner or on the object; a statement is where the speaker's participle sets it.
    ("en", "2023-10-01", "Haitian Prime Minister Ariel Henry on Friday signed an agreement with "
                         "President William Ruto in Nairobi.",
     [E("AGREE", src="HTI", place="Nairobi", day="2023-09-29")]),
    ("en", "2016-07-17", "The Turkish foreign minister will discuss the coup with his German "
                         "counterpart in Berlin on Monday.",
     [E("CONSULT", "planned", src="TUR", place="Berlin", day="2016-07-18")]),
    ("en", "2022-09-21", "Speaking at the United Nations General Assembly in New York on "
                         "Wednesday, US President Joe Biden accused Russia of violating the UN "
                         "Charter.",
     [E("ACCUSE", src="USA", tgt="RUS", place="New York City", day="2022-09-21")]),
    ("fr", FR, "S'exprimant à Kiev mardi, le président ukrainien a demandé à l'OTAN davantage "
               "de défenses antiaériennes.",
     [E("REQUEST", src="UKR", tgt="NATO", place="Kyiv", day="2022-03-01")]),
    # Calling off a meeting is rejecting it; the meeting itself is no event.
    ("en", "2022-08-04", "Chinese Foreign Minister Wang Yi called off a planned meeting with his "
                         "Japanese counterpart on Thursday.",
     [E("REJECT", src="CHN", tgt="JPN")]),
    ("en", "2024-08-07", "Niger's military rulers said on Tuesday they were breaking off "
                         "diplomatic relations with Ukraine.",
     [E("SANCTION", src="NER", tgt="UKR", claimed="NER")]),
    # Forces ringing a building coerce; whose permission is revoked is the target.
    ("en", "2024-09-08", "Security forces surrounded the Argentine embassy in Caracas on Friday "
                         "night.",
     [E("COERCE", place="Caracas", day="2024-09-06")]),
    ("fr", "2024-09-08", "Les forces de sécurité ont encerclé vendredi soir l'ambassade "
                         "d'Argentine à Caracas.",
     [E("COERCE", place="Caracas", day="2024-09-06")]),
    ("en", "2024-09-08", "Venezuela's government revoked Brazil's permission to represent "
                         "Argentina's interests.",
     [E("SANCTION", src="VEN", tgt="BRA")]),
    ("en", "2024-03-08", "An Indian navy warship rescued 21 crew members from the burning ship "
                         "on Thursday.",
     [E("AID", src="IND", day="2024-03-07")]),
    # A source asking not to be named makes no request; a predicate's preposition is not the
    # verb's ("called his decision painful for me" asks nothing).
    ("en", EN, "\"We heard the planes from early morning,\" said one resident, who asked not to "
               "be named.", []),
    ("fr", FR, "Un habitant, qui a demandé à ne pas être identifié, a décrit la panique.", []),
    ("en", EN, "Pashinyan called his decision \"unspeakably painful for me personally\".", []),
    # A noun the tagger misreads is still a trigger in a noun's place.
    ("fr", FR, "La Russie entend mener de nouvelles frappes sur Kiev.",
     [E("ASSAULT", "planned", src="RUS", place="Kyiv")]),
    # A warning is a threat of the warner's own act, not of a danger.
    ("en", EN, "The UN chief warned on Tuesday that the violence would push the region into "
               "an abyss.", []),
    ("en", EN, "The African Union warned on Tuesday that further punitive measures would follow.",
     [E("THREATEN", src="AU", day="2022-04-05")]),
    ("fr", FR, "Le secrétaire général de l'ONU a mis en garde lundi contre un embrasement "
               "catastrophique de la région.", []),
    ("fr", FR, "Le chef de l'armée zimbabwéenne a averti que toute provocation serait réprimée.",
     [E("THREATEN", src="ZWE")]),
    # Protesters setting fire riot, even when the parser hangs them on a participle; soldiers
    # taking over the state broadcaster coerce.
    ("fr", FR, "Des centaines de manifestants, certains brandissant des drapeaux, ont incendié "
               "mardi des barrières devant l'ambassade de France à Ouagadougou.",
     [E("PROTEST", place="Ouagadougou", day="2022-03-01")]),
    ("fr", FR, "Dans la nuit de lundi à mardi, les militaires zimbabwéens ont pris le contrôle de "
               "la télévision d'Etat à Harare.",
     [E("COERCE", src="ZWE", place="Harare")]),
    ("en", EN, "Zimbabwean soldiers took control of state television in Harare on Wednesday.",
     [E("COERCE", src="ZWE", place="Harare", day="2022-04-06")]),
    # An accepted resignation is the resignation, by whom the noun names.
    ("fr", FR, "Le président a accepté mardi la démission du gouvernement malien.",
     [E("RETREAT", src="MLI", day="2022-03-01")]),
    ("en", EN, "The president accepted the resignation of the Kazakh government on Wednesday.",
     [E("RETREAT", src="KAZ", day="2022-04-06")]),
    # An attack done in protest, or by a crowd breaking in and ransacking, is a riot.
    ("en", EN, "Supporters of the former prime minister stormed army buildings in Lahore in "
               "protest at his arrest on Tuesday.",
     [E("PROTEST", place="Lahore", day="2022-04-05")]),
    ("en", EN, "Crowds broke into the Iranian embassy in Damascus on Sunday, tearing down posters "
               "and ransacking offices.",
     [E("PROTEST", day="2022-04-03")]),
    ("fr", FR, "Des partisans de l'opposant ont saccagé mardi le siège du parti au pouvoir à "
               "Dakar en signe de protestation.",
     [E("PROTEST", place="Dakar", day="2022-03-01")]),
    # Lifting martial law concedes; a call for a strike is the strike, planned by the caller;
    # a French headline's present tense is no participle.
    ("fr", "2024-12-04", "Le président sud-coréen Yoon Suk Yeol a levé mercredi à l'aube la loi "
                         "martiale.", [E("CONCEDE", src="KOR", day="2024-12-04")]),
    ("en", "2024-12-04", "President Yoon Suk Yeol lifted martial law early on Wednesday.",
     [E("CONCEDE", src="KOR", day="2024-12-04")]),
    ("en", "2024-12-04", "South Korea's main opposition party called for a nationwide strike on "
                         "Friday.", [E("PROTEST", "planned", src="KOR", day="2024-12-06")]),
    ("fr", "2024-12-04", "Les syndicats sud-coréens ont appelé à une grève générale jeudi.",
     [E("PROTEST", "planned", src="KOR", day="2024-12-05")]),
    ("fr", "2022-02-01", "Mali : la junte expulse l'ambassadeur de France", [E("SANCTION")]),
    # Calling an act outrageous condemns it; siding with an ally supports it; suspending a
    # licence sanctions (even with "permis" tagged as a verb).
    ("fr", "2021-05-25", "Le président américain Joe Biden a qualifié de \"scandaleux\" le "
                         "détournement de l'appareil par le Bélarus.", [E("ACCUSE", src="USA")]),
    ("en", "2021-05-25", "US President Joe Biden called the diversion of the plane by Belarus "
                         "outrageous.", [E("ACCUSE", src="USA")]),
    ("fr", "2021-05-25", "Moscou s'est à l'inverse rangé aux côtés de son allié bélarusse.",
     [E("SUPPORT", src="RUS")]),
    ("fr", "2021-05-25", "Londres a pour sa part suspendu le permis d'exploitation de la "
                         "compagnie publique bélarusse Belavia.", [E("SANCTION", src="GBR")]),
    # What a protest demands is its content; counted people gathering protest.
    ("en", "2022-09-14", "In Yerevan, several thousand people gathered outside the parliament "
                         "building on Wednesday evening, demanding his resignation.",
     [E("PROTEST", place="Yerevan", day="2022-09-14")]),
    ("fr", "2019-03-12", "Des milliers de manifestants ont défilé mardi à Alger, réclamant le "
                         "départ du président.", [E("PROTEST", place="Algiers", day="2019-03-12")]),
    # An adverbial clause with its own subject tells its own event, even below a request.
    ("en", "2019-01-19", "Duque asked Cuba to hand over the rebel negotiators on Friday, after "
                         "Colombian authorities blamed the guerrilla group for the bombing.",
     [E("REQUEST", src="COL", tgt="CUB"), E("ACCUSE", src="COL")]),
    # Drills held jointly are cooperation, even with "drills" tagged as a verb.
    ("en", "2024-06-19", "Over the weekend, ships from the Philippines, the United States, Japan "
                         "and Canada held joint sailing drills west of Palawan.",
     [E("COOPERATE", src="PHL")]),
    # An act said to be unacceptable is condemned.
    ("en", "2024-12-02", "The EU's foreign policy chief, Kaja Kallas, said on Sunday that "
                         "violence against peaceful protesters in Georgia was \"unacceptable\".",
     [E("ACCUSE", src="EU", day="2024-12-01")]),
    ("fr", "2024-12-02", "La France a jugé inacceptables dimanche les violences contre les "
                         "manifestants géorgiens.", [E("ACCUSE", src="FRA", day="2024-12-01")]),
    # A state's embassy stands abroad: its owner is no place; where it stands is.
    ("en", "2023-07-31", "Protesters stormed the French embassy in Niamey on Sunday.",
     [E("PROTEST", tgt="FRA", place="Niamey", day="2023-07-30")]),
    ("fr", "2023-07-31", "Des manifestants ont saccagé dimanche l'ambassade de France à Niamey.",
     [E("PROTEST", tgt="FRA", place="Niamey", day="2023-07-30")]),
    ("en", "2024-12-09", "DAMASCUS (Reuters) - Crowds broke into Iran's embassy in the Mezzeh "
                         "district on Sunday, tearing down posters.",
     [E("PROTEST", place="Damascus", day="2024-12-08")]),
    # A surname that is some small town's other name is no place, nor a target state.
    ("en", "2023-05-10", "ISLAMABAD (Reuters) - Khan, 70, was detained on Tuesday by "
                         "paramilitary Rangers at the Islamabad High Court.",
     [E("COERCE", src="PAK", tgt="PAK", place="Islamabad", day="2023-05-09")]),
    # A tensed verb the parser joins to an infinitive of purpose is an act of its own.
    ("en", "2023-03-28", "Police used water cannon to clear the highway in Tel Aviv and "
                         "detained 20 people on Monday, a police spokesman said.",
     [E("ASSAULT", src="ISR"), E("COERCE", src="ISR", place="Tel Aviv", day="2023-03-27")]),
    ("fr", "2023-03-28", "La police a utilisé des canons à eau pour dégager l'autoroute à "
                         "Tel-Aviv et a interpellé 20 personnes lundi, selon un porte-parole.",
     [E("ASSAULT", src="ISR"), E("COERCE", src="ISR", place="Tel Aviv", day="2023-03-27")]),
    # A call: the line is the means, who is on it the partner; not "by" an agent.
    ("en", "2022-09-14", "Secretary of State Antony Blinken spoke by telephone with Azerbaijan's "
                         "President Ilham Aliyev on Tuesday.",
     [E("CONSULT", src="USA", tgt="AZE", day="2022-09-13")]),
    ("fr", "2022-09-14", "Le président français s'est entretenu par téléphone avec son "
                         "homologue russe mardi.",
     [E("CONSULT", src="FRA", tgt="RUS", day="2022-09-13")]),
    # ... but not an agent hung there ("par la Russie" is the invasion's, not the meeting's).
    ("fr", FR, "Les ministres des Affaires étrangères de l'UE se réuniront vendredi à 15 heures "
               "sur l'invasion de l'Ukraine par la Russie.",
     [E("CONSULT", "planned", src="EU", day="2022-03-04")]),
    # What follows a time the parser hangs on the time: the partner of a call.
    ("fr", "2017-06-06", "L'émir koweïtien s'était entretenu lundi soir au téléphone avec "
                         "l'émir du Qatar.", [E("CONSULT", src="KWT", tgt="QAT")]),
    # An announced break is made by who announces it; a participle set off by a comma is the
    # main clause's ("reprochant", "accusant"), whatever noun the parser hangs it on.
    ("fr", "2017-06-06", "Les Emirats arabes unis et l'Egypte ont annoncé lundi la rupture de "
                         "leurs liens avec Doha, reprochant à l'émirat son soutien au terrorisme.",
     [E("SANCTION", src="ARE", tgt="QAT", day="2017-06-05"), E("ACCUSE", src="ARE")]),
    ("fr", FR, "Le président biélorusse a annoncé le déploiement de troupes avec la Russie, "
               "accusant Kiev de préparer une attaque.",
     [E("MOBILIZE", src="BLR"), E("ACCUSE", src="BLR", tgt="UKR")]),
    # "The strikes killed ...": the strikes just told, not an actor; a weapon fired is no
    # target; unnamed victims are of the place they were hit in.
    ("en", "2022-01-18", "The Saudi-led coalition said it had begun air strikes on Sanaa late on "
                         "Monday. The strikes killed at least 14 people, residents said.",
     [E("ASSAULT", src="SAU", tgt="YEM", place="Sanaa", dead=14)]),
    ("en", "2022-01-18", "The Houthis said they had fired five ballistic missiles at Abu Dhabi "
                         "airport on Monday.", [E("ASSAULT", src="YEM", tgt="ARE")]),
    # Economic measures against a state; "nothing to mediate" is no mediation.
    ("en", "2018-08-08", "Saudi Arabia froze all new trade and investment with Canada on "
                         "Sunday.", [E("SANCTION", src="SAU", tgt="CAN", day="2018-08-05")]),
    ("en", "2018-08-08", "Riyadh said it was halting scholarship programmes in Canada.",
     [E("SANCTION", src="SAU")]),
    ("fr", "2018-08-08", "Ryad a interrompu dimanche ses programmes de bourses au Canada.",
     [E("SANCTION", src="SAU", day="2018-08-05")]),
    ("en", "2018-08-08", "Saudi Arabia said there was nothing to mediate in its dispute with "
                         "Canada.", [E("CONSULT", "negated")]),
    # Who announces a measure takes it, even with the time between; the agent of the noun
    # that brings an event about is its source.
    ("fr", "2022-09-23", "A Washington, le Trésor américain a annoncé jeudi des sanctions "
                         "contre la police des moeurs iranienne.",
     [E("SANCTION", src="USA", tgt="IRN", day="2022-09-22")]),
    ("en", "2022-09-23", "The Treasury announced sanctions on Iran's morality police on "
                         "Thursday.", [E("SANCTION", tgt="IRN", day="2022-09-22")]),
    ("fr", "2018-11-27", "La Russie a dénoncé mardi l'instauration par Kiev de la loi "
                         "martiale dans les régions frontalières.",
     [E("ACCUSE", src="RUS", tgt="UKR", day="2018-11-27")]),
    # An armed intrusion; not a fire.
    ("en", "2024-01-10", "Armed men burst into the studios of TC Television in Guayaquil on "
                         "Tuesday.", [E("ASSAULT", place="Guayaquil", day="2024-01-09")]),
    ("en", "2024-01-10", "The tanker burst into flames near the port.", []),
    ("fr", "2024-01-10", "Des hommes armés ont fait irruption mardi dans les studios de la "
                         "télévision publique à Guayaquil.",
     [E("ASSAULT", place="Guayaquil", day="2024-01-09")]),
    # A deed told in its own past clause is no content of the order beside it.
    ("en", "2024-01-10", "Noboa ordered the armed forces to neutralise the gangs, following a "
                         "day in which masked gunmen stormed a television studio.",
     [E("MOBILIZE", src="ECU"), E("ASSAULT")]),
    # A measure given up is a concession, not a sanction.
    ("fr", "2019-10-21", "Samedi soir, le président chilien a annoncé la suspension de la "
                         "hausse du prix du ticket de métro.", [E("CONCEDE", src="CHL")]),
    ("en", "2019-10-21", "Chile's president suspended the metro fare hike on Saturday.",
     [E("CONCEDE", src="CHL", day="2019-10-19")]),
    # A second demand joined to the first, however the parser joins it.
    ("fr", "2018-11-27", "Kiev a dénoncé la saisie de ses navires, et appelé ses alliés "
                         "occidentaux à renforcer les sanctions contre Moscou.",
     [E("ACCUSE", src="UKR"), E("REQUEST", src="UKR")]),
    ("fr", "2018-11-27", "L'ambassadrice américaine a dénoncé une violation de la souveraineté "
                         "ukrainienne et exigé que Moscou libère les marins.",
     [E("ACCUSE", src="USA"), E("REQUEST", src="USA")]),
    # A person's name is no town (Kim, India), nor a sentence's first word (Human, one of
    # Uman's names); a town after a preposition stays one, whatever the NER says.
    ("en", "2018-06-12", "South Korean President Moon Jae-in, who has met Kim twice since "
                         "April, welcomed the outcome.",
     [E("CONSULT", src="KOR", no_place=True), E("SUPPORT", src="KOR")]),
    ("en", "2018-06-12", "Human rights groups criticised North Korea on Tuesday.",
     [E("ACCUSE", tgt="PRK", no_place=True)]),
    # Named kinds of material support are aid.
    ("en", "2022-01-18", "Israel's prime minister offered security and intelligence support to "
                         "the UAE on Tuesday.", [E("AID", src="ISR", tgt="ARE")]),
    ("fr", "2022-01-18", "Paris a apporté un soutien logistique aux forces maliennes.",
     [E("AID", src="FRA", tgt="MLI")]),
    # A city's possessive places what is hit or done at its site.
    ("en", "2025-03-12", "Police arrested him at Manila's main airport on Tuesday.",
     [E("COERCE", place="Manila", day="2025-03-11")]),
    ("en", "2024-07-12", "A Russian missile hit Kyiv's main children's hospital on Monday.",
     [E("ASSAULT", src="RUS", place="Kyiv", day="2024-07-08")]),
    # Calling a state's words "interference" accuses it.
    ("en", "2018-08-08", "The Saudi foreign ministry called Canadian statements on detained "
                         "activists \"blatant interference\" in the kingdom's internal affairs.",
     [E("ACCUSE", src="SAU", tgt="CAN")]),
    ("fr", "2018-08-08", "Ryad a qualifié les déclarations canadiennes d'ingérence flagrante.",
     [E("ACCUSE", src="SAU", tgt="CAN")]),
    # Burning flags is a protest; disengaging is a withdrawal.
    ("en", "2020-06-18", "Protesters burned Chinese flags and effigies of President Xi Jinping "
                         "in New Delhi on Wednesday.",
     [E("PROTEST", place="New Delhi", day="2020-06-17")]),
    ("fr", "2020-06-18", "Des manifestants ont brûlé des drapeaux chinois mercredi à New Delhi.",
     [E("PROTEST", place="New Delhi", day="2020-06-17")]),
    ("en", "2020-06-18", "Chinese and Indian troops have disengaged from the valley, the army said.",
     [E("RETREAT")]),
    # Patrols alongside another state's forces are cooperation; alone, a deployment.
    ("en", "2021-11-27", "Australian police began patrolling the streets of Honiara alongside "
                         "their Solomon Islands counterparts on Friday.",
     [E("COOPERATE", src="AUS", tgt="SLB", day="2021-11-26")]),
    ("fr", "2021-11-27", "Les policiers australiens patrouillent depuis vendredi avec leurs "
                         "homologues salomonais à Honiara.", [E("COOPERATE", src="AUS")]),
    ("en", "2021-11-27", "Troops patrolled the streets of Quito on Wednesday.", [E("MOBILIZE")]),
    ("en", "2020-06-18", "\"When provoked, India is capable of giving a befitting reply,\" Modi "
                         "said on Wednesday.", [E("THREATEN", src="IND", day="2020-06-17")]),
    # "blamed X on Y": Y is who is blamed.
    ("en", "2021-11-27", "Kenya's president blamed the violence on Russia on Tuesday.",
     [E("ACCUSE", src="KEN", tgt="RUS", day="2021-11-23")]),
    # Recognising a leader and pledging loyalty are support; admitting a mistake is not.
    ("en", "2019-01-24", "President Donald Trump recognised Guaido as interim president on "
                         "Wednesday.", [E("SUPPORT", src="USA", tgt="VEN", day="2019-01-23")]),
    ("en", "2019-01-24", "He recognized the mistake.", []),
    ("fr", "2019-01-24", "Le président américain Donald Trump l'a reconnu mercredi comme "
                         "président par intérim.", [E("SUPPORT", src="USA", day="2019-01-23")]),
    ("fr", "2019-01-24", "Le général Padrino a réaffirmé jeudi la loyauté de l'armée "
                         "vénézuélienne.", [E("SUPPORT", day="2019-01-24")]),
    # A call hung on the day before it is still a call.
    ("fr", "2020-10-21", "Le président Muhammadu Buhari a appelé mercredi à la compréhension et "
                         "au calme.", [E("REQUEST", src="NGA", day="2020-10-21")]),
    # "The two leaders" are the two people named before, in this sentence or earlier; the
    # place one of them came from is not where they met.
    ("en", "2023-02-20", "Biden, who travelled overnight by train from Poland, walked with "
                         "President Volodymyr Zelenskiy past St Michael's Monastery before the "
                         "two leaders held talks at the Mariinsky Palace.",
     [E("CONSULT", src="USA", tgt="UKR", no_place=True)]),
    ("en", "2025-03-12", "Police arrested him at Manila's main airport on a warrant from the "
                         "court.", [E("COERCE", place="Manila")]),
    # A punitive act said of the future is a threat made now; said of the past, no threat.
    ("en", EN, "Iran said on Wednesday it would retaliate against Israel.",
     [E("THREATEN", src="IRN", tgt="ISR", day="2022-04-06")]),
    ("en", EN, "Modi said India would identify, track and punish every terrorist.",
     [E("THREATEN", src="IND")]),
    ("en", EN, "Iran is going to retaliate against Israel, officials said.",
     [E("THREATEN", src="IRN", tgt="ISR")]),
    ("en", EN, "Iran said it would not retaliate against Israel.",
     [E("THREATEN", "negated", src="IRN")]),
    ("en", EN, "The police punished the officers last year.", []),
    ("fr", FR, "Téhéran a affirmé lundi qu'il riposterait à toute attaque israélienne.",
     [E("THREATEN", src="IRN", day="2022-02-28")]),
    ("fr", FR, "L'Iran va riposter contre Israël, a déclaré le guide suprême.",
     [E("THREATEN", src="IRN", tgt="ISR")]),
    ("fr", FR, "Le ministère a riposté que ces accusations étaient infondées.", [E("REJECT")]),
    ("en", EN, "\"All options are on the table,\" Trump said of North Korea.",
     [E("THREATEN", src="USA")]),
    # A raid by the police is repression; by an army, an attack.
    ("en", EN, "Police raided the Tunis bureau of Al Jazeera on Monday.",
     [E("COERCE", place="Tunis", day="2022-04-04")]),
    ("en", EN, "Israeli troops raided the Jenin camp on Monday.", [E("ASSAULT", src="ISR")]),
    # A hyphenated trigger the tokenizer splits is still found ("sit - in", "cyber - attack").
    ("en", EN, "Opposition supporters began a sit-in outside parliament on Monday.",
     [E("PROTEST", day="2022-04-04")]),
    ("en", EN, "Russia launched a cyber-attack on Ukraine on Monday.",
     [E("COERCE", src="RUS", tgt="UKR")]),
    ("en", EN, "A judge ordered that the former president be held in custody for seven days.",
     [E("COERCE")]),
    ("en", EN, "The Palestinian Authority halted all contacts with Israel on Monday.",
     [E("SANCTION", src="PSE", tgt="ISR")]),
    ("fr", FR, "L'Autorité palestinienne a suspendu lundi tous ses contacts avec Israël.",
     [E("SANCTION", src="PSE", tgt="ISR")]),
    # A spy satellite launch is a weapons launch; "in protest at" is the manner of another act.
    ("en", EN, "North Korea launched a military spy satellite on a Chollima-1 rocket on "
               "Tuesday.", [E("MOBILIZE", src="PRK", day="2022-04-05", place="North Korea")]),
    ("en", EN, "South Korea suspended the military pact in protest at the launch.",
     [E("SANCTION", src="KOR")]),
    ("en", EN, "Workers walked out in protest at the reform.", [E("PROTEST")]),
    # Troops flown into a city are deployed there.
    ("en", EN, "Some 400 soldiers were flown into Culiacan overnight.",
     [E("MOBILIZE", place="Culiacan")]),
    ("en", EN, "The army had flown two soldiers with fake bandages to hospital.", []),
    # A clause the parser hangs on its subject is still a clause; a name with "et" inside is
    # one name; "a « fermement condamné »" is active whatever the tagger makes of the adverb.
    ("fr", "2023-08-31", "Réuni jeudi à Addis-Abeba, le Conseil de paix et de sécurité (CPS) "
                         "de l'UA a « fermement condamné » la prise du pouvoir par l'armée et "
                         "décidé de suspendre la participation du Gabon.",
     [E("CONSULT", place="Addis Ababa"), E("ACCUSE", src="AU"),
      E("SANCTION", src="AU", tgt="GAB")]),
    ("fr", "2023-08-31", "Le Conseil de paix et de sécurité de l'UA a « fermement condamné » "
                         "la prise du pouvoir par l'armée.", [E("ACCUSE", src="AU")]),
    # "The city" with no name of its own is the city named just before.
    ("en", "2023-12-20", "The RSF entered Wad Madani on Monday. Army warplanes bombed RSF "
                         "positions on the eastern edge of the city on Tuesday.",
     [E("ASSAULT", place="Wad Medani", day="2023-12-19")]),
    ("fr", "2023-12-20", "Les FSR sont entrées lundi dans Wad Madani. Des avions de l'armée ont "
                         "bombardé mardi des positions aux abords de la ville.",
     [E("ASSAULT", place="Wad Medani", day="2023-12-19")]),
    ("en", "2023-12-20", "Army warplanes bombed RSF positions on the edge of the city on "
                         "Tuesday.", [E("ASSAULT", place="Sudan")]),
    # A protest at a state's mission is aimed at that state.
    ("en", EN, "Hundreds of people protested outside Pakistan's High Commission in New Delhi "
               "on Wednesday.", [E("PROTEST", tgt="PAK", place="New Delhi")]),
    ("en", EN, "Protesters gathered outside the French embassy in Tehran on Sunday.",
     [E("PROTEST", tgt="FRA", place="Tehran")]),
    ("fr", FR, "Des manifestants se sont rassemblés dimanche devant l'ambassade de France à "
               "Niamey.", [E("PROTEST", tgt="FRA", place="Niamey")]),
    # Who is condemned for an act named with no author is who the report said did it.
    ("en", "2023-07-04", "Israeli troops raided the Jenin camp on Monday, killing ten "
                         "Palestinians. Jordan, Egypt and Saudi Arabia condemned the raid.",
     [E("ASSAULT", src="ISR"), E("ACCUSE", src="JOR", tgt="ISR")]),
    ("fr", "2023-07-04", "L'armée israélienne a mené lundi un raid sur le camp de Jénine. "
                         "La Jordanie et l'Egypte ont condamné le raid.",
     [E("ASSAULT", src="ISR"), E("ACCUSE", src="JOR", tgt="ISR")]),
    # An object after a bare day is still the object ("a exclu mardi tout report").
    ("fr", "2024-12-11", "Le chef de la diplomatie tchadienne a exclu mardi tout report.",
     [E("REJECT", src="TCD", day="2024-12-10")]),
    ("fr", "2024-12-11", "Les soldats sont partis samedi.", []),
    # A relative clause between subject and verb ("Trudeau, dont six compatriotes ont péri,
    # a dénoncé") keeps the subject with the main verb.
    ("fr", "2016-01-17", "François Hollande a condamné samedi l'attaque, tandis que le Premier "
                         "ministre canadien Justin Trudeau, dont six compatriotes ont péri, a "
                         "dénoncé une attaque terroriste lâche.",
     [E("ACCUSE", src="FRA"), E("ACCUSE", src="CAN")]),
    ("fr", "2016-01-17", "Le chef rebelle, dont les hommes ont pris la ville, a annoncé lundi un "
                         "retrait.", [E("RETREAT", day="2016-01-11")]),
    # An apposition set off by a comma is no part of the purpose clause before it.
    ("fr", "2024-12-11", "Deux avions de chasse ont décollé mardi de N'Djamena pour regagner la "
                         "France, premier mouvement d'un retrait décidé fin novembre.",
     [E("RETREAT")]),
    # Ending an agreement cuts a relation.
    ("fr", "2024-12-11", "Le Tchad a décidé de mettre fin à l'accord de coopération en matière "
                         "de défense avec la France.", [E("SANCTION", src="TCD")]),
    ("en", "2024-12-11", "Chad ended its defence agreement with France on Thursday.",
     [E("SANCTION", src="TCD", tgt="FRA")]),
    # Where sources disagree on one toll, the lowest figure is kept; a part stays a part.
    ("en", "2024-07-21", "At least 114 people have been killed since Tuesday, according to a "
                         "tally of hospital figures, though local newspapers put the toll above "
                         "150.", [E("ASSAULT", dead=114)]),
    ("fr", "2021-06-06", "L'attaque a fait au moins 160 morts selon des élus locaux, tandis que "
                         "d'autres sources évoquent 132 morts.", [E("ASSAULT", dead=132)]),
    ("en", "2021-06-06", "The strike killed 21 people, including 11 children.",
     [E("ASSAULT", dead=21)]),
    # Defending one's territory in the future warns; defending a deal rejects its critics.
    ("en", "2024-01-07", "He said Somalia would defend its territory by every means possible.",
     [E("THREATEN", src="SOM")]),
    ("en", "2024-01-07", "Ethiopia has defended the deal.", [E("REJECT", src="ETH")]),
    ("en", "2024-01-07", "The army defended the town for three days.", []),
    ("en", "2024-01-07", "Egypt's foreign minister stressed Cairo's firm support for Somalia's "
                         "unity.", [E("SUPPORT", src="EGY", tgt="SOM")]),
    # "him", "her" stand for the last person named who is not the subject; "it" for no one.
    ("en", "2024-07-09", "Indian Prime Minister Narendra Modi began a two-day visit to Russia. "
                         "Putin hosted him for talks at his residence on Monday evening.",
     [E("CONSULT", src="IND", tgt="RUS", day="2024-07-08")]),
    ("en", "2023-09-21", "U.S. Secretary of State Antony Blinken spoke with Aliyev on Tuesday and "
                         "urged him to stop military action immediately.",
     [E("CONSULT", src="USA", tgt="AZE"), E("REQUEST", src="USA", tgt="AZE")]),
    # Speaking with a named party is a consultation; speaking with reporters is not.
    ("en", "2023-09-21", "The minister spoke with reporters in Baku on Monday.", []),
    # A question is not a request; meeting one's commitments is no meeting.
    ("en", "2024-02-28", "Asked whether Armenia would leave the alliance, Pashinyan said the "
                         "question was not on the agenda.", []),
    ("en", "2024-02-28", "The government said it had met all its commitments to the donors.",
     []),
    ("fr", "2024-02-28", "Le ministre a demandé si la Russie comptait honorer ses engagements.",
     []),
    # A gathering named after its city is held there.
    ("en", "2024-02-23", "Pashinyan and Aliyev met on Saturday on the sidelines of the Munich "
                         "Security Conference.", [E("CONSULT", src="ARM", place="Munich")]),
    ("en", "2024-02-23", "Leaders met at the Doha Forum on Sunday.",
     [E("CONSULT", place="Doha")]),
    # "On the same day", "le même jour": the day of the event told just before.
    ("en", "2024-01-07", "Somalia's cabinet rejected the accord on Wednesday. On the same day "
                         "Egypt's foreign minister spoke by phone with his Somali counterpart.",
     [E("REJECT", day="2024-01-03"), E("CONSULT", src="EGY", day="2024-01-03")]),
    ("fr", "2024-01-07", "Le cabinet somalien a rejeté l'accord mercredi. Le même jour, le "
                         "ministre égyptien s'est entretenu par téléphone avec son homologue "
                         "somalien.",
     [E("REJECT", day="2024-01-03"), E("CONSULT", src="EGY", day="2024-01-03")]),
    # Wire-copy phrasings: handing out food, questioning a decision, troops ordered onto the
    # streets, a day of marches called for a day ahead, a state of exception not declared.
    ("en", "2017-05-25", "The social welfare department said it had handed out food packs to "
                         "more than 11,000 families in Iligan.", [E("AID", place="Iligan")]),
    ("en", "2017-05-25", "Opposition senators questioned the need for martial law across "
                         "Mindanao.", [E("ACCUSE")]),
    ("en", "2021-05-04", "Duque ordered soldiers onto the streets of Cali on Saturday night.",
     [E("MOBILIZE", src="COL", day="2021-05-01")]),
    ("en", "2021-05-04", "The National Strike Committee called a new nationwide day of marches "
                         "for Wednesday.", [E("PROTEST", status="planned", day="2021-05-05")]),
    ("en", "2021-05-04", "He has called a meeting of party leaders for Friday.",
     [E("CONSULT", status="planned", day="2021-05-07")]),
    ("fr", "2021-05-04", "Les syndicats ont appelé à une marche pour vendredi à Bogota.",
     [E("PROTEST", status="planned", day="2021-05-07")]),
    ("en", "2021-05-04", "Molano said the government was not considering declaring a state of "
                         "internal commotion.", [E("COERCE", status="negated")]),
    ("en", "2021-05-04", "Britain and France clashed over the plan on Monday.", []),
    # What a meeting's party says in the sentence that dates the meeting is said that day.
    ("en", "2016-07-12", "The U.N. Security Council, which met in emergency session in New York "
                         "on Sunday, condemned the fighting and called on Kiir and Machar to rein "
                         "in their forces.",
     [E("CONSULT", src="UN", day="2016-07-10"), E("ACCUSE", src="UN", day="2016-07-10"),
      E("REQUEST", src="UN", tgt="SSD", day="2016-07-10")]),
    ("fr", "2016-07-12", "Les ministres de l'UE, qui se sont réunis dimanche, ont condamné les "
                         "combats.",
     [E("CONSULT", src="EU", day="2016-07-10"), E("ACCUSE", src="EU", day="2016-07-10")]),
    # A ceasefire one side declares, or orders its forces to keep, is a concession; one the
    # sides reach is an agreement.
    ("en", "2016-07-12", "Kiir declared a unilateral ceasefire on Monday evening.",
     [E("CONCEDE", src="SSD", day="2016-07-11")]),
    ("en", "2016-07-12", "Kiir ordered his forces to stop fighting on Monday.",
     [E("CONCEDE", src="SSD", day="2016-07-11")]),
    ("en", "2016-07-12", "The two sides agreed to a ceasefire on Monday.", [E("AGREE")]),
    ("fr", "2021-06-29", "Le gouvernement éthiopien a annoncé lundi un cessez-le-feu unilatéral.",
     [E("CONCEDE", src="ETH", day="2021-06-28")]),
    # A hedge on a noun that is no event ("alleged rebellion") leaves the event a fact; on
    # the event's own noun it does not.
    ("en", "2019-10-14", "Police detained Paola Pabon in Quito on Monday as part of an "
                         "investigation into alleged rebellion.",
     [E("COERCE", "occurred", day="2019-10-14", place="Quito")]),
    ("en", "2019-10-14", "The alleged attack on the convoy killed five people.",
     [E("ASSAULT", "uncertain", dead=5)]),
    ("en", "2019-10-14", "Suspected militants attacked a checkpoint near Kidal on Monday.",
     [E("ASSAULT", "occurred")]),
    # Where an arrest happens is no one it is aimed at.
    ("en", "2017-05-26", "Police arrested four people at checkpoints in Iligan overnight.",
     [E("COERCE", place="Iligan")]),
    # A time that belongs to a thing ("last year's peace deal") does not date the event.
    ("en", "2016-07-12", "Secretary-General Ban Ki-moon went further on Monday, calling on the "
                         "council to slap sanctions on commanders blocking last year's peace "
                         "deal.",
     [E("REQUEST", src="UN", day="2016-07-11")]),
    # The hour before the day; the passive joined to a participle the parser took for the
    # main verb keeps the subject as what is hit.
    ("en", "2020-06-17", "The joint liaison office in Kaesong, opened in September 2018, was "
                         "destroyed in a controlled explosion at 2:49 p.m. (0549 GMT) on "
                         "Tuesday, the ministry said.",
     [E("ASSAULT", day="2020-06-16", place="Kaesong")]),
    ("en", "2023-02-10", "Access to Twitter was restricted in Turkey on Wednesday.",
     [E("COERCE", src="TUR", day="2023-02-08")]),
    ("fr", "2023-02-10", "L'accès à Twitter a été restreint mercredi en Turquie.",
     [E("COERCE", src="TUR", day="2023-02-08")]),
    # One event per pair: two calls, two talks.
    ("en", "2023-06-07", "Turkish President Tayyip Erdogan spoke by phone with Zelenskiy and "
                         "Russian President Vladimir Putin on Wednesday.",
     [E("CONSULT", src="TUR", tgt="UKR", day="2023-06-07"),
      E("CONSULT", src="TUR", tgt="RUS", day="2023-06-07")]),
    # An accusation both ways is one event each way; a deal both ways is one deal.
    ("fr", "2022-09-17", "Le Kirghizstan et le Tadjikistan se sont mutuellement accusés samedi "
                         "d'avoir violé le cessez-le-feu.",
     [E("ACCUSE", src="KGZ", tgt="TJK", day="2022-09-17"),
      E("ACCUSE", src="TJK", tgt="KGZ", day="2022-09-17")]),
    ("en", "2023-06-07", "Kyiv and Moscow accused each other of blowing up the dam on Tuesday.",
     [E("ACCUSE", src="UKR", tgt="RUS", day="2023-06-06"),
      E("ACCUSE", src="RUS", tgt="UKR", day="2023-06-06")]),
    ("en", "2023-12-15", "Venezuela and Guyana agreed on Thursday that they would not threaten "
                         "or use force against each other.",
     [E("AGREE", src="VEN", tgt="GUY", day="2023-12-14")]),
    # The day after a count of times ("à quatre reprises samedi matin") dates the act.
    ("fr", "2022-09-17", "Les garde-frontières kirghiz ont affirmé que l'armée tadjike avait "
                         "ouvert le feu à quatre reprises samedi matin sur des positions "
                         "kirghizes dans la région de Batken.",
     [E("ASSAULT", src="TJK", day="2022-09-17")]),
    # "that evening": the day just told.
    ("en", "2025-09-10", "Authorities imposed a curfew in Kathmandu on Monday afternoon, and Home "
                         "Minister Ramesh Lekhak resigned that evening.",
     [E("COERCE", day="2025-09-08"), E("RETREAT", day="2025-09-08")]),
    # A warning of what one's own fighters will do is a threat.
    ("en", "2024-06-26", "Jimmy Cherizier warned on Tuesday that his fighters would resist any "
                         "officers who harmed residents.", [E("THREATEN", day="2024-06-25")]),
    ("en", "2024-02-03", "Iranian foreign ministry spokesman Nasser Kanaani called the strikes "
                         "\"another adventurous and strategic mistake\" by the United States.",
     [E("ACCUSE", src="IRN", tgt="USA")]),
    # Operations against an enemy suspended are a concession, by an Iraqi militia.
    ("en", "2024-02-03", "Kataib Hezbollah announced on Tuesday that it was suspending military "
                         "operations against U.S. forces.",
     [E("CONCEDE", src="IRQ", tgt="USA", day="2024-01-30")]),
    ("en", "2016-07-17", "Operations at Incirlik air base remained suspended on Sunday.", []),
    # Soldiers taking positions at crossroads deploy; opposition parties suspended are
    # repressed, a strike suspended is a concession.
    ("fr", "2022-10-21", "Vendredi matin, des militaires avaient pris position aux principaux "
                         "carrefours de N'Djamena.",
     [E("MOBILIZE", src="TCD", day="2022-10-21", place="N'Djamena")]),
    ("fr", "2022-10-21", "Le gouvernement tchadien a suspendu jeudi les principaux mouvements "
                         "d'opposition.", [E("COERCE", src="TCD", day="2022-10-20")]),
    ("en", "2022-10-21", "The Chadian government suspended the main opposition parties on "
                         "Thursday.", [E("COERCE", src="TCD", day="2022-10-20")]),
    ("fr", "2022-10-21", "Les syndicats ont suspendu jeudi leur mouvement de grève.",
     [E("CONCEDE", day="2022-10-20")]),
    # A government dissolved goes, as by resignation; a party dissolved is repressed.
    ("en", "2025-09-30", "Rajoelina dissolved the government on Monday.",
     [E("RETREAT", day="2025-09-29")]),
    ("fr", "2025-09-30", "Le président malgache a annoncé lundi la dissolution du gouvernement.",
     [E("RETREAT", src="MDG", day="2025-09-29")]),
    ("fr", "2025-09-30", "La junte a dissous mardi les partis politiques.",
     [E("COERCE", day="2025-09-30")]),
    # Troops ordered onto a city's streets are deployed there.
    ("en", "2021-05-04", "Duque ordered soldiers onto the streets of Cali on Saturday night.",
     [E("MOBILIZE", src="COL", place="Cali", day="2021-05-01")]),
    # A habit is no event.
    ("en", "2022-01-18", "The Houthis frequently fire missiles and drones at Saudi Arabia.", []),
    ("fr", "2022-01-18", "Les Houthis tirent régulièrement des missiles sur l'Arabie saoudite.", []),
    # A missile breaking into pieces attacks nothing.
    ("en", EN, "The missile flew over Hokkaido and broke into three pieces before falling into "
               "the Pacific.", []),
    # An armed group acts where its act happens, not in the country the report is about.
    ("en", "2016-01-16", "Al-Shabaab fighters stormed a Kenyan military base in southwestern "
                         "Somalia on Friday. Kenyan President Uhuru Kenyatta vowed revenge.",
     [E("ASSAULT", src="SOM", tgt="KEN", day="2016-01-15"), E("THREATEN", src="KEN")]),
    # Backing an act is support of it.
    ("en", "2018-04-14", "Stoltenberg said on Saturday the alliance's members backed the strikes.",
     [E("SUPPORT", src="NATO", day="2018-04-14")]),
    # The one who shares the blame is accused by the one who says so.
    ("en", "2021-01-07", "German Chancellor Angela Merkel said on Thursday that Trump shared the "
                         "blame.",
     [E("ACCUSE", src="DEU", tgt="USA", day="2021-01-07")]),
    ("en", "2021-01-07", "NATO Secretary-General Jens Stoltenberg described the scenes in "
                         "Washington as \"shocking\" on Thursday.",
     [E("ACCUSE", src="NATO", day="2021-01-07")]),
    # Listing a group as terrorist by declaration; people turned back at a border.
    ("en", "2017-08-28", "Myanmar's government declared ARSA a terrorist organisation on Friday.",
     [E("SANCTION", src="MMR", tgt="MMR", day="2017-08-25")]),
    ("en", "2017-08-28", "Bangladeshi border guards pushed back hundreds of Rohingya near Teknaf on "
                         "Sunday.",
     [E("COERCE", src="BGD", place="Teknaf", day="2017-08-27")]),
    # Ambassadors recalled "pour consultations" are a recall, one per state they leave.
    ("fr", "2025-04-07", "L'Algérie a annoncé lundi le rappel pour consultations de ses "
                         "ambassadeurs au Mali et au Niger.",
     [E("SANCTION", src="DZA", tgt="MLI", day="2025-04-07"),
      E("SANCTION", src="DZA", tgt="NER", day="2025-04-07")]),
    ("en", "2025-04-24", "Pakistan closed its airspace to Indian airlines on Thursday.",
     [E("SANCTION", src="PAK", tgt="IND", day="2025-04-24")]),
    # An object after two coordinated verbs is the second's too.
    ("fr", "2025-04-07", "Selon Alger, la défense aérienne algérienne a « détecté et abattu » un "
                         "hélicoptère malien dimanche.",
     [E("ASSAULT", src="DZA", tgt="MLI", day="2025-04-06", claimed="DZA")]),
    # What an "if" clause supposes is no event; the warning that holds it is.
    ("en", "2022-12-10", "Vucic warned on Friday that if Serbs in Kosovo were attacked, Serbia "
                         "would win.",
     [E("THREATEN", src="SRB", day="2022-12-09")]),
    ("fr", "2022-10-10", "« Si les attaques se poursuivent, les réponses de la Russie seront "
                         "sévères », a averti lundi Vladimir Poutine.",
     [E("THREATEN", src="RUS", day="2022-10-10")]),
    # With its victims named, an attack's "at" says where; a projectile's "at" says at whom.
    ("en", "2025-09-10", "Gunmen killed six people at a bus stop at Jerusalem's Ramot junction on "
                         "Monday.",
     [E("ASSAULT", place="Jerusalem", day="2025-09-08", dead=6)]),
    ("en", "2025-09-10", "Israeli troops fired rubber bullets at Palestinian protesters near Hebron "
                         "on Friday.",
     [E("ASSAULT", src="ISR", tgt="PSE", place="Hebron", day="2025-09-05")]),
    # A perfect running "since 2012" is how things stand, for both verbs it joins.
    ("en", "2025-09-10", "Qatar has hosted Hamas's political office since 2012 and has mediated "
                         "between Israel and Hamas.", []),
    # A meeting asked for is an event of its own, still to be held, dated by the relative
    # clause that schedules it.
    ("en", "2024-01-10", "Russia requested an emergency meeting of the UN Security Council, which "
                         "was scheduled for Friday afternoon in New York.",
     [E("REQUEST", src="RUS", tgt="UN"),
      E("CONSULT", status="planned", src="UN", place="New York City", day="2024-01-12")]),
    # Reserving the right to respond is a warning; reserving the right to cancel is not.
    ("en", "2024-01-18", "Pakistan said on Wednesday it reserved the right to respond to Iran.",
     [E("THREATEN", src="PAK", day="2024-01-17")]),
    ("fr", "2025-09-10", "Le Qatar a affirmé mardi qu'il se réservait le droit de riposter à "
                         "Israël.",
     [E("THREATEN", src="QAT", day="2025-09-09")]),
    ("en", "2025-09-10", "Airlines reserved the right to cancel flights.", []),
    # Dismay at an act, regret at a move and a breach named in what is said condemn them;
    # dismay at news does not.
    ("en", "2024-07-09", "European Council President Charles Michel said on Monday he was shocked "
                         "by the Russian attack.",
     [E("ACCUSE", src="EU", tgt="RUS", day="2024-07-08"), E("ASSAULT", src="RUS")]),
    ("en", "2020-06-17", "South Korea's Defence Ministry said on Tuesday it deeply regretted the "
                         "North Korean army's announcement.",
     [E("ACCUSE", src="KOR", tgt="PRK", day="2020-06-16")]),
    ("en", "2020-07-02", "Foreign Secretary Dominic Raab told parliament on Wednesday that China's "
                         "law was a \"clear and serious breach\" of the Joint Declaration.",
     [E("ACCUSE", src="GBR", tgt="CHN", day="2020-07-01")]),
    ("en", "2024-07-09", "Residents were shocked by the news.", []),
    # Setting fire: an attack; by protesters, a riot (as "incendier").
    ("fr", "2018-12-02", "Au Puy-en-Velay, des manifestants ont mis le feu samedi soir à la "
                         "préfecture.",
     [E("PROTEST", src="FRA", place="Le Puy-en-Velay", day="2018-12-01")]),
    # Armed forces entering a town take it; entering a building is no event.
    ("en", "2022-11-11", "Ukrainian forces entered Kherson on Friday after the Russian withdrawal.",
     [E("ASSAULT", src="UKR", day="2022-11-11")]),
    ("en", "2022-11-11", "The soldiers entered the building.", []),
    # A verb conjugated with être is no passive: its subject acts.
    ("fr", "2024-11-30", "Des milliers de manifestants géorgiens sont descendus dans la rue samedi "
                         "à Tbilissi.",
     [E("PROTEST", src="GEO", place="Tbilisi", day="2024-11-30")]),
    # A call joined to the reported clause is the reporter's own; calling for something asks.
    ("en", "2023-05-30", "NATO Secretary-General Jens Stoltenberg said on Monday the attacks on "
                         "KFOR were \"totally unacceptable\" and called on Belgrade to refrain "
                         "from further escalation.",
     [E("ACCUSE", src="NATO", day="2023-05-29"), E("REQUEST", src="NATO", tgt="SRB")]),
    ("en", "2023-05-30", "Blinken called on Russia on Monday to end its aggression.",
     [E("REQUEST", src="USA", tgt="RUS", day="2023-05-29")]),
    # A seat of power after a locative preposition says where; as a subject it is the state.
    ("en", EN, "He held talks with Russian President Vladimir Putin at the Kremlin on Thursday.",
     [E("CONSULT", tgt="RUS", place="Moscow", day="2022-04-07")]),
    ("fr", FR, "Emmanuel Macron s'est entretenu lundi au Kremlin avec Vladimir Poutine.",
     [E("CONSULT", src="FRA", tgt="RUS", place="Moscow", day="2022-02-28")]),
    ("en", EN, "The Kremlin said its forces had shelled Kharkiv.",
     [E("ASSAULT", src="RUS", place="Kharkiv", claimed="RUS")]),
    # A call: who is on the line, whatever the NER takes a surname for ("May"); no place.
    ("en", EN, "French President Emmanuel Macron also spoke to Theresa May by phone on Thursday.",
     [E("CONSULT", src="FRA", day="2022-04-07", no_place=True)]),
    ("en", EN, "President Joe Biden telephoned Zelenskiy on Thursday to offer help.",
     [E("CONSULT", src="USA", tgt="UKR", day="2022-04-07")]),
    # A raised alert level is a mobilisation, in both languages.
    ("en", EN, "Britain raised its terrorism threat level to critical on Thursday.",
     [E("MOBILIZE", src="GBR", day="2022-04-07")]),
    ("fr", FR, "Les autorités moldaves ont relevé mardi le niveau d'alerte terroriste.",
     [E("MOBILIZE", src="MDA", day="2022-03-01")]),
    # Names called in anger accuse.
    ("en", EN, "Biden called the attackers \"evil losers\" on Thursday.",
     [E("ACCUSE", src="USA")]),
    # A summit one is due to attend is yet to come: "Thursday" is the next one.
    ("en", EN, "Johnson is due to see Biden at a NATO summit in Brussels on Thursday.",
     [E("CONSULT", "planned", place="Brussels", day="2022-04-14")]),
    # A finite verb the parser joins to a gerund is the speaker's next act, with its subject.
    ("en", EN, "Minawi accused the RSF on Thursday of trying to repeat the killings and called on "
               "the U.N. Security Council to act.",
     [E("ACCUSE", tgt="SDN"), E("REQUEST", tgt="UN")]),
    ("en", EN, "Norway said on Thursday it would step up security at its gas installations.",
     [E("MOBILIZE", "planned", src="NOR", claimed="NOR")]),
    # Rebels someone backs are an alliance, not an act.
    ("fr", FR, "Au Yémen, les rebelles soutenus par l'Iran ont lancé une offensive sur Marib.",
     [E("ASSAULT", src="YEM", place="Ma'rib")]),
    # Who joins another's call makes it too; the inverted "-il" after a quote is its speaker.
    ("fr", FR, "Joe Biden s'est joint à lui pour exhorter la Russie à cesser ses activités "
               "militaires autour du site.",
     [E("REQUEST", src="USA", tgt="RUS")]),
    ("en", EN, "Biden joined him in urging Russia to halt military activity around the plant.",
     [E("REQUEST", src="USA", tgt="RUS")]),
    ("fr", FR, "Le président Volodymyr Zelensky a publié une vidéo. « Européens, réveillez-vous ! », "
               "a-t-il exhorté.",
     [E("REQUEST", src="UKR")]),
    ("fr", FR, "Les Alliés ont de nouveau écarté la zone d'exclusion aérienne que réclame Kiev.",
     [E("REJECT")]),
    # A claim dismissed in a relative clause is rejected; vows to act harshly threaten.
    ("en", EN, "Trump said the ship had destroyed an Iranian drone, a claim Iran's Deputy Foreign "
               "Minister Abbas Araqchi reportedly dismissed on Thursday, saying Tehran had lost no "
               "drone.",
     [E("REJECT", "uncertain", src="IRN")]),
    ("en", EN, "Tokayev blamed the violence on terrorist bands and vowed to act \"as harshly as "
               "possible\" against them.",
     [E("ACCUSE", src="KAZ"), E("THREATEN", src="KAZ")]),
    # Clashes that "opposed" two sides "à Toulouse": a town after "à" is where, not a side.
    ("fr", FR, "De violents heurts ont opposé manifestants et forces de l'ordre à Toulouse.",
     [E("ASSAULT", place="Toulouse")]),
    # Interior ministers are known by name and title.
    ("en", "2017-05-24", "Home Secretary Amber Rudd said on Tuesday the attacker had been known to "
                         "the security services, and Rudd rebuked Washington on Wednesday.",
     [E("ACCUSE", src="GBR", tgt="USA")]),
    # A quoted verb is still active; a bare participle joined to "ayant entraîné" is the
    # speaker's next act.
    ("fr", FR, "Le secrétaire général de l'ONU, Antonio Guterres, a \"condamné\" mardi le coup "
               "d'Etat et exigé la libération immédiate de M. Hamdok.",
     [E("ACCUSE", src="UN"), E("REQUEST", src="UN")]),
    ("fr", FR, "Le président de la Commission de l'Union africaine a « fermement condamné » mardi "
               "une répression ayant « entraîné des pertes en vies humaines » et appelé les "
               "parties à « respecter les vies humaines ».",
     [E("ACCUSE", src="AU"), E("REQUEST", src="AU")]),
    # Force that is "not ruled out" is a threat, in both languages.
    ("fr", FR, "Le président turc Recep Tayyip Erdogan n'exclut pas une offensive terrestre.",
     [E("THREATEN", src="TUR")]),
    ("en", EN, "Turkish President Tayyip Erdogan did not rule out a ground offensive.",
     [E("THREATEN", src="TUR")]),
    ("en", EN, "Russia did not rule out talks with Kyiv.",
     [E("REJECT", "negated", src="RUS")]),
    # What a disaster kills is no attack, told as a toll or by a participle.
    ("en", EN, "Rescue teams landed in Kathmandu on Thursday after the country's worst earthquake "
               "in more than 80 years killed at least 2,430 people.",
     []),
    ("en", EN, "On Mount Everest, an avalanche set off by the quake swept through base camp, "
               "killing at least 17 climbers.",
     []),
    # "struck Kharkiv" attacks; "struck a deal" and "sanctions hit Russia" do not; what drills
    # rehearse is no attack.
    ("en", EN, "Russian forces struck Kharkiv on Thursday.",
     [E("ASSAULT", src="RUS", place="Kharkiv", day="2022-04-07")]),
    ("en", EN, "Sanctions hit Russia hard, officials said on Thursday.", [E("SANCTION")]),
    ("en", EN, "China's military said it had completed three days of combat drills around Taiwan "
               "that rehearsed encircling the island and striking key targets.",
     [E("MOBILIZE")]),
    # "a visé Beyrouth", "ont touché Odessa" attack a named place; a measure that "vise la
    # Russie" does not; a place the parser reads as a determiner of the day is still struck.
    ("fr", FR, "Des missiles ont touché Odessa mardi.",
     [E("ASSAULT", place="Odesa", day="2022-03-01")]),
    ("fr", FR, "Les sanctions visent la Russie.", [E("SANCTION")]),
    ("fr", FR, "Les forces russes ont frappé Kharkiv mardi.",
     [E("ASSAULT", src="RUS", place="Kharkiv", day="2022-03-01")]),
    # A present running "depuis 2010" tells how things stand: the committee's membership.
    ("fr", "2025-04-07", "Le Mali a annoncé dimanche son retrait du Cémoc, qui réunit depuis 2010 "
                         "l'Algérie, le Mali, la Mauritanie et le Niger.",
     [E("RETREAT", src="MLI", day="2025-04-06")]),
    # A kill verb joined to an attack tells its toll, not a second attack; a second place
    # makes a second strike.
    ("en", EN, "A Russian missile struck an industrial site in Kryvyi Rih on Thursday and killed "
               "10 people, the governor said.",
     [E("ASSAULT", src="RUS", place="Kryvyy Rih", day="2022-04-07", dead=10)]),
    ("fr", FR, "Des missiles russes ont frappé un immeuble de Dnipro mardi et tué au moins 20 "
               "personnes, selon les autorités.",
     [E("ASSAULT", src="RUS", place="Dnipro", day="2022-03-01", dead=20)]),
    ("en", EN, "Russian forces shelled Kharkiv on Thursday and killed five civilians in Kramatorsk.",
     [E("ASSAULT", place="Kharkiv"), E("ASSAULT", place="Kramatorsk", dead=5)]),
    # The trigger's own verb hedges nothing ("open" as in "open to talks"); visitors are people.
    ("en", EN, "Gunmen opened fire on tourists near Pahalgam on Thursday, killing 25 visitors.",
     [E("ASSAULT", place="Pahalgam", day="2022-04-07", dead=25)]),
    # The day a figure was given is not the day of the strike it counts; the object the French
    # parser hangs on the bare day before it ("a frappé vendredi la gare de X") is struck.
    ("en", "2022-04-09", "The number of people killed by a missile that struck a crowded railway "
                         "station in the eastern city of Kramatorsk rose to 52 on Saturday. The "
                         "missile hit the station on Friday morning, officials said.",
     [E("ASSAULT", place="Kramatorsk", day="2022-04-08")]),
    ("fr", "2022-04-09", "Un missile russe a frappé vendredi la gare de Kramatorsk. Le bilan des "
                         "personnes tuées par le missile qui a frappé la gare s'est alourdi "
                         "samedi à 52 morts.",
     [E("ASSAULT", src="RUS", tgt="UKR", place="Kramatorsk", day="2022-04-08", dead=52)]),
    # An event in "a day after ...", "deux jours après ...", "au lendemain de ..." is dated
    # from the clause it hangs on, moved by the offset; "the summit opened" is no hedge.
    ("en", "2019-03-16", "A 28-year-old Australian man appeared in court on Saturday charged with "
                         "murder, a day after a gunman killed 49 worshippers at two mosques in "
                         "Christchurch.",
     [E("ACCUSE", day="2019-03-16"), E("ASSAULT", place="Christchurch", day="2019-03-15", dead=49)]),
    ("en", "2019-03-16", "The summit opened on Thursday, two days after the attack.",
     [E("CONSULT", day="2019-03-14"), E("ASSAULT", day="2019-03-12")]),
    ("fr", "2019-03-19", "Le sommet s'est ouvert lundi, deux jours après l'attaque contre la base.",
     [E("CONSULT", day="2019-03-18"), E("ASSAULT", day="2019-03-16")]),
    ("fr", "2019-03-16", "La manifestation a eu lieu samedi, au lendemain de la mort de deux "
                         "étudiants tués par la police à Dacca.",
     [E("PROTEST", day="2019-03-16"), E("ASSAULT", place="Dhaka", day="2019-03-15", dead=2)]),
    ("en", EN, "Russia is ready to hold talks with Ukraine, Peskov said.",
     [E("CONSULT", "uncertain")]),
    # "called Zelensky" is a phone call; "called Putin a genius", "what the military called
    # hideouts", 'called Saudi Arabia "a great ally"' name, and call nobody.
    ("en", EN, "Biden called Zelensky on Thursday to express his support.",
     [E("CONSULT", src="USA", tgt="UKR", day="2022-04-07", no_place=True)]),
    ("en", EN, "Trump called Putin a genius.", []),
    ("en", EN, "Indian warplanes bombed what New Delhi called a militant training camp inside "
               "Pakistan on Tuesday.",
     [E("ASSAULT", src="IND", tgt="PAK", day="2022-04-05")]),
    ("en", EN, 'Trump, who has called Saudi Arabia "a great ally", spoke on Thursday.', []),
    # A warning is aimed at whoever the warned-of clause is about, not at the speaker's side.
    ("en", EN, "Iran's Revolutionary Guards warned on Thursday that any Israeli response would "
               "be met with crushing attacks.",
     [E("THREATEN", src="IRN", tgt="ISR")]),
    ("en", EN, 'Vucic warned on Thursday that if Serbs were attacked, "Serbia will win".',
     [E("THREATEN", src="SRB")]),
    # A meeting that frames a decision ("au terme d'un sommet") is an event of its own, held
    # when and where the decision was; "after weeks of protests" moves no date.
    ("fr", "2021-06-16", "Joe Biden et Vladimir Poutine sont convenus mercredi à Genève de "
                         "renvoyer leurs ambassadeurs, au terme d'un premier sommet de plus de "
                         "trois heures.",
     [E("AGREE", src="USA", day="2021-06-16"),
      E("CONSULT", place="Geneva", day="2021-06-16")]),
    ("en", "2024-08-06", "Sheikh Hasina resigned on Monday after weeks of protests.",
     [E("RETREAT", day="2024-08-05")]),
    # A "when" clause right after a time happened then (the old bombing of the same shape:
    # test_an_old_attack_told_in_a_when_clause_lends_nothing below).
    ("en", EN, "The strike came on Thursday, when a rocket hit a school in Kharkiv.",
     [E("ASSAULT", place="Kharkiv", day="2022-04-07")]),
    # A protest noun written with a capital inside a sentence is a party's name.
    ("fr", "2023-10-14", "La présidente du groupe Rassemblement national, Marine Le Pen, a "
                         "réclamé samedi l'expulsion des étrangers fichés.",
     [E("REQUEST", day="2023-10-14")]),
    # Rallies held "à Gumri et à Vanadzor": one in each town.
    ("fr", "2018-04-24", "Des rassemblements ont également eu lieu lundi à Gumri et à Vanadzor, "
                         "deuxième et troisième villes du pays.",
     [E("PROTEST", place="Gyumri", day="2018-04-23"), E("PROTEST", place="Vanadzor")]),
    # Where people flee to is not where the attacks they flee were.
    ("en", "2017-08-28", "Thousands of Rohingya fled toward Bangladesh on Monday, as the army "
                         "pressed a sweep after insurgent attacks.",
     [E("ASSAULT", no_place=True)]),
    # "The bloc", "l'organisation régionale": the organisation named last.
    ("en", "2023-08-01", "ECOWAS leaders met in Abuja on Tuesday. The bloc demanded the "
                         "release of President Bazoum.",
     [E("CONSULT", src="ECOWAS"), E("REQUEST", src="ECOWAS")]),
    ("fr", "2023-08-01", "Les dirigeants de la Cédéao se sont réunis mardi à Abuja. "
                         "L'organisation régionale a exigé la libération du président Bazoum.",
     [E("CONSULT", src="ECOWAS"), E("REQUEST", src="ECOWAS")]),
    # "The council" after the Security Council is the UN, which the organ belongs to.
    ("en", "2018-04-14", "Russia asked for an emergency session of the U.N. Security Council. "
                         "The council is due to meet on Saturday in New York.",
     [E("REQUEST", src="RUS"), E("CONSULT", "planned", src="UN")]),
    ("fr", "2018-04-14", "La Russie a demandé une réunion d'urgence du Conseil de sécurité de "
                         "l'ONU. Le conseil doit se réunir samedi à New York.",
     [E("REQUEST", src="RUS"), E("CONSULT", "planned", src="UN")]),
    # A person's name the parser splits ("Macron" read as an adverb) is still the person.
    ("fr", "2024-03-05", "Emmanuel Macron recevra jeudi à l'Élysée son homologue kényan William "
                         "Ruto.", [E("CONSULT", "planned", src="KEN", tgt="FRA", place="Paris")]),
    # Killed "in a Russian missile strike": the strike's attacker is the killing's.
    ("en", "2024-06-09", "Five people were killed in a Russian missile strike on Kharkiv on "
                         "Saturday.", [E("ASSAULT", src="RUS", tgt="UKR", place="Kharkiv")]),
    ("fr", "2024-06-09", "Cinq personnes ont été tuées samedi dans une frappe aérienne "
                         "israélienne sur Rafah.", [E("ASSAULT", src="ISR", place="Rafah")]),
    # "..., où il doit rencontrer": the pronoun of a clause opened by "où" / "where" is the
    # subject of the clause it hangs on.
    ("fr", "2024-03-05", "Le chef de la diplomatie américaine Antony Blinken est arrivé lundi soir "
                         "à Tel-Aviv, où il doit rencontrer mardi le Premier ministre Benyamin "
                         "Netanyahou.", [E("CONSULT", "planned", src="USA", tgt="ISR")]),
    ("en", "2024-03-05", "Secretary of State Antony Blinken arrived in Tel Aviv on Monday, where "
                         "he will meet Prime Minister Benjamin Netanyahu on Tuesday.",
     [E("CONSULT", "planned", src="USA", tgt="ISR")]),
    # "on a village in northern Burkina Faso", hung on the attackers by the parser: where.
    ("en", "2024-03-05", "At least 15 people were killed on Monday in an attack by jihadists on a "
                         "village in northern Burkina Faso, local sources said.",
     [E("ASSAULT", place="Burkina Faso (N)", day="2024-03-04")]),
    # Sanctions "targeting" officials aim at them; nobody attacks anybody.
    ("en", "2024-03-05", "The Treasury announced sanctions targeting 20 Iranian officials.",
     [E("SANCTION", tgt="IRN")]),
    ("fr", "2024-03-05", "Le Trésor a annoncé des sanctions ciblant une vingtaine de responsables "
                         "iraniens.", [E("SANCTION", tgt="IRN")]),
    # Aid "to Ukraine" is given to Ukraine, wherever it is pledged.
    ("en", "2024-03-05", "Japan pledged $4.5 billion in aid to Ukraine at a conference in Tokyo "
                         "on Monday.", [E("AID", src="JPN", tgt="UKR")]),
    ("fr", "2024-03-05", "Le Japon a promis lundi une aide de 4,5 milliards de dollars à "
                         "l'Ukraine lors d'une conférence à Tokyo.", [E("AID", src="JPN", tgt="UKR")]),
    # A visit "for talks with Xi": the talks' partner is the host.
    ("en", "2024-03-05", "The Kremlin said on Monday that President Vladimir Putin would travel to "
                         "Beijing next week for talks with Xi Jinping.",
     [E("CONSULT", "planned", src="RUS", tgt="CHN", place="Beijing")]),
    # Marching "through central London" to demand a ceasefire in Gaza: the march is in London.
    ("en", "2024-03-05", "Thousands of people marched through central London on Saturday to "
                         "demand a ceasefire in Gaza, police said.",
     [E("PROTEST", place="London", day="2024-03-02")]),
    # "près de Kidal": the "de" ends a preposition of place, it is no genitive.
    ("fr", "2024-03-05", "Trois casques bleus ont été blessés dimanche par l'explosion d'un engin "
                         "explosif improvisé au passage de leur convoi près de Kidal, a indiqué "
                         "la Minusma.", [E("ASSAULT", tgt="UN", place="Kidal", day="2024-03-03")]),
    # Firing live rounds at a crowd is an attack, where the sentence says.
    ("fr", "2024-10-25", "A Nampula, dans le nord, la police a tiré à balles réelles jeudi pour "
                         "disperser des manifestants qui bloquaient les routes.",
     [E("ASSAULT", place="Nampula", day="2024-10-24")]),
    # A bare day the tagger reads as a verb governs neither the object nor the next clause.
    ("fr", "2025-04-14", "La présidente de la Commission européenne, Ursula von der Leyen, a "
                         "fustigé elle aussi dimanche une attaque « horrible », et Londres a "
                         "condamné une frappe « effroyable » contre des civils.",
     [E("ACCUSE", src="EU"), E("ACCUSE", src="GBR")]),
    # Declining to comment refuses nothing; "neither confirmed nor denied" denies nothing.
    ("fr", FR, "Israël, qui n'a ni confirmé ni démenti, s'est refusé à tout commentaire.", []),
    ("en", EN, "Israel neither confirmed nor denied the report and refused to comment.", []),
    ("en", EN, "Moscow denied the report on Thursday.", [E("REJECT", src="RUS")]),
    # Years of history are no event of the report; a denial of one's own part answers the
    # accuser, not oneself.
    ("en", EN, "The two countries have fought three wars since 1947.", []),
    ("en", EN, "Ukraine accused Russia of the strike on Friday. Kremlin spokesman Dmitry Peskov "
               "rejected any Russian responsibility on Friday.",
     [E("ACCUSE", src="UKR", tgt="RUS"), E("REJECT", src="RUS", tgt="UKR")]),
    # The dateline's date and place are the report's, not its events': "jeudi" dates them.
    ("fr", "2022-10-21", "N'DJAMENA, 21 octobre 2022 (AFP) - Une cinquantaine de personnes ont "
                         "été tuées jeudi à Moundou lors de manifestations.",
     [E("ASSAULT", place="Moundou", day="2022-10-20", dead=50), E("PROTEST")]),
    # "in the capital" is the capital of the country the report is about.
    ("en", "2022-04-09", "Russian missiles struck Kharkiv in eastern Ukraine on Saturday. "
                         "Austrian Chancellor Karl Nehammer met Zelenskiy in the capital.",
     [E("ASSAULT", place="Kharkiv"), E("CONSULT", place="Kyiv")]),
    # The town an attack is "of" is where it happened, and its country the victim.
    ("fr", "2016-03-14", "Le bilan de l'attaque jihadiste de Grand-Bassam s'est alourdi à 18 "
                         "morts, a annoncé lundi le ministre ivoirien de l'Intérieur.",
     [E("ASSAULT", tgt="CIV", place="Grand-Bassam", dead=18, claimed="CIV")]),
    ("en", FR, "The shelling of Kharkiv killed five people on Tuesday, the regional governor said.",
     [E("ASSAULT", tgt="UKR", place="Kharkiv", day="2022-03-01", dead=5, claimed="UKR")]),
    # "they" after a lone speaker who names others is those others, not the speaker.
    ("en", "2016-07-10", "Chinese foreign ministry spokesman Lu Kang said Beijing was worried. "
                         "South Sudan's information minister blamed Machar's bodyguards for the "
                         "fighting, saying that they had opened fire on soldiers in Juba.",
     [E("ACCUSE", src="SSD", tgt="SSD"), E("ASSAULT", src="SSD", tgt="SSD")]),
    # An object after a run of adjuncts, which the parser hangs on the last of them: the
    # agreement was signed in Nairobi, with Kenya's president.
    ("fr", "2024-03-05", "M. Henry avait signé vendredi à Nairobi avec le président kényan "
                         "William Ruto un accord de réciprocité sur le déploiement de policiers.",
     [E("AGREE", src="KEN", place="Nairobi", day="2024-03-01")]),
    # A person the report names in full once, then by surname alone.
    ("fr", "2024-03-12", "Le ministre des Finances assure l'intérim du Premier ministre Ariel "
                         "Henry, bloqué à Porto Rico. M. Henry a signé vendredi un accord avec "
                         "le Kenya.",
     [E("AGREE", src="HTI", day="2024-03-08")]),
    # Where something was said is not where what was said happened; a place fronted before
    # an attribution, or named after a passive "reported", still is.
    ("en", "2022-06-14", "A government spokesman told reporters in Kinshasa on Tuesday that "
                         "Rwandan troops had shelled the town of Rutshuru.",
     [E("ASSAULT", src="RWA", tgt="COD", place="Rutshuru")]),
    ("en", "2022-06-14", "Government spokesman Patrick Muyaya told reporters in Kinshasa on "
                         "Tuesday that the army had been attacked by Rwandan troops.",
     [E("ASSAULT", src="RWA", no_place=True)]),
    ("en", "2022-10-10", "In the western city of Lviv, strikes on energy facilities cut power "
                         "to a third of the city, the mayor said.",
     [E("ASSAULT"), E("COERCE", place="Lviv")]),
    ("fr", "2021-07-08", "La République dominicaine a dépêché des renforts militaires le long de "
                         "la frontière, a annoncé la présidence à Saint-Domingue.",
     [E("MOBILIZE", src="DOM", place="Santo Domingo")]),
    # The state acting in a territory another state governs is that state; the territory
    # keeps its people and its places.
    ("fr", "2021-11-22", "Les gendarmes ont interpellé trente personnes dimanche à "
                         "Pointe-à-Pitre, en Guadeloupe.",
     [E("COERCE", src="FRA", tgt="GLP", place="Pointe-a-Pitre")]),
    ("en", "2024-05-15", "Police in Noumea arrested 30 people overnight, New Caledonia's high "
                         "commission said.",
     [E("COERCE", src="FRA", place="Noumea")]),
    # Backing an act named with no actor backs those the report said did it.
    ("en", "2018-04-14", "U.S., British and French forces struck three Syrian chemical weapons "
                         "sites on Saturday. NATO Secretary-General Jens Stoltenberg said the "
                         "alliance's members backed the strikes.",
     [E("ASSAULT", src="USA", tgt="SYR"), E("SUPPORT", src="NATO", tgt="USA")]),
    # "at Russia's request": the requester asks, it does not take part; the Council meets
    # at its seat.
    ("en", "2018-04-14", "The U.N. Security Council will hold closed-door consultations on "
                         "Syria on Monday at Russia's request, diplomats said.",
     [E("CONSULT", "planned", src="UN", tgt="UN", place="New York City", day="2018-04-16"),
      E("REQUEST", src="RUS", tgt="UN")]),
    # What a meeting is "devoted to" is its topic, not its place.
    ("fr", "2021-06-29", "A New York, le Conseil de sécurité de l'ONU doit tenir vendredi sa "
                         "première réunion publique consacrée au Tigré.",
     [E("CONSULT", "planned", src="UN", place="New York City", day="2021-07-02")]),
    ("en", "2021-06-29", "In New York, the U.N. Security Council will hold a session devoted to "
                         "Tigray on Friday.",
     [E("CONSULT", "planned", src="UN", place="New York City", day="2021-07-02")]),
    # A disaster the parser took for the object of "after" kills no one of ours; soldiers who
    # "set fire to homes and shot at villagers" still attack.
    ("en", "2015-04-26", "Rescue teams landed in Kathmandu on Sunday as Nepal appealed for "
                         "international help after the country's worst earthquake in more than "
                         "80 years killed at least 2,430 people.",
     [E("REQUEST", src="NPL")]),
    ("en", "2017-08-28", "Refugees said soldiers had set fire to their homes and shot at "
                         "villagers as they ran.",
     [E("ASSAULT"), E("ASSAULT")]),
    # A country name that is also a first name, before a surname, is a person: no Dominica.
    ("fr", FR, "Dominique Bernard, 57 ans, a été mortellement poignardé mardi devant le lycée.",
     [E("ASSAULT", day="2022-03-01", no_place=True)]),
    # A town named as the genitive of a settlement noun, deep in the object's modifiers, is
    # still where the sentence's act happened.
    ("en", "2017-05-25", "Police arrested four people suspected of links to the Maute group at "
                         "checkpoints in the neighbouring city of Iligan overnight, the regional "
                         "police office said.",
     [E("COERCE", place="Iligan City")]),
    ("fr", FR, "La police a arrêté quatre personnes soupçonnées de liens avec le groupe Maute à "
               "des barrages dans la ville voisine d'Iligan dans la nuit, a indiqué la police.",
     [E("COERCE", place="Iligan")]),
    # Blame with the one blamed between the words; remarks "tenus par des responsables"
    # blame no one.
    ("en", "2017-04-05", "French President Francois Hollande had on Tuesday held Damascus "
                         "responsible.",
     [E("ACCUSE", src="FRA", tgt="SYR", day="2017-04-04")]),
    ("fr", FR, "Le Hezbollah a tenu Israël pour entièrement responsable de cette agression.",
     [E("ACCUSE", tgt="ISR")]),
    ("fr", FR, "Cette décision fait suite aux propos hostiles tenus récemment par des "
               "responsables français, a déclaré le gouvernement.", []),
    ("en", "2017-04-05", "President Donald Trump called the gas attack \"reprehensible\" on "
                         "Tuesday.",
     [E("ACCUSE", src="USA", day="2017-04-04")]),
    # A call hung on a verb of saying is between who spoke and to whom.
    ("en", "2017-04-05", "President Tayyip Erdogan told Vladimir Putin in a telephone call on "
                         "Tuesday that the attack was inhumane.",
     [E("CONSULT", src="TUR", tgt="RUS", day="2017-04-04"), E("ASSAULT")]),
    ("fr", "2017-04-05", "Recep Tayyip Erdogan a affirmé à Vladimir Poutine lors d'un entretien "
                         "téléphonique mardi que l'attaque était inhumaine.",
     [E("CONSULT", src="TUR", tgt="RUS", day="2017-04-04"), E("ASSAULT")]),
    # Names after the comma that closes a fronted adjunct are the verb's subject, not more
    # places of the adjunct; what a counting noun counts is the side acted on.
    ("fr", "2022-04-04", "Après la découverte de corps de civils à Boutcha, Berlin et Paris "
                         "expulsent des dizaines de diplomates russes",
     [E("SANCTION", src="FRA", tgt="RUS")]),
    ("en", "2022-04-04", "France expelled dozens of Russian diplomats on Monday.",
     [E("SANCTION", src="FRA", tgt="RUS", day="2022-04-04")]),
    # "A" opening a sentence is the preposition "À" the press writes without its accent: the
    # clause after it keeps its speaker and the one he names; the place set before the clause
    # is where, not whom.
    ("fr", "2022-04-04", "A Washington, le président américain Joe Biden a qualifié lundi "
                         "Vladimir Poutine de « criminel de guerre ».",
     [E("ACCUSE", src="USA", tgt="RUS", place="Washington", day="2022-04-04")]),
    # Where a body sits is no place of what it reports.
    ("fr", "2022-09-22", "L'ONG Iran Human Rights, basée à Oslo, fait état d'au moins 31 civils "
                         "tués par les forces de l'ordre.", [E("ASSAULT", no_place=True)]),
    ("en", "2022-07-30", "The Geneva-based ICRC said 40 prisoners had been killed.",
     [E("ASSAULT", no_place=True)]),
    # Speaking at a meeting makes it a setting; a meeting spoken after was held.
    ("fr", "2022-10-10", "S'exprimant lors d'une réunion de son Conseil de sécurité, Vladimir "
                         "Poutine a affirmé que la situation était grave.", []),
    ("en", "2022-11-16", "Jens Stoltenberg, speaking after an emergency meeting of alliance "
                         "ambassadors in Brussels, said Russia bore responsibility.",
     [E("CONSULT", place="Brussels")]),
    # A reporter's request for comment is no request of the report's actors.
    ("en", "2024-08-26", "The army did not respond to a request for comment.", []),
    # "The injured" carried or treated are people, not an attack by those who carry them.
    ("en", "2017-04-05", "India's navy said it had treated the injured on board and was taking "
                         "them to Djibouti.", []),
    # A meeting that is only the audience of words said is no meeting event; a call is one.
    ("en", "2024-10-02", "Iran made a big mistake tonight, Prime Minister Benjamin Netanyahu "
                         "told a security cabinet meeting late on Tuesday.", []),
    ("fr", "2024-10-02", "Le président a déclaré lors d'une réunion du gouvernement que la guerre "
                         "continuerait.", []),
    # A slogan wishing a state death says whom a protest is against.
    ("fr", "2024-09-28", "Des milliers de personnes ont manifesté samedi à Téhéran aux cris de "
                         "« Mort à Israël ».",
     [E("PROTEST", src="IRN", tgt="ISR", place="Tehran", day="2024-09-28")]),
    ("en", "2024-09-28", "Thousands of protesters rallied in Baghdad on Saturday, chanting "
                         "\"Death to America\".",
     [E("PROTEST", src="IRQ", tgt="USA", place="Baghdad", day="2024-09-28")]),
    # "Targeted" measures are a kind of measure: no strike.
    ("fr", FR, "Le département d'Etat a menacé de mesures ciblées ceux qui entraveraient la "
               "transition.", [E("THREATEN", src="USA")]),
    # Who is expected somewhere for a meeting holds it.
    ("en", "2017-04-05", "Tillerson is due in Moscow next week for his first talks with Russian "
                         "officials as secretary of state.",
     [E("CONSULT", "planned", src="USA", tgt="RUS", place="Moscow")]),
    ("fr", "2017-04-05", "Le chef de la diplomatie américaine est attendu à Moscou la semaine "
                         "prochaine pour des entretiens avec les dirigeants russes.",
     [E("CONSULT", "planned", src="USA", tgt="RUS", place="Moscow")]),
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


def test_a_domestic_conflict_report_gives_its_unnamed_attackers_and_army_to_that_country(extract):
    # The report is about Sudan (its headline says so) and both sides of its strikes are
    # Sudanese: the unclaimed fire on a French convoy and "l'armée" are Sudan's, not France's,
    # however often France is named.
    text = ("Soudan : la trêve vacille à Khartoum\n"
            "Les paramilitaires des Forces de soutien rapide ont bombardé mardi l'aéroport de "
            "Khartoum. Des frappes de l'armée soudanaise ont visé des positions des FSR à "
            "Omdourman. Un convoi français a essuyé des tirs dimanche près de la capitale, a "
            "indiqué Paris. L'armée a démenti toute implication.")
    events = extract(text, published="2023-04-25", lang="fr")
    convoy = next(e for e in events if "FRA" in _codes(e.target_actors))
    assert _codes(convoy.source_actors) == {"SDN"}
    denial = next(e for e in events if e.type == "REJECT")
    assert _codes(denial.source_actors) == {"SDN"}


def test_a_clause_hung_on_a_time_is_dated_by_it(extract):
    # "struck" hangs on "Thursday" (a relative clause), not on a verb that has the time.
    events = extract("The deadliest single attack came on Thursday, when a Cambodian rocket struck "
                     "a petrol station in Sisaket province, killing six people.",
                     published="2025-07-27", lang="en")
    strike = next(e for e in events if e.fatalities is not None)
    assert strike.fatalities.count == 6
    assert strike.date.start == strike.date.end == date(2025, 7, 24)


def test_arrests_are_counted_on_their_crackdown_and_two_running_totals_stay_apart(extract):
    # The arrested belong to the arrest, not to an attack; a count since Friday and one since
    # June are two running totals, not one figure revised.
    events = extract("Police said they had arrested 149 people since Friday. More than 700 "
                     "people have been arrested since the protests began in June.",
                     published="2019-08-13", lang="en")
    counts = sorted((e.arrested.count, e.arrested.cumulative, e.date.start.isoformat())
                    for e in events if e.type == "COERCE")
    assert counts == [(149, True, "2019-08-09"), (700, True, "2019-06-01")]
    fr = extract("La police a interpellé une trentaine de manifestants à Moscou.",
                 published=FR, lang="fr")
    assert [(e.type, e.arrested.count) for e in fr] == [("COERCE", 30)]


def test_a_count_running_for_two_days_does_not_absorb_an_attack_of_those_days(extract):
    events = extract("Gunmen stormed a television studio in Guayaquil on Tuesday. At least 10 "
                     "people have been killed in Guayaquil since the state of emergency took "
                     "effect on Monday, police said.", published="2024-01-10", lang="en")
    assaults = sorted((e.date.start.isoformat(), e.fatalities.cumulative if e.fatalities else None)
                      for e in events if e.type == "ASSAULT")
    assert assaults == [("2024-01-08", True), ("2024-01-09", None)]


def test_a_toll_over_two_days_stays_with_the_strikes_of_those_days(extract):
    # "en deux jours" is the span of the strikes, not a count since some start: one event.
    events = extract("De nouvelles frappes aériennes ont visé Kharkiv. Les frappes sur Kharkiv "
                     "ont fait 29 morts en deux jours, selon le gouverneur.",
                     published=FR, lang="fr")
    kharkiv = [e for e in events if e.type == "ASSAULT"]
    assert len(kharkiv) == 1 and kharkiv[0].fatalities.count == 29


def test_a_title_joins_the_event_the_body_tells(extract):
    # The title names the attack loosely (its target, no date); the body tells it in full:
    # one event, told twice.
    text = ("Iran Fires Missiles at U.S. Forces in Iraq in Revenge for Soleimani Killing\n"
            "BAGHDAD, Jan 8 (GDN) - Iran fired more than a dozen ballistic missiles at two Iraqi "
            "bases housing U.S. troops early on Wednesday, the Pentagon said.")
    assaults = [e for e in extract(text, published="2020-01-08", lang="en")
                if e.type == "ASSAULT" and "IRN" in _codes(e.source_actors)]
    assert len(assaults) == 1
    assert [m.trigger for m in assaults[0].mentions] == ["Fires", "fired"]
    assert assaults[0].date.start == date(2020, 1, 8)


def test_a_title_of_one_kind_of_measure_does_not_join_another(extract):
    # The title's curfew and the body's arrests are two crackdowns, not one told twice.
    text = ("Guadeloupe : nouvelle nuit de violences malgré le couvre-feu\n"
            "POINTE-A-PITRE, 22 novembre 2021 (AFP) - Au total, 71 personnes ont été "
            "interpellées depuis mercredi en Guadeloupe, a déclaré lundi le préfet.")
    modes = sorted(e.mode or "" for e in extract(text, published="2021-11-22", lang="fr")
                   if e.type == "COERCE")
    assert modes == ["arrest", "curfew"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le préfet a annoncé dimanche la prolongation jusqu'au 30 novembre du couvre-feu."),
    ("en", "The governor extended the curfew until Nov. 30 on Sunday."),
])
def test_the_end_of_a_span_does_not_date_the_event(extract, lang, text):
    # "until 30 November" bounds the curfew; the announcement is Sunday's, and the curfew is
    # no event of a past year (the bare date, read with a past verb, was 2020).
    events = [e for e in extract(text, published="2021-11-22", lang=lang) if e.type == "COERCE"]
    assert len(events) == 1
    assert events[0].date.start == date(2021, 11, 21)


def test_a_place_name_is_not_the_event_its_common_noun_names(extract):
    # "La Réunion" is an island; "la réunion de lundi", opening a sentence, is a meeting
    # and names no Réunion.
    events = extract("Deux avions A400M ont décollé mardi de Saint-Denis de La Réunion pour "
                     "Mayotte.", published="2024-12-18", lang="fr")
    assert not [e for e in events if e.type == "CONSULT"]
    meeting = extract("La réunion de lundi se tiendra à Paris.", published="2024-12-18",
                      lang="fr")
    assert [e.type for e in meeting] == ["CONSULT"]
    assert "REU" not in _codes(meeting[0].source_actors)


def test_an_act_with_no_place_happens_in_the_city_the_report_is_about(extract):
    # Filed from Conakry, about Nzérékoré (named three times): the police station burned
    # "lundi matin", with no place in its sentence, burned in Nzérékoré.
    text = ("Guinée : colère à Nzérékoré après la bousculade du stade\n"
            "CONAKRY, 3 décembre 2024 (AFP) - La tension restait vive mardi à Nzérékoré, "
            "dans le sud-est de la Guinée, deux jours après la bousculade du stade. "
            "Des centaines de jeunes ont manifesté lundi à Nzérékoré pour réclamer justice, "
            "a indiqué un responsable joint à Conakry. "
            "Lundi matin, des jeunes en colère ont incendié le commissariat central, selon des "
            "habitants joints par téléphone.")
    fires = [e for e in extract(text, published="2024-12-03", lang="fr")
             if e.mentions[0].trigger == "incendié"]
    assert len(fires) == 1 and fires[0].location is not None
    assert fires[0].location.name == "Nzerekore"


def test_a_report_filed_from_one_country_keeps_its_events_off_another_countrys_city(extract):
    # Beijing is named often in a report filed from Hong Kong; a protest in Hong Kong with no
    # place of its own is not moved to Beijing.
    text = ("Hong Kong protesters defy Beijing\n"
            "HONG KONG, Aug 12 (ANS) - Beijing warned on Monday that protests were a threat. "
            "Beijing officials said Beijing would not tolerate them. "
            "The protest swelled on Monday, forcing the cancellation of flights.")
    protests = [e for e in extract(text, published="2019-08-12", lang="en")
                if e.type == "PROTEST"]
    assert protests and all(e.location is None or e.location.country != "CHN" for e in protests)


def test_a_part_of_a_country_is_not_the_one_city_named_there_when_far_from_it(extract):
    # Mogadishu is only the dateline, 310 km from the centre of southwestern Somalia.
    far = extract("MOGADISHU, Jan 16 (Reuters) - Al Shabaab fighters stormed a Kenyan military "
                  "base in southwestern Somalia on Friday.", published="2016-01-16", lang="en")
    assert [e.type for e in far] == ["ASSAULT"]
    assert far[0].location.precision == "region" and far[0].location.country == "SOM"
    # Abqaiq is in eastern Saudi Arabia: the one city named there stands for it.
    near = extract("Drones struck oil facilities in eastern Saudi Arabia on Saturday. The fires "
                   "at Abqaiq burned for hours, officials said.", published="2019-09-15",
                   lang="en")
    assert near[0].type == "ASSAULT" and near[0].location.name == "Abqaiq"


def test_an_organisation_meeting_alone_is_placed_at_its_seat_not_the_dateline(extract):
    # Filed from Doha; the Security Council's meeting, placed nowhere in its sentence, is held
    # where the Council sits.
    text = ("Israel strikes Hamas leaders in Doha\n"
            "DOHA, Sept 10 (Reuters) - Israel struck Hamas leaders in Doha on Tuesday, the "
            "Qatari foreign ministry said. The U.N. Security Council is due to hold an "
            "emergency meeting on Thursday, diplomats said.")
    meetings = [e for e in extract(text, published="2025-09-10", lang="en")
                if e.type == "CONSULT"]
    assert len(meetings) == 1 and meetings[0].location is not None
    assert meetings[0].location.name == "New York City"


def test_a_headline_of_two_headlines_is_read_as_two(extract):
    # The semicolon joins two headlines: the first has its own subject, the second's
    # infinitive announces what is to come.
    text = ("Russia Pounds Kyiv and Other Cities After Crimea Bridge Blast; G7 Leaders to Hold "
            "Emergency Call\n"
            "KYIV, Oct 10 (Reuters) - Russia fired dozens of missiles at Kyiv on Monday.")
    events = extract(text, published="2022-10-10", lang="en")
    pounds = [e for e in events if any(m.trigger == "Pounds" for m in e.mentions)]
    assert pounds and {a.code for a in pounds[0].source_actors} == {"RUS"}
    calls = [e for e in events if e.type == "CONSULT"]
    assert len(calls) == 1 and calls[0].status == "planned"
    assert {a.code for a in calls[0].source_actors} == {"G7"}


def test_a_condemnation_targets_who_did_the_acts_not_the_reports_country(extract):
    # "the strikes" alone would be guessed to be the army of the country the report is
    # about (Ukraine); the content says whose war they are.
    text = ("Ukrainian forces held their positions near Kharkiv on Monday, the Ukrainian army "
            "said. Ukraine's army said it had repelled several assaults. U.S. President Joe "
            "Biden condemned the strikes as a demonstration of the brutality of Putin's war.")
    accused = [e for e in extract(text, published="2022-10-10", lang="en") if e.type == "ACCUSE"]
    assert len(accused) == 1
    assert {a.code for a in accused[0].target_actors} == {"RUS"}


def test_words_of_an_unknown_speaker_are_not_folded_into_anothers(extract):
    # Rudd is no one the knowledge base knows; her rebuke of Washington is not the US
    # President's condemnation told the same day.
    text = ("U.S. President Donald Trump on Tuesday called the attackers \"evil losers in life\". "
            "Rudd also rebuked Washington on Tuesday after U.S. officials leaked the bomber's "
            "name to American media.")
    accused = [e for e in extract(text, published="2017-05-24", lang="en") if e.type == "ACCUSE"]
    assert len(accused) == 2
    assert any({a.code for a in e.target_actors} == {"USA"} for e in accused)


def test_an_old_attack_told_in_a_when_clause_lends_nothing(extract):
    # Years ago is history: the old bombing is no event of the report, and lends the new one
    # neither its day nor its toll.
    events = extract("The bombing was the deadliest in Britain since July 7, 2005, when four "
                     "suicide bombers killed 52 people.", published="2017-05-24", lang="en")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].fatalities is None and events[0].date.start.year == 2017


@pytest.mark.parametrize("lang,text", [
    ("en", "Iran fired 180 missiles at Israel on Tuesday, and US destroyers helped shoot them "
           "down, Washington said. The US said its forces were on alert. The only death was in "
           "the occupied West Bank, where a man was killed in Jericho by a falling fragment."),
    ("fr", "L'Iran a tiré mardi 180 missiles sur Israël et des destroyers américains ont aidé à "
           "les abattre, a indiqué Washington. Les Etats-Unis ont placé leurs forces en alerte. "
           "En Cisjordanie occupée, un homme a été tué à Jéricho par la chute d'un débris."),
])
def test_a_region_the_sentence_names_settles_which_town_of_that_name(extract, lang, text):
    # The report names the US often enough to be about it too, and New York has a Jericho;
    # the West Bank named in the same sentence says which one was struck.
    events = extract(text, published="2024-10-02", lang=lang)
    killed = next(e for e in events if e.location is not None and e.location.name == "Jericho")
    assert killed.location.country == "PSE"


def test_a_passive_sharing_the_auxiliary_before_it_has_its_subject_as_victim(extract):
    # "several Rwandan soldiers wounded" shares "were" with "were killed": the soldiers were
    # wounded, they wounded no one, and Rwanda is no attacker of the report.
    text = ("Two Chinese peacekeepers were killed and several Rwandan soldiers wounded on "
            "Sunday when shells struck U.N. positions near the base, the mission said.")
    events = extract(text, published="2016-07-11", lang="en")
    assert events and all("RWA" not in _codes(e.source_actors) for e in events)
    assert any("RWA" in _codes(e.target_actors) for e in events) or \
        any(m.trigger == "wounded" for e in events for m in e.mentions)


def test_an_act_as_agent_of_a_passive_is_no_actor(extract):
    # "frappé par une attaque contre l'hôtel de Bamako": the attack's target town is not who
    # struck; with no attacker named, Mali is no attacker of the report.
    text = ("Des jihadistes ont attaqué vendredi soir un hôtel de Ouagadougou, au Burkina Faso, "
            "faisant 29 morts. Le président malien, dont le pays avait été frappé en novembre "
            "par une attaque similaire contre l'hôtel Radisson Blu de Bamako, a condamné "
            "l'attaque.")
    events = extract(text, published="2016-01-16", lang="fr")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults and all("MLI" not in _codes(e.source_actors) for e in assaults)


@pytest.mark.parametrize("lang,text,codes", [
    ("en", "American, British and French forces struck three chemical weapons sites in Syria "
           "on Saturday.", {"USA", "GBR", "FRA"}),
    ("en", "Thai and Cambodian troops exchanged fire along the border on Friday.", {"THA", "KHM"}),
])
def test_states_listed_before_the_noun_they_share_are_each_a_side(extract, lang, text, codes):
    events = extract(text, published="2018-04-14", lang=lang)
    assert events and codes <= _codes(events[0].source_actors)


@pytest.mark.parametrize("lang,text,code", [
    ("en", "Two bombs ripped through the airport on Tuesday. Americans, Dutch nationals and a "
           "Peruvian woman were among the dead or wounded, their governments said.", "NLD"),
    ("fr", "Des Néerlandais figurent parmi les personnes tuées mardi dans l'explosion de deux "
           "bombes à l'aéroport de Bruxelles, selon La Haye.", "NLD"),
])
def test_a_subject_counted_among_the_victims_is_a_target_not_an_attacker(extract, lang, text,
                                                                          code):
    # (the report's context may still guess an attacker, at low confidence)
    events = extract(text, published="2016-03-23", lang=lang)
    assert all(code not in {a.code for a in e.source_actors if a.confidence > 0.5}
               for e in events)
    assert any(code in _codes(e.target_actors) for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée soudanaise a accusé mardi les Forces de soutien rapide d'avoir bombardé un "
           "hôpital d'El-Facher, tuant neuf patients."),
    ("en", "The Sudanese army accused the Rapid Support Forces on Tuesday of shelling a hospital "
           "in El Fasher, killing nine patients."),
])
def test_an_accusation_counts_no_dead_of_the_attack_it_names(extract, lang, text):
    events = extract(text, published="2024-03-05", lang=lang)
    assert any(e.type == "ACCUSE" for e in events)
    assert all(e.fatalities is None for e in events if e.type != "ASSAULT")


@pytest.mark.parametrize("lang,text", [
    ("en", "The two leaders will meet in Geneva next month."),
    ("fr", "Les deux dirigeants se rencontreront le mois prochain à Genève."),
])
def test_a_meeting_planned_next_month_is_dated_next_month(extract, lang, text):
    (event,) = extract(text, published="2024-03-06", lang=lang)
    assert (event.type, event.status) == ("CONSULT", "planned")
    assert (event.date.start, event.date.end) == (date(2024, 4, 1), date(2024, 4, 30))



def test_a_town_the_ner_calls_a_person_is_a_town_when_the_report_places_something_there(extract):
    # The English NER tags every "Kherson" here as a person, and GeoNames gives the city
    # 66,000 people: "in Kherson" further on says it is the town.
    text = ("Russian forces shelled Kherson on Tuesday, killing two civilians. Air raid sirens "
            "sounded across the region and in Kherson itself, the governor said.")
    (strike,) = [e for e in extract(text, published="2024-03-06", lang="en")
                 if e.type == "ASSAULT"]
    assert strike.location is not None and strike.location.name == "Kherson"


def test_a_capital_speaking_for_its_government_is_not_the_city_the_report_is_about(extract):
    # Named three times as the one who speaks and accuses, Ankara is no place of the report:
    # the shooting at the Greek border is not placed there.
    text = ("Ankara said on Monday that Greek forces had shot a migrant dead at the border. "
            "Greek police fired tear gas at migrants on Wednesday near a border village. "
            "Ankara's claim was rejected by Athens. Ankara has accused Greece of brutality.")
    assaults = [e for e in extract(text, published="2020-03-05", lang="en") if e.type == "ASSAULT"]
    assert assaults and all(e.location is None or e.location.name != "Ankara" for e in assaults), \
        [e.location for e in assaults]


def test_a_passive_subject_is_who_he_is_in_the_next_sentence(extract):
    text = ("Macron, the first foreign leader to visit since the disaster, was mobbed in the "
            "Gemmayzeh district. He later met President Michel Aoun at the Baabda palace.")
    meetings = [e for e in extract(text, published="2020-08-06", lang="en") if e.type == "CONSULT"]
    assert meetings and "FRA" in {a.code for a in meetings[0].source_actors}, meetings


def test_in_a_war_within_one_country_the_accused_officials_are_of_that_country(extract):
    # Baghdad's troops and the Peshmerga fight each other: officials the Kurdish command
    # accuses, named without a country, are Iraqi, not of the next state the report names.
    text = ("Iraqi forces seize Kirkuk from Kurdish fighters\n"
            "KIRKUK, Iraq, Oct 17 (Reuters) - Iraqi troops shelled Kurdish Peshmerga positions "
            "south of Kirkuk on Monday. Peshmerga fighters fired on Iraqi army units near the "
            "city. Washington urged calm. "
            "The Peshmerga General Command accused some officials of a plot.")
    events = extract(text, published="2017-10-17", lang="en")
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert _codes(accusation.target_actors) == {"IRQ"}


@pytest.mark.parametrize("lang,text", [
    ("en", "The crash has drawn comparisons with the downing of flight MH17 over eastern Ukraine "
           "in 2014, which killed all 298 people on board."),
    ("en", "The group also claimed the bombing at Kabul airport in August 2021 that killed some "
           "170 Afghans and 13 U.S. troops."),
])
def test_a_relative_clause_happened_when_the_old_event_it_describes_did(extract, lang, text):
    # History told in passing is not news of the day the report was filed.
    assert extract(text, published="2024-12-27", lang=lang) == []


def test_a_superlative_since_dates_the_old_event_not_the_new_one(extract):
    events = extract("The attack was the deadliest chemical incident in Syria since August 2013, "
                     "when sarin killed hundreds of people in the Ghouta suburbs of Damascus.",
                     published="2017-04-05", lang="en")
    assert [e.mentions[0].trigger for e in events] == ["attack"]
    assert events[0].date.start.year == 2017 and events[0].fatalities is None


def test_victims_caught_doing_something_somewhere_place_and_date_the_attack(extract):
    # "students putting up posters in the city of Novi Sad overnight": where and when the
    # victims were is where and when they were attacked; the news conference is elsewhere.
    text = ('Vucevic told a news conference in Belgrade that he was stepping down, hours after '
            'a group of young men armed with baseball bats attacked students putting up protest '
            'posters in the northern city of Novi Sad overnight, seriously injuring a female '
            'student. The protests were sparked by the collapse of a canopy at Novi Sad\'s '
            'railway station on Nov. 1 that killed 15 people.')
    assaults = [e for e in extract(text, published="2025-01-28", lang="en")
                if e.type == "ASSAULT"]
    assert [e.mentions[0].trigger for e in assaults] == ["attacked"]
    assert assaults[0].location.name == "Novi Sad"
    assert assaults[0].date.end == date(2025, 1, 28)


@pytest.mark.parametrize("text,src,tgt", [
    ("Russia must withdraw its troops from Ukraine, Blinken said on Monday.", "USA", "RUS"),
    ("Rasim Musabekov, a member of Azerbaijan's parliament, said on Thursday that Moscow should "
     "apologise and pay compensation to the victims' families.", "AZE", "RUS"),
    ("Saudi Arabia said on Wednesday that Ottawa must correct its mistake.", "SAU", "CAN"),
])
def test_what_a_speaker_says_another_must_do_is_a_demand_not_a_deed(extract, text, src, tgt):
    events = extract(text, published="2024-12-27", lang="en")
    assert [e.type for e in events] == ["REQUEST"], [(e.type, e.status) for e in events]
    assert src in _codes(events[0].source_actors) and tgt in _codes(events[0].target_actors)


@pytest.mark.parametrize("text", [
    "We must defend ourselves, the minister said.",
    "Officials said arms sales to Taiwan must continue.",
    "The generals said a professional military should protect its people.",
])
def test_an_obligation_of_no_one_in_particular_is_no_demand(extract, text):
    assert [e.type for e in extract(text, published="2024-12-27", lang="en")] == []


def test_one_subject_told_in_two_voices_acts_in_the_second(extract):
    events = extract("U.N. Secretary-General Antonio Guterres was gravely concerned by the "
                     "strikes on Hodeidah port and urged all sides to exercise maximum restraint.",
                     published="2025-05-06", lang="en")
    request = next(e for e in events if e.type == "REQUEST")
    assert "UN" in _codes(request.source_actors)


@pytest.mark.parametrize("lang,text,src", [
    ("en", "President Donald Trump said on Tuesday the United States would stop bombing "
           "Yemen's Houthis.", "USA"),
    ("en", "The Houthis said they would halt their attacks on shipping.", "YEM"),
    ("fr", "L'armée russe a annoncé qu'elle cesserait de bombarder Kharkiv.", "RUS"),
])
def test_stopping_ones_own_attacks_is_a_concession_not_an_attack(extract, lang, text, src):
    events = extract(text, published="2025-05-06", lang=lang)
    assert [e.type for e in events] == ["CONCEDE"], [(e.type, e.status) for e in events]
    assert src in _codes(events[0].source_actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian forces did not stop shelling Kharkiv."),
    ("fr", "Les forces russes n'ont pas cessé de bombarder Kharkiv."),
])
def test_attacks_that_did_not_stop_went_on(extract, lang, text):
    events = extract(text, published="2025-05-06", lang=lang)
    assert [(e.type, e.status) for e in events] == [("ASSAULT", "occurred")]


def test_asking_another_to_stop_its_attacks_is_the_request_alone(extract):
    events = extract("Les Sept ont appelé la Chine à faire pression sur la Russie pour qu'elle "
                     "cesse son agression militaire.", published="2023-05-20", lang="fr")
    assert [e.type for e in events] == ["REQUEST"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The measures, approved by the Council of Ministers, allow the authorities to impose "
           "curfews, close roads and detain without a court warrant anyone suspected of links to "
           "terrorist groups."),
    ("en", "New coast guard regulations took effect that allow its personnel to detain "
           "foreigners suspected of trespassing."),
    ("en", "Iraqi forces swept into the city in a lightning operation that met little "
           "resistance."),
])
def test_a_power_granted_or_resistance_met_is_no_event(extract, lang, text):
    assert [e.type for e in extract(text, published="2021-11-02", lang=lang)] == []


def test_an_act_made_possible_did_happen(extract):
    # "allowing soldiers to enter" tells what followed, no standing power
    events = extract("One armoured vehicle smashed through the palace's main door, allowing "
                     "soldiers to enter, and troops fired tear gas at people trying to approach "
                     "the building.", published="2024-06-27", lang="en")
    assert "ASSAULT" in [e.type for e in events]


def test_each_object_struck_at_its_own_place_is_its_own_event(extract):
    events = extract("On Monday evening, about 20 Israeli jets bombed the port of Hodeidah and a "
                     "cement factory at Bajil, east of the city.", published="2025-05-06",
                     lang="en")
    assert sorted(e.location.name for e in events if e.type == "ASSAULT") == \
        ["Al Hudaydah", "Bajil"]


def test_a_day_named_as_possessor_is_no_attacker_and_slamming_into_is_no_criticism(extract):
    events = extract("Sunday's attack on the airport was the first of its kind. A missile fired "
                     "from Yemen slammed into ground near the access road.",
                     published="2025-05-06", lang="en")
    assert "ACCUSE" not in [e.type for e in events]
    attack = next(e for e in events if e.type == "ASSAULT")
    assert not any("Sunday" in a.name for a in attack.source_actors)


@pytest.mark.parametrize("lang,text,published", [
    ("fr", "La guerre dans la bande de Gaza a été déclenchée par l'attaque sans précédent du "
           "Hamas contre Israël le 7 octobre.", "2024-07-31"),
    ("fr", "L'état d'urgence est en vigueur depuis les attentats du 13 novembre à Paris.",
     "2016-07-16"),
])
def test_an_attack_named_in_an_adjunct_with_a_yearless_day_is_the_past_one(extract, lang, text,
                                                                           published):
    # Read in the past, it is history (dropped), never an attack planned for next autumn.
    events = extract(text, published=published, lang=lang)
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "planned"]


def test_a_meeting_someone_expects_to_hold_is_planned(extract):
    events = extract("Biden expects to speak with Netanyahu in the coming days, National Security "
                     "Council spokesman John Kirby told reporters.", published="2024-04-02",
                     lang="en")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "planned")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The United States will hold the Houthis accountable, State Department spokesman "
           "Matthew Miller said on Wednesday."),
    ("fr", "Les responsables seront traduits en justice, a déclaré mercredi le Premier ministre."),
])
def test_blame_promised_for_what_may_come_is_a_warning(extract, lang, text):
    events = extract(text, published="2024-03-07", lang=lang)
    assert [(e.type, e.status) for e in events] == [("THREATEN", "occurred")]


def test_who_blames_an_attack_is_not_its_author(extract):
    # "imputé à Israël par la République islamique": Iran blames, Israel is the attacker
    events = extract("Israël a mené des frappes au Liban. Haniyeh a été tué à Téhéran, un "
                     "assassinat imputé à Israël par la République islamique.",
                     published="2024-07-31", lang="fr")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all("IRN" not in _codes(e.source_actors) for e in attacks), \
        [(e.mentions[0].trigger, e.source_actors) for e in attacks]


def test_condemning_it_targets_who_did_the_attack_not_the_last_name_said(extract):
    text = ("Jihadists attacked a police school in Bamako on Tuesday, killing dozens of cadets. "
            "ECOWAS condemned the attack. The chairperson of the African Union Commission, "
            "Moussa Faki Mahamat, also condemned it.")
    accusations = [e for e in extract(text, published="2024-09-18", lang="en")
                   if e.type == "ACCUSE"]
    au = next(e for e in accusations if "AU" in _codes(e.source_actors))
    assert "ECOWAS" not in _codes(au.target_actors), au.target_actors


@pytest.mark.parametrize("lang,text,host", [
    ("en", "U.S. Secretary of State John Kerry will travel to Brussels on Friday, the State "
           "Department said.", None),
    ("en", "Iranian Foreign Minister Abbas Araghchi is due to hold talks in New Delhi on "
           "Thursday.", "IND"),
    ("fr", "Le président Macron s'est rendu mardi à Beyrouth.", "LBN"),
])
def test_a_state_meeting_in_another_states_city_meets_that_state(extract, lang, text, host):
    meeting = next(e for e in extract(text, published="2020-08-06", lang=lang)
                   if e.type == "CONSULT")
    targets = _codes(meeting.target_actors)
    if host:
        assert host in targets, meeting.target_actors
    else:   # (Brussels is where the EU and NATO meet: no guess at Belgium)
        assert "BEL" not in targets


@pytest.mark.parametrize("lang,text,body", [
    ("en", "Kyiv has asked for help through the European Union's civil protection mechanism.",
     "EU"),
    ("fr", "La France a demandé une réunion d'urgence du Conseil de sécurité de l'ONU.", "UN"),
])
def test_a_request_for_what_an_organisation_gives_is_addressed_to_it(extract, lang, text, body):
    request = next(e for e in extract(text, published="2023-06-06", lang=lang)
                   if e.type == "REQUEST")
    assert body in _codes(request.target_actors), request.target_actors


@pytest.mark.parametrize("text,src", [
    ("Prime Minister K.P. Sharma Oli of Nepal submitted his resignation on Tuesday.", "NPL"),
    ("The Sri Lankan government presented its apologies to the families of the victims.",
     "LKA"),
])
def test_who_submits_a_resignation_or_presents_apologies_is_its_source(extract, text, src):
    events = extract(text, published="2025-09-09", lang="en")
    assert events and src in _codes(events[0].source_actors), \
        [(e.type, e.source_actors) for e in events]


def test_rebels_take_the_country_they_act_in_not_the_reports_attacker(extract):
    text = ("Israeli jets struck military sites near Damascus on Sunday. Israel also sent troops "
            "into the buffer zone. The rebels' military command imposed a night-time curfew in "
            "Damascus, saying it wanted to preserve public security.")
    curfew = next(e for e in extract(text, published="2024-12-08", lang="en")
                  if e.type == "COERCE")
    assert _codes(curfew.source_actors) == {"SYR"}, curfew.source_actors


def test_the_raid_condemned_is_the_raid_told_before_not_the_nearest_attack(extract):
    text = ("Israeli forces launched a raid on the Jenin refugee camp on Monday. "
            "Palestinian gunmen fired at an army post near Nablus on Monday. "
            "Jordan condemned the raid.")
    accusation = next(e for e in extract(text, published="2023-07-04", lang="en")
                      if e.type == "ACCUSE")
    assert _codes(accusation.target_actors) == {"ISR"}, accusation.target_actors


def test_what_protesters_carry_is_not_a_side(extract):
    protest = next(e for e in extract(
        "Thousands of supporters of the junta rallied outside the French embassy in Niamey, "
        "some waving Russian flags. Alexei Smirnov, the acting governor of the Kursk region, "
        "declared a regional state of emergency on Wednesday.",
        published="2023-07-30", lang="en") if e.type == "PROTEST")
    assert "RUS" not in _codes(protest.source_actors), protest.source_actors
