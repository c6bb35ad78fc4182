"""Values computed once per object (a request, a user) and forgotten with it.

Our memos are kept here rather than as attributes set on Django's objects, so that no name of
ours can collide with one Django or Wagtail sets (they cache on the request too), and a value
never outlives the object it belongs to. Keyed by identity: two user objects for the same
account (one per request) do not share a memo, so nothing is kept from one request to the
next."""

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_values: dict[int, dict[str, object]] = {}
_lock = threading.Lock()


def _forget(key: int) -> None:
    with _lock:
        _values.pop(key, None)


def memo(owner, name: str, compute: Callable[[], T]) -> T:
    """`compute()` once for `owner`; without an owner (or one that cannot be tracked) every
    call computes afresh."""
    if owner is None:
        return compute()
    key = id(owner)
    with _lock:
        values = _values.get(key)
        if values is not None and name in values:
            return values[name]
    value = compute()
    with _lock:
        values = _values.get(key)
        if values is None:
            try:
                weakref.finalize(owner, _forget, key)
            except TypeError:  # no weak references to it: nothing tells us when it is gone
                return value
            values = _values[key] = {}
        values[name] = value
    return value
