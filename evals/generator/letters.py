"""Plain-text letters and e-mails (stdlib ``email``), optionally with the form as attachment."""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from evals.generator.model import LetterDoc

CITY_MAILBOX = {"buergerbuero": "buergerbuero@bochum.example",
                "standesamt": "standesamt@bochum.example",
                "strassenverkehr": "strassenverkehrsamt@bochum.example"}


def plain_text(doc: LetterDoc) -> bytes:
    return doc.text().encode("utf-8")


def email_message(doc: LetterDoc, sender_address: str, office: str, sent: date, message_id: str,
                  attachment: tuple[str, bytes] | None = None) -> bytes:
    """With an attachment the body is a short note and the form travels as PDF; without one the
    letter itself is the body."""
    message = EmailMessage()
    message["From"] = f"{doc.sender[0]} <{sender_address}>"
    message["To"] = CITY_MAILBOX[office]
    message["Subject"] = doc.subject
    message["Date"] = format_datetime(datetime(sent.year, sent.month, sent.day, 9 + sent.day % 9,
                                               sent.month * 4 % 60))
    message["Message-ID"] = f"<{message_id}@mail.example>"
    if attachment is None:
        message.set_content(doc.text())
    else:
        note = (f"Sehr geehrte Damen und Herren,\n\nim Anhang sende ich Ihnen meinen Antrag "
                f"({doc.subject}).\n\nMit freundlichen Grüßen\n{doc.sender[0]}\n")
        message.set_content(note)
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
        # A fixed boundary keeps the file byte-identical for a seed.
        message.set_boundary(f"=_antragswerk_{message_id}")
    return bytes(message)
