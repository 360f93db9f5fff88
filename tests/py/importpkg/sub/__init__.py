from ..helpers import shout as _shout
from .. import core

VALUE = _shout("sub")
