"""Apertium (rule-based MT, Debian packages `apertium` + `apertium-eng-spa`, `apertium-eng-cat` …).

Apertium names pairs by ISO 639-3 codes (`eng-spa`); our protocol speaks ISO 639-1 (`en`, `es`),
mapped with Debian's `iso-codes` tables. A whole batch goes through ONE `apertium -f html -u
<pair>` process: each unit becomes its own `<p>` (the html deformatter keeps block boundaries), the
text is HTML-escaped, and the "xml" masks `<ph id="N"/>` are passed as real markup. Measured with
apertium 3.8.3 / apertium-eng-spa 0.8.1: `⟦N⟧` tokens come through untouched and keep the sentence
flowing (a tag is a blank to Apertium and splits the sentence), so "token" is tried first, "xml"
second — for the texts of a whole run at once, one pipeline run, not one per batch
(`GroupRun._by_style`); "brace" is useless (`{money_1}` comes back as `{dinero_1}`).

Batches stay as `translate` cuts them (256 texts): Apertium's output depends on what else is in
the batch. Measured on 3,964 distinct units of the bench corpus (apertium-eng-spa 0.8.1): one
batch for all instead of 256-text batches saves ~30 % of Apertium's CPU (6.7 s against 9.5 s,
each call starts the whole pipeline, ~0.2 s) but changes 329 outputs (8 %), and the 256-text
outputs were the ones that matched each unit translated alone; a persistent pipeline (`-z`
null flush) hangs with the html format. So the start-up cost stays and the output stays put.

`-u` drops the unknown-word marks (`*Zzyzx`, `#word`): reviewers see clean text, and the model id
(hence the PO provenance) says `no-unknown-marks`: `eng-spa/0.8.1-2/no-unknown-marks`.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from l10n.errors import EngineError, EngineUnavailable
from l10n.mt.base import EngineInputs, EngineResult, MaskStyle

ISO_639_3_JSON = Path("/usr/share/iso-codes/json/iso_639-3.json")
MODES_DIR = Path("/usr/share/apertium/modes")
DPKG_STATUS = Path("/var/lib/dpkg/status")  # dpkg's database: one stanza per package, rewritten on any change
DPKG_INFO = DPKG_STATUS.parent / "info"  # per package: `<name>.list`, the files it installed
APERTIUM_FAMILY = (b"apertium", b"lttoolbox", b"liblttoolbox", b"libapertium", b"cg3", b"libcg3", b"libicu", b"libxml2")
"""Debian package names (prefixes) of what an Apertium pipeline runs: the `apertium` program and
its library, `lttoolbox` (`lt-proc`) and its library, Constraint Grammar (`cg-proc`), every
language-pair package (`apertium-eng-spa`), and the libraries their programs load that shape
the output (`ldd`): ICU (lttoolbox's case mapping) and libxml2 (the transfer rules)."""
MAX_MODE_BYTES = 1 << 16
_PAIR_MODE = re.compile(r"^([a-z]{2,3})-([a-z]{2,3})$")
_MASK_ESCAPED = re.compile(r"&lt;ph id=&quot;(\d+)&quot;/&gt;")
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
_XML_MASK = r'<ph id="\1"/>'
PROCESS_TIMEOUT_SECONDS = 3600


@cache
def iso_639_3(code: str) -> str:
    """The ISO 639-3 code Apertium uses for an ISO 639-1/-3 `code` (`en` → `eng`, `zh` → `zho`).

    The table's entry is found by its `"alpha_2": "xx"` pair in the file's text and parsed alone
    (`_table_entry`): parsing the whole 875 KB table took ~9 ms of CPU in every `translate` that
    chose an engine, for the two or three codes it asks. The whole table is parsed only when that
    search cannot tell (another layout, or no entry has the code)."""
    code = code.lower()
    if len(code) == 3:
        return code
    if not ISO_639_3_JSON.is_file():
        raise EngineUnavailable(
            "Debian's ISO 639 tables are missing; install them with `apt-get install iso-codes`",
            path=ISO_639_3_JSON,
        )
    text = _iso_639_3_text()
    entry = _table_entry(text, code)
    if entry is not None:
        return entry["alpha_3"]
    for entry in json.loads(text)["639-3"]:
        if entry.get("alpha_2") == code:
            return entry["alpha_3"]
    return code


@cache
def _iso_639_3_text() -> str:
    return ISO_639_3_JSON.read_text(encoding="utf-8")


def _table_entry(text: str, alpha_2: str) -> dict | None:
    """The first entry of the table's text whose `alpha_2` is `alpha_2`, found by the text of
    that pair (in JSON text a `"` inside a string is escaped, so the pair cannot be part of a
    string) and parsed alone; None when that is not a flat object holding it with an `alpha_3`.

    >>> _table_entry('{"639-3": [{"alpha_3": "x", "name": "{"}, {"alpha_2": "es", "alpha_3": "spa"}]}', "es")
    {'alpha_2': 'es', 'alpha_3': 'spa'}
    >>> _table_entry('[{"alpha_2": "es", "name": "}", "alpha_3": "spa"}]', "es") is None  # the whole table then
    True
    """
    at = text.find(json.dumps({"alpha_2": alpha_2})[1:-1])
    start, end = text.rfind("{", 0, max(at, 0)), text.find("}", max(at, 0))
    if at < 0 or start < 0 or end < 0:
        return None
    try:
        entry = json.loads(text[start : end + 1])
    except ValueError:
        return None
    if isinstance(entry, dict) and entry.get("alpha_2") == alpha_2 and isinstance(entry.get("alpha_3"), str):
        return entry
    return None


def installed_modes(*, modes_dir: Path = MODES_DIR) -> list[str]:
    """The plain translation modes installed (`eng-spa`, `spa-eng`); variants such as
    `eng-cat_valencia` are left out, `auto` should not pick a regional norm by itself."""
    if not modes_dir.is_dir():
        return []
    return sorted(p.stem for p in modes_dir.glob("*.mode") if _PAIR_MODE.match(p.stem))


def mode_for(source: str, target: str, *, modes_dir: Path = MODES_DIR) -> str | None:
    """The installed Apertium mode translating `source` → `target`, if any."""
    mode = f"{iso_639_3(source)}-{iso_639_3(target)}"
    return mode if mode in installed_modes(modes_dir=modes_dir) else None


@cache
def package_version(mode_file: Path) -> str:
    """The version of the Debian package owning a mode file (`0.8.1-2`), for provenance.

    Asked of the packages Debian ships a pair in (`apertium-eng-spa` holds both eng-spa and
    spa-eng): first in dpkg's own files, as `dpkg-query` reads them — the version from the
    status file `family_versions` has read already in this process (the record's key), and the
    package's file list (`info/<package>.list`) as proof it holds the mode file — which costs no
    process: the two `dpkg-query` calls below took ~20 ms of CPU in every `translate` that sent
    Apertium one unit. Then `dpkg-query --show` for their versions and `--listfiles` of an
    installed one (where dpkg's files are laid out otherwise). Otherwise `dpkg-query --search`
    finds the owner first: it reads every installed package's file list (~70 ms with the `--show`
    after it, and asking `--show` for `db-fsys:Files` costs the same), so it is the fallback,
    not the rule (`bench/mt_version_probe.py`)."""
    return (
        listed_package_version(mode_file)
        or _pair_package_version(mode_file)
        or _searched_package_version(mode_file)
        or "unknown-version"
    )


def _pair_packages(mode_file: Path) -> list[str]:
    """The Debian packages a pair's mode may come in: `eng-spa.mode` → apertium-eng-spa, apertium-spa-eng."""
    match = _PAIR_MODE.match(mode_file.stem)
    if match is None:
        return []
    first, second = match.groups()
    return [f"apertium-{first}-{second}", f"apertium-{second}-{first}"]


def listed_package_version(
    mode_file: Path, *, status_file: Path | None = None, info_dir: Path | None = None
) -> str | None:
    """The version of the installed pair package whose dpkg file list names `mode_file`, read
    from dpkg's database files (`family_versions` of `status_file`, then `info_dir`'s
    `<package>.list` or `<package>:<arch>.list`); None when they do not say (the caller asks
    `dpkg-query`).

    >>> import tempfile; root = Path(tempfile.mkdtemp()); (root / "info").mkdir()
    >>> _ = (root / "status").write_bytes(b"Package: apertium-eng-spa\\nStatus: install ok installed\\n"
    ...     b"Architecture: all\\nVersion: 0.8.1-2\\n")
    >>> _ = (root / "info" / "apertium-eng-spa.list").write_text("/usr/share/apertium/modes/eng-spa.mode\\n")
    >>> listed_package_version(Path("/usr/share/apertium/modes/eng-spa.mode"), status_file=root / "status",
    ...     info_dir=root / "info")
    '0.8.1-2'
    >>> listed_package_version(Path("/elsewhere/eng-spa.mode"), status_file=root / "status", info_dir=root / "info")
    """
    status_file = status_file or DPKG_STATUS
    info_dir = info_dir or DPKG_INFO
    wanted = _pair_packages(mode_file)
    for entry in family_versions(status_file):
        name, _, version = entry.partition("=")
        package, _, architecture = name.partition(":")
        if package not in wanted or not version:
            continue
        for list_file in (info_dir / f"{package}.list", info_dir / f"{package}:{architecture}.list"):
            try:
                listed = list_file.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                continue
            if str(mode_file) in listed:
                return version
    return None


def _pair_package_version(mode_file: Path) -> str | None:
    packages = _pair_packages(mode_file)
    if not packages:
        return None
    try:  # not check=True: a name dpkg does not know makes it exit 1 after showing the others
        shown = subprocess.run(
            ["dpkg-query", "--show", "--showformat=${Package}\\t${Version}\\n", *packages],
            capture_output=True,
            text=True,
        ).stdout
        for name, _, version in (line.partition("\t") for line in shown.splitlines()):
            if name in packages and version.strip():  # a known package not installed has no version
                listed = subprocess.run(["dpkg-query", "--listfiles", name], capture_output=True, text=True).stdout
                if str(mode_file) in listed.splitlines():
                    return version.strip()
    except OSError:
        return None
    return None


def _searched_package_version(mode_file: Path) -> str | None:
    try:
        owner = subprocess.run(["dpkg-query", "-S", str(mode_file)], capture_output=True, text=True, check=True)
        package = owner.stdout.split(":", 1)[0].strip()
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return version or None


def family_versions(status_file: Path | None = None) -> list[str]:
    """`package=version` of every installed package of `APERTIUM_FAMILY`, read from dpkg's
    status file (`DPKG_STATUS`) by a byte search for each name's stanza (~5 ms for a 750 KB
    file): a `dpkg-query` costs a process (~20-50 ms) on every `translate`, replays included.

    >>> import tempfile; status = Path(tempfile.mkdtemp()) / "status"
    >>> _ = status.write_bytes(b"Package: jq\\nStatus: install ok installed\\nVersion: 1.6\\n\\n"
    ...     b"Package: apertium-eng-spa\\nStatus: install ok installed\\nVersion: 0.8.1-2\\n\\n"
    ...     b"Package: apertium-eng-cat\\nStatus: deinstall ok config-files\\nVersion: 1.0.1-5\\n")
    >>> family_versions(status)
    ['apertium-eng-spa=0.8.1-2']

    Read once per process and file while its stat is the same (`fingerprint.stat_state`, the
    form every stamp compares: `run` and a long-lived caller ask more than once); any write to
    the file, dpkg's rename of a new one over it included, moves the stat, so it is read again.
    """
    from l10n.fingerprint import stat_state

    path = status_file or DPKG_STATUS
    try:
        key = stat_state(path.stat())
    except OSError as exc:
        return [f"dpkg status: {exc.strerror}"]
    known = _FAMILY_READ.get(path)
    if known is not None and known[0] == key:
        return list(known[1])
    try:
        data = b"\n" + path.read_bytes()
    except OSError as exc:
        return [f"dpkg status: {exc.strerror}"]
    found = _installed_family(data)
    _FAMILY_READ[path] = (key, found)
    return list(found)


_FAMILY_READ: dict[Path, tuple[str, list[str]]] = {}
"""dpkg status file → (its stat when read, `family_versions` of it)."""


def _installed_family(data: bytes) -> list[str]:
    """`package=version` of every installed package of `APERTIUM_FAMILY` in a status file's bytes."""
    found = []
    for prefix in APERTIUM_FAMILY:
        start = data.find(b"\nPackage: " + prefix)
        while start >= 0:
            end = data.find(b"\n\n", start + 1)
            stanza = data[start + 1 : end if end >= 0 else len(data)]
            fields = dict(line.partition(b": ")[::2] for line in stanza.split(b"\n") if b": " in line)
            if fields.get(b"Status", b"").endswith(b" installed"):
                name = b":".join(fields[key] for key in (b"Package", b"Architecture") if fields.get(key))
                found.append(f"{name.decode(errors='replace')}={fields.get(b'Version', b'').decode(errors='replace')}")
            start = data.find(b"\nPackage: " + prefix, start + 1)
    return sorted(set(found))


def mode_dependencies(mode_file: Path) -> list[str]:
    """The programs (found on PATH) and the absolute data files a mode's pipeline runs: a mode file
    is one shell pipeline, `lt-proc '/usr/share/apertium/…/eng-spa.automorf.bin' | apertium-tagger …`.

    >>> import tempfile; folder = tempfile.mkdtemp()
    >>> _ = (Path(folder) / "x.mode").write_text("nosuch-prog '/data/x.bin' | other-prog -b $1 '/data/y.bin'")
    >>> mode_dependencies(Path(folder) / "x.mode")
    ['nosuch-prog (not found)', '/data/x.bin', 'other-prog (not found)', '/data/y.bin']
    """
    try:
        with open(mode_file, encoding="utf-8", errors="replace") as handle:
            text = handle.read(MAX_MODE_BYTES)
    except OSError:
        return []
    found: list[str] = []
    for stage in text.split("|"):
        words = stage.split()
        if not words:
            continue
        found.append(shutil.which(words[0]) or f"{words[0]} (not found)")
        found += [word.strip("'\"") for word in words[1:] if word.strip("'\"").startswith("/")]
    return found


def to_html(texts: Sequence[str]) -> str:
    """One `<p>` per unit, text escaped, xml masks kept as markup (Apertium's html formatter).

    >>> to_html(['A & B <ph id="1"/>', "C"])
    '<p>A &amp; B <ph id="1"/></p>\\n<p>C</p>\\n'
    """
    return "".join("<p>" + _MASK_ESCAPED.sub(_XML_MASK, html.escape(t)) + "</p>\n" for t in texts)


def from_html(output: str) -> list[str]:
    """The units of Apertium's html output, unescaped and trimmed, masks left as Apertium wrote them.

    Runs of spaces are folded: Apertium leaves two where it drops a word ("Baoshan’s new" →
    "Baoshan  nuevos"), which no translator wants to clean by hand.

    >>> from_html("<p>Baoshan  nuevos &amp; parque</p>")
    ['Baoshan nuevos & parque']
    """
    return [_SPACE_RUN.sub(" ", html.unescape(part)).strip() for part in _PARAGRAPH.findall(output)]


_SPACE_RUN = re.compile(r"[ \t]{2,}")


class ApertiumEngine:
    """The `apertium` engine: one process call per batch over an installed Debian pair."""

    name = "apertium"
    mask_styles: tuple[MaskStyle, ...] = ("token", "xml")
    batches_in_processes = True  # a batch is its own pipeline of processes: two run on two cores

    def __init__(self, *, modes_dir: Path = MODES_DIR, executable: str = "apertium") -> None:
        self.modes_dir = modes_dir
        self.executable = executable

    def supports(self, source: str, target: str) -> bool:
        return shutil.which(self.executable) is not None and self._mode(source, target) is not None

    def model_id(self, source: str, target: str) -> str:
        mode = self._require_mode(source, target)
        return f"{mode}/{package_version(self.modes_dir / f'{mode}.mode')}/no-unknown-marks"

    def inputs(self) -> EngineInputs:
        """What this engine's output, and `auto`'s choice of it, depend on outside the project:
        the `apertium` program, the modes installed (a new pair changes what `auto` picks), every
        plain mode's programs and data files (`mode_dependencies`), and the versions of the Debian
        packages of Apertium's family (`family_versions`), the libraries those programs load
        included. Not dpkg's whole status file, which moves with any package installed: every
        `translate auto` record was lost to an unrelated `apt-get install`."""
        executable = shutil.which(self.executable)
        files = [executable or f"{self.executable} (not found)"]
        for mode in installed_modes(modes_dir=self.modes_dir):
            files += [str(self.modes_dir / f"{mode}.mode"), *mode_dependencies(self.modes_dir / f"{mode}.mode")]
        versions = (f"apertium={executable or '-'}", *family_versions())
        return EngineInputs(versions, tuple(files), ((str(self.modes_dir), ".mode", False),))

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list[EngineResult]:
        if not texts:
            return []
        mode = self._require_mode(source, target)
        command = [self.executable, "-f", "html", "-u", mode]
        try:
            done = subprocess.run(
                command, input=to_html(texts), capture_output=True, text=True, timeout=PROCESS_TIMEOUT_SECONDS
            )
        except FileNotFoundError:
            raise EngineUnavailable("apertium is not installed; install it with `apt-get install apertium`") from None
        except subprocess.TimeoutExpired:
            raise EngineError(f"apertium {mode} did not finish within {PROCESS_TIMEOUT_SECONDS} s") from None
        if done.returncode != 0:
            raise EngineError(f"apertium {mode} failed ({done.returncode}): {done.stderr.strip()[:500]}")
        units = from_html(done.stdout)
        if len(units) != len(texts):
            raise EngineError(f"apertium {mode} returned {len(units)} units for {len(texts)}")
        return [EngineResult(unit) for unit in units]

    def _mode(self, source: str, target: str) -> str | None:
        return mode_for(source, target, modes_dir=self.modes_dir)

    def _require_mode(self, source: str, target: str) -> str:
        mode = self._mode(source, target)
        if mode is None:
            pair = f"{iso_639_3(source)}-{iso_639_3(target)}"
            raise EngineUnavailable(
                f"no Apertium pair for {source}→{target}; install one with `apt-get install apertium-{pair}` "
                f"(installed: {', '.join(installed_modes(modes_dir=self.modes_dir)) or 'none'})"
            )
        return mode
