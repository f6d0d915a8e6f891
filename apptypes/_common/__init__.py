"""Generic helpers shared by the application types (dates, names, plates, places, schema fields).

Only type-independent code lives here; anything that knows a type's keys belongs in its package.
The leading underscore keeps the registry from treating this package as an application type.
"""
