# Packages, relative imports, submodules, import cycles, sys.modules, __name__.
import sys
import importpkg
from importpkg import greet, VERSION
from importpkg.sub import VALUE
import importpkg.core as core_mod
from importpkg import cyc_a

print(greet("world"), VERSION, VALUE)
print(core_mod.__name__, importpkg.sub.core is core_mod)
print(cyc_a.from_b(), importpkg.cyc_b.from_a())
print("importpkg" in sys.modules, "importpkg.sub" in sys.modules, __name__)
try:
    import importpkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from importpkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
import math as m, time
print(m.sqrt(16), type(time.time()).__name__)
