"""A generated corpus of wire-style reports for benchmarks, French and English, reproducible
from a seed. Each report mixes event sentences (strikes with tolls, talks, demands, sanctions,
aid, protests, arrests) with background and quotes, like real copy; lengths vary from about 120
to 450 words.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

PLACES = {
    "fr": ["Kiev", "Kharkiv", "Odessa", "Kherson", "Zaporijjia", "Dnipro", "Khartoum", "El-Facher",
           "Goma", "Bamako", "Gaza", "Rafah", "Beyrouth", "Port-au-Prince", "Tbilissi", "Nairobi"],
    "en": ["Kyiv", "Kharkiv", "Odesa", "Kherson", "Zaporizhzhia", "Dnipro", "Khartoum", "El Fasher",
           "Goma", "Bamako", "Gaza", "Rafah", "Beirut", "Port-au-Prince", "Tbilisi", "Nairobi"],
}
ACTORS = {
    "fr": [("l'armée russe", "les autorités ukrainiennes"), ("les Forces de soutien rapide", "l'armée soudanaise"),
           ("les rebelles du M23", "l'armée congolaise"), ("l'armée israélienne", "le Hamas"),
           ("des hommes armés", "la police")],
    "en": [("Russian forces", "Ukrainian officials"), ("the Rapid Support Forces", "Sudan's army"),
           ("M23 rebels", "the Congolese army"), ("the Israeli military", "Hamas"),
           ("gunmen", "police")],
}
DAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}

TEMPLATES = {
    "fr": {
        "title": ["Frappes meurtrières sur {p1}", "{p1} : nouvelle attaque, au moins {n} morts",
                  "Pourparlers attendus {d2} à {p2}", "Nouvelles sanctions annoncées contre {a1}"],
        "event": [
            "{A1} a mené {d1} de nouvelles frappes sur {p1}, faisant au moins {n} morts et {m} blessés, selon {a2}.",
            "Les bombardements sur {p1} ont fait {n} morts dans la nuit de {d1} à {d2}, a annoncé {a2}.",
            "Des représentants des deux camps doivent se retrouver {d2} à {p2} pour de nouveaux pourparlers, a précisé un diplomate.",
            "{A2} a exigé le retrait immédiat des troupes de la région de {p1}.",
            "Le ministre des Affaires étrangères a condamné {d1} une attaque « inacceptable » contre des civils à {p1}.",
            "L'Union européenne a adopté un nouveau paquet de sanctions visant {a1}, avec un gel des avoirs de plusieurs responsables.",
            "Un convoi d'aide humanitaire de {m} camions est arrivé {d1} à {p2}, selon l'ONU.",
            "Des milliers de personnes ont manifesté {d1} à {p2} contre la hausse des prix.",
            "La police a interpellé {m} manifestants lors de heurts dans le centre de {p2}.",
            "{A1} a démenti avoir visé des zones résidentielles à {p1}.",
        ],
        "background": [
            "Le conflit a déjà fait des milliers de morts et déplacé des centaines de milliers de personnes.",
            "« Nous ne céderons pas », a déclaré un responsable local, la voix brisée.",
            "La situation humanitaire reste très préoccupante, selon plusieurs organisations.",
            "Les communications étaient coupées dans une grande partie de la ville.",
            "Aucun bilan indépendant n'a pu être établi dans l'immédiat.",
        ],
    },
    "en": {
        "title": ["Deadly Strikes Hit {p1}", "At Least {n} Killed in {p1} Attack",
                  "Talks Expected {d2} in {p2}", "New Sanctions Announced Against {a1}"],
        "event": [
            "{A1} launched new strikes on {p1} on {d1}, killing at least {n} people and wounding {m}, {a2} said.",
            "The shelling of {p1} killed {n} people overnight, according to {a2}.",
            "Representatives of both sides are due to meet in {p2} on {d2} for a new round of talks, a diplomat said.",
            "{A2} demanded the immediate withdrawal of troops from the {p1} region.",
            "The foreign minister condemned what he called an unacceptable attack on civilians in {p1} on {d1}.",
            "The European Union adopted a new sanctions package targeting {a1}, including an asset freeze on several officials.",
            "A convoy of {m} aid trucks arrived in {p2} on {d1}, the United Nations said.",
            "Thousands of people protested in {p2} on {d1} against rising prices.",
            "Police arrested {m} protesters after clashes in central {p2}.",
            "{A1} denied targeting residential areas in {p1}.",
        ],
        "background": [
            "The conflict has already killed thousands of people and displaced hundreds of thousands.",
            "\"We will not give up,\" a local official said, his voice breaking.",
            "The humanitarian situation remains deeply worrying, aid groups said.",
            "Communications were cut across much of the city.",
            "No independent toll could be established immediately.",
        ],
    },
}


def report(rng: random.Random, lang: str) -> str:
    t = TEMPLATES[lang]
    a1, a2 = rng.choice(ACTORS[lang])
    p1, p2 = rng.sample(PLACES[lang], 2)
    d1, d2 = rng.sample(DAYS[lang], 2)
    slots = dict(p1=p1, p2=p2, d1=d1, d2=d2, a1=a1, a2=a2, A1=a1[0].upper() + a1[1:],
                 A2=a2[0].upper() + a2[1:], n=rng.randint(2, 60), m=rng.randint(3, 90))
    lines = [rng.choice(t["title"]).format(**slots)]
    for _ in range(rng.randint(3, 9)):
        pool = t["event"] if rng.random() < 0.6 else t["background"]
        lines.append(rng.choice(pool).format(**slots))
    return "\n".join(lines)


def generate(n: int, seed: int = 7, langs: tuple[str, ...] = ("fr", "en")) -> list[dict]:
    """`n` reports as JSON-ready dicts (id, text, lang, published), alternating languages."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]
        out.append({"id": f"bench-{i:06d}", "lang": lang, "text": report(rng, lang),
                    "published": (start + timedelta(days=rng.randint(0, 700))).isoformat()})
    return out


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for doc in generate(n, seed):
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path
