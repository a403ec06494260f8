"""The drawings point at the face the knowledge base names, for every model: a person with a
pin in one hand looks where the sources say, never at the front by default."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

import camreset.web
from camreset.core.kb.knowledge import OTHER, KnowledgeBase
from camreset.core.kb.resolve import resolve_generic, resolve_model
from camreset.core.kb.resolved import ResolvedModel
from camreset.core.kb.schema import FormFactor
from camreset.core.kb.values import Button, Face
from camreset.core.present.button_place import DRAWN_FACES, button_place
from camreset.core.present.phrases import value_lines
from camreset.kb_files import load_kb
from camreset.web.drawings import DRAWINGS, FORM_FACTORS, Figure, button_figure
from camreset.web.drawings.compose import TAG_H, TAG_W, marker
from camreset.web.drawings.view import HEIGHT, WIDTH
from camreset.web.pages.leds import contrast

KB = load_kb()


def _figure(model: ResolvedModel) -> Figure:
    ff = model.form_factor.value if model.form_factor else None
    return button_figure(ff, button_place(KB, model), None, light=False)


def _svgs(figure: Figure) -> list[Tag]:
    return [BeautifulSoup(str(p.svg), "html.parser").svg for p in figure.panels]


def _check(model: ResolvedModel) -> None:
    button = model.facts["button"].value
    assert isinstance(button, Button)
    figure = _figure(model)
    svgs = _svgs(figure)
    sure = [s for s in svgs if s.get("data-sure") == "yes"]
    if not button.present:
        assert figure.face == "none" and not sure and "no reset button" in figure.words
        return
    place = button_place(KB, model)
    if place is not None and (place.undecided or place.usual):  # one source, two faces; or
        # the usual place of guides for any camera, which name others (review 63, #5)
        assert place.face is not None and not sure
        assert svgs[0]["data-face"] == figure.face == place.face.value
        return
    if button.face is not None:
        assert figure.face == button.face.value
        assert [s["data-face"] for s in sure] == [button.face.value]  # exactly that face
        assert len(sure[0].select(".d-reset")) == 1
        return
    assert figure.face == "unknown" and not sure  # nothing is marked as known
    maybe = [s["data-face"] for s in svgs if s.get("data-sure") == "no"]
    assert maybe, "the candidate faces are drawn"
    if place is not None and place.named_elsewhere and (place.near or place.where):
        # its own place, then the sides other sources give (KB audit 57), not "no source
        # says which side" above a place one does give
        assert "(other sources say " in figure.words
    elif place is not None and place.named_elsewhere:  # the sides are other sources' own
        assert figure.words.startswith("Sources say it is ")
    else:
        assert "no source says which side" in figure.words.casefold()


@pytest.mark.parametrize("model_id", sorted(KB.models))
def test_the_marked_face_is_the_one_the_models_fact_names(model_id: str) -> None:
    _check(resolve_model(KB, model_id))


@pytest.mark.parametrize("line_id", [*sorted(KB.lines), OTHER])
@pytest.mark.parametrize("form_factor", [None, *FormFactor])
def test_the_model_unknown_cameras_are_marked_the_same_way(
    line_id: str, form_factor: FormFactor | None
) -> None:
    _check(resolve_generic(KB, line_id, form_factor))


def test_faces_other_sources_name_are_drawn_as_or_here() -> None:
    figure = _figure(resolve_model(KB, "amcrest-ip8m-2496eb"))  # bottom, or the back
    faces = [s["data-face"] for s in _svgs(figure)]
    assert [p.role for p in figure.panels] == ["main", "also"] and faces == ["bottom", "back"]
    assert _svgs(figure)[0]["data-view"] == "bottom"
    assert "Seen from below" in figure.panels[0].caption


@pytest.mark.parametrize("model_id", ["amcrest-ip8m-2496eb", "lorex-e893ab", "tapo-c200"])
def test_a_picture_and_its_caption_say_different_things(model_id: str) -> None:
    """A screen reader heard "Pan and tilt camera, seen from the back: maybe on the back",
    then the caption "Maybe on the back", three times over (accessibility review 43)."""
    figure = _figure(resolve_model(KB, model_id))
    for panel, picture in zip(figure.panels, _svgs(figure), strict=True):
        said = str(picture["aria-label"]).casefold()
        caption = panel.caption.casefold().rstrip(".")
        pieces = [p.strip() for p in re.split(r"[.,]", caption) if p.strip()]
        assert pieces and not any(p in said for p in pieces), (said, caption)


def test_two_faces_from_one_source_are_not_called_other_sources() -> None:
    figure = _figure(resolve_model(KB, "lorex-e893ab"))
    assert figure.words.startswith("On the back (or underneath: its source names both).")
    assert "other sources" not in figure.words
    assert [p.caption for p in figure.panels if p.role == "also"] == ["Or underneath"]
    # neither face is drawn as the known one: the drawing showed "Reset" on the back and
    # "Here?" only underneath (a phone reviewer)
    assert [s["data-sure"] for s in _svgs(figure)] == ["no", "no"]
    assert figure.panels[0].caption.startswith("Here, or underneath.")


def test_a_place_from_guides_for_any_camera_of_its_shape_is_drawn_as_the_usual_one() -> None:
    """An unknown brand's indoor camera had "on the back" marked as its known place."""
    figure = _figure(resolve_generic(KB, OTHER, FormFactor.indoor))
    assert figure.words.startswith("Usually on the back (on some cameras, on the side or under")
    captions = [p.caption for p in figure.panels]
    assert captions[0].startswith("Usually here.")
    assert captions[1:] == ["On some cameras: on the side", "On some cameras: underneath"]
    own = _figure(resolve_model(KB, "wyze-cam-v3"))  # its own source's place
    assert not own.words.startswith("Usually") and not own.panels[0].caption.startswith("Usually")


def test_a_place_from_its_lines_guides_is_drawn_and_headed_as_the_usual_one() -> None:
    """Diff review 57: a caption "Usually on the side." sat under the heading "Where the reset
    button is" for a doorbell whose place comes from its line's guide (Tapo D230)."""
    figure = _figure(resolve_model(KB, "tapo-d230"))
    assert figure.usual and figure.words.startswith("Usually on the side.")
    assert figure.panels[0].caption.startswith("Usually here.")
    own = _figure(resolve_model(KB, "wyze-cam-v3"))  # its own source's place
    assert not own.usual and not own.panels[0].caption.startswith("Usually")


def test_a_place_no_source_gives_is_not_called_usual() -> None:
    """Diff review 57: "usually a small recessed hole; which side is not known" would follow
    from a default with no place at all. It is said as what most cameras have, in the
    default's own words, for no camera in particular (phone review 59, #2)."""
    from camreset.core.present.values import template_values

    unknown = resolve_generic(KB, OTHER, None)
    said = template_values(KB, unknown, frozenset())["button.location"]
    assert said.startswith("no source says for this camera; on most cameras, a small recessed")
    assert not said.startswith("usually")


def test_a_camera_of_no_known_shape_is_said_to_be_drawn_as_a_plain_one() -> None:
    """ "Its shape is not known: this is a plain camera." read as if it were one (review 63,
    #12); a camera of a known shape says nothing of it."""
    words = _figure(resolve_generic(KB, OTHER, None)).words
    assert words.endswith(" We don't know its shape, so this drawing shows a plain camera.")
    assert "plain camera" not in _figure(resolve_generic(KB, OTHER, FormFactor.indoor)).words


def test_a_button_under_a_lens_that_tilts_is_drawn_with_the_lens_up() -> None:
    figure = _figure(resolve_model(KB, "reolink-e1-zoom"))
    svg = _svgs(figure)[0]
    assert (svg["data-view"], svg["data-face"]) == ("tilt", "under_lens")
    assert svg.select_one(".d-arrow") is not None and "Tilt the lens up" in figure.words


def test_the_c200_says_no_source_gives_its_side_and_shows_where_to_look() -> None:
    figure = _figure(resolve_model(KB, "tapo-c200"))
    faces = [s["data-face"] for s in _svgs(figure)]
    assert figure.face == "unknown" and faces == ["back", "side", "bottom"]
    assert "next to the microSD card slot" in figure.words


def test_a_place_in_a_sources_own_words_is_said_as_written_not_after_next_to() -> None:
    """The SWIFI-4KPTBC's source says only "on the camera head": that is where to look, said
    once, and which side of the head is still not known."""
    figure = _figure(resolve_model(KB, "swann-swifi-4kptbc"))
    assert figure.words.startswith("On the camera head; no source says which side: look ")
    assert "next to on" not in figure.words
    card = "\n".join(value_lines(KB, resolve_model(KB, "swann-swifi-4kptbc").facts["button"].value))
    assert card.startswith("Where: on the camera head (marked Reset)")


@pytest.mark.parametrize("form_factor", FORM_FACTORS)
@pytest.mark.parametrize("face", DRAWN_FACES)
def test_every_shape_shows_every_face_inside_the_picture(form_factor: str, face: Face) -> None:
    from camreset.web.drawings import _view

    for tilt in (False, True):
        _, view, _ = _view(DRAWINGS[form_factor], face, tilt)
        x, y = view.spots[face.value]
        assert 12 <= x <= WIDTH - 12 and 12 <= y <= HEIGHT - 12


@pytest.mark.parametrize("spot", [(120, 100), (10, 10), (230, 190), (120, 20), (5, 150)])
def test_the_reset_tag_never_covers_its_ring_and_no_line_crosses_the_word(
    spot: tuple[int, int],
) -> None:
    tag = BeautifulSoup(marker(spot, sure=True), "html.parser")
    rect, stem = tag.select_one("rect.d-tag"), tag.select_one("line.d-stem")
    left, top = float(rect["x"]), float(rect["y"])
    assert left >= 0 and left + TAG_W <= WIDTH and top >= 0 and top + TAG_H <= HEIGHT
    x, y = spot
    assert not (left <= x <= left + TAG_W and top - 11 <= y <= top + TAG_H + 11)
    y1, y2 = sorted((float(stem["y1"]), float(stem["y2"])))
    assert stem["x1"] == stem["x2"] and (y2 <= top + 0.5 or y1 >= top + TAG_H - 0.5)


def test_no_drawing_uses_an_inline_style_or_a_foreign_resource(kb: KnowledgeBase) -> None:
    for model_id in KB.models:
        for svg in _svgs(_figure(resolve_model(KB, model_id))):
            assert not svg.find_all(attrs={"style": True})
            assert not re.search(r"(href|src)=", str(svg))


def test_what_the_button_is_next_to_is_drawn_beside_it() -> None:
    c200 = _svgs(_figure(resolve_model(KB, "tapo-c200")))  # next to the microSD card slot
    assert all(s.select_one("rect.d-near.d-slot") is not None for s in c200)
    nest = _svgs(_figure(resolve_model(KB, "nest-cam-indoor")))  # next to the USB port
    assert nest[0].select_one("rect.d-near") is not None
    ring = _svgs(_figure(resolve_model(KB, "amcrest-ip8m-2496eb")))  # near nothing named
    assert ring[0].select_one(".d-near") is None


def _theme_colours(css: str) -> dict[str, dict[str, str]]:
    """The drawing's custom colours of the light theme and of the dark one, from app.css."""
    dark_at = css.index("@media (prefers-color-scheme: dark)")
    themes = {"light": css[:dark_at], "dark": css[dark_at : css.index("}\n}", dark_at)]}
    return {
        name: dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", text))
        for name, text in themes.items()
    }


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_reset_buttons_ring_stands_out_from_the_camera_and_the_page(theme: str) -> None:
    """In the dark theme the ring round the reset button (#ff6b5e) was 2.30:1 on the camera's
    body, under WCAG 1.4.11's 3:1, and the ring is the exact place (accessibility review 65,
    finding 7)."""
    css = (Path(camreset.web.__file__).parent / "static" / "app.css").read_text()
    colours = _theme_colours(css)[theme]
    assert contrast(colours["d-reset"], colours["d-body"]) >= 3
    assert contrast(colours["d-reset"], colours["bg"]) >= 3
