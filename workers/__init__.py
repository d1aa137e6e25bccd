"""The Zeebe side of Baton: job handlers per process family and the fleet that runs them."""
