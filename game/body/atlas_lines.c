/* atlas_lines: the lines atlas messages name. An atlas file is read item by item, and every
 * message gives the line of the item's id or of one of its keys; the source index
 * (SrcIndex) answers those lookups from tables made in one pass over the file (atlas_read.h:
 * line_at, ld_line, find_word). */
#include "body/atlas_read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* An atlas file is read item by item, and every item looks up the line of its id and of
 * some of its keys (for messages): searched in the text each time, that was most of the
 * atlas's load time. The index answers the same questions from tables made in one pass:
 * where each line starts, where each identifier in quotes first stands, and (per key word,
 * on first use) where the word stands. It gives the very answers the searches give. */
typedef struct QuotedId { uint32_t off, len, first[2]; } QuotedId;   /* first "id", first 'id' */
typedef struct WordHits { char word[32]; uint32_t *at; int n; } WordHits;

#define SRC_WORDS 24

struct SrcIndex {
    const char *src;
    size_t len;
    uint32_t *nl;                 /* offsets of the newlines */
    int nnl;
    QuotedId *ids;                /* open addressing; len 0 = empty slot */
    uint32_t idcap;               /* a power of two */
    WordHits words[SRC_WORDS];
    int nwords;
};

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static QuotedId *id_slot(SrcIndex *ix, const char *s, size_t n)
{
    for (uint32_t i = hash_bytes(s, n) & (ix->idcap - 1);; i = (i + 1) & (ix->idcap - 1)) {
        QuotedId *q = &ix->ids[i];
        if (q->len == 0 || (q->len == n && !memcmp(ix->src + q->off, s, n)))
            return q;
    }
}

static void src_index_free(SrcIndex *ix)
{
    if (!ix)
        return;
    free(ix->nl);
    free(ix->ids);
    for (int i = 0; i < ix->nwords; i++)
        free(ix->words[i].at);
    free(ix);
}

/* NULL when out of memory or the file is too large for 32-bit offsets: then the lookups
 * search the text. */
static SrcIndex *src_index_new(const char *src)
{
    size_t len = strlen(src);
    SrcIndex *ix = len < UINT32_MAX / 2 ? calloc(1, sizeof *ix) : NULL;
    if (!ix)
        return NULL;
    ix->src = src;
    ix->len = len;
    /* memchr and strpbrk skip the text many bytes at a time: a file is mostly numbers */
    size_t nnl = 0, nquotes = 0;
    for (const char *p = src; (p = memchr(p, '\n', len - (size_t)(p - src))); p++)
        nnl++;
    for (const char *p = src; (p = strpbrk(p, "\"'")); p++)
        nquotes++;
    ix->idcap = 16;
    while (ix->idcap < 2 * nquotes + 16)
        ix->idcap *= 2;
    ix->nl = malloc(sizeof *ix->nl * (nnl ? nnl : 1));
    ix->ids = calloc(ix->idcap, sizeof *ix->ids);
    if (!ix->nl || !ix->ids) {
        src_index_free(ix);
        return NULL;
    }
    for (const char *p = src; (p = memchr(p, '\n', len - (size_t)(p - src))); p++)
        ix->nl[ix->nnl++] = (uint32_t)(p - src);
    for (const char *p = src; (p = strpbrk(p, "\"'")); p++) {
        size_t i = (size_t)(p - src);
        /* a quote, identifier characters, the same quote: where the search for that
         * quoted identifier would stop */
        size_t k = i + 1;
        while (k < len && is_ident_char(src[k]))
            k++;
        if (k == i + 1 || k >= len || src[k] != src[i])
            continue;
        QuotedId *q = id_slot(ix, src + i + 1, k - i - 1);
        int which = src[i] == '\'';
        if (q->len == 0) {
            q->off = (uint32_t)(i + 1);
            q->len = (uint32_t)(k - i - 1);
            q->first[0] = q->first[1] = UINT32_MAX;
        }
        if (q->first[which] == UINT32_MAX)
            q->first[which] = (uint32_t)i;
    }
    return ix;
}

/* A line asked for (ld_line): the id and keys copied, and the fallback of that moment. */
typedef struct LineAsk {
    uint32_t id, key1, key2;   /* offsets in ld->ask_text; UINT32_MAX: none */
    int fallback;              /* ld->hint_line when asked (0: none), a line or a reference */
    int line;                  /* 0 until found */
    bool last;
} LineAsk;

void ld_source_set(Loader *ld, const char *src)
{
    src_index_free(ld->ix);
    ld->ix = NULL;
    ld->src = src;
    free(ld->asks);
    free(ld->ask_text);
    ld->asks = NULL;
    ld->ask_text = NULL;
    ld->nasks = ld->asks_cap = 0;
    ld->ask_text_len = ld->ask_text_cap = 0;
}

static SrcIndex *src_index(const Loader *ld)
{
    Loader *l = (Loader *)ld;   /* the index is not part of what a lookup reads */
    if (!l->ix && l->src)
        l->ix = src_index_new(l->src);
    return l->ix && l->ix->src == l->src ? l->ix : NULL;
}

int line_at(const Loader *ld, const char *p)
{
    SrcIndex *ix = src_index(ld);
    if (ix && p >= ix->src && p <= ix->src + ix->len) {
        /* the line is one more than the newlines before p */
        uint32_t off = (uint32_t)(p - ix->src);
        int lo = 0, hi = ix->nnl;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (ix->nl[mid] < off) lo = mid + 1;
            else hi = mid;
        }
        return lo + 1;
    }
    int line = 1;
    for (const char *s = ld->src; s && s < p && *s; s++)
        if (*s == '\n')
            line++;
    return line;
}

static bool all_ident(const char *s)
{
    for (; *s; s++)
        if (!is_ident_char(*s))
            return false;
    return true;
}

/* "s" or 's' with its quotes, first (or last) occurrence */
static const char *find_quoted(const Loader *ld, const char *s, bool last)
{
    if (!ld->src || !s || !*s || strlen(s) > 200)
        return NULL;
    SrcIndex *ix = last || !all_ident(s) ? NULL : src_index(ld);
    if (ix) {
        QuotedId *q = id_slot(ix, s, strlen(s));
        if (q->len == 0)
            return NULL;
        uint32_t at = q->first[0] < q->first[1] ? q->first[0] : q->first[1];
        return ix->src + at;
    }
    const char *best = NULL;
    for (int q = 0; q < 2; q++) {
        char pat[210];
        snprintf(pat, sizeof pat, q ? "'%s'" : "\"%s\"", s);
        for (const char *p = strstr(ld->src, pat); p; p = strstr(p + 1, pat)) {
            if (!best || (last ? p > best : p < best))
                best = p;
            if (!last)
                break;
        }
    }
    return best;
}

const char *find_word(const char *from, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = strstr(from, w); p; p = strstr(p + 1, w)) {
        bool start = p == from || !is_ident_char(p[-1]);
        if (start && !is_ident_char(p[n]))
            return p;
    }
    return NULL;
}

/* Every place w stands in the file (as strstr finds them, whole word or not). */
static WordHits *word_hits(SrcIndex *ix, const char *w)
{
    size_t n = strlen(w);
    for (int i = 0; i < ix->nwords; i++)
        if (!strcmp(ix->words[i].word, w))
            return &ix->words[i];
    if (ix->nwords == SRC_WORDS || n == 0 || n >= sizeof ix->words[0].word)
        return NULL;
    int count = 0;
    for (const char *p = strstr(ix->src, w); p; p = strstr(p + 1, w))
        count++;
    WordHits *h = &ix->words[ix->nwords];
    h->at = malloc(sizeof *h->at * (size_t)(count ? count : 1));
    if (!h->at)
        return NULL;
    memcpy(h->word, w, n + 1);
    for (const char *p = strstr(ix->src, w); p; p = strstr(p + 1, w))
        h->at[h->n++] = (uint32_t)(p - ix->src);
    ix->nwords++;
    return h;
}

/* find_word(from, w) for a position in the current file. */
static const char *ld_find_word(const Loader *ld, const char *from, const char *w)
{
    SrcIndex *ix = src_index(ld);
    WordHits *h = ix && from >= ix->src && from <= ix->src + ix->len ? word_hits(ix, w) : NULL;
    if (!h)
        return find_word(from, w);
    size_t n = strlen(w);
    uint32_t off = (uint32_t)(from - ix->src);
    int lo = 0, hi = h->n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (h->at[mid] < off) lo = mid + 1;
        else hi = mid;
    }
    for (int i = lo; i < h->n; i++) {
        const char *p = ix->src + h->at[i];
        bool start = p == from || !is_ident_char(p[-1]);
        if (start && !is_ident_char(p[n]))
            return p;
    }
    return NULL;
}

/* The line of the quoted id, then of key1 and key2 after it; 0 when the id is not in the text. */
static int line_find(Loader *ld, const char *id, bool last, const char *key1, const char *key2)
{
    const char *p = find_quoted(ld, id, last);
    if (!p)
        return 0;
    const char *r;
    if (key1 && (r = ld_find_word(ld, p, key1)))
        p = r;
    if (key2 && (r = ld_find_word(ld, p, key2)))
        p = r;
    return line_at(ld, p);
}

/* Copies s (NULL: none) into ld->ask_text; false when out of memory. */
static bool ask_text_add(Loader *ld, const char *s, uint32_t *at)
{
    *at = UINT32_MAX;
    if (!s)
        return true;
    size_t n = strlen(s) + 1;
    if (ld->ask_text_len + n > ld->ask_text_cap) {
        size_t cap = ld->ask_text_cap ? 2 * ld->ask_text_cap : 4096;
        while (cap < ld->ask_text_len + n)
            cap *= 2;
        char *grown = cap < UINT32_MAX ? realloc(ld->ask_text, cap) : NULL;
        if (!grown)
            return false;
        ld->ask_text = grown;
        ld->ask_text_cap = cap;
    }
    memcpy(ld->ask_text + ld->ask_text_len, s, n);
    *at = (uint32_t)ld->ask_text_len;
    ld->ask_text_len += n;
    return true;
}

/* Notes the question and returns its reference -(index + 1); 0 when out of memory. */
static int ask_add(Loader *ld, const char *id, bool last, const char *key1, const char *key2)
{
    if (ld->nasks == ld->asks_cap) {
        int cap = ld->asks_cap ? 2 * ld->asks_cap : 256;
        LineAsk *grown = cap < (1 << 28) ? realloc(ld->asks, sizeof *grown * (size_t)cap) : NULL;
        if (!grown)
            return 0;
        ld->asks = grown;
        ld->asks_cap = cap;
    }
    LineAsk *q = &ld->asks[ld->nasks];
    if (!ask_text_add(ld, id, &q->id) || !ask_text_add(ld, key1, &q->key1) || !ask_text_add(ld, key2, &q->key2))
        return 0;
    q->fallback = ld->hint_line;
    q->line = 0;
    q->last = last;
    return -(++ld->nasks);
}

static const char *ask_str(const Loader *ld, uint32_t at)
{
    return at == UINT32_MAX ? NULL : ld->ask_text + at;
}

int ld_line_of(Loader *ld, int line)
{
    if (line >= 0)
        return line;
    /* follow the fallbacks of ids that are not in the text down to a line (an ask falls
     * back only on earlier ones), then note the answer on the way */
    int cur = line, found = 1;
    while (cur < 0 && -cur <= ld->nasks) {
        LineAsk *q = &ld->asks[-cur - 1];
        found = q->line;
        if (!found)
            found = line_find(ld, ask_str(ld, q->id), q->last, ask_str(ld, q->key1), ask_str(ld, q->key2));
        if (found) {
            q->line = found;
            break;
        }
        cur = q->fallback;
        found = cur > 0 ? cur : 1;
    }
    for (cur = line; cur < 0 && -cur <= ld->nasks && !ld->asks[-cur - 1].line; cur = ld->asks[-cur - 1].fallback)
        ld->asks[-cur - 1].line = found;
    return found;
}

/* Line of the quoted id, then of key1 and key2 after it; falls back to the last id found.
 * Answered when needed (ld_line_of): the answer depends only on the text and the fallback. */
int ld_line_ex(Loader *ld, const char *id, bool last, const char *key1, const char *key2)
{
    if (!ld->src || !id || !*id || strlen(id) > 200)   /* find_quoted would not find it */
        return ld->hint_line != 0 ? ld->hint_line : 1;
    int ref = ask_add(ld, id, last, key1, key2);
    if (ref)
        return ref;
    int found = line_find(ld, id, last, key1, key2);   /* out of memory: answer now */
    return found ? found : ld->hint_line != 0 ? ld_line_of(ld, ld->hint_line) : 1;
}

int ld_line(Loader *ld, const char *id, const char *key1, const char *key2)
{
    return ld_line_ex(ld, id, false, key1, key2);
}
