# Minimal R serialization (XDR, version 2/3) reader: enough for a data frame of
# character / integer / double columns.
import bz2, gzip, lzma, struct, sys, collections
def load(path):
    raw = open(path,'rb').read()
    for d in (bz2.decompress, gzip.decompress, lzma.decompress):
        try: raw = d(raw); break
        except Exception: pass
    assert raw[:5] in (b'RDX2\n', b'RDX3\n'), raw[:5]
    b = raw[5:]; assert b[:2] == b'X\n'
    pos = 2
    def i32():
        nonlocal pos; v = struct.unpack('>i', b[pos:pos+4])[0]; pos += 4; return v
    ver = i32(); i32(); i32()
    if ver == 3:
        n = i32(); pos += n
    refs = []
    def item():
        nonlocal pos
        flags = i32(); t = flags & 0xff; has_attr = flags & (1<<9); has_tag = flags & (1<<10)
        if t == 254 or t == 242: return None  # NILVALUE / EMPTYENV
        if t in (253, 252, 251, 250, 249, 248, 247, 246): return None
        if t == 255:
            return refs[(flags >> 8) - 1]
        if t == 1:  # SYMSXP
            s = item(); refs.append(s); return s
        if t == 9:
            n = i32()
            if n == -1: return None
            s = b[pos:pos+n].decode('utf-8', 'replace'); pos += n; return s
        if t in (2, 6):  # pairlist
            out = []
            while True:
                attr = item() if has_attr else None
                tag = item() if has_tag else None
                car = item()
                out.append((tag, car))
                nf = i32(); pos -= 4
                if (nf & 0xff) != 2: cdr = item(); break
                flags = i32(); has_attr = flags & (1<<9); has_tag = flags & (1<<10)
            return out
        n = i32()
        if t == 16: v = [item() for _ in range(n)]
        elif t == 19: v = [item() for _ in range(n)]
        elif t in (13, 10): v = list(struct.unpack('>%di' % n, b[pos:pos+4*n])); pos += 4*n
        elif t == 14: v = list(struct.unpack('>%dd' % n, b[pos:pos+8*n])); pos += 8*n
        else: raise ValueError('type %d' % t)
        attrs = item() if has_attr else None
        if t == 19 and attrs:
            names = dict(attrs).get('names')
            if names: return dict(zip(names, v))
        return v
    top = item()
    return top
if __name__ == '__main__':
    top = load(sys.argv[1])
    df = top[0][1]
    print(list(df.keys()), len(df['name']))
