naïve = "é"
résultat = naïve + 1
