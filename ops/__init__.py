"""Running the site as it runs in production, on this machine: the fault drill and its parts.

A package so that the launch benchmark, the drill and the tests import the same harness and
admin-form reader as ``ops.<module>``.
"""
