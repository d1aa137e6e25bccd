"""``baton eval``: labelled case sets run through the engine and the real fleet, people played by
a scripted reviewer, figures written as an HTML report and a JSON summary."""
