"""The site's own date formats per language (settings.FORMAT_MODULE_PATH); a language without
a module here keeps Django's (Polish: "1 grudnia 2026")."""
