"""Catalogs: gettext POT/PO (`po.py`, `update.py`) and XLIFF 1.2/2.0 (`xliff.py`, `xliff_import.py`) at the edges.

The PO file is the durable record of translations (DESIGN decision 2); XLIFF is an exchange
format for CAT tools that round-trips to PO without loss. XML is always parsed through
`xmlsafe.parse_xml_bytes`, which refuses entity declarations.
"""
