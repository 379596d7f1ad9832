"""The search form: a visitor's words, checked before they reach the database."""

from django import forms
from django.utils.translation import gettext_lazy as _

from campaign.site.search.text import query_terms


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=100, required=False, strip=True)

    def clean_q(self):
        query = self.cleaned_data["q"]
        if query and not query_terms(query):
            raise forms.ValidationError(_("Enter a word to search for."))
        return query
