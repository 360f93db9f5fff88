# The traceback module and logging.exception over pyjit's traceback objects
# (tb_frame.f_code/f_globals, linecache reading the source through tokenize).
import io
import logging
import sys
import tokenize
import traceback


def f():
    raise ValueError("bad value")


def here(text):
    return text.replace(__file__, "FILE")


try:
    f()
except ValueError:
    print(here(traceback.format_exc()))
    print(traceback.extract_tb(sys.exc_info()[2])[-1].name)
log = io.StringIO()
logging.basicConfig(stream=log, format='%(levelname)s %(message)s')
try:
    f()
except ValueError:
    logging.exception("failed")
print(here(log.getvalue()))
with open(__file__, 'rb') as raw:
    w = io.TextIOWrapper(raw, encoding='utf-8')
    print(w.readline().rstrip(), w.encoding)
print(tokenize.open(__file__).readline().rstrip())
