/* report_html: the page of the class report (see report_html.h). Sections: the files read
 * and skipped; per quiz the spread of the students' best scores and each question's
 * difficulty (hardest first); per trigger point where the class clicks; per refer question
 * the areas found, missed and painted in overshoot, with where the class painted; for
 * identify and name the muscles asked against the muscles chosen. Bars are CSS, pictures
 * PNGs. */
#include "tools/report_html.h"
#include "tools/report_draw.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CONFUSION_ROWS 24             /* a matrix shows the most-asked muscles */

static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

static const char *muscle_name(const AtlasMuscle *m)
{
    return m ? m->name : "?";
}

static void bar(FILE *f, double share, const char *cls)
{
    fprintf(f, "<span class=\"bar %s\"><span style=\"width:%.1f%%\"></span></span>", cls,
            share < 0 ? 0 : share > 1 ? 100 : 100 * share);
}

static const char *const style =
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1c2830;"
    "background:#fbfaf6}h1{margin-bottom:.2em}h2{border-bottom:2px solid #c7d0d4;padding-bottom:.2em;margin-top:2em}"
    "h3{margin-bottom:.3em}small,.dim{color:#68757c}table{border-collapse:collapse;margin:.5em 0 1em}"
    "th,td{padding:.25em .6em;border-bottom:1px solid #e2e6e8;text-align:left;vertical-align:middle}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}td.b{white-space:nowrap}.wide{overflow-x:auto;max-width:100%}"
    ".bar{display:inline-block;width:8em;height:.8em;background:#e6e9ea;border-radius:.4em;vertical-align:middle;"
    "overflow:hidden;margin-right:.4em}.bar span{display:block;height:100%;background:#3d7fb3}"
    ".bar.good span{background:#2f8f4e}.bar.bad span{background:#c0392b}.bar.warn span{background:#e08a1e}"
    ".hist{display:flex;align-items:flex-end;gap:3px;height:7em;margin:.6em 0 .2em;max-width:34em}"
    ".hist div{flex:1;background:#3d7fb3;min-height:1px;position:relative}"
    ".hist div span{position:absolute;top:-1.3em;width:100%;text-align:center;font-size:.8em}"
    ".axis{display:flex;gap:3px;max-width:34em;font-size:.75em;color:#68757c}.axis span{flex:1;text-align:center}"
    ".figs{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0;width:300px}figure img{width:300px;height:300px;"
    "border:1px solid #c7d0d4;background:#fff}figcaption{font-size:.85em}"
    ".refer{display:flex;gap:1.5em;flex-wrap:wrap;align-items:flex-start;margin-bottom:1.5em}.refer .bar{width:4.5em}"
    "table.cm td{text-align:center;min-width:1.6em;font-size:.8em;border:1px solid #eef0f1}"
    "table.cm th{font-size:.75em;font-weight:normal}table.cm th.row{text-align:right;max-width:16em}table.cm th.col{writing-mode:vertical-rl;transform:rotate(180deg);"
    "white-space:nowrap;max-height:14em}.skip{color:#b03a2e}nav a{margin-right:1em}";

/* ---- summary and files ---- */

static void write_summary(const Report *r, FILE *f, long long generated_at)
{
    int unfinished = 0, skipped = 0;
    for (int i = 0; i < r->nrounds; i++) unfinished += !r->rounds[i].finished;
    for (int i = 0; i < r->nfiles; i++) skipped += !r->files[i].ok;
    char when[64];
    time_t t = (time_t)generated_at;
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm)) snprintf(when, sizeof when, "?");
    fprintf(f, "<p>%d student%s, %d round%s (%d unfinished), %d answers, from %d file%s", r->nstudents,
            r->nstudents == 1 ? "" : "s", r->nrounds, r->nrounds == 1 ? "" : "s", unfinished, r->answers,
            r->nfiles - skipped, r->nfiles - skipped == 1 ? "" : "s");
    if (skipped) fprintf(f, " (<a href=\"#files\" class=\"skip\">%d skipped</a>)", skipped);
    fprintf(f, ". Made %s. Left and right are counted together, on the client's right side.</p>\n", when);
    fputs("<nav><a href=\"#quizzes\">Quizzes</a><a href=\"#clicks\">Where the class clicks</a>"
          "<a href=\"#refer\">Referred pain</a><a href=\"#confusion\">Muscles confused</a>"
          "<a href=\"#files\">Files</a></nav>\n", f);
}

static void write_files(const Report *r, FILE *f)
{
    fputs("<h2 id=\"files\">Files</h2>\n<table><tr><th>file</th><th>rounds</th><th>answers</th><th></th></tr>\n", f);
    for (int i = 0; i < r->nfiles; i++) {
        const ReportFile *x = &r->files[i];
        fputs("<tr><td>", f);
        esc(f, x->path);
        fprintf(f, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td%s>", x->rounds, x->answers,
                x->ok ? "" : " class=\"skip\"");
        if (x->ok) fputs("read", f);
        else {
            fputs("skipped: ", f);
            esc(f, x->why);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n", f);
    if (r->duplicates)
        fprintf(f, "<p class=\"dim\">%d round%s appeared in more than one file and %s counted once.</p>\n",
                r->duplicates, r->duplicates == 1 ? "" : "s", r->duplicates == 1 ? "was" : "were");
}

/* ---- quizzes ---- */

static void question_label(const ReportQuestion *q, char *buf, size_t len)
{
    const char *kind = quiz_kind(q->kind)->label;
    if (q->trp) snprintf(buf, len, "%s: %s, %s", kind, muscle_name(q->muscle), q->trp->name);
    else snprintf(buf, len, "%s: %s", kind, muscle_name(q->muscle));
}

static int cmp_difficulty(const void *a, const void *b)
{
    const ReportQuestion *x = a, *y = b;
    double mx = x->n ? x->score_sum / x->n : 0, my = y->n ? y->score_sum / y->n : 0;
    return mx < my ? -1 : mx > my;
}

static void write_quiz(const Report *r, FILE *f, int qi)
{
    const ReportQuiz *q = &r->quizzes[qi];
    fputs("<h3>", f);
    esc(f, q->title);
    fputs(" <small>", f);
    esc(f, q->id);
    fputs("</small></h3>\n", f);
    int bins[REPORT_BINS] = {0}, played = 0, none = 0, passed = 0;
    double sum = 0;
    for (int s = 0; s < r->nstudents; s++) {
        ReportGrade g = report_grade(r, s, qi);
        if (g.rounds == 0) continue;
        played++;
        if (g.best < 0) {
            none++;
            continue;
        }
        int b = (int)floor(g.best / 10);
        bins[b >= REPORT_BINS ? REPORT_BINS - 1 : b < 0 ? 0 : b]++;
        sum += g.best;
        passed += g.passed == 1;
    }
    fprintf(f, "<p>%d student%s played %d round%s (%d finished). ", played, played == 1 ? "" : "s", q->rounds,
            q->rounds == 1 ? "" : "s", q->finished);
    if (played > none) fprintf(f, "Mean best score %.0f %%. ", sum / (played - none));
    if (none) fprintf(f, "%d finished no round. ", none);
    if (q->pass_mark >= 0) fprintf(f, "Pass mark %d %%: <b>%d of %d passed</b>.", q->pass_mark, passed, played);
    fputs("</p>\n", f);
    if (played > none) {
        int top = 1;
        for (int b = 0; b < REPORT_BINS; b++) top = bins[b] > top ? bins[b] : top;
        fputs("<div class=\"hist\" title=\"students by best finished score\">", f);
        for (int b = 0; b < REPORT_BINS; b++)
            fprintf(f, "<div style=\"height:%.0f%%\"><span>%d</span></div>", 100.0 * bins[b] / top, bins[b]);
        fputs("</div><div class=\"axis\">", f);
        for (int b = 0; b < REPORT_BINS; b++) fprintf(f, "<span>%d–%d</span>", b * 10, b == REPORT_BINS - 1 ? 100 : b * 10 + 9);
        fputs("</div><p class=\"dim\">Students by their best finished round (percent of the planned questions).</p>\n", f);
    }
    if (q->nquestions == 0) return;
    ReportQuestion *qs = malloc(sizeof *qs * (size_t)q->nquestions);
    if (!qs) return;
    memcpy(qs, q->questions, sizeof *qs * (size_t)q->nquestions);
    qsort(qs, (size_t)q->nquestions, sizeof *qs, cmp_difficulty);
    fputs("<table><tr><th>question (hardest first)</th><th>answers</th><th>mean score</th><th>correct</th>"
          "<th>skipped</th></tr>\n", f);
    char label[300];
    for (int i = 0; i < q->nquestions; i++) {
        const ReportQuestion *e = &qs[i];
        double mean = e->n ? e->score_sum / e->n : 0;
        question_label(e, label, sizeof label);
        fputs("<tr><td>", f);
        esc(f, label);
        fprintf(f, "</td><td class=\"n\">%d</td><td class=\"b\">", e->n);
        bar(f, mean / 100, mean < 50 ? "bad" : mean < 75 ? "warn" : "good");
        fprintf(f, "%.0f</td><td class=\"n\">%.0f %%</td><td class=\"n\">%.0f %%</td></tr>\n", mean,
                e->n ? 100.0 * e->correct / e->n : 0, e->n ? 100.0 * e->skipped / e->n : 0);
    }
    fputs("</table>\n", f);
    free(qs);
}

/* ---- clicks ---- */

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

static void write_clicks(const Report *r, FILE *f, bool pictures)
{
    fputs("<h2 id=\"clicks\">Where the class clicks</h2>\n<p>Locate questions: every click of the class on the"
          " trigger point it was scored against (X), with the 1.5 cm circle of full marks. Red is where many"
          " clicked, yellow where a few did; dots are single clicks.</p>\n<div class=\"figs\">\n", f);
    char name[256];
    int shown = 0;
    for (int i = 0; i < r->nclicks; i++) {
        const ReportClicks *c = &r->clicks[i];
        if (c->n == 0) continue;
        const AtlasMuscle *m = NULL;
        atlas_trp(r->atlas, c->trp->id, &m);
        float *d = malloc(sizeof *d * (size_t)c->n);
        int near = 0;
        for (int k = 0; k < c->n; k++) near += c->dist[k] <= 1.5f;
        float median = 0;
        if (d) {
            memcpy(d, c->dist, sizeof *d * (size_t)c->n);
            qsort(d, (size_t)c->n, sizeof *d, cmp_float);
            median = d[c->n / 2];
            free(d);
        }
        report_draw_clicks_name(c, name, sizeof name);
        fputs("<figure>", f);
        if (pictures) {
            fputs("<img src=\"", f);
            esc(f, name);
            fputs("\" alt=\"clicks on ", f);
            esc(f, c->trp->id);
            fputs("\">", f);
        }
        fputs("<figcaption><b>", f);
        esc(f, muscle_name(m));
        fputs("</b>, ", f);
        esc(f, c->trp->name);
        fprintf(f, " (%s view): %d click%s, median %.1f cm away, %.0f %% within 1.5 cm", atlas_view_name(c->view),
                c->n, c->n == 1 ? "" : "s", median, 100.0 * near / c->n);
        if (c->wrong_side) fprintf(f, "; %d on the wrong side", c->wrong_side);
        if (c->wrong_view || c->skipped) fprintf(f, "; %d skipped or in another view", c->skipped + c->wrong_view);
        fputs(".</figcaption></figure>\n", f);
        shown++;
    }
    fputs("</div>\n", f);
    if (!shown) fputs("<p class=\"dim\">No locate answers.</p>\n", f);
}

/* ---- refer ---- */

static int cmp_area_missed(const void *a, const void *b)
{
    const ReportAreaCount *x = a, *y = b;
    int mx = x->count[FACTS_MISSED] + x->count[FACTS_PARTLY], my = y->count[FACTS_MISSED] + y->count[FACTS_PARTLY];
    if (mx != my) return my - mx;
    return y->count[FACTS_OVERSHOOT] - x->count[FACTS_OVERSHOOT];
}

static void write_refer(const Report *r, FILE *f, bool pictures)
{
    fputs("<h2 id=\"refer\">Referred pain: what the class paints</h2>\n<p>Refer questions: for each named area of"
          " the pattern, how many answers found it (painted at least half of its part of the essential zone),"
          " found it partly, missed it, or painted it in overshoot (1 cm² or more outside the zone and its"
          " spillover). The picture shows where the class painted, over the essential zone (thick outline) and"
          " the spillover (thin).</p>\n", f);
    char name[256];
    if (r->nrefers == 0) fputs("<p class=\"dim\">No refer answers.</p>\n", f);
    for (int i = 0; i < r->nrefers; i++) {
        const ReportRefer *e = &r->refers[i];
        const AtlasMuscle *m = NULL;
        atlas_trp(r->atlas, e->trp->id, &m);
        fputs("<h3>", f);
        esc(f, muscle_name(m));
        fputs(", ", f);
        esc(f, e->trp->name);
        fprintf(f, " <small>%s view: %d answer%s, mean score %.0f, %d skipped</small></h3>\n<div class=\"refer\">",
                atlas_view_name(e->view), e->n, e->n == 1 ? "" : "s", e->n ? e->score_sum / e->n : 0, e->skipped);
        report_draw_paint_name(e, name, sizeof name);
        if (pictures) {
            fputs("<figure><img src=\"", f);
            esc(f, name);
            fputs("\" alt=\"paint for ", f);
            esc(f, e->trp->id);
            fputs("\"></figure>", f);
        }
        ReportAreaCount *areas = malloc(sizeof *areas * (size_t)(e->nareas ? e->nareas : 1));
        if (areas) {
            memcpy(areas, e->areas, sizeof *areas * (size_t)e->nareas);
            qsort(areas, (size_t)e->nareas, sizeof *areas, cmp_area_missed);
            fputs("<table><tr><th>area</th><th>found</th><th>partly</th><th>missed</th><th>overshoot</th></tr>\n", f);
            for (int k = 0; k < e->nareas; k++) {
                fputs("<tr><td>", f);
                esc(f, areas[k].area->name);
                fputs("</td>", f);
                static const char *const cls[FACTS_VERDICT_COUNT] = {"good", "warn", "bad", "bad"};
                for (int v = 0; v < FACTS_VERDICT_COUNT; v++) {
                    fputs("<td class=\"b\">", f);
                    bar(f, e->n ? (double)areas[k].count[v] / e->n : 0, cls[v]);
                    fprintf(f, "%d</td>", areas[k].count[v]);
                }
                fputs("</tr>\n", f);
            }
            fputs("</table>", f);
            free(areas);
        }
        fputs("</div>\n", f);
    }
}

/* ---- confusion ---- */

typedef struct Pair { int row, col, n; } Pair;

static int cmp_pair(const void *a, const void *b)
{
    return ((const Pair *)b)->n - ((const Pair *)a)->n;
}

static int cmp_asked(const void *a, const void *b, const int *asked)
{
    return asked[*(const int *)b] - asked[*(const int *)a];
}

static void write_confusion_kind(const Report *r, FILE *f, QuizKind kind)
{
    const ReportConfusion *c = &r->confusion[kind];
    int n = r->atlas->nmuscles;
    fprintf(f, "<h3>%s questions <small>%d answer%s</small></h3>\n", quiz_kind(kind)->label, c->total,
            c->total == 1 ? "" : "s");
    if (!c->total) {
        fputs("<p class=\"dim\">None.</p>\n", f);
        return;
    }
    /* the most frequent confusions first */
    Pair *pairs = malloc(sizeof *pairs * (size_t)n * (size_t)(n + 1));
    int np = 0;
    for (int i = 0; pairs && i < n; i++)
        for (int j = 0; j <= n; j++)
            if (j != i && c->cells[i * (n + 1) + j]) pairs[np++] = (Pair){i, j, c->cells[i * (n + 1) + j]};
    if (pairs) qsort(pairs, (size_t)np, sizeof *pairs, cmp_pair);
    fputs("<p>Most frequent mistakes:</p><ul>\n", f);
    for (int k = 0; k < np && k < 10; k++) {
        fputs("<li>asked <b>", f);
        esc(f, r->atlas->muscles[pairs[k].row].name);
        if (pairs[k].col == n) fputs("</b>, skipped", f);
        else {
            fputs("</b>, chose <b>", f);
            esc(f, r->atlas->muscles[pairs[k].col].name);
            fputs("</b>", f);
        }
        fprintf(f, ": %d time%s (%.0f %% of its answers)</li>\n", pairs[k].n, pairs[k].n == 1 ? "" : "s",
                100.0 * pairs[k].n / c->asked[pairs[k].row]);
    }
    if (np == 0) fputs("<li>none: every answer was right</li>\n", f);
    fputs("</ul>\n", f);
    free(pairs);
    /* the matrix of the most-asked muscles: rows asked, columns chosen in the same order
     * (the diagonal is right), then any other muscle and skipped */
    int *rows = malloc(sizeof *rows * (size_t)n), nrows = 0;
    if (!rows) return;
    for (int i = 0; i < n; i++)
        if (c->asked[i]) rows[nrows++] = i;
    for (int i = 1; i < nrows; i++)
        for (int j = i; j > 0 && cmp_asked(&rows[j], &rows[j - 1], c->asked) < 0; j--) {
            int t = rows[j];
            rows[j] = rows[j - 1];
            rows[j - 1] = t;
        }
    if (nrows > CONFUSION_ROWS) nrows = CONFUSION_ROWS;
    fputs("<div class=\"wide\"><table class=\"cm\"><tr><th>asked ↓ chosen →</th>", f);
    for (int j = 0; j < nrows; j++) {
        fputs("<th class=\"col\">", f);
        esc(f, r->atlas->muscles[rows[j]].name);
        fputs("</th>", f);
    }
    fputs("<th class=\"col\">any other muscle</th><th class=\"col\">(skipped)</th></tr>\n", f);
    for (int i = 0; i < nrows; i++) {
        int row = rows[i], shown = 0;
        fputs("<tr><th class=\"row\">", f);
        esc(f, r->atlas->muscles[row].name);
        fputs("</th>", f);
        for (int j = 0; j <= nrows + 1; j++) {
            int k;
            if (j < nrows) shown += k = c->cells[row * (n + 1) + rows[j]];
            else if (j == nrows) k = c->asked[row] - shown - c->cells[row * (n + 1) + n];
            else k = c->cells[row * (n + 1) + n];
            double share = (double)k / c->asked[row];
            if (!k) fputs("<td></td>", f);
            else if (j == i) fprintf(f, "<td style=\"background:rgba(47,143,78,%.2f)\">%d</td>", 0.15 + 0.6 * share, k);
            else fprintf(f, "<td style=\"background:rgba(192,57,43,%.2f)\">%d</td>", 0.15 + 0.7 * share, k);
        }
        fputs("</tr>\n", f);
    }
    fputs("</table></div>\n", f);
    if (nrows == CONFUSION_ROWS) fprintf(f, "<p class=\"dim\">The %d most-asked muscles.</p>\n", CONFUSION_ROWS);
    free(rows);
}

static void write_confusion(const Report *r, FILE *f)
{
    fputs("<h2 id=\"confusion\">Which muscles are confused</h2>\n<p>Identify (a pain pattern shown, pick the"
          " muscle) and name (a trigger point shown, pick the muscle): rows are the muscle asked, columns the"
          " muscle chosen; green is right.</p>\n", f);
    for (int k = 0; k < QUIZ_KIND_COUNT; k++)
        if (quiz_kind(k)->has_choices) write_confusion_kind(r, f, (QuizKind)k);
}

/* ---- the page ---- */

static const char *const marker_script =
    "<script>addEventListener('load',function(){var im=document.images,bad=[];"
    "for(var i=0;i<im.length;i++)if(!(im[i].complete&&im[i].naturalWidth>0))bad.push(im[i].getAttribute('src'));"
    "document.body.setAttribute('data-images',bad.length?'broken: '+bad.join(' '):'ok '+im.length);});</script>\n";

int report_html_write(const Report *r, FILE *f, bool pictures, long long generated_at)
{
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width\"><title>Trigger Trainer: class report</title>"
               "<style>%s</style></head>\n<body data-images=\"pending\">\n<h1>Class report</h1>\n", style);
    write_summary(r, f, generated_at);
    if (!pictures) fputs("<p class=\"skip\">The pictures could not be drawn (see the messages of"
                         " <code>trigger-trainer report</code>).</p>\n", f);
    fputs("<h2 id=\"quizzes\">Quizzes</h2>\n", f);
    int *order = malloc(sizeof *order * (size_t)(r->nquizzes ? r->nquizzes : 1));
    for (int i = 0; order && i < r->nquizzes; i++) order[i] = i;
    for (int i = 1; order && i < r->nquizzes; i++)   /* by title, as the gradebook */
        for (int j = i; j > 0 && report_title_cmp(r->quizzes[order[j]].title, r->quizzes[order[j - 1]].title) < 0; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (int i = 0; i < r->nquizzes; i++) write_quiz(r, f, order ? order[i] : i);
    free(order);
    if (!r->nquizzes) fputs("<p class=\"dim\">No rounds.</p>\n", f);
    write_clicks(r, f, pictures);
    write_refer(r, f, pictures);
    write_confusion(r, f);
    write_files(r, f);
    fputs(marker_script, f);
    fputs("</body></html>\n", f);
    return ferror(f) ? -1 : 0;
}
