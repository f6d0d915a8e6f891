"""``wunschkennzeichen``: reservation of a personalised licence plate (Zulassungsstelle)."""
