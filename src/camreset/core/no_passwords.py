"""Free text a person types never keeps a password: camreset must not store one.

People write "I changed the admin password to Amcrest123!", "I typed Winter2023! as the
password" or "login admin / Hik12345!" into the words they add for support, and the report
they hand over is pasted into tickets. Before such text becomes an event:

- after a password keyword, the word that follows is removed when a connector ("is", "set
  to", "=", ":") says a value follows or when it looks like one (a digit, a symbol, a capital
  inside it), and so is a quoted value ("Hik 12345"); not a count of attempts ("Wrong
  password, 2 attempts left") nor a bracketed error code in hex ("(HC-0x1902)");
- in any sentence with a secret's keyword (a password, a PIN, a Wi-Fi key, a verification
  code, a login), before or after it, every word that looks like a secret is removed, except
  what looks like something else: a model number ("IP2M-841", "DS-7608NI-K2/8P"), an
  address, a MAC or a version ("192.168.1.108:37777", "9C:53:22:1A:2B:3C", "V2.800.00AC006.0.R":
  not_secret_shapes.py), unless stated as the password; a short number or a time ("30", "30s",
  "10:30"), a year named as a time ("in 2021", "March 2024"), a default user name ("admin/admin"
  keeps both), a code its label names a word or two before ("error E2", "serial number ABC123");
- after a password keyword and ":" or "=" (a label; or "is"/"was" with three words or more),
  a run of plain words up to the end of the clause is a passphrase ("Password: correct horse
  battery staple"), unless words like "by", "the" or "not" show it is a sentence about the
  password ("password: not accepted by the app", "the password is wrong again");
- after "typed", "entered", "tried", a word that looks like a secret only (typed_secret.py);
- a "pin" followed by four to eight digits ("pin 482913") is a PIN, not the paperclip;
- after a login keyword, or after a usual default user name ("admin"), a "user / secret" or
  "user:secret" pair loses its secret, and so does "admin Rover2019" (a word with a digit
  that is not a count, a time or a version);
- a word of the camera's own name ("C110" in a Tapo C110's session, or in the model the
  person wrote from its label) stays in such a sentence, unless it is stated as the password;
- a code read off the label (serial, MAC, the model) keeps its first word when the field goes
  on to state a password after a keyword ("SN123 password: hunter2"): that is the serial;
- in a field read off the label (serial, MAC, hardware version), a word holding @, !, $, %, ^,
  &, *, ?, ~ or = is removed: no label prints one, so it is a password in the wrong field;
- every other copy of a secret found this way is removed too;
- in Chinese or Japanese, where no space separates the words, a run that holds the word for
  password and looks like a secret is removed whole ("我的密码是abc12345");
- an e-mail or web address stays whole (support asks for the account's e-mail), and text
  that has been through this comes back unchanged (a form sends every field back on each
  save: "[password removed]" is never read as a password keyword and a value).

"Password reset" or "the password was wrong" stay as written; so do short acronyms ("on
NVR", "the DVR"), well-known names written with a capital inside ("eBay", "iPhone": where the
camera was bought, which phone showed the error), and a plain lowercase word after
"password" with no connector ("password sunshine" reads like "password prompt": it is kept;
the form says camreset removes the passwords it spots, not every one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile

from camreset.core.not_secret_shapes import (
    BUILD_LABELS,
    MODEL_WITH_PARTS,
    NOT_A_LOGIN,
    WHOLE_CODES,
    stated_after,
)
from camreset.core.not_secret_words import (
    CAPITALISED_NAMES,
    CODE_LABELS,
    DEFAULT_USERS,
    FUNCTION_WORDS,
    LABEL_TAILS,
    PLAIN_WORDS,
    STATUS_WORDS,
)
from camreset.core.typed_secret import TYPED_SECRET, typed_values
from camreset.core.written_dates import is_year

REMOVED = "[password removed]"
_KEPT = "\ue001"
"""Brackets an e-mail address's number while copies of secrets are replaced around it."""
_MARK = "\ue000"
"""Stands for a "[password removed]" already in the text while it is scanned again: a form
sends back every field, and the marker's own "password" must not find a secret after it."""

_GLUED = r"(?:my|new|old|admin|camera|cam|wifi|device|user|account|default|current|root)_?"
"""Words people run into "password" ("mypassword is hunter2", "admin_pwd=Hik123"): a
phone reviewer typed the first as a camera's serial."""
_KEYWORD = (
    rf"(?:{_GLUED})?(?:pass(?:words?|wort|wd|codes?|phrases?)?|pwd|pw)|p/w|pswd?|pword|"
    r"kennwort|contrase[ñn]a|mot\s+de\s+passe|mot\s+passe|mdp|wachtwoord|senha|clave|"
    r"palavra-passe|passw(?:ö|oe)rter|пароль|hasło|parola|[şs]ifre|lösenord|passord|salasana|"
    r"adgangskode|heslo|jelszó|密码|密碼|パスワード|비밀번호"
)
"""Plurals and other spellings too ("passwords tried: …", "p/w", "pswd"), and the word in
other languages a customer writes in (support-report review 75 G, #13: each let one through)."""
_LOGIN = r"login|log-in|credentials?|creds|user(?:name)?"
_CONNECTOR = (
    r"(?:(?:set|changed|reset|updated)\s+to|is|was|to|into|now|of)\b|=|:|->|,|：|是|は|为"
    r"|(?:i|we)\s+(?:set|used|chose|typed|entered|picked|made)(?:\s+it)?\s*(?=(?:is|was|to)\b|[:=])"
)
"""What says a value follows; a word only as a whole word ("password is TO0000" kept
"TO0000": its "TO" was read as "to")."""
_KEYWORD_WORD = re.compile(_KEYWORD, re.IGNORECASE)
_FOUND = re.compile(
    rf"(?P<key>\b(?:{_KEYWORD})\b)(?P<gap>\s*(?:(?:{_CONNECTOR})\s*)*)"
    rf"(?P<value>\"[^\"\n]{{1,64}}\"|'[^'\n]{{1,64}}'|“[^”\n]{{1,64}}”|‘[^’\n]{{1,64}}’"
    rf"|[^\s,;\"'“”‘’{_MARK}]+)",
    re.IGNORECASE,
)
_PAIR = re.compile(
    rf"\b(?:{_LOGIN})\b[:=]?\s*(?P<user>[^\s/:]{{1,32}})\s*[/:]\s*(?P<value>[^\s,;{_MARK}]+)"
    rf"|\b(?P<default>admin|root|administrator|supervisor)(?:\s*[/:]\s*|\s+(?=[^\s,;]*\d)"
    rf"|\s*[,+&]\s*(?=[^\s,;]*[\d!#$%^&*?~]))"  # "admin, Hik123!", "admin + Hik123!" (75 G, #13)
    rf"(?P<value2>[^\s,;{_MARK}]+)",  # "admin Rover2019" too: a word with a digit (review 57)
    re.IGNORECASE,
)
_SENTENCE_KEY = re.compile(
    rf"\b(?:{_KEYWORD}|pass\s?key|(?:wi-?fi|wlan|wireless|network|security|wpa2?|wep)\s+key|"
    r"(?:verification|security|reset|safety|recovery|access|unlock|lock|app|admin)\s+code|pin\s+code|"
    r"log(?:ged)?[\s-]?in|sign(?:ed)?\s+in|credentials?|creds)\b|(?-i:\bPIN\b)"
    r"|\b(?:key|wi-?fi|wlan)\s*[:=]|密码|密碼|パスワード|비밀번호",  # CJK: no spaces, no \b
    re.IGNORECASE,
)
"""What makes a sentence one that may hold a secret anywhere in it."""
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b"  # an e-mail: jane@example.com
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co\.uk|de|fr|nl|ca|au|us|eu|app)\b",
    re.IGNORECASE,  # a web address: ring.com, support.wyze.com
)
"""Addresses vendor support asks for (the account's e-mail): kept whole, never half-removed."""
_NOT_SECRET = re.compile(
    r"(?-i:[A-Z0-9]+(?:-[A-Z0-9]+)+)"  # a model number, in capitals: IP2M-841, DS-2CD2143G2-I
    r"|(?-i:[A-Z]{1,4}-0x[0-9A-Fa-f]{1,8})"  # an error code in hex: HC-0x1902
    r"|[vV]?\d+(?:\.\d+)+(?:/\d+)?|[vV]\d{1,2}"  # an address, a version: 192.168.1.1/24, V5.7.3, v1
    r"|-\d{1,6}"  # an error code: -2001 (a chosen PIN has no minus)
    r"|\d{1,3}(?:[.,]\d+)?(?:s|secs?|seconds?|mins?|m|h|ghz|mhz|v|va|vac|vdc|a|ma|mah|w|%|x"
    r"|st|nd|rd|th|am|pm)?"  # a short number: 30, 30s, 2.4GHz, 3pm, 16V, 10VA ("10:30": two)
    r"|\d{1,3}[-–]\d{1,3}",  # a range: "held it 15-20 seconds"
    re.IGNORECASE,
)
"""Words with digits that are not chosen secrets (a secret's own sentence keeps them)."""
_SENTENCE_END = re.compile(r"(?<=[^\W\d_])[.!?](?=\s+[A-Z]|\s*$)|\n")
"""A full stop after a word, before a capital: not the "!" that ends "Winter2023! as the
password"."""
_PART = re.compile(rf"[^\s,;=/:：@{_MARK}]+")
"""A sentence's words for the scan, split at "=", "/", ":" and "@" too ("admin/Hik123!" is
a default user and a secret; "10:30" a time; "Pa55@192.168.1.10" a secret and a host)."""
_LABELLED = re.compile(
    rf"\b(?:{_KEYWORD})\b\s*(?P<joint>[:=]|\b(?:is|was)\b)\s*(?P<rest>[^;,\n]+?)\s*"
    r"(?=[;,\n]|[.!?](?:\s|$)|$)",
    re.IGNORECASE,
)
PASSPHRASE_WORDS = 8
"""The most words a passphrase after "password:" is taken to have; more is a sentence."""
_PIN_DIGITS = re.compile(
    r"\bpin(?:\s*(?:code|number|no\.?))?\s*(?:[:=#]|\bis\b|\bwas\b)?\s*(?P<digits>\d{4,8})\b",
    re.IGNORECASE,
)
"""A PIN written with a lowercase "pin" (the paperclip's "pin" is never followed by one)."""
_EDGE = ".!?\"'()“”‘’«»„‚"
"""Punctuation around a word, typographic quotes too: “Wrong password” quotes an error
message, and its curly quotes made each word look like a secret (a symbol in it)."""
ACRONYM = 5
"""Capital letters only, at most this long: an acronym ("NVR"); a camera password needs more."""


_PLURAL = re.compile(r"^([a-z]{2,20})\(e?s\)?$")
"""A counted word's plural written in brackets ("attempt(s)", its ")" cut as punctuation): an
error message's "3 attempt(s) left" lost its "attempt(s)" (web review 56)."""


def _looks_secret(word: str) -> bool:
    """Digits, a symbol or a capital inside: how chosen passwords look, not plain words
    ("wifi:" or a lone "/" are not)."""
    bare = _PLURAL.sub(r"\1", word.rstrip(":")).replace("'", "").replace("-", "")
    if bare.isalpha() and bare.isupper() and len(bare) <= ACRONYM:
        return False  # "NVR", "PoE" spelt "POE", "SADP": a name, not a chosen password
    if bare.casefold() in CAPITALISED_NAMES:
        return False  # "eBay", "iPhone": where it was bought, the phone that showed it
    return any(c.isalnum() for c in bare) and (
        any(c.isdigit() for c in bare) or not bare.isalpha() or any(c.isupper() for c in bare[1:])
    )


_KEY_FOLLOWS = re.compile(r"\s*(?:[:=：]|(?:is|was)\b)", re.IGNORECASE)


def _is_key(word: str, after: str) -> bool:
    """A password keyword run into another word, as the key a value follows ("admin_pwd=",
    "MyPassword is"), not the value itself ("login admin and MyPassword")."""
    return bool(_KEYWORD_WORD.fullmatch(word) and _KEY_FOLLOWS.match(after))


def _aside_closed(word: str, before: str) -> str:
    """`word` without a last ")" that closes a bracket opened before it ("(password: abc1)"
    lost its ")" with the password, review 50); a ")" of the password's own stays with it."""
    if word.endswith(")") and "(" not in word and before.count("(") > before.count(")"):
        return word[:-1] or word
    return word


def _keyword_secrets(text: str) -> set[str]:
    """Secrets stated after a password keyword, and secret-looking words later in its
    sentence ("password is abc123 and then abc1234")."""
    found: set[str] = set()
    for match in _FOUND.finditer(text):
        value = match["value"]
        value = _aside_closed(value, text[: match.start()])
        if value[0] in "\"'“‘":
            found.add(value)
            continue
        word = value.strip(_EDGE)  # "password (I typed…": no value after it
        stated = bool(word) and word.casefold() not in FUNCTION_WORDS
        if match["gap"].strip(" ,"):
            found.update((value, word) if stated else ())
        elif stated and _looks_secret(word) and not _aside(value, word, text[match.end() :]):
            found.update((value, word))
    return {s for s in found if any(c.isalnum() for c in s)}


_COUNTED = re.compile(r"\s+(?:attempts?(?:\(s\))?|tries|times)\b", re.IGNORECASE)
_ERROR_CODE = re.compile(r"(?-i:[A-Z]{1,4})-0x[0-9A-Fa-f]{1,8}")


def _aside(value: str, word: str, after: str) -> bool:
    """A word after a password keyword with nothing saying it is the password, that reads as
    something else: a count of attempts, or an error code in brackets ("Wrong password, 2
    attempts left", "Wrong password (HC-0x1902)": an error message lost what support needs,
    web review 56). Nothing else: "password Secret-2024" is a password (diff review 56)."""
    counted = word.isdigit() and len(word) <= 2 and _COUNTED.match(after) is not None
    return counted or (value.startswith("(") and _ERROR_CODE.fullmatch(word) is not None)


def _phrase_secrets(text: str) -> set[str]:
    """A passphrase after "password:" ("correct horse battery staple"), and a PIN after a
    lowercase "pin" ("pin 482913")."""
    found = {m["digits"] for m in _PIN_DIGITS.finditer(text)}
    for match in _LABELLED.finditer(text):
        rest = match["rest"]
        if rest.startswith(_MARK):
            continue  # removed before: the rest was kept then, on purpose
        words = list(re.finditer(r"\S+", rest))
        if not words:
            continue
        run = [  # up to the first word that carries the sentence on
            words[0],
            *takewhile(lambda w: w[0].strip(_EDGE).casefold() not in FUNCTION_WORDS, words[1:]),
        ]
        fewest = 2 if match["joint"] in ":=" else 3  # "password is wrong again": a sentence
        said = words[0][0].strip(_EDGE).casefold() in STATUS_WORDS  # "password: reset twice"
        if fewest <= len(run) <= PASSPHRASE_WORDS and not said:
            found.add(rest[: run[-1].end()])
    return found


def _sentence_secrets(text: str, names: frozenset[str]) -> set[str]:
    """Secret-looking words anywhere in a sentence that names a secret ("I typed Winter23!
    as the password", "Wi-Fi key: Kitchen!2024", "PIN 482913"), but not words that look
    like something else (`_NOT_SECRET`) or name the camera (`names`: "the C110 rejects the
    password")."""
    found: set[str] = set()
    for match in _SENTENCE_KEY.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end = _SENTENCE_END.search(text, match.end())
        sentence = _ADDRESS.sub(" ", text[start : end.start() + 1 if end else len(text)])
        for token in re.findall(r"\S*@\S*", sentence):  # "000@00": no host after the "@"
            bare = token.strip(_EDGE)
            if "." not in bare.rpartition("@")[2] and _looks_secret(bare):
                found.update((token, bare))
        models = [m.span() for m in MODEL_WITH_PARTS.finditer(sentence)]
        models += [m.span() for m in WHOLE_CODES.finditer(sentence) if not _said(sentence, m)]
        for part in _PART.finditer(sentence):
            word, bare = _aside_closed(part[0], sentence[: part.start()]), part[0].strip(_EDGE)
            after = sentence[part.end() :]
            if bare.casefold() in names or (
                _NOT_SECRET.fullmatch(bare) and not _said(sentence, part)
            ):
                continue
            if any(a <= part.start() < b for a, b in models):
                continue  # "8P" of "DS-7608NI-K2/8P", "1A" of a MAC address, a version
            if _labelled_code(sentence[: part.start()], part[0]) and not _STATED.match(after):
                continue  # "error E2", "serial ABC123": what support asks for
            if is_year(bare, sentence[: part.start()]) and not _STATED.match(after):
                continue  # "set in 2021": when, which support asks for
            if _looks_secret(bare) and not _is_key(bare, sentence[part.end() :]):
                found.update((word, bare))
    return {s for s in found if any(c.isalnum() for c in s)}


_STATED = stated_after(
    rf"{_KEYWORD}|pin|pass\s?key|(?:wi-?fi|wlan|wireless|network|security)\s+key"
    r"|(?:verification|security|reset|safety|recovery|access|unlock)\s+code"
)
"""What says the word before it is a password ("serial: Hunter2024 is my password", "I typed
V2.800.00AC006.0.R as the password"): what its shape alone would keep goes then."""


def _said(sentence: str, word: re.Match[str]) -> bool:
    """Whether the sentence states the whole word `word` stands in as the password."""
    end = re.compile(r"[^\s,;]*").match(sentence, word.end())
    return bool(_STATED.match(sentence, end.end() if end else word.end()))


def _labelled_code(before: str, word: str) -> bool:
    """Whether `word` is the code its label names just before it ("serial: ABC123"): never a
    word with a symbol no code is printed with ("error Hunter2024!" keeps no password), nor
    one a word or more away from the label ("the error is Hunter2024", "my Mac to Hunter2024")."""
    if _NOT_ON_A_LABEL.fullmatch(word):
        return False
    words = [w.strip(_EDGE).casefold() for w in re.split(r"[\s:=]+", before) if w.strip(_EDGE)]
    if words and words[-1] in LABEL_TAILS:
        words = words[:-1]
    return bool(words) and words[-1] in CODE_LABELS | BUILD_LABELS


def _before_host(value: str) -> str:
    """The password of "Pa55@192.168.1.10/" in a URL, without the host after it."""
    head, at, host = value.rpartition("@")
    return head if at and head and "." in host else value


def _pair_secrets(text: str) -> set[str]:
    """The secret half of "login admin / Hik12345!" or "admin:Hik12345!"."""
    found: set[str] = set()
    for match in _PAIR.finditer(text):
        if match["value"]:  # after "login", "credentials", "user"
            value, bare = match["value"], match["value"].rstrip(_EDGE).casefold()
            user = match["user"].casefold()
            if bare in PLAIN_WORDS | {"", user}:  # "login admin/admin": the default
                continue
            if user in DEFAULT_USERS or _looks_secret(value):  # not "user manual: page"
                found.update((value, value.rstrip(_EDGE)))
        elif _looks_secret(value := _before_host(match["value2"])) and not (
            _NOT_SECRET.fullmatch(bare := value.rstrip(_EDGE)) or NOT_A_LOGIN.fullmatch(bare)
        ):  # "admin:Hik12345!", "admin Rover2019"; not "admin 3 times", "admin 1080p stream"
            found.update((value, value.rstrip(_EDGE)))
    return {s for s in found if any(c.isalnum() for c in s)}


def _typed_secrets(text: str, names: frozenset[str]) -> set[str]:
    """What a person says they typed, entered or tried that looks like a chosen secret and
    like nothing else ("I typed hunter2 in the app"; not "typed V2", "tried 192.168.1.108")."""
    found: set[str] = set()
    for value in typed_values(text):
        if value[0] in "\"'“‘":
            words = value[1:-1].split()
            if any(_looks_secret(w.strip(_EDGE)) for w in words):
                found.add(value)
            continue
        bare, shapes = value.strip(_EDGE), (_ADDRESS, _NOT_SECRET, NOT_A_LOGIN, WHOLE_CODES)
        known = bare.casefold() in names or _MARK in bare or not TYPED_SECRET.search(bare)
        known = known or MODEL_WITH_PARTS.fullmatch(bare) is not None
        if _looks_secret(bare) and not known and not any(s.fullmatch(bare) for s in shapes):
            found.update((value, bare))
    return {s for s in found if any(c.isalnum() for c in s)}


def words_named_apart(text: str) -> tuple[str, ...]:
    """The words of a label's field before a password keyword, where the text states a
    password after it ("SN123 password: hunter2", "Foscam R2 password: hunter2"): the serial
    or the model support asks for; not one stated as the password ("Abc123 password Abc123")."""
    keyword = _FOUND.search(text)
    if keyword is None or keyword.start() == 0:  # "password: …" names nothing before it
        return ()
    after = text[keyword.start() :]
    stated = _keyword_secrets(after) | _pair_secrets(after)
    named = (w.strip(_EDGE + ",;") for w in text[: keyword.start()].split())
    return tuple(w for w in named if w and w not in stated) if stated else ()


_NOT_ON_A_LABEL = re.compile(r"\S*[@!$%^&*?~=]\S*")
"""A word with a symbol no serial number, MAC or hardware version is printed with."""


def without_symbol_words(code: str) -> str:
    """A code read off a label without its words that hold @, !, $, %, ^, &, *, ?, ~ or =:
    no label prints one, so such a word is a password typed into the wrong field (a support
    reviewer's "Hik@Admin2023!" as a serial number was kept and printed)."""
    return _NOT_ON_A_LABEL.sub(REMOVED, code.replace(REMOVED, _MARK)).replace(_MARK, REMOVED)


def without_passwords(text: str, names: Iterable[str] = ()) -> str:
    """`text` with every password it states, and every copy of one, replaced by
    "[password removed]"; text that has been through it comes back unchanged. `names` are
    words that name the camera ("C110", from "Tapo C110"): kept in a sentence about a
    password unless the sentence states one of them as the password ("password is C110")."""
    words = frozenset(w.casefold() for w in names)
    text = text.replace(REMOVED, _MARK)
    while (scanned := _one_pass(text, words)) != text:  # what a removal lays bare goes too
        text = scanned  # ends: each pass that changes anything removes a letter or digit
    return text.replace(_MARK, REMOVED)


def _one_pass(text: str, names: frozenset[str]) -> str:
    """Every secret the scans find in `text` as it stands, replaced by the marker; an e-mail
    whose first part is also a password ("jane1984@…", "password jane1984") stays whole."""
    secrets = _keyword_secrets(text) | _sentence_secrets(text, names) | _pair_secrets(text)
    secrets |= _phrase_secrets(text) | _typed_secrets(text, names)
    kept = [m.group() for m in _ADDRESS.finditer(text) if "@" in m.group()]
    for n, address in enumerate(kept):
        text = text.replace(address, f"{_KEPT}{n}{_KEPT}")
    for secret in sorted(secrets, key=len, reverse=True):
        text = re.sub(rf"(?<![\w{_KEPT}]){re.escape(secret)}(?![\w{_KEPT}])", _MARK, text)
    for n, address in enumerate(kept):
        text = text.replace(f"{_KEPT}{n}{_KEPT}", address)
    return text
