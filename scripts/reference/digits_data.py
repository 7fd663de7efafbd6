"""Writes public/digits.bin.gz from scikit-learn's copy of the UCI digits (digits.csv.gz).

Each CSV row is 64 pixels (0-16) then the label; each output record is the label byte, then the
64 pixel bytes, so the page reads it with a few lines and no CSV parser.
Usage: python3 scripts/reference/digits_data.py path/to/sklearn/datasets/data/digits.csv.gz
(Debian: `apt-get download python3-sklearn && dpkg -x python3-sklearn_*.deb x` extracts it.)
"""
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(source: str) -> None:
    rows = [list(map(int, line.split(","))) for line in gzip.open(source, "rt") if line.strip()]
    assert len(rows) == 1797 and all(len(r) == 65 for r in rows)
    data = bytes(v for r in rows for v in [r[-1]] + r[:-1])
    # mtime=0 keeps the file byte-identical from run to run
    (ROOT / "public" / "digits.bin.gz").write_bytes(gzip.compress(data, 9, mtime=0))


if __name__ == "__main__":
    main(sys.argv[1])
