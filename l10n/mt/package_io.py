"""Bringing model packages in: bounded downloads from http(s) only, and bounded, checked extraction.

A package index and the archives it links to come from outside (design rule 12: everything
outside is hostile). So:

* only `http://` and `https://` URLs are opened, redirects included (`file:///dev/zero`,
  `ftp://` and friends are refused before any byte is read);
* a download streams to a file and stops at a cap (`MAX_PACKAGE_BYTES`, `MAX_INDEX_BYTES`),
  whatever `Content-Length` claims;
* an archive is read only if it is a sound zip whose members are safe names under one folder, few
  enough (`MAX_MEMBERS`) and whose *declared* sizes add up to at most `MAX_EXTRACTED_BYTES` —
  checked before anything is written. Python's `zipfile` stops each member at its declared
  size and fails its CRC otherwise, and extraction counts bytes again as it writes, so a zip bomb
  is a one-line error, never gigabytes on disk;
* a corrupt archive (bad CRC, truncated deflate stream, unknown compression) is a one-line
  `EngineError` naming the file.

Real Argos packages are 30–400 MB zipped and about the same unzipped (CTranslate2 weights hardly
compress), so the caps leave a wide margin and are arguments for whoever needs more.
"""

from __future__ import annotations

import urllib.parse
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from l10n.errors import EngineError, EngineUnavailable

ALLOWED_SCHEMES = ("http", "https")
DOWNLOAD_TIMEOUT_SECONDS = 120.0
MAX_INDEX_BYTES = 16 * 1024 * 1024  # Argos's index.json is ~100 kB
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024  # the largest Argos package is ~0.4 GB
MAX_EXTRACTED_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 10_000
_CHUNK = 1024 * 1024


def check_url(url: str) -> str:
    """`url` unchanged when it is http(s) with a host; otherwise a one-line `EngineError`.

    >>> check_url("https://example.org/index.json")
    'https://example.org/index.json'
    >>> check_url("file:///dev/zero")
    Traceback (most recent call last):
    l10n.errors.EngineError: file:///dev/zero: only http(s) URLs are opened for model packages, not 'file'
    """
    parts = urllib.parse.urlsplit(str(url))
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise EngineError(f"only http(s) URLs are opened for model packages, not {parts.scheme!r}", path=url)
    if not parts.hostname:
        raise EngineError("URL names no host", path=url)
    return str(url)


def _open(url: str):
    """`url` opened, following redirects to http(s) URLs only (urllib would also follow one to
    ftp://). urllib.request (http.client, email) is imported here: it is ~25 ms of every
    command that looks at a package without downloading one."""
    import urllib.error
    import urllib.request

    class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            check_url(urllib.parse.urljoin(req.full_url, newurl))
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.build_opener(HttpOnlyRedirects)
    request = urllib.request.Request(check_url(url), headers={"User-Agent": "l10n (ArgosTranslate-compatible)"})
    try:
        return opener.open(request, timeout=DOWNLOAD_TIMEOUT_SECONDS)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise EngineUnavailable(f"cannot reach {url}: {reason}") from None


def download(url: str, destination: Path, *, max_bytes: int = MAX_PACKAGE_BYTES) -> Path:
    """Stream `url` into `destination`; stop with an error past `max_bytes`."""
    written = 0
    with _open(url) as response, open(destination, "wb") as out:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise EngineError(f"download is {int(declared)} bytes, above the limit of {max_bytes}", path=url)
        while True:
            try:
                chunk = response.read(_CHUNK)
            except (OSError, ValueError) as exc:
                raise EngineUnavailable(f"download of {url} broke off: {exc}") from None
            if not chunk:
                return destination
            written += len(chunk)
            if written > max_bytes:
                raise EngineError(f"download exceeds the limit of {max_bytes} bytes; stopped", path=url)
            out.write(chunk)


def fetch_bytes(url: str, *, max_bytes: int = MAX_INDEX_BYTES) -> bytes:
    """A small document (the index) read whole, at most `max_bytes`."""
    with _open(url) as response:
        try:
            data = response.read(max_bytes + 1)
        except (OSError, ValueError) as exc:
            raise EngineUnavailable(f"download of {url} broke off: {exc}") from None
    if len(data) > max_bytes:
        raise EngineError(f"larger than the limit of {max_bytes} bytes", path=url)
    return data


def archive_root(archive: zipfile.ZipFile, *, path: Path, max_bytes: int) -> str:
    """The archive's single top folder, after checking names, member count and declared size."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise EngineError(f"package holds {len(members)} files, more than {MAX_MEMBERS}", path=path)
    declared = sum(member.file_size for member in members)
    if declared > max_bytes:
        raise EngineError(
            f"package would extract to {declared} bytes, above the limit of {max_bytes}; not extracted", path=path
        )
    roots = set()
    names = [member.filename for member in members]
    for name in names:
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or "\\" in name or "\x00" in name:
            raise EngineError(f"unsafe member name {name!r} in package", path=path)
        roots.add(parts[0])
    if len(roots) != 1:
        raise EngineError(f"a package holds exactly one folder, found {sorted(roots)}", path=path)
    root = roots.pop()
    if f"{root}/metadata.json" not in names:
        raise EngineError(f"no {root}/metadata.json in package", path=path)
    return root


def extract_package(path: Path, into: Path, *, max_bytes: int = MAX_EXTRACTED_BYTES) -> Path:
    """Extract the `.argosmodel` at `path` into the folder `into`; return the package folder."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            root = archive_root(archive, path=path, max_bytes=max_bytes)
            budget = max_bytes
            for member in archive.infolist():
                target = Path(into, *PurePosixPath(member.filename).parts)
                if member.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as source, open(target, "wb") as out:
                    while chunk := source.read(_CHUNK):
                        budget -= len(chunk)
                        if budget < 0:
                            raise EngineError(f"package extracts to more than {max_bytes} bytes; stopped", path=path)
                        out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise EngineError(f"corrupt package archive: {exc}", path=path) from None
    except OSError as exc:
        raise EngineError(f"cannot extract package: {exc.strerror or exc}", path=path) from None
    return Path(into) / root
