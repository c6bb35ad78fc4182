"""The admin API's image and document endpoints, limited to the editor's collections.

Wagtail's endpoints (`/admin/api/main/images/`, `/documents/`) list every image and document
that is not behind a collection view restriction, whoever asks, with its download URL. The
admin uses them for choosers and previews; these subclasses list only what the user may
choose, and are registered under the same names after Wagtail's own.
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from pages.scope import reachable


class ScopedEndpointMixin:
    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.filter(pk__in=reachable(self.request.user, self.model).values("pk"))


class ScopedImagesAdminAPIViewSet(ScopedEndpointMixin, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAdminAPIViewSet(ScopedEndpointMixin, DocumentsAdminAPIViewSet):
    pass


SCOPED_ENDPOINTS = {
    "images": ScopedImagesAdminAPIViewSet,
    "documents": ScopedDocumentsAdminAPIViewSet,
}
