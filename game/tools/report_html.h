/* report_html: report.html of the class report: one self-contained page (styles inline, no
 * script or font from elsewhere; the pictures are PNGs beside it, named by report_draw.h)
 * that opens offline in any browser. A short script only marks the body with whether every
 * picture loaded (data-images="ok N" or "broken: ..."), which tests read. */
#ifndef REPORT_HTML_H
#define REPORT_HTML_H

#include <stdio.h>
#include "records/report.h"

/* pictures: whether report_draw wrote the pictures (false: the page says they are missing). */
int report_html_write(const Report *r, FILE *f, bool pictures, long long generated_at);

#endif
