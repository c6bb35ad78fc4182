"""What a zip bomb sent as a CV costs the process that checks it.

    make bench-cv-bombs

Builds the bombs of the security issue (a DOCX whose `mimetype` or document entry is 200 MB
of deflated zeros, the same with its directory claiming 13 bytes, one with 50,000 entries, one
with a zip inside) and a DOCX of 49 MB unpacked, just within the limit (the most an accepted
upload costs), and checks each with `jobs.cv.validate_cv` in a fresh Python process, printing
the compressed size, the growth of the process's peak resident memory (ru_maxrss), the CPU
time of the check and the answer. tests/jobs/test_cv_bombs.py uploads the same bombs through
the form.
"""

import io
import json
import os
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def build_zip(entries) -> bytes:
    """A deflated zip of (name, bytes or an iterable of byte chunks), streamed chunk by chunk
    so that building a bomb does not itself need its expanded size in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            with archive.open(name, "w") as entry:
                for chunk in [content] if isinstance(content, bytes) else content:
                    entry.write(chunk)
    return buffer.getvalue()


def _zeros(total: int):
    chunk = bytes(MB)
    for _ in range(total // MB):
        yield chunk


def docx_with_deflated_zeros_in_mimetype() -> bytes:
    # The finding: 200 MB of zeros deflate to about 200 KB.
    return build_zip(
        [
            ("mimetype", _zeros(200 * MB)),
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
        ]
    )


def docx_with_deflated_zeros_in_the_document() -> bytes:
    return build_zip(
        [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", _zeros(200 * MB))]
    )


def docx_just_under_the_limit() -> bytes:
    """Not a bomb by the rules: 49 MB unpacked, all read and checked; the most a DOCX costs."""
    return build_zip([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", _zeros(49 * MB))])


def docx_that_understates_its_size() -> bytes:
    """The zeros bomb, its directory claiming the entry unpacks to 13 bytes."""
    content = bytearray(docx_with_deflated_zeros_in_the_document())
    name = b"word/document.xml"
    record = content.rfind(b"PK\x01\x02", 0, content.rfind(name))  # its directory record
    content[record + 24 : record + 28] = (13).to_bytes(4, "little")  # uncompressed size
    return bytes(content)


def docx_with_many_entries() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>")
        for number in range(50_000):
            archive.writestr(f"word/{number}", b"")
    return buffer.getvalue()


def docx_with_a_nested_archive() -> bytes:
    inner = build_zip([("a", _zeros(4 * MB))])
    return build_zip(
        [
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
            ("word/embeddings/attachment.bin", inner),
        ]
    )


BOMBS = {
    "zeros in mimetype": docx_with_deflated_zeros_in_mimetype,
    "zeros in document": docx_with_deflated_zeros_in_the_document,
    "understated size": docx_that_understates_its_size,
    "50,000 entries": docx_with_many_entries,
    "nested zip": docx_with_a_nested_archive,
    "49 MB, under limit": docx_just_under_the_limit,
}


def check(path: str) -> None:
    """In the child: validate one file and print what it cost as JSON."""
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    django.setup()
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from jobs.cv import validate_cv

    upload = SimpleUploadedFile("cv.docx", Path(path).read_bytes())
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.process_time()
    try:
        answer = f"accepted as {validate_cv(upload).extension}"
    except ValidationError as error:
        answer = f"refused ({error.code})"
    cpu = time.process_time() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    growth_kb = after.ru_maxrss - before.ru_maxrss
    print(json.dumps({"answer": answer, "cpu_s": cpu, "rss_growth_mb": growth_kb / 1024}))


def main() -> None:
    workdir = ROOT / "var" / "bench-zip-bombs"
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"{'bomb':<20} {'size':>9} {'peak RSS growth':>16} {'CPU':>8}  answer")
    for label, build in BOMBS.items():
        path = workdir / "bomb.docx"
        path.write_bytes(build())
        output = subprocess.run(
            [sys.executable, __file__, "--check", str(path)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
        result = json.loads(output.strip().splitlines()[-1])
        print(
            f"{label:<20} {path.stat().st_size / 1024:>6.1f} KB "
            f"{result['rss_growth_mb']:>13.1f} MB {result['cpu_s']:>7.3f}s  {result['answer']}"
        )
        path.unlink()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        check(sys.argv[2])
    else:
        main()
