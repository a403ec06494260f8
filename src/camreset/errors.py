"""Every exception camreset defines, in one tree: the whole tree is drawn here, also the
classes that live beside the code that raises them (their module in brackets), and
tests/test_errors_tree.py checks that every exception class in the package derives from
CamresetError where this drawing puts it.

    CamresetError                 root: anything a user or caller can be told about plainly
    ├── KBError                   the knowledge base is broken (file:line: field.path: message)
    ├── ModelFormatError          a generic troubleshooting model (JSON) is malformed
    ├── EvidenceError             engine evidence names an unknown step/answer or is impossible
    ├── UnknownModelError         no camera model matches what was typed (carries close matches)
    ├── PowerMismatchError        a session started with a power its model's sources do not give
    ├── SessionError              a session event does not fit the session
    │   ├── StaleStepError        the event answers a step that is no longer current (HTTP 409)
    │   ├── InvalidAnswerError    the answer is not one the current step offers (HTTP 400/422)
    │   └── ModelFoundError       a model found on the label, refused: the session has one (409)
    ├── SessionNotFoundError      no session has that id (HTTP 404)
    ├── TooManyCodesError         too many short codes that open nothing, from one client (429)
    ├── StoreError                the database could not be reached or migrated (CLI exit 1)
    │   └── DamagedSessionError   a saved session's events cannot be read or replayed (HTTP 500)
    ├── OutputError               standard output cannot be written: closed, a full disk (exit 1)
    ├── SettingsError             a setting (flag or CAMRESET_* variable) has an unusable value
    ├── UsageError                a command line that cannot work (CLI exit 2)
    │
    │   the network adapter (net/errors.py, unless named), said plainly to a person:
    ├── NetError
    │   ├── TargetNotAllowed      not an address camreset may probe (public, malformed, IPv6)
    │   ├── BadSetting            a timeout or rate outside what a scan accepts
    │   └── RemoteActionError     a reset or reboot was not done; nothing was retried
    │       ├── ConfirmationRequired  no confirmation, or one that was already used
    │       ├── DeviceMismatch        the device at the address now is not the confirmed one
    │       ├── AuthenticationFailed  the camera refused the username or password
    │       ├── PasswordMissing       no password was given: no login is tried with none
    │       ├── NotSupported          this camera offers no such action camreset can do
    │       ├── AlreadyAtFactory      the camera says it is at factory settings: nothing to do
    │       ├── CameraNotFound        no camera answered at the address given
    │       ├── DeviceUnreachable     no answer from the camera's HTTP service
    │       └── ActionFailed          the camera answered, but not with "done"
    ├── ReplyError                a datagram no discovery parser can read (net/probe.py)
    ├── XmlRejected               XML camreset will not read: too big, a DTD (net/safexml.py)
    │
    │   read where a file is parsed, then told as file:line (also ValueErrors):
    ├── NotUtf8                   a file that is not UTF-8 text (core/plain.py)
    ├── YamlSyntaxError           a KB file that is not YAML camreset takes (core/kb/yaml_lines.py)
    ├── _LiteralError             a number in an engine model refused (core/engine/model_json.py)
    ├── AnswersFileError          an answers file that is no list of answers (cli/wizard/)
    │
    │   the adapters' own:
    ├── NetworkOff                network features off, or not for this caller (web/network_gate.py)
    ├── CsrfRejected              a form without its matching token: 403 (web/csrf.py)
    ├── ProblemError              a route answering with exactly this problem (web/problems.py)
    ├── BodyTooLarge              a request body past its limit: 413 (web/security.py; also
    │                             Starlette's HTTPException)
    └── Leave                     the person typed q with no step on screen (cli/wizard/prompts.py)

Not in the tree: the terminal's `Stopped` (cli/wizard/signals.py), a KeyboardInterrupt, since
a signal that stops the guide is taken the way Ctrl-C is.

Adapters map this tree once: the web in web/known_errors.py (`KNOWN_ERRORS`: a status and a
problem document, the same for API and pages), the terminal in cli/app.py (one line on stderr,
exit 2, or 1 when the database cannot be reached; `--debug` adds the traceback).

Errors from libraries underneath (YAML, pydantic, SQLAlchemy) are caught at the boundary
that calls them and re-raised as one of these, so adapters handle one type.
"""

from __future__ import annotations


class CamresetError(Exception):
    """Root of every error camreset raises on purpose."""


class KBError(CamresetError):
    """The knowledge base is broken; `problems` holds one `file:line: field: message` each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class ModelFormatError(CamresetError):
    """A generic troubleshooting model is malformed."""


class EvidenceError(CamresetError):
    """Engine evidence names an unknown action, question or answer, or has probability zero."""


class UnknownModelError(CamresetError):
    """No camera model matches the query; `suggestions` are the closest model ids, `line` the
    line the query belongs to when its brand or model-number letters tell (else None), and
    `several` says the query names a family of models ("Kasa Spot") rather than none."""

    def __init__(
        self,
        query: str,
        suggestions: list[str],
        line: str | None = None,
        several: bool = False,
        hub: str = "",
        fcc_id: str = "",
    ) -> None:
        self.query = query
        self.suggestions = suggestions
        self.line = line
        self.several = several
        self.hub = hub
        """What the query names if it is a hub, not a camera ("the Blink Sync Module, …")."""
        self.fcc_id = fcc_id
        hint = f"; closest: {', '.join(suggestions)}" if suggestions else ""
        hint = f": {hub}" if hub else hint
        if fcc_id:  # one FCC ID several models share (the Wyze Cam OG and OG Telephoto)
            models = ", ".join(suggestions)
            super().__init__(f"FCC ID {fcc_id} is on more than one camera: {models}; give one")
            return
        super().__init__(f"unknown camera model {query!r}{hint}")

    def offering(self, suggestions: list[str]) -> UnknownModelError:
        """The same error offering `suggestions` instead (the same ids, those a session's
        brand could take first), its message naming them in that order."""
        return UnknownModelError(
            self.query, suggestions, self.line, self.several, self.hub, self.fcc_id
        )


class PowerMismatchError(CamresetError):
    """A session was started saying the camera is powered a way its model's sources do not
    give; `powers` are the ways they do give (power kind ids). Not an answer refused at a step:
    no step exists yet (helpdesk review 60, #14: it was "Not possible at this step")."""

    def __init__(self, message: str, powers: list[str]) -> None:
        self.powers = powers
        super().__init__(message)


class SessionError(CamresetError):
    """An event does not fit the session it was sent to."""


class StaleStepError(SessionError):
    """The event answers a step that is no longer the current one. When it answered the step
    answered last (two screens at once), `kept` is that answer (`step`, `answer`,
    `answer_label`, `title`) and `again` says it was this same answer, sent twice; `current`
    is the step the session is on (`id`, `title`), where known, and `taken_back` says that
    the session was taken back past the step sent (an undo on another screen)."""

    def __init__(
        self,
        message: str = "",
        *,
        kept: dict[str, str] | None = None,
        again: bool = False,
        current: dict[str, str] | None = None,
        taken_back: bool = False,
    ) -> None:
        self.kept = kept
        self.again = again
        self.current = current
        self.taken_back = taken_back
        super().__init__(message)


class InvalidAnswerError(SessionError):
    """The answer is not one the current step offers."""


class ModelFoundError(SessionError):
    """A model found on the label that the session cannot take: it has a model already, it
    was started before sessions could take one, or its camera works again."""


class SessionNotFoundError(CamresetError):
    """No session has that id."""


class TooManyCodesError(CamresetError):
    """Too many short codes looked up from one client opened nothing in the last minute;
    `retry_after` is the seconds until one more may be tried."""

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(
            "too many short codes that open nothing were tried from here in the last minute; "
            f"try again in {retry_after} s, or open the session from its link"
        )


class StoreError(CamresetError):
    """The session store could not be reached, created or migrated."""


class DamagedSessionError(StoreError):
    """A saved session's events cannot be read or replayed (a row edited or damaged by hand,
    or a camera this version no longer knows); nothing is written to it."""


class OutputError(CamresetError):
    """The command's output cannot be written (standard output closed, a full disk): the
    terminal's "cannot write the output: No space left on device", exit 1."""


class SettingsError(CamresetError):
    """A setting from a flag or the environment has a value camreset cannot use."""


class UsageError(CamresetError):
    """A command line that cannot work: flags that do not fit together, an unreadable file."""
