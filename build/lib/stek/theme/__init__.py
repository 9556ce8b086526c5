"""The STEK's own theme: templates, stylesheets and the page scripts, shipped with the package.

MkDocs and ProperDocs find a theme's folder through this module's file (the `stek` entry point).
"""
