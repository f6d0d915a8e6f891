"""Documents the worker issues when a case is approved (PDF confirmations, permits, orders)."""
