/* report_csv: the class report's gradebook.csv (answers.csv is written row by row while
 * report.c reads the answers, csv.h). One row per student, then per quiz four columns a
 * spreadsheet or an LMS gradebook import takes as they are: UTF-8 (no byte-order mark),
 * one header row, numbers without units, empty cells where there is nothing to say. */
#include "records/csv.h"
#include "records/report.h"

#include <stdlib.h>
#include <string.h>

/* Quizzes in the gradebook: every one but review rounds (practice, a new selection each
 * time), by title. */
static int *gradebook_quizzes(const Report *r, int *n)
{
    int *order = malloc(sizeof *order * (size_t)(r->nquizzes ? r->nquizzes : 1));
    *n = 0;
    if (!order) return NULL;
    for (int i = 0; i < r->nquizzes; i++)
        if (strcmp(r->quizzes[i].id, "review")) order[(*n)++] = i;
    for (int i = 1; i < *n; i++)
        for (int j = i; j > 0 && report_title_cmp(r->quizzes[order[j]].title, r->quizzes[order[j - 1]].title) < 0; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    return order;
}

static void percent_cell(FILE *f, double v, bool last)
{
    if (v < 0) fputs(last ? "\n" : ",", f);
    else fprintf(f, "%.0f%c", v, last ? '\n' : ',');
}

int report_write_gradebook(const Report *r, FILE *f)
{
    int nq;
    int *order = gradebook_quizzes(r, &nq);
    if (!order) return -1;
    csv_field(f, "student", nq == 0);
    char head[256];
    for (int k = 0; k < nq; k++) {
        const ReportQuiz *q = &r->quizzes[order[k]];
        static const char *const what[] = {"best %", "last %", "rounds", "passed"};
        for (int c = 0; c < 4; c++) {
            snprintf(head, sizeof head, "%s: %s", q->title, what[c]);
            csv_field(f, head, k == nq - 1 && c == 3);
        }
    }
    /* students by name */
    int *students = malloc(sizeof *students * (size_t)(r->nstudents ? r->nstudents : 1));
    if (!students) {
        free(order);
        return -1;
    }
    for (int i = 0; i < r->nstudents; i++) students[i] = i;
    for (int i = 1; i < r->nstudents; i++)
        for (int j = i; j > 0 && strcmp(r->students[students[j]].key, r->students[students[j - 1]].key) < 0; j--) {
            int t = students[j];
            students[j] = students[j - 1];
            students[j - 1] = t;
        }
    for (int i = 0; i < r->nstudents; i++) {
        int s = students[i];
        csv_field(f, r->students[s].name, nq == 0);
        for (int k = 0; k < nq; k++) {
            ReportGrade g = report_grade(r, s, order[k]);
            bool end = k == nq - 1;
            percent_cell(f, g.best, false);
            percent_cell(f, g.last, false);
            csv_int(f, g.rounds, false);
            csv_field(f, g.passed < 0 ? "" : g.passed ? "yes" : "no", end);
        }
    }
    free(students);
    free(order);
    return ferror(f) ? -1 : 0;
}
