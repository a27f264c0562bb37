"""attrlint's built-in plugins: the core rules, output formats and readers.

They are registered through the ``attrlint`` entry-point group like any
third-party plugin (see ``pyproject.toml``).
"""
