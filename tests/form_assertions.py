"""What every visitor-facing form must do after a submit (GOV.UK's pattern), checked on the
HTML a Django test client gets back: a failed submit says so in the title and lists each error
as a link to a field that exists; a successful one lands on a confirmation panel that takes
focus and says what happens next."""

import re


def _title(page: str) -> str:
    return page.split("<title>")[1].split("</title>")[0].strip()


def assert_explains_errors(response, *, fields: list[str]) -> None:
    page = response.content.decode()
    title = _title(page)
    assert title.startswith(("Błąd: ", "Error: ")), title
    main = page.split("<main")[1]
    opening = re.search(r'<div class="error-summary"[^>]*>', main).group(0)
    assert "data-focus-on-load" in opening and 'tabindex="-1"' in opening
    assert "js/focus-on-load.js" in main
    # The summary comes before the page's heading and its form.
    assert main.index('class="error-summary"') < main.index("<h1") < main.index("<form")
    summary = main.split('class="error-summary"')[1].split("</div>")[0]
    targets = re.findall(r'href="#([^"]+)"', summary)
    for name in fields:
        assert any(target.startswith(f"id_{name}") for target in targets), (name, targets)
    for target in targets:
        assert f'id="{target}"' in page, target
        # Django points the control (or its group's fieldset) at the error text.
        field_id = re.sub(r"_\d+$", "", target)
        assert re.search(rf'aria-describedby="[^"]*{field_id}_error', page), target


def assert_confirms(response, *, next_steps: str) -> None:
    page = response.content.decode()
    assert not _title(page).startswith(("Błąd", "Error"))
    main = page.split("<main")[1]
    assert "<form" not in main
    assert 'class="messages"' not in main  # the messages are inside the panel, once
    panel = main.split('class="confirmation-panel"')[1].split("</div>")[0]
    heading = re.search(r"<h1[^>]*>", panel).group(0)
    assert 'tabindex="-1"' in heading and "data-focus-on-load" in heading
    assert main.index('class="confirmation-panel"') < main.index("<h2")  # first on the page
    assert next_steps in main.split("</div>", 1)[1], "the page says what happens next"
