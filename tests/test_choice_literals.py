"""Choice values are named by their `TextChoices` member, never spelled as a string.

A literal such as `posting.working_time == "PART_TIME"` keeps working after the member is
renamed or its value changes, and then silently compares false. This scan reads the app code
(Python through its syntax tree, templates by pattern) and lists every place where a string
that is a value of a model field's choices meets that field: compared with it, passed as it
(`filter(status="NEW")`), given as its dict key (demo content) or assigned to it (factories).
A string is reported only when it is one of the choices of a field of that name, so ordinary
strings that share a name (`kind == "heading"` of a StreamField block) are left alone.
"""

import ast
import itertools
import re
from collections import defaultdict
from pathlib import Path

from django.apps import apps

ROOT = Path(__file__).resolve().parents[1]
APPS = ("cms", "pages", "jobs", "volunteering", "search")


def choice_values_by_field_name() -> dict[str, set[str]]:
    values = defaultdict(set)
    for model in apps.get_models():
        if model.__module__.split(".")[0] not in APPS:
            continue
        for field in model._meta.concrete_fields:
            if field.choices:
                values[field.name].update(str(value) for value, _label in field.flatchoices)
    return dict(values)


def _name_of(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [item for element in node.elts for item in _strings(element)]
    return []


def python_literals(source: str, choices: dict[str, set[str]]) -> list[tuple[int, str]]:
    found = []

    def check(name: str | None, value: ast.AST, line: int):
        if name in choices and any(text in choices[name] for text in _strings(value)):
            found.append((line, f"{name} ~ {_strings(value)}"))

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for left, right in itertools.pairwise(operands):
                if isinstance(left, ast.Attribute):
                    check(left.attr, right, node.lineno)
                if isinstance(right, ast.Attribute):
                    check(right.attr, left, node.lineno)
        elif isinstance(node, ast.keyword):
            check(node.arg, node.value, node.value.lineno)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    check(key.value, value, value.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                check(_name_of(target), node.value, node.lineno)
    return found


# `page.status == "COMPLIANT"`, `"ONLINE" != conference.attendance_mode`, `x.kind in "…"`.
_TEMPLATE_COMPARE = re.compile(
    r"""\.(?P<a>\w+)\s*(?:==|!=|\bin\b|\bnot in\b)\s*["'](?P<av>[^"']*)["']"""
    r"""|["'](?P<bv>[^"']*)["']\s*(?:==|!=)\s*[\w.]*\.(?P<b>\w+)"""
)


def template_literals(source: str, choices: dict[str, set[str]]) -> list[tuple[int, str]]:
    found = []
    for match in _TEMPLATE_COMPARE.finditer(source):
        name, value = match["a"] or match["b"], match["av"] or match["bv"]
        if value in choices.get(name, ()):
            found.append((source.count("\n", 0, match.start()) + 1, match.group(0)))
    return found


def literals_by_file() -> dict[str, list[tuple[int, str]]]:
    choices = choice_values_by_field_name()
    result = {}
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*")):
            if "migrations" in path.parts or not path.is_file():
                continue
            if path.suffix == ".py":
                found = python_literals(path.read_text(), choices)
            elif path.suffix in (".html", ".txt"):
                found = template_literals(path.read_text(), choices)
            else:
                continue
            if found:
                result[str(path.relative_to(ROOT))] = found
    return result


def test_the_scan_finds_a_choice_spelled_as_a_string():
    choices = {"working_time": {"PART_TIME"}, "status": {"COMPLIANT"}}

    python = python_literals('if posting.working_time == "PART_TIME": pass', choices)
    template = template_literals('{% if page.status == "COMPLIANT" %}', choices)
    member = python_literals("if posting.working_time == WorkingTime.PART_TIME: pass", choices)
    other = template_literals('{% if value.level == "h3" %}', choices)

    assert python and template
    assert not member and not other


def test_choice_values_are_named_by_their_member_everywhere_in_the_apps():
    found = literals_by_file()

    assert found == {}
