"""Places and distances without network calls: an offline gazetteer shipped in the repository
and great-circle distance in Python and in SQL."""

import csv
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.db.models import F, FloatField, Value
from django.db.models.functions import ACos, Cos, Greatest, Least, Radians, Sin

EARTH_RADIUS_KM = 6371.0088
GAZETTEER = Path(__file__).parent / "data" / "gazetteer.csv"


@dataclass(frozen=True)
class Place:
    name: str
    voivodeship: str
    latitude: float
    longitude: float


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so "Krakow" and "kraków" find Kraków."""
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


@cache
def _index() -> dict[str, Place]:
    places = {}
    with GAZETTEER.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            place = Place(
                row["name"], row["voivodeship"], float(row["latitude"]), float(row["longitude"])
            )
            for key in [row["name"], *filter(None, row["aliases"].split("|"))]:
                places[fold(key)] = place
    return places


def find_place(name: str) -> Place | None:
    return _index().get(fold(name or ""))


def place_at(latitude, longitude) -> Place | None:
    """The gazetteer place whose point these coordinates are (to six decimals, as pages store
    them): coordinates that were filled in from a town, not typed by an editor."""
    return _points().get((round(float(latitude), 6), round(float(longitude), 6)))


@cache
def _points() -> dict[tuple[float, float], Place]:
    return {(round(p.latitude, 6), round(p.longitude, 6)): p for p in _index().values()}


def place_names() -> list[str]:
    return sorted({place.name for place in _index().values()})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def bounding_box(latitude: float, longitude: float, radius_km: float) -> dict:
    """A lat/lon box around a circle: a cheap, index-friendly pre-filter."""
    d_lat = math.degrees(radius_km / EARTH_RADIUS_KM)
    d_lon = math.degrees(
        radius_km / (EARTH_RADIUS_KM * max(math.cos(math.radians(latitude)), 0.01))
    )
    return {
        "latitude__gte": latitude - d_lat,
        "latitude__lte": latitude + d_lat,
        "longitude__gte": longitude - d_lon,
        "longitude__lte": longitude + d_lon,
    }


def distance_expression(latitude: float, longitude: float, *, prefix: str = ""):
    """Spherical law of cosines as a database expression (PostgreSQL and SQLite both have the
    functions Django maps these to)."""
    lat = Radians(F(f"{prefix}latitude"), output_field=FloatField())
    lon = Radians(F(f"{prefix}longitude"), output_field=FloatField())
    origin_lat = math.radians(latitude)
    origin_lon = math.radians(longitude)
    cosine = Value(math.sin(origin_lat)) * Sin(lat) + Value(math.cos(origin_lat)) * Cos(lat) * Cos(
        lon - Value(origin_lon)
    )
    # Rounding can push the cosine a hair past 1, where ACOS is undefined.
    clamped = Greatest(Least(cosine, Value(1.0)), Value(-1.0))
    return Value(EARTH_RADIUS_KM) * ACos(clamped, output_field=FloatField())


def filter_near(queryset, *, city: str, radius: int | None):
    """Rows in a known town, or within `radius` km of it (annotated with `distance_km`)."""
    place = find_place(city)
    if not radius:
        return queryset.filter(city__iexact=place.name)
    return (
        queryset.filter(**bounding_box(place.latitude, place.longitude, radius))
        .annotate(distance_km=distance_expression(place.latitude, place.longitude))
        .filter(distance_km__lte=radius)
    )


def km_away(distance: float) -> str:
    """ "4,2 km stąd": a distance for people, in the active language."""
    from django.utils import formats
    from django.utils.translation import gettext

    return gettext("%(km)s km away") % {"km": formats.number_format(distance, 1)}
