"""App code uses only the public API of Wagtail, Django and the libraries around them: a
private attribute (`obj._name`) of someone else's object can change or vanish in any release,
silently. Our own classes may use their private attributes through `self`/`cls`; Django's
documented `_meta` and `_default_manager`/`_base_manager` are public API despite the
underscore."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["cms", "pages", "jobs", "volunteering", "search"]
DOCUMENTED = {"_meta", "_default_manager", "_base_manager"}


def private_accesses(source: str) -> list[tuple[int, str]]:
    """(line, expression) of every `x._name` where x is not `self` or `cls`, and of every
    getattr/setattr/hasattr/delattr with a private name."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "setattr", "hasattr", "delattr"}
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and node.args[1].value.startswith("_")
            and not node.args[1].value.startswith("__")
        ):
            found.append((node.lineno, f"{node.func.id}(…, {node.args[1].value!r})"))
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not name.startswith("_") or name.startswith("__") or name in DOCUMENTED:
            continue
        if isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}:
            continue
        found.append((node.lineno, f"{ast.unparse(node.value)}.{name}"))
    return sorted(found)


def app_modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def test_the_scan_finds_a_private_attribute_of_another_object():
    source = (
        "site = Site._find_for_request(request)\n"
        "request._wagtail_site = site\n"
        'cached = getattr(request, "_siec_locales", None)\n'
    )

    found = private_accesses(source)

    assert found == [
        (1, "Site._find_for_request"),
        (2, "request._wagtail_site"),
        (3, "getattr(…, '_siec_locales')"),
    ]


def test_the_scan_allows_own_attributes_and_documented_model_api():
    source = "self._cache = model._meta.label\ncls._seen = model._default_manager.all()\n"

    assert private_accesses(source) == []


@pytest.mark.parametrize("path", list(app_modules()), ids=lambda path: str(path.relative_to(ROOT)))
def test_app_code_uses_no_private_attribute_of_another_object(path):
    found = private_accesses(path.read_text())

    assert found == [], f"{path.relative_to(ROOT)}: {found}"
