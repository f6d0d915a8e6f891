"""``bewohnerparkausweis``: Bewohnerparkausweis."""
