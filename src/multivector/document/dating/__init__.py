"""Dating: when an article was written (``publication``), and when the events it tells happened (``expressions``).

``clues`` holds what every clue is made of; ``people`` and ``known_events`` read the clues of office holders and of
known dated events, which ``publication`` weighs with the years, months and datelines of the text.
"""
