"""The admin screen where editors import legal instruments from a spreadsheet."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from buenas_practicas.importing import (
    COLUMNS,
    SpreadsheetError,
    import_instruments,
    read_rows,
)
from buenas_practicas.models import RepositoryIndexPage

MAX_FILE_SIZE = 5 * 1024 * 1024


class InstrumentImportForm(forms.Form):
    index = forms.ModelChoiceField(
        label=_("repository"),
        queryset=RepositoryIndexPage.objects.all().select_related("locale"),
    )
    file = forms.FileField(
        label=_("spreadsheet"), help_text=_("A .csv (UTF-8) or .xlsx file.")
    )
    dry_run = forms.BooleanField(
        label=_("only check the rows, import nothing"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


def import_view(request: HttpRequest) -> HttpResponse:
    form = InstrumentImportForm(request.POST or None, request.FILES or None)
    report = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            index = form.cleaned_data["index"]
            if not index.permissions_for_user(request.user).can_add_subpage():
                raise PermissionDenied
            upload = form.cleaned_data["file"]
            try:
                rows = read_rows(upload.read(), upload.name)
            except SpreadsheetError as error:
                form.add_error("file", str(error))
                status = 400
            else:
                report = import_instruments(
                    index, rows, dry_run=form.cleaned_data["dry_run"]
                )
        else:
            status = 400

    context = {"form": form, "report": report, "columns": COLUMNS}
    return TemplateResponse(
        request,
        "buenas_practicas/admin/import_instruments.html",
        context,
        status=status,
    )
