class C:
    def m(self):
        return self.missing_attribute

obj = C()
result = obj.m()
