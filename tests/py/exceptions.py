# try/except/else/finally ordering, raise from, custom exceptions, context.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise ValueError("negative age")
    return age


for value in [5, -1, "x"]:
    try:
        result = validate(value)
    except ValidationError as e:
        print("validation:", e, e.field, isinstance(e, AppError), e.args)
    except (ValueError, TypeError) as e:
        print("value problem:", type(e).__name__, e)
    else:
        print("ok", result)
    finally:
        print("checked", repr(value))


def with_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(with_finally())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

try:
    try:
        raise AppError("first")
    except AppError:
        raise
except AppError as e:
    print("re-raised:", e)

try:
    raise ValueError("a", 2)
except Exception as e:
    print(e, repr(e), e.args, str(e))

errors = []
for thunk in [lambda: int("x"), lambda: [][1], lambda: None.foo, lambda: 1 + "a", lambda: undefined_name_q]:
    try:
        thunk()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
try:
    int("not a number")
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    raise KeyError("kk")
except LookupError as e:
    print(repr(e), str(e))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
print(issubclass(ValidationError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))


def cleanup_order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    return log


print(cleanup_order())
e = None
try:
    raise AppError("scoped")
except AppError as e:
    pass
try:
    print(e)
except NameError:
    print("exception variable is deleted after except block")
