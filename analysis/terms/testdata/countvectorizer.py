"""The peer dipstat's n-gram counting is measured against (make bench-scale).

scikit-learn's CountVectorizer(ngram_range=(1, 3)) over every file of a folder,
as an analyst would run it: the files read by the vectorizer itself, its
default tokenizer and no stopwords. Prints one line to stderr; the caller
times the process.

    python3 countvectorizer.py FOLDER
"""
import os
import sys

from sklearn.feature_extraction.text import CountVectorizer

folder = sys.argv[1]
files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if not f.startswith("."))
matrix = CountVectorizer(input="filename", ngram_range=(1, 3)).fit_transform(files)
print(f"countvectorizer: {matrix.shape[0]} documents, {matrix.shape[1]} 1..3-grams, {matrix.nnz} nonzero counts", file=sys.stderr)
