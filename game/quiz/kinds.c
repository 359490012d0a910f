/* kinds: finding a question kind's row (kinds.h) by kind, name, answer key or parts. The
 * rows themselves, with each kind's functions, are in kinds_table.c. */
#include "quiz/kinds.h"

#include <string.h>

#include "quiz/words.h"

const QuizKindDef *quiz_kind(QuizKind k)
{
    return &quiz_kind_table[k >= 0 && k < QUIZ_KIND_COUNT ? k : 0];
}

const QuizKindDef *quiz_kind_find(const char *name)
{
    for (int k = 0; name && k < QUIZ_KIND_COUNT; k++)
        if (!strcmp(quiz_kind_table[k].name, name)) return &quiz_kind_table[k];
    return NULL;
}

bool quiz_kind_parse(const char *name, QuizKind *out)
{
    const QuizKindDef *d = quiz_kind_find(name);
    if (d) *out = d->kind;
    return d != NULL;
}

const char *quiz_kind_name(QuizKind k)
{
    return k >= 0 && k < QUIZ_KIND_COUNT ? quiz_kind_table[k].name : "?";
}

void quiz_kind_list(char *buf, size_t len)
{
    buf[0] = 0;
    for (int k = 0; k < QUIZ_KIND_COUNT; k++)
        words_append(buf, len, "%s%s{}", k == 0 ? "" : k == QUIZ_KIND_COUNT - 1 ? " or " : ", ",
                     quiz_kind_table[k].name);
}

bool quiz_kind_has_field(QuizKind k, const char *f)
{
    if (k < 0 || k >= QUIZ_KIND_COUNT) return false;
    for (const char *const *p = quiz_kind_table[k].fields; *p; p++)
        if (!strcmp(*p, f)) return true;
    return false;
}

const QuizKindDef *quiz_kind_find_answer(const char *key)
{
    for (int k = 0; key && k < QUIZ_KIND_COUNT; k++)
        if (quiz_kind_table[k].answer_key && !strcmp(quiz_kind_table[k].answer_key, key))
            return &quiz_kind_table[k];
    return NULL;
}

const QuizKindDef *quiz_kind_of_parts(unsigned parts, int nchoices)
{
    for (int k = 0; k < QUIZ_KIND_COUNT; k++) {
        const QuizKindDef *d = &quiz_kind_table[k];
        if (d->answer_key && d->parts == parts && d->nchoices == nchoices) return d;
    }
    return NULL;
}
