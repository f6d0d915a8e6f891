"""Measuring the redaction: labelled test sets and the leak rate on evaluation datasets."""
