"""``multipart/form-data`` bodies (deployments), read with the standard library's MIME parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP

from engine.rest.problems import InvalidRequestError


@dataclass(frozen=True, slots=True)
class UploadedFile:
    name: str
    content: bytes


@dataclass(slots=True)
class FormData:
    files: dict[str, list[UploadedFile]] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)


def parse_form_data(content_type: str, body: bytes) -> FormData:
    """Split a multipart body into files (parts with a filename) and plain text values."""
    if (
        not content_type.lower().startswith("multipart/form-data")
        or "boundary=" not in content_type
    ):
        raise InvalidRequestError(
            f"The request's content type is '{content_type}' but must be multipart/form-data"
        )
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        raise InvalidRequestError("The multipart/form-data body could not be read")
    form = FormData()
    for part in message.iter_parts():
        if not isinstance(part, EmailMessage):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise InvalidRequestError("A multipart part has no name in its Content-Disposition")
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            form.values[name] = content.decode("utf-8", errors="replace")
        else:
            form.files.setdefault(name, []).append(UploadedFile(filename, content))
    return form
