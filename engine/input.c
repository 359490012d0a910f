/* input: names of keys and event types, and the text format of recordings and replays.
 * The parser is strict and bounded (it is a fuzz target): a malformed line is an error
 * with its line number, never a crash or a guess. */
#include "input.h"
#include "array.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const key_names[KEY_COUNT] = {
    "none", "up", "down", "left", "right", "enter", "escape", "tab", "space", "backspace",
    "delete", "home", "end", "pageup", "pagedown", "plus", "minus", "f1", "f2", "f5", "f11", "f12",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
};

static const char *const type_names[EV_TYPE_COUNT] = {
    "none", "quit", "resize", "down", "up", "move", "wheel", "pinch", "keydown", "keyup", "text",
};

const char *input_key_name(Key k)
{
    return (k >= 0 && k < KEY_COUNT) ? key_names[k] : "none";
}

Key input_key_parse(const char *name)
{
    for (int i = 0; i < KEY_COUNT; i++)
        if (!strcmp(key_names[i], name))
            return (Key)i;
    return KEY_NONE;
}

int input_event_format(const InputEvent *e, char *buf, int len)
{
    const char *t = (e->type >= 0 && e->type < EV_TYPE_COUNT) ? type_names[e->type] : "none";
    switch (e->type) {
    case EV_POINTER_DOWN: case EV_POINTER_UP: case EV_POINTER_MOVE:
        return snprintf(buf, (size_t)len, "%u %s %.2f %.2f %d", e->ms, t, e->x, e->y, e->button);
    case EV_WHEEL:
        return snprintf(buf, (size_t)len, "%u %s %.2f %.2f %.2f", e->ms, t, e->x, e->y, e->dy);
    case EV_PINCH:
        return snprintf(buf, (size_t)len, "%u %s %.2f %.2f %.6g", e->ms, t, e->x, e->y, e->scale);  /* %g: a tiny scale must not print as 0 */
    case EV_KEY_DOWN: case EV_KEY_UP:
        return snprintf(buf, (size_t)len, "%u %s %s %d", e->ms, t, input_key_name(e->key), e->mods);
    case EV_TEXT: {
        /* text is written as hex so that spaces and odd bytes survive */
        int n = snprintf(buf, (size_t)len, "%u %s ", e->ms, t);
        for (const unsigned char *p = (const unsigned char *)e->text; *p && n + 3 < len; p++)
            n += snprintf(buf + n, (size_t)(len - n), "%02x", *p);
        return n;
    }
    case EV_RESIZE:
        return snprintf(buf, (size_t)len, "%u %s %.0f %.0f", e->ms, t, e->x, e->y);
    default:
        return snprintf(buf, (size_t)len, "%u %s", e->ms, t);
    }
}

static bool parse_float(char **p, float *out)
{
    char *end;
    double v = strtod(*p, &end);
    if (end == *p || !isfinite(v) || fabs(v) > 1e6)
        return false;
    *out = (float)v;
    *p = end;
    return true;
}

static bool parse_word(char **p, char *out, int len)
{
    while (**p == ' ' || **p == '\t') (*p)++;
    int n = 0;
    while (**p && **p != ' ' && **p != '\t' && **p != '\r' && **p != '\n') {
        if (n + 1 >= len)
            return false;
        out[n++] = *(*p)++;
    }
    out[n] = 0;
    return n > 0;
}

static bool at_end(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') p++;
    return *p == 0;
}

bool input_event_parse(const char *line, InputEvent *out)
{
    char buf[256], word[80];
    if (strlen(line) >= sizeof buf)
        return false;
    strcpy(buf, line);
    char *p = buf, *end;
    memset(out, 0, sizeof *out);
    unsigned long ms = strtoul(p, &end, 10);
    if (end == p || ms > 0xffffffffUL)
        return false;
    out->ms = (uint32_t)ms;
    p = end;
    if (!parse_word(&p, word, sizeof word))
        return false;
    int type = -1;
    for (int i = 1; i < EV_TYPE_COUNT; i++)
        if (!strcmp(type_names[i], word))
            type = i;
    if (type < 0)
        return false;
    out->type = (EventType)type;
    float b = 0;
    switch (out->type) {
    case EV_POINTER_DOWN: case EV_POINTER_UP: case EV_POINTER_MOVE:
        if (!parse_float(&p, &out->x) || !parse_float(&p, &out->y) || !parse_float(&p, &b))
            return false;
        if (b < 0 || b > 9)
            return false;
        out->button = (int)b;
        break;
    case EV_WHEEL:
        if (!parse_float(&p, &out->x) || !parse_float(&p, &out->y) || !parse_float(&p, &out->dy))
            return false;
        break;
    case EV_PINCH:
        if (!parse_float(&p, &out->x) || !parse_float(&p, &out->y) || !parse_float(&p, &out->scale) ||
            out->scale <= 0)
            return false;
        break;
    case EV_KEY_DOWN: case EV_KEY_UP:
        if (!parse_word(&p, word, sizeof word))
            return false;
        out->key = input_key_parse(word);
        if (out->key == KEY_NONE || !parse_float(&p, &b) || b < 0 || b > 7)
            return false;
        out->mods = (int)b;
        break;
    case EV_TEXT: {
        if (!parse_word(&p, word, sizeof word) || strlen(word) % 2 || strlen(word) / 2 >= sizeof out->text)
            return false;
        for (size_t i = 0; i < strlen(word) / 2; i++) {
            char hex[3] = {word[2 * i], word[2 * i + 1], 0};
            char *e2;
            long v = strtol(hex, &e2, 16);
            if (*e2 || v <= 0)
                return false;
            out->text[i] = (char)v;
        }
        break;
    }
    case EV_RESIZE:
        if (!parse_float(&p, &out->x) || !parse_float(&p, &out->y) || out->x < 1 || out->y < 1)
            return false;
        break;
    default:
        break;
    }
    return at_end(p);
}

struct InputRecorder { FILE *f; };

InputRecorder *input_record_open(const char *path, const char *header)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return NULL;
    InputRecorder *r = malloc(sizeof *r);
    if (!r) { fclose(f); return NULL; }
    r->f = f;
    fprintf(f, "# %s\n", header ? header : "input recording");
    return r;
}

void input_record_event(InputRecorder *r, const InputEvent *e)
{
    char line[256];
    if (!r || e->type == EV_NONE)
        return;
    input_event_format(e, line, sizeof line);
    fprintf(r->f, "%s\n", line);
    fflush(r->f);
}

void input_record_close(InputRecorder *r)
{
    if (!r) return;
    fclose(r->f);
    free(r);
}

int input_replay_parse(InputReplay *r, const char *text, size_t len, char *err, int errlen)
{
    memset(r, 0, sizeof *r);
    int cap = 0, lineno = 0;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n') j++;
        lineno++;
        char line[256];
        size_t n = j - i;
        if (n >= sizeof line || memchr(text + i, 0, n)) {
            snprintf(err, (size_t)errlen, "%d: line too long or not text", lineno);
            input_replay_unload(r);
            return -1;
        }
        memcpy(line, text + i, n);
        line[n] = 0;
        i = j + 1;
        if (at_end(line) || line[0] == '#')
            continue;
        InputEvent e;
        if (!input_event_parse(line, &e)) {
            snprintf(err, (size_t)errlen, "%d: not an input event: %.60s", lineno, line);
            input_replay_unload(r);
            return -1;
        }
        InputEvent *ne = array_grow(r->events, &cap, r->count + 1, sizeof *ne);
        if (!ne) {
            snprintf(err, (size_t)errlen, "out of memory");
            input_replay_unload(r);
            return -1;
        }
        r->events = ne;
        r->events[r->count++] = e;
    }
    return r->count;
}

int input_replay_load(InputReplay *r, const char *path, char *err, int errlen)
{
    memset(r, 0, sizeof *r);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, (size_t)errlen, "%s: cannot open", path);
        return -1;
    }
    char *buf = malloc(1 << 22);
    size_t n = buf ? fread(buf, 1, (1 << 22) - 1, f) : 0;
    bool unreadable = ferror(f);   /* a folder opens but cannot be read */
    fclose(f);
    if (!buf || unreadable) {
        snprintf(err, (size_t)errlen, "%s: %s", path, buf ? "cannot read (a folder?)" : "out of memory");
        free(buf);
        return -1;
    }
    char sub[200];
    int rc = input_replay_parse(r, buf, n, sub, sizeof sub);
    free(buf);
    if (rc < 0)
        snprintf(err, (size_t)errlen, "%s:%s", path, sub);
    return rc;
}

void input_replay_unload(InputReplay *r)
{
    free(r->events);
    memset(r, 0, sizeof *r);
}
