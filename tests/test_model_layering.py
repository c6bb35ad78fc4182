"""Views import models, never the reverse: no model module imports a views module, not even
lazily inside a method (issue 21)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("cms", "pages", "jobs", "volunteering", "search")


def model_modules() -> list[Path]:
    found = []
    for app in APPS:
        found += (ROOT / app).glob("models.py")
        found += (ROOT / app / "models").glob("*.py")
    return sorted(found)


def imported_modules(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        # `from jobs import views` imports a views module too.
        return [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return []


def is_views(module: str) -> bool:
    return any(part == "views" or part.endswith("_views") for part in module.split("."))


def views_imports(path: Path, *, root: Path = ROOT) -> set[tuple[str, str, str]]:
    """(file, the enclosing Class.method or "<module>", the views module) for each import."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()

    def visit(node, scope: list[str]):
        for child in ast.iter_child_nodes(node):
            inner = scope
            if isinstance(child, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                inner = [*scope, child.name]
            for module in imported_modules(child):
                if is_views(module):
                    where = ".".join(scope) or "<module>"
                    found.add((str(path.relative_to(root)), where, module))
            visit(child, inner)

    visit(tree, [])
    return found


def test_the_scan_finds_the_model_modules_of_every_app():
    names = {str(path.relative_to(ROOT)) for path in model_modules()}

    assert {"jobs/models/boards.py", "pages/models/mixins.py", "search/models.py"} <= names


def test_the_scan_sees_a_lazy_import_of_a_view_inside_a_method(tmp_path):
    module = tmp_path / "models.py"
    module.write_text(
        "class BoardPage:\n"
        "    def listing(self, request):\n"
        "        from jobs.views import job_listing\n"
        "        return job_listing(request)\n"
    )

    found = {(where, imported) for _file, where, imported in views_imports(module, root=tmp_path)}

    assert found == {
        ("BoardPage.listing", "jobs.views"),
        ("BoardPage.listing", "jobs.views.job_listing"),
    }


def test_no_model_module_imports_a_views_module():
    found = set().union(*(views_imports(path) for path in model_modules()))

    assert found == set()
