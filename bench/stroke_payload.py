"""Writes a POST /api/predict body of strokes, as the drawing page sends them.

    stroke_payload.py PENDIGITS_GZ DIGIT OUT

The first DIGIT written by a validation writer in the UCI pen digits file (UNIPEN format, tablet y
pointing up), fitted into the page's 400x400 canvas as the page would record it: 260 px tall,
centred, y pointing down, one point every 10 ms. Prints "label=D points=N strokes=S".
"""
import gzip
import json
import sys

VALIDATION_WRITERS = {3, 8, 13, 18, 23, 28}  # as PenDigits.VALIDATION_WRITERS: never trained on


def digits(path):
    """Yields (writer, label, strokes) for every digit in the file: a '.SEGMENT DIGIT' line, a
    '.COMMENT <digit> <writer> <n>' line, then '.PEN_DOWN' and one 'x y' line per point."""
    writer, label, strokes = None, None, []
    for line in gzip.open(path, "rt"):
        if line.startswith(".SEGMENT DIGIT"):
            if label is not None:
                yield writer, label, strokes
            writer, label, strokes = None, line.split('"')[1], []
        elif line.startswith(".COMMENT") and label is not None and writer is None:
            writer = int(line.split()[2])
        elif line.startswith(".PEN_DOWN"):
            strokes.append([])
        elif line[:1] == " " and line.strip() and strokes:
            x, y = map(int, line.split())
            strokes[-1].append((x, y))
    if label is not None:
        yield writer, label, strokes


def main():
    path, want, out = sys.argv[1], sys.argv[2], sys.argv[3]
    strokes = next(s for writer, label, s in digits(path)
                   if label == want and writer in VALIDATION_WRITERS and s)
    xs = [x for s in strokes for x, _ in s]
    ys = [y for s in strokes for _, y in s]
    scale = 260 / max(max(xs) - min(xs), max(ys) - min(ys), 1)
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    t, canvas = 0, []
    for s in strokes:
        points = []
        for x, y in s:
            points.append([round(200 + (x - cx) * scale, 1), round(200 - (y - cy) * scale, 1), t])
            t += 10
        canvas.append(points)
    with open(out, "w") as f:
        json.dump({"strokes": canvas, "width": 400, "height": 400}, f)
    print(f"label={want} points={t // 10} strokes={len(canvas)}")


if __name__ == "__main__":
    main()
