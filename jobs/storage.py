"""Where CVs live: never under MEDIA_URL. Locally a folder outside the media root; on S3 a
separate private bucket (set PRIVATE_STORAGE_BUCKET_NAME). Files are served only through the
admin view that checks the editor's organisation."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage
from django.utils.module_loading import import_string


def private_storage() -> Storage:
    backend = getattr(settings, "PRIVATE_STORAGE", None)
    if backend:
        return import_string(backend["BACKEND"])(**backend.get("OPTIONS", {}))
    # base_url=None: the storage has no public URL at all.
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
