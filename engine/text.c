/* text: fontconfig lookup, SDL_ttf rendering and a texture cache. Strings are rendered
 * once per (face, pixel size, colour, string): the software renderer blits a tinted
 * texture more than ten times slower than a plain one (docs/performance.md), which
 * outweighs keeping a string in two colours. The cache is a fixed table with
 * least-recently-used replacement, and strings no frame drew since the last present go
 * first once the textures pass a quarter of the window's pixels (0.9 MB at 1280x720; a
 * busy frame draws 0.6 MB of strings, a round's screens left 3.7 MB behind): bounded memory
 * whatever the game draws, and never a string dropped that the frame drawing still needs.
 * One SDL_ttf font is open per face, set to the pixel size asked for when a string is
 * rendered or measured (TTF_SetFontSize gives the pixels a font opened at that size
 * gives): a font opened per size held about 220 KB (FreeType's face, HarfBuzz's copies of
 * the tables, the hinter's data), 3.5 MB over the sizes a round uses. Line heights are
 * kept per size, so drawing cached strings never changes the size. */
#include "text.h"
#include "gfx_internal.h"

#include <SDL_ttf.h>
#include <fontconfig/fontconfig.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_SLOTS 512
#define MAX_TEXT 512

typedef struct TextEntry {
    uint64_t hash; int face, px; uint32_t rgb; char *str;
    SDL_Texture *tex; int w, h; uint32_t used;
} TextEntry;

/* The metrics of a face at a size; what text_line_height asks every frame. */
#define METRIC_SLOTS 32
typedef struct FontMetrics { int face, px, height, skip; } FontMetrics;

/* Sizes of strings already measured: wrapping a paragraph measures every prefix of every
 * line, and shaping them again each frame was a tenth of a text-heavy frame. */
#define MEASURE_SLOTS 1024
#define MEASURE_MAX 120
typedef struct MeasureEntry {
    uint64_t hash; int face, px, w, h; uint32_t used; char str[MEASURE_MAX];
} MeasureEntry;

/* Paragraphs wrapped at a size and width: where each line starts and how long it is. */
#define WRAP_SLOTS 64
#define WRAP_LINES 64
typedef struct WrapEntry {
    uint64_t hash; int face, px; uint32_t width; char *str; int nlines;
    uint16_t start[WRAP_LINES], len[WRAP_LINES]; uint32_t used;
} WrapEntry;

typedef struct TextCache {
    TextEntry slots[CACHE_SLOTS];
    TTF_Font *fonts[FONT_FACE_COUNT]; int font_px[FONT_FACE_COUNT];   /* open, at that size */
    FontMetrics metrics[METRIC_SLOTS]; int nmetrics;
    uint32_t clock, frame;            /* frame: the clock when the last frame was presented */
    int count; size_t bytes;          /* textures held, and their pixels' bytes */
    MeasureEntry measures[MEASURE_SLOTS];
    WrapEntry wraps[WRAP_SLOTS];
} TextCache;

static char font_paths[FONT_FACE_COUNT][1024];
static bool fc_used;   /* fontconfig was asked (also with a font file, for the bold face) */

static bool find_font(const char *pattern, char *out, size_t len)
{
    fc_used = true;
    FcPattern *pat = FcNameParse((const FcChar8 *)pattern);
    if (!pat)
        return false;
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *match = FcFontMatch(NULL, pat, &res);
    bool ok = false;
    FcChar8 *file = NULL;
    if (match && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file) {
        const char *f = (const char *)file;
        size_t n = strlen(f);
        /* scalable outline fonts only: SDL_ttf cannot use bitmap formats well */
        if (n > 4 && (!strcmp(f + n - 4, ".ttf") || !strcmp(f + n - 4, ".otf"))) {
            snprintf(out, len, "%s", f);
            ok = true;
        }
    }
    if (match) FcPatternDestroy(match);
    FcPatternDestroy(pat);
    return ok;
}

const char *text_font_path(FontFace face)
{
    return font_paths[face][0] ? font_paths[face] : NULL;
}

bool text_init(Gfx *g, const TextConfig *cfg, char *err, int errlen)
{
    static const TextConfig none = {0};
    if (!cfg)
        cfg = &none;
    const char *family = cfg->family && *cfg->family ? cfg->family : "DejaVu Sans";
    char pattern[256];
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, (size_t)errlen, "cannot start SDL_ttf: %s", TTF_GetError());
        return false;
    }
    if (!font_paths[FONT_REGULAR][0]) {
        snprintf(pattern, sizeof pattern, "%s:style=Book", family);
        if (cfg->font_file && *cfg->font_file)
            snprintf(font_paths[FONT_REGULAR], sizeof font_paths[0], "%s", cfg->font_file);
        else if (!FcInit() || !find_font(pattern, font_paths[FONT_REGULAR], sizeof font_paths[0])) {
            snprintf(err, (size_t)errlen, "no font found: %s",
                     cfg->missing_hint ? cfg->missing_hint : "install a TrueType font");
            return false;
        }
        snprintf(pattern, sizeof pattern, "%s:style=Bold", family);
        if (!find_font(pattern, font_paths[FONT_BOLD], sizeof font_paths[0]))
            snprintf(font_paths[FONT_BOLD], sizeof font_paths[0], "%s", font_paths[FONT_REGULAR]);
    }
    if (!g->text) {
        g->text = calloc(1, sizeof *g->text);
        if (!g->text) {
            snprintf(err, (size_t)errlen, "out of memory");
            return false;
        }
    }
    /* try opening once so a broken font file is reported here, not at first draw */
    TTF_Font *f = TTF_OpenFont(font_paths[FONT_REGULAR], 16);
    if (!f) {
        snprintf(err, (size_t)errlen, "cannot open font %s: %s", font_paths[FONT_REGULAR], TTF_GetError());
        text_shutdown();   /* callers do not shut down what failed to start */
        return false;
    }
    TTF_CloseFont(f);
    return true;
}

void text_shutdown(void)
{
    /* fontconfig keeps its configuration until told otherwise; release it so leak checkers
     * see a clean exit */
    if (fc_used)
        FcFini();
    fc_used = false;
    memset(font_paths, 0, sizeof font_paths);
}

static size_t entry_bytes(const TextEntry *e) { return e->tex ? (size_t)e->w * (size_t)e->h * 4 : 0; }

static void drop(TextCache *c, TextEntry *e)
{
    if (e->tex) {
        c->bytes -= entry_bytes(e);
        c->count--;
        SDL_DestroyTexture(e->tex);
    }
    free(e->str);
    memset(e, 0, sizeof *e);
}

void text_cache_destroy(Gfx *g)
{
    TextCache *c = g->text;
    if (!c)
        return;
    for (int i = 0; i < CACHE_SLOTS; i++)
        drop(c, &c->slots[i]);
    for (int i = 0; i < WRAP_SLOTS; i++)
        free(c->wraps[i].str);
    for (int i = 0; i < FONT_FACE_COUNT; i++)
        if (c->fonts[i])
            TTF_CloseFont(c->fonts[i]);
    free(c);
    g->text = NULL;
}

/* The face's font at px pixels; NULL when it cannot be opened. */
static TTF_Font *font_at(Gfx *g, FontFace face, int px)
{
    TextCache *c = g->text;
    if (!c || (int)face < 0 || face >= FONT_FACE_COUNT)
        return NULL;
    TTF_Font *f = c->fonts[face];
    if (f && c->font_px[face] == px)
        return f;
    if (f) {
        if (TTF_SetFontSize(f, px) != 0)
            return NULL;
        c->font_px[face] = px;
        return f;
    }
    const char *path = font_paths[face][0] ? font_paths[face] : font_paths[FONT_REGULAR];
    if (!(f = TTF_OpenFont(path, px)))
        return NULL;
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    c->fonts[face] = f;
    c->font_px[face] = px;
    return f;
}

/* The face's height and line skip at px, in pixels; false when the font cannot be opened. */
static bool font_metrics(Gfx *g, FontFace face, int px, int *height, int *skip)
{
    TextCache *c = g->text;
    if (!c)
        return false;
    for (int i = 0; i < c->nmetrics; i++)
        if (c->metrics[i].face == (int)face && c->metrics[i].px == px) {
            *height = c->metrics[i].height;
            *skip = c->metrics[i].skip;
            return true;
        }
    TTF_Font *f = font_at(g, face, px);
    if (!f)
        return false;
    *height = TTF_FontHeight(f);
    *skip = TTF_FontLineSkip(f);
    if (c->nmetrics == METRIC_SLOTS) {   /* forget the oldest */
        memmove(c->metrics, c->metrics + 1, sizeof c->metrics[0] * (METRIC_SLOTS - 1));
        c->nmetrics--;
    }
    c->metrics[c->nmetrics++] = (FontMetrics){(int)face, px, *height, *skip};
    return true;
}

static int pixel_size(const Gfx *g, float size)
{
    int px = (int)lroundf(size * g->scale);
    return px < 4 ? 4 : (px > 400 ? 400 : px);
}

static uint64_t hash_text(int face, int px, const char *s)
{
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)(face * 1000 + px);
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
    return h;
}

/* Over the budget, the least recently used strings that no frame drew since the last
 * present go (never `keep`, just made). */
static void trim(Gfx *g, const TextEntry *keep)
{
    TextCache *c = g->text;
    size_t budget = (size_t)g->window_w * (size_t)g->window_h;   /* a quarter of its bytes */
    while (c->bytes > budget) {
        TextEntry *old = NULL;
        for (int i = 0; i < CACHE_SLOTS; i++) {
            TextEntry *e = &c->slots[i];
            if (e->tex && e != keep && e->used <= c->frame && (!old || e->used < old->used))
                old = e;
        }
        if (!old)
            return;
        drop(c, old);
    }
}

static TextEntry *lookup(Gfx *g, FontFace face, int px, Color col, const char *s)
{
    TextCache *c = g->text;
    if (!c || !*s)
        return NULL;
    uint32_t rgb = (uint32_t)col.r << 16 | (uint32_t)col.g << 8 | col.b;
    uint64_t h = hash_text(face, px, s) ^ ((uint64_t)rgb * 0x9E3779B97F4A7C15ULL);
    int start = (int)(h % CACHE_SLOTS), victim = -1;
    uint32_t oldest = UINT32_MAX;
    for (int k = 0; k < 8; k++) {   /* 8-way probe: a small associative cache */
        TextEntry *e = &c->slots[(start + k) % CACHE_SLOTS];
        if (e->tex && e->hash == h && e->face == (int)face && e->px == px && e->rgb == rgb && !strcmp(e->str, s)) {
            e->used = ++c->clock;
            return e;
        }
        uint32_t age = e->tex ? e->used : 0;
        if (age < oldest) { oldest = age; victim = (start + k) % CACHE_SLOTS; }
    }
    TTF_Font *f = font_at(g, face, px);
    if (!f)
        return NULL;
    SDL_Surface *surf = TTF_RenderUTF8_Blended(f, s, (SDL_Color){col.r, col.g, col.b, 255});
    if (!surf)
        return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(g->renderer, surf);
    int w = surf->w, hgt = surf->h;
    SDL_FreeSurface(surf);
    char *copy = strdup(s);
    if (!tex || !copy) {
        if (tex) SDL_DestroyTexture(tex);
        free(copy);
        return NULL;
    }
    TextEntry *e = &c->slots[victim];
    drop(c, e);
    *e = (TextEntry){h, (int)face, px, rgb, copy, tex, w, hgt, ++c->clock};
    c->count++;
    c->bytes += entry_bytes(e);
    trim(g, e);
    return e;
}

void text_cache_frame(Gfx *g)
{
    if (g->text)
        g->text->frame = g->text->clock;
}

int text_cache_count(const Gfx *g) { return g->text ? g->text->count : 0; }

float text_line_height(Gfx *g, TextStyle st)
{
    int height, skip;
    return font_metrics(g, st.face, pixel_size(g, st.size), &height, &skip) ? (float)skip / g->scale
                                                                              : st.size * 1.2f;
}

Vec2 text_measure(Gfx *g, TextStyle st, const char *s)
{
    int px = pixel_size(g, st.size), w = 0, h = 0, skip;
    if (!font_metrics(g, st.face, px, &h, &skip))
        return (Vec2){0, 0};
    if (!*s)
        return (Vec2){0, (float)h / g->scale};
    size_t len = strlen(s);
    MeasureEntry *m = NULL;
    if (g->text && len < MEASURE_MAX) {
        /* two ways: two strings of a frame that fall on one slot no longer push each other
         * out every frame (a measure costs a shaped string, and a change of font size) */
        uint64_t hash = hash_text(st.face, px, s);
        MeasureEntry *set = &g->text->measures[hash % MEASURE_SLOTS & ~(size_t)1];
        for (int i = 0; i < 2; i++) {
            m = &set[i];
            if (m->used && m->hash == hash && m->face == (int)st.face && m->px == px && !strcmp(m->str, s)) {
                m->used = ++g->text->clock;
                return (Vec2){(float)m->w / g->scale, (float)m->h / g->scale};
            }
        }
        m = set[0].used <= set[1].used ? &set[0] : &set[1];
        m->used = ++g->text->clock;
        m->hash = hash;
        m->face = (int)st.face;
        m->px = px;
        memcpy(m->str, s, len + 1);
    }
    TTF_Font *f = font_at(g, st.face, px);
    if (!f || TTF_SizeUTF8(f, s, &w, &h) != 0)
        w = h = 0;
    if (m) {
        m->w = w;
        m->h = h;
    }
    return (Vec2){(float)w / g->scale, (float)h / g->scale};
}

Vec2 text_draw(Gfx *g, TextStyle st, float x, float y, int align, const char *s)
{
    if (g->probe && g->probe_texts) {   /* a picture kept in memory (gfx_hash_begin): named, not drawn */
        float named[9] = {st.size, (float)st.face, x, y, (float)align, st.color.r, st.color.g, st.color.b,
                          st.color.a};
        gfx_probe_op(g, 'T', named, sizeof named);
        gfx_probe_op(g, 't', s, strlen(s));
        g->probe_drawn++;
        return text_measure(g, st, s);
    }
    if (gfx_probe_taint(g))   /* a probed layer with text is not kept (gfx_cache.c) */
        return text_measure(g, st, s);
    int px = pixel_size(g, st.size);
    TextEntry *e = lookup(g, st.face, px, st.color, s);
    if (!e)
        return (Vec2){0, 0};
    float w = (float)e->w / g->scale, h = (float)e->h / g->scale;
    if (align & ALIGN_CENTER) x -= w * 0.5f;
    else if (align & ALIGN_RIGHT) x -= w;
    if (align & ALIGN_MIDDLE) y -= h * 0.5f;
    else if (align & ALIGN_BOTTOM) y -= h;
    SDL_SetTextureAlphaMod(e->tex, st.color.a);
    /* whole pixels keep glyphs crisp */
    SDL_FRect d = {roundf(x * g->scale), roundf(y * g->scale), (float)e->w, (float)e->h};
    SDL_RenderCopyF(g->renderer, e->tex, NULL, &d);
    return (Vec2){w, h};
}

/* The next line of a paragraph from p wrapped to width w: its length in bytes (words while
 * they fit, at least one; a word longer than the line is cut). */
static int next_line(Gfx *g, TextStyle st, float w, const char *p)
{
    char line[MAX_TEXT];
    int best = 0;
    const char *q = p;
    while (*q && *q != '\n') {
        const char *e = q;
        while (*e == ' ') e++;
        while (*e && *e != ' ' && *e != '\n') e++;
        int n = (int)(e - p);
        if (n >= MAX_TEXT - 1)
            break;
        memcpy(line, p, (size_t)n);
        line[n] = 0;
        if (best > 0 && text_measure(g, st, line).x > w)
            break;
        best = n;
        q = e;
    }
    if (best == 0)   /* a single word longer than the box: cut it */
        while (p[best] && p[best] != '\n' && best < MAX_TEXT - 1) best++;
    return best;
}

/* Where the line after one of n bytes from p starts. */
static const char *after_line(const char *p, int n)
{
    p += n;
    while (*p == ' ') p++;
    if (*p == '\n') p++;
    return p;
}

/* The lines of s at a size and width, found once: wrapping measures every prefix of every
 * line (a shaped string each), more than a hundred a frame on Explore's paragraphs. */
static WrapEntry *wrapped(Gfx *g, TextStyle st, float w, const char *s)
{
    TextCache *c = g->text;
    size_t n = strlen(s);
    if (!c || n > UINT16_MAX)
        return NULL;
    int px = pixel_size(g, st.size);
    uint32_t wbits;
    memcpy(&wbits, &w, sizeof wbits);
    uint64_t h = hash_text(st.face, px, s) ^ ((uint64_t)wbits * 0x9E3779B97F4A7C15ULL);
    WrapEntry *victim = &c->wraps[0];
    for (int i = 0; i < WRAP_SLOTS; i++) {
        WrapEntry *e = &c->wraps[i];
        if (e->str && e->hash == h && e->face == (int)st.face && e->px == px && e->width == wbits &&
            !strcmp(e->str, s)) {
            e->used = ++c->clock;
            return e;
        }
        if (!e->str || (victim->str && e->used < victim->used))
            victim = e;
    }
    WrapEntry k = {h, (int)st.face, px, wbits, NULL, 0, {0}, {0}, 0};
    for (const char *p = s; *p; k.nlines++) {
        if (k.nlines == WRAP_LINES)
            return NULL;   /* a long text: wrapped as it is drawn */
        int len = next_line(g, st, w, p);
        k.start[k.nlines] = (uint16_t)(p - s);
        k.len[k.nlines] = (uint16_t)len;
        p = after_line(p, len);
    }
    if (!(k.str = strdup(s)))
        return NULL;
    free(victim->str);
    *victim = k;
    victim->used = ++c->clock;
    return victim;
}

float text_draw_wrapped(Gfx *g, TextStyle st, Rect box, int align, const char *s, bool draw)
{
    float lh = text_line_height(g, st), y = box.y;
    float x = box.x;
    if (align & ALIGN_CENTER) x = box.x + box.w * 0.5f;
    else if (align & ALIGN_RIGHT) x = box.x + box.w;
    char line[MAX_TEXT];
    const WrapEntry *e = wrapped(g, st, box.w, s);
    const char *p = s;
    for (int i = 0; e ? i < e->nlines : *p != 0; i++) {
        int len = e ? e->len[i] : next_line(g, st, box.w, p);
        const char *at = e ? s + e->start[i] : p;
        if (draw && len > 0) {
            memcpy(line, at, (size_t)len);
            line[len] = 0;
            text_draw(g, st, x, y, align & 3, line);
        }
        y += lh;
        if (!e)
            p = after_line(p, len);
    }
    return y - box.y;
}

void text_fit(Gfx *g, TextStyle st, const char *s, float max_w, char *out, int outlen)
{
    snprintf(out, (size_t)outlen, "%s", s);
    if (text_measure(g, st, out).x <= max_w)
        return;
    int n = (int)strlen(out);
    while (n > 0) {
        n--;
        while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80) n--;   /* UTF-8 boundary */
        if (n + 4 > outlen) continue;
        memcpy(out + n, "\xE2\x80\xA6", 4);   /* ellipsis */
        if (text_measure(g, st, out).x <= max_w)
            return;
    }
}

float text_draw_fit(Gfx *g, TextStyle st, Rect box, const char *s)
{
    if (box.w <= 0 || box.h <= 0 || !s || !*s)
        return 0;
    TextStyle t = st;
    float h = text_draw_wrapped(g, t, box, ALIGN_LEFT, s, false);
    for (int i = 1; i <= 4 && h > box.h; i++) {
        t.size = st.size * (1.0f - 0.1f * (float)i);
        h = text_draw_wrapped(g, t, box, ALIGN_LEFT, s, false);
    }
    gfx_clip_push(g, box);
    text_draw_wrapped(g, t, box, ALIGN_LEFT, s, true);
    gfx_clip_pop(g);
    return fminf(h, box.h);
}
