# os and os.path on CPython's own os.py/posixpath.py over pyjit's posix module.
# Runs in a fresh empty working directory.
import os
import os.path
import stat

print(os.name, os.sep, os.path.join('a', 'b', 'c.txt'), os.path.splitext('x/y.tar.gz'))
print(os.path.basename('/a/b/c'), os.path.dirname('/a/b/c'), os.path.normpath('a//b/../c'))
print(os.path.isabs('/x'), os.path.split('/a/b'), os.fspath('p'))
os.mkdir('d')
with open(os.path.join('d', 'f.txt'), 'w') as f:
    f.write('hello')
os.makedirs('d/e/g')
print(sorted(os.listdir('d')), os.path.exists('d/f.txt'), os.path.isdir('d/e'), os.path.isfile('d/e'))
st = os.stat('d/f.txt')
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat('d').st_mode), type(st).__name__, len(st))
print(os.path.getsize('d/f.txt'))
with os.scandir('d') as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
print(sorted((root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk('d')))
os.rename('d/f.txt', 'd/h.txt')
print(sorted(os.listdir('d')))
os.remove('d/h.txt')
try:
    os.remove('d/h.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    os.stat('missing')
except OSError as e:
    print(e)
os.rmdir('d/e/g')
os.removedirs('d/e')
print(os.path.exists('d'), os.getcwd() == os.path.abspath('.'), os.getpid() > 0)
os.environ['PYJIT_TEST_VAR'] = 'v1'
print(os.environ.get('PYJIT_TEST_VAR'), os.getenv('PYJIT_NOPE', 'dflt'), 'PYJIT_TEST_VAR' in os.environ)
fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT)
os.write(fd, b'abc')
os.close(fd)
fd = os.open('raw.bin', os.O_RDONLY)
print(os.read(fd, 10), os.read(fd, 10))
os.close(fd)
print(len(os.urandom(8)), os.strerror(2), os.path.expanduser('~') != '~')
