"""The network coordinators' review of applications to join, in the Wagtail admin.

A ModelViewSet lists confirmed applications (unconfirmed ones never reach reviewers); each
has a review page with its duplicates and the three decisions. The model permissions
(view/change), held by the network coordinators group, decide who reviews; nobody adds or
deletes applications here (they come from the public form and are kept as a record)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from pages.joining import services
from pages.joining.forms import DecisionForm
from pages.models import ApplicationStatus, MembershipApplication
from pages.models.joining import APPLICANT_FIELDS

DECISIONS = ("approve", "changes", "reject")


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)


class ConfirmedApplicationsIndexView(generic.IndexView):
    def get_edit_url(self, instance):
        # A reviewer opens an application to decide on it, not to edit what was sent.
        return reverse("join_applications:review", args=[instance.pk])

    def get_base_queryset(self):
        return super().get_base_queryset().exclude(status=ApplicationStatus.UNCONFIRMED)


class MembershipApplicationViewSet(ModelViewSet):
    model = MembershipApplication
    icon = "group"
    menu_label = gettext_lazy("Applications to join")
    menu_order = 290
    add_to_admin_menu = True
    index_view_class = ConfirmedApplicationsIndexView
    list_display = ["name", "legal_form", "city", "status", "confirmed_at"]
    list_filter = ["status", "legal_form"]
    search_fields = ["name", "krs", "nip", "contact_name", "contact_email"]
    form_fields = list(APPLICANT_FIELDS)
    inspect_view_enabled = True
    inspect_view_fields = [*form_fields, "status", "created_at", "confirmed_at"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("review/<int:pk>/", self.review_view, name="review"),
        ]

    def review_view(self, request, pk):
        policy = self.permission_policy
        if not policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        application = get_object_or_404(
            MembershipApplication.objects.exclude(status=ApplicationStatus.UNCONFIRMED), pk=pk
        )
        form = DecisionForm(request.POST or None)
        decision = request.POST.get("decision")
        if request.method == "POST":
            if decision == "approve":
                form.fields["message"].required = False
            if decision not in DECISIONS:
                form.add_error(None, _("Choose a decision."))
            elif form.is_valid():
                return self._decide(request, application, decision, form.cleaned_data["message"])
        duplicates = services.find_duplicates(
            krs=application.krs, nip=application.nip, exclude_pk=application.pk
        )
        return TemplateResponse(
            request,
            "pages/joining/admin/review.html",
            {
                "application": application,
                "form": form,
                "duplicates": duplicates,
                "index_url": self.get_url_name("index"),
                "history_url_name": self.get_url_name("history"),
                "page_title": application.name,
            },
            status=400 if form.is_bound else 200,
        )

    def _decide(self, request, application, decision, message):
        now = timezone.now()
        try:
            if decision == "approve":
                page = services.approve_application(
                    application=application, user=request.user, message=message, now=now
                )
                messages.success(
                    request,
                    _(
                        "Approved. The draft page “%(title)s” and its editors group are "
                        "ready; the contact has the invitation."
                    )
                    % {"title": page.title},
                )
            elif decision == "changes":
                services.request_changes(
                    application=application, user=request.user, message=message, now=now
                )
                messages.success(request, _("The applicant is asked to make changes."))
            else:
                services.reject_application(
                    application=application, user=request.user, reason=message, now=now
                )
                messages.success(request, _("The application is rejected."))
        except services.DecisionRefused:
            messages.error(request, _("This application has been decided already."))
        return redirect(self.get_url_name("index"))


membership_application_viewset = MembershipApplicationViewSet("join_applications")
