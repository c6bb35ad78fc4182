"""What bumps the tree's versions (pages.cache.TREE, SHAPE and the local topics).

Before a page is saved its tree fields are read from the database (one query; none for a
draft revision, whose save names only editing fields), and after the save they are compared:
only a live page whose place, title, slug, menu flag or language changed, or a page made live
or taken offline, changes the tree. A change at the top (a home or a section below it) or to
any address changes what every page shows (SHAPE); deeper down only the page's translations
and its parent's children change. Moves, deletions, view restrictions, Sites and locales
always change SHAPE."""

from django.db.models.signals import post_delete, post_save, pre_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from pages.cache import SHAPE, TREE, bump_topic, children_topic, family_topic

# A page's fields that the tree is made of, the state (live) first.
TREE_FIELDS = (
    "live",
    "title",
    "show_in_menus",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "translation_key",
    "alias_of_id",
    "content_type_id",
)
# Fields whose change moves an address, a language or a page's kind: every page may link to it.
ADDRESS_FIELDS = frozenset(TREE_FIELDS[3:])
# The names a save's update_fields may use for them (a foreign key by its field or its column).
TREE_FIELD_NAMES = frozenset(field.removesuffix("_id") for field in TREE_FIELDS)
# Our own mark on the instance being saved: its tree fields as the database held them.
TREE_BEFORE = "siec_tree_before_save"


def connect_tree_topics() -> None:
    pre_save.connect(note_tree_state, dispatch_uid="siec_tree_before_save")
    post_save.connect(tree_saved, dispatch_uid="siec_tree_saved")
    post_page_move.connect(changed_everywhere, dispatch_uid="siec_tree_moved")
    post_delete.connect(page_deleted, dispatch_uid="siec_tree_deleted")
    for model in (PageViewRestriction, Site, Locale):
        uid = f"siec_tree_{model._meta.label_lower}"
        post_save.connect(changed_everywhere, sender=model, dispatch_uid=uid)
        post_delete.connect(changed_everywhere, sender=model, dispatch_uid=f"{uid}_d")


def changed_everywhere(sender=None, raw=False, **kwargs) -> None:
    if not raw:
        bump_topic(TREE)
        bump_topic(SHAPE)


def changed_near(page: Page) -> None:
    """`page` was made live, taken offline or retitled deep in the tree."""
    bump_topic(TREE)
    bump_topic(family_topic(page.translation_key))
    bump_topic(children_topic(page.path[: -Page.steplen]))


def section_depth() -> int:
    """The depth of the sections right below the deepest home: their titles and menu flags
    are every page's menu."""
    roots = Site.get_site_root_paths()
    return max((root.root_path.count("/") for root in roots), default=2) + 1


def changed(page: Page, *, addresses: bool) -> None:
    if addresses or page.depth <= section_depth():
        changed_everywhere()
    else:
        changed_near(page)


def note_tree_state(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and TREE_FIELD_NAMES.isdisjoint(
        field.removesuffix("_id") for field in update_fields
    ):
        return
    before = None
    if instance.pk is not None:
        before = Page.objects.filter(pk=instance.pk).values_list(*TREE_FIELDS).first()
    setattr(instance, TREE_BEFORE, before)


def tree_saved(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or not hasattr(instance, TREE_BEFORE):
        return
    before = getattr(instance, TREE_BEFORE)
    delattr(instance, TREE_BEFORE)
    after = tuple(getattr(instance, field) for field in TREE_FIELDS)
    # A draft that stays a draft changes nothing a visitor can reach.
    was_live = before is not None and before[0]
    if not (instance.live or was_live) or before == after:
        return
    moved = before is not None and any(
        old != new
        for field, old, new in zip(TREE_FIELDS, before, after, strict=True)
        if field in ADDRESS_FIELDS
    )
    # Wagtail's unpublish saves the page, so it is seen here. Taken offline with pages below
    # it, it changes what every page may link to.
    taken_offline = was_live and not instance.live and instance.numchild > 0
    changed(instance, addresses=moved or taken_offline)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        changed_everywhere()
