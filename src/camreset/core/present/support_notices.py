"""The notes above a support page that say what is still worth doing first, or why support
now: every one names the cause, the step or the item behind it, so a person is never sent to
support with a try at home left unsaid (split from said_notices.py, which held every notice)."""

WORTH_GETTING_NOTICE = (
    "Before you contact support: the likeliest cause now, {cause} ({percent}), is one you "
    "could deal with at home with {item}, which {said}. If you can get "
    "that after all, it is worth trying before support."
)
"""Above the support page when its likeliest cause is fixed by an attempt that needs only
something the person said they cannot get (a damaged cable and no other adapter), or
left unticked on the checklist (`said`: which of the two)."""
WORTH_GETTING_INSIDE_NOTICE = (
    "Before you contact support: the likeliest cause now, {cause} ({percent}), is one you "
    "could deal with at home in two ways, each worth trying before support: with {item}, which "
    "{said}, if you can get that after all; or without it, by the way inside the camera in the "
    "note below."
)
"""The same where that cause is the missing button and the sources give a way inside the
camera (the IPM-743E's board contacts): "with the admin password" alone denied it (R2)."""
REDO_WORTH_NOTICE = (
    "Before you contact support: the likeliest cause now, {cause} ({percent}), is what a step "
    "you took deals with, but {doubt}, so it proved nothing. Try it again, letting every wait "
    "and hold run its full time: undo your {answers}, back to “{title}” (step "
    "{number}), or start a new session."
)
"""Above the support page when its likeliest cause is fixed by an attempt whose wait was cut
short or whose hold was let go early (a phone reviewer tapped through every hold in half a
second and was told to try another outlet). The attempt by its first page and number, and the
answers to undo to reach it: "undo your answers back to it" left a helpdesk agent counting
Back taps (helpdesk review 67, #8)."""
ONLY_THE_APP_NOTICE = (
    "The camera is reset, and nothing found so far stops it from being added again: adding it "
    "needs {item}, which {said}. Once you have it, carry on from here."
)
"""Above the support page of a reset camera added in its app, when the person has no app:
it said "Contact TP-Link support … something only support can see" to someone who needed
only to install it (phone review 60, #2)."""
WORTH_WHY = {
    "lacking": "What is most likely to work can still be done at home, with what the note "
    "above names.",
    "redo": "The step most likely to work was cut short, so it is worth doing again in full.",
    "lacking_after_reset": "Adding it again most likely needs only what the note above names.",
}
""""Why this step?" on a support page that says one more try is worth it: it said "Nothing left
to try at home is likely enough to be worth the time" below a heading that said the opposite
(accessibility review 43)."""
TRIED_FOR_IT_NOTICE = (
    "The likeliest cause now, {cause} ({percent}), comes from your earlier answers: "
    "“{title}”, the step for it, was done and did not help. Tell support both: together "
    "they point past the usual fix."
)
"""Above the support page when its likeliest cause is one an attempt was meant for, done in
full, and that attempt failed (a Blink owner read "the battery is too low to finish a reset"
as the likeliest cause on the support page right after putting in new batteries, and took
the page for not having heard them)."""


SOMEONE_ELSE_NOTICE = (
    "Before you contact support: the likeliest cause now, {cause} ({percent}), is what "
    "“{title}” deals with, and you could not do that step. If someone can do it for you, "
    "it is worth doing before support."
)
"""Above the support page when its likeliest cause is fixed by an attempt the person said
they could not do (a doorbell whose breaker they could not reach went to support naming
nothing to do about its transformer: doorbell and hub review 46)."""
UNTRIED_WORTH_GETTING_NOTICE = (
    "No reset has been tried here yet, and the one most likely to work needs {item}, which "
    "{said}. If you can get that, it is worth trying before support."
)
"""The same where nothing was tried: naming a cause of a failed reset ("released too early")
to someone who never pressed the button read as invented (a phone reviewer, selling a
camera with no paperclip)."""
PASSWORD_ONLY_NOTICE = (
    "Why support now: every {other}way to reset this camera at home that this guide can walk "
    "you through needs its admin password, which you have forgotten."
)
"""After `RECOVERY_FAILED_NOTICE`, on the support page of someone who forgot the password,
whose camera's every other reset at home needs it (a sealed Hikvision turret went to support
with no word why: a reviewer). What the sources say of its button follows in their words."""
INSIDE_WAY_NOTICE = (
    "The sources also give a way inside the camera, which this guide does not walk you "
    "through: {way}."
)
"""That button: a way to reset it from inside (bridging contacts on the board), not guided."""
