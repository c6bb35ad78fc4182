"""The public forms' names, as the views pass them to pages.abuse.limit_posts."""

FORM_NAMES = [
    "job-application",
    "volunteer-registration",
    "volunteer-link",
    "volunteer-interest",
    "conference-registration",
    "saved-search",
    "join-network",
]
