"""A local stand-in for the legacy systems claims adjudication calls: policy admin, payments
and notifications, served over HTTP from a swappable data folder (see docs/simulator.md)."""
