"""Finding the camera: typing a model, brand → shape → model, and "I don't know my model"."""

from __future__ import annotations

from .conftest import PageClient


def _links(page: object, prefix: str) -> list[str]:
    return [a["href"] for a in page.select(f'a[href^="{prefix}"]')]  # type: ignore[attr-defined]


def test_start_page_offers_search_and_every_brand(client: PageClient) -> None:
    page = client.page("/")
    form = page.find("form", attrs={"role": "search"})
    assert form["method"] == "get" and form["action"] == "/find"
    brands = page.select("a.choice")
    assert {"/brand/tapo", "/brand/kasa", "/brand/amcrest"} <= {a["href"] for a in brands}


def test_search_forgives_case_spaces_and_dashes(client: PageClient) -> None:
    for typed in ("c200", "Tapo C-200", "TAPO c 200"):
        page = client.page(f"/find?q={typed}")
        first = page.select("ul.choices a.choice")[0]
        assert first["href"] == "/have?model=tapo-c200", typed
        assert "Tapo C200" in first.get_text(" ")


def test_search_finds_by_a_part_of_the_model_number(client: PageClient) -> None:
    page = client.page("/find?q=2496")
    assert "/have?model=amcrest-ip8m-2496eb" in _links(page, "/have")


def test_search_with_no_match_says_so_and_offers_brands(client: PageClient) -> None:
    page = client.page("/find?q=zzqx-9999")
    assert "found no camera" in page.select_one('[role="status"]').get_text()
    assert _links(page, "/brand/")


def test_typing_a_brand_offers_the_brand_page(client: PageClient) -> None:
    page = client.page("/find?q=amcrest")
    assert "/brand/amcrest" in _links(page, "/brand/")


def test_brand_page_shows_pictures_of_the_shapes_it_sells(client: PageClient) -> None:
    page = client.page("/brand/amcrest")
    shapes = page.select("ul.ff-grid a")
    assert "/brand/amcrest/bullet" in [a["href"] for a in shapes]
    assert all(a.find("svg") is not None for a in shapes)
    assert page.find("a", href="/brand/amcrest/unknown")


def test_shape_page_lists_that_brands_models_of_that_shape(client: PageClient) -> None:
    page = client.page("/brand/amcrest/bullet")
    names = [a.get_text(" ", strip=True) for a in page.select("ul.choices a")]
    assert any("IP8M-2496EB" in n.upper() for n in names), names
    assert page.find("a", href="/have?line=amcrest&form_factor=bullet")


def test_unknown_model_page_is_honest_when_no_source_says_where_the_label_is(
    client: PageClient,
) -> None:
    page = client.page("/brand/tapo/unknown")
    assert "no source" in page.get_text()
    assert page.find("a", href="/have?line=tapo&form_factor=pan_tilt")
    assert page.find("a", href="/have?line=tapo")


def test_unknown_brand_is_a_404_page(client: PageClient) -> None:
    response = client.get("/brand/nope")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


def test_checklist_lists_every_have_item_and_names_the_vendor_app(client: PageClient) -> None:
    page = client.page("/have?model=tapo-c200")
    values = {i["value"] for i in page.select('input[name="have"]')}
    assert values == {
        "pin",
        "original_adapter",
        "spare_adapter",
        "other_outlet",
        "app",
        "admin_password",
        "computer",
    }
    assert "Tapo app" in page.get_text()
    for box in page.select('input[name="have"]'):
        assert page.find("label", attrs={"for": box["id"]}) is not None
