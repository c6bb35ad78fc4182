"""Saving a search as an e-mail alert, confirming it and unsubscribing: thin views over
search.alert_services. Confirming and unsubscribing take a button press, so mail scanners
that open links change nothing; unsubscribing also answers mail programs' one-click POST."""

from django import forms
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from pages.abuse import limit_posts
from search import alert_mail, alert_services
from search.forms import SavedSearchForm, SearchForm, alert_search_params
from search.models import SavedSearch
from search.queries import criteria_of
from search.tasks import subscribe as subscribe_later

# The query parameters that make up a saved search (paging, sorting and dates do not).
CRITERIA_PARAMETERS = ("q", "kind", "organisation", "tag", "employment_type", "city", "radius")


def criteria_pairs(data) -> list[tuple[str, str]]:
    return [(name, value) for name in CRITERIA_PARAMETERS for value in data.getlist(name) if value]


@require_http_methods(["GET", "POST"])
@limit_posts("saved-search")
def new_alert(request):
    data = request.POST if request.method == "POST" else request.GET
    search_form = SearchForm(data)
    alert_form = SavedSearchForm(request.POST if request.method == "POST" else None)
    language = translation.get_language()
    problem, params = "", None
    if not search_form.is_valid():
        problem = " ".join(str(error) for errors in search_form.errors.values() for error in errors)
    else:
        try:
            params = alert_search_params(search_form, language=language)
        except forms.ValidationError as error:
            problem = " ".join(error.messages)
    if params is not None and alert_form.is_bound and alert_form.is_valid():
        # Saved and answered by e-mail from the worker: the same work here for every address.
        subscribe_later.enqueue(
            alert_form.cleaned_data["email"],
            language,
            criteria_of(params),
            alert_form.cleaned_data["frequency"],
            timezone.now().isoformat(),
        )
        return redirect("network_search_alert_sent")
    context = {
        "form": alert_form,
        "problem": problem,
        "criteria": criteria_pairs(data),
        "description": (
            alert_mail.describe(alert_services.criteria_with_kinds(params), language)
            if params
            else ""
        ),
    }
    status = 400 if problem or alert_form.errors else 200
    return render(request, "search/alert_new.html", context, status=status)


@require_GET
def alert_sent(request):
    return render(request, "search/alert_sent.html")


def _saved_or_problem(request, token: str):
    saved = SavedSearch.objects.filter(token=token).first()
    if saved is None:
        return None, render(request, "search/alert_link_problem.html", status=404)
    return saved, None


@require_http_methods(["GET", "POST"])
def confirm_alert(request, token):
    saved, problem = _saved_or_problem(request, token)
    if problem:
        return problem
    context = {"saved": saved, "description": alert_mail.describe(saved.criteria, saved.language)}
    if request.method == "GET":
        return render(request, "search/alert_confirm.html", context)
    alert_services.confirm(saved=saved, now=timezone.now())
    context["unsubscribe_url"] = alert_mail.unsubscribe_path(saved)
    return render(request, "search/alert_confirmed.html", context)


@csrf_exempt  # the token is the credential; mail programs unsubscribe with a bare POST
@require_http_methods(["GET", "POST"])
def unsubscribe_alert(request, token):
    saved, problem = _saved_or_problem(request, token)
    if problem:
        return problem
    description = alert_mail.describe(saved.criteria, saved.language)
    if request.method == "GET":
        return render(request, "search/alert_unsubscribe.html", {"description": description})
    alert_services.unsubscribe(saved=saved)
    return render(request, "search/alert_unsubscribed.html", {"description": description})
