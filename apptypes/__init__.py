"""Application types (Anträge): one subpackage per type holds everything specific to it.

The generic workflow never imports a type directly; it asks the registry
(``apptypes.registry``) by key. See ``docs/adding-an-application-type.md``.
"""
