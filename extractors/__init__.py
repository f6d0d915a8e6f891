"""From read text to structured facts: classification, field extraction, evidence, screening."""
