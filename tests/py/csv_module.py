import csv, io
data = 'a,b,c\r\n1,"two, 2","say ""hi"""\r\n,,\r\n"multi\nline",x,\r\n'
for row in csv.reader(io.StringIO(data, newline='')):
    print(row)
r = csv.reader(['a;b', ' c; "d"'], delimiter=';', skipinitialspace=True)
print(list(r), r.line_num)
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
out = io.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'd"e', None, 3, 2.5, 'line\nbreak'])
w.writerows([[1, 2], [''], []])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writerow(['x', 1])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
w.writerow(['x', 1, 2.0, None])
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w.writerow(['a,b', 'c'])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['name', 'age'])
dw.writeheader(); dw.writerow({'name': 'Ann', 'age': 30})
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO('name,age\nBob,5\nCy,7\n'))))
print(csv.list_dialects(), csv.get_dialect('excel').delimiter, csv.excel_tab.delimiter)
for bad in ['"a"b', 'a\0b']:
    try:
        print(list(csv.reader([bad], strict=True)))
    except csv.Error as e:
        print('Error', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
try:
    csv.reader([], delimiter='ab')
except TypeError as e:
    print('TypeError', e)
print(list(csv.reader(['"unterminated'])))
sniff = csv.Sniffer().sniff('a;b;c\n1;2;3\n')
print(sniff.delimiter)
