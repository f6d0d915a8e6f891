"""Sentence templates for the measurement sets: ``{TYPE:generator}`` marks a labelled entity.

Each template says which set it belongs to (``dev``, ``heldout`` or ``both``), so that the
held-out set also holds wordings that were never looked at while tuning.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str]] = [
    ("both", """Sehr geehrte Damen und Herren,
hiermit melde ich mich zum {DATE:date} unter der neuen Anschrift {ADDRESS:street}, \
{ADDRESS:postcode_city} an.
Mein Name ist {PERSON:person}, geboren am {DATE_OF_BIRTH:dob}.
Sie erreichen mich unter Tel. {PHONE_NUMBER:phone} oder per E-Mail an {EMAIL_ADDRESS:email}.
Mit freundlichen Grüßen
{PERSON:person}"""),
    ("both", """Familienname: {PERSON:family}
Vornamen: {PERSON:given}
Geburtsdatum: {DATE_OF_BIRTH:dob}
Straße, Hausnummer: {ADDRESS:street}
PLZ, Ort: {ADDRESS:postcode_city}
Wohnungsstatus: Hauptwohnung
Staatsangehörigkeit: deutsch
Personalausweis-Nr.: {ID_CARD:id_card}"""),
    ("both", """Antrag auf Erteilung einer Geburtsurkunde
Antragsteller: {PERSON:person}
Anschrift: {ADDRESS:street}, {ADDRESS:postcode_city}
Urkunde für: {PERSON:person}, geb. {DATE_OF_BIRTH:dob}
Anzahl: 2 Exemplare, Verwendungszweck: Eheschließung
Gebühr 12,00 EUR bitte per Lastschrift von IBAN {IBAN:iban}"""),
    ("both", """Wunschkennzeichen {LICENSE_PLATE:plate}
Halter: {PERSON:person}, {ADDRESS:street}, {ADDRESS:postcode_city}
Fahrzeugart: Pkw. Bitte reservieren Sie das Kennzeichen für drei Monate.
Rückfragen: {PHONE_NUMBER:phone}"""),
    ("both", """Bewohnerparkausweis Parkzone B3
Antragstellerin {PERSON:person}
wohnhaft {ADDRESS:street}
Kennzeichen laut Fahrzeugschein: {LICENSE_PLATE:plate}
Halter im Fahrzeugschein: {PERSON:person}"""),
    ("both", """Von: {PERSON:person} <{EMAIL_ADDRESS:email}>
Betreff: Ummeldung
Hallo, ich bin am {DATE:date} umgezogen. Meine Steuer-ID lautet {TAX_ID:tax_id}.
Reisepass Nr. {PASSPORT:passport}, gültig bis {DATE:date}.
Viele Grüße, {PERSON:given}"""),
    ("both", """Aufenthaltstitel Nr. {RESIDENCE_PERMIT:residence_permit}
Inhaber: {PERSON:person}
geboren: {DATE_OF_BIRTH:dob}
Anschrift {ADDRESS:street}, {ADDRESS:postcode_city}
Vorgangsnummer 48213920017, Aktenzeichen 32-01"""),
    ("both", """Wohnungsgeberbestätigung nach § 19 BMG
Name des Wohnungsgebers: {PERSON:person}
Anschrift des Wohnungsgebers: {ADDRESS:street}, {ADDRESS:postcode_city}
Datum des Einzugs: {DATE:date}
Eingezogen ist: {PERSON:person}
{ADDRESS:postcode_city}, {DATE:date}
Unterschrift: {PERSON:person}"""),
    ("dev", """Ehefrau: {PERSON:given} {PERSON:family}, geb. {PERSON:family}
* {DATE_OF_BIRTH:dob} in Witten
Eheschließung am {DATE:date}, Standesamt Bochum, Register-Nr. {REGISTER_NUMBER:register}
Ausweis: {ID_CARD:id_card}"""),
    ("dev", """Kontoinhaber: {PERSON:person}
IBAN: {IBAN:iban}
Telefon: {PHONE_NUMBER:phone}
Steuerliche Identifikationsnummer {TAX_ID:tax_id}"""),
    ("dev", """{PERSON:person}
{ADDRESS:street}
{ADDRESS:postcode_city}
Tel.: {PHONE_NUMBER:phone}
E-Mail: {EMAIL_ADDRESS:email}
An die Stadt Bochum, Bürgerbüro
Betreff: Antrag für meinen Sohn {PERSON:given}, geboren am {DATE_OF_BIRTH:dob}"""),
    ("dev", """Aufenthaltserlaubnis {RESIDENCE_PERMIT:residence_permit} ausgestellt am {DATE:date}
Pass: {PASSPORT:passport}
Person: {PERSON:person}, Geburtsdatum {DATE_OF_BIRTH:dob}"""),
    ("heldout", """Guten Tag Herr {PERSON:family},
anbei die Unterlagen meiner Tochter {PERSON:given} (geb. am {DATE_OF_BIRTH:dob}).
Ihr Reisepass hat die Nummer {PASSPORT:passport}, \
ihr Aufenthaltstitel {RESIDENCE_PERMIT:residence_permit}.
Wir wohnen jetzt {ADDRESS:street} in {ADDRESS:postcode_city}. \
Bitte überweisen Sie die Erstattung auf {IBAN:iban}.
Beste Grüße
{PERSON:person}
Mobil {PHONE_NUMBER:phone}"""),
    ("heldout", """Angaben zur Person 2
{PERSON:family}
{PERSON:given}
{DATE_OF_BIRTH:dob}, Herne, Deutschland
PA {ID_CARD:id_card}
Familienstand verheiratet, {DATE:date}, {REGISTER_NUMBER:register}"""),
    ("heldout", """Sehr geehrte Frau {PERSON:family},
mein Fahrzeug mit dem amtlichen Kennzeichen {LICENSE_PLATE:plate} \
steht vor dem Haus {ADDRESS:street}.
Für Rückfragen: {EMAIL_ADDRESS:email}, {PHONE_NUMBER:phone}. Meine IdNr. ist {TAX_ID:tax_id}.
i. A. {PERSON:person}"""),
    ("heldout", """Eheregister {REGISTER_NUMBER:register}, \
Ehemann {PERSON:person} (* {DATE_OF_BIRTH:dob})
Ausweisnummer {ID_CARD:id_card}; Konto {IBAN:iban}; Kfz {LICENSE_PLATE:plate}"""),
]

# Lines without personal data, mixed into the documents so that precision means something.
DISTRACTORS: dict[str, list[str]] = {
    "dev": [
        "Wohnungsstatus: Hauptwohnung", "Parkzone B3", "Anzahl: 2 Exemplare",
        "Name, Vorname:", "Straße, Hausnummer, Zusätze", "Gebühr: 12,00 EUR",
        "Rechtsgrundlage: § 19 Abs. 1 BMG", "Aktenzeichen 32-01/2026",
        "Bitte bringen Sie Ihren Personalausweis mit.", "Stadt Bochum, Bürgerbüro Mitte",
        "Öffnungszeiten Montag bis Freitag 8 bis 12 Uhr", "Seite 1 von 2",
        "Die Bearbeitung dauert etwa 14 Tage.", "Im Jahr 2025 wurden 1.234 Anträge gestellt.",
        "Familienstand: ledig", "Geschlecht: weiblich", "Staatsangehörigkeiten: deutsch",
        "Fahrzeugart: Pkw, Fahrzeugklasse M1", "Urkundenart: Geburtsurkunde",
        "Die neue Wohnung ist Nebenwohnung.", "Gemeindekennzahl 05 9 11 000",
        "Verwendungszweck: Rentenversicherung", "Bankverbindung der Stadtkasse: siehe Bescheid",
        "Zone B1 umfasst die Innenstadt.", "Wird die bisherige Wohnung beibehalten? Nein",
    ],
    "heldout": [
        "Die Wohnung ist Hauptwohnung, die bisherige wird Nebenwohnung.", "Bewohnerparkzone B4",
        "Bitte 3 Exemplare ausstellen.", "Vorname(n) (Rufnamen unterstreichen)",
        "Postleitzahl, Gemeinde, Ortsteil", "Kosten: 10,00 Euro je Urkunde",
        "gemäß § 62 PStG", "Vorgangsnummer 48213920017", "Ihr Termin: Raum 3.14, 2. OG",
        "Bürgerbüro Wattenscheid, Rathaus", "Telefonische Sprechzeiten dienstags",
        "Formular ANM-Blanko HSH Version 2.1",
        "Dokumentenarten: PA = Personalausweis, RP = Reisepass",
        "Familienstand verheiratet", "Religionsgesellschaft: ev", "Geschlecht: divers",
        "Halterverhältnis: Firmenwagen", "Urkunde: internationale Geburtsurkunde",
        "Die Parkzone B2 gilt werktags.", "Haben die Personen weitere Wohnungen? Ja",
        "Tag des Einzugs", "Art der Urkunde: beglaubigter Registerausdruck",
        "Zahlung per Überweisung an die Stadtkasse Bochum", "Anlage: Kopie des Fahrzeugscheins",
    ],
}
