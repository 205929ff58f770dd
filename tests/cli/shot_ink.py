# shot_ink.py: does a screenshot show a drawing? Decodes the PNG by hand (no imaging library),
# samples every STEP-th row and every fourth pixel, and passes when there are at least 16
# colours and more than MIN_SHARE of the sampled pixels are not background (lighter than 235).
# usage: shot_ink.py PNG STEP MIN_SHARE
import struct, sys, zlib

path, step, min_share = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
data = open(path, 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, ihdr = 8, b'', None
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        ihdr = struct.unpack('>IIBBBBB', body)
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
w, h, depth, ctype = ihdr[:4]
assert depth == 8 and ctype in (2, 6), ihdr
bpp = 3 if ctype == 2 else 4
raw, stride, prev, colours, inked, seen = zlib.decompress(idat), w * bpp, bytearray(w * bpp), set(), 0, 0
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % step == 0:
        for i in range(0, stride, bpp * 4):
            px = bytes(line[i:i + 3])
            colours.add(px)
            seen += 1
            inked += min(px) < 235
    prev = line
share = inked / seen
print('# %d colours, %.1f%% of pixels not background' % (len(colours), 100 * share))
sys.exit(0 if len(colours) >= 16 and share > min_share else 'blank: %d colours, %.3f inked' % (len(colours), share))
