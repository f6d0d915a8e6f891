"""``antragswerk forms …``: register a city's blank form, check and show its mapping."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from apptypes.registry import UnknownApplicationType, get_type
from forms.blank import inspect_blank
from forms.check import problems, uncovered_required
from forms.propose import proposal_header, propose
from forms.registry import forms_folder, load_forms, registered_forms
from forms.show import render_mapping
from forms.template import FormTemplate, dump_template
from reading.errors import ReadError

app = typer.Typer(help="Known forms: register a blank, check and show its mapping.",
                  no_args_is_help=True)
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{1,60}$")


@app.command("add")
def add(
    blank: Annotated[Path, typer.Argument(help="The blank form (PDF, AcroForm or flat)",
                                          exists=True, dir_okay=False)],
    type_: Annotated[str, typer.Option("--type", help="Application type key")],
    name: Annotated[str | None, typer.Option(help="Form name (default: from the file name)")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing mapping")] = False,
) -> None:
    """Read a blank form and write a proposed mapping to review: apptypes/T/forms/NAME.yaml."""
    try:
        app_type = get_type(type_)
    except UnknownApplicationType:
        _fail(f"Unbekannte Antragsart „{type_}“.")
    form_name = name or re.sub(r"[^a-z0-9]+", "-", blank.stem.lower()).strip("-")
    if not _NAME.match(form_name):
        _fail(f"Name „{form_name}“: nur a–z, 0–9 und Bindestriche (--name).")
    folder = forms_folder(app_type)
    target = folder / f"{form_name}.yaml"
    if target.exists() and not force:
        _fail(f"{target} gibt es schon (--force ersetzt die Zuordnung).")
    try:
        inspected = inspect_blank(blank.read_bytes())
    except ReadError as exc:
        _fail(str(exc))
    template = propose(inspected, app_type, form_name, f"{form_name}.pdf")
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(blank, folder / template.blank)
    dump_template(template, target, proposal_header(template, blank.name))
    fields = [f for f in template.fields]
    mapped = [f for f in fields if f.mapped_keys]
    typer.echo(f"{target}: {len(fields)} Kästen, {len(mapped)} zugeordnet "
               f"({len(template.mapped_keys)} Felder), {len(template.anchors)} Anker, "
               f"Dokumentart {template.document_kind or '–'}.")
    missing = uncovered_required(template)
    if missing:
        typer.echo(f"Pflichtfelder ohne Kasten: {', '.join(missing)}")
    typer.echo("Nächste Schritte: die Datei prüfen, dann `antragswerk forms check` und "
               f"`antragswerk forms show {form_name}`.")


@app.command("check")
def check(name: Annotated[str | None, typer.Argument(help="One form; default: all")] = None
          ) -> None:
    """Validate the mappings against their type's schema and their blank; exit 1 on problems."""
    templates = _all_templates()
    if name is not None:
        templates = [t for t in templates if t.name == name]
        if not templates:
            _fail(f"Kein registriertes Formular „{name}“.")
    failing = 0
    for template in templates:
        found = problems(template)
        failing += len(found)
        status = "in Ordnung" if not found else f"{len(found)} Problem(e)"
        typer.echo(f"{template.application_type}/{template.name}: {status}")
        for problem in found:
            typer.echo(f"  - {problem}", err=True)
    if failing:
        raise typer.Exit(1)


@app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="Registered form name")],
    out: Annotated[Path | None, typer.Option(help="PNG to write (default: NAME.png)")] = None,
) -> None:
    """Render the blank with each mapped box outlined and labelled by its key."""
    template = next((t for t in _all_templates() if t.name == name), None)
    if template is None:
        _fail(f"Kein registriertes Formular „{name}“.")
    for path in render_mapping(template, out or Path(f"{name}.png")):
        typer.echo(f"geschrieben: {path}")


@app.command("list")
def list_forms() -> None:
    """The registered forms: type, name, edition, boxes mapped."""
    for t in _all_templates():
        edition = t.fingerprint.digest[:12] if t.fingerprint.digest else "ohne Formularfelder"
        typer.echo(f"{t.application_type:22} {t.name:24} {edition:20} "
                   f"{sum(1 for f in t.fields if f.mapped_keys)} Kästen")


def _all_templates() -> list[FormTemplate]:
    registered_forms.cache_clear()  # the owner may just have edited a file
    from apptypes.registry import all_types

    return [t for app_type in all_types().values() for t in load_forms(forms_folder(app_type))]


def _fail(message: str) -> NoReturn:
    typer.echo(f"Fehler: {message}", err=True)
    raise typer.Exit(2)
