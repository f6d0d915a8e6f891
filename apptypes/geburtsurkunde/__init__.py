"""``geburtsurkunde``: request for a birth certificate (Standesamt, § 62 PStG)."""
