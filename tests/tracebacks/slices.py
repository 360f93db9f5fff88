m = [[1, 2], [3, 4]]
def cell(i, j):
    return m[i][j] + m[j][i]
cell(0, 5)
