"""ICU's data, cut down to what a kiosk in German, French, Italian and English reads (standard
library only; used by packaging/pyinstaller/srs-kiosk.spec on Linux).

The Linux bundle carries ICU data twice: Qt's ``libicudata.so.73`` (32 MB: every locale, every
legacy character converter, Chinese and Thai word-break dictionaries, transliteration rules) and
Chromium's ``icudtl.dat`` (10 MB) for the web view. Both are ICU *common data* packages ("CmnD":
a header, a sorted table of item names and offsets, the items). This module rewrites such a
package keeping:

- the locales of the kept languages with all their regional variants (``de``, ``de_CH``, ...),
  ``root`` (every lookup's last fallback), and each tree's ``pool`` and ``res_index``;
- every item that is no locale's (Unicode properties, normalisation, the collation base table,
  break rules, time zones, plurals, the alias tables), except the word-break dictionaries of
  Chinese, Japanese, Thai, Lao, Khmer and Burmese (2.9 MB) and what the profile drops.

Chromium (``CHROMIUM_UNUSED``) reads nearly all of it: JavaScript's Intl formats numbers, dates
and names, and legacy-encoded pages need the converters. Qt (``QT_UNUSED``) asks ICU only for
collation, locale-aware case mapping and time-zone names: QLocale formats with Qt's own CLDR
tables, and Qt has its own Unicode tables, text boundaries and IDNA.

A locale whose data is gone falls back to ``root`` as ICU always does for unknown locales; ICU
does not fail. ``python packaging/icu_data.py FILE`` lists what a package holds, by tree.
"""

from __future__ import annotations

import collections
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("de", "fr", "it", "en")
_ALIGN = 16  # ICU aligns every item (and the package itself) to 16 bytes
# A locale item's stem: a 2- or 3-letter language with optional subtags (de, de_CH, sr_Latn_BA).
_LOCALE = re.compile(r"(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*")
_ALWAYS_KEPT_STEMS = {"root", "pool", "res_index"}


@dataclass(frozen=True)
class Package:
    """A common-data package: its header (kept byte for byte) and its items in table order."""

    header: bytes
    items: tuple[tuple[str, bytes], ...]  # (name such as "icudt73l/coll/de.res", data)


def read_package(blob: bytes) -> Package:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package (CmnD)")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name_start = toc + name_offset
        name = blob[name_start:blob.index(b"\0", name_start)].decode("ascii")
        end = toc + entries[index + 1][1] if index + 1 < count else len(blob)
        items.append((name, blob[toc + data_offset:end]))
    return Package(blob[:header_size], tuple(items))


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % _ALIGN)


def write_package(package: Package) -> bytes:
    """The package as bytes; the items stay in the given (sorted) order, ICU searches them
    by bisection."""
    count = len(package.items)
    table_size = 4 + 8 * count
    names = b""
    name_offsets = []
    for name, _data in package.items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    # Offsets count from the table's start, which the header's size keeps 16-aligned.
    data_offset = table_size + len(names) + (-(len(package.header) + table_size + len(names))
                                             % _ALIGN)
    table = struct.pack("<I", count)
    body = b""
    for (_name, data), name_offset in zip(package.items, name_offsets, strict=True):
        table += struct.pack("<II", name_offset, data_offset + len(body))
        body += _padded(data)
    head = package.header + table + names
    return head + b"\0" * (-len(head) % _ALIGN) + body


# What a profile drops besides other languages and the dictionaries: a tree ("curr/"), a kind of
# item (".cnv": character-set converters) or one top-level item ("unames.icu").
CHROMIUM_UNUSED: frozenset[str] = frozenset()
QT_UNUSED = frozenset({
    "brkitr/", "curr/", "lang/", "region/", "unit/", "rbnf/", "translit/",  # formatting, breaks
    ".cnv",  # QStringConverter's non-Unicode encodings: the kiosk decodes none
    ".spp", "uts46.nrm",  # StringPrep profiles and IDNA: Qt has its own
    "unames.icu", "confusables.cfu",  # character names, spoof checks
})


def _dropped(path: str, unused: frozenset[str]) -> bool:
    return any(path.startswith(pattern) if pattern.endswith("/")
               else path.endswith(pattern) if pattern.startswith(".")
               else path == pattern for pattern in unused)


def wanted_item(name: str, languages: Iterable[str] = LANGUAGES,
                unused: frozenset[str] = CHROMIUM_UNUSED) -> bool:
    """Whether an item (``icudt73l/zone/fr_CH.res``) stays: see the module's docstring."""
    path = name.partition("/")[2]  # without the package's own "icudt73l/"
    leaf = path.rpartition("/")[2]
    stem, _dot, suffix = leaf.rpartition(".")
    if suffix == "dict" or _dropped(path, unused):  # brkitr/cjdict.dict, thaidict.dict, ...
        return False
    if suffix != "res" or stem in _ALWAYS_KEPT_STEMS:
        return True
    locale = _LOCALE.fullmatch(stem)
    return locale is None or locale["language"] in set(languages)


def trim(blob: bytes, languages: Iterable[str] = LANGUAGES,
         unused: frozenset[str] = CHROMIUM_UNUSED) -> bytes:
    package = read_package(blob)
    languages = tuple(languages)
    kept = tuple(item for item in package.items if wanted_item(item[0], languages, unused))
    return write_package(Package(package.header, kept))


# -- the two files of the Linux bundle --------------------------------------------------------


def trim_data_file(path: Path, languages: Iterable[str] = LANGUAGES) -> None:
    """Chromium's icudtl.dat, in place."""
    path.write_bytes(trim(path.read_bytes(), languages, CHROMIUM_UNUSED))


def _data_symbol(library: Path) -> tuple[str, int]:
    """The one data symbol of a libicudata (``icudt73_dat``) and its size."""
    symbols = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], check=True,
                             capture_output=True, text=True).stdout
    found = re.findall(r"^\s*\d+: [0-9a-f]+ +(\w+) +OBJECT +GLOBAL +DEFAULT +\d+ +"
                       r"(icudt\d+_dat)$", symbols, re.M)
    if len(found) != 1:
        raise ValueError(f"{library}: no single icudtNN_dat symbol")
    size, name = found[0]
    return name, int(size, 0)


def trim_data_library(library: Path, languages: Iterable[str] = LANGUAGES) -> None:
    """Qt's libicudata.so.NN, in place: its package is extracted, trimmed and linked into a new
    library of the same name exporting the same symbol (the library holds nothing else)."""
    symbol, size = _data_symbol(library)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library),
                        str(folder / "full.dat")], check=True)
        blob = (folder / "full.dat").read_bytes()
        if len(blob) != size:
            raise ValueError(f"{library}: .rodata is not just {symbol}")
        (folder / "data.dat").write_bytes(trim(blob, languages, QT_UNUSED))
        (folder / "data.s").write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'\t.balign {_ALIGN}\n{symbol}:\n\t.incbin "data.dat"\n'
            f'\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([_compiler(), "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                        "-o", "lib.so", "data.s"], cwd=folder, check=True)
        shutil.copyfile(folder / "lib.so", library)


def _compiler() -> str:
    for name in ("cc", "gcc", "clang"):
        if path := shutil.which(name):
            return path
    raise FileNotFoundError("no C compiler (cc) to link the trimmed ICU data library")


def can_trim_data_library() -> bool:
    return all(shutil.which(tool) for tool in ("readelf", "objcopy")) and any(
        shutil.which(name) for name in ("cc", "gcc", "clang"))


def _summary(blob: bytes) -> str:
    sizes: collections.Counter[str] = collections.Counter()
    counts: collections.Counter[str] = collections.Counter()
    for name, data in read_package(blob).items:
        parts = name.split("/")
        tree = parts[1] if len(parts) > 2 else "(top)"
        sizes[tree] += len(data)
        counts[tree] += 1
    return "\n".join(f"{size / 1e6:7.2f} MB {counts[tree]:5d} items  {tree}"
                     for tree, size in sizes.most_common())


if __name__ == "__main__":
    print(_summary(Path(sys.argv[1]).read_bytes()))
