"""A local stand-in for the legacy systems the processes call (policy admin, payments,
notifications, KYC, core banking, CMS, CRM, ticketing), served over HTTP from a swappable data
folder (see docs/simulator.md)."""
