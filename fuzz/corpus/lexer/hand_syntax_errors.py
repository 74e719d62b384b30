def f(:
    pass
x = (1,
if x = 3:
print "hi"
	 mixed
f(**x, *y)
