from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Optional
import inspect

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), asdict(p), astuple(p), replace(p, x=5))
print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5)]), [f.name for f in fields(Point)])
print(Point.__doc__)
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw) -> int: pass
print(inspect.signature(f), inspect.isfunction(f), inspect.getmembers(p)[:0])
@dataclass
class Node:
    value: int
    next: Optional['Node'] = None
print(Node(1, Node(2)))
import ast, errno, importlib
print(ast.Name('x', ast.Load()).id, ast.BinOp._fields, isinstance(ast.Add(), ast.operator), errno.errorcode[errno.ENOENT])
print(importlib.import_module('json').dumps([1]), inspect.isclass(Point), inspect.getdoc(Version))
import importlib.util
import types
print(importlib.util.find_spec('no_such_module_xyz'), importlib.import_module('os.path').join('a', 'b'), types.ModuleType('mm', 'docs'))
try:
    importlib.import_module('no_such_module_xyz')
except ModuleNotFoundError as e:
    print(e)
