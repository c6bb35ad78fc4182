"""Reading a saved response of the Ministry of Justice's open KRS API (api-krs.ms.gov.pl,
`OdpisAktualny/<KRS>?rejestr=S&format=json`) into an organisation's fields. Pure: a dict in,
plain data out; the command `import_krs` stores it. Only the fields an organisation page
has are read: name, legal form, address, public-benefit status and the three numbers."""

import dataclasses

from pages import geo
from pages.models import LegalForm
from pages.validators import normalise_registry_number

LEGAL_FORMS = {
    "FUNDACJA": LegalForm.FOUNDATION,
    "STOWARZYSZENIE": LegalForm.ASSOCIATION,
    "STOWARZYSZENIE ZWYKŁE": LegalForm.ASSOCIATION,
    "SPÓŁDZIELNIA SOCJALNA": LegalForm.SOCIAL_COOPERATIVE,
    "SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ": LegalForm.NON_PROFIT_COMPANY,
}


class NotAnExtract(ValueError):
    """The file is not a KRS extract (or misses what every extract has)."""


@dataclasses.dataclass(frozen=True)
class KrsRecord:
    krs: str
    name: str
    legal_form: LegalForm
    nip: str
    regon: str
    street_address: str
    postal_code: str
    city: str
    public_benefit: bool


def _town(raw: str) -> str:
    # The register writes towns in capitals; the gazetteer knows their proper spelling.
    place = geo.find_place(raw)
    return place.name if place else raw.title()


def _street(address: dict) -> str:
    street = (address.get("ulica") or "").strip()
    for prefix in ("UL. ", "UL."):
        if street.upper().startswith(prefix):
            street = "ul. " + street[len(prefix) :].strip().title()
            break
    else:
        street = street.title()
    number = (address.get("nrDomu") or "").strip()
    if flat := (address.get("nrLokalu") or "").strip():
        number = f"{number}/{flat}"
    return " ".join(part for part in (street, number) if part)


def parse_extract(data: dict) -> KrsRecord:
    try:
        extract = data["odpis"]
        header = extract["naglowekA"]
        entity = extract["dane"]["dzial1"]["danePodmiotu"]
        name = entity["nazwa"]
    except (KeyError, TypeError) as error:
        raise NotAnExtract(f"missing {error}") from error
    identifiers = entity.get("identyfikatory") or {}
    seat = (extract["dane"]["dzial1"].get("siedzibaIAdres") or {}).get("adres") or {}
    regon = normalise_registry_number(identifiers.get("regon", ""))
    # The register pads nine-digit REGONs to fourteen with zeros.
    if len(regon) == 14 and regon.endswith("00000"):
        regon = regon[:9]
    return KrsRecord(
        krs=normalise_registry_number(header.get("numerKRS", "")),
        name=" ".join(name.split()),
        legal_form=LEGAL_FORMS.get((entity.get("formaPrawna") or "").upper(), LegalForm.OTHER),
        nip=normalise_registry_number(identifiers.get("nip", "")),
        regon=regon,
        street_address=_street(seat),
        postal_code=(seat.get("kodPocztowy") or "").strip(),
        city=_town(seat.get("miejscowosc") or ""),
        public_benefit=bool(entity.get("czyPosiadaStatusOPP")),
    )
