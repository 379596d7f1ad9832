"""The market core: the rules every other part of the campaign asks.

Which market a request is in (``current``), what is available there and when
(``availability``, ``schedules``), market-prefixed addresses (``routing``), previews as a
market (``previews``), the languages (``languages``, ``cjk``) and who acts for which
market and language (``roles``). It imports only models and the platform.
"""
