# Classes: attributes, inheritance, super(), MRO, classmethod/staticmethod.
class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name}) -> {self.speak()}"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def is_animal(obj):
        return isinstance(obj, Animal)


class Dog(Animal):
    def __init__(self, name, breed="mutt"):
        super().__init__(name, "woof")
        self.breed = breed

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return "tiny " + super().speak()


a = Animal("generic")
d = Dog("rex", "lab")
p = Puppy.create("bit")
for x in (a, d, p):
    print(x.describe())
print(Animal.count, d.kingdom, d.breed, p.breed, Animal.is_animal(p), Animal.is_animal(3))
print(isinstance(p, Dog), isinstance(d, Puppy), issubclass(Puppy, Animal), issubclass(bool, int))
print([k.__name__ for k in Puppy.__mro__], type(p).__name__, type(p) is Puppy)
d.kingdom = "own"
print(d.kingdom, Animal.kingdom, "kingdom" in d.__dict__, sorted(vars(a)))
print(hasattr(d, "breed"), getattr(d, "nope", "fallback"))
setattr(d, "age", 3)
print(d.age)
delattr(d, "age")
print(hasattr(d, "age"))


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Rect(2, 3), Square(4)]
print([s.area() for s in shapes], sum(s.area() for s in shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


obj = Slotted()
try:
    obj.y = 2
except AttributeError:
    print("AttributeError on slotted attr")
print(obj.x, Dog.__name__, Dog.__bases__[0].__name__)
