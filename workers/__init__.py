"""The Zeebe side of Baton: the fleet and its plumbing, and one folder per process family
(``workers/<family>/``: handlers, wiring, step rules). Nothing imports ``workers``."""
