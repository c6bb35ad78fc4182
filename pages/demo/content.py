"""Demo network content, from the public texts in shared/seeds, rewritten in our own words.

Dates the seeds do not give (programme starts, the events' days) are illustrative and say so
nowhere else: they exist to make the demo site browsable.
"""

import datetime

from pages.models import (
    AssessmentMethod,
    AttendanceMode,
    ComplianceStatus,
    EventKind,
    LegalForm,
    MembershipScope,
    RegistrationMode,
)

NETWORKS = [
    {
        "name": "SPLOT – Sieć Wspierania Organizacji Pozarządowych",
        "acronym": "SPLOT",
        "scope": MembershipScope.NATIONAL,
    },
    {
        "name": "Culture Action Europe",
        "acronym": "CAE",
        "scope": MembershipScope.EUROPEAN,
        "website": "https://cultureactioneurope.org/",
    },
    {
        "name": "Interpret Europe – European Association for Heritage Interpretation",
        "acronym": "Interpret Europe",
        "scope": MembershipScope.EUROPEAN,
        "website": "https://interpret-europe.net/",
    },
    {
        "name": "European Network of Observatories in the Field of Arts and Cultural Education",
        "acronym": "ENO",
        "scope": MembershipScope.EUROPEAN,
    },
]

HOME = {
    "pl": {
        "title": "Sieć organizacji Małopolski",
        "slug": "siec",
        "introduction": (
            "Wspólna strona fundacji, stowarzyszeń i instytucji kultury z Małopolski. "
            "Znajdziesz tu ich programy, konferencje, oferty pracy i wolontariatu."
        ),
        "body": [
            (
                "paragraph",
                "<p>Sieć łączy organizacje, które na co dzień wspierają mieszkańców, "
                "samorządy i sektor kultury. Każda z nich prowadzi tu własne strony, a jedna "
                "wyszukiwarka obejmuje wszystko, co publikują.</p>",
            ),
        ],
    },
    "en": {
        "title": "Małopolska network of organisations",
        "introduction": (
            "A shared site of foundations, associations and culture institutions in Małopolska: "
            "their programmes, conferences, job offers and volunteering."
        ),
        "body": [
            (
                "paragraph",
                "<p>The network brings together organisations that support residents, "
                "local governments and the culture sector. Each runs its own pages here, and one "
                "search covers everything they publish.</p>",
            ),
        ],
    },
}

INDEXES = {
    "organisations": {
        "pl": {
            "title": "Organizacje",
            "slug": "organizacje",
            "introduction": "Członkowie sieci: kim są i czym się zajmują.",
        },
        "en": {
            "title": "Organisations",
            "slug": "organisations",
            "introduction": "The members of the network: who they are and what they do.",
        },
    },
    "programmes": {
        "pl": {
            "title": "Programy",
            "slug": "programy",
            "introduction": "Projekty i programy prowadzone przez organizacje sieci.",
        },
        "en": {
            "title": "Programmes",
            "slug": "programmes",
            "introduction": "Projects and programmes run by the network's organisations.",
        },
    },
    "events": {
        "pl": {
            "title": "Wydarzenia",
            "slug": "wydarzenia",
            "introduction": "Konferencje, warsztaty, fora i wizyty studyjne.",
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "introduction": "Conferences, workshops, forums and study visits.",
        },
    },
}

ORGANISATIONS = [
    {
        "key": "mis",
        "short_name": "MIS",
        "legal_form": LegalForm.FOUNDATION,
        "founding_date": datetime.date(2015, 1, 1),
        "colour": "#0b5394",
        "city": "Kraków",
        "latitude": "50.058600",
        "longitude": "19.956500",
        "areas": ["edukacja dorosłych", "usługi społeczne", "seniorzy", "samorząd"],
        "accreditations": [
            {
                "name": "Akredytacja Erasmus+",
                "programme": "Erasmus+ Akcja 1, sektor Edukacja dorosłych (projekty mobilności)",
            },
        ],
        "impact": [
            {
                "qualifier": "",
                "number": 35,
                "label_pl": "Lokalnych Ośrodków Wiedzy i Edukacji",
                "label_en": "Local Knowledge and Education Centres",
            },
            {
                "qualifier": "",
                "number": 12,
                "label_pl": "województw z ośrodkami LOWE",
                "label_en": "regions with LOWE centres",
            },
        ],
        "timeline": [
            {
                "year": 2015,
                "pl": "Profesorowie UJ i UEK zakładają Fundację",
                "en": "Professors of the Jagiellonian University and the Kraków University of Economics set up the Foundation",
            },
        ],
        "pl": {
            "title": "Fundacja Małopolska Izba Samorządowa",
            "slug": "fundacja-mis",
            "mission": "Dialog, profesjonalizm i rozwój: kształcimy dorosłych członków społeczności lokalnych i profesjonalizujemy usługi społeczne.",
            "body": [
                (
                    "paragraph",
                    "<p>Fundację założyła w 2015 roku grupa profesorów Uniwersytetu Jagiellońskiego i Uniwersytetu Ekonomicznego w Krakowie – specjalistów prawa, zarządzania i finansów publicznych. Łączymy praktykę ze światem nauki i traktujemy nasze projekty jak laboratorium przyszłości.</p>",
                ),
                ("heading", "Dwa obszary pracy"),
                (
                    "paragraph",
                    "<ul><li>edukacja dorosłych i kształcenie zawodowe – narzędzia edukacyjne dla dorosłych, pracowników i organizacji w formach pozaformalnych i nieformalnych;</li><li>sprawy i usługi społeczne – wsparcie seniorów, rodzin zagrożonych ubóstwem lub wykluczeniem, osób z niepełnosprawnościami.</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Szkolenia prowadzą eksperci-praktycy od lat pracujący z jednostkami samorządu terytorialnego: obok podstaw prawnych pokazujemy rozwiązania, wzory i przykłady z praktyki.</p>",
                ),
            ],
        },
        "en": {
            "title": "Małopolska Chamber of Local Government Foundation",
            "slug": "mis-foundation",
            "mission": "Dialogue, professionalism and development: we educate adult members of local communities and professionalise social services.",
            "body": [
                (
                    "paragraph",
                    "<p>The Foundation was set up in 2015 by professors of the Jagiellonian University and the Kraków University of Economics, specialists in law, management and public finance. We bring practice and research together and treat our projects as a laboratory of the future.</p>",
                ),
                ("heading", "Two areas of work"),
                (
                    "paragraph",
                    "<ul><li>adult and vocational education – learning tools for adults, workers and organisations in non-formal and informal settings;</li><li>social issues and services – support for seniors, families at risk of poverty or exclusion and people with disabilities.</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Our trainers are practitioners who have worked with local governments for years: beyond the legal basics we show solutions, templates and real examples.</p>",
                ),
            ],
        },
    },
    {
        "key": "bis",
        "short_name": "BIS",
        "legal_form": LegalForm.FOUNDATION,
        "founding_date": datetime.date(2007, 12, 1),
        "colour": "#1d5e20",
        "city": "Kraków",
        "latitude": "50.049300",
        "longitude": "19.943100",
        "areas": [
            "rozwój organizacji",
            "partycypacja",
            "ekonomia społeczna",
            "wolontariat",
            "samorząd",
        ],
        "memberships": [("SPLOT", 2009)],
        "impact": [
            {
                "qualifier": "ponad|over",
                "number": 16000,
                "label_pl": "osób zaangażowanych w lokalne inicjatywy",
                "label_en": "people involved in local initiatives",
            },
            {
                "qualifier": "",
                "number": 308,
                "label_pl": "grup inicjatywnych ze wsparciem finansowym i merytorycznym",
                "label_en": "initiative groups given financial and procedural support",
            },
            {
                "qualifier": "ponad|over",
                "number": 1000,
                "label_pl": "instytucji, którym pomogliśmy",
                "label_en": "institutions supported",
            },
            {
                "qualifier": "",
                "number": 1500,
                "label_pl": "szkoleń",
                "label_en": "training sessions",
            },
            {
                "qualifier": "",
                "number": 5438,
                "label_pl": "konsultacji dla liderów i urzędników",
                "label_en": "consultations for community leaders and civil servants",
            },
        ],
        "timeline": [
            {"year": 2007, "month": 12, "pl": "Powstaje fundacja BIS", "en": "BIS is founded"},
            {
                "year": 2009,
                "pl": "BIS dołącza do ogólnopolskiej sieci SPLOT",
                "en": "BIS joins SPLOT, the nation-wide NGO network",
            },
            {
                "year": 2010,
                "pl": "Powstaje Regionalne Centrum Wolontariatu",
                "en": "The Regional Volunteer Centre is established",
            },
            {
                "year": 2013,
                "pl": "Inicjatywy lokalne w 6 gminach i pilotaż Centrów Obywatelskich w dzielnicach Krakowa",
                "en": "Local initiative projects in 6 municipalities and a pilot of district civic centres in Kraków",
            },
            {
                "year": 2014,
                "pl": "Certyfikat SPLOT, usamodzielnienie Regionalnego Centrum Wolontariatu i Grand Prix „Kryształy Soli” Marszałka Województwa Małopolskiego",
                "en": "SPLOT certification, the Regional Volunteer Centre becomes independent, and the Marshal's “Salt Crystals” Grand Prix",
            },
            {
                "year": 2015,
                "pl": "Z dwiema organizacjami prowadzimy Krakowskie Centrum Obywatelskie i pilotaż programu dla radnych dzielnic",
                "en": "With two partners we run the Cracow Civic Centre and pilot a leadership scheme for district councillors",
            },
        ],
        "pl": {
            "title": "Fundacja Biuro Inicjatyw Społecznych",
            "slug": "fundacja-bis",
            "mission": "Wspieramy mieszkańców, organizacje pozarządowe i samorządy Małopolski w dialogu i współpracy.",
            "body": [
                (
                    "paragraph",
                    "<p>Od grudnia 2007 roku działamy jako niezależna fundacja na rzecz rozwoju sektora pozarządowego i współpracy organizacji z gminami w województwie małopolskim. Chcemy, by mieszkańcy brali sprawy w swoje ręce i uczestniczyli w tworzeniu polityk publicznych.</p>",
                ),
                ("heading", "Trzy filary"),
                (
                    "paragraph",
                    "<ul><li><strong>Mieszkańcy</strong> – inicjatywy lokalne, konsultacje, budżety obywatelskie;</li><li><strong>Organizacje</strong> – szkolenia i doradztwo z rozwoju organizacji, współpracy i ekonomii społecznej;</li><li><strong>Dialog</strong> – Krakowskie Porozumienie Organizacji Obywatelskich, Komisja Dialogu Obywatelskiego, regionalna federacja 30 organizacji.</li></ul>",
                ),
                (
                    "quote",
                    "W 2014 roku otrzymaliśmy Grand Prix „Kryształy Soli” za niezwykłe zaangażowanie we wzmacnianie sektora pozarządowego.",
                ),
            ],
        },
        "en": {
            "title": "Bureau of Social Initiatives Foundation",
            "slug": "bis-foundation",
            "mission": "We support residents, NGOs and local governments in Lesser Poland in dialogue and cooperation.",
            "body": [
                (
                    "paragraph",
                    "<p>Since December 2007 we have been an independent foundation working for a stronger non-governmental sector and for cooperation between organisations and municipalities in the Lesser Poland Voivodeship. We want residents to take matters into their own hands and take part in policy making.</p>",
                ),
                ("heading", "Three pillars"),
                (
                    "paragraph",
                    "<ul><li><strong>Residents</strong> – local initiatives, consultations, civic budgets;</li><li><strong>Organisations</strong> – training and advice on organisation development, cooperation and social economy;</li><li><strong>Dialogue</strong> – the Cracow Agreement of Civic Organisations, the Commission for Civic Dialogue, a regional federation of 30 organisations.</li></ul>",
                ),
                (
                    "quote",
                    "In 2014 we received the “Salt Crystals” Grand Prix for our extraordinary commitment to strengthening the NGO sector.",
                ),
            ],
        },
    },
    {
        "key": "mik",
        "short_name": "MIK",
        "legal_form": LegalForm.PUBLIC_CULTURE_INSTITUTION,
        "founding_date": None,
        "colour": "#a61c00",
        "city": "Kraków",
        "latitude": "50.061900",
        "longitude": "19.893200",
        "areas": ["dziedzictwo kulturowe", "edukacja kulturalna", "badania", "dostępność"],
        "memberships": [("CAE", None), ("Interpret Europe", None), ("ENO", None)],
        "pl": {
            "title": "Małopolski Instytut Kultury w Krakowie",
            "slug": "malopolski-instytut-kultury",
            "mission": "Region, React, Rethink: badamy i promujemy dziedzictwo Małopolski oraz wspieramy ludzi kultury.",
            "body": [
                (
                    "paragraph",
                    "<p>Jesteśmy samorządową instytucją kultury województwa małopolskiego. Badamy dziedzictwo regionu i kierunki rozwoju kultury, szkolimy pracowników sektora i organizujemy konferencje oraz seminaria.</p>",
                ),
                ("heading", "Region"),
                (
                    "paragraph",
                    "<p>Jesteśmy stąd. Odkrywamy mało znane miejsca, organizujemy wydarzenia promujące kulturę regionu i prowadzimy serwisy o jego bogactwie.</p>",
                ),
                ("heading", "React"),
                (
                    "paragraph",
                    "<p>Szkolimy animatorów, bibliotekarzy, muzealników i edukatorów: z interpretacji dziedzictwa, animacji kultury, pracy projektowej z dziećmi i udostępniania oferty osobom z niepełnosprawnościami.</p>",
                ),
                ("heading", "Rethink"),
                (
                    "paragraph",
                    "<p>Zbieramy dane, publikujemy raporty i opinie ekspertów, obserwujemy działanie instytucji kultury w skali mikro i makro.</p>",
                ),
            ],
        },
        "en": {
            "title": "Małopolska Institute of Culture in Kraków",
            "slug": "malopolska-institute-of-culture",
            "mission": "Region, React, Rethink: we study and promote the heritage of Małopolska and support people who work in culture.",
            "body": [
                (
                    "paragraph",
                    "<p>We are a culture institution set up by the Małopolska regional government. We research the region's heritage and cultural trends, train culture sector staff and organise conferences and seminars.</p>",
                ),
                ("heading", "Region"),
                (
                    "paragraph",
                    "<p>We are from here. We uncover little-known places, organise events that promote the region's culture and run websites about its richness.</p>",
                ),
                ("heading", "React"),
                (
                    "paragraph",
                    "<p>We train animators, librarians, museum professionals and educators: heritage interpretation, cultural animation, project work with children and making culture accessible to people with disabilities.</p>",
                ),
                ("heading", "Rethink"),
                (
                    "paragraph",
                    "<p>We collect data, publish reports and expert opinions, and watch how culture institutions work on a micro and macro scale.</p>",
                ),
            ],
        },
    },
]

PROGRAMMES = [
    {
        "organisation": "bis",
        "start_date": datetime.date(2022, 11, 1),
        "end_date": datetime.date(2024, 4, 30),
        "tags": ["aktywność lokalna", "samorząd", "animacja"],
        "funder": {
            "pl": "Fundusze EOG i Fundusze Norweskie (Islandia, Liechtenstein, Norwegia)",
            "en": "EEA and Norway Grants (Iceland, Liechtenstein, Norway)",
        },
        "funding_programme": {
            "pl": "Program Aktywni Obywatele – Fundusz Regionalny",
            "en": "Active Citizens Fund – Regional",
        },
        "partners": [
            {
                "pl": ("Gmina Skawina", "partner projektu"),
                "en": ("Skawina Municipality", "project partner"),
            }
        ],
        "places": {
            "pl": ["Małopolska", "Gmina Skawina"],
            "en": ["Małopolska", "Skawina Municipality"],
        },
        "target_groups": [
            (
                {
                    "pl": "Urzędnicy i samorządowcy z Małopolski (spotkania sieciujące, wizyty studyjne)",
                    "en": "Officials and councillors from Małopolska (networking meetings, study visits)",
                },
                20,
            ),
            (
                {
                    "pl": "Urzędnicy i samorządowcy z Gminy Skawina (wypracowanie lokalnych standardów)",
                    "en": "Officials and councillors from Skawina (developing local standards)",
                },
                10,
            ),
            (
                {
                    "pl": "Animatorzy z NGO i instytucji publicznych (metoda MAM)",
                    "en": "Animators from NGOs and public institutions (the MAM method)",
                },
                10,
            ),
            (
                {
                    "pl": "Uczestnicy Akcji Edukacyjnej z Małopolski (2 edycje po min. 10 osób)",
                    "en": "Participants of the Educational Action from Małopolska (2 rounds of at least 10)",
                },
                20,
            ),
            (
                {
                    "pl": "Uczestnicy regionalnego Forum animatorów",
                    "en": "Participants of the regional animators' forum",
                },
                30,
            ),
            (
                {
                    "pl": "Animatorzy z Gminy Skawina (szkolenia, kurs, mentoring)",
                    "en": "Animators from Skawina (training, course, mentoring)",
                },
                10,
            ),
            (
                {
                    "pl": "Mieszkańcy Gminy Skawina (akcje sąsiedzkie, Centra Aktywności Kulturalnej; 2 społeczności po 50 osób)",
                    "en": "Residents of Skawina (neighbourhood actions, Cultural Activity Centres; 2 communities of 50)",
                },
                100,
            ),
        ],
        "pl": {
            "title": "Aktywni Mieszkańcy Mają Swoje Miejsce",
            "slug": "aktywni-mieszkancy-maja-swoje-miejsce",
            "summary": "Projekt dla osób, które tworzą warunki do aktywności mieszkańców – urzędników, samorządowców i animatorów – prowadzony w Małopolsce i wspólnie z Gminą Skawina.",
            "goals": [
                "pobudzanie aktywności lokalnej",
                "wspieranie integracji mieszkańców",
                "edukacja obywatelska mieszkańców",
                "współpraca mieszkańców z samorządem",
            ],
            "activities": [
                (
                    "Działania wojewódzkie",
                    "Promocja i upowszechnianie oraz edukacja urzędników, samorządowców, NGO i pracowników instytucji publicznych, które mogą stać się Miejscami Aktywności Mieszkańców.",
                ),
                (
                    "Praca z dwiema społecznościami w Gminie Skawina",
                    "Mapowanie potencjału mieszkańców, inicjowanie akcji sąsiedzkich i mentoring osób prowadzących miejsca dla mieszkańców.",
                ),
                (
                    "Szkolenie animatorów",
                    "Kurs, szkolenia i praktyka w animowaniu centrów społecznościowych metodą MAM.",
                ),
                (
                    "Standardy Centrów Aktywności Kulturalnej",
                    "Oddolne wypracowanie standardów dla centrów zaplanowanych w gminnym programie rewitalizacji.",
                ),
            ],
            "funding_statement": "Projekt finansowany przez Islandię, Liechtenstein i Norwegię z Funduszy EOG i Funduszy Norweskich w ramach Programu Aktywni Obywatele – Fundusz Regionalny.",
        },
        "en": {
            "title": "Active Residents Have Their Place",
            "slug": "active-residents-have-their-place",
            "summary": "A project for people who create the conditions for residents' activity – officials, councillors and animators – run across Małopolska and together with Skawina Municipality.",
            "goals": [
                "stimulating local activity",
                "supporting the integration of residents",
                "civic education of residents",
                "cooperation between residents and local government",
            ],
            "activities": [
                (
                    "Region-wide activities",
                    "Promotion, dissemination and training for officials, councillors, NGOs and public institution staff who could run Residents' Activity Places.",
                ),
                (
                    "Work with two communities in Skawina",
                    "Mapping residents' potential, starting neighbourhood actions and mentoring the people who run places for residents.",
                ),
                (
                    "Training animators",
                    "A course, training and practice in running community centres with the MAM method.",
                ),
                (
                    "Standards for Cultural Activity Centres",
                    "Bottom-up standards for the centres planned in the municipality's regeneration plan.",
                ),
            ],
            "funding_statement": "The project is funded by Iceland, Liechtenstein and Norway through the EEA and Norway Grants under the Active Citizens Fund – Regional.",
        },
    },
    {
        "organisation": "mis",
        "start_date": datetime.date(2016, 9, 1),
        "end_date": None,
        "tags": ["edukacja dorosłych", "szkoła", "społeczność lokalna"],
        "places": {"pl": ["12 województw"], "en": ["12 regions of Poland"]},
        "pl": {
            "title": "Lokalne Ośrodki Wiedzy i Edukacji (LOWE)",
            "slug": "lowe",
            "summary": "Szkoła jako „trzecie miejsce”: ośrodki, w których dorośli uczą się przez całe życie, a społeczność lokalna się aktywizuje. Utworzyliśmy 35 takich ośrodków w 12 województwach.",
            "goals": [
                "aktywizacja dorosłych przez edukację pozaformalną i nieformalną",
                "nowa rola szkoły w społeczności lokalnej",
                "wsparcie obszarów defaworyzowanych",
            ],
            "activities": [
                (
                    "Zakładanie ośrodków LOWE",
                    "Z samorządami i stowarzyszeniami wykorzystujemy zasoby szkół – sale, sprzęt i nauczycieli – do zajęć dla dorosłych.",
                )
            ],
        },
        "en": {
            "title": "Local Knowledge and Education Centres (LOWE)",
            "slug": "lowe",
            "summary": "The school as a “third place”: centres where adults keep learning and the local community becomes active. We have set up 35 centres in 12 Polish regions.",
            "goals": [
                "activating adults through non-formal and informal education",
                "a new role for schools in local communities",
                "support for disadvantaged areas",
            ],
            "activities": [
                (
                    "Setting up LOWE centres",
                    "With local governments and associations we use schools' rooms, equipment and teachers for adult learning.",
                )
            ],
        },
    },
    {
        "organisation": "mis",
        "start_date": datetime.date(2018, 1, 1),
        "end_date": None,
        "tags": ["seniorzy", "wolontariat", "edukacja dorosłych"],
        "places": {"pl": ["Kraków"], "en": ["Kraków"]},
        "pl": {
            "title": "Centrum Aktywności Seniora",
            "slug": "centrum-aktywnosci-seniora",
            "summary": "Szkolenia, kursy, warsztaty, konkursy, wycieczki i spacery dla seniorów, którzy dzielą się doświadczeniem z młodszymi i działają jako wolontariusze.",
            "goals": [
                "aktywność i nauka seniorów",
                "wolontariat seniorów wśród rówieśników i młodzieży",
            ],
            "activities": [
                (
                    "Warsztaty i wycieczki edukacyjne",
                    "Zajęcia, na których seniorzy uczą się, bawią i działają wspólnie.",
                )
            ],
        },
        "en": {
            "title": "Senior Activity Centre",
            "slug": "senior-activity-centre",
            "summary": "Training, courses, workshops, competitions, trips and walks for seniors who share their life experience with younger people and volunteer.",
            "goals": [
                "active learning for seniors",
                "senior volunteering among peers and young people",
            ],
            "activities": [
                (
                    "Workshops and educational trips",
                    "Sessions where seniors learn, have fun and act together.",
                )
            ],
        },
    },
    {
        "organisation": "mis",
        "start_date": datetime.date(2019, 9, 1),
        "end_date": None,
        "tags": ["szkoła", "partycypacja"],
        "places": {"pl": ["Kraków"], "en": ["Kraków"]},
        "pl": {
            "title": "Szkoła Przyszłości",
            "slug": "szkola-przyszlosci",
            "summary": "Modelowy projekt społeczno-edukacyjny: warsztaty projektowe, debaty i spotkania informacyjne o tym, jak szkoła może służyć całej społeczności.",
            "goals": [
                "szkoła otwarta na społeczność",
                "projektowanie zmian razem z uczniami, rodzicami i mieszkańcami",
            ],
            "activities": [
                (
                    "Warsztaty projektowe i debaty",
                    "Spotkania, na których wspólnie projektujemy szkołę przyszłości.",
                )
            ],
        },
        "en": {
            "title": "School of the Future",
            "slug": "school-of-the-future",
            "summary": "A model social and educational project: design workshops, debates and information meetings on how a school can serve its whole community.",
            "goals": [
                "a school open to its community",
                "designing change with pupils, parents and residents",
            ],
            "activities": [
                (
                    "Design workshops and debates",
                    "Meetings where we design the school of the future together.",
                )
            ],
        },
    },
    {
        "organisation": "mis",
        "start_date": datetime.date(2021, 5, 1),
        "end_date": None,
        "tags": ["społeczność lokalna", "partycypacja", "Kraków"],
        "places": {
            "pl": ["Grzegórzki, Dzielnica II Krakowa"],
            "en": ["Grzegórzki, District II of Kraków"],
        },
        "funder": {"pl": "Środki własne Fundacji MIS", "en": "The MIS Foundation's own funds"},
        "pl": {
            "title": "Przystanek Grzegórzki",
            "slug": "przystanek-grzegorzki",
            "summary": "Autorski projekt Fundacji MIS finansowany wyłącznie ze środków własnych: partycypacyjny, integracyjny i edukacyjny, wzmacniający tożsamość lokalną mieszkańców Grzegórzek.",
            "goals": [
                "wzmacnianie poczucia tożsamości lokalnej",
                "integracja i włączanie mieszkańców dzielnicy",
            ],
            "activities": [
                (
                    "Spotkania i działania sąsiedzkie",
                    "Działania w Dzielnicy II Grzegórzki, gdzie mieści się siedziba Fundacji.",
                )
            ],
        },
        "en": {
            "title": "Przystanek Grzegórzki",
            "slug": "przystanek-grzegorzki",
            "summary": "The MIS Foundation's own project, funded only from its own resources: participatory, integrating and educational, strengthening local identity in Kraków's Grzegórzki district.",
            "goals": [
                "a stronger sense of local identity",
                "integration and inclusion of the district's residents",
            ],
            "activities": [
                (
                    "Neighbourhood meetings and actions",
                    "Activities in District II Grzegórzki, where the Foundation has its seat.",
                )
            ],
        },
    },
]

CONFERENCES = [
    {
        "organisation": "bis",
        "kind": EventKind.CONFERENCE,
        "start": (2026, 12, 3, 9, 30),
        "end": (2026, 12, 4, 16, 0),
        "venue_name": "Krakowskie Centrum Obywatelskie",
        "city": "Kraków",
        "latitude": "50.061400",
        "longitude": "19.937200",
        "is_free": True,
        "registration_mode": RegistrationMode.FORM,
        "capacity": 120,
        "closes": (2026, 11, 30, 23, 59),
        "tags": ["aktywność lokalna", "animacja"],
        "pl": {
            "title": "Miejsca Otwarte – ogólnopolska konferencja",
            "slug": "miejsca-otwarte",
            "summary": "Dwa dni o miejscach, w których mieszkańcy działają razem: domach sąsiedzkich, centrach aktywności i otwartych instytucjach.",
            "accessibility_info": "Sala na parterze, wejście bez progów, toaleta dostępna dla osób poruszających się na wózku. Pętla indukcyjna w sali głównej.",
            "agenda": [
                ((2026, 12, 3), (9, 30), (10, 0), "Otwarcie i powitanie", []),
                (
                    (2026, 12, 3),
                    (10, 0),
                    (11, 30),
                    "Miejsca Aktywności Mieszkańców – doświadczenia z Małopolski",
                    [("Zespół projektu MAM", "BIS")],
                ),
                (
                    (2026, 12, 4),
                    (10, 0),
                    (12, 0),
                    "Standardy centrów społecznościowych – warsztat",
                    [],
                ),
            ],
        },
        "en": {
            "title": "Open Places – national conference",
            "slug": "open-places",
            "summary": "Two days on places where residents act together: neighbourhood houses, activity centres and open institutions.",
            "accessibility_info": "Ground-floor room, step-free entrance, wheelchair-accessible toilet. Hearing loop in the main room.",
            "agenda": [
                ((2026, 12, 3), (9, 30), (10, 0), "Opening and welcome", []),
                (
                    (2026, 12, 3),
                    (10, 0),
                    (11, 30),
                    "Residents' Activity Places – lessons from Małopolska",
                    [("The MAM project team", "BIS")],
                ),
                ((2026, 12, 4), (10, 0), (12, 0), "Standards for community centres – workshop", []),
            ],
        },
    },
    {
        "organisation": "bis",
        "kind": EventKind.CONFERENCE,
        "start": (2027, 1, 21, 10, 0),
        "end": (2027, 1, 21, 15, 30),
        "venue_name": "",
        "city": "Kraków",
        "latitude": "50.061400",
        "longitude": "19.937200",
        "attendance_mode": AttendanceMode.MIXED,
        "online_url": "https://example.org/hr-w-ngo-transmisja",
        "is_free": False,
        "price": "50.00",
        "registration_mode": RegistrationMode.FORM,
        "capacity": 40,
        "closes": (2027, 1, 14, 23, 59),
        "tags": ["zarządzanie", "HR", "rozwój organizacji"],
        "pl": {
            "title": "HR w NGO",
            "slug": "hr-w-ngo",
            "summary": "Konferencja o zarządzaniu ludźmi w organizacjach pozarządowych: rekrutacja, jawność wynagrodzeń, dobrostan zespołu i współpraca z wolontariuszami.",
            "price_note": "Opłata obejmuje materiały i obiad.",
            "accessibility_info": "Transmisja online z napisami na żywo.",
            "agenda": [
                (
                    (2027, 1, 21),
                    (10, 0),
                    (11, 0),
                    "Jak dbać o dobrostan pracowników organizacji",
                    [],
                ),
                (
                    (2027, 1, 21),
                    (11, 15),
                    (12, 30),
                    "Jawność wynagrodzeń w ogłoszeniach o pracę",
                    [],
                ),
            ],
        },
        "en": {
            "title": "HR in NGOs",
            "slug": "hr-in-ngos",
            "summary": "A conference on managing people in NGOs: recruitment, pay transparency, team well-being and working with volunteers.",
            "price_note": "The fee covers materials and lunch.",
            "accessibility_info": "Online stream with live captions.",
            "agenda": [
                ((2027, 1, 21), (10, 0), (11, 0), "Looking after the well-being of NGO staff", []),
                ((2027, 1, 21), (11, 15), (12, 30), "Pay transparency in job adverts", []),
            ],
        },
    },
    {
        "organisation": "mik",
        "kind": EventKind.WORKSHOP,
        "start": (2027, 2, 10, 10, 0),
        "end": (2027, 2, 10, 14, 0),
        "venue_name": "Małopolski Instytut Kultury",
        "city": "Kraków",
        "latitude": "50.061900",
        "longitude": "19.893200",
        "is_free": True,
        "registration_mode": RegistrationMode.NONE,
        "tags": ["dziedzictwo kulturowe", "dostępność"],
        "pl": {
            "title": "Interpretacja dziedzictwa dla wszystkich – warsztat",
            "slug": "interpretacja-dziedzictwa-warsztat",
            "summary": "Warsztat dla animatorów, muzealników i bibliotekarzy: jak opowiadać o dziedzictwie tak, by było dostępne także dla osób z niepełnosprawnościami.",
            "accessibility_info": "Budynek dostępny dla osób poruszających się na wózku.",
            "agenda": [],
        },
        "en": {
            "title": "Heritage interpretation for everyone – workshop",
            "slug": "heritage-interpretation-workshop",
            "summary": "A workshop for animators, museum staff and librarians: telling the story of heritage so that it is accessible to people with disabilities too.",
            "accessibility_info": "The building is wheelchair accessible.",
            "agenda": [],
        },
    },
]

# The demo's tags in English (pages.models.Topic): English pages and searches show these.
TOPICS = {
    "HR": "HR",
    "Kraków": "Kraków",
    "aktywność lokalna": "local activity",
    "animacja": "community animation",
    "badania": "research",
    "dostępność": "accessibility",
    "dziedzictwo kulturowe": "cultural heritage",
    "edukacja dorosłych": "adult education",
    "edukacja kulturalna": "cultural education",
    "ekonomia społeczna": "social economy",
    "partycypacja": "participation",
    "rozwój organizacji": "organisational development",
    "samorząd": "local government",
    "seniorzy": "older people",
    "społeczność lokalna": "local community",
    "szkoła": "school",
    "usługi społeczne": "social services",
    "wolontariat": "volunteering",
    "zarządzanie": "management",
}

ACCESSIBILITY_STATEMENT = {
    "facts": {
        "website_url": "http://127.0.0.1:8000/",
        "published_date": datetime.date(2026, 9, 1),
        "updated_date": datetime.date(2026, 11, 20),
        "status": ComplianceStatus.PARTIAL,
        "prepared_date": datetime.date(2026, 11, 20),
        "assessment_method": AssessmentMethod.SELF,
        "contact_email": "dostepnosc@siec.localhost",
        "contact_phone": "+48 12 000 00 00",
    },
    "pl": {
        "title": "Deklaracja dostępności",
        "slug": "deklaracja-dostepnosci",
        "entity_name": "Sieć organizacji Małopolski",
        "website_name": "strony internetowej Sieci organizacji Małopolski",
        "contact_person": "Koordynatorka dostępności sieci",
        "inaccessible_content": (
            "<ul><li>Część dokumentów PDF dodanych przez organizacje nie ma struktury nagłówków."
            "</li><li>Niektóre zdjęcia w opisach programów nie mają jeszcze tekstu "
            "alternatywnego.</li></ul>"
        ),
        "architecture": (
            "<p>Sieć nie ma własnej siedziby dla odwiedzających. Informacje o dostępności "
            "budynków podają poszczególne organizacje na swoich stronach.</p>"
        ),
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "entity_name": "Sieć – the network of Małopolska organisations",
        "website_name": "the website of the network of Małopolska organisations",
        "contact_person": "The network's accessibility coordinator",
        "inaccessible_content": (
            "<ul><li>Some PDF documents added by the organisations have no heading structure."
            "</li><li>Some photographs in programme descriptions have no alternative text "
            "yet.</li></ul>"
        ),
        "architecture": (
            "<p>The network has no premises of its own for visitors. Each organisation "
            "describes the accessibility of its buildings on its own pages.</p>"
        ),
    },
}
