"""The tagged corpora's readers for the make-*.py scripts that learn from ANERcorp and WikiFANE.

make-organisation-heads.py, the first of them, holds the matching key, the readings and the corpus
readers; the others load it through `organisation_heads()`, so that the key and the readers have one
definition. (A script whose name has hyphens cannot be imported by name, hence the loader.)
"""
import importlib.util
import os


def organisation_heads():
    """scripts/make-organisation-heads.py as a module (its key, readings and corpus readers)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make-organisation-heads.py')
    spec = importlib.util.spec_from_file_location('organisation_heads', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
