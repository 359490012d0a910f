/* csv: the CSV files Trigger Trainer writes for spreadsheets and gradebook imports: UTF-8,
 * a header row, RFC 4180 quoting (a field holding a comma, a quote, CR or LF, or with edge
 * spaces, is quoted with quotes doubled). One row per answer has the same columns in
 * `scores --csv` and the class report's answers.csv (docs/report.md lists them). */
#ifndef CSV_H
#define CSV_H

#include <stdbool.h>
#include <stdio.h>
#include "records/facts.h"
#include "store/stats.h"

void csv_field(FILE *f, const char *v, bool last);      /* NULL writes an empty field */
void csv_int(FILE *f, long long v, bool last);
void csv_bool(FILE *f, bool v, bool last);              /* "true" / "false" */

/* The header of the per-answer rows, and one row: the answer, its round and what facts read
 * from it. title: the quiz's title where known (NULL: empty). */
void csv_answers_header(FILE *f);
void csv_answer_row(FILE *f, const StatsAnswer *a, const char *title, const AnswerFacts *facts);

/* "2026-05-04T09:30:00Z" */
void csv_time_utc(long long t, char *buf, size_t len);

#endif
