/* jscan: JSON values read in place (see jscan.h). Nesting is followed by skipping whole
 * values, so a key is only found at its own object's level. */
#include "records/jscan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *ws(const char *p)
{
    while (p && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

static const char *skip_string(const char *p)
{
    for (p++; *p && *p != '"'; p++)
        if (*p == '\\' && !*++p) return NULL;
    return *p == '"' ? p + 1 : NULL;
}

const char *jscan_skip(const char *v)
{
    const char *p = ws(v);
    if (!p || !*p) return NULL;
    if (*p == '"') return skip_string(p);
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        p = ws(p + 1);
        if (p && *p == close) return p + 1;
        while (p && *p) {
            if (close == '}') {   /* "key": */
                if (*p != '"' || !(p = ws(skip_string(p))) || *p != ':') return NULL;
                p++;
            }
            if (!(p = ws(jscan_skip(p)))) return NULL;
            if (*p == ',') p = ws(p + 1);
            else if (*p == close) return p + 1;
            else return NULL;
        }
        return NULL;
    }
    /* a number or a literal: up to the next delimiter */
    const char *s = p;
    for (;; p++) {
        switch (*p) {
        case 0: case ',': case ']': case '}': case ' ': case '\t': case '\r': case '\n':
            return p > s ? p : NULL;
        default: break;
        }
    }
}

const char *jscan_key(const char *obj, const char *key)
{
    const char *p = ws(obj);
    if (!p || *p != '{') return NULL;
    size_t klen = strlen(key);
    p = ws(p + 1);
    while (p && *p == '"') {
        const char *k = p + 1, *end = skip_string(p);
        if (!end) return NULL;
        bool match = (size_t)(end - 1 - k) == klen && !memcmp(k, key, klen);
        p = ws(end);
        if (!p || *p != ':') return NULL;
        p = ws(p + 1);
        if (match) return p;
        p = ws(jscan_skip(p));
        if (!p || *p != ',') return NULL;
        p = ws(p + 1);
    }
    return NULL;
}

static int hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

static size_t put_utf8(char *out, size_t room, uint32_t c)
{
    unsigned char b[4];
    size_t n;
    if (c < 0x80) b[0] = (unsigned char)c, n = 1;
    else if (c < 0x800) b[0] = (unsigned char)(0xC0 | c >> 6), b[1] = (unsigned char)(0x80 | (c & 0x3F)), n = 2;
    else if (c < 0x10000)
        b[0] = (unsigned char)(0xE0 | c >> 12), b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F)),
        b[2] = (unsigned char)(0x80 | (c & 0x3F)), n = 3;
    else
        b[0] = (unsigned char)(0xF0 | c >> 18), b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F)),
        b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F)), b[3] = (unsigned char)(0x80 | (c & 0x3F)), n = 4;
    if (n > room) return 0;
    memcpy(out, b, n);
    return n;
}

bool jscan_string(const char *v, char *buf, size_t len)
{
    const char *p = ws(v);
    if (!p || *p != '"' || !len) return false;
    size_t n = 0;
    for (p++; *p && *p != '"'; p++) {
        uint32_t c = (unsigned char)*p;
        if (c == '\\') {
            switch (*++p) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u':
                if (hex4(p + 1, &c) != 0) return false;
                p += 4;
                if (c >= 0xD800 && c < 0xDC00 && p[1] == '\\' && p[2] == 'u') {
                    uint32_t lo;
                    if (hex4(p + 3, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                        p += 6;
                    }
                }
                n += put_utf8(buf + n, len - 1 - n, c);
                continue;
            case 0: return false;
            default: c = (unsigned char)*p;
            }
        }
        if (n + 1 < len) buf[n++] = (char)c;
    }
    buf[n] = 0;
    return *p == '"';
}

bool jscan_number(const char *v, double *out)
{
    const char *p = ws(v);
    if (!p || !(*p == '-' || (*p >= '0' && *p <= '9'))) return false;
    char *end;
    *out = strtod(p, &end);
    return end > p;
}

int jscan_bool(const char *v)
{
    const char *p = ws(v);
    if (p && !strncmp(p, "true", 4)) return 1;
    if (p && !strncmp(p, "false", 5)) return 0;
    return -1;
}

const char *jscan_first(const char *v)
{
    const char *p = ws(v);
    if (!p || *p != '[') return NULL;
    p = ws(p + 1);
    return p && *p && *p != ']' ? p : NULL;
}

const char *jscan_next(const char *elem)
{
    const char *p = ws(jscan_skip(elem));
    if (!p || *p != ',') return NULL;
    return ws(p + 1);
}
