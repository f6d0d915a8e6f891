"""``wohnsitzanmeldung``: registration of a new residence (Meldebehörde, §§ 17, 19 BMG)."""
