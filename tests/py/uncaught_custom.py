# An uncaught custom exception raised "from" another: last stderr line names the outer one.
class ConfigError(Exception):
    pass


def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("missing key: port") from e


print("loading")
try:
    load({})
except ConfigError as e:
    print("handled once:", e, "cause:", repr(e.__cause__))
load({"host": "x"})
