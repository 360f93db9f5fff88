# sys.exit(3) ends the program with exit status 3; finally blocks still run.
import sys

print("starting")
try:
    sys.exit(3)
finally:
    print("finally before exit")
print("never printed")
