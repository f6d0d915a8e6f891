"""Documents of a `wohnsitzanmeldung` case: the registration (form or letter) and the
landlord's confirmation (form or company letter)."""

from __future__ import annotations

import random
from datetime import timedelta

from evals.generator.docs_common import Application, Triple, Writer, application, nationalities
from evals.generator.model import FormDoc, LetterDoc, Row, Section, SourceDoc
from evals.generator.wohnsitz import WohnsitzValues

STATUS_WRITTEN = {"alleinige": "alleinige Wohnung", "haupt": "Hauptwohnung",
                  "neben": "Nebenwohnung"}
SEX_WRITTEN = {"maennlich": "männlich", "weiblich": "weiblich", "divers": "divers",
               "ohne_angabe": "ohne Angabe"}
ID_WRITTEN = {"personalausweis": "Personalausweis", "reisepass": "Reisepass",
              "kinderreisepass": "Kinderreisepass"}
TITLES = ("Anmeldung bei der Meldebehörde", "Anmeldung einer Wohnung", "Meldeschein – Anmeldung")


def _person_rows(v: WohnsitzValues, w: Writer, rng: random.Random
                 ) -> list[Triple]:
    p = v.person
    rows: list[Triple] = [
        ("familienname", w.label("familienname"), p.familienname),
        ("vornamen", w.label("vornamen"), p.vornamen),
        ("geburtsname", w.label("geburtsname"), p.geburtsname),
        ("geburtsdatum", w.label("geburtsdatum"), w.day(p.geburtsdatum)),
        ("geburtsort", w.label("geburtsort"), p.geburtsort),
        ("", "Geburtsland", p.geburtsland),
        ("geschlecht", "Geschlecht", SEX_WRITTEN[p.geschlecht]),
        ("staatsangehoerigkeiten", w.label("staat"),
         nationalities(p.staatsangehoerigkeiten, rng)),
    ]
    if v.phone:
        rows.append(("", w.label("telefon"), v.phone))
    return rows


def _flat_rows(v: WohnsitzValues, w: Writer) -> list[Triple]:
    return [("einzugsdatum", w.label("einzug"), w.day(v.move_in)),
            *w.address_rows("neue_wohnung", v.flat),
            ("neue_wohnung.zusatz", "Zusatz (Stockwerk, Lage)", v.flat_detail),
            ("wohnungsstatus", "Die Wohnung ist", STATUS_WRITTEN[v.status])]


def _previous_rows(v: WohnsitzValues, w: Writer) -> list[Triple]:
    if v.previous is None:
        return [("", "Zuzug aus dem Ausland, Staat", v.previous_country)]
    return w.address_rows("bisherige_wohnung", v.previous)


def _id_rows(v: WohnsitzValues) -> list[Triple]:
    kind = ID_WRITTEN.get(v.id_kind or "", "")
    return [("ausweis.art", "Art des Dokuments", kind),
            ("ausweis.seriennummer", "Seriennummer", v.id_serial)]


def anmeldung(v: WohnsitzValues, w: Writer, rng: random.Random) -> SourceDoc:
    person, flat = _person_rows(v, w, rng), _flat_rows(v, w)
    previous, ident = _previous_rows(v, w), _id_rows(v)
    frame = Application("anmeldung", "anmeldung", rng.choice(TITLES), "buergerbuero",
                        v.person.full_name, v.flat, "Bochum", w.day(v.signed),
                        "Anmeldung meiner neuen Wohnung")
    detail = f", {v.flat_detail}" if v.flat_detail else ""
    moved = (f"hiermit melde ich mich zum {w.day(v.move_in)} unter meiner neuen Anschrift an: "
             f"{v.flat.street_line}{detail}, {v.flat.town_line}.")
    previous_text = (f"Bisher wohnte ich in {v.previous.street_line}, {v.previous.town_line}."
                     if v.previous else f"Ich ziehe aus dem Ausland ({v.previous_country}) zu.")
    body = [moved, w.lines(r for r in flat if r[0] == "wohnungsstatus"), previous_text,
            "Meine Angaben:\n" + w.lines(person),
            w.lines(ident),
            "Die Wohnungsgeberbestätigung liegt bei." if v.has_confirmation else
            "Die Bestätigung meines Vermieters reiche ich nach."]
    sections = [("Neue Wohnung", flat), ("Bisherige Wohnung", previous),
                ("Angaben zur Person", person), ("Ausweisdokument", ident)]
    return application(frame, w, sections, body)


def wohnungsgeberbestaetigung(v: WohnsitzValues, w: Writer, rng: random.Random) -> SourceDoc:
    lord = v.landlord
    owner = ("☒ Eigentümer der Wohnung  ☐ vom Eigentümer beauftragt" if lord.is_owner else
             "☐ Eigentümer der Wohnung  ☒ vom Eigentümer beauftragt")
    signer = f"i. A. {lord.contact}" if lord.contact else lord.name
    signed = w.day(v.confirmed_move_in - timedelta(days=rng.randint(0, 5)))
    flat = v.confirmed_flat
    rows = (Row("Name des Wohnungsgebers", lord.name),
            Row("Anschrift des Wohnungsgebers", f"{lord.address.street_line}, "
                                                f"{lord.address.town_line}"),
            Row("Der Wohnungsgeber ist", owner),
            Row("Tag des Einzugs", w.day(v.confirmed_move_in)),
            Row("Anschrift der Wohnung", f"{flat.street_line}, {flat.town_line}"),
            Row("Lage der Wohnung", v.flat_detail or ""),
            Row("Eingezogene Person(en)", v.confirmed_person))
    form = FormDoc("Wohnungsgeberbestätigung", "nach § 19 Bundesmeldegesetz (BMG)",
                   (Section("Angaben zum Wohnungsgeber", rows[:3]),
                    Section("Angaben zur Wohnung und zum Einzug", rows[3:])),
                   notes=(f"Bochum, {signed}", f"Unterschrift des Wohnungsgebers: {signer}"))
    role = "Eigentümer" if lord.is_owner else "vom Eigentümer beauftragte Verwaltung"
    body = (f"hiermit bestätigen wir als {role}, dass {v.confirmed_person} am "
            f"{w.day(v.confirmed_move_in)} in die Wohnung {flat.street_line}, "
            f"{flat.town_line} eingezogen ist.",
            "Diese Bestätigung dient der Vorlage bei der Meldebehörde (§ 19 BMG).")
    text = LetterDoc(
        sender=(lord.name, lord.address.street_line, lord.address.town_line),
        recipient=(v.confirmed_person, flat.street_line, flat.town_line),
        place_date=f"Bochum, {signed}", subject="Wohnungsgeberbestätigung nach § 19 BMG",
        paragraphs=("Sehr geehrte Damen und Herren,", *body),
        closing=("Mit freundlichen Grüßen", signer))
    return SourceDoc("wohnungsgeberbestaetigung", "wohnungsgeberbestaetigung", form, text)


def documents(v: WohnsitzValues, w: Writer, rng: random.Random) -> list[SourceDoc]:
    docs = [anmeldung(v, w, rng)]
    if v.has_confirmation:
        docs.append(wohnungsgeberbestaetigung(v, w, rng))
    return docs


def pii(v: WohnsitzValues, w: Writer) -> list[str]:
    p = v.person
    found = [p.familienname, p.vornamen, p.geburtsname, w.day(p.geburtsdatum),
             v.flat.street_line, v.previous.street_line if v.previous else None, v.id_serial,
             v.phone]
    if v.has_confirmation:
        lord = v.landlord
        found += [lord.contact or lord.name, lord.address.street_line]
        if v.confirmed_person != p.full_name:
            found.append(v.confirmed_person)
    return [s for s in found if s]
