"""Judged queries over the demo network: each query with the titles a person would want in its
first ten results (all equally relevant). Polish queries use the inflected forms and missing
diacritics people type; nDCG@10 over them is reported with and without Polish stemming, for
the engine and for the database fallback."""

JUDGED = [
    ("pl", "księgową", ["Księgowy / Księgowa", "Pomoc księgowego / księgowej"]),
    ("pl", "ksiegowa", ["Księgowy / Księgowa", "Pomoc księgowego / księgowej"]),
    ("pl", "księgowej", ["Księgowy / Księgowa", "Pomoc księgowego / księgowej"]),
    ("pl", "ksiegowosc", ["Księgowy / Księgowa", "Pomoc księgowego / księgowej"]),
    ("pl", "pomoc księgowej", ["Pomoc księgowego / księgowej"]),
    ("pl", "dyrektorki finansowej", ["Dyrektor / Dyrektorka finansowo-administracyjna"]),
    ("pl", "dyrektor finansowy", ["Dyrektor / Dyrektorka finansowo-administracyjna"]),
    ("pl", "doradcy dla organizacji", ["Doradca / Doradczyni dla organizacji pozarządowych"]),
    (
        "pl",
        "doradztwo dla NGO",
        [
            "Doradca / Doradczyni dla organizacji pozarządowych",
            "Dyżury informacyjne dla organizacji pozarządowych",
        ],
    ),
    (
        "pl",
        "specjalistki COP",
        ["Specjalista / Specjalistka ds. Centrum Organizacji Pozarządowych (COP)"],
    ),
    (
        "pl",
        "centrum organizacji pozarządowych",
        ["Specjalista / Specjalistka ds. Centrum Organizacji Pozarządowych (COP)"],
    ),
    (
        "pl",
        "wolontariat seniorzy",
        ["Warsztaty z seniorami w Centrum Aktywności Seniora", "Centrum Aktywności Seniora"],
    ),
    (
        "pl",
        "seniorów",
        ["Warsztaty z seniorami w Centrum Aktywności Seniora", "Centrum Aktywności Seniora"],
    ),
    ("pl", "warsztaty z seniorami", ["Warsztaty z seniorami w Centrum Aktywności Seniora"]),
    ("pl", "konferencja HR", ["HR w NGO"]),
    ("pl", "rodziny z Ukrainy", ["Wsparcie rodzin z Ukrainy w centrum LOWE"]),
    ("pl", "rodzinom z Ukrainy", ["Wsparcie rodzin z Ukrainy w centrum LOWE"]),
    (
        "pl",
        "tłumaczenia",
        [
            "Tłumaczenie materiałów o dziedzictwie (zdalnie)",
            "Wsparcie rodzin z Ukrainy w centrum LOWE",
        ],
    ),
    ("pl", "tłumaczeniu dziedzictwa", ["Tłumaczenie materiałów o dziedzictwie (zdalnie)"]),
    (
        "pl",
        "dziedzictwa kulturowego",
        [
            "Interpretacja dziedzictwa dla wszystkich – warsztat",
            "Małopolski Instytut Kultury w Krakowie",
            "Wolontariat przy wydarzeniach o dziedzictwie Małopolski",
            "Tłumaczenie materiałów o dziedzictwie (zdalnie)",
        ],
    ),
    ("pl", "interpretacji dziedzictwa", ["Interpretacja dziedzictwa dla wszystkich – warsztat"]),
    ("pl", "akcja sąsiedzka", ["Akcja sąsiedzka w Skawinie"]),
    ("pl", "Skawina", ["Akcja sąsiedzka w Skawinie"]),
    ("pl", "szkoły przyszłości", ["Szkoła Przyszłości"]),
    ("pl", "lokalnych ośrodków wiedzy", ["Lokalne Ośrodki Wiedzy i Edukacji (LOWE)"]),
    ("pl", "aktywnych mieszkańców", ["Aktywni Mieszkańcy Mają Swoje Miejsce"]),
    ("pl", "Grzegórzki", ["Przystanek Grzegórzki"]),
    ("pl", "dyżury informacyjne", ["Dyżury informacyjne dla organizacji pozarządowych"]),
    ("pl", "instytutu kultury", ["Małopolski Instytut Kultury w Krakowie"]),
    ("pl", "inicjatyw społecznych", ["Fundacja Biuro Inicjatyw Społecznych"]),
    ("pl", "miejsca otwarte", ["Miejsca Otwarte – ogólnopolska konferencja"]),
    # Issue 15: what the database fallback missed without stemming.
    ("pl", "konferencji", ["HR w NGO", "Miejsca Otwarte – ogólnopolska konferencja"]),
    ("pl", "Ukraina", ["Wsparcie rodzin z Ukrainy w centrum LOWE"]),
    ("pl", "księgowa", ["Księgowy / Księgowa", "Pomoc księgowego / księgowej"]),
    ("en", "accountants", ["Accountant", "Accounting assistant"]),
    ("en", "accounting", ["Accounting assistant", "Accountant"]),
    ("en", "financial director", ["Financial and administrative director"]),
    ("en", "advisors for NGOs", ["NGO advisor", "Information desk for NGOs"]),
    (
        "en",
        "senior workshops",
        ["Workshops with seniors at the Senior Activity Centre", "Senior Activity Centre"],
    ),
    ("en", "volunteering heritage", ["Volunteering at heritage events in Małopolska"]),
    ("en", "translation", ["Translating heritage materials (remote)"]),
    ("en", "families Ukraine", ["Support for families from Ukraine at a LOWE centre"]),
    ("en", "HR conference", ["HR in NGOs"]),
    ("en", "open places", ["Open Places – national conference"]),
    ("en", "school future", ["School of the Future"]),
    ("en", "neighbourhood Skawina", ["Neighbourhood action in Skawina"]),
    ("en", "culture institute", ["Małopolska Institute of Culture in Kraków"]),
    ("en", "social initiatives", ["Bureau of Social Initiatives Foundation"]),
]
