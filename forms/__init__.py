"""Known forms: registered blank forms read by template, without the model."""
