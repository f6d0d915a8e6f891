"""``forms check``: a registered form's mapping against its type's schema and its blank."""

from __future__ import annotations

from apptypes.registry import UnknownApplicationType, get_type
from forms.anchors import MIN_PAIRS
from forms.blank import inspect_blank
from forms.formats import FORMATS
from forms.template import FormTemplate, fingerprint_of
from reading.errors import ReadError


def problems(template: FormTemplate) -> list[str]:
    """German sentences, one per problem; empty when the mapping can be used."""
    try:
        app_type = get_type(template.application_type)
    except UnknownApplicationType:
        return [f"Unbekannte Antragsart „{template.application_type}“."]
    kinds = app_type.kinds
    out: list[str] = []
    seen: dict[str, str] = {}
    for field in template.fields:
        where = f"Kasten „{field.name or field.caption}“"
        if field.format is not None:
            if field.format not in FORMATS:
                out.append(f"{where}: unbekanntes Format „{field.format}“ "
                           f"(bekannt: {', '.join(sorted(FORMATS))}).")
            elif len(field.keys) != FORMATS[field.format][1]:
                out.append(f"{where}: Format {field.format} hat {FORMATS[field.format][1]} "
                           f"Teile, `keys` nennt {len(field.keys)}.")
        for key in field.mapped_keys:
            if key not in kinds:
                out.append(f"{where}: „{key}“ ist kein Feld von {app_type.key}.")
                continue
            kind = kinds[key]
            if field.kind == "checkbox":
                if kind.kind == "bool" and not isinstance(field.option, bool):
                    out.append(f"{where}: Ankreuzfeld für {key} braucht `option: true/false`.")
                elif kind.kind == "enum" and field.option not in kind.options:
                    out.append(f"{where}: `option` {field.option!r} ist keine Auswahl von {key} "
                               f"({', '.join(kind.options)}).")
                elif kind.kind not in ("bool", "enum"):
                    out.append(f"{where}: ein Ankreuzfeld kann {key} ({kind.kind}) nicht füllen.")
                claim = f"{key}={field.option}"
            else:
                claim = key
            if claim in seen:
                out.append(f"{where}: {claim} steht schon in „{seen[claim]}“.")
            seen[claim] = field.name or field.caption
        if not all(0.0 <= v <= 1.0 for v in field.box) or field.box[0] >= field.box[2] \
                or field.box[1] >= field.box[3]:
            out.append(f"{where}: Kasten {field.box} liegt nicht auf der Seite.")
        if not 1 <= field.page <= template.pages:
            out.append(f"{where}: Seite {field.page} gibt es im Formular nicht.")
    out.extend(_against_blank(template))
    for page in range(1, template.pages + 1):
        if sum(1 for a in template.anchors if a.page == page) < MIN_PAIRS:
            out.append(f"Seite {page}: weniger als {MIN_PAIRS} Anker; Scans werden nicht erkannt.")
    return out


def _against_blank(template: FormTemplate) -> list[str]:
    path = template.blank_path
    try:
        blank = inspect_blank(path.read_bytes())
    except OSError:
        return [f"Blankoformular {path.name} fehlt neben der Zuordnung."]
    except ReadError as exc:
        return [f"Blankoformular {path.name}: {exc}"]
    if len(blank.pages) != template.pages:
        return [f"Das Blankoformular hat {len(blank.pages)} Seiten, "
                f"die Zuordnung {template.pages}."]
    if fingerprint_of(blank.field_names).digest != template.fingerprint.digest:
        return ["Die Formularfelder des Blankoformulars passen nicht zum Fingerabdruck "
                "(andere Ausgabe?): `forms add` neu ausführen."]
    names = set(blank.field_names)
    return [f"Formularfeld „{f.name}“ gibt es im Blankoformular nicht."
            for f in template.fields if f.name is not None and f.name not in names]


def uncovered_required(template: FormTemplate) -> list[str]:
    """Required keys neither this form nor another document kind of the type holds."""
    app_type = get_type(template.application_type)
    elsewhere = {s for kind in app_type.document_kinds for s in kind.holds}
    return [k for k in app_type.required
            if k not in template.mapped_keys and k.split(".")[0] not in elsewhere]
