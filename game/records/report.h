/* report: a class report from many students' score files (exports or data folders),
 * window-free: the files are checked and read read-only, merged (the same round given twice
 * counts once), and every answer is read back (facts.h) into what an instructor grades and
 * teaches from: per student and quiz the best and last percent, rounds and passed; per quiz
 * the spread of scores and each question's difficulty; per trigger point the class's clicks
 * and, for refer questions, the areas found, missed and painted in overshoot with where the
 * class painted; for identify and name the muscles asked against the muscles chosen.
 * report_csv.c writes gradebook.csv and answers.csv; game/tools draws and writes the HTML.
 * docs/report.md explains the report to instructors.
 *
 * A student is a player name (without regard to case, as the score file compares names);
 * a round is (student, quiz id, seed, start time): a file given twice, or an older export
 * of the same student, adds nothing new, and when two files hold the same round the copy
 * with more answers is read. Left and right are merged: a question on the client's left is
 * counted on the right side (clicks and paint mirrored), as the atlas writes data. */
#ifndef REPORT_H
#define REPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "body/atlas.h"
#include "body/bodygrid.h"
#include "records/facts.h"

#define REPORT_BINS 10               /* score distribution: 0-9 %, ..., 90-100 % */

typedef struct ReportFile {
    char *path;                       /* as given */
    bool ok;                          /* read; else skipped, why says so */
    char why[400];
    int schema;                       /* its user_version */
    int rounds, answers;              /* read from it (after merging) */
} ReportFile;

typedef struct ReportStudent {
    char name[64];                    /* as the first file that names the student writes it */
    char key[64];                     /* the name folded for comparing */
    int rounds;                       /* rounds read (all quizzes) */
} ReportStudent;

typedef struct ReportRound {
    int student, quiz, file;          /* indexes */
    int64_t id;                       /* its id in that file */
    int64_t started;
    uint64_t seed;
    bool ended, finished;
    char ended_by[16];                /* "" when unknown */
    int pass_mark, passed;            /* -1 none */
    int total, planned, answers;      /* total: the answers' scores added */
    double percent;                   /* the round's total over its max (100 per planned question,
                                         or its questions' points); before v3 or never ended:
                                         total over 100 per planned question */
} ReportRound;

/* A question of a quiz as the report counts it: a kind and a muscle, and for the kinds
 * that show one the trigger point. */
typedef struct ReportQuestion {
    QuizKind kind;
    const AtlasMuscle *muscle;
    const AtlasTrp *trp;              /* NULL for locate */
    int n, correct, skipped;
    double score_sum;
} ReportQuestion;

typedef struct ReportQuiz {
    char id[64];
    char title[160];                  /* from the latest round that stored one; else the id */
    int pass_mark;                    /* the latest round's, -1 none */
    ReportQuestion *questions; int nquestions, capquestions;
    int rounds, finished;
} ReportQuiz;

/* Clicks of locate questions on one trigger point in one view (right side). */
typedef struct ReportClicks {
    const AtlasTrp *trp;
    View view;
    Vec2 *at; float *dist; int n, cap;    /* click, distance to the trigger point (cm) */
    int wrong_side, wrong_view, skipped;  /* answers not plotted */
} ReportClicks;

/* Refer answers on one trigger point (right side): per area, how often each verdict. */
typedef struct ReportAreaCount {
    const AtlasArea *area;            /* the right side's (or the midline) area */
    int count[FACTS_VERDICT_COUNT];
} ReportAreaCount;

typedef struct ReportRefer {
    const AtlasTrp *trp;
    View view;                        /* the view painted in (the question's first) */
    int n, skipped;
    double score_sum;
    ReportAreaCount *areas; int nareas, capareas;
    uint16_t *heat;                   /* per body-grid cell: how many answers painted it (BODYGRID_W * H) */
} ReportRefer;

/* Identify or name: rows the muscle asked, columns the muscle chosen (the last column:
 * skipped). Indexes are the atlas's. */
typedef struct ReportConfusion {
    int *cells;                       /* nmuscles x (nmuscles + 1) */
    int *asked;                       /* per muscle: answers */
    int total;
} ReportConfusion;

typedef struct Report {
    const Atlas *atlas;
    ReportFile *files; int nfiles;
    ReportStudent *students; int nstudents, capstudents;
    ReportQuiz *quizzes; int nquizzes, capquizzes;
    ReportRound *rounds; int nrounds, caprounds;
    ReportClicks *clicks; int nclicks, capclicks;
    ReportRefer *refers; int nrefers, caprefers;
    ReportConfusion confusion[QUIZ_KIND_COUNT];   /* identify and name */
    int answers, duplicates;          /* answers read; rounds met again in another file */
    void (*progress)(const char *what, int done, int total, void *ud);   /* may be NULL */
    void *progress_ud;
    /* private */
    int capfiles_;
    struct ReportIndex *index_;
    Facts *facts_;
    struct ReportGrade *grades_;      /* nstudents x nquizzes, made at the end of report_read */
} Report;

Report *report_new(const Atlas *a);
void report_free(Report *r);
/* Adds a file: an exported score file, or a data folder holding scores.sqlite3. Nothing is
 * read yet. */
int report_add(Report *r, const char *path);
/* Checks and reads every file added: first their rounds (merged), then every answer of the
 * rounds kept, each written to answers_csv (may be NULL) as it is read. A damaged, foreign
 * or newer-format file is skipped (ok false, why set). Returns the number skipped, or -1
 * when out of memory. */
int report_read(Report *r, FILE *answers_csv);

/* Percent of a round over its planned questions (0..100). */
double report_round_percent(const ReportRound *rd);
/* The student's rounds of a quiz: best and last finished percent (-1 when none), rounds
 * played, passed (-1: the quiz has no pass mark; 1 when a finished round passed). */
typedef struct ReportGrade {
    double best, last;                /* percent of finished rounds; -1 none */
    int rounds, unfinished;           /* rounds played (finished or not); of them unfinished */
    int passed;                       /* -1 no pass mark; 0; 1 when a finished round passed */
} ReportGrade;
ReportGrade report_grade(const Report *r, int student, int quiz);

/* Orders quiz titles for people: runs of digits by their value ("drill 2" before "drill 10"). */
int report_title_cmp(const char *a, const char *b);

/* gradebook.csv: one row per student (UTF-8, a header row); answers.csv's header. */
int report_write_gradebook(const Report *r, FILE *f);

#endif
