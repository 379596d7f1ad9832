"""Per-market site search on Wagtail's database search backend.

``fields`` says what is indexed (every language, plus character bigrams of CJK text),
``backend`` indexes each language with its own PostgreSQL text configuration,
``text`` turns a visitor's query into search terms and finds them in a page's text,
``market_search`` runs a search for one market and ``views`` serves it.
"""
