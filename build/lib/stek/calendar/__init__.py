"""The programme in time: dated occurrences, the feeds and programme.json."""
