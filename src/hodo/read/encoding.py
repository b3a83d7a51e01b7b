"""Decoding bytes of Japanese text: BOMs, UTF-8, UTF-16, ISO-2022-JP, Shift_JIS/CP932, EUC-JP.

Strategy: a BOM decides; otherwise UTF-8 if it decodes strictly; ISO-2022-JP if the
bytes are 7-bit with its escape sequences; UTF-16 if NUL bytes sit at every other
position; otherwise each Japanese legacy codec that decodes strictly is scored by how
much of the result is Japanese script, with charset-normalizer as a tie-breaker.
"""
from __future__ import annotations

import codecs
import re

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd\ue000-\uf8ff]")


class DecodeError(ValueError):
    pass


def _score(text: str) -> float:
    if not text:
        return 0.0
    ja = len(_JA.findall(text))
    bad = len(_BAD.findall(text))
    return (ja - 5 * bad) / len(text)


_KANA_ASCII = re.compile(r"[\u3040-\u30ff\u3000-\u303f\x20-\x7e\n\r\t]")
_PLAIN = re.compile(r"[\u3040-\u30ff\u3000-\u303f\x20-\x7e\n\r\t\uff01-\uff5e\u4e00-\u9fff]")


def _plain(text: str) -> float:
    """0 unless the text looks like real text: mostly kana, kanji, ASCII and CJK punctuation,
    with some kana or ASCII (which every Japanese or English text has)."""
    if not text:
        return 0.0
    plain = len(_PLAIN.findall(text)) / len(text)
    kana_ascii = len(_KANA_ASCII.findall(text)) / len(text)
    return plain if kana_ascii >= 0.1 else 0.0


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    nul = head.count(b"\x00")
    if nul == 0:
        return False
    if _utf16_guess(head):
        return False
    return True


def _utf16_guess(data: bytes) -> str | None:
    for enc in ("utf-16-le", "utf-16-be"):
        n = len(data) - len(data) % 2
        try:
            t = data[:n].decode(enc)
        except UnicodeDecodeError:
            continue
        if _plain(t) > 0.8 and not _BAD.search(t):
            return enc
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise :class:`DecodeError` with a reason."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise DecodeError(f"bad {enc} after byte-order mark: {e.reason} at byte {e.start}") from e
    if (b"\x1b$" in data or b"\x1b(" in data) and max(data) < 0x80:
        try:
            return data.decode("iso2022_jp_ext"), "iso-2022-jp"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
        if "\x00" not in text:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    enc16 = _utf16_guess(data)
    if enc16:
        return data.decode(enc16, errors="strict"), enc16
    if looks_binary(data):
        raise DecodeError("binary file (NUL bytes), not text")
    candidates: list[tuple[float, str, str]] = []
    for enc in ("cp932", "euc_jis_2004", "euc_jp", "shift_jis_2004"):
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(t), enc, t))
    if candidates:
        candidates.sort(key=lambda c: -c[0])
        best = candidates[0]
        if best[0] > 0.05:
            name = {"cp932": "cp932", "shift_jis_2004": "shift_jis", "euc_jis_2004": "euc-jp", "euc_jp": "euc-jp"}[best[1]]
            return best[2], name
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data).best()
    except Exception:  # pragma: no cover - library failure
        match = None
    if match is not None and match.encoding:
        t = str(match)
        # other scripts are accepted only when they look like prose (spaces between words)
        if not _BAD.search(t) and (_plain(t) > 0.8 or sum(c in " \n\t" for c in t) >= 0.05 * len(t)):
            return t, match.encoding
    raise DecodeError("undecodable bytes: not UTF-8/16, Shift_JIS, EUC-JP or ISO-2022-JP text")
