"""Reading an uploaded zip (DOCX, ODT) within fixed bounds of memory and time, whatever it
claims or holds: a few kilobytes deflate to gigabytes, and a few megabytes of tiny entries
cost zipfile tens of megabytes of objects before the first one is read."""

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

MAX_ENTRIES = 1000
MAX_EXPANDED_BYTES = 50 * 1024 * 1024
# zipfile keeps an object per central-directory record; this bounds them before it starts.
MAX_DIRECTORY_BYTES = 256 * 1024
CHUNK_BYTES = 64 * 1024
HEAD_BYTES = 256

# An archive or compressed stream inside the upload: another layer the limits above would
# have to follow, and no CV needs one.
ARCHIVE_SIGNATURES = (
    b"PK\x03\x04",  # zip, and DOCX, XLSX, ODT…
    b"PK\x05\x06",  # an empty zip
    b"PK\x07\x08",  # a spanned zip
    b"\x1f\x8b",  # gzip
    b"BZh",  # bzip2
    b"\xfd7zXZ\x00",  # xz
    b"7z\xbc\xaf\x27\x1c",  # 7-Zip
    b"Rar!\x1a\x07",  # RAR
)

_END_RECORD = struct.Struct("<4s4H2LH")  # end of central directory, without the comment
_END_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_ZIP64_LOCATOR_BYTES = 20
_MAX_COMMENT_BYTES = 0xFFFF


class ArchiveRefused(Exception):
    """Not a zip this site reads. `reason` is one of the class constants."""

    NOT_A_ZIP = "not_a_zip"
    TOO_LARGE = "too_large"
    NESTED = "nested"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Entry:
    name: str
    head: bytes  # the first HEAD_BYTES of its content


def _check_directory(upload) -> None:
    """Refuse, from the end record alone, a directory too large or a zip64 one (a CV never
    needs more than 65,535 entries or 4 GB). zipfile reads the directory this record points
    to, so its size bounds what zipfile builds."""
    upload.seek(0, io.SEEK_END)
    size = upload.tell()
    tail_start = max(0, size - _END_RECORD.size - _MAX_COMMENT_BYTES - _ZIP64_LOCATOR_BYTES)
    upload.seek(tail_start)
    tail = upload.read()
    # As zipfile finds it: the last bytes when there is no comment, else the last signature.
    if tail[-_END_RECORD.size : -_END_RECORD.size + 4] == _END_SIGNATURE and tail[-2:] == b"\0\0":
        position = len(tail) - _END_RECORD.size
    else:
        position = tail.rfind(_END_SIGNATURE)
    if position < 0 or len(tail) - position < _END_RECORD.size:
        raise ArchiveRefused(ArchiveRefused.NOT_A_ZIP)
    record = _END_RECORD.unpack_from(tail, position)
    entries, directory_bytes = record[4], record[5]
    locator = tail[max(0, position - _ZIP64_LOCATOR_BYTES) : position]
    if locator.startswith(_ZIP64_LOCATOR_SIGNATURE) or entries == 0xFFFF:
        raise ArchiveRefused(ArchiveRefused.TOO_LARGE)
    if entries > MAX_ENTRIES or directory_bytes > MAX_DIRECTORY_BYTES:
        raise ArchiveRefused(ArchiveRefused.TOO_LARGE)
    upload.seek(0)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> tuple[bytes, int]:
    """The entry's head and how many bytes it expanded to, reading it chunk by chunk (zipfile
    checks each entry's CRC at its end, so a truncated or forged entry fails here)."""
    head = b""
    expanded = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            if len(head) < HEAD_BYTES:
                head += chunk[: HEAD_BYTES - len(head)]
            expanded += len(chunk)
            if expanded > budget:
                raise ArchiveRefused(ArchiveRefused.TOO_LARGE)
    return head, expanded


def read_entries(upload) -> list[Entry]:
    """Every entry of the uploaded zip with the start of its content, having read it whole
    within MAX_EXPANDED_BYTES altogether; raises ArchiveRefused for anything else."""
    _check_directory(upload)
    try:
        with zipfile.ZipFile(upload) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ArchiveRefused(ArchiveRefused.TOO_LARGE)
            # What the entries claim first: refusing an honest bomb costs no decompression.
            if sum(info.file_size for info in infos) > MAX_EXPANDED_BYTES:
                raise ArchiveRefused(ArchiveRefused.TOO_LARGE)
            budget = MAX_EXPANDED_BYTES
            entries = []
            for info in infos:
                if info.is_dir():
                    continue
                head, expanded = _read_entry(archive, info, budget)
                budget -= expanded
                if head.startswith(ARCHIVE_SIGNATURES):
                    raise ArchiveRefused(ArchiveRefused.NESTED)
                entries.append(Entry(name=info.filename, head=head))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        raise ArchiveRefused(ArchiveRefused.NOT_A_ZIP) from error
    except (RuntimeError, NotImplementedError) as error:  # encrypted, or an unknown method
        raise ArchiveRefused(ArchiveRefused.NOT_A_ZIP) from error
    finally:
        upload.seek(0)
    return entries
