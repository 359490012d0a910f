/* cmd_bench: `trigger-trainer bench [--json] [--size WxH] [--frames N] [--quick]` measures
 * the figures of docs/performance.md and prints each with its budget: start-up to the first
 * frame (fresh child processes that time themselves), frame times of the busiest scenes
 * (headless software renderer), loading, scoring, saving, statistics over 100,000 answers,
 * peak memory in a played round (a child), the CPU an idle game uses (under xvfb-run) and a
 * class report over a generated class (bench_class.c; `bench --class DIR` writes one).
 * `bench --child title|quiz|round` is the child side; it prints one "tt-bench" line. The
 * measures are in bench_app.c and bench_core.c, the figures and the report in bench_figures.c. */
#include "cli/cli.h"
#include "screens/session.h"
#include "tools/bench_app.h"
#include "tools/bench_class.h"
#include "tools/bench_core.h"
#include "tools/bench_figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bench_usage(const char *fmt, const char *arg)
{
    return cli_usage_error(fmt, arg);
}

int cmd_bench(int argc, char **argv)
{
    double entry_ms = bench_now_ms();   /* main() for all practical purposes */
    BenchOptions o = {.w = 1280, .h = 720, .frames = 300};
    const char *child = NULL, *child_dir = NULL, *class_dir = NULL;
    int class_students = 8, class_rounds = 6;
    double t0 = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) o.json = true;
        else if (!strcmp(argv[i], "--quick")) o.quick = true;
        else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
            if (!session_parse_size(argv[++i], &o.w, &o.h))
                return bench_usage("--size wants WIDTHxHEIGHT between 200 and 8192, got '%s'", argv[i]);
        } else if (!strcmp(argv[i], "--frames") && i + 1 < argc) {
            char *end;
            long n = strtol(argv[++i], &end, 10);
            if (*end || n < 1 || n > 100000)
                return bench_usage("--frames wants a count from 1 to 100000, got '%s'", argv[i]);
            o.frames = (int)n;
        } else if (!strcmp(argv[i], "--child") && i + 1 < argc) child = argv[++i];
        else if (!strcmp(argv[i], "--data-dir") && i + 1 < argc) child_dir = argv[++i];
        else if (!strcmp(argv[i], "--t0") && i + 1 < argc) t0 = strtod(argv[++i], NULL);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) o.only = argv[++i];
        else if (!strcmp(argv[i], "--class") && i + 1 < argc) class_dir = argv[++i];
        else if ((!strcmp(argv[i], "--students") || !strcmp(argv[i], "--rounds")) && i + 1 < argc) {
            char *end;
            long n = strtol(argv[i + 1], &end, 10);
            if (*end || n < 1 || n > 100000)
                return bench_usage("bench: --students and --rounds want a count from 1 to 100000, got '%s'", argv[i + 1]);
            *(!strcmp(argv[i], "--students") ? &class_students : &class_rounds) = (int)n;
            i++;
        }
        else return bench_usage("bench: unknown option '%s' (bench [--json] [--size WxH] [--frames N] [--quick] [--only KEYS]; bench --class DIR [--students N] [--rounds N])", argv[i]);
    }
    snprintf(o.size, sizeof o.size, "%dx%d", o.w, o.h);
    if (class_dir) {   /* a generated class for the class report (tests, docs) */
        char err[512];
        if (bench_class_write(class_dir, class_students, class_rounds, err, sizeof err) != 0) {
            fprintf(stderr, "trigger-trainer: bench --class: %s\n", err);
            return 1;
        }
        return 0;
    }
    if (child) {
        if (strcmp(child, "title") && strcmp(child, "quiz") && strcmp(child, "round"))
            return bench_usage("bench: --child wants title, quiz or round, got '%s'", child);
        if (!child_dir)
            return bench_usage("bench: --child %s needs --data-dir DIR", child);
        return bench_app_child(child, child_dir, o.w, o.h, t0, entry_ms);
    }
    o.runs_start = o.quick ? 3 : 20;
    o.runs_load = o.quick ? 3 : 20;
    o.runs_score = o.quick ? 100 : 2000;
    o.runs_save = o.quick ? 10 : 200;
    o.runs_stats = o.quick ? 3 : 20;
    o.runs_memory = o.quick ? 1 : 3;
    o.idle_s = o.quick ? 2 : 10;
    o.nanswers = 100000;

    Figure figs[F_COUNT];
    bench_figures_init(figs, &o);

    if (bench_figures_wanted(&o, "start_title")) {
        bench_figures_progress(&o, "start-up to the title");
        bench_app_start(&figs[F_START_TITLE], "title", &o);
    }
    if (bench_figures_wanted(&o, "start_quiz")) {
        bench_figures_progress(&o, "start-up to a quiz question");
        bench_app_start(&figs[F_START_QUIZ], "quiz", &o);
    }
    if (bench_figures_wanted(&o, "frame")) {
        bench_figures_progress(&o, "frames of the busiest scenes");
        bench_app_frames(figs, &o);
    }
    bench_figures_progress(&o, "atlas and quizzes");
    const Atlas *a = bench_core_atlas(&figs[F_ATLAS], &o);
    if (a && bench_figures_wanted(&o, "quizzes"))
        bench_core_quizzes(&figs[F_QUIZZES], a, &o);
    if (a && bench_figures_wanted(&o, "score"))
        bench_core_scoring(&figs[F_SCORE_REFER], &figs[F_SCORE_LOCATE], a, &o);
    if (bench_figures_wanted(&o, "save")) {
        bench_figures_progress(&o, "saving answers");
        bench_core_save(&figs[F_SAVE], &o);
    }
    if (bench_figures_wanted(&o, "mastery")) {
        bench_figures_progress(&o, "statistics over 100,000 answers");
        bench_core_stats(&figs[F_STATS], a, &o);
    }
    atlas_unload((Atlas *)a);
    if (bench_figures_wanted(&o, "peak")) {
        bench_figures_progress(&o, "memory in a round");
        bench_app_memory(&figs[F_MEMORY], &o);
    }
    if (bench_figures_wanted(&o, "idle")) {
        bench_figures_progress(&o, "the idle game");
        bench_app_idle(&figs[F_IDLE], &o);
    }
    if (bench_figures_wanted(&o, "class_report")) {
        bench_figures_progress(&o, "a class report");
        bench_class_report(&figs[F_CLASS_REPORT], &o);
    }

    bench_figures_print(figs, &o);
    return 0;
}
