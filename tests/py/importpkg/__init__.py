"""A package used by tests/py/imports.py."""
from .core import greet
from . import sub
VERSION = "1.0"
print("importpkg init", __name__, __package__)
