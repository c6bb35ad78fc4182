import datetime
from decimal import Decimal

from django.utils import timezone

import factory
import wagtail_factories

from jobs import models


class JobCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategoria {n}")
    slug = factory.Sequence(lambda n: f"kategoria-{n}")

    class Meta:
        model = models.JobCategory


class JobBoardPageFactory(wagtail_factories.PageFactory):
    title = "Praca"
    slug = "praca"

    class Meta:
        model = models.JobBoardPage


class JobIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praca w organizacji"
    slug = "praca"

    class Meta:
        model = models.JobIndexPage


class JobPostingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Księgowy / Księgowa {n}")
    category = factory.SubFactory(JobCategoryFactory)
    employment_type = models.EmploymentType.EMPLOYMENT_CONTRACT
    working_time = models.WorkingTime.FULL_TIME
    salary_min = Decimal("7000")
    salary_max = Decimal("9000")
    work_mode = models.WorkMode.ON_SITE
    city = "Kraków"
    latitude = Decimal("50.061400")
    longitude = Decimal("19.937200")
    deadline_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=20))
    summary = "Prowadzenie księgowości fundacji."
    responsibilities = "<ul><li>księgi rachunkowe</li></ul>"
    requirements = "<ul><li>doświadczenie</li></ul>"
    offer = "<ul><li>umowa o pracę</li></ul>"
    data_protection_notice = "<p>Administratorem danych jest fundacja.</p>"
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.JobPostingPage

    class Params:
        closed = factory.Trait(
            deadline_date=factory.LazyFunction(
                lambda: timezone.localdate() - datetime.timedelta(days=1)
            )
        )
        remote = factory.Trait(
            work_mode=models.WorkMode.REMOTE, city="", latitude=None, longitude=None
        )


class JobApplicationFactory(factory.django.DjangoModelFactory):
    name = "Zofia Wójcik"
    email = factory.Sequence(lambda n: f"kandydatka{n}@example.org")
    cv = factory.django.FileField(filename="cv.pdf", data=b"%PDF-1.4\n%%EOF\n")
    cv_extension = "pdf"
    language_code = "pl"
    consent_given_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.JobApplication
