"""A small element tree with line numbers for XML manifests (pom.xml, *.csproj), read through defusedxml's
SAX parser: entities and DTDs are refused, the element count is bounded, namespaces are dropped."""

from __future__ import annotations

import re
import xml.sax
from dataclasses import dataclass, field
from xml.sax.handler import ContentHandler
from xml.sax.xmlreader import AttributesImpl, Locator

import defusedxml.sax
from defusedxml import DefusedXmlException

from qready.detectors.configs.manifests_base import Found

MAX_ELEMENTS = 200_000
MAX_DEPTH = 64
MAX_EXPANSIONS = 10
_REFERENCE = re.compile(r"\$\{([^}]+)\}|\$\(([^)]+)\)")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Element] = field(default_factory=list)
    text: str = ""

    def child(self, tag: str) -> Element | None:
        return next((c for c in self.children if c.tag == tag), None)

    def child_text(self, tag: str) -> str | None:
        found = self.child(tag)
        return found.text.strip() if found is not None else None

    def walk(self) -> list[Element]:
        """Every element below this one, in document order (iterative: depth is bounded when built)."""
        out: list[Element] = []
        stack = list(reversed(self.children))
        while stack:
            element = stack.pop()
            out.append(element)
            stack.extend(reversed(element.children))
        return out


class _TooBig(Exception):
    pass


class _Builder(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.root: Element | None = None
        self.stack: list[Element] = []
        self.count = 0
        self.locator: Locator | None = None

    def setDocumentLocator(self, locator: Locator) -> None:
        self.locator = locator

    def startElement(self, name: str, attrs: AttributesImpl) -> None:
        self.count += 1
        if self.count > MAX_ELEMENTS or len(self.stack) >= MAX_DEPTH:
            raise _TooBig(f"more than {MAX_ELEMENTS} elements or {MAX_DEPTH} levels")
        line = (self.locator.getLineNumber() or 0) if self.locator else 0
        element = Element(name.rsplit(":", 1)[-1], {k.rsplit(":", 1)[-1]: v for k, v in attrs.items()}, line)
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)

    def endElement(self, name: str) -> None:
        self.stack.pop()

    def characters(self, content: str) -> None:
        if self.stack and len(self.stack[-1].text) < 4096:
            self.stack[-1].text += content


def parse_xml(text: str, found: Found) -> Element | None:
    """The document's root element, or None with a problem recorded (malformed, DTD/entities, too big)."""
    if found.too_large(text):
        return None
    builder = _Builder()
    try:
        defusedxml.sax.parseString(text.encode("utf-8"), builder)
    except xml.sax.SAXParseException as exc:
        found.problem(f"not well-formed XML (line {exc.getLineNumber()}: {exc.getMessage()})")
        return builder.root
    except DefusedXmlException as exc:
        found.problem(f"XML refused: {type(exc).__name__}")
        return None
    except _TooBig as exc:
        found.problem(f"XML too large: {exc}")
        return builder.root
    return builder.root


def expand(value: str, properties: dict[str, str]) -> str:
    """Resolve `${name}` (Maven) and `$(Name)` (MSBuild) references from properties of the same file,
    recursively up to a bound; unknown references stay as written."""
    for _ in range(MAX_EXPANSIONS):
        expanded = _REFERENCE.sub(lambda m: properties.get(m.group(1) or m.group(2), m.group(0)), value)
        if expanded == value:
            break
        value = expanded
    return value
